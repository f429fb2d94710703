/** Human output: findings grouped by band, most severe first, coloured on a terminal. */
import pc from 'picocolors';
import type { Band, Finding } from '../../core/model';
import { active, type ScanReport } from '../report';

type Paint = (s: string) => string;

type Colors = ReturnType<typeof pc.createColors>;

const BAND_COLOUR: Record<Band, (c: Colors) => Paint> = {
  critical: (c) => (s) => c.bold(c.red(s)),
  high: (c) => c.red,
  medium: (c) => c.yellow,
  low: (c) => c.cyan,
  info: (c) => c.dim,
};

export function byRank(a: Finding, b: Finding): number {
  return b.rank.score - a.rank.score || a.path.localeCompare(b.path) || a.location.start - b.location.start || a.ruleId.localeCompare(b.ruleId);
}

export function formatText(report: ScanReport, colour: boolean): string {
  const c = pc.createColors(colour);
  const out: string[] = [];
  const findings = active(report.findings).sort(byRank);
  const bands: Band[] = ['critical', 'high', 'medium', 'low', 'info'];
  for (const band of bands) {
    const group = findings.filter((f) => f.rank.band === band);
    if (group.length === 0) continue;
    const paint = BAND_COLOUR[band](c);
    out.push(paint(`${band.toUpperCase()} (${group.length})`));
    for (const f of group) {
      const where = `${f.path}:${f.location.startPos.line + 1}:${f.location.startPos.character + 1}`;
      const fix = f.fixes.length ? c.green(' [fix]') : '';
      out.push(`  ${paint(f.rank.score.toFixed(1).padStart(4))}  ${c.bold(where)}  ${c.dim(f.ruleId)}${fix}`);
      out.push(`        ${f.message}`);
    }
    out.push('');
  }
  const counts = bands.map((b) => [b, findings.filter((f) => f.rank.band === b).length] as const).filter(([, n]) => n > 0);
  const suppressed = report.findings.length - findings.length;
  const summary = findings.length
    ? `${findings.length} finding${findings.length === 1 ? '' : 's'} (${counts.map(([b, n]) => BAND_COLOUR[b](c)(`${n} ${b}`)).join(', ')})`
    : c.green('No findings');
  out.push(`${summary} in ${report.stats.files} file${report.stats.files === 1 ? '' : 's'} (${report.stats.lines} lines), ${(report.stats.ms / 1000).toFixed(2)} s${suppressed ? `; ${suppressed} suppressed` : ''}`);
  if (report.incomplete.length) {
    out.push(c.yellow(`${report.incomplete.length} file(s) only partly analysed (budget exceeded), not known to be clean:`));
    for (const p of report.incomplete) out.push(`  ${p}`);
  }
  const errors = report.problems.filter((p) => p.severity !== 'info');
  if (errors.length) {
    out.push(c.yellow(`${errors.length} problem(s):`));
    for (const p of errors) out.push(`  ${p.file ?? ''}${p.ruleId ? ` [${p.ruleId}]` : ''}: ${p.message}${p.hint ? c.dim(` (${p.hint})`) : ''}`);
  }
  if (report.skipped.length) out.push(c.dim(`${report.skipped.length} file(s) skipped (use --verbose to list them)`));
  return out.join('\n') + '\n';
}

export function formatSkipped(report: ScanReport): string {
  return report.skipped.map((s) => `skipped ${s.path}: ${s.reason}`).join('\n') + (report.skipped.length ? '\n' : '');
}

