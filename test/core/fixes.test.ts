import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits } from '../../server/src/core/fixes';
import { analyze, packOf, ruleYaml } from './harness';

async function fixed(fix: string, text: string, path = 'a.js'): Promise<string> {
  const rule = ruleYaml('fx', ['javascript', 'terraform'], 'query: |\n  (call_expression function: (identifier) @fn arguments: (arguments . (_) @arg) (#eq? @fn "md5")) @call', `fix:\n${fix.replace(/^/gm, '  ')}`);
  const pack = packOf({ fx: rule });
  assert.deepEqual(pack.problems, []);
  const r = await analyze(pack, path, text);
  return applyEdits(text, r.findings.flatMap((f) => f.fixes.find((x) => x.preferred)?.edits ?? []));
}

test('replace a capture, with interpolation', async () => {
  assert.equal(await fixed('- title: use sha256\n  replace: fn\n  with: sha256', 'a = md5(x);\nb = md5(y);\n'), 'a = sha256(x);\nb = sha256(y);\n');
  assert.equal(await fixed('- title: wrap\n  replace: arg\n  with: "String({{arg}})"', 'md5(x)'), 'md5(String(x))');
});

test('insert before and after, with the line indentation', async () => {
  assert.equal(await fixed('- title: note\n  insertBefore: call\n  text: "// reviewed\\n{{indent}}"', 'function f() {\n    md5(x);\n}\n'), 'function f() {\n    // reviewed\n    md5(x);\n}\n');
  assert.equal(await fixed('- title: after\n  insertAfter: arg\n  text: ", \'hex\'"', 'md5(x);'), "md5(x, 'hex');");
});

test('delete removes whole lines when the node is alone on them', async () => {
  assert.equal(await fixed('- title: drop\n  delete: call', 'a();\n  md5(x)\nb();\n'), 'a();\nb();\n');
  assert.equal(await fixed('- title: drop\n  delete: arg', 'md5(x);'), 'md5();');
});

test('only the first fix is preferred; titles interpolate', async () => {
  const pack = packOf({ fx: ruleYaml('fx', ['javascript'], 'query: |\n  (call_expression function: (identifier) @fn (#eq? @fn "md5")) @call', 'fix:\n  - title: replace {{fn}}\n    replace: fn\n    with: sha256\n  - title: second\n    delete: call') });
  const r = await analyze(pack, 'a.js', 'md5(x);');
  assert.deepEqual(r.findings[0]?.fixes.map((f) => [f.title, f.preferred]), [['replace md5', true], ['second', false]]);
});

test('applyEdits ignores overlapping edits instead of corrupting text', () => {
  assert.equal(applyEdits('abcdef', [{ span: { start: 1, end: 4 }, text: 'X' }, { span: { start: 2, end: 5 }, text: 'Y' }]), 'abYf');
});
