const http = require('http');

// ruleid: js-http-insecure-parser
const server = http.createServer({ insecureHTTPParser: true, keepAliveTimeout: 5000 }, app);

const req = http.request({
  host: 'legacy.internal',
  path: '/status',
  // ruleid: js-http-insecure-parser
  insecureHTTPParser: true,
});

// ok: js-http-insecure-parser
const strict = http.createServer({ insecureHTTPParser: false }, app);

// ok: js-http-insecure-parser
const plain = http.createServer({ keepAliveTimeout: 5000 }, app);
