/** Turns a rule match (target span + captures) into a finding: message, location, snippet, rank, fixes. */
import { buildFixes, interpolate, type Captures } from './fixes';
import type { Finding, Span } from './model';
import { rank, type RankContext } from './ranking';
import { maskValue, redactText } from './redact';
import type { CompiledRule } from './rules/compiled';
import type { LineIndex } from './text';

export function buildFinding(rule: CompiledRule, target: Span, captures: Captures, path: string, lines: LineIndex, ctx: RankContext): Finding {
  const text = lines.text.slice(target.start, target.end);
  const message = interpolate(rule.raw.message, captures);
  return {
    ruleId: rule.id,
    packId: rule.packId,
    path,
    message: rule.kind === 'secret' ? redactText(message) : message,
    location: lines.location(target),
    snippet: rule.kind === 'secret' ? maskValue(text) : redactText(text),
    rank: rank(rule, ctx),
    kind: rule.kind,
    fixes: buildFixes(rule.fixes, captures, lines),
    related: (rule.raw.related ?? []).flatMap((r) => {
      const cap = captures.get(r.capture);
      return cap ? [{ location: lines.location(cap.span), message: interpolate(r.message, captures) }] : [];
    }),
    fingerprint: '',
  };
}
