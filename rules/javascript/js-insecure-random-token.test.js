const crypto = require('crypto');

function createResetLink(user) {
  // ruleid: js-insecure-random-token
  const resetToken = Math.random().toString(36).slice(2);
  return `https://example.com/reset?token=${resetToken}&u=${user.id}`;
}

function generatePassword(length) {
  const chars = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  let out = '';
  for (let i = 0; i < length; i++) {
    // ruleid: js-insecure-random-token
    out += chars[Math.floor(Math.random() * chars.length)];
  }
  return out;
}

function login(req, res, user) {
  // ruleid: js-insecure-random-token
  req.session.csrfToken = Math.floor(Math.random() * 1e16).toString(16);
  res.json({
    // ruleid: js-insecure-random-token
    sessionId: Math.random().toString(36).substring(2),
    name: user.name,
  });
}

function retryDelay(attempt) {
  // ok: js-insecure-random-token
  const jitter = Math.random() * 100;
  return 2 ** attempt * 100 + jitter;
}

function pickColor(colors) {
  // ok: js-insecure-random-token
  return colors[Math.floor(Math.random() * colors.length)];
}

function newApiKey() {
  // ok: js-insecure-random-token
  const apiKey = crypto.randomBytes(32).toString('base64url');
  return apiKey;
}

function shuffleDeck(cards) {
  // ok: js-insecure-random-token
  return cards.sort(() => Math.random() - 0.5);
}

function makeId() {
  const n = Math.random();
  // todoruleid: js-insecure-random-token
  const nonce = n.toString(36);
  return nonce;
}
