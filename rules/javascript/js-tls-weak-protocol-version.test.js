const tls = require('tls');
const https = require('https');

const server = https.createServer({
  key, cert,
  // ruleid: js-tls-weak-protocol-version
  minVersion: 'TLSv1',
}, app);

// ruleid: js-tls-weak-protocol-version
const agent = new https.Agent({ secureProtocol: 'TLSv1_1_method' });

// ruleid: js-tls-weak-protocol-version
const legacy = tls.connect({ host, port, maxVersion: 'TLSv1.1' });

// ruleid: js-tls-weak-protocol-version
tls.DEFAULT_MIN_VERSION = 'TLSv1';

// ok: js-tls-weak-protocol-version
const modern = https.createServer({ key, cert, minVersion: 'TLSv1.2' }, app);

// ok: js-tls-weak-protocol-version
const agent2 = new https.Agent({ minVersion: 'TLSv1.3' });
