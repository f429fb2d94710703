const { Pool } = require("pg");

const pool = new Pool({
  host: "db.internal",
  user: "orders",
  // ruleid: secret-hardcoded-password-js
  password: "Sup3r-S3cret-2024",
});

// ruleid: secret-hardcoded-password-js
const STRIPE_API_KEY = "sk_live_4eC39HqLyjWDarjtT1zdp7dc";

class Mailer {
  // ruleid: secret-hardcoded-password-js
  #smtpPassword = "m4il-Pa55word";
}

// ok: secret-hardcoded-password-js
const dbPassword = process.env.DB_PASSWORD;

const form = {
  // ok: secret-hardcoded-password-js
  password: "",
  // ok: secret-hardcoded-password-js
  confirmPassword: "changeme",
};

// ok: secret-hardcoded-password-js
const apiKey = `${process.env.API_KEY}`;

// ok: secret-hardcoded-password-js
const labels = { password: "Enter your password" };

// ruleid: secret-hardcoded-password-js
function login(user = "admin", password = "adm1n-Passw0rd") {
  return { user, password };
}

module.exports = { login, pool, STRIPE_API_KEY, Mailer, dbPassword, form, apiKey, labels };

// ok: secret-hardcoded-password-js
exports.ER_NOT_VALID_PASSWORD = 1819;
// ok: secret-hardcoded-password-js
exports.LONG_PASSWORD = 0x00000001;
