const vm = require('node:vm');
const { runInNewContext } = require('vm');

app.post('/calc', (req, res) => {
  // ruleid: js-vm-code-injection
  const result = vm.runInNewContext(req.body.expression, { Math });
  res.json({ result });
});

function evaluateFormula(formula, row) {
  // ruleid: js-vm-code-injection
  return runInNewContext(`(${formula})`, { row }, { timeout: 50 });
}

function compilePlugin(source) {
  // ruleid: js-vm-code-injection
  const script = new vm.Script(source, { filename: 'plugin.js' });
  return script.runInNewContext({ console });
}

// ok: js-vm-code-injection
const bootstrap = new vm.Script('globalThis.ready = true;');

function version() {
  // ok: js-vm-code-injection
  return vm.runInThisContext('process.version');
}
