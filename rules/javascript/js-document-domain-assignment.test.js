// ruleid: js-document-domain-assignment
document.domain = 'example.com';

function joinParent() {
  // ruleid: js-document-domain-assignment
  document.domain = location.hostname.split('.').slice(-2).join('.');
  return parent.app;
}

// ok: js-document-domain-assignment
const currentDomain = document.domain;

// ok: js-document-domain-assignment
if (document.domain === 'localhost') enableDevTools();
