const cookieSession = require('cookie-session');

app.use(cookieSession({
  name: 'session',
  keys: [process.env.SESSION_KEY],
  // ruleid: js-cookie-session-unsigned
  signed: true,
}));

// ruleid: js-cookie-session-unsigned
admin.use(cookieSession({ name: 'admin', signed: true, httpOnly: true }));

// ok: js-cookie-session-unsigned
app.use(cookieSession({ name: 'session', keys: [process.env.SESSION_KEY], signed: true }));

app.get('/theme', (req, res) => {
  // ok: js-cookie-session-unsigned
  res.cookie('theme', 'dark', { signed: false, httpOnly: true });
  res.end();
});
