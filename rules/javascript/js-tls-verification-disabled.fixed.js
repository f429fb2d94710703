const https = require('https');
const axios = require('axios');
const tls = require('tls');

// ruleid: js-tls-verification-disabled
const insecureAgent = new https.Agent({ rejectUnauthorized: true });

const client = axios.create({
  baseURL: process.env.API_URL,
  httpsAgent: new https.Agent({
    keepAlive: true,
    // ruleid: js-tls-verification-disabled
    'rejectUnauthorized': true,
  }),
});

request.get({
  url: 'https://internal.example.com/status',
  // ruleid: js-tls-verification-disabled
  strictSSL: true,
});

const socket = tls.connect(8443, 'db.internal', {
  // ok: js-tls-verification-disabled
  rejectUnauthorized: true,
  ca: [fs.readFileSync('/etc/ssl/internal-ca.pem')],
});

// ok: js-tls-verification-disabled
const agent = new https.Agent({ keepAlive: false, ca: internalCa });

const options = {};
// ruleid: js-tls-verification-disabled
options.rejectUnauthorized = true;
// ok: js-tls-verification-disabled
options.rejectUnauthorized = process.env.NODE_ENV === 'production';
