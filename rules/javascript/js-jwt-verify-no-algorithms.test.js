const jwt = require('jsonwebtoken');
const fs = require('fs');

const PUBLIC_KEY = fs.readFileSync('keys/public.pem');

function auth(req, res, next) {
  const token = req.headers.authorization?.split(' ')[1];
  try {
    // ruleid: js-jwt-verify-no-algorithms
    req.user = jwt.verify(token, PUBLIC_KEY);
    next();
  } catch {
    res.sendStatus(401);
  }
}

function authAsync(req, res, next) {
  // ruleid: js-jwt-verify-no-algorithms
  jwt.verify(req.cookies.token, getKey, { audience: 'web' }, (err, claims) => {
    if (err) return res.sendStatus(401);
    req.user = claims;
    next();
  });
}

function auth2(req, res, next) {
  // ok: js-jwt-verify-no-algorithms
  req.user = jwt.verify(req.cookies.token, PUBLIC_KEY, { algorithms: ['RS256'], audience: 'web' });
  next();
}

function auth3(token) {
  // ok: js-jwt-verify-no-algorithms
  return jwt.verify(token, getKey, verifyOptions);
}

function auth4(token) {
  // ok: js-jwt-verify-no-algorithms
  return jwt.verify(token, process.env.JWT_SECRET);
}
