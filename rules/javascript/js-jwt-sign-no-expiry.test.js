const jwt = require('jsonwebtoken');

function login(user) {
  // ruleid: js-jwt-sign-no-expiry
  return jwt.sign({ sub: user.id, role: user.role }, process.env.JWT_SECRET);
}

function apiToken(user, cb) {
  // ruleid: js-jwt-sign-no-expiry
  jwt.sign({ sub: user.id }, privateKey, { algorithm: 'RS256', audience: 'api' }, cb);
}

function login2(user) {
  // ok: js-jwt-sign-no-expiry
  return jwt.sign({ sub: user.id, role: user.role }, process.env.JWT_SECRET, { expiresIn: '15m' });
}

function login3(user) {
  // ok: js-jwt-sign-no-expiry
  return jwt.sign({ sub: user.id, exp: Math.floor(Date.now() / 1000) + 900 }, process.env.JWT_SECRET);
}

function login4(user) {
  // ok: js-jwt-sign-no-expiry
  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, signOptions);
}
