/** Machine output: the whole report as stable, sorted JSON (findings by rank, rules by id). */
import { byRank } from './text';
import type { ScanReport } from '../report';

export const JSON_FORMAT_VERSION = 1;

export function formatJson(report: ScanReport): string {
  const findings = [...report.findings].sort(byRank);
  const usedRules = new Set(findings.map((f) => f.ruleId));
  return (
    JSON.stringify(
      {
        version: JSON_FORMAT_VERSION,
        tool: report.tool,
        stats: report.stats,
        findings,
        problems: report.problems,
        incomplete: report.incomplete,
        skipped: report.skipped,
        rules: report.rules.filter((r) => usedRules.has(r.id)).map(({ doc: _doc, ...r }) => r),
      },
      null,
      2,
    ) + '\n'
  );
}
