// Renders bench/run.mjs results as Markdown tables (bench/results/latest.md).
import { stressTable } from '../stress-wts.mjs';

const n = (x) => (x === null || x === undefined ? '–' : Number(x).toLocaleString('en-US'));
const s = (ms) => (ms === null || ms === undefined ? '–' : (ms / 1000).toFixed(2));
const mb = (bytes) => (bytes / 1e6).toFixed(1);

function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

export function renderReport(r) {
  const m = r.machine;
  const out = [];
  out.push(`# Guardline benchmark results (${r.date.slice(0, 10)})`, '');
  out.push(`${r.quick ? '**Quick run** (smaller synthetic corpus, one run per measurement, shorter stress loop). ' : ''}Cold scans: median of ${r.runs} run(s), each a new process.`, '');
  out.push(table(['machine', ''], [
    ['CPU', `${m.cpu}${m.cpuMHz ? ` (${Math.round(m.cpuMHz)} MHz)` : ''}, ${m.cores} cores`], ['RAM', `${m.ramGB} GB`], ['OS', m.os],
    ['Node', `${m.node} (V8 ${m.v8})`], ['Guardline', `${m.guardline} (git ${m.gitCommit}, ${m.gitDirtyFiles} uncommitted paths)`],
    ['web-tree-sitter', m.webTreeSitter], ['ast-grep', m.astGrep], ['peak RSS from', m.timeTool],
    ['load average', `${r.loadAverage.before.join(' / ')} before, ${r.loadAverage.after.join(' / ')} after the scans`],
  ]), '');

  out.push('## Corpora', '');
  out.push(table(['corpus', 'files', 'lines', 'MB', 'contents'], r.corpora.map((c) => [c.name, n(c.files), n(c.lines), mb(c.bytes), c.title])), '');
  const gen = r.corpora.find((c) => c.name === 'generated');
  if (gen?.languages) {
    out.push('Synthetic corpus by file kind:', '');
    out.push(table(['kind', 'files', 'lines', 'MB'], Object.entries(gen.languages).map(([k, v]) => [k, n(v.files), n(v.lines), mb(v.bytes)])), '');
  }

  if (r.builtinByLanguage) {
    out.push(`Built-in rules at the time of the run: ${r.ruleCounts['guardline-builtin']} (by language or flavour: ${Object.entries(r.builtinByLanguage).map(([k, v]) => `${k} ${v}`).join(', ')}). Bench pack: ${r.ruleCounts['guardline-bench']} rules; ast-grep: ${r.ruleCounts['ast-grep-bench']} rule files (the JavaScript rule is one file per language).`, '');
  }
  out.push('## Cold scans', '');
  out.push('Wall time is the median (min–max) over runs; CPU is user+sys; RSS is the peak of the whole process (worker threads included). Lines/s and files/s are over the whole corpus.', '');
  for (const c of r.corpora) {
    const rows = r.scans.filter((x) => x.corpus === c.name);
    out.push(`### ${c.name}`, '');
    out.push(table(['tool', 'rules', 'threads', 'wall s', 'CPU s', 'lines/s', 'files/s', 'peak RSS MB', 'files seen / parsed', 'findings'], rows.map((x) => [
      x.tool, `${x.rules}: ${n(x.ruleCount)}`, x.threads, `${s(x.wallMs)} (${s(x.wallMinMs)}–${s(x.wallMaxMs)})`, x.cpuS?.toFixed(2) ?? '–', n(x.linesPerS), n(x.filesPerS), n(x.rssMB),
      `${n(x.files)} / ${x.tool === 'ast-grep' ? 'all' : n(x.parsed)}`, n(x.findings),
    ])), '');
  }

  out.push('## Do the equivalent rule sets agree?', '');
  out.push(table(['corpus', 'agree', 'per rule: Guardline / ast-grep (/ planted)'], r.agreement.map((a) => [
    a.corpus, a.agree ? 'yes' : '**no**', a.rules.map((x) => `${x.id.replace(/^bench-/, '')} ${x.guardline}/${x.astGrep}${x.planted === undefined ? '' : `/${x.planted}`}`).join(', ') || 'no findings',
  ])), '');

  out.push('## Per-file analysis time (in-process, one thread)', '');
  out.push('Engine.analyze per file (text already read). "parsed" = files that passed the prefilter and were parsed. The first file of each grammar includes loading it and compiling its queries.', '');
  out.push(table(['corpus', 'rules', 'files / parsed', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'p95 parsed ms', 'total s', 'parse s', 'match s', 'parse MB/s', 'lines/s (1 thread, no start-up)'], r.perFile.map((p) => p.error ? [p.corpus, p.label, `failed: ${p.error}`, '', '', '', '', '', '', '', '', '', ''] : [
    p.corpus, p.label, `${n(p.all.files)} / ${n(p.parsed.files)}`, p.all.p50, p.all.p95, p.all.p99, p.all.max, p.parsed.p95, s(p.all.totalMs), s(p.parseMs), s(p.matchMs), p.parseMBps, n(Math.round(p.lines / (p.all.totalMs / 1000))),
  ])), '');
  const slow = r.perFile.filter((p) => p.mode === 'bench-no-prefilter' && !p.error);
  if (slow.length) {
    out.push('Slowest files (bench pack, prefilter off):', '');
    out.push(table(['corpus', 'file', 'ms', 'parse ms', 'match ms', 'kB'], slow.flatMap((p) => p.slowest.slice(0, 3).map((f) => [p.corpus, f.path, f.ms, f.parseMs, f.matchMs, f.kB]))), '');
    const gen = slow.find((p) => p.corpus === 'generated');
    if (gen) {
      out.push('By language (synthetic corpus, bench pack, prefilter off):', '');
      out.push(table(['language', 'files', 'p50 ms', 'p95 ms', 'max ms', 'parse s', 'match s', 'MB parsed'], Object.entries(gen.byLanguage).map(([k, v]) => [k, v.files, v.p50, v.p95, v.max, s(v.parseMs), s(v.matchMs), v.parsedMB])), '');
    }
  }

  if (r.stress.length) {
    out.push('## web-tree-sitter stress test', '');
    out.push(`File: ${r.stress[0].file} (${n(r.stress[0].fileBytes)} bytes), ${r.stress[0].iterations} iterations per loop, one child process per row. Loops are described in bench/stress-wts.mjs.`, '');
    out.push(stressTable(r.stress), '');
  }
  return out.join('\n') + '\n';
}
