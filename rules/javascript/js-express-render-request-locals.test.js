app.get('/search', (req, res) => {
  // ruleid: js-express-render-request-locals
  res.render('search', req.query);
});

app.post('/preview', (req, res) => {
  // ruleid: js-express-render-request-locals
  res.render('preview', { ...req.body, user: req.user });
});

app.get('/profile', (req, res) => {
  // ruleid: js-express-render-request-locals
  res.render('profile', { user: req.user, ...req.query });
});

app.get('/results', (req, res) => {
  // ok: js-express-render-request-locals
  res.render('results', { q: String(req.query.q ?? ''), page: Number(req.query.page) || 1 });
});

app.get('/me', (req, res) => {
  // ok: js-express-render-request-locals
  res.render('me', req.user);
});

app.get('/query', (req, res) => {
  // ok: js-express-render-request-locals
  res.render('query', { params: { ...defaults }, q: req.query.q });
});

app.get('/list', (req, res) => {
  const locals = req.query;
  // todoruleid: js-express-render-request-locals
  res.render('list', locals);
});
