const yaml = require('js-yaml');
const { DEFAULT_FULL_SCHEMA } = require('js-yaml');

app.post('/config', express.text(), (req, res) => {
  // ruleid: js-yaml-unsafe-schema
  const cfg = yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA });
  res.json(cfg);
});

function loadAll(text) {
  // ruleid: js-yaml-unsafe-schema
  return yaml.loadAll(text, null, { schema: DEFAULT_FULL_SCHEMA, json: true });
}

app.post('/config2', express.text(), (req, res) => {
  // ok: js-yaml-unsafe-schema
  const cfg = yaml.safeLoad(req.body, { schema: yaml.DEFAULT_SAFE_SCHEMA });
  res.json(cfg);
});

function loadV4(text) {
  // ok: js-yaml-unsafe-schema
  return yaml.load(text, { schema: yaml.JSON_SCHEMA });
}

function legacy(text) {
  // todoruleid: js-yaml-unsafe-schema
  return yaml.load(text);
}
