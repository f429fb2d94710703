const { spawn } = require('child_process');

if (process.env.ALLOW_SELF_SIGNED) {
  // ruleid: js-node-tls-reject-env-disabled
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
}

// ruleid: js-node-tls-reject-env-disabled
process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = 0;

const worker = spawn('node', ['sync.js'], {
  env: {
    ...process.env,
    // ruleid: js-node-tls-reject-env-disabled
    NODE_TLS_REJECT_UNAUTHORIZED: '0',
  },
});

// ok: js-node-tls-reject-env-disabled
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';

// ok: js-node-tls-reject-env-disabled
if (process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0') console.warn('TLS verification is disabled');

// ok: js-node-tls-reject-env-disabled
process.env.NODE_EXTRA_CA_CERTS = '/etc/ssl/certs/internal-ca.pem';
