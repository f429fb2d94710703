const jwt = require('jsonwebtoken');

function authenticate(req, res, next) {
  const token = req.headers.authorization?.replace(/^Bearer /, '');
  // ruleid: js-jwt-none-algorithm
  const claims = jwt.verify(token, process.env.JWT_PUBLIC_KEY, { algorithms: ['RS256', 'none'] });
  req.user = claims;
  next();
}

function legacyVerify(token, key) {
  return jwt.verify(token, key, {
    // ruleid: js-jwt-none-algorithm
    algorithms: ["none"],
  });
}

// ruleid: js-jwt-none-algorithm
const unsigned = jwt.sign({ sub: 'test' }, '', { algorithm: 'none' });

function verifyStrict(token) {
  // ok: js-jwt-none-algorithm
  return jwt.verify(token, process.env.JWT_PUBLIC_KEY, { algorithms: ['RS256'] });
}

// ok: js-jwt-none-algorithm
const signed = jwt.sign({ sub: 'svc' }, privateKey, { algorithm: 'ES256', expiresIn: '10m' });

// ok: js-jwt-none-algorithm
const style = { display: 'none', algorithm: 'HS512' };
