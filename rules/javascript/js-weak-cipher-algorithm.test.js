const crypto = require('crypto');

function legacyEncrypt(key, iv, text) {
  // ruleid: js-weak-cipher-algorithm
  const c = crypto.createCipheriv('des-ede3-cbc', key, iv);
  return Buffer.concat([c.update(text), c.final()]);
}

function tokenEncrypt(key, text) {
  // ruleid: js-weak-cipher-algorithm
  const c = crypto.createCipheriv('aes-128-ecb', key, null);
  return c.update(text, 'utf8', 'hex') + c.final('hex');
}

function streamDecrypt(key, data) {
  // ruleid: js-weak-cipher-algorithm
  return crypto.createDecipheriv('rc4', key, '').update(data);
}

function encrypt(key, text) {
  const iv = crypto.randomBytes(12);
  // ok: js-weak-cipher-algorithm
  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([c.update(text, 'utf8'), c.final()]);
  return { iv, data, tag: c.getAuthTag() };
}

function chacha(key, nonce, text) {
  // ok: js-weak-cipher-algorithm
  return crypto.createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: 16 }).update(text);
}
