/** Hover on a finding: what, why, how to fix, the score breakdown, the pack, and links. */
import type { Hover, Position } from 'vscode-languageserver/node';
import type { RuleInfo } from '../core/catalog';
import type { AnalysisResult, Finding } from '../core/model';
import { toRange } from './convert';

function contains(f: Finding, pos: Position): boolean {
  const { startPos: s, endPos: e } = f.location;
  const afterStart = pos.line > s.line || (pos.line === s.line && pos.character >= s.character);
  const beforeEnd = pos.line < e.line || (pos.line === e.line && pos.character <= e.character);
  return afterStart && beforeEnd;
}

export function findingMarkdown(f: Finding, rule: RuleInfo | undefined, links: { dashboard?: string }): string {
  const lines = [`**${rule?.title ?? f.ruleId}** — ${f.rank.band} ${f.rank.score.toFixed(1)}`, '', f.message, ''];
  if (rule) {
    lines.push(`**Why:** ${rule.rationale}`, '', `**How to fix:** ${rule.remediation}`, '');
  }
  lines.push('**Why this rank:**', ...f.rank.breakdown.map((s) => `- ${s.detail} → ${s.score.toFixed(1)}`), '');
  if (f.suppressed) lines.push(`Suppressed: ${f.suppressed.reason}${f.suppressed.until ? ` (until ${f.suppressed.until})` : ''}`, '');
  const meta = [`\`${f.ruleId}\``, rule ? `${rule.packId}${rule.packVersion ? ` ${rule.packVersion}` : ''}` : f.packId, ...(rule?.cwe ?? [])];
  lines.push(meta.join(' · '));
  const linkParts: string[] = [];
  if (rule?.helpUri) linkParts.push(`[Guidance](${rule.helpUri})`);
  if (links.dashboard) linkParts.push(`[Risk dashboard](${links.dashboard})`);
  if (linkParts.length) lines.push('', linkParts.join(' · '));
  return lines.join('\n');
}

export function hoverFor(result: AnalysisResult | undefined, pos: Position, rules: Map<string, RuleInfo>, dashboard: (f: Finding) => string | undefined): Hover | null {
  const hits = (result?.findings ?? []).filter((f) => contains(f, pos)).sort((a, b) => b.rank.score - a.rank.score);
  if (hits.length === 0) return null;
  const first = hits[0];
  return {
    contents: { kind: 'markdown', value: hits.map((f) => findingMarkdown(f, rules.get(f.ruleId), { dashboard: dashboard(f) })).join('\n\n---\n\n') },
    range: first ? toRange(first.location) : undefined,
  };
}
