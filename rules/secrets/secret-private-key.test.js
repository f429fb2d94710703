const jwt = require("jsonwebtoken");

// ruleid: secret-private-key
const SIGNING_KEY = "-----BEGIN RSA PRIVATE KEY-----\nBhLfNZ1gJqJA9FiaXXkfHdl8/vp3entPFSQav1e9Q3rUsSmEBTTz84dcJbCL6gbC\nh0z6pN0XsthChF3oKlvFOYiKx4BUojmcz8n8wtoxzj3RZr3NOjOEflu7B/0Hykd4\nQjGxmvRYcs7vufxZ9PldFDgaOngyVjR7n/zmnNcAeuinWMykFdWpHuhjyLbAM3rj\n-----END RSA PRIVATE KEY-----";

// ok: secret-private-key
const PUBLIC_KEY = "-----BEGIN PUBLIC KEY-----\nBhLfNZ1gJqJA9FiaXXkfHdl8/vp3entPFSQav1e9Q3rUsSmEBTTz84dcJbCL6gbC\n-----END PUBLIC KEY-----";

function isPem(text) {
  // ok: secret-private-key
  return text.startsWith("-----BEGIN RSA PRIVATE KEY-----");
}

// ok: secret-private-key
const signingKey = fs.readFileSync(process.env.SIGNING_KEY_PATH, "utf8");

module.exports = { sign: (p) => jwt.sign(p, SIGNING_KEY, { algorithm: "RS256" }), PUBLIC_KEY, isPem, signingKey };
