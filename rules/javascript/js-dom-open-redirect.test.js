function afterLogin() {
  // ruleid: js-dom-open-redirect
  window.location.href = new URLSearchParams(window.location.search).get('returnUrl');
}

function hashRouter() {
  // ruleid: js-dom-open-redirect
  location = decodeURIComponent(location.hash.slice(1));
}

function popup() {
  // ruleid: js-dom-open-redirect
  window.open(document.referrer, '_blank');
}

function go() {
  // ruleid: js-dom-open-redirect
  window.location.replace(`${location.search.substring(6)}`);
}

function tabs() {
  // ok: js-dom-open-redirect
  window.location.hash = location.hash || '#overview';
  // ok: js-dom-open-redirect
  window.location.href = '/search' + window.location.search;
}

function openHelp() {
  // ok: js-dom-open-redirect
  window.open('https://docs.example.com/help', '_blank', 'noopener');
}

function keep() {
  // ok: js-dom-open-redirect
  const copy = str.replace(location.hash, '');
  return copy;
}

function nextPage() {
  const params = new URLSearchParams(location.search);
  // todoruleid: js-dom-open-redirect
  location.assign(params.get('next'));
}

function switchTenant(name) {
  // ok: js-dom-open-redirect
  location.href = name ? `/t/${name}` : '/';
  // ruleid: js-dom-open-redirect
  location.href = window.name;
}
