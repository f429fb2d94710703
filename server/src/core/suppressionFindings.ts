/** Applies suppressions to findings and reports the suppressions that are missing a reason, expired or unused. */
import { buildFixes, interpolate } from './fixes';
import type { Finding } from './model';
import { rank, type RankContext } from './ranking';
import { findSuppression, stateOf, SUPPRESSION_RULES, type Suppression, type SuppressionRuleMeta } from './suppressions';
import type { LineIndex } from './text';

export interface SuppressionContext {
  path: string;
  today: string;
  lines: LineIndex;
  ctx: RankContext;
  /** Unused suppressions are only reported when every rule ran to completion. */
  complete: boolean;
  ranRules: Set<string>;
}

function metaFinding(meta: SuppressionRuleMeta, s: Suppression, c: SuppressionContext, withRemoveFix: boolean): Finding {
  const captures = new Map([['comment', { span: s.span, text: c.lines.text.slice(s.span.start, s.span.end) }]]);
  const message = interpolate(meta.message, captures).replace('{{rules}}', s.ruleIds.join(', ')).replace('{{until}}', s.until ?? '');
  return {
    ruleId: meta.id,
    packId: 'guardline',
    path: c.path,
    message,
    location: c.lines.location(s.span),
    snippet: c.lines.text.slice(s.span.start, s.span.end),
    rank: rank(meta, { ...c.ctx, testCode: false }),
    kind: 'suppression',
    fixes: withRemoveFix ? buildFixes([{ title: 'Remove the unused suppression', delete: 'comment' }], captures, c.lines) : [],
    related: [],
    fingerprint: '',
  };
}

export function applySuppressions(findings: Finding[], list: Suppression[], c: SuppressionContext): Finding[] {
  if (list.length === 0) return [];
  for (const f of findings) {
    const s = findSuppression(list, f.ruleId, f.location.startPos.line, c.today);
    if (!s) continue;
    s.used = true;
    f.suppressed = { reason: s.reason ?? '', until: s.until, line: s.line };
  }
  const out: Finding[] = [];
  for (const s of list) {
    const state = stateOf(s, c.today);
    if (state === 'no-reason') out.push(metaFinding(SUPPRESSION_RULES.noReason, s, c, false));
    else if (state === 'expired') out.push(metaFinding(SUPPRESSION_RULES.expired, s, c, false));
    else if (!s.used && c.complete) out.push(metaFinding(SUPPRESSION_RULES.unused, s, c, true));
  }
  return out;
}
