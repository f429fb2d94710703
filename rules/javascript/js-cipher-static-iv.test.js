const crypto = require('crypto');

function encryptCard(key, pan) {
  // ruleid: js-cipher-static-iv
  const c = crypto.createCipheriv('aes-256-cbc', key, Buffer.alloc(16, 0));
  return c.update(pan, 'utf8', 'hex') + c.final('hex');
}

function encryptToken(key, token) {
  // ruleid: js-cipher-static-iv
  const c = crypto.createCipheriv('aes-256-gcm', key, '000000000000');
  return Buffer.concat([c.update(token), c.final(), c.getAuthTag()]);
}

function encryptId(key, id) {
  // ruleid: js-cipher-static-iv
  const c = crypto.createCipheriv('aes-128-ctr', key, Buffer.from('a3f1c2d4e5b60718293a4b5c6d7e8f90', 'hex'));
  return c.update(String(id));
}

function encrypt(key, text) {
  const iv = crypto.randomBytes(12);
  // ok: js-cipher-static-iv
  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  return { iv, data: Buffer.concat([c.update(text), c.final()]), tag: c.getAuthTag() };
}

function decrypt(key, box) {
  // ok: js-cipher-static-iv
  const d = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(box.iv, 'base64'));
  d.setAuthTag(Buffer.from(box.tag, 'base64'));
  return Buffer.concat([d.update(Buffer.from(box.data, 'base64')), d.final()]);
}

function encrypt3(key, text) {
  // ok: js-cipher-static-iv
  const c = crypto.createCipheriv('aes-256-gcm', key, crypto.randomBytes(12));
  return c.update(text);
}

const FIXED_IV = Buffer.alloc(16);
function encryptLegacy(key, text) {
  // todoruleid: js-cipher-static-iv
  return crypto.createCipheriv('aes-256-cbc', key, FIXED_IV).update(text);
}
