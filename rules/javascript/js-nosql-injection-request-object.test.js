const User = require('./models/user');

app.post('/login', async (req, res) => {
  // ruleid: js-nosql-injection-request-object
  const user = await User.findOne({ username: req.body.username, password: req.body.password });
  res.json({ ok: Boolean(user) });
});

app.get('/orders', async (req, res) => {
  // ruleid: js-nosql-injection-request-object
  const orders = await db.collection('orders').find({ owner: req.user.id, status: req.query.status }).toArray();
  res.json(orders);
});

app.post('/search', async (req, res) => {
  // ruleid: js-nosql-injection-request-object
  res.json(await Product.find(req.body));
});

app.post('/reset', async (req, res) => {
  // ruleid: js-nosql-injection-request-object
  await Token.deleteOne({ token: req.body['token'] });
  res.sendStatus(204);
});

app.post('/login2', async (req, res) => {
  // ok: js-nosql-injection-request-object
  const user = await User.findOne({ username: String(req.body.username) });
  res.json({ ok: Boolean(user && await bcrypt.compare(String(req.body.password), user.hash)) });
});

app.get('/users/:id', async (req, res) => {
  // ok: js-nosql-injection-request-object
  res.json(await User.findOne({ _id: req.params.id }));
});

app.get('/items', async (req, res) => {
  // ok: js-nosql-injection-request-object
  res.json(await Item.find({ owner: req.user.id }).limit(Number(req.query.limit) || 20));
});

app.get('/tags', (req, res) => {
  // ok: js-nosql-injection-request-object
  res.json(TAGS.find((t) => t.name === req.query.name));
});

app.post('/login3', async (req, res) => {
  const { username, password } = req.body;
  // todoruleid: js-nosql-injection-request-object
  const user = await User.findOne({ username, password });
  res.json({ ok: Boolean(user) });
});

app.get('/knex', async (req, res) => {
  // ok: js-nosql-injection-request-object
  res.json(await knex('users').where({ email: req.query.email }).first());
});
