/**
 * SARIF 2.1.0 output: valid against the OASIS schema (Ajv) and Microsoft's SARIF validator, and
 * carrying the right rules, regions, fixes and suppressions. CLI tests need `npm run build` first.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { formatSarif } from '../../server/src/cli/formatters/sarif';
import type { ScanReport } from '../../server/src/cli/report';
import type { Finding } from '../../server/src/core/model';
import { repoRoot, runCli } from '../helpers';

// The schema as shipped in @microsoft/sarif-multitool-linux 5.7.0 (see the README beside it). It
// declares JSON Schema 2020-12, so it needs Ajv's 2020 class; the draft-07 class cannot load it.
const SCHEMA = join(repoRoot, 'test', 'fixtures', 'sarif-schema', 'sarif-2.1.0.json');
const PACK = join(repoRoot, 'test', 'fixtures', 'sarif', 'pack');
/** A scan report with every field the formatter reads: two rules used and one not, a fix, a suppression, awkward paths, problems. */
const REPORT = join(repoRoot, 'test', 'fixtures', 'sarif', 'report.json');

const report = (): ScanReport => JSON.parse(readFileSync(REPORT, 'utf8')) as ScanReport;
const clone = <T>(v: T): T => structuredClone(v);
/** A plain finding of the report's `js-eval` rule, without fixes or suppression. */
const finding = (over: Partial<Finding> = {}): Finding => ({ ...report().findings.find((f) => f.fingerprint === 'fp-eval-1')!, fixes: [], ...over });

const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const validateSchema = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);

function schemaErrors(log: unknown): string[] {
  if (validateSchema(log)) return [];
  return (validateSchema.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** The platform's Microsoft SARIF multitool binary, or why there is none. */
function multitool(): { bin?: string; why?: string } {
  // The Linux package's Sarif.Multitool is an x86-64 executable.
  if (process.platform === 'linux' && process.arch !== 'x64') return { why: `Sarif.Multitool for Linux does not run on ${process.arch}` };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bin = require('@microsoft/sarif-multitool') as string;
    return existsSync(bin) ? { bin } : { why: `${bin} is missing` };
  } catch (err) {
    return { why: `no @microsoft/sarif-multitool package for ${process.platform}: ${(err as Error).message.split('\n')[0]}` };
  }
}

interface Verdict {
  errors: string[];
  warnings: string[];
}

/** Runs `Sarif.Multitool validate` on a log and reads its SARIF output (its exit code is 0 even when it finds errors). */
function multitoolVerdict(bin: string, log: unknown, dir: string): Verdict {
  const input = join(dir, 'input.sarif');
  const output = join(dir, 'validation.sarif');
  rmSync(output, { force: true });
  writeFileSync(input, typeof log === 'string' ? log : JSON.stringify(log, null, 2));
  // Invariant globalisation: the validator needs no culture data, and machines without libicu can run it.
  const r = spawnSync(bin, ['validate', input, '--output', output], { encoding: 'utf8', env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' }, timeout: 120_000 });
  const transcript = `${r.stdout}${r.stderr}${r.error ? String(r.error) : ''}`;
  assert.equal(r.status, 0, `the SARIF multitool failed to run:\n${transcript}`);
  assert.ok(existsSync(output), `the SARIF multitool wrote no ${output}:\n${transcript}`);
  const verdict = JSON.parse(readFileSync(output, 'utf8')) as Sarif.Log;
  const run = verdict.runs[0]!;
  const out: Verdict = { errors: [], warnings: [] };
  for (const res of run.results ?? []) {
    const rule = res.ruleIndex !== undefined ? run.tool.driver.rules?.[res.ruleIndex] : undefined;
    const level = res.level ?? rule?.defaultConfiguration?.level ?? 'warning';
    const line = `${res.ruleId} ${res.message.id ?? ''} ${(res.message.arguments ?? []).join(' | ')}`;
    if (level === 'error') out.errors.push(line);
    else if (level === 'warning') out.warnings.push(line);
  }
  for (const inv of run.invocations ?? []) {
    if (inv.executionSuccessful === false) out.errors.push(`validator execution failed:\n${transcript}`);
    for (const n of [...(inv.toolExecutionNotifications ?? []), ...(inv.toolConfigurationNotifications ?? [])]) {
      if (n.level === 'error') out.errors.push(`validator notification: ${n.message.text ?? ''}`);
    }
  }
  return out;
}

/** The validator's one remaining complaint: Guardline has no public home page to name as informationUri yet. */
const ACCEPTED_WARNINGS = [/^SARIF2005 Warning_ProvideToolnformationUri /];

function assertValid(log: unknown, dir: string): void {
  assert.deepEqual(schemaErrors(log), [], 'SARIF schema violations');
  const tool = multitool();
  if (!tool.bin) {
    // package-lock.json installs it on Linux x64 (CI's machine): there it must run; elsewhere Ajv alone checks.
    assert.ok(!(process.platform === 'linux' && process.arch === 'x64'), `the SARIF multitool must run here: ${tool.why}`);
    return;
  }
  const v = multitoolVerdict(tool.bin, log, dir);
  assert.deepEqual(v.errors, [], 'SARIF multitool errors');
  assert.deepEqual(v.warnings.filter((w) => !ACCEPTED_WARNINGS.some((a) => a.test(w))), [], 'unexpected SARIF multitool warnings');
}

const results = (log: Sarif.Log): Sarif.Result[] => log.runs[0]!.results ?? [];
const region = (r: Sarif.Result): Sarif.Region => r.locations![0]!.physicalLocation!.region!;

let work: string;
before(() => {
  work = mkdtempSync(join(tmpdir(), 'guardline sarif ü '));
});
after(() => rmSync(work, { recursive: true, force: true }));

describe('formatSarif', () => {
  test('is schema-valid and accepted by the SARIF multitool', () => {
    const dir = mkdtempSync(join(work, 'unit-'));
    assertValid(JSON.parse(formatSarif(report())), dir);
  });

  test('header: schema, version, driver, column kind, root base id', () => {
    const log = JSON.parse(formatSarif(report())) as Sarif.Log;
    assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    const run = log.runs[0]!;
    assert.deepEqual({ ...run.tool.driver, rules: undefined }, { name: 'Guardline', version: '1.2.3', semanticVersion: '1.2.3', rules: undefined });
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///home/dev/my%20w%C3%B6rk/' } });
  });

  test('describes exactly the rules that results use, and ruleIndex points at them', () => {
    const log = JSON.parse(formatSarif(report())) as Sarif.Log;
    const rules = log.runs[0]!.tool.driver.rules!;
    assert.deepEqual(rules.map((r) => r.id), ['acl-public', 'js-eval']);
    for (const r of results(log)) assert.equal(rules[r.ruleIndex!]!.id, r.ruleId);
    assert.deepEqual(results(log).map((r) => r.ruleIndex), [1, 1, 0]);
    const evalRule = rules[1]!;
    assert.equal(evalRule.name, 'JsEval');
    assert.equal(evalRule.shortDescription?.text, 'Dynamic code evaluation');
    assert.equal(evalRule.fullDescription?.text, 'Evaluating strings runs code.');
    assert.deepEqual(evalRule.help, { text: 'Use JSON.parse.', markdown: '# Eval\n\nUse `JSON.parse`.\n' });
    assert.equal(evalRule.helpUri, 'https://example.test/rules/js-eval');
    assert.deepEqual(evalRule.defaultConfiguration, { level: 'error' });
    assert.equal(rules[0]!.help?.markdown, 'Use a private ACL.', 'markdown falls back to the remediation');
    assert.deepEqual(rules[0]!.defaultConfiguration, { level: 'warning' });
  });

  test('rule properties: security-severity string, tags, precision, problem.severity', () => {
    const rules = (JSON.parse(formatSarif(report())) as Sarif.Log).runs[0]!.tool.driver.rules!;
    const p = rules[1]!.properties!;
    assert.equal(p['security-severity'], '7.2');
    assert.deepEqual(p.tags, ['security', 'vulnerability', 'injection', 'external/cwe/cwe-95', 'external/cwe/cwe-94']);
    assert.equal(p.precision, 'very-high');
    assert.equal(p['problem.severity'], 'error');
    const q = rules[0]!.properties!;
    assert.equal(q['security-severity'], '5.0', 'whole scores keep one decimal');
    assert.equal(q.precision, 'medium');
    assert.equal(q['problem.severity'], 'warning');
  });

  test('regions are 1-based, columns and offsets in UTF-16 code units', () => {
    const r = results(JSON.parse(formatSarif(report())) as Sarif.Log).find((x) => x.ruleId === 'js-eval' && !x.suppressions)!;
    assert.deepEqual(region(r), { startLine: 2, startColumn: 12, endLine: 3, endColumn: 3, charOffset: 20, charLength: 15, snippet: { text: 'eval(\n  x)' } });
    assert.equal(r.level, 'error');
    assert.deepEqual(r.message, { text: 'eval evaluates a string.' });
    assert.deepEqual(r.partialFingerprints, { 'guardline/v1': 'fp-eval-1' });
    assert.equal(r.properties?.['security-severity'], '7.2');
    assert.equal(r.properties?.band, 'high');
    assert.equal(r.properties?.kind, 'vulnerability');
    assert.equal((r.properties?.breakdown as unknown[]).length, 2);
  });

  test('fixes become replacements with the edit offsets; an empty edit text is a deletion', () => {
    const r = results(JSON.parse(formatSarif(report())) as Sarif.Log).find((x) => x.ruleId === 'js-eval' && !x.suppressions)!;
    assert.equal(r.fixes?.length, 2);
    const [first, second] = r.fixes;
    assert.equal(first!.description?.text, 'Parse as JSON');
    assert.equal(first!.properties?.preferred, true);
    assert.deepEqual(first!.artifactChanges, [
      {
        artifactLocation: { uri: 'src%20dir/%C3%BCn%C3%AF/app%20%C3%A9%231.js', uriBaseId: '%SRCROOT%' },
        replacements: [
          { deletedRegion: { charOffset: 20, charLength: 4 }, insertedContent: { text: 'JSON.parse' } },
          { deletedRegion: { charOffset: 40, charLength: 0 }, insertedContent: { text: ';' } },
        ],
      },
    ]);
    assert.equal(second!.properties?.preferred, false);
    assert.deepEqual(second!.artifactChanges[0]!.replacements, [{ deletedRegion: { charOffset: 20, charLength: 15 } }]);
  });

  test('suppressed findings stay in the log with an accepted in-source suppression', () => {
    const log = JSON.parse(formatSarif(report())) as Sarif.Log;
    const suppressed = results(log).filter((r) => r.suppressions);
    assert.equal(suppressed.length, 1);
    assert.deepEqual(suppressed[0]!.suppressions, [
      {
        kind: 'inSource',
        status: 'accepted',
        justification: 'input is a constant table key',
        location: { physicalLocation: { artifactLocation: { uri: 'src%20dir/%C3%BCn%C3%AF/app%20%C3%A9%231.js', uriBaseId: '%SRCROOT%' }, region: { startLine: 9 } } },
        properties: { until: '2030-01-01' },
      },
    ]);
    assert.equal(results(log).length, report().findings.length, 'every finding, suppressed or not, is a result');
  });

  test('secondary locations become related locations', () => {
    const acl = results(JSON.parse(formatSarif(report())) as Sarif.Log).find((r) => r.ruleId === 'acl-public')!;
    assert.deepEqual(acl.relatedLocations, [
      {
        id: 1,
        message: { text: 'The bucket.' },
        physicalLocation: { artifactLocation: { uri: 'main.tf', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 34, charOffset: 0, charLength: 33 } },
      },
    ]);
  });

  test('levels follow bands: critical/high error, medium warning, low/info note', () => {
    const bands = ['critical', 'high', 'medium', 'low', 'info'] as const;
    const base = report();
    const findings: Finding[] = bands.map((band, i) => finding({ fingerprint: `b${i}`, rank: { score: 9 - i * 2, band, breakdown: [] } }));
    const log = JSON.parse(formatSarif({ ...base, findings })) as Sarif.Log;
    const byFp = new Map(results(log).map((r) => [r.partialFingerprints!['guardline/v1'], r.level]));
    assert.deepEqual(bands.map((_, i) => byFp.get(`b${i}`)), ['error', 'error', 'warning', 'note', 'note']);
  });

  test('problems become notifications: pack problems as configuration, the rest as execution', () => {
    const inv = (JSON.parse(formatSarif(report())) as Sarif.Log).runs[0]!.invocations!;
    assert.equal(inv.length, 1);
    assert.equal(inv[0]!.executionSuccessful, true);
    assert.deepEqual(inv[0]!.toolConfigurationNotifications, [
      {
        level: 'error',
        message: { text: 'Bad field. Fix the rule.' },
        descriptor: { id: 'rule-invalid' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'file:///packs/x/bad.rule.yaml' } } }],
        properties: { ruleId: 'bad', field: 'match' },
      },
    ]);
    assert.deepEqual(inv[0]!.toolExecutionNotifications, [
      {
        level: 'warning',
        message: { text: 'Analysis stopped at the budget.' },
        descriptor: { id: 'analysis-timeout' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'big%20file.js', uriBaseId: '%SRCROOT%' } } }],
      },
      { level: 'note', message: { text: 'Syntax errors.' }, descriptor: { id: 'syntax-errors' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'lib/x.js', uriBaseId: '%SRCROOT%' } } }] },
    ]);
  });

  test('deterministic: input order does not change the output, and it carries no timing', () => {
    const a = report();
    const b: ScanReport = { ...clone(a), findings: [...a.findings].reverse(), problems: [...a.problems].reverse(), rules: [...a.rules].reverse(), stats: { ...a.stats, ms: 99999 } };
    assert.equal(formatSarif(b), formatSarif(a));
    assert.doesNotMatch(formatSarif(a), /TimeUtc|99999/);
  });

  test('a finding of a rule missing from the catalog still gets a descriptor', () => {
    const base = report();
    const log = JSON.parse(formatSarif({ ...base, findings: [finding({ ruleId: 'ghost-rule' })], rules: [] })) as Sarif.Log;
    assert.deepEqual(log.runs[0]!.tool.driver.rules, [{ id: 'ghost-rule', name: 'GhostRule' }]);
    assert.deepEqual(schemaErrors(log), []);
  });

  test('the Ajv check rejects broken logs', () => {
    const good = JSON.parse(formatSarif(report())) as Sarif.Log;
    const broken = [
      (l: Sarif.Log) => ((results(l)[0] as { level: string }).level = 'fatal'),
      (l: Sarif.Log) => (region(results(l)[0]!).startLine = 0),
      (l: Sarif.Log) => (results(l)[0]!.locations![0]!.physicalLocation!.artifactLocation!.uri = 'src dir/a b.js'),
    ];
    for (const breakIt of broken) {
      const log = clone(good);
      breakIt(log);
      assert.notDeepEqual(schemaErrors(log), [], `accepted ${breakIt.toString()}`);
    }
  });

  test('the SARIF multitool check rejects broken logs', (t) => {
    const tool = multitool();
    if (!tool.bin) return t.skip(tool.why);
    const dir = mkdtempSync(join(work, 'broken-'));
    const good = JSON.parse(formatSarif(report())) as Sarif.Log;
    const badIndex = clone(good);
    results(badIndex)[0]!.ruleIndex = 99;
    assert.match(multitoolVerdict(tool.bin, badIndex, dir).errors.join('\n'), /SARIF1009/);
    const badRoot = clone(good);
    badRoot.runs[0]!.originalUriBaseIds!['%SRCROOT%']!.uri = 'file:///home/dev/no-slash';
    assert.match(multitoolVerdict(tool.bin, badRoot, dir).errors.join('\n'), /SARIF1004/);
  });
});

describe('guardline scan --format sarif', () => {
  let ws: string;
  const appPath = 'src dir/ünï/app é.js';
  const appText = [
    'const input = process.argv[2];',
    'const s = "héllo 😀"; eval(input);',
    '// guardline-ignore sarif-eval: input is a fixed table key',
    'eval(input);',
    '',
  ].join('\n');

  before(() => {
    ws = mkdtempSync(join(work, 'ws '));
    mkdirSync(join(ws, 'src dir', 'ünï'), { recursive: true });
    writeFileSync(join(ws, appPath), appText);
    writeFileSync(join(ws, 'main.tf'), 'resource "aws_s3_bucket" "site" {\n  bucket = "my-site"\n  acl    = "public-read"\n}\n');
  });

  function scan(): Sarif.Log {
    const r = runCli(['scan', '.', '--no-builtin', '--pack', PACK, '--format', 'sarif', '--fail-on', 'never'], { cwd: ws });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout) as Sarif.Log;
  }

  test('a scan of a workspace with spaces and non-ASCII names is valid SARIF', () => {
    assertValid(scan(), mkdtempSync(join(work, 'cli-')));
  });

  test('regions, offsets and fixes match the file as JavaScript strings index it', () => {
    const log = scan();
    const evals = results(log).filter((r) => r.ruleId === 'sarif-eval');
    assert.equal(evals.length, 2);
    const lines = appText.split('\n');
    for (const r of evals) {
      const loc = r.locations![0]!.physicalLocation!;
      assert.equal(loc.artifactLocation!.uri, 'src%20dir/%C3%BCn%C3%AF/app%20%C3%A9.js');
      const g = loc.region!;
      assert.equal(appText.slice(g.charOffset, g.charOffset! + g.charLength!), 'eval(input)');
      assert.ok(lines[g.startLine! - 1]!.slice(g.startColumn! - 1).startsWith('eval(input)'));
      assert.equal(g.endColumn! - g.startColumn!, 'eval(input)'.length);
      const fixed = applyReplacements(appText, r.fixes![0]!.artifactChanges[0]!.replacements);
      assert.equal(fixed.slice(g.charOffset, g.charOffset! + 'JSON.parse(input)'.length), 'JSON.parse(input)');
    }
    assert.equal(region(evals[0]!).startLine, 2);
    assert.equal(region(evals[0]!).startColumn, 23, 'the emoji before it counts as two code units');
    assert.deepEqual(evals.map((r) => r.suppressions?.[0]?.justification), [undefined, 'input is a fixed table key']);

    const acl = results(log).find((r) => r.ruleId === 'sarif-public-acl')!;
    const tf = readFileSync(join(ws, 'main.tf'), 'utf8');
    assert.match(applyReplacements(tf, acl.fixes![0]!.artifactChanges[0]!.replacements), /acl {4}= "private"/);
    assert.equal(acl.level, 'error');
    const rules = log.runs[0]!.tool.driver.rules!;
    assert.equal(rules[acl.ruleIndex!]!.help?.markdown, '# Public bucket ACL\n\nUse `acl = "private"`.\n');
  });

  test('the scan of examples/ is valid SARIF whose results cover all eight languages and formats', () => {
    const r = runCli(['scan', 'examples', '--format', 'sarif', '--fail-on', 'never']);
    assert.equal(r.status, 0, r.stderr);
    const log = JSON.parse(r.stdout) as Sarif.Log;
    assertValid(log, mkdtempSync(join(work, 'examples-')));
    const uris = results(log).map((x) => decodeURIComponent(x.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? ''));
    const families: [string, RegExp][] = [
      ['JavaScript/TypeScript', /\.(js|ts)$/], ['Python', /\.py$/], ['Go', /\.go$/], ['Java', /\.java$/],
      ['Terraform', /\.tf$/], ['Kubernetes', /^deploy\/.*\.yaml$/], ['Dockerfile', /Dockerfile$/], ['GitHub Actions', /^\.github\/workflows\//],
    ];
    assert.deepEqual(families.filter(([, re]) => !uris.some((u) => re.test(u))).map(([n]) => n), []);
  });

  test('a scan of the built-in pack and its fixtures is valid SARIF', () => {
    const r = runCli(['scan', 'rules', '--format', 'sarif', '--fail-on', 'never']);
    assert.equal(r.status, 0, r.stderr);
    assertValid(JSON.parse(r.stdout), mkdtempSync(join(work, 'rules-')));
  });
});

/** Applies SARIF replacements (charOffset-based, against the original text) back to front. */
function applyReplacements(text: string, replacements: Sarif.Replacement[]): string {
  const sorted = [...replacements].sort((a, b) => b.deletedRegion.charOffset! - a.deletedRegion.charOffset!);
  for (const r of sorted) {
    const at = r.deletedRegion.charOffset!;
    text = text.slice(0, at) + (r.insertedContent?.text ?? '') + text.slice(at + r.deletedRegion.charLength!);
  }
  return text;
}
