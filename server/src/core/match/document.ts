/**
 * Runs `document` matchers over the structured view: select candidate nodes by path, test the
 * conditions, and report the candidate (or the `report` path) with named captures for messages
 * and fixes.
 */
import type { Span } from '../model';
import type { CompiledCondition, DocumentMatcher } from '../rules/compiled';
import type { DEntry, DValue } from './dataModel';

/** A value reached by a path, with the map entry that holds it when there is one. */
export interface Ref {
  value: DValue;
  entry?: DEntry;
}

export interface DocCapture {
  span: Span;
  text: string;
}

export interface DocMatch {
  target: Span;
  captures: Map<string, DocCapture>;
}

function expandLists(refs: Ref[]): Ref[] {
  const out: Ref[] = [];
  const visit = (r: Ref): void => {
    if (r.value.type === 'list') for (const item of r.value.items) visit({ value: item, entry: r.entry });
    else out.push(r);
  };
  refs.forEach(visit);
  return out;
}

function descendants(r: Ref, out: Ref[]): void {
  out.push(r);
  if (r.value.type === 'map') for (const e of r.value.entries) descendants({ value: e.value, entry: e }, out);
  else if (r.value.type === 'list') for (const item of r.value.items) descendants({ value: item, entry: r.entry }, out);
}

function step(refs: Ref[], seg: string): Ref[] {
  if (seg === '**') {
    const out: Ref[] = [];
    for (const r of refs) descendants(r, out);
    return out;
  }
  const out: Ref[] = [];
  for (const r of refs) {
    const v = r.value;
    if (v.type === 'list') {
      if (seg === '*') out.push(...v.items.map((item) => ({ value: item, entry: r.entry })));
      else if (/^\d+$/.test(seg)) {
        const item = v.items[Number(seg)];
        if (item) out.push({ value: item, entry: r.entry });
      } else out.push(...step(v.items.map((item) => ({ value: item, entry: r.entry })), seg));
    } else if (v.type === 'map') {
      for (const e of v.entries) if (seg === '*' || e.key === seg) out.push({ value: e.value, entry: e });
    }
  }
  return out;
}

/** Each value once: `**` reaches list items both directly and through their list. */
function unique(refs: Ref[]): Ref[] {
  const seen = new Set<DValue>();
  return refs.filter((r) => (seen.has(r.value) ? false : (seen.add(r.value), true)));
}

export function resolvePath(from: Ref[], path: string[]): Ref[] {
  let refs = from;
  for (const seg of path) {
    refs = unique(step(refs, seg));
    if (refs.length === 0) break;
  }
  return refs;
}

interface EvalContext {
  root: Ref;
  text: string;
  captures: Map<string, DocCapture>;
}

function valueCapture(ref: Ref, text: string): DocCapture {
  const v = ref.value;
  return { span: v.span, text: v.type === 'scalar' ? v.text : text.slice(v.span.start, v.span.end) };
}

export function holds(cond: CompiledCondition, at: Ref, ctx: EvalContext, positive: boolean): boolean {
  if (cond.any) return cond.any.some((c) => holds(c, at, ctx, positive));
  if (cond.all) return cond.all.every((c) => holds(c, at, ctx, positive));
  if (cond.not) return !holds(cond.not, at, ctx, !positive);
  const refs = resolvePath([cond.rootRelative ? ctx.root : at], cond.path);
  if (cond.missing) return refs.length === 0;
  if (refs.length === 0) return false;
  const testsValue = cond.equals !== undefined || cond.in !== undefined || cond.regex !== undefined || cond.literal !== undefined;
  const satisfies = (r: Ref): boolean => {
    const v = r.value;
    if (v.type !== 'scalar') return false;
    return (
      (cond.equals === undefined || v.text === cond.equals) &&
      (cond.in === undefined || cond.in.has(v.text)) &&
      (cond.regex === undefined || cond.regex.test(v.text)) &&
      (cond.literal === undefined || v.literal === cond.literal)
    );
  };
  const hit = testsValue ? expandLists(refs).find(satisfies) : refs[0];
  if (hit && positive && cond.pathText) {
    ctx.captures.set(cond.pathText, valueCapture(hit, ctx.text));
    if (hit.entry && hit.entry.value === hit.value) ctx.captures.set(`${cond.pathText}.entry`, { span: hit.entry.entrySpan, text: ctx.text.slice(hit.entry.entrySpan.start, hit.entry.entrySpan.end) });
  }
  return hit !== undefined;
}

function candidateKey(r: Ref): Span {
  if (r.value.type === 'map' && r.value.head) return r.value.head;
  if (r.entry && r.entry.value === r.value) return r.entry.keySpan;
  if (r.value.type === 'map' && r.value.entries[0]) return r.value.entries[0].entrySpan;
  return r.value.span;
}

export function matchDocument(matcher: DocumentMatcher, roots: DValue[], text: string): DocMatch[] {
  const out: DocMatch[] = [];
  for (const rootValue of roots) {
    const root: Ref = { value: rootValue };
    const candidates = unique(expandLists(resolvePath([root], matcher.select)));
    for (const cand of candidates) {
      const captures = new Map<string, DocCapture>();
      const ctx: EvalContext = { root, text, captures };
      if (!matcher.where.every((c) => holds(c, cand, ctx, true))) continue;
      const key = candidateKey(cand);
      const keyName = cand.entry && cand.entry.value === cand.value ? cand.entry.key : undefined;
      captures.set('key', { span: key, text: keyName ?? text.slice(key.start, key.end) });
      captures.set('block', valueCapture(cand, text));
      if (cand.value.type === 'map' && cand.value.entries.length) {
        const last = cand.value.entries[cand.value.entries.length - 1];
        if (last) captures.set('last-child', { span: last.entrySpan, text: text.slice(last.entrySpan.start, last.entrySpan.end) });
      }
      let target = key;
      const conditionHit = matcher.reportText ? captures.get(`${matcher.reportText}.entry`) ?? captures.get(matcher.reportText) : undefined;
      if (conditionHit) {
        // Report the value that met the condition, not just the first one at that path.
        target = conditionHit.span;
        captures.set('report', captures.get(matcher.reportText ?? '') ?? conditionHit);
      } else if (matcher.report) {
        const hits = expandLists(resolvePath([cand], matcher.report));
        const hit = hits[0];
        if (hit) {
          target = hit.entry && hit.entry.value === hit.value ? hit.entry.entrySpan : hit.value.span;
          captures.set('report', valueCapture(hit, text));
        }
      }
      out.push({ target, captures });
    }
  }
  return out;
}
