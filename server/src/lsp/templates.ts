/** URL templates for the dashboard and escalation actions: `{rule}`, `{path}`, `{line}`, `{fingerprint}`, `{band}`. */
import type { Finding } from '../core/model';

export function fillTemplate(template: string, f: Finding, extra: Record<string, string> = {}): string | undefined {
  if (!template) return undefined;
  const values: Record<string, string> = {
    rule: f.ruleId,
    path: f.path,
    line: String(f.location.startPos.line + 1),
    fingerprint: f.fingerprint,
    band: f.rank.band,
    score: f.rank.score.toFixed(1),
    ...extra,
  };
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? encodeURIComponent(values[key] ?? '') : whole));
}
