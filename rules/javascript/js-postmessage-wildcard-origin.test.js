function sendToken(token) {
  // ruleid: js-postmessage-wildcard-origin
  window.opener.postMessage({ type: 'oauth', token }, '*');
  window.close();
}

function notifyParent(user) {
  // ruleid: js-postmessage-wildcard-origin
  window.parent.postMessage(JSON.stringify({ user }), '*');
}

function resize(frame, height) {
  // ruleid: js-postmessage-wildcard-origin
  frame.contentWindow.postMessage({ height }, { targetOrigin: '*' });
}

function sendToken2(token) {
  // ok: js-postmessage-wildcard-origin
  window.opener.postMessage({ type: 'oauth', token }, 'https://app.example.com');
}

function workerJob(worker, buf) {
  // ok: js-postmessage-wildcard-origin
  worker.postMessage({ cmd: 'hash', buf }, [buf]);
}

function sameOrigin(frame, data) {
  // ok: js-postmessage-wildcard-origin
  frame.contentWindow.postMessage(data, window.location.origin);
}

function nextTick(token) {
  // ok: js-postmessage-wildcard-origin
  window.postMessage(token, '*');
}
