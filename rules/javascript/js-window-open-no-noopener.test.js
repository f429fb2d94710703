function openProfile(user) {
  // ruleid: js-window-open-no-noopener
  window.open(user.website, '_blank');
}

function openDocs() {
  // ruleid: js-window-open-no-noopener
  window.open('https://partner.example.net/docs');
}

function openHelp() {
  // ok: js-window-open-no-noopener
  window.open('/help', '_blank');
}

function openSafe(url) {
  // ok: js-window-open-no-noopener
  window.open(url, '_blank', 'noopener,noreferrer');
}

function popup(url) {
  // ok: js-window-open-no-noopener
  const w = window.open(url, 'auth', 'width=500,height=600');
  return w;
}
