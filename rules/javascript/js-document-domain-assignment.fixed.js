// ruleid: js-document-domain-assignment

function joinParent() {
  // ruleid: js-document-domain-assignment
  return parent.app;
}

// ok: js-document-domain-assignment
const currentDomain = document.domain;

// ok: js-document-domain-assignment
if (document.domain === 'localhost') enableDevTools();
