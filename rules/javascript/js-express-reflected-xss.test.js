app.get('/search', (req, res) => {
  // ruleid: js-express-reflected-xss
  res.send(`<h1>Results for ${req.query.q}</h1>` + renderResults(req.query.q));
});

app.get('/hello/:name', (req, res) => {
  // ruleid: js-express-reflected-xss
  res.send('Hello ' + req.params.name);
});

app.get('/echo', (req, res) => {
  // ruleid: js-express-reflected-xss
  res.send(req.query.message);
});

router.get('/greet', (ctx) => {
  // ruleid: js-express-reflected-xss
  ctx.body = `<p>Welcome back, ${ctx.query.user}</p>`;
});

app.get('/search2', (req, res) => {
  // ok: js-express-reflected-xss
  res.send(`<h1>Results for ${escapeHtml(req.query.q)}</h1>`);
});

app.get('/api/echo', (req, res) => {
  // ok: js-express-reflected-xss
  res.json({ message: req.query.message });
});

app.get('/plain', (req, res) => {
  res.type('text/plain');
  // ok: js-express-reflected-xss
  res.send('You asked for ' + req.query.q);
});

app.post('/items', (req, res) => {
  // ok: js-express-reflected-xss
  res.status(201).send(req.body);
});

app.get('/hi', (req, res) => {
  const { name } = req.query;
  // todoruleid: js-express-reflected-xss
  res.send(`<p>Hi ${name}</p>`);
});
