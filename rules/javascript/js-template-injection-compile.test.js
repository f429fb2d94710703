const _ = require('lodash');
const ejs = require('ejs');
const pug = require('pug');
const Handlebars = require('handlebars');

app.get('/greet', (req, res) => {
  // ruleid: js-template-injection-compile
  const tpl = _.template('<h1>Hello ' + req.query.name + '</h1>');
  res.send(tpl({}));
});

app.post('/preview', (req, res) => {
  // ruleid: js-template-injection-compile
  res.send(ejs.render(req.body.template, { user: req.user }));
});

app.get('/card', (req, res) => {
  // ruleid: js-template-injection-compile
  res.send(pug.render(`p Welcome #{user} ${req.query.footer}`, { user: req.user.name }));
});

app.post('/mail/preview', (req, res) => {
  // ruleid: js-template-injection-compile
  const render = Handlebars.compile(req.body.mailTemplate);
  res.send(render({ name: 'Ada' }));
});

app.get('/hello', (req, res) => {
  // ok: js-template-injection-compile
  const tpl = _.template('<h1>Hello <%- name %></h1>');
  res.send(tpl({ name: req.query.name }));
});

app.get('/profile', (req, res) => {
  // ok: js-template-injection-compile
  res.send(ejs.render(PROFILE_TEMPLATE, { bio: req.query.bio }));
});

app.get('/greeting', (req, res) => {
  // ok: js-template-injection-compile
  res.send(pug.renderFile('views/greeting.pug', { name: req.query.name }));
});

app.post('/theme', async (req, res) => {
  const { template } = req.body;
  // todoruleid: js-template-injection-compile
  res.send(ejs.render(template, {}));
});
