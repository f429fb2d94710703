export function compileRule(rule: { expression: string }) {
  // ruleid: js-new-function-injection
  return new Function('order', `return ${rule.expression};`) as (order: unknown) => boolean;
}

app.post('/transform', (req, res) => {
  // ruleid: js-new-function-injection
  const fn = new Function('row', 'return ' + req.body.code);
  res.json(rows.map((r) => fn(r)));
});

export function fromArgs(args: string[]) {
  // ruleid: js-new-function-injection
  return new Function(...args);
}

// ok: js-new-function-injection
const getGlobal = new Function('return this');

// ok: js-new-function-injection
const add = new Function('a', 'b', 'return a + b');

// ok: js-new-function-injection
const handler = new Proxy(target, { get: () => undefined });
