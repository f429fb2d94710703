const express = require('express');
const cors = require('cors');

const app = express();

// ruleid: js-cors-credentials-any-origin
app.use(cors({ origin: true, credentials: true }));

const corsOptions = {
  credentials: true,
  // ruleid: js-cors-credentials-any-origin
  origin: '*',
};
app.use('/api', cors(corsOptions));

const io = new Server(httpServer, {
  // ruleid: js-cors-credentials-any-origin
  cors: { origin: /.*/, credentials: true, methods: ['GET', 'POST'] },
});

// ok: js-cors-credentials-any-origin
app.use(cors({ origin: ['https://app.example.com', 'https://admin.example.com'], credentials: true }));

// ok: js-cors-credentials-any-origin
app.use('/public', cors({ origin: '*' }));

// ok: js-cors-credentials-any-origin
app.use(cors({ origin: (origin, cb) => cb(null, allowList.has(origin)), credentials: true }));

// ok: js-cors-credentials-any-origin
app.use(cors({ origin: true, credentials: false }));
