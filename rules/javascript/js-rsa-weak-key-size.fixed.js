const crypto = require('crypto');
const forge = require('node-forge');
const NodeRSA = require('node-rsa');

// ruleid: js-rsa-weak-key-size
const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });

crypto.generateKeyPair('rsa-pss', {
  // ruleid: js-rsa-weak-key-size
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
}, onKeys);

// ruleid: js-rsa-weak-key-size
const keys = forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 });

// ruleid: js-rsa-weak-key-size
const legacy = new NodeRSA({ b: 2048 });

// ok: js-rsa-weak-key-size
const strong = crypto.generateKeyPairSync('rsa', { modulusLength: 3072 });

// ok: js-rsa-weak-key-size
const ed = crypto.generateKeyPairSync('ed25519');

// ok: js-rsa-weak-key-size
const webKey = await crypto.subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 4096, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['encrypt']);
