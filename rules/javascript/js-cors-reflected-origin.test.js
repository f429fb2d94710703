app.use((req, res, next) => {
  // ruleid: js-cors-reflected-origin
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

// ruleid: js-cors-reflected-origin
app.use(cors({ origin: (origin, callback) => callback(null, true), credentials: true }));

app.use((req, res, next) => {
  // ruleid: js-cors-reflected-origin
  res.header('Access-Control-Allow-Origin', req.get('Origin') || '*');
  res.header('Access-Control-Allow-Credentials', true);
  next();
});

const ALLOWED = new Set(['https://app.example.com']);

app.use((req, res, next) => {
  if (ALLOWED.has(req.headers.origin)) {
    // ok: js-cors-reflected-origin
    res.setHeader('Access-Control-Allow-Origin', ALLOWED.has(req.headers.origin) ? req.headers.origin : 'null');
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
  next();
});

// ok: js-cors-reflected-origin
app.use(cors({ origin: (origin, callback) => callback(null, ALLOWED.has(origin)), credentials: true }));

app.use('/public', (req, res, next) => {
  // ok: js-cors-reflected-origin
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*');
  next();
});
