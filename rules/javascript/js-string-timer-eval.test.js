function schedule(id, delay) {
  // ruleid: js-string-timer-eval
  setTimeout('showNotification(' + id + ')', delay);
}

function poll(name) {
  // ruleid: js-string-timer-eval
  window.setInterval(`refresh("${name}")`, 5000);
}

function later(id) {
  // ok: js-string-timer-eval
  setTimeout(() => showNotification(id), 100);
}

function backoff(fn, attempt) {
  // ok: js-string-timer-eval
  setTimeout(fn, 2 ** attempt * 100);
}

function tick() {
  // ok: js-string-timer-eval
  setInterval(update, base + jitter);
}
