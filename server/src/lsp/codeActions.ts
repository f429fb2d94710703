/**
 * Code actions for Guardline diagnostics, in a stable order per finding: the rule's fixes (first
 * preferred), fix all of this rule in the file, suppress on this line, show guidance, open in the
 * risk dashboard, and escalate (critical findings). Plus `source.fixAll.guardline`.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { RuleInfo } from '../core/catalog';
import { languageForPath } from '../core/languages/detect';
import { languageSpec } from '../core/languages/registry';
import type { AnalysisResult, Finding } from '../core/model';
import { COMMANDS, type DiagnosticData } from '../protocol/protocol';
import { insertAtLine, SOURCE, toTextEdit, toTextEdits, toWorkspaceEdit } from './convert';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.guardline`;

export interface ActionContext {
  doc: TextDocument;
  path: string;
  result: AnalysisResult;
  rules: Map<string, RuleInfo>;
  dashboardUrl: (f: Finding) => string | undefined;
  escalationUrl: (f: Finding) => string | undefined;
}

function editsFor(findings: Finding[], doc: TextDocument): TextEdit[] {
  const edits: TextEdit[] = [];
  let lastStart = Infinity;
  // Non-overlapping, applied back to front by the client: keep them sorted and skip overlaps.
  const ordered = findings.flatMap((f) => f.fixes.find((x) => x.preferred)?.edits ?? []).sort((a, b) => b.span.start - a.span.start);
  for (const e of ordered) {
    if (e.span.end > lastStart) continue;
    lastStart = e.span.start;
    edits.push(toTextEdit(e, (o) => doc.positionAt(o)));
  }
  return edits.reverse();
}

function suppressEdit(f: Finding, ctx: ActionContext): TextEdit | undefined {
  const lang = languageForPath(ctx.path);
  const comment = lang ? languageSpec(lang)?.lineComment : undefined;
  if (!comment) return undefined;
  const line = f.location.startPos.line;
  const lineText = ctx.doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
  return insertAtLine(line, `${indent}${comment} guardline-ignore ${f.ruleId}: <why this is safe>\n`);
}

function command(title: string, url: string, diagnostic: Diagnostic): CodeAction {
  return { title, kind: CodeActionKind.Empty, diagnostics: [diagnostic], command: { title, command: COMMANDS.openGuidance, arguments: [url] } };
}

export function actionsForDiagnostic(diagnostic: Diagnostic, ctx: ActionContext): CodeAction[] {
  if (diagnostic.source !== SOURCE) return [];
  const data = diagnostic.data as DiagnosticData | undefined;
  const f = ctx.result.findings.find((x) => x.fingerprint === data?.fingerprint && x.ruleId === data?.ruleId);
  if (!f) return [];
  const { uri, version } = ctx.doc;
  const rule = ctx.rules.get(f.ruleId);
  const out: CodeAction[] = [];
  f.fixes.forEach((fix, i) => {
    out.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: i === 0, edit: toWorkspaceEdit(uri, version, toTextEdits(fix, (o) => ctx.doc.positionAt(o))) });
  });
  const sameRule = ctx.result.findings.filter((x) => x.ruleId === f.ruleId && !x.suppressed && x.fixes.length);
  if (f.fixes.length && sameRule.length > 1) {
    out.push({ title: `Fix all ${f.ruleId} findings in this file (${sameRule.length})`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: toWorkspaceEdit(uri, version, editsFor(sameRule, ctx.doc)) });
  }
  const suppress = f.kind === 'suppression' ? undefined : suppressEdit(f, ctx);
  if (suppress) out.push({ title: `Suppress ${f.ruleId} on this line (give a reason)`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: toWorkspaceEdit(uri, version, [suppress]) });
  if (rule?.helpUri) out.push(command(`Show guidance for ${f.ruleId}`, rule.helpUri, diagnostic));
  const dash = ctx.dashboardUrl(f);
  if (dash) out.push(command('Open in the risk dashboard', dash, diagnostic));
  const esc = f.rank.band === 'critical' ? ctx.escalationUrl(f) : undefined;
  if (esc) out.push(command('Escalate to the security team', esc, diagnostic));
  return out;
}

export function fixAllAction(ctx: ActionContext): CodeAction | undefined {
  const fixable = ctx.result.findings.filter((f) => !f.suppressed && f.fixes.length);
  if (fixable.length === 0) return undefined;
  return { title: 'Fix all Guardline findings with a safe fix', kind: FIX_ALL_KIND, edit: toWorkspaceEdit(ctx.doc.uri, ctx.doc.version, editsFor(fixable, ctx.doc)) };
}
