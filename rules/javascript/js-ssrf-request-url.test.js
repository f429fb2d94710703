const axios = require('axios');
const https = require('https');

app.get('/preview', async (req, res) => {
  // ruleid: js-ssrf-request-url
  const page = await fetch(req.query.url);
  res.send(await page.text());
});

app.post('/webhooks/test', async (req, res) => {
  // ruleid: js-ssrf-request-url
  await axios.post(req.body.callbackUrl, { ping: true });
  res.sendStatus(204);
});

app.get('/proxy/:host', (req, res) => {
  // ruleid: js-ssrf-request-url
  https.get(`https://${req.params.host}/status`, (r) => r.pipe(res));
});

app.get('/image', async (req, res) => {
  // ruleid: js-ssrf-request-url
  const r = await axios({ method: 'get', url: req.query.src, responseType: 'arraybuffer' });
  // ruleid: js-ssrf-request-url
  const s = await got(new URL(req.query.src));
  res.send(r.data ?? s.body);
});

app.get('/user/:id', async (req, res) => {
  // ok: js-ssrf-request-url
  const r = await fetch(`https://api.example.com/users/${encodeURIComponent(req.params.id)}`);
  res.json(await r.json());
});

app.get('/weather', async (req, res) => {
  // ok: js-ssrf-request-url
  const { data } = await axios.get(WEATHER_API, { params: { city: req.query.city } });
  res.json(data);
});

app.get('/health', async (req, res) => {
  // ok: js-ssrf-request-url
  const r = await fetch('http://localhost:9000/health');
  res.sendStatus(r.status);
});

app.get('/cache', (req, res) => {
  // ok: js-ssrf-request-url
  res.json(cache.get(req.query.key));
});

app.post('/fetch', async (req, res) => {
  const { url } = req.body;
  // todoruleid: js-ssrf-request-url
  const r = await fetch(url);
  res.send(await r.text());
});

app.get('/session', async (req, res) => {
  // ok: js-ssrf-request-url
  res.json(await redisClient.get(req.query.key));
  // ok: js-ssrf-request-url
  res.json(await client.get(req.params.id));
});
