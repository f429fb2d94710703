/** The result of a scan as every formatter sees it. */
import type { RuleInfo } from '../core/catalog';
import type { Finding, Problem } from '../core/model';
import type { Skipped } from '../host/workspace';

export interface ScanReport {
  tool: { name: string; version: string };
  /** Absolute path of the scan root. */
  root: string;
  findings: Finding[];
  problems: Problem[];
  skipped: Skipped[];
  /** Files whose analysis stopped at a budget: not known to be clean. */
  incomplete: string[];
  rules: RuleInfo[];
  stats: { files: number; parsed: number; lines: number; ms: number };
}

/** Findings that count: not suppressed. */
export function active(findings: Finding[]): Finding[] {
  return findings.filter((f) => !f.suppressed);
}
