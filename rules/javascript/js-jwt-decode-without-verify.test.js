const jwt = require('jsonwebtoken');

function authenticate(req, res, next) {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '');
  // ruleid: js-jwt-decode-without-verify
  const claims = jwt.decode(token);
  if (!claims) return res.sendStatus(401);
  req.user = { id: claims.sub, roles: claims.roles };
  next();
}

function isAdmin(req) {
  // ruleid: js-jwt-decode-without-verify
  return jwt.decode(req.cookies.session)?.role === 'admin';
}

function tokenExpiry(token) {
  // todook: js-jwt-decode-without-verify
  return new Date(jwt.decode(token).exp * 1000);
}

// ok: js-jwt-decode-without-verify
const parsed = JSON.parse(Buffer.from(part, 'base64url').toString());

// ok: js-jwt-decode-without-verify
const text = decoder.decode(bytes);

module.exports = { authenticate, isAdmin, tokenExpiry };
