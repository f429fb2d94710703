const crypto = require('crypto');

function encrypt(text) {
  const iv = crypto.randomBytes(16);
  // ruleid: js-hardcoded-cipher-key
  const c = crypto.createCipheriv('aes-256-cbc', 'Th1sIsMyS3cretK3yF0rAES256!!abcd', iv);
  return iv.toString('hex') + c.update(text, 'utf8', 'hex') + c.final('hex');
}

function decrypt(box) {
  // ruleid: js-hardcoded-cipher-key
  const d = crypto.createDecipheriv('aes-256-gcm', Buffer.from('9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0', 'hex'), box.iv);
  d.setAuthTag(box.tag);
  return Buffer.concat([d.update(box.data), d.final()]);
}

// ruleid: js-hardcoded-cipher-key
const derived = crypto.scryptSync('correct horse battery staple', 'salt', 32);

const KEY = Buffer.from(process.env.DATA_KEY, 'base64');

function encrypt2(text) {
  const iv = crypto.randomBytes(12);
  // ok: js-hardcoded-cipher-key
  const c = crypto.createCipheriv('aes-256-gcm', KEY, iv);
  return [iv, c.update(text), c.final(), c.getAuthTag()];
}

async function hashPassword(password) {
  const salt = crypto.randomBytes(16);
  // ok: js-hardcoded-cipher-key
  return crypto.scryptSync(password, salt, 64);
}
