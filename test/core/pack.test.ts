import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, packOf, ruleYaml } from './harness';

const GOOD = ruleYaml('good', ['javascript'], 'query: |\n  (call_expression function: (identifier) @fn (#eq? @fn "eval")) @target');

test('schema errors name the file, rule id, field path and how to fix it', () => {
  const bad = GOOD.replace('id: good', 'id: bad').replace('impact: high', 'impact: huge').replace('kind: vulnerability', 'kind: vulnerability\ncolour: red');
  const pack = packOf({ good: GOOD, bad });
  assert.equal(pack.rules.length, 1, 'the valid rule still loads');
  const impact = pack.problems.find((p) => p.field === 'impact');
  assert.ok(impact, JSON.stringify(pack.problems));
  assert.equal(impact.file, 'bad.rule.yaml');
  assert.equal(impact.ruleId, 'bad');
  assert.match(impact.hint ?? '', /critical.*high.*medium.*low/);
  const unknown = pack.problems.find((p) => p.hint?.includes('colour'));
  assert.ok(unknown, 'unknown keys are errors');
});

test('compile-time checks: RE2 regexes, captures, banned predicates, languages, fixes, ids', () => {
  const cases: [string, RegExp][] = [
    [GOOD.replace('(#eq? @fn "eval")) @target', '(#eq? @fn "eval")) @target\n  where:\n    - capture: fn\n      regex: "(?=x)"'), /RE2/],
    [GOOD.replace('(#eq? @fn "eval")) @target', '(#eq? @fn "eval")) @target\n  where:\n    - capture: nope\n      equals: x'), /@nope does not appear/],
    [GOOD.replace('(#eq? @fn "eval")', '(#match? @fn "ev.*")'), /#match\?/],
    [GOOD.replace('[javascript]', '[cobol]'), /unknown language/],
    [GOOD + '\nfix:\n  - title: x\n    replace: fn', /needs `with`/],
  ];
  for (const [text, pattern] of cases) {
    const pack = packOf({ good: text });
    assert.equal(pack.rules.length, 0, text);
    assert.ok(pack.problems.some((p) => pattern.test(p.message)), `${pattern}: ${pack.problems.map((p) => p.message).join('; ')}`);
    assert.ok(pack.problems.every((p) => p.file === 'good.rule.yaml' && p.ruleId === 'good' && p.field && p.hint));
  }
  const renamed = packOf({ other: GOOD });
  assert.match(renamed.problems[0]?.message ?? '', /does not match the file name/);
});

test('YAML syntax errors and a bad manifest are problems, not exceptions', () => {
  const pack = packOf({ good: GOOD, broken: 'id: [unclosed\n' }, 'name: Bad Name\nversion: one\n');
  assert.equal(pack.rules.length, 1);
  assert.ok(pack.problems.some((p) => p.file === 'broken.rule.yaml' && /YAML syntax/.test(p.message)));
  assert.ok(pack.problems.some((p) => p.file === 'pack.yaml' && p.field === 'version'));
});

test('a query that does not compile for a grammar is reported and the other rules still run', async () => {
  const wrong = ruleYaml('wrong', ['javascript'], 'query: |\n  (no_such_node) @target');
  const pack = packOf({ good: GOOD, wrong });
  const r = await analyze(pack, 'a.js', 'eval(x);');
  assert.deepEqual(r.findings.map((f) => f.ruleId), ['good']);
  assert.ok(r.problems.some((p) => p.code === 'query-invalid' && p.ruleId === 'wrong'));
});

test('prefilters are derived from #eq? predicates and skip parsing entirely', async () => {
  const pack = packOf({ good: GOOD });
  assert.deepEqual(pack.rules[0]?.prefilter, ['eval']);
  const r = await analyze(pack, 'a.js', 'const x = 1;');
  assert.equal(r.stats.parsed, false);
  const optional = packOf({ good: GOOD.replace('(#eq? @fn "eval")) @target', '(#eq? @fn "eval"))? @target') });
  assert.equal(optional.rules[0]?.prefilter, undefined, 'no prefilter when parts are optional');
});

test('include/exclude globs gate rules by path', async () => {
  const gated = GOOD.replace('match:', 'files:\n  include: ["src/**"]\n  exclude: ["**/*.spec.js"]\nmatch:');
  const pack = packOf({ good: gated });
  assert.equal((await analyze(pack, 'src/a.js', 'eval(x)')).findings.length, 1);
  assert.equal((await analyze(pack, 'lib/a.js', 'eval(x)')).findings.length, 0);
  assert.equal((await analyze(pack, 'src/a.spec.js', 'eval(x)')).findings.length, 0);
});

test('a relational query that does not compile is reported, not silently ignored', async () => {
  const rule = GOOD.replace('(#eq? @fn "eval")) @target', '(#eq? @fn "eval")) @target\n  where:\n    - notInside: { query: "(no_such_node_kind) @x" }');
  const r = await analyze(packOf({ good: rule }), 'a.js', 'function f() { eval(b); }');
  assert.ok(r.problems.some((p) => p.code === 'query-invalid' && p.ruleId === 'good' && /relational/.test(p.message)), JSON.stringify(r.problems));
});
