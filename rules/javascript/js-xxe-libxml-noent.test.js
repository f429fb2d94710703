const libxmljs = require('libxmljs');

app.post('/import', express.text({ type: 'application/xml' }), (req, res) => {
  // ruleid: js-xxe-libxml-noent
  const doc = libxmljs.parseXml(req.body, { noent: true, noblanks: true });
  res.json(doc.find('//item').map((n) => n.text()));
});

app.post('/feed', (req, res) => {
  // ruleid: js-xxe-libxml-noent
  const doc = libxmljs.parseXmlString(req.body, { dtdload: true, nonet: true });
  res.send(doc.root().name());
});

app.post('/import2', (req, res) => {
  // ok: js-xxe-libxml-noent
  const doc = libxmljs.parseXml(req.body, { noent: false, nonet: true });
  res.json(doc.find('//item').map((n) => n.text()));
});

app.post('/import3', (req, res) => {
  // ok: js-xxe-libxml-noent
  const doc = libxmljs.parseXml(req.body);
  res.send(doc.toString());
});
