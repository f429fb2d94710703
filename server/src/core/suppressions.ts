/**
 * Inline suppressions: `guardline-ignore <rule-id>[, <rule-id>]: <reason> [until YYYY-MM-DD]` in a
 * comment on the finding's line or alone on the line before; `guardline-ignore-file` for the whole
 * file. A suppression needs a reason, stops working when expired, and is reported when unused.
 */
import type { Node } from 'web-tree-sitter';
import type { Level, RuleKind, Span } from './model';
import type { LineIndex } from './text';

export interface Suppression {
  ruleIds: string[];
  reason?: string;
  until?: string;
  fileLevel: boolean;
  /** Line of the comment (0-based). */
  line: number;
  /** Line whose findings it covers (file-level: -1). */
  appliesTo: number;
  /** The comment text span (for the "remove" fix). */
  span: Span;
  used: boolean;
}

export const MARKER = 'guardline-ignore';
const SYNTAX = /guardline-ignore(-file)?[ \t]+([a-z0-9][a-z0-9-]*(?:[ \t]*,[ \t]*[a-z0-9][a-z0-9-]*)*)[ \t]*(?::[ \t]*(.*?))?[ \t]*(?:\*\/|-->)?[ \t]*$/;
const UNTIL = /^(.*?)[ \t]*\[?until[ \t]+(\d{4}-\d{2}-\d{2})\]?$/;

export interface SuppressionRuleMeta {
  id: string;
  title: string;
  kind: RuleKind;
  impact: Level;
  likelihood: Level;
  confidence: Level;
  message: string;
  rationale: string;
  remediation: string;
  cwe: string[];
}

const meta = (id: string, title: string, impact: Level, message: string, rationale: string, remediation: string): SuppressionRuleMeta => ({
  id, title, kind: 'suppression', impact, likelihood: 'high', confidence: 'high', message, rationale, remediation, cwe: ['CWE-1164'],
});

export const SUPPRESSION_RULES = {
  noReason: meta('guardline-suppression-no-reason', 'Suppression without a reason', 'low',
    'This suppression of {{rules}} gives no reason, so it does not suppress anything.',
    'A suppression is a decision someone will need to revisit; without a reason nobody can judge whether it still holds.',
    'Write the reason after a colon: `guardline-ignore <rule-id>: <why this is safe>`.'),
  expired: meta('guardline-suppression-expired', 'Expired suppression', 'medium',
    'This suppression of {{rules}} expired on {{until}} and no longer suppresses anything.',
    'Time-boxed suppressions record a promise to fix; once the date passes the finding is back.',
    'Fix the finding, or renew the suppression with a new date and an updated reason.'),
  unused: meta('guardline-suppression-unused', 'Unused suppression', 'low',
    'This suppression of {{rules}} matches no finding.',
    'Stale suppressions hide future findings on that line and clutter the code.',
    'Remove the comment.'),
} as const;

function isComment(node: Node | null, commentKinds: string[]): boolean {
  for (let n = node; n; n = n.parent) if (commentKinds.includes(n.type)) return true;
  return false;
}

export function parseSuppressions(text: string, root: Node, commentKinds: string[], lines: LineIndex): Suppression[] {
  const out: Suppression[] = [];
  for (let at = text.indexOf(MARKER); at >= 0; at = text.indexOf(MARKER, at + MARKER.length)) {
    const node = root.descendantForIndex(at, at + 1);
    if (!isComment(node, commentKinds)) continue;
    const pos = lines.position(at);
    const lineText = lines.lineText(pos.line);
    const m = SYNTAX.exec(lineText.slice(pos.character));
    if (!m) continue;
    let reason = m[3]?.trim() || undefined;
    let until: string | undefined;
    const u = reason ? UNTIL.exec(reason) : undefined;
    if (u) {
      reason = u[1]?.trim() || undefined;
      until = u[2];
    }
    const fileLevel = m[1] === '-file';
    const commentStart = node ? Math.min(node.startIndex, at) : at;
    const commentEnd = node ? Math.max(node.endIndex, at) : at;
    const endPos = lines.position(commentEnd);
    const codeAfter = endPos.line === pos.line && lineText.slice(endPos.character).trim() !== '';
    const aloneOnLine = !codeAfter && lineText.slice(0, lines.position(commentStart).character).trim() === '';
    out.push({
      ruleIds: (m[2] ?? '').split(',').map((s) => s.trim()),
      reason,
      until,
      fileLevel,
      line: pos.line,
      appliesTo: fileLevel ? -1 : aloneOnLine ? pos.line + 1 : pos.line,
      span: node ? { start: node.startIndex, end: node.endIndex } : { start: at, end: at + MARKER.length },
      used: false,
    });
  }
  // Stacked own-line suppressions all cover the first line after the stack.
  const ownLine = new Set(out.filter((s) => !s.fileLevel && s.appliesTo === s.line + 1).map((s) => s.line));
  for (const s of out) {
    if (s.fileLevel || s.appliesTo !== s.line + 1) continue;
    while (ownLine.has(s.appliesTo)) s.appliesTo++;
  }
  return out;
}

export type SuppressionState = 'active' | 'no-reason' | 'expired';

export function stateOf(s: Suppression, today: string): SuppressionState {
  if (!s.reason) return 'no-reason';
  if (s.until && s.until < today) return 'expired';
  return 'active';
}

/** The active suppression covering a finding of `ruleId` that starts on `line`, if any. */
export function findSuppression(list: Suppression[], ruleId: string, line: number, today: string): Suppression | undefined {
  return list.find((s) => s.ruleIds.includes(ruleId) && (s.fileLevel || s.appliesTo === line) && stateOf(s, today) === 'active');
}
