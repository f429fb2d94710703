import escapeStringRegexp from 'escape-string-regexp';
import _ from 'lodash';

app.get('/search', async (req, res) => {
  // ruleid: js-regex-injection
  const re = new RegExp(req.query.q as string, 'i');
  res.json(products.filter((p) => re.test(p.name)));
});

app.get('/users', async (req, res) => {
  // ruleid: js-regex-injection
  res.json(await User.find({ name: { $regex: req.query.name, $options: 'i' } }));
});

app.get('/tags', (req, res) => {
  // ruleid: js-regex-injection
  const matcher = RegExp('^' + req.params.prefix);
  res.json(tags.filter((t) => matcher.test(t)));
});

app.get('/search2', (req, res) => {
  // ok: js-regex-injection
  const re = new RegExp(escapeStringRegexp(String(req.query.q)), 'i');
  res.json(products.filter((p) => re.test(p.name)));
});

app.get('/users2', async (req, res) => {
  // ok: js-regex-injection
  res.json(await User.find({ name: { $regex: `^${_.escapeRegExp(String(req.query.name))}` } }));
});

// ok: js-regex-injection
const EMAIL = new RegExp('^[^@\\s]+@[^@\\s]+$');
