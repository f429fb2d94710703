import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, packOf, ruleYaml } from './harness';

const pack = packOf({ ev: ruleYaml('ev', ['javascript', 'python', 'terraform', 'yaml', 'dockerfile'], 'query: |\n  (_) @target\nwhere:\n  - capture: target\n    equals: danger') });

async function run(path: string, text: string, today = '2026-11-22') {
  const r = await analyze(pack, path, text, { today });
  return {
    active: r.findings.filter((f) => f.ruleId === 'ev' && !f.suppressed).map((f) => f.location.startPos.line + 1),
    suppressed: r.findings.filter((f) => f.suppressed).map((f) => f.location.startPos.line + 1),
    meta: r.findings.filter((f) => f.kind === 'suppression').map((f) => `${f.ruleId}@${f.location.startPos.line + 1}`),
  };
}

test('same line and line before, with a reason', async () => {
  const r = await run('a.js', ['danger; // guardline-ignore ev: reviewed, input is constant', '// guardline-ignore ev: fixture data', 'danger;', 'danger;'].join('\n'));
  assert.deepEqual(r.suppressed, [1, 3]);
  assert.deepEqual(r.active, [4]);
  assert.deepEqual(r.meta, []);
});

test('each language uses its own comment syntax; strings do not suppress', async () => {
  assert.deepEqual((await run('a.py', 'danger  # guardline-ignore ev: ok here\n')).suppressed, [1]);
  assert.deepEqual((await run('a.tf', 'x = danger # guardline-ignore ev: ok here\n')).suppressed, [1]);
  assert.deepEqual((await run('a.js', '/* guardline-ignore ev: block comment */ danger;\n')).suppressed, [1]);
  assert.deepEqual((await run('Dockerfile', '# guardline-ignore ev: base image is internal\nFROM danger\n')).suppressed, [2]);
  const inString = await run('a.js', 'const s = "guardline-ignore ev: nope"; danger;\n');
  assert.deepEqual(inString.active, [1]);
});

test('a reason is required: without one nothing is suppressed and the comment is reported', async () => {
  const r = await run('a.js', '// guardline-ignore ev\ndanger;\n');
  assert.deepEqual(r.active, [2]);
  assert.deepEqual(r.meta, ['guardline-suppression-no-reason@1']);
});

test('expired suppressions stop suppressing and are reported; future ones work', async () => {
  const text = '// guardline-ignore ev: waiting for upstream until 2026-01-31\ndanger;\n';
  const expired = await run('a.js', text);
  assert.deepEqual(expired.active, [2]);
  assert.deepEqual(expired.meta, ['guardline-suppression-expired@1']);
  const valid = await run('a.js', text, '2026-01-15');
  assert.deepEqual(valid.suppressed, [2]);
  assert.deepEqual(valid.meta, []);
});

test('unused suppressions are reported with a removal fix', async () => {
  const text = 'ok();\n// guardline-ignore ev: no longer needed\nfine();\n';
  const r = await analyze(pack, 'a.js', text);
  const unused = r.findings.find((f) => f.ruleId === 'guardline-suppression-unused');
  assert.ok(unused);
  assert.equal(unused.location.startPos.line, 1);
  assert.deepEqual(unused.fixes[0]?.edits, [{ span: { start: 6, end: 6 + '// guardline-ignore ev: no longer needed\n'.length }, text: '' }]);
});

test('file-level form, several rule ids, stacked comments', async () => {
  const file = await run('a.js', '// guardline-ignore-file ev: generated fixtures\ndanger;\ndanger;\n');
  assert.deepEqual(file.suppressed, [2, 3]);
  const stacked = await run('a.js', '// guardline-ignore other-rule, ev: both reviewed\n// guardline-ignore ev: second reason\ndanger;\n');
  assert.deepEqual(stacked.suppressed, [3]);
  assert.ok(stacked.meta.every((m) => m.startsWith('guardline-suppression-unused')), 'one of the two is unused');
});
