/**
 * The built-in pack: every rule passes its fixtures, has at least two positives and two
 * negatives, a guidance doc with the four sections, complete metadata, and the pack meets the
 * per-language minimums.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { RuleInfo } from '../../server/src/core/catalog';
import type { RuleTestResult } from '../../server/src/cli/testCommand';
import { repoRoot, runCli } from '../helpers';

const tested = runCli(['test', '--format', 'json']);
const report = JSON.parse(tested.stdout || '{}') as { passed: number; failed: number; packErrors: string[]; results: RuleTestResult[] };
const rules = JSON.parse(runCli(['rules', '--format', 'json']).stdout || '[]') as RuleInfo[];

test('guardline test passes for the whole built-in pack', () => {
  const failing = report.results.filter((r) => !r.passed).map((r) => `${r.ruleId}: ${JSON.stringify({ errors: r.errors, fixtures: r.fixtures.map((f) => ({ missed: f.missed, noisy: f.noisy, fix: Boolean(f.fixMismatch) })) })}`);
  assert.deepEqual(failing, []);
  assert.deepEqual(report.packErrors, []);
  assert.equal(tested.status, 0, tested.stderr);
});

test('every rule has at least two positive and two negative cases', () => {
  const thin = report.results
    .map((r) => [r.ruleId, r.fixtures.reduce((n, f) => n + f.positives, 0), r.fixtures.reduce((n, f) => n + f.negatives, 0)] as const)
    .filter(([, p, n]) => p < 2 || n < 2);
  assert.deepEqual(thin, []);
});

test('every rule has complete metadata and a guidance doc with what, why, how to fix and an example', () => {
  const problems: string[] = [];
  for (const r of rules) {
    if (r.cwe.length === 0) problems.push(`${r.id}: no CWE`);
    if (!r.doc) problems.push(`${r.id}: no guidance doc`);
    else {
      for (const section of [/what/i, /why/i, /how to fix/i, /secure example|example/i]) if (!section.test(r.doc)) problems.push(`${r.id}: doc lacks ${section}`);
      if (!r.doc.includes('```')) problems.push(`${r.id}: doc has no code example`);
    }
    if (r.rationale.length < 20 || r.remediation.length < 20) problems.push(`${r.id}: rationale/remediation too short`);
  }
  assert.deepEqual(problems, []);
});

test('the pack meets its minimums: 40 rules, 4 per language family, fixes on a share of them', () => {
  const count = (pred: (r: RuleInfo) => boolean): number => rules.filter(pred).length;
  const families: [string, (r: RuleInfo) => boolean][] = [
    ['JavaScript/TypeScript', (r) => r.languages.some((l) => ['javascript', 'typescript', 'tsx'].includes(l)) && r.kind !== 'secret'],
    ['Python', (r) => r.languages.includes('python') && r.kind !== 'secret'],
    ['Go', (r) => r.languages.includes('go') && r.kind !== 'secret'],
    ['Java', (r) => r.languages.includes('java') && r.kind !== 'secret'],
    ['Terraform AWS', (r) => r.languages.includes('terraform') && r.id.startsWith('tf-aws-')],
    ['Kubernetes', (r) => r.languages.includes('kubernetes')],
    ['Dockerfile', (r) => r.languages.includes('dockerfile') && r.kind !== 'secret'],
    ['GitHub Actions', (r) => r.languages.includes('github-actions')],
  ];
  const short = families.map(([name, pred]) => [name, count(pred)] as const).filter(([, n]) => n < 4);
  assert.deepEqual(short, []);
  assert.ok(rules.length >= 40, `${rules.length} rules`);
  assert.ok(count((r) => r.fixable) * 4 >= rules.length, 'at least a quarter of the rules have quick fixes');
});

test('rule ids match the docs catalogue in README-independent form (ids are unique and kebab-case)', () => {
  const ids = rules.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  assert.ok(readFileSync(join(repoRoot, 'rules', 'pack.yaml'), 'utf8').includes('guardline-builtin'));
});
