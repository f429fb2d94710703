const fs = require('fs');
const fsp = require('node:fs/promises');
const path = require('path');
const { createReadStream } = require('fs');

app.get('/files/:name', (req, res) => {
  // ruleid: js-path-traversal-fs
  fs.readFile(path.join(__dirname, 'uploads', req.params.name), (err, data) => res.send(data));
});

app.get('/download', async (req, res) => {
  // ruleid: js-path-traversal-fs
  const data = await fsp.readFile(`./reports/${req.query.report}.pdf`);
  res.type('pdf').send(data);
});

app.get('/stream', (req, res) => {
  // ruleid: js-path-traversal-fs
  createReadStream('public' + req.path).pipe(res);
});

app.delete('/avatar', (req, res) => {
  // ruleid: js-path-traversal-fs
  fs.unlinkSync(path.resolve('avatars', req.body.file));
  res.sendStatus(204);
});

router.get('/logs/:day', async (ctx) => {
  // ruleid: js-path-traversal-fs
  ctx.body = fs.createReadStream(`/var/log/app/${ctx.params.day}.log`);
});

app.get('/safe/:name', (req, res) => {
  // ok: js-path-traversal-fs
  fs.readFile(path.join(__dirname, 'uploads', path.basename(req.params.name)), (err, data) => res.send(data));
});

app.post('/notes', (req, res) => {
  // ok: js-path-traversal-fs
  fs.writeFile(path.join(NOTES_DIR, `${crypto.randomUUID()}.txt`), req.body.text, () => res.sendStatus(201));
});

app.get('/config', (req, res) => {
  // ok: js-path-traversal-fs
  res.json(JSON.parse(fs.readFileSync('./config/public.json', 'utf8')));
});

app.delete('/items/:id', async (req, res) => {
  // ok: js-path-traversal-fs
  await remove(req.params.id);
  res.sendStatus(204);
});

app.get('/file', (req, res) => {
  const { name } = req.query;
  // todoruleid: js-path-traversal-fs
  fs.readFile(path.join(__dirname, 'uploads', name), (err, data) => res.send(data));
});
