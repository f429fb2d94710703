#!/usr/bin/env node
// Guardline benchmark suite (`npm run bench`). See BENCHMARKS.md for what it measures and why.
//
//   node bench/run.mjs [--quick] [--runs N] [--no-build] [--no-stress] [--wts27 DIR] [--only NAME,NAME]
//
// 1. builds the CLI bundle (npm run build) and the tsc output (npm run compile) unless --no-build;
// 2. writes the synthetic corpus and copies the real one (bench/corpus/, gitignored);
// 3. cold scans, each in a new process, median of N runs (3; 1 with --quick): Guardline with its
//    built-in rules, Guardline with bench/guardline-pack, ast-grep with bench/ast-grep, each with
//    1 and 2 threads;
// 4. per-file analysis times in-process (bench/perfile.mjs);
// 5. the web-tree-sitter stress test (bench/stress-wts.mjs), also against 0.27.1 when installed
//    in /tmp/wts27 (npm i web-tree-sitter@0.27.1 --prefix /tmp/wts27) or given with --wts27.
// Results: bench/results/<timestamp>.json and bench/results/latest.md (gitignored).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus.mjs';
import { copyRealCorpus } from './real-corpus.mjs';
import { loadAverage, machineInfo, measure, median } from './lib/measure.mjs';
import { renderReport } from './lib/report.mjs';
import { runStress } from './stress-wts.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..');
const BIN = join(repo, 'bin', 'guardline.js');
const AST_GREP = join(repo, 'node_modules', '.bin', 'ast-grep');
const PACK = join(here, 'guardline-pack');
const SG_CONFIG = join(here, 'ast-grep', 'sgconfig.yml');
const RESULTS = join(here, 'results');

const { values: opts } = parseArgs({ options: { quick: { type: 'boolean' }, runs: { type: 'string' }, 'no-build': { type: 'boolean' }, 'no-stress': { type: 'boolean' }, wts27: { type: 'string' }, only: { type: 'string' } } });
const quick = Boolean(opts.quick);
const RUNS = Number(opts.runs ?? (quick ? 1 : 3));
const THREADS = [1, 2];
const log = (msg) => process.stderr.write(`${msg}\n`);

function npm(script) {
  log(`$ npm run ${script}`);
  const r = spawnSync('npm', ['run', script, '--silent'], { cwd: repo, stdio: ['ignore', 'inherit', 'inherit'] });
  return r.status === 0;
}

if (!opts['no-build']) {
  if (!npm('build')) throw new Error('npm run build failed');
  // tsc may report type errors from work in progress elsewhere; it still emits, which is all we need.
  if (!npm('compile')) log('npm run compile reported errors; continuing with whatever it emitted');
}
if (!existsSync(join(repo, 'out', 'server', 'src', 'host', 'scanner.js'))) throw new Error('out/ is missing: run npm run compile');
mkdirSync(RESULTS, { recursive: true });

// ---------------------------------------------------------------- corpora
log('writing corpora');
const gen = generateCorpus({ scale: quick ? 0.25 : 1, out: join(here, 'corpus', quick ? 'generated-quick' : 'generated') });
const real = copyRealCorpus();
const emptyDir = join(here, 'corpus', 'empty');
mkdirSync(emptyDir, { recursive: true });
const LABEL = { js: 'real JavaScript', ts: 'real TypeScript', python: 'real Python', go: 'real Go' };
let corpora = [
  { name: 'empty', title: 'empty folder (start-up cost)', dir: emptyDir, files: 0, lines: 0, bytes: 0 },
  { name: 'generated', title: `synthetic, 10 file kinds${quick ? ' (quick: scale 0.25)' : ''}`, dir: join(repo, gen.folder), ...gen.total, languages: gen.languages, planted: gen.planted },
  ...Object.entries(real.groups).map(([g, v]) => ({ name: `real-${g}`, title: `${LABEL[g]}: ${v.packages.map((p) => p.source).join('; ')}`, dir: join(here, 'corpus', 'real', g), files: v.files, lines: v.lines, bytes: v.bytes })),
];
if (opts.only) corpora = corpora.filter((c) => opts.only.split(',').includes(c.name));

// ---------------------------------------------------------------- rule sets
const listRules = (extra) => JSON.parse(execFileSync(process.execPath, [BIN, 'rules', '--format', 'json', ...extra], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
const builtinRules = listRules([]);
const ruleCounts = {
  'guardline-builtin': builtinRules.length,
  'guardline-bench': listRules(['--no-builtin', '--pack', PACK]).length,
  'ast-grep-bench': readdirSync(join(here, 'ast-grep', 'rules')).filter((f) => f.endsWith('.yml')).length,
};
const builtinByLanguage = {};
for (const rule of builtinRules) for (const lang of rule.languages) builtinByLanguage[lang] = (builtinByLanguage[lang] ?? 0) + 1;

// ---------------------------------------------------------------- cold scans
const CONFIGS = [
  { id: 'guardline-builtin', tool: 'Guardline', rules: 'built-in pack (rules/)', extra: [] },
  { id: 'guardline-bench', tool: 'Guardline', rules: 'bench pack (bench/guardline-pack)', extra: ['--no-builtin', '--pack', PACK] },
  { id: 'ast-grep-bench', tool: 'ast-grep', rules: 'bench rules (bench/ast-grep)' },
];

function command(config, threads, outFile) {
  if (config.tool === 'ast-grep') {
    return { cmd: AST_GREP, args: ['scan', '-j', String(threads), '--config', SG_CONFIG, '--no-ignore', 'hidden', '--no-ignore', 'vcs', '--no-ignore', 'parent', '--json=stream', '--inspect', 'summary', '.'], stdoutFile: outFile };
  }
  return { cmd: process.execPath, args: [BIN, 'scan', '.', '--format', 'json', '--fail-on', 'never', '--workers', String(threads), '--output', outFile, ...config.extra] };
}

/** Findings per rule id (ast-grep's per-language copies of a rule fold into one id) and files seen. */
function readOutput(config, outFile, stderr) {
  const byRule = {};
  const count = (id) => (byRule[id] = (byRule[id] ?? 0) + 1);
  if (config.tool === 'ast-grep') {
    for (const line of readFileSync(outFile, 'utf8').split('\n')) if (line.startsWith('{')) count(JSON.parse(line).ruleId.replace(/-(js|ts)$/, ''));
    const files = Number(/scannedFileCount=(\d+)/.exec(stderr)?.[1] ?? NaN);
    return { byRule, files, parsed: files };
  }
  const report = JSON.parse(readFileSync(outFile, 'utf8'));
  for (const f of report.findings) count(f.ruleId);
  return { byRule, files: report.stats.files, parsed: report.stats.parsed };
}

const scans = [];
const loadBefore = loadAverage();
for (const corpus of corpora) {
  log(`cold scans: ${corpus.name} (${corpus.files} files, ${corpus.lines} lines)`);
  const rows = CONFIGS.flatMap((config) => THREADS.map((threads) => ({ corpus: corpus.name, config: config.id, tool: config.tool, rules: config.rules, ruleCount: ruleCounts[config.id], threads, runs: [] })));
  for (let run = 0; run < RUNS; run++) {
    for (const row of rows) {
      const config = CONFIGS.find((c) => c.id === row.config);
      const outFile = join(RESULTS, `out-${row.config}-${row.threads}.json`);
      const { cmd, args, stdoutFile } = command(config, row.threads, outFile);
      const m = await measure(cmd, args, { cwd: corpus.dir, stdoutFile });
      const ok = config.tool === 'ast-grep' ? m.code === 0 || m.code === 1 : m.code === 0;
      if (!ok) throw new Error(`${row.config} -j${row.threads} on ${corpus.name} exited ${m.code}: ${m.stderr.slice(0, 500)}`);
      row.runs.push({ wallMs: Math.round(m.wallMs), cpuS: m.cpuS, rssMB: m.rssMB });
      Object.assign(row, readOutput(config, outFile, m.stderr));
    }
  }
  for (const row of rows) {
    row.wallMs = median(row.runs.map((r) => r.wallMs));
    row.wallMinMs = Math.min(...row.runs.map((r) => r.wallMs));
    row.wallMaxMs = Math.max(...row.runs.map((r) => r.wallMs));
    row.cpuS = median(row.runs.map((r) => r.cpuS));
    row.rssMB = median(row.runs.map((r) => r.rssMB));
    row.linesPerS = corpus.lines ? Math.round(corpus.lines / (row.wallMs / 1000)) : null;
    row.filesPerS = corpus.files ? Math.round(corpus.files / (row.wallMs / 1000)) : null;
    row.findings = Object.values(row.byRule).reduce((a, b) => a + b, 0);
    scans.push(row);
    log(`  ${row.config.padEnd(18)} x${row.threads}: ${(row.wallMs / 1000).toFixed(2)} s, ${row.rssMB} MB, ${row.findings} findings`);
  }
}

// Equivalent rule sets must agree with each other (and, on the synthetic corpus, with what was planted).
const agreement = corpora.filter((c) => c.name !== 'empty').map((c) => {
  const g = scans.find((s) => s.corpus === c.name && s.config === 'guardline-bench' && s.threads === 1)?.byRule ?? {};
  const a = scans.find((s) => s.corpus === c.name && s.config === 'ast-grep-bench' && s.threads === 1)?.byRule ?? {};
  const ids = [...new Set([...Object.keys(g), ...Object.keys(a), ...Object.keys(c.planted ?? {})])].sort();
  const rules = ids.map((id) => ({ id, guardline: g[id] ?? 0, astGrep: a[id] ?? 0, planted: c.planted ? c.planted[id] ?? 0 : undefined }));
  return { corpus: c.name, agree: rules.every((r) => r.guardline === r.astGrep && (r.planted === undefined || r.planted === r.guardline)), rules };
});

// ---------------------------------------------------------------- per-file analysis times
const perFile = [];
const PERFILE_MODES = [
  { id: 'builtin', label: 'built-in pack', args: [] },
  { id: 'bench', label: 'bench pack', args: ['--no-builtin', '--pack', PACK] },
  { id: 'bench-no-prefilter', label: 'bench pack, prefilter off', args: ['--no-builtin', '--pack', PACK, '--no-prefilter'] },
];
for (const corpus of corpora.filter((c) => c.name !== 'empty')) {
  for (const mode of PERFILE_MODES) {
    log(`per-file: ${corpus.name} / ${mode.id}`);
    try {
      const json = execFileSync(process.execPath, [join(here, 'perfile.mjs'), corpus.dir, ...mode.args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
      perFile.push({ corpus: corpus.name, mode: mode.id, label: mode.label, lines: corpus.lines, ...JSON.parse(json) });
    } catch (err) {
      // out/ can be stale or half-written while others compile; keep the rest of the run.
      log(`  failed: ${String(err.stderr || err.message).split('\n')[0]}`);
      perFile.push({ corpus: corpus.name, mode: mode.id, label: mode.label, error: String(err.stderr || err.message).split('\n')[0] });
    }
  }
}
const loadAfter = loadAverage();

// ---------------------------------------------------------------- web-tree-sitter stress
const stress = [];
if (!opts['no-stress']) {
  const iterations = quick ? 3 : 8;
  const builds = [join(repo, 'node_modules', 'web-tree-sitter')];
  const wts27 = opts.wts27 ?? '/tmp/wts27/node_modules/web-tree-sitter';
  if (existsSync(join(wts27, 'package.json'))) builds.push(wts27);
  else log(`no web-tree-sitter 0.27.1 at ${wts27}; stress-testing the pinned version only`);
  const file = join(repo, 'node_modules', 'typescript', 'lib', 'typescript.js');
  for (const wts of builds) for (const mode of ['engine', 'repro']) {
    log(`stress: ${wts} / ${mode} (${iterations} iterations)`);
    stress.push({ ...runStress({ wts, mode, iterations, file }), file: 'node_modules/typescript/lib/typescript.js', fileBytes: readFileSync(file).length });
  }
}

// ---------------------------------------------------------------- output
const machine = machineInfo(repo);
const results = { date: new Date().toISOString(), quick, runs: RUNS, machine, ruleCounts, builtinByLanguage, loadAverage: { before: loadBefore, after: loadAfter }, corpora, scans, agreement, perFile, stress };
const stamp = results.date.replace(/[:.]/g, '-');
writeFileSync(join(RESULTS, `${stamp}.json`), JSON.stringify(results, null, 2) + '\n');
const md = renderReport(results);
writeFileSync(join(RESULTS, 'latest.md'), md);
process.stdout.write(md);
log(`\nwrote bench/results/${stamp}.json and bench/results/latest.md`);
