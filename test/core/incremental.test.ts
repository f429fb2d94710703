import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_OPTIONS, Engine } from '../../server/src/core/engine';
import { DocumentTree } from '../../server/src/core/parsing/documentTree';
import { RuleSet } from '../../server/src/core/ruleSet';
import { LineIndex } from '../../server/src/core/text';
import { grammars, packOf, ruleYaml } from './harness';

const pack = packOf({ ev: ruleYaml('ev', ['javascript'], 'query: |\n  (call_expression function: (identifier) @fn (#eq? @fn "eval")) @target') });

test('incremental re-parsing after edits gives the same findings as a full parse', async () => {
  const engine = new Engine(new RuleSet([pack]), grammars());
  const opts = { ...DEFAULT_OPTIONS, environments: [], testPaths: [], today: '2026-11-22', clock: () => performance.now() };
  const kept = new DocumentTree();
  let text = 'function f(a) {\n  return eval(a);\n}\n'.repeat(50);
  await engine.analyze({ path: 'a.js', text }, opts, kept);
  let seed = 7;
  const rand = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
  const inserts = ['eval(x);\n', ' ', '\n', '/* 😀 */', 'e', '(', ')', 'val(y)'];
  for (let i = 0; i < 120; i++) {
    const start = rand(text.length + 1);
    const end = Math.min(text.length, start + rand(6));
    const insert = inserts[rand(inserts.length)] ?? '';
    const lines = new LineIndex(text);
    kept.edit({ start, oldEnd: end, startPos: lines.position(start), oldEndPos: lines.position(end), text: insert });
    text = text.slice(0, start) + insert + text.slice(end);
    const incremental = await engine.analyze({ path: 'a.js', text }, opts, kept);
    const full = await engine.analyze({ path: 'a.js', text }, opts);
    assert.deepEqual(incremental.findings.map((f) => f.location), full.findings.map((f) => f.location), `edit ${i}`);
  }
  kept.dispose();
  engine.dispose();
});
