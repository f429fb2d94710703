#!/usr/bin/env node
// web-tree-sitter stress test: parses one large JavaScript file again and again with a given
// web-tree-sitter build and reports, per iteration, time and memory, or how it failed.
//
//   node bench/stress-wts.mjs [--iterations 8] [--file node_modules/typescript/lib/typescript.js]
//                             [--wts node_modules/web-tree-sitter] [--wts /tmp/wts27/node_modules/web-tree-sitter]
//
// Two loops run, each in a fresh child process per web-tree-sitter build:
//   engine: what Guardline does, plus more: full parse, three one-character edits each followed by
//           an incremental reparse, a TreeCursor walk of every node (cursor deleted), a query over
//           the whole tree; every tree, cursor and query deleted.
//   repro:  the loop that crashed 0.27.1 in research (grammars.md §7): parse, rootNode.toString(),
//           a TreeCursor walk whose cursor is never deleted, tree.delete().
// A child that exits early, throws or is killed counts as a failure; its last lines are kept.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..');
const GRAMMAR = join(repo, 'node_modules', 'tree-sitter-javascript', 'tree-sitter-javascript.wasm');
const QUERY = '(call_expression function: (identifier) @fn arguments: (arguments . (_) @arg)) @call';

function peakRssMB() {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : null;
}

/** Row/column of a UTF-16 index, as tree-sitter's Point (column in bytes; ASCII here). */
function pointAt(text, index) {
  let row = 0, lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: index - lineStart };
}

function walkAll(cursor) {
  let nodes = 1;
  for (;;) {
    if (cursor.gotoFirstChild()) {
      nodes++;
      continue;
    }
    while (!cursor.gotoNextSibling()) if (!cursor.gotoParent()) return nodes;
    nodes++;
  }
}

async function child({ wts, mode, iterations, file }) {
  const mod = await import(pathToFileURL(join(wts, 'web-tree-sitter.js')).href);
  const version = JSON.parse(readFileSync(join(wts, 'package.json'), 'utf8')).version;
  await mod.Parser.init();
  const language = await mod.Language.load(readFileSync(GRAMMAR));
  const parser = new mod.Parser();
  parser.setLanguage(language);
  const query = new mod.Query(language, QUERY);
  let text = readFileSync(file, 'utf8');
  const emit = (o) => process.stdout.write(JSON.stringify({ version, mode, ...o }) + '\n');
  emit({ event: 'start', bytes: Buffer.byteLength(text), rssMB: Math.round(process.memoryUsage().rss / 1048576) });
  for (let i = 1; i <= iterations; i++) {
    const row = { event: 'iteration', iteration: i };
    let t = performance.now();
    let tree = parser.parse(text);
    row.parseMs = Math.round(performance.now() - t);
    if (mode === 'engine') {
      row.editMs = [];
      for (const frac of [0.25, 0.5, 0.75]) {
        // Flip the first letter of a function name: same length, still valid JavaScript.
        const at = text.indexOf('function ', Math.floor(text.length * frac)) + 'function '.length;
        const ch = text[at] === 'Z' ? 'Y' : 'Z';
        const edited = text.slice(0, at) + ch + text.slice(at + 1);
        const p = pointAt(text, at), q = { row: p.row, column: p.column + 1 };
        t = performance.now();
        tree.edit({ startIndex: at, oldEndIndex: at + 1, newEndIndex: at + 1, startPosition: p, oldEndPosition: q, newEndPosition: q });
        const next = parser.parse(edited, tree);
        row.editMs.push(Math.round((performance.now() - t) * 10) / 10);
        tree.delete();
        tree = next;
        text = edited;
      }
      t = performance.now();
      const cursor = tree.walk();
      row.nodes = walkAll(cursor);
      cursor.delete();
      row.walkMs = Math.round(performance.now() - t);
      t = performance.now();
      row.matches = query.matches(tree.rootNode).length;
      row.queryMs = Math.round(performance.now() - t);
    } else {
      t = performance.now();
      row.sexpChars = tree.rootNode.toString().length;
      row.toStringMs = Math.round(performance.now() - t);
      t = performance.now();
      row.nodes = walkAll(tree.walk()); // cursor deliberately not deleted
      row.walkMs = Math.round(performance.now() - t);
    }
    tree.delete();
    row.rssMB = Math.round(process.memoryUsage().rss / 1048576);
    emit(row);
  }
  query.delete();
  parser.delete();
  emit({ event: 'done', peakRssMB: peakRssMB() });
}

/** Runs one (build, loop) pair in a child process and summarises it. */
export function runStress({ wts, mode, iterations, file, timeoutMs = 300_000 }) {
  const started = performance.now();
  const res = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', '--wts', wts, '--mode', mode, '--iterations', String(iterations), '--file', file], { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  const rows = res.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
  const its = rows.filter((r) => r.event === 'iteration');
  const done = rows.find((r) => r.event === 'done');
  const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] : null);
  const version = rows[0]?.version ?? JSON.parse(readFileSync(join(wts, 'package.json'), 'utf8')).version;
  return {
    version,
    mode,
    ok: res.status === 0 && done !== undefined && its.length === iterations,
    completed: its.length,
    iterations,
    exit: res.signal ? `signal ${res.signal}` : `code ${res.status}`,
    error: res.status === 0 ? undefined : (res.stderr || '').trim().split('\n').filter((l) => /Error|error|abort|memory/i.test(l)).slice(0, 3).join(' | ') || (res.stderr || '').trim().split('\n').slice(-2).join(' | '),
    wallS: Math.round((performance.now() - started) / 100) / 10,
    parseMsMedian: median(its.map((r) => r.parseMs)),
    editMsMedian: mode === 'engine' ? median(its.flatMap((r) => r.editMs)) : undefined,
    walkMsMedian: median(its.map((r) => r.walkMs)),
    queryMsMedian: mode === 'engine' ? median(its.map((r) => r.queryMs)) : undefined,
    toStringMsMedian: mode === 'repro' ? median(its.map((r) => r.toStringMs)) : undefined,
    nodes: its[0]?.nodes,
    matches: its[0]?.matches,
    rssMBLast: its.at(-1)?.rssMB,
    peakRssMB: done?.peakRssMB,
  };
}

export function stressTable(results) {
  const lines = ['| web-tree-sitter | loop | result | iterations | parse (median) | 1-char reparse (median) | walk | query / toString | RSS after last | peak RSS |', '|---|---|---|---|---|---|---|---|---|---|'];
  for (const r of results) {
    const last = r.mode === 'engine' ? (r.queryMsMedian == null ? '–' : `${r.queryMsMedian} ms query`) : r.toStringMsMedian == null ? '–' : `${r.toStringMsMedian} ms toString`;
    lines.push(`| ${r.version} | ${r.mode} | ${r.ok ? 'ok' : `**failed** (${r.exit}${r.error ? `: ${r.error.slice(0, 120)}` : ''})`} | ${r.completed}/${r.iterations} | ${r.parseMsMedian ?? '–'} ms | ${r.editMsMedian ?? '–'}${r.editMsMedian == null ? '' : ' ms'} | ${r.walkMsMedian ?? '–'} ms | ${last} | ${r.rssMBLast ?? '–'} MB | ${r.peakRssMB ?? '–'} MB |`);
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { child: { type: 'boolean' }, wts: { type: 'string', multiple: true }, mode: { type: 'string' }, iterations: { type: 'string' }, file: { type: 'string' }, json: { type: 'boolean' } } });
  const iterations = Number(values.iterations ?? 8);
  const file = resolve(values.file ?? join(repo, 'node_modules', 'typescript', 'lib', 'typescript.js'));
  if (values.child) {
    await child({ wts: values.wts[0], mode: values.mode, iterations, file });
  } else {
    const builds = values.wts ?? [join(repo, 'node_modules', 'web-tree-sitter')];
    const results = [];
    for (const wts of builds) for (const mode of ['engine', 'repro']) {
      const r = runStress({ wts: resolve(wts), mode, iterations, file });
      results.push(r);
      console.error(`${r.version} ${mode}: ${r.ok ? 'ok' : 'FAILED'} ${r.completed}/${iterations} in ${r.wallS} s`);
    }
    console.log(values.json ? JSON.stringify(results, null, 2) : stressTable(results));
  }
}
