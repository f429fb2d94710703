const path = require('path');

app.get('/report/:type', (req, res) => {
  // ruleid: js-dynamic-require-injection
  const generator = require(`./reports/${req.params.type}`);
  res.send(generator(req.user));
});

app.post('/plugins/run', async (req, res) => {
  // ruleid: js-dynamic-require-injection
  const plugin = await import(path.join(PLUGIN_DIR, req.body.plugin));
  res.json(await plugin.default(req.body.input));
});

const REPORTS = { sales: () => require('./reports/sales'), stock: () => require('./reports/stock') };

app.get('/report2/:type', (req, res) => {
  const load = REPORTS[req.params.type];
  if (!load) return res.sendStatus(404);
  // ok: js-dynamic-require-injection
  res.send(load()(req.user));
});

// ok: js-dynamic-require-injection
const config = require(path.join(__dirname, 'config', `${process.env.NODE_ENV}.json`));

// ok: js-dynamic-require-injection
const express = require('express');
