const crypto = require('crypto');

app.post('/webhook', express.raw({ type: 'application/json' }), (req, res) => {
  const expected = 'sha256=' + crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(req.body).digest('hex');
  // ruleid: js-timing-unsafe-signature-compare
  if (req.get('X-Hub-Signature-256') !== expected) return res.sendStatus(401);
  res.sendStatus(204);
});

function verifyCookie(value, mac) {
  // ruleid: js-timing-unsafe-signature-compare
  return crypto.createHmac('sha256', KEY).update(value).digest('base64url') === mac;
}

function checkSignature(payload, signature) {
  const computedSignature = sign(payload);
  // ruleid: js-timing-unsafe-signature-compare
  return signature == computedSignature;
}

function verifyCookie2(value, mac) {
  const expected = crypto.createHmac('sha256', KEY).update(value).digest();
  const given = Buffer.from(String(mac), 'base64url');
  // ok: js-timing-unsafe-signature-compare
  if (given.length !== expected.length) return false;
  return crypto.timingSafeEqual(given, expected);
}

function hasSignature(req) {
  // ok: js-timing-unsafe-signature-compare
  return req.headers['x-signature'] !== undefined;
}

// ok: js-timing-unsafe-signature-compare
const same = crypto.createHash('sha256').update(a).digest('hex') === 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
