const mysql = require('mysql2/promise');
const pool = mysql.createPool({ host: 'db', user: 'app', database: 'shop' });

async function findUser(req) {
  // ruleid: js-sql-injection-string-query
  const [rows] = await pool.query(`SELECT * FROM users WHERE email = '${req.body.email}'`);

  // ruleid: js-sql-injection-string-query
  await pool.execute("DELETE FROM sessions WHERE user_id = " + req.params.id);

  // ruleid: js-sql-injection-string-query
  await sequelize.query('UPDATE orders SET status = "' + req.body.status + '" WHERE id = ' + req.params.id);

  // ruleid: js-sql-injection-string-query
  const users = await prisma.$queryRawUnsafe(`SELECT id FROM "User" WHERE name LIKE '%${req.query.q}%'`);

  // ok: js-sql-injection-string-query
  const [safe] = await pool.query('SELECT * FROM users WHERE email = ?', [req.body.email]);

  // ok: js-sql-injection-string-query
  await pool.execute(`DELETE FROM sessions WHERE user_id = ?`, [req.params.id]);

  // ok: js-sql-injection-string-query
  await client.query('SELECT id, name ' + 'FROM products ' + 'WHERE active = true');

  // ok: js-sql-injection-string-query
  const byName = await prisma.$queryRaw`SELECT id FROM "User" WHERE name = ${req.query.q}`;

  // ok: js-sql-injection-string-query
  const r = await pg.query(sql`SELECT * FROM users WHERE id = ${req.params.id}`);

  // ok: js-sql-injection-string-query
  const hits = await search.query(`${req.query.q} sort:recent`);

  return [rows, users, safe, byName, r, hits];
}

async function listOrders(userId) {
  const q = 'SELECT * FROM orders WHERE user_id = ' + userId;
  // todoruleid: js-sql-injection-string-query
  return pool.query(q);
}
