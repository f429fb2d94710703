const tls = require('tls');
const https = require('https');

const socket = tls.connect({
  host: 'mq.internal.example.com',
  port: 5671,
  ca: fs.readFileSync('ca.pem'),
  // ruleid: js-tls-check-server-identity-noop
  checkServerIdentity: () => undefined,
});

const agent = new https.Agent({
  // ruleid: js-tls-check-server-identity-noop
  checkServerIdentity: function (host, cert) {},
});

// ruleid: js-tls-check-server-identity-noop
options.checkServerIdentity = () => {};

const pinned = new https.Agent({
  // ok: js-tls-check-server-identity-noop
  checkServerIdentity: (host, cert) => {
    const err = tls.checkServerIdentity(host, cert);
    if (err) return err;
    if (cert.fingerprint256 !== PINNED) return new Error('certificate pin mismatch');
    return undefined;
  },
});

// ok: js-tls-check-server-identity-noop
const client = tls.connect({ host: 'mq.example.com', port: 5671, servername: 'mq.example.com' });
