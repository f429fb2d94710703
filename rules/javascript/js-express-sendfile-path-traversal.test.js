const path = require('path');

app.get('/docs/:file', (req, res) => {
  // ruleid: js-express-sendfile-path-traversal
  res.sendFile(path.join(__dirname, 'docs', req.params.file));
});

app.get('/export', (req, res) => {
  // ruleid: js-express-sendfile-path-traversal
  res.download(`/srv/exports/${req.query.name}`, 'export.csv');
});

app.get('/img', function (req, res) {
  // ruleid: js-express-sendfile-path-traversal
  res.sendFile(__dirname + '/images/' + req.param('img'), { maxAge: 3600 });
});

app.get('/public/:file', (req, res) => {
  // ok: js-express-sendfile-path-traversal
  res.sendFile(req.params.file, { root: path.join(__dirname, 'public'), dotfiles: 'deny' });
});

app.get('/avatar/:id', (req, res) => {
  // ok: js-express-sendfile-path-traversal
  res.sendFile(path.join(AVATARS, path.basename(req.params.id) + '.png'));
});

app.get('/', (req, res) => {
  // ok: js-express-sendfile-path-traversal
  res.sendFile(path.join(__dirname, 'index.html'));
});

app.get('/report', (req, res) => {
  const file = req.query.file;
  // todoruleid: js-express-sendfile-path-traversal
  res.download(path.join(REPORTS, file));
});
