const jwt = require('jsonwebtoken');

function auth(req, res, next) {
  try {
    // ruleid: js-jwt-ignore-expiration
    req.user = jwt.verify(req.cookies.token, process.env.JWT_SECRET, { algorithms: ['HS256'], ignoreExpiration: true });
    next();
  } catch {
    res.sendStatus(401);
  }
}

const verifyOptions = {
  algorithms: ['RS256'],
  // ruleid: js-jwt-ignore-expiration
  ignoreExpiration: true,
};

function auth2(req, res, next) {
  // ok: js-jwt-ignore-expiration
  req.user = jwt.verify(req.cookies.token, process.env.JWT_SECRET, { algorithms: ['HS256'], clockTolerance: 30 });
  next();
}

// ok: js-jwt-ignore-expiration
const strict = { algorithms: ['RS256'], ignoreExpiration: false };
