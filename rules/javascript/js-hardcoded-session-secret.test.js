const session = require('express-session');
const cookieParser = require('cookie-parser');
const cookieSession = require('cookie-session');
const jwt = require('jsonwebtoken');

app.use(session({
  // ruleid: js-hardcoded-session-secret
  secret: 'keyboard cat',
  resave: false,
  saveUninitialized: false,
}));

// ruleid: js-hardcoded-session-secret
app.use(cookieParser("s3cr3t-cookie-signing-key"));

app.use(cookieSession({
  name: 'session',
  // ruleid: js-hardcoded-session-secret
  keys: ['d41d8cd98f00b204e9800998ecf8427e', process.env.OLD_COOKIE_KEY],
}));

function issueToken(user) {
  // ruleid: js-hardcoded-session-secret
  return jwt.sign({ sub: user.id, role: user.role }, 'super-secret-jwt-key', { expiresIn: '1h' });
}

// ok: js-hardcoded-session-secret
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

// ok: js-hardcoded-session-secret
app.use(cookieParser(config.cookieSecret));

function verifyToken(token) {
  // ok: js-hardcoded-session-secret
  return jwt.verify(token, process.env.JWT_PUBLIC_KEY, { algorithms: ['RS256'] });
}

// ok: js-hardcoded-session-secret
app.use(cookieParser());
