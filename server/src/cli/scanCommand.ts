/** `guardline scan [paths…]`: scan files, print ranked findings, exit by threshold. */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { catalog } from '../core/catalog';
import type { Problem } from '../core/model';
import { atLeast } from '../core/ranking';
import { Engine } from '../core/engine';
import { RuleSet } from '../core/ruleSet';
import { nodeGrammars } from '../host/grammarFiles';
import { loadRepoConfig } from '../host/config';
import { docUri } from '../host/guidance';
import { builtinPackDir } from '../host/install';
import { loadPackDir } from '../host/packFiles';
import { defaultScanOptions, type ScanSetup } from '../host/scanner';
import { scanFiles } from '../host/scanPool';
import { walk } from '../host/workspace';
import { oneOf, parse, UsageError } from './args';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatSkipped, formatText } from './formatters/text';
import { Progress } from './progress';
import { active, type ScanReport } from './report';
import { toolInfo } from './tool';

export const SCAN_USAGE = `guardline scan [paths…] [options]

Scans files and folders (default: the current folder) and prints ranked findings.

Options:
  --format text|json|sarif   output format (default: text)
  --output FILE              write the report to FILE instead of standard output
  --fail-on BAND             exit 1 when a finding is at or above BAND:
                             critical, high, medium, low, info, or never (default: high)
  --pack DIR                 add a rule pack folder (repeatable)
  --no-builtin               do not use the built-in pack
  --exclude GLOB             skip paths matching GLOB (repeatable)
  --root DIR                 workspace root for relative paths and .guardline.yaml
                             (default: the folder when one folder is scanned, else .)
  --workers N                worker threads (default: one per core for large scans)
  --verbose                  list skipped files and informational problems
`;

const FORMATS = ['text', 'json', 'sarif'] as const;

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
const FAIL_ON = ['critical', 'high', 'medium', 'low', 'info', 'never'] as const;

export async function scanCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    format: { type: 'string' },
    output: { type: 'string' },
    'fail-on': { type: 'string' },
    pack: { type: 'string', multiple: true },
    'no-builtin': { type: 'boolean' },
    exclude: { type: 'string', multiple: true },
    root: { type: 'string' },
    workers: { type: 'string' },
    verbose: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(SCAN_USAGE);
    return 0;
  }
  const format = oneOf('format', values.format, FORMATS, 'text');
  const failOn = oneOf('fail-on', values['fail-on'], FAIL_ON, 'high');
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 1 || workers > 64)) throw new UsageError('--workers must be a whole number from 1 to 64');
  // One folder to scan is the workspace: paths are relative to it and its .guardline.yaml applies.
  const single = positionals.length === 1 && positionals[0] !== undefined && isDirectory(positionals[0]) ? positionals[0] : undefined;
  const root = resolve(values.root ?? single ?? '.');
  const missingPaths = positionals.filter((p) => !existsSync(p));
  if (missingPaths.length) throw new UsageError(`no such file or folder: ${missingPaths.join(', ')}`);
  const targets = values.root === undefined && single ? ['.'] : positionals.length ? positionals.map((p) => resolve(p)) : ['.'];
  const { config, problems: configProblems } = loadRepoConfig(root);
  if (configProblems.some((p) => p.severity === 'error')) {
    for (const p of configProblems) process.stderr.write(`guardline: ${p.file}: ${p.message}${p.hint ? ` (${p.hint})` : ''}\n`);
    return 2;
  }
  const packDirs = [...(config.packs ?? []).map((p) => resolve(root, p)), ...(values.pack ?? []).map((p) => resolve(p))];
  const useBuiltin = !values['no-builtin'] && config.builtinPack;
  const options = defaultScanOptions();
  if (config.environments) options.environments = config.environments;
  if (config.maxFileBytes) options.maxFileBytes = config.maxFileBytes;
  const setup: ScanSetup = { packDirs, useBuiltin, options };

  const ruleSet = new RuleSet([...(useBuiltin ? [builtinPackDir()] : []), ...packDirs].map(loadPackDir));
  const packErrors = ruleSet.problems.filter((p) => p.severity === 'error');
  if (ruleSet.rules.length === 0) {
    for (const p of packErrors) process.stderr.write(`guardline: ${p.file ?? ''}: ${p.message}${p.hint ? ` (${p.hint})` : ''}\n`);
    process.stderr.write('guardline: no valid rules to run\n');
    return 2;
  }
  const started = performance.now();
  const walked = walk(targets, { root, exclude: [...config.exclude, ...(values.exclude ?? [])], maxFileBytes: options.maxFileBytes });
  const progress = new Progress('Scanning');
  const engine = new Engine(ruleSet, nodeGrammars());
  const { results } = await scanFiles(walked.files, setup, { workers, engine, onProgress: (d, t, p) => progress.update(d, t, p) });
  engine.dispose();
  progress.done();
  const problems: Problem[] = [...ruleSet.problems, ...results.flatMap((r) => r.problems)];
  const report: ScanReport = {
    tool: toolInfo(),
    root,
    findings: results.flatMap((r) => r.findings),
    problems: values.verbose || format !== 'text' ? problems : problems.filter((p) => p.severity !== 'info'),
    skipped: walked.skipped,
    incomplete: results.filter((r) => r.incomplete).map((r) => r.path),
    rules: catalog(ruleSet, docUri),
    stats: { files: walked.files.length, parsed: results.filter((r) => r.stats.parsed).length, lines: results.reduce((n, r) => n + r.stats.lines, 0), ms: performance.now() - started },
  };
  const rendered = format === 'json' ? formatJson(report) : format === 'sarif' ? formatSarif(report) : formatText(report, !values.output && process.stdout.isTTY === true && !process.env.NO_COLOR);
  if (values.output) {
    try {
      writeFileSync(values.output, rendered);
    } catch (err) {
      throw new UsageError(`cannot write ${values.output}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    }
    if (format !== 'text') process.stderr.write(`guardline: wrote ${active(report.findings).length} finding(s) to ${values.output}\n`);
  } else process.stdout.write(rendered);
  if (values.verbose) process.stderr.write(formatSkipped(report));
  if (failOn === 'never') return 0;
  return active(report.findings).some((f) => atLeast(f.rank.band, failOn)) ? 1 : 0;
}
