import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fingerprints } from '../../server/src/core/fingerprint';
import { redactText } from '../../server/src/core/redact';
import { LineIndex } from '../../server/src/core/text';
import { analyze, grammars, packOf, ruleYaml } from './harness';

const pack = packOf({
  ev: ruleYaml('ev', ['javascript'], 'query: |\n  (call_expression function: (identifier) @fn (#eq? @fn "eval")) @target'),
  any: ruleYaml('any', ['javascript'], 'query: |\n  (identifier) @target', 'prefilter: [zz]'),
});

test('a file over the size budget is incomplete, never clean', async () => {
  const r = await analyze(pack, 'big.js', 'eval(x);\n'.repeat(1000), { maxFileBytes: 100 });
  assert.equal(r.incomplete, true);
  assert.equal(r.findings.length, 0);
  assert.equal(r.problems[0]?.code, 'file-too-large');
});

test('a parse over the time budget is incomplete', async () => {
  let t = 0;
  const r = await analyze(pack, 'slow.js', 'eval(x);\n'.repeat(20000), { parseBudgetMs: 5, clock: () => (t += 10) });
  assert.equal(r.incomplete, true);
  assert.equal(r.problems[0]?.code, 'parse-timeout');
});

test('the match limit stops a rule and marks the file incomplete', async () => {
  const pairs = packOf({ pairs: ruleYaml('pairs', ['javascript'], 'query: |\n  (arguments (identifier) @a (identifier) @b) @target', 'prefilter: [zz]') });
  const text = 'zz;\n' + 'f(a, b, c, d, e, f, g);\n'.repeat(200);
  const limited = await analyze(pairs, 'many.js', text, { matchLimit: 1 });
  assert.equal(limited.incomplete, true);
  assert.ok(limited.problems.some((p) => p.code === 'match-limit' && p.ruleId === 'pairs'));
  const normal = await analyze(pairs, 'many.js', text);
  assert.equal(normal.incomplete, false);
  assert.equal(normal.findings.length, 200);
});

test('the analysis budget stops matching and reports it', async () => {
  let t = 0;
  const r = await analyze(pack, 'a.js', 'zz; eval(x);\n'.repeat(200), { analysisBudgetMs: 5, clock: () => (t += 100) });
  assert.equal(r.incomplete, true);
  assert.ok(r.problems.some((p) => p.code === 'analysis-timeout'));
});

test('garbage input never throws', async () => {
  const inputs = ['\u0000\u0001\u0002', '((((((((((', '"unterminated', '\uD800 eval(x) \uDC00', 'eval(' + '['.repeat(5000), '}'.repeat(10000), ''];
  for (const text of inputs) {
    for (const path of ['a.js', 'a.py', 'a.tf', 'k.yaml', 'Dockerfile', 'a.json', 'A.java', 'a.go']) {
      const r = await analyze(pack, path, text);
      assert.ok(Array.isArray(r.findings));
      assert.ok(!r.problems.some((p) => p.code === 'internal-error'), `${path}: ${JSON.stringify(r.problems)}`);
    }
  }
});

test('trees are freed: wasm memory stays flat over many analyses', async () => {
  const text = 'zz;\n' + 'function f(a) { return eval(a) + g(a); }\n'.repeat(2000);
  await analyze(pack, 'warm.js', text);
  const before = process.memoryUsage().arrayBuffers;
  for (let i = 0; i < 40; i++) await analyze(pack, `f${i}.js`, text);
  const grown = process.memoryUsage().arrayBuffers - before;
  assert.ok(grown < 64 * 1024 * 1024, `array buffers grew by ${grown} bytes`);
  assert.ok(grammars());
});

test('fingerprints survive lines moving and unrelated edits, and separate identical matches', () => {
  const a = fingerprints([{ ruleId: 'r', path: 'p.js', text: 'eval(x)' }, { ruleId: 'r', path: 'p.js', text: 'eval(y)' }]);
  const b = fingerprints([{ ruleId: 'r', path: 'p.js', text: 'eval( x )'.replace('( x )', '(x)') }, { ruleId: 'r', path: 'p.js', text: 'eval(y)' }]);
  assert.deepEqual(a, b);
  const twins = fingerprints([{ ruleId: 'r', path: 'p.js', text: 'eval(x)' }, { ruleId: 'r', path: 'p.js', text: 'eval(x)' }]);
  assert.notEqual(twins[0], twins[1]);
  assert.match(a[0] ?? '', /^[0-9a-f]{16}$/);
});

test('secrets are redacted in text', () => {
  const out = redactText('key AKIAABCDEFGHIJKLMNOP and postgres://app:hunter2pass@db:5432/x and ghp_abcdefghijklmnopqrstuvwxyz012345');
  assert.ok(!out.includes('ABCDEFGHIJKLMNOP'));
  assert.ok(!out.includes('hunter2pass'));
  assert.ok(!out.includes('abcdefghijklmnopqrstuvwxyz012345'));
  assert.match(out, /postgres:\/\/app:\*\*\*\*@db/);
});

test('line index: LF, CRLF, CR and astral characters', () => {
  const idx = new LineIndex('a\r\nb\rc\n😀d');
  assert.equal(idx.lineCount, 4);
  assert.deepEqual(idx.position(3), { line: 1, character: 0 });
  assert.deepEqual(idx.position(5), { line: 2, character: 0 });
  assert.deepEqual(idx.position(9), { line: 3, character: 2 });
  assert.equal(idx.lineText(0), 'a');
});
