/**
 * Fix templates -> exact text edits. Templates name captures; `{{name}}` interpolates a capture's
 * text and `{{indent}}` the indentation of the target's line.
 */
import type { Fix, Span, TextEdit } from './model';
import type { FixTemplateRaw } from './rules/schema';
import type { LineIndex } from './text';

export interface Capture {
  span: Span;
  text: string;
}

export type Captures = Map<string, Capture>;

const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g;

export function interpolate(template: string, captures: Captures, extra: Record<string, string> = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => extra[name] ?? captures.get(name)?.text ?? whole);
}

/** A span grown to whole lines when nothing else shares those lines. */
export function wholeLines(span: Span, lines: LineIndex): Span {
  const start = lines.position(span.start);
  const end = lines.position(span.end);
  const before = lines.lineText(start.line).slice(0, start.character);
  const after = lines.lineText(end.line).slice(end.character);
  if (before.trim() !== '' || after.trim() !== '') return span;
  const from = lines.lineStart(start.line);
  const to = end.line + 1 < lines.lineCount ? lines.lineStart(end.line + 1) : lines.text.length;
  return { start: from, end: to };
}

function edit(t: FixTemplateRaw, captures: Captures, lines: LineIndex): TextEdit | undefined {
  const name = t.replace ?? t.insertBefore ?? t.insertAfter ?? t.delete;
  const cap = name ? captures.get(name) : undefined;
  if (!cap) return undefined;
  const indent = lines.indentOf(cap.span.start);
  const fill = (s: string | undefined): string => interpolate(s ?? '', captures, { indent });
  if (t.replace !== undefined) return { span: cap.span, text: fill(t.with) };
  if (t.insertBefore !== undefined) return { span: { start: cap.span.start, end: cap.span.start }, text: fill(t.text) };
  if (t.insertAfter !== undefined) return { span: { start: cap.span.end, end: cap.span.end }, text: fill(t.text) };
  return { span: wholeLines(cap.span, lines), text: '' };
}

export function buildFixes(templates: FixTemplateRaw[], captures: Captures, lines: LineIndex): Fix[] {
  const out: Fix[] = [];
  for (const t of templates) {
    const e = edit(t, captures, lines);
    if (e) out.push({ title: interpolate(t.title, captures), edits: [e], preferred: out.length === 0 });
  }
  return out;
}

/** Applies non-overlapping edits to text (used by `guardline test` and fix-all). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let out = text;
  let limit = Infinity;
  for (const e of sorted) {
    if (e.span.end > limit) continue;
    out = out.slice(0, e.span.start) + e.text + out.slice(e.span.end);
    limit = e.span.start;
  }
  return out;
}
