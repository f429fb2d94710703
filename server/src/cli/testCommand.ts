/** `guardline test [pack…]`: run every rule's annotated fixtures and fixed files; exit 1 on a miss or a noisy match. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import pc from 'picocolors';
import { Engine } from '../core/engine';
import { checkFixture, fixturePassed, type FixtureOutcome } from '../core/ruleTests';
import { RuleSet } from '../core/ruleSet';
import { nodeGrammars } from '../host/grammarFiles';
import { builtinPackDir } from '../host/install';
import { loadPackDir } from '../host/packFiles';
import { defaultScanOptions } from '../host/scanner';
import { oneOf, parse } from './args';

export const TEST_USAGE = `guardline test [pack folders…] [options]

Runs each rule's fixtures: <id>.test.<ext> annotated with ruleid:/ok:/todoruleid:/todook:
comments, and <id>.fixed.<ext> for the text after the preferred fix. Default: the built-in pack.

Options:
  --rule ID          test only this rule (repeatable)
  --format text|json output format (default: text)
`;

export interface RuleTestResult {
  ruleId: string;
  pack: string;
  passed: boolean;
  fixtures: FixtureOutcome[];
  errors: string[];
}

function fixtureFiles(dir: string, id: string): { test: string; fixed?: string }[] {
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir);
  return names
    .filter((n) => n.startsWith(`${id}.test.`))
    .sort()
    .map((n) => {
      const fixed = `${id}.fixed.${n.slice(`${id}.test.`.length)}`;
      return { test: join(dir, n), fixed: names.includes(fixed) ? join(dir, fixed) : undefined };
    });
}

export async function runPackTests(packDir: string, only?: Set<string>): Promise<{ results: RuleTestResult[]; packErrors: string[] }> {
  const pack = loadPackDir(packDir);
  const ruleSet = new RuleSet([pack]);
  const engine = new Engine(ruleSet, nodeGrammars());
  const packErrors = pack.problems.map((p) => `${p.file ?? packDir}${p.ruleId ? ` [${p.ruleId}]` : ''}: ${p.message}${p.hint ? ` (${p.hint})` : ''}`);
  const options = { ...defaultScanOptions(), environments: [], testPaths: [], clock: () => performance.now(), ignorePathFilters: true };
  const results: RuleTestResult[] = [];
  try {
    for (const rule of ruleSet.rules) {
      if (only && !only.has(rule.id)) continue;
      const res: RuleTestResult = { ruleId: rule.id, pack: pack.id, passed: true, fixtures: [], errors: [] };
      const dir = join(packDir, dirname(rule.file));
      const files = fixtureFiles(dir, rule.id);
      if (files.length === 0) res.errors.push(`no fixture: add ${rule.id}.test.<ext> next to ${basename(rule.file)}`);
      if (!/^https?:/.test(rule.guidance) && !pack.docs.has(rule.guidance)) res.errors.push(`no guidance doc: add ${rule.guidance}`);
      for (const f of files) {
        const text = readFileSync(f.test, 'utf8');
        const rel = `${dirname(rule.file) === '.' ? '' : dirname(rule.file) + '/'}${basename(f.test)}`;
        const analysis = await engine.analyze({ path: rel, text }, { ...options, onlyRules: new Set([rule.id]) });
        for (const p of analysis.problems) if (p.severity === 'error') res.errors.push(`${rel}: ${p.message}`);
        const outcome = checkFixture(rule.id, rel, text, analysis.findings, f.fixed ? readFileSync(f.fixed, 'utf8') : undefined);
        res.fixtures.push(outcome);
      }
      const positives = res.fixtures.reduce((n, o) => n + o.positives, 0);
      const negatives = res.fixtures.reduce((n, o) => n + o.negatives, 0);
      if (files.length && positives === 0) res.errors.push('no positive case: annotate a flagged line with ruleid:');
      if (files.length && negatives === 0) res.errors.push('no negative case: annotate a safe line with ok:');
      if (rule.fixes.length && files.length && !files.some((f) => f.fixed)) res.errors.push(`the rule has a fix but no ${rule.id}.fixed.<ext> file`);
      res.passed = res.errors.length === 0 && res.fixtures.every(fixturePassed);
      results.push(res);
    }
  } finally {
    engine.dispose();
  }
  return { results, packErrors };
}

function describe(r: RuleTestResult, c: ReturnType<typeof pc.createColors>): string[] {
  const lines: string[] = [];
  const pos = r.fixtures.reduce((n, o) => n + o.positives, 0);
  const neg = r.fixtures.reduce((n, o) => n + o.negatives, 0);
  lines.push(`${r.passed ? c.green('PASS') : c.red('FAIL')} ${r.ruleId} ${c.dim(`(${pos} positive, ${neg} negative)`)}`);
  for (const e of r.errors) lines.push(`     ${c.red('error')} ${e}`);
  for (const o of r.fixtures) {
    if (o.missed.length) lines.push(`     ${c.red('missed')} ${o.file} line ${o.missed.join(', ')}`);
    if (o.noisy.length) lines.push(`     ${c.red('noisy')}  ${o.file} line ${o.noisy.join(', ')}`);
    for (const g of o.knownGaps) lines.push(`     ${c.yellow('known gap')} ${o.file}:${g.line} ${g.kind}${g.resolved ? ' (now behaves correctly: drop the todo)' : ''}`);
    if (o.fixMismatch) lines.push(`     ${c.red('fix')} ${o.file}: the preferred fixes do not produce the .fixed file\n--- expected\n${o.fixMismatch.expected}\n--- actual\n${o.fixMismatch.actual}`);
  }
  return lines;
}

export async function testCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { rule: { type: 'string', multiple: true }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    process.stdout.write(TEST_USAGE);
    return 0;
  }
  const format = oneOf('format', values.format, ['text', 'json'] as const, 'text');
  const packs = positionals.length ? positionals.map((p) => resolve(p)) : [builtinPackDir()];
  const only = values.rule ? new Set(values.rule) : undefined;
  const all: RuleTestResult[] = [];
  const packErrors: string[] = [];
  for (const dir of packs) {
    const r = await runPackTests(dir, only);
    all.push(...r.results);
    packErrors.push(...r.packErrors);
  }
  const passed = all.filter((r) => r.passed).length;
  const failed = all.length - passed;
  if (format === 'json') process.stdout.write(JSON.stringify({ passed, failed, packErrors, results: all }, null, 2) + '\n');
  else {
    const c = pc.createColors(process.stdout.isTTY === true && !process.env.NO_COLOR);
    const out = all.flatMap((r) => (r.passed && r.fixtures.every((o) => o.knownGaps.length === 0) ? [`${c.green('PASS')} ${r.ruleId}`] : describe(r, c)));
    for (const e of packErrors) out.push(`${c.red('PACK ERROR')} ${e}`);
    const gaps = all.reduce((n, r) => n + r.fixtures.reduce((m, o) => m + o.knownGaps.length, 0), 0);
    out.push('', `rules: ${passed} passed, ${failed} failed${gaps ? `, ${gaps} known gap(s)` : ''}${packErrors.length ? `, ${packErrors.length} pack error(s)` : ''}`);
    process.stdout.write(out.join('\n') + '\n');
  }
  if (only && all.length === 0) {
    process.stderr.write(`guardline: no rule matches ${[...only].join(', ')}\n`);
    return 2;
  }
  return failed || packErrors.length ? 1 : 0;
}
