app.get('/users', async (req, res) => {
  // ruleid: js-nosql-where-injection
  const users = await db.collection('users').find({ $where: `this.name == '${req.query.name}'` }).toArray();
  res.json(users);
});

app.get('/posts', async (req, res) => {
  // ruleid: js-nosql-where-injection
  res.json(await Post.find({ '$where': 'this.author === "' + req.query.author + '"' }));
});

app.get('/items', async (req, res) => {
  // ruleid: js-nosql-where-injection
  res.json(await Item.find().$where(`this.price < ${req.query.max}`));
});

app.get('/active', async (req, res) => {
  // ok: js-nosql-where-injection
  res.json(await User.find({ $where: 'this.lastLogin > this.createdAt' }));
});

app.get('/by-name', async (req, res) => {
  // ok: js-nosql-where-injection
  res.json(await User.find({ name: String(req.query.name) }));
});

app.get('/fn', async (req, res) => {
  // ok: js-nosql-where-injection
  res.json(await User.find({ $where: function () { return this.credits > this.debits; } }));
});
