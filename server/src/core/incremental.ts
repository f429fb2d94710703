/**
 * Incremental matching for open documents: after an edit, rules whose matches depend only on the
 * matched nodes ("local" rules: a query and capture checks, no relational checks) re-run on the
 * edited top-level statements only; their other findings are kept and shifted. Everything else
 * (relational and document rules, suppressions, fingerprints) is recomputed on the whole file.
 */
import type { Node } from 'web-tree-sitter';
import type { Finding, Span } from './model';
import type { CompiledCheck, CompiledRule } from './rules/compiled';
import type { LineIndex } from './text';

/** One edit, in the coordinates of the text just before it. */
export interface PendingEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** Maps an offset of the text before all edits to the text after them; undefined when it was inside an edit. */
export function mapOffset(edits: readonly PendingEdit[], offset: number): number | undefined {
  let o = offset;
  for (const e of edits) {
    if (o <= e.start) continue;
    if (o >= e.oldEnd) o += e.newEnd - e.oldEnd;
    else return undefined;
  }
  return o;
}

/** The span of the final text touched by the edits and by syntax changes, or undefined. */
export function dirtySpan(edits: readonly PendingEdit[], changed: readonly Span[]): Span | undefined {
  let span: Span | undefined;
  edits.forEach((e, i) => {
    // Carry this edit's new text through the later edits.
    let start = e.start;
    let end = e.newEnd;
    for (const later of edits.slice(i + 1)) {
      const delta = later.newEnd - later.oldEnd;
      if (start >= later.oldEnd) start += delta;
      else if (start > later.start) start = later.start;
      if (end >= later.oldEnd) end += delta;
      else if (end > later.start) end = later.newEnd;
    }
    span = span ? { start: Math.min(span.start, start), end: Math.max(span.end, end) } : { start, end };
  });
  for (const c of changed) span = span ? { start: Math.min(span.start, c.start), end: Math.max(span.end, c.end) } : { ...c };
  return span;
}

/** Grows a span to whole top-level statements (the root's children it touches). */
export function toTopLevel(root: Node, span: Span): Span {
  let start = span.start;
  let end = span.end;
  for (const child of root.children) {
    if (!child) continue;
    if (child.endIndex >= span.start && child.startIndex <= span.end) {
      start = Math.min(start, child.startIndex);
      end = Math.max(end, child.endIndex);
    }
  }
  return { start, end };
}

/** Kinds of root nodes: an ancestor check that can match one depends on the whole file. */
const ROOT_KINDS = new Set(['program', 'module', 'source_file', 'document', 'stream', 'config_file']);

/**
 * Rules whose findings depend only on the top-level statement they match in, so a range re-run is
 * exact: capture checks, descendant checks (has/notHas), and ancestor checks that name node kinds
 * other than the file's root.
 */
export function isLocal(rule: CompiledRule): boolean {
  if (rule.matcher.type !== 'query') return false;
  return rule.matcher.checks.every((c) => {
    if (c.type === 'capture' || c.relation === 'has' || c.relation === 'notHas' || isFileLevel(c)) return true;
    return c.pattern.kind !== undefined && ![...c.pattern.kind].some((k) => ROOT_KINDS.has(k));
  });
}

/**
 * An ancestor check on the file's root with at most a text pattern ("the file imports X"): it has
 * one value per file. Rules with such checks stay local while that value does not change.
 */
export function isFileLevel(c: CompiledCheck): boolean {
  return c.type === 'relation' && (c.relation === 'inside' || c.relation === 'notInside') && !c.pattern.query && c.pattern.kind !== undefined && [...c.pattern.kind].every((k) => ROOT_KINDS.has(k));
}

const intersects = (a: Span, b: Span): boolean => a.start <= b.end && b.start <= a.end;

/** A previous finding moved to the new text, or undefined when the edit touched it. */
export function shiftFinding(f: Finding, edits: readonly PendingEdit[], region: Span, lines: LineIndex): Finding | undefined {
  const start = mapOffset(edits, f.location.start);
  const end = mapOffset(edits, f.location.end);
  if (start === undefined || end === undefined) return undefined;
  const target = { start, end };
  if (intersects(target, region)) return undefined;
  const fixes = [];
  for (const fix of f.fixes) {
    const moved = [];
    for (const e of fix.edits) {
      const s = mapOffset(edits, e.span.start);
      const t = mapOffset(edits, e.span.end);
      if (s === undefined || t === undefined || intersects({ start: s, end: t }, region)) return undefined;
      moved.push({ ...e, span: { start: s, end: t } });
    }
    fixes.push({ ...fix, edits: moved });
  }
  const related = [];
  for (const r of f.related) {
    const s = mapOffset(edits, r.location.start);
    const t = mapOffset(edits, r.location.end);
    if (s === undefined || t === undefined || intersects({ start: s, end: t }, region)) return undefined;
    related.push({ ...r, location: lines.location({ start: s, end: t }) });
  }
  return { ...f, location: lines.location(target), fixes, related, suppressed: undefined, fingerprint: '' };
}

/**
 * Where each prefilter literal first occurs (-1: absent), updated from the previous analysis by
 * looking only near the edits; a full search happens only for literals an edit may have removed.
 */
export function literalIndexes(text: string, literals: Iterable<string>, previous: Map<string, number> | undefined, edits: readonly PendingEdit[]): Map<string, number> {
  const out = new Map<string, number>();
  const dirty = previous && edits.length ? dirtySpan(edits, []) : undefined;
  for (const lit of literals) {
    if (out.has(lit)) continue;
    const old = previous?.get(lit);
    if (old === undefined || !dirty) {
      out.set(lit, text.indexOf(lit));
      continue;
    }
    if (old >= 0) {
      const moved = mapOffset(edits, old);
      const end = mapOffset(edits, old + lit.length);
      out.set(lit, moved !== undefined && end === moved + lit.length && text.startsWith(lit, moved) ? moved : text.indexOf(lit));
    } else {
      // An absent literal can only have appeared where the text changed.
      const from = Math.max(0, dirty.start - lit.length + 1);
      const at = text.slice(from, dirty.end + lit.length - 1).indexOf(lit);
      out.set(lit, at >= 0 ? from + at : -1);
    }
  }
  return out;
}
