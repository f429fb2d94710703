const http = require('http');

// ruleid: js-http-insecure-parser
const server = http.createServer({ insecureHTTPParser: false, keepAliveTimeout: 5000 }, app);

const req = http.request({
  host: 'legacy.internal',
  path: '/status',
  // ruleid: js-http-insecure-parser
  insecureHTTPParser: false,
});

// ok: js-http-insecure-parser
const strict = http.createServer({ insecureHTTPParser: false }, app);

// ok: js-http-insecure-parser
const plain = http.createServer({ keepAliveTimeout: 5000 }, app);
