import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, flagged, packOf, ruleYaml } from './harness';

const CALL = `query: |
  (call_expression function: (identifier) @fn arguments: (arguments . (_) @arg)) @target
where:`;

test('capture checks: in + literal:false flags only computed arguments', async () => {
  const rule = ruleYaml('r', ['javascript'], `${CALL}\n  - capture: fn\n    in: [eval]\n  - capture: arg\n    literal: false`);
  const src = ['eval(x);', 'eval("1+1");', 'eval(`a${b}`);', 'eval(`plain`);', 'eval("a" + "b");', 'eval("a" + b);', 'other(x);'].join('\n');
  assert.deepEqual(await flagged(rule, 'a.js', src), [1, 3, 6]);
});

test('capture checks: regex (RE2), notRegex, equals, notEquals, notIn, kind, notKind', async () => {
  const base = `query: |\n  (call_expression function: (identifier) @fn arguments: (arguments . (_) @arg)) @target\nwhere:\n`;
  const src = 'md5("x");\nsha1(y);\nsha256(z);\nmd5(1);\n';
  assert.deepEqual(await flagged(ruleYaml('a', ['javascript'], base + '  - capture: fn\n    regex: "^(md5|sha1)$"'), 'a.js', src), [1, 2, 4]);
  assert.deepEqual(await flagged(ruleYaml('b', ['javascript'], base + '  - capture: fn\n    regex: "^(md5|sha1)$"\n  - capture: arg\n    notRegex: "^[0-9]+$"'), 'a.js', src), [1, 2]);
  assert.deepEqual(await flagged(ruleYaml('c', ['javascript'], base + '  - capture: arg\n    equals: x'), 'a.js', src), [1]);
  assert.deepEqual(await flagged(ruleYaml('d', ['javascript'], base + '  - capture: fn\n    notEquals: md5'), 'a.js', src), [2, 3]);
  assert.deepEqual(await flagged(ruleYaml('e', ['javascript'], base + '  - capture: fn\n    notIn: [md5, sha1]'), 'a.js', src), [3]);
  assert.deepEqual(await flagged(ruleYaml('f', ['javascript'], base + '  - capture: arg\n    kind: [number]'), 'a.js', src), [4]);
  assert.deepEqual(await flagged(ruleYaml('g', ['javascript'], base + '  - capture: arg\n    notKind: [identifier]'), 'a.js', src), [1, 4]);
});

test('relational checks: inside, notInside, has, notHas', async () => {
  const q = `query: |\n  (call_expression function: (identifier) @fn (#eq? @fn "run")) @target\nwhere:\n`;
  const src = ['function a() { try { run(); } catch (e) {} }', 'function b() { run(); }', 'run();'].join('\n');
  assert.deepEqual(await flagged(ruleYaml('a', ['javascript'], q + '  - inside: { kind: [try_statement] }'), 'a.js', src), [1]);
  assert.deepEqual(await flagged(ruleYaml('b', ['javascript'], q + '  - notInside: { kind: [function_declaration] }'), 'a.js', src), [3]);
  assert.deepEqual(
    await flagged(ruleYaml('c', ['javascript'], q + '  - notInside:\n      query: "(function_declaration name: (identifier) @n) @f"\n      where: [{ capture: n, equals: a }]'), 'a.js', src),
    [2, 3],
  );
  const fq = `query: |\n  (function_declaration name: (identifier) @name) @target\nwhere:\n`;
  const fsrc = ['function a() { validate(x); save(x); }', 'function b() { save(x); }'].join('\n');
  assert.deepEqual(await flagged(ruleYaml('d', ['javascript'], fq + '  - notHas:\n      query: "(call_expression function: (identifier) @c (#eq? @c \\"validate\\")) @call"'), 'a.js', fsrc), [2]);
  assert.deepEqual(await flagged(ruleYaml('e', ['javascript'], fq + '  - has: { kind: [call_expression], regex: "^validate" }'), 'a.js', fsrc), [1]);
});

test('one rule runs on every listed language; python literal detection', async () => {
  const rule = ruleYaml('p', ['python'], `query: |\n  (call function: (identifier) @fn arguments: (argument_list . (_) @arg)) @target\nwhere:\n  - capture: fn\n    equals: eval\n  - capture: arg\n    literal: false`);
  assert.deepEqual(await flagged(rule, 'a.py', 'eval(x)\neval("1")\neval(f"{x}")\neval(f"plain")\neval("a" "b")\n'), [1, 3]);
});

test('messages interpolate captures; the target capture sets the range', async () => {
  const pack = packOf({ m: ruleYaml('m', ['javascript'], 'query: |\n  (call_expression function: (identifier) @fn (#eq? @fn "eval")) @call\ntarget: fn').replace('found it', '{{fn}} called here') });
  const r = await analyze(pack, 'x.js', '  eval(a);');
  assert.equal(r.findings[0]?.message, 'eval called here');
  assert.deepEqual([r.findings[0]?.location.start, r.findings[0]?.location.end], [2, 6]);
});

test('positions are UTF-16 offsets: astral characters and CRLF', async () => {
  const pack = packOf({ u: ruleYaml('u', ['javascript'], 'query: |\n  (call_expression function: (identifier) @fn (#eq? @fn "eval")) @target') });
  const text = 'const s = "😀😀";\r\nconst t = "é"; eval(s);\r\n';
  const r = await analyze(pack, 'x.js', text);
  const f = r.findings[0];
  assert.ok(f);
  assert.equal(text.slice(f.location.start, f.location.end), 'eval(s)');
  assert.deepEqual(f.location.startPos, { line: 1, character: 15 });
});

test('when two patterns match the same node, the more specific match (more captures) wins and keeps its fix', async () => {
  const rule = ruleYaml('ck', ['javascript'], 'query: |\n  (object (pair key: (property_identifier) @k (#eq? @k "secure") value: (false) @value)) @target\n  (object) @target', 'fix:\n  - title: secure\n    replace: value\n    with: "true"');
  const r = await analyze(packOf({ ck: rule }), 'a.js', 'const o = { secure: false };\nconst p = {};\n');
  const first = r.findings.find((f) => f.location.startPos.line === 0);
  assert.equal(first?.fixes[0]?.edits[0]?.text, 'true');
});
