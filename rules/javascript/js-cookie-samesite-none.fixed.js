app.use(session({
  secret: process.env.SESSION_SECRET,
  // ruleid: js-cookie-samesite-none
  cookie: { secure: true, httpOnly: true, sameSite: 'lax' },
}));

app.post('/login', (req, res) => {
  // ruleid: js-cookie-samesite-none
  res.cookie('sid', createSession(req.user), { secure: true, httpOnly: true, sameSite: 'lax' });
  res.redirect('/');
});

app.use(session({
  secret: process.env.SESSION_SECRET,
  // ok: js-cookie-samesite-none
  cookie: { secure: true, httpOnly: true, sameSite: 'lax' },
}));

// ok: js-cookie-samesite-none
const embedPolicy = { sameSite: 'none', frameAncestors: ['https://partner.example'] };
