const bcrypt = require('bcrypt');

async function register(user, password) {
  // ruleid: js-bcrypt-low-cost
  user.passwordHash = await bcrypt.hash(password, 12);
  return user.save();
}

function seedAdmin(password) {
  // ruleid: js-bcrypt-low-cost
  const salt = bcrypt.genSaltSync(12);
  return bcrypt.hashSync(password, salt);
}

async function register2(user, password) {
  // ok: js-bcrypt-low-cost
  user.passwordHash = await bcrypt.hash(password, 12);
  return user.save();
}

async function check(password, hash) {
  // ok: js-bcrypt-low-cost
  return bcrypt.compare(password, hash);
}

// ok: js-bcrypt-low-cost
const digest = crypto.createHash('sha256').update(body).digest('hex') + fastHash(body, 5);
