/**
 * The only place that builds LSP objects from core data: ranges, diagnostics, text edits,
 * workspace edits. A change of position encoding or severity mapping touches this file alone.
 */
import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Diagnostic,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { RuleInfo } from '../core/catalog';
import type { Band, Finding, Fix, Location, Problem, TextEdit as CoreTextEdit } from '../core/model';
import type { DiagnosticData } from '../protocol/protocol';
import type { Settings } from './settingsSchema';

export const SOURCE = 'Guardline';

const SEVERITY: Record<Settings['severity'][Band], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(loc: Pick<Location, 'startPos' | 'endPos'>): Range {
  return { start: { ...loc.startPos }, end: { ...loc.endPos } };
}

export function toDiagnostic(f: Finding, uri: string, version: number, rule: RuleInfo | undefined, settings: Settings): Diagnostic {
  const data: DiagnosticData = { ruleId: f.ruleId, fingerprint: f.fingerprint, version, band: f.rank.band, score: f.rank.score };
  return {
    range: toRange(f.location),
    severity: SEVERITY[settings.severity[f.rank.band]],
    source: SOURCE,
    code: f.ruleId,
    codeDescription: rule?.helpUri ? { href: rule.helpUri } : undefined,
    message: `${f.message || f.ruleId} [${f.rank.band} ${f.rank.score.toFixed(1)}]`,
    tags: f.ruleId === 'guardline-suppression-unused' ? [DiagnosticTag.Unnecessary] : undefined,
    relatedInformation: f.related.length ? f.related.map((r) => ({ location: { uri, range: toRange(r.location) }, message: r.message })) : undefined,
    data,
  };
}

/** A problem with a rule pack, shown on the pack file itself. */
export function problemDiagnostic(p: Problem, range: Range): Diagnostic {
  return {
    range,
    severity: p.severity === 'error' ? DiagnosticSeverity.Error : p.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
    source: SOURCE,
    code: p.code,
    message: p.hint ? `${p.message}\nFix: ${p.hint}` : p.message,
  };
}

type PositionAt = (offset: number) => { line: number; character: number };

export function toTextEdit(edit: CoreTextEdit, positionAt: PositionAt): TextEdit {
  return { range: { start: positionAt(edit.span.start), end: positionAt(edit.span.end) }, newText: edit.text };
}

export function toTextEdits(fix: Fix, positionAt: PositionAt): TextEdit[] {
  return fix.edits.map((e) => toTextEdit(e, positionAt));
}

/** Text inserted at the start of a line (suppression comments). */
export function insertAtLine(line: number, text: string): TextEdit {
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: text };
}

/** A problem analysing a document (budget, grammar), shown at its top. */
export function documentProblemDiagnostic(p: Problem): Diagnostic {
  return { ...problemDiagnostic(p, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }), severity: DiagnosticSeverity.Warning, message: `${p.message}${p.hint ? ` (${p.hint})` : ''}` };
}

export function toWorkspaceEdit(uri: string, version: number, edits: TextEdit[]): WorkspaceEdit {
  return { documentChanges: [{ textDocument: { uri, version }, edits }] };
}
