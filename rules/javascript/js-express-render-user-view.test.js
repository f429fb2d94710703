app.get('/pages/:page', (req, res) => {
  // ruleid: js-express-render-user-view
  res.render(req.params.page, { user: req.user });
});

app.get('/help', (req, res) => {
  // ruleid: js-express-render-user-view
  res.render(`help/${req.query.topic}`);
});

router.get('/docs/:name', async (ctx) => {
  // ruleid: js-express-render-user-view
  await ctx.render('docs/' + ctx.params.name);
});

const PAGES = { about: 'pages/about', terms: 'pages/terms' };

app.get('/p/:page', (req, res) => {
  const view = PAGES[req.params.page];
  if (!view) return res.sendStatus(404);
  // ok: js-express-render-user-view
  res.render(view, { user: req.user });
});

app.get('/search', (req, res) => {
  // ok: js-express-render-user-view
  res.render('search', { q: req.query.q, results: search(req.query.q) });
});

app.get('/lang', (req, res) => {
  // ok: js-express-render-user-view
  res.render(req.acceptsLanguages('de', 'fr') ? 'home-intl' : 'home');
});
