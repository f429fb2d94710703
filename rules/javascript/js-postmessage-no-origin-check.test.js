// ruleid: js-postmessage-no-origin-check
window.addEventListener('message', (event) => {
  if (event.data.type === 'navigate') location.href = event.data.url;
});

// ruleid: js-postmessage-no-origin-check
window.onmessage = function ({ data }) {
  document.getElementById('title').innerHTML = data.title;
};

// ok: js-postmessage-no-origin-check
window.addEventListener('message', (event) => {
  if (event.origin !== 'https://widgets.example.com') return;
  renderWidget(event.data);
});

// ok: js-postmessage-no-origin-check
worker.addEventListener('message', (event) => {
  results.push(event.data);
});

// ok: js-postmessage-no-origin-check
window.addEventListener('message', (e) => {
  if (e.source !== iframe.contentWindow) return;
  resize(e.data.height);
});

// ok: js-postmessage-no-origin-check
socket.onmessage = (msg) => handle(JSON.parse(msg.data));
