#!/usr/bin/env node
// Diagnostic probes for two performance problems found while benchmarking (see BENCHMARKS.md).
// Not part of `npm run bench`; needs `npm run compile` (out/).
//
//   node bench/probes.mjs [--sizes 25,50,100,200] [--budget 3000] [--repeat 3] [--pack DIR --no-builtin]
//
// 1. Rule scaling: for each file kind, synthetic files of growing length (same generators as the
//    corpus); each built-in rule runs alone (onlyRules) and its match time is recorded per size.
//    A rule whose time more than triples when the file doubles is flagged as super-linear.
// 2. Grammar loading: the same mixed-language file sequence analysed in a fresh process with
//    grammars loaded lazily (as the engine does) and with every grammar loaded before the first
//    parse; the difference is the cost of loading a grammar after parsing has begun.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Planter, Rand } from './lib/rng.mjs';
import * as code from './lib/gen-code.mjs';
import * as iac from './lib/gen-iac.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'out', 'server', 'src');
const require = createRequire(import.meta.url);
const { createEngine, defaultScanOptions } = require(join(out, 'host', 'scanner.js'));
const { detect } = require(join(out, 'core', 'languages', 'detect.js'));
const { allGrammars } = require(join(out, 'core', 'languages', 'registry.js'));

/** One synthetic file of about `lines` lines per kind; planting rate 0.2 so rules have work to do. */
const KINDS = {
  javascript: ['src/app.js', (r, p, n) => code.javascript(r, p, n)],
  typescript: ['src/app.ts', (r, p, n) => code.typescript(r, p, n)],
  python: ['app/service.py', (r, p, n) => code.python(r, p, n)],
  go: ['internal/svc/svc.go', (r, p, n) => code.go(r, p, n)],
  java: ['src/main/java/App.java', (r, p, n) => code.java(r, p, n, 'App')],
  shell: ['scripts/run.sh', (r, p, n) => code.shell(r, p, n)],
  dockerfile: ['images/api/Dockerfile', (r, p, n) => iac.dockerfile(r, p, n)],
  terraform: ['infra/main.tf', (r, p, n) => iac.terraform(r, p, n)],
  kubernetes: ['deploy/app.yaml', (r, p, n) => iac.kubernetes(r, p, n)],
  'github-actions': ['.github/workflows/ci.yml', (r, p, n) => iac.workflow(r, p, n)],
};

async function ruleScaling(sizes, budgetMs, setup) {
  const engine = createEngine(setup);
  const options = { ...defaultScanOptions(), analysisBudgetMs: budgetMs, clock: () => performance.now() };
  const rows = [];
  for (const [kind, [path, make]] of Object.entries(KINDS)) {
    const times = new Map();
    for (const size of sizes) {
      const r = new Rand(7);
      const text = make(r, new Planter(r, 0.2), size);
      const d = detect(path, text);
      // Warm-up: loads the grammar and compiles every query once, outside the timings.
      await engine.analyze({ path, text }, options);
      for (const rule of engine.applicableRules(path, text, d.language, d.flavours)) {
        const res = await engine.analyze({ path, text }, { ...options, onlyRules: new Set([rule.id]) });
        const t = times.get(rule.id) ?? [];
        t.push({ lines: text.split('\n').length, ms: res.stats.matchMs, timedOut: res.problems.some((x) => x.code === 'analysis-timeout') });
        times.set(rule.id, t);
      }
    }
    for (const [rule, t] of times) {
      const last = t.at(-1), prev = t.at(-2);
      const growth = prev && prev.ms > 0.5 ? last.ms / prev.ms : null;
      rows.push({ kind, rule, points: t, growth, flagged: last.timedOut || (growth !== null && growth > 3 && last.ms > 20) });
    }
  }
  engine.dispose();
  return rows;
}

/** Child: analyse one file of each kind in a fresh process, lazily or after preloading grammars. */
async function grammarChild(mode) {
  const started = performance.now();
  const engine = createEngine({ packDirs: [], useBuiltin: true });
  const options = { ...defaultScanOptions(), clock: () => performance.now() };
  let preloadMs = 0;
  if (mode === 'preload') {
    const t = performance.now();
    for (const g of allGrammars()) await engine.grammars.language(g).catch(() => undefined);
    preloadMs = performance.now() - t;
  }
  let analyzeMs = 0;
  for (const [path, make] of Object.values(KINDS)) {
    const r = new Rand(11);
    const text = make(r, new Planter(r, 0.05), 150);
    const t = performance.now();
    await engine.analyze({ path, text }, options);
    analyzeMs += performance.now() - t;
  }
  process.stdout.write(JSON.stringify({ mode, preloadMs, analyzeMs, totalMs: performance.now() - started }));
}

function grammarLoading(repeat) {
  const runs = { lazy: [], preload: [] };
  for (let i = 0; i < repeat; i++) {
    for (const mode of ['lazy', 'preload']) runs[mode].push(JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', mode], { encoding: 'utf8' })));
  }
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return Object.fromEntries(Object.entries(runs).map(([mode, list]) => [mode, { preloadMs: Math.round(med(list.map((x) => x.preloadMs))), analyzeMs: Math.round(med(list.map((x) => x.analyzeMs))), totalMs: Math.round(med(list.map((x) => x.totalMs))) }]));
}

const { values } = parseArgs({ options: { child: { type: 'string' }, sizes: { type: 'string' }, budget: { type: 'string' }, repeat: { type: 'string' }, json: { type: 'boolean' }, pack: { type: 'string', multiple: true }, 'no-builtin': { type: 'boolean' } } });
if (values.child) {
  await grammarChild(values.child);
} else {
  const sizes = (values.sizes ?? '25,50,100,200').split(',').map(Number);
  const scaling = await ruleScaling(sizes, Number(values.budget ?? 3000), { packDirs: values.pack ?? [], useBuiltin: !values['no-builtin'] });
  const loading = grammarLoading(Number(values.repeat ?? 3));
  if (values.json) {
    console.log(JSON.stringify({ sizes, scaling, loading }, null, 2));
  } else {
    console.log(`## Rule scaling (match time of one rule on one file; budget ${values.budget ?? 3000} ms)\n`);
    console.log('| kind | rule | ' + sizes.map((s) => `~${s} lines`).join(' | ') + ' | last/previous |');
    console.log('|---|---|' + sizes.map(() => '---|').join('') + '---|');
    const slowest = scaling.filter((x) => x.flagged || x.points.at(-1).ms > 20).sort((a, b) => b.points.at(-1).ms - a.points.at(-1).ms);
    for (const x of slowest) console.log(`| ${x.kind} | ${x.rule}${x.flagged ? ' **(super-linear)**' : ''} | ${x.points.map((p) => `${p.ms.toFixed(1)} ms${p.timedOut ? ' (timeout)' : ''}`).join(' | ')} | ${x.growth === null ? '–' : `${x.growth.toFixed(1)}x`} |`);
    console.log(`\n${scaling.length - slowest.length} other (rule, kind) pairs stayed under 20 ms at the largest size.\n`);
    console.log('## Grammar loading: one ~150-line file of each of 10 kinds, fresh process, median of runs\n');
    console.log('| grammars | preload ms | analyze ms (10 files) | process total ms |\n|---|---|---|---|');
    for (const [mode, v] of Object.entries(loading)) console.log(`| ${mode === 'lazy' ? 'loaded on first use (engine today)' : 'all loaded before the first parse'} | ${v.preloadMs} | ${v.analyzeMs} | ${v.totalMs} |`);
  }
}
