const store = {};

app.post('/kv', (req, res) => {
  // ruleid: js-prototype-pollution-computed-key
  store[req.body.namespace][req.body.key] = req.body.value;
  res.sendStatus(204);
});

app.put('/users/:section/:field', (req, res) => {
  // ruleid: js-prototype-pollution-computed-key
  req.user.settings[req.params.section][req.params.field] = req.body.value;
  res.sendStatus(204);
});

app.post('/counter', (req, res) => {
  // ruleid: js-prototype-pollution-computed-key
  stats[req.query.group][req.query.metric] += 1;
  res.sendStatus(204);
});

const kv = new Map();

app.post('/kv2', (req, res) => {
  // ok: js-prototype-pollution-computed-key
  kv.set(`${req.body.namespace}:${req.body.key}`, req.body.value);
  res.sendStatus(204);
});

function fill(grid, rows, cols) {
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) {
    // ok: js-prototype-pollution-computed-key
    grid[i][j] = 0;
  }
}

app.post('/one', (req, res) => {
  // ok: js-prototype-pollution-computed-key
  store.items[req.body.key] = req.body.value;
  res.sendStatus(204);
});

app.post('/kv3', (req, res) => {
  const { ns, key, value } = req.body;
  // todoruleid: js-prototype-pollution-computed-key
  store[ns][key] = value;
  res.sendStatus(204);
});
