const tls = require('tls');
const https = require('https');

const server = https.createServer({
  key, cert,
  // ruleid: js-tls-weak-protocol-version
  minVersion: 'TLSv1.2',
}, app);

// ruleid: js-tls-weak-protocol-version
const agent = new https.Agent({ secureProtocol: 'TLS_method' });

// ruleid: js-tls-weak-protocol-version
const legacy = tls.connect({ host, port, maxVersion: 'TLSv1.3' });

// ruleid: js-tls-weak-protocol-version
tls.DEFAULT_MIN_VERSION = 'TLSv1.2';

// ok: js-tls-weak-protocol-version
const modern = https.createServer({ key, cert, minVersion: 'TLSv1.2' }, app);

// ok: js-tls-weak-protocol-version
const agent2 = new https.Agent({ minVersion: 'TLSv1.3' });
