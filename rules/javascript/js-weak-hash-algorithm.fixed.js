const crypto = require('crypto');
const { createHash } = require('node:crypto');

function fingerprint(buf) {
  // ruleid: js-weak-hash-algorithm
  return crypto.createHash('sha256').update(buf).digest('hex');
}

function signature(payload, secret) {
  // ruleid: js-weak-hash-algorithm
  return createHash("sha256").update(secret + payload).digest('base64');
}

async function digestBrowser(data) {
  // ruleid: js-weak-hash-algorithm
  return crypto.subtle.digest('SHA-256', data);
}

function checksum(buf) {
  // ok: js-weak-hash-algorithm
  return crypto.createHash('sha256').update(buf).digest('hex');
}

async function digestStrong(data) {
  // ok: js-weak-hash-algorithm
  return crypto.subtle.digest('SHA-256', data);
}

function hashWith(alg, buf) {
  // ok: js-weak-hash-algorithm
  return crypto.createHash(alg).update(buf).digest('hex');
}
