const serialize = require('node-serialize');
const { deserialize } = require('serialize-to-js');

app.get('/prefs', (req, res) => {
  // ruleid: js-node-serialize-unserialize
  const prefs = serialize.unserialize(Buffer.from(req.cookies.prefs, 'base64').toString());
  res.json(prefs);
});

queue.on('message', (msg) => {
  // ruleid: js-node-serialize-unserialize
  const job = deserialize(msg.body);
  run(job);
});

app.post('/state', (req, res) => {
  // ok: js-node-serialize-unserialize
  const state = JSON.parse(req.body.state);
  res.json(state);
});

app.get('/save', (req, res) => {
  // ok: js-node-serialize-unserialize
  res.cookie('prefs', Buffer.from(serialize.serialize({ theme: 'dark' })).toString('base64'));
  res.end();
});
