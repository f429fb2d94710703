const crypto = require('crypto');

function encrypt(text) {
  // ruleid: js-deprecated-create-cipher
  const cipher = crypto.createCipher('aes-256-cbc', process.env.PASSWORD);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

function decrypt(hex) {
  // ruleid: js-deprecated-create-cipher
  const decipher = crypto.createDecipher('aes-256-cbc', process.env.PASSWORD);
  return decipher.update(hex, 'hex', 'utf8') + decipher.final('utf8');
}

function encrypt2(key, text) {
  const iv = crypto.randomBytes(12);
  // ok: js-deprecated-create-cipher
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  return [iv, cipher.update(text), cipher.final(), cipher.getAuthTag()];
}

// ok: js-deprecated-create-cipher
const sign = crypto.createSign('SHA256');
