/** SARIF 2.1.0 output (placeholder until the SARIF formatter lands). */
import type { ScanReport } from '../report';

export function formatSarif(report: ScanReport): string {
  return JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: report.tool.name } }, results: [] }] });
}
