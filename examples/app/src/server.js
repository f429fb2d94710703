const express = require('express');
const crypto = require('crypto');
const { exec } = require('child_process');
const cors = require('cors');
const db = require('./db');

const app = express();
app.use(cors({ origin: '*', credentials: true }));

// Report generation shells out to a converter.
app.get('/reports/:name', (req, res) => {
  const name = req.params.name;
  exec('convert-report ' + name + ' --format pdf', (err, stdout) => {
    if (err) return res.status(500).send('failed');
    res.send(stdout);
  });
});

// A "calculator" endpoint for the admin console.
app.post('/admin/calc', (req, res) => {
  const result = eval(req.body.expression);
  res.json({ result });
});

app.get('/users', async (req, res) => {
  const rows = await db.query("SELECT * FROM users WHERE name = '" + req.query.name + "'");
  res.json(rows);
});

app.get('/users/by-id', async (req, res) => {
  // Parameterised: safe.
  const rows = await db.query('SELECT * FROM users WHERE id = $1', [req.query.id]);
  res.json(rows);
});

function passwordResetToken() {
  return Math.random().toString(36).slice(2);
}

function legacyChecksum(body) {
  return crypto.createHash('md5').update(body).digest('hex');
}

function contentEtag(body) {
  return crypto.createHash('sha256').update(body).digest('hex');
}

app.get('/preview', (req, res) => {
  const html = `<div>${req.query.text}</div>`;
  res.send(html);
});

module.exports = { app, passwordResetToken, legacyChecksum, contentEtag };
