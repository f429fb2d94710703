import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_OPTIONS, Engine } from '../../server/src/core/engine';
import { DocumentTree } from '../../server/src/core/parsing/documentTree';
import { RuleSet } from '../../server/src/core/ruleSet';
import { LineIndex } from '../../server/src/core/text';
import { grammars, packOf, ruleYaml } from './harness';

const pack = packOf({
  ev: ruleYaml('ev', ['javascript'], 'query: |\n  (call_expression function: (identifier) @fn (#eq? @fn "eval")) @target', 'fix:\n  - title: parse\n    replace: fn\n    with: JSON.parse'),
  gated: ruleYaml('gated', ['javascript'], 'query: |\n  (call_expression function: (identifier) @fn) @target\n  where:\n    - capture: fn\n      regex: "^(val|eval)$"', 'prefilter: [xyz, "val("]'),
  file: ruleYaml('file', ['javascript'], 'query: |\n  (call_expression function: (identifier) @fn (#eq? @fn "run")) @target\n  where:\n    - inside: { kind: [program], regex: "import-shell" }'),
  rel: ruleYaml('rel', ['javascript'], 'query: |\n  (call_expression function: (identifier) @fn (#eq? @fn "val")) @target\n  where:\n    - notInside: { kind: [try_statement] }'),
});

test('incremental re-parsing after edits gives the same findings as a full parse', async () => {
  const engine = new Engine(new RuleSet([pack]), grammars());
  const opts = { ...DEFAULT_OPTIONS, environments: [], testPaths: [], today: '2026-11-22', clock: () => performance.now() };
  const kept = new DocumentTree();
  let text = 'function f(a) {\n  return eval(a);\n}\n'.repeat(40) + 'try { val(1); } catch {}\n// guardline-ignore ev: reviewed\neval(z);\n' + 'function g() { val(2); }\n'.repeat(10);
  await engine.analyze({ path: 'a.js', text }, opts, kept);
  let seed = 7;
  const rand = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
  const inserts = ['eval(x);\n', ' ', '\n', '/* 😀 */', 'e', '(', ')', 'val(y)', 'try {', '}', '// guardline-ignore ev: ok\n', '', 'xyz', 'x', 'yz', 'run(1);\n', '// import-shell\n', 'import-'];
  for (let i = 0; i < 300; i++) {
    const start = rand(text.length + 1);
    const end = Math.min(text.length, start + rand(6));
    const insert = inserts[rand(inserts.length)] ?? '';
    const lines = new LineIndex(text);
    kept.edit({ start, oldEnd: end, startPos: lines.position(start), oldEndPos: lines.position(end), text: insert });
    text = text.slice(0, start) + insert + text.slice(end);
    const incremental = await engine.analyze({ path: 'a.js', text }, opts, kept);
    const full = await engine.analyze({ path: 'a.js', text }, opts);
    const view = (r: typeof full) => r.findings.map((f) => [f.ruleId, f.location.start, f.location.end, f.fingerprint, f.suppressed?.reason, f.fixes.map((x) => x.edits)]);
    assert.deepEqual(view(incremental), view(full), `edit ${i}`);
  }
  kept.dispose();
  engine.dispose();
});
