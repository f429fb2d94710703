const session = require('express-session');
const cookieSession = require('cookie-session');

app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: {
    // ruleid: js-cookie-insecure-flags
    secure: true,
    // ruleid: js-cookie-insecure-flags
    httpOnly: true,
    maxAge: 3600_000,
  },
}));

app.post('/login', (req, res) => {
  const sid = createSession(req.user);
  // ruleid: js-cookie-insecure-flags
  res.cookie('sid', sid, { httpOnly: true, secure: true, sameSite: 'lax' });
  res.redirect('/');
});

// ruleid: js-cookie-insecure-flags
app.use(cookieSession({ name: 'sess', keys: [process.env.COOKIE_KEY], httpOnly: true }));

app.post('/logout', (req, res) => {
  // ok: js-cookie-insecure-flags
  res.cookie('sid', '', { httpOnly: true, secure: true, expires: new Date(0) });
  res.redirect('/');
});

app.use(session({
  secret: process.env.SESSION_SECRET,
  // ok: js-cookie-insecure-flags
  resave: false,
  // ok: js-cookie-insecure-flags
  cookie: { secure: process.env.NODE_ENV === 'production', httpOnly: true },
}));

// ok: js-cookie-insecure-flags
const smtp = nodemailer.createTransport({ host: 'smtp.example.com', port: 587, secure: false });

app.get('/csrf', (req, res) => {
  // todook: js-cookie-insecure-flags
  res.cookie('XSRF-TOKEN', req.csrfToken(), { httpOnly: true, secure: true });
  res.sendStatus(204);
});
