#!/usr/bin/env node
// In-process per-file timing: walks a folder like `guardline scan` does, then times
// Engine.analyze for each file on one thread. Needs the tsc output (`npm run compile` -> out/).
// Adds nothing to the CLI.
//
//   node bench/perfile.mjs <folder> [--pack DIR]... [--no-builtin] [--no-prefilter] [--by-rule] [--top 5]
//
// --by-rule re-analyses each file once per applicable rule (onlyRules) and ranks rules by their
// total match time: a diagnostic for finding slow rules, not part of the regular run.
// --no-prefilter clears every rule's literal prefilter in this process only, so every file of a
// rule's language is parsed and queried: the engine's raw parse-and-match cost.
// Prints one JSON object: percentiles over all files and over the files that were parsed, the
// split between parse time and match time, a per-language breakdown and the slowest files.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', 'out', 'server', 'src', 'host');
const require = createRequire(import.meta.url);

export function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

function summarize(samples) {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const round = (x) => Math.round(x * 100) / 100;
  return { files: samples.length, p50: round(percentile(ms, 50)), p95: round(percentile(ms, 95)), p99: round(percentile(ms, 99)), max: round(ms.at(-1) ?? 0), totalMs: round(ms.reduce((a, b) => a + b, 0)) };
}

/** Total match time per rule, each rule run alone on every file it applies to. */
async function profileRules(engine, files, options) {
  const totals = new Map();
  for (const f of files) {
    const text = readFileSync(f.abs, 'utf8');
    const { detect } = require(join(outDir, '..', 'core', 'languages', 'detect.js'));
    const d = detect(f.rel, text);
    if (!d) continue;
    for (const rule of engine.applicableRules(f.rel, text, d.language, d.flavours)) {
      const r = await engine.analyze({ path: f.rel, text }, { ...options, onlyRules: new Set([rule.id]), clock: () => performance.now() });
      const t = totals.get(rule.id) ?? { rule: rule.id, files: 0, matchMs: 0, maxMs: 0, findings: 0 };
      t.files++;
      t.matchMs += r.stats.matchMs;
      t.maxMs = Math.max(t.maxMs, r.stats.matchMs);
      t.findings += r.findings.length;
      totals.set(rule.id, t);
    }
  }
  return [...totals.values()].sort((a, b) => b.matchMs - a.matchMs).slice(0, 15).map((t) => ({ ...t, matchMs: Math.round(t.matchMs), maxMs: Math.round(t.maxMs * 10) / 10 }));
}

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { pack: { type: 'string', multiple: true }, 'no-builtin': { type: 'boolean' }, 'no-prefilter': { type: 'boolean' }, 'by-rule': { type: 'boolean' }, top: { type: 'string' } } });
  const folder = resolve(positionals[0] ?? '.');
  const { createEngine, defaultScanOptions } = require(join(outDir, 'scanner.js'));
  const { walk } = require(join(outDir, 'workspace.js'));
  const setup = { packDirs: (values.pack ?? []).map((p) => resolve(p)), useBuiltin: !values['no-builtin'] };
  const options = defaultScanOptions();
  const engine = createEngine(setup);
  if (values['no-prefilter']) for (const rule of engine.ruleSet.rules) rule.prefilter = undefined;
  const walked = walk(['.'], { root: folder, exclude: [], maxFileBytes: options.maxFileBytes });

  const samples = [];
  for (const f of walked.files) {
    let text = readFileSync(f.abs, 'utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const started = performance.now();
    const result = await engine.analyze({ path: f.rel, text }, { ...options, clock: () => performance.now() });
    const ms = performance.now() - started;
    samples.push({ path: f.rel, language: result.language ?? 'none', bytes: Buffer.byteLength(text), ms, parsed: result.stats.parsed, parseMs: result.stats.parseMs, matchMs: result.stats.matchMs, findings: result.findings.length });
  }
  const byRule = values['by-rule'] ? await profileRules(engine, walked.files, options) : undefined;
  engine.dispose();

  const parsed = samples.filter((s) => s.parsed);
  const sum = (list, key) => Math.round(list.reduce((a, s) => a + s[key], 0));
  const byLanguage = {};
  for (const lang of [...new Set(samples.map((s) => s.language))].sort()) {
    const list = samples.filter((s) => s.language === lang);
    const p = list.filter((s) => s.parsed);
    byLanguage[lang] = { ...summarize(list), parsed: p.length, parsedP95: summarize(p).p95, parseMs: sum(p, 'parseMs'), matchMs: sum(p, 'matchMs'), parsedMB: Math.round(p.reduce((a, s) => a + s.bytes, 0) / 1e4) / 100 };
  }
  const parsedBytes = parsed.reduce((a, s) => a + s.bytes, 0);
  const parseMs = sum(parsed, 'parseMs');
  const report = {
    folder,
    rulesInForce: engine.ruleSet.rules.length,
    all: summarize(samples),
    parsed: summarize(parsed),
    parseMs,
    matchMs: sum(parsed, 'matchMs'),
    parseMBps: parseMs ? Math.round((parsedBytes / 1e6 / (parseMs / 1000)) * 100) / 100 : 0,
    findings: samples.reduce((a, s) => a + s.findings, 0),
    byLanguage,
    byRule,
    slowest: [...samples].sort((a, b) => b.ms - a.ms).slice(0, Number(values.top ?? 5)).map((s) => ({ path: s.path, ms: Math.round(s.ms * 10) / 10, parseMs: Math.round(s.parseMs * 10) / 10, matchMs: Math.round(s.matchMs * 10) / 10, kB: Math.round(s.bytes / 1024) })),
  };
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
