/**
 * A small structured view of YAML, JSON and HCL (Terraform) syntax trees: maps, lists and scalars
 * that remember where they are in the text. `document` matchers query this view, so one rule can
 * cover a CloudFormation template in YAML and in JSON, and Terraform blocks read like Terraform
 * JSON (`resource.aws_s3_bucket.<name>.acl`).
 */
import type { Node } from 'web-tree-sitter';
import type { Span } from '../model';

export interface DEntry {
  key: string;
  keySpan: Span;
  /** From the key to the end of the value. */
  entrySpan: Span;
  value: DValue;
}

export type DValue =
  | { type: 'map'; span: Span; entries: DEntry[]; /** HCL blocks: the header (`type "label" {`). */ head?: Span }
  | { type: 'list'; span: Span; items: DValue[] }
  | { type: 'scalar'; span: Span; text: string; literal: boolean };

const span = (n: Node): Span => ({ start: n.startIndex, end: n.endIndex });

function named(n: Node): Node[] {
  return n.namedChildren.filter((c): c is Node => c !== null);
}

/** A key/value pair node as a map entry; the key's text is its scalar value when it has one. */
function pairEntry(pair: Node, keyField: string, valueField: string, convert: (n: Node) => DValue): DEntry {
  const k = pair.childForFieldName(keyField);
  const v = pair.childForFieldName(valueField);
  const key = k ? convert(k) : undefined;
  return {
    key: key?.type === 'scalar' ? key.text : (k?.text ?? ''),
    keySpan: k ? span(k) : span(pair),
    entrySpan: span(pair),
    value: v ? convert(v) : { type: 'scalar', span: k ? { start: k.endIndex, end: k.endIndex } : span(pair), text: '', literal: true },
  };
}

// ---------------------------------------------------------------- YAML

function unquoteDouble(s: string): string {
  return s.slice(1, -1).replace(/\\(["\\/nt])/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
}

function yamlScalar(n: Node, tagged: boolean): DValue {
  let text = n.text;
  if (n.type === 'double_quote_scalar') text = unquoteDouble(text);
  else if (n.type === 'single_quote_scalar') text = text.slice(1, -1).replace(/''/g, "'");
  else if (n.type === 'block_scalar') {
    const lines = text.split('\n').slice(1);
    const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
    text = lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join('\n').replace(/\s+$/, '');
  } else if (n.type === 'plain_scalar') {
    const inner = n.namedChild(0);
    if (inner?.type === 'boolean_scalar' || inner?.type === 'null_scalar') text = text.toLowerCase();
  }
  return { type: 'scalar', span: span(n), text, literal: !tagged && n.type !== 'alias' };
}

function yamlValue(n: Node): DValue {
  if (n.type === 'block_node' || n.type === 'flow_node') {
    const kids = named(n);
    const tagged = kids.some((k) => k.type === 'tag');
    const body = kids.find((k) => k.type !== 'tag' && k.type !== 'anchor' && k.type !== 'comment');
    if (!body) return { type: 'scalar', span: span(n), text: '', literal: !tagged };
    const v = yamlValue(body);
    return v.type === 'scalar' && tagged ? { ...v, literal: false } : v;
  }
  switch (n.type) {
    case 'block_mapping':
    case 'flow_mapping': {
      const entries: DEntry[] = [];
      for (const pair of named(n)) {
        if ((pair.type === 'block_mapping_pair' || pair.type === 'flow_pair') && pair.childForFieldName('key')) entries.push(pairEntry(pair, 'key', 'value', yamlValue));
      }
      return { type: 'map', span: span(n), entries };
    }
    case 'block_sequence':
      return { type: 'list', span: span(n), items: named(n).filter((i) => i.type === 'block_sequence_item').map((i) => { const c = named(i).find((x) => x.type !== 'comment'); return c ? yamlValue(c) : { type: 'scalar' as const, span: span(i), text: '', literal: true }; }) };
    case 'flow_sequence':
      return { type: 'list', span: span(n), items: named(n).filter((i) => i.type !== 'comment').map((i) => yamlValue(i)) };
    default:
      return yamlScalar(n, false);
  }
}

function yamlRoots(root: Node): DValue[] {
  const docs = root.type === 'stream' ? named(root).filter((d) => d.type === 'document') : [root];
  const out: DValue[] = [];
  for (const d of docs) {
    const body = named(d).find((c) => c.type === 'block_node' || c.type === 'flow_node');
    if (body) out.push(yamlValue(body));
  }
  return out;
}

// ---------------------------------------------------------------- JSON

function jsonValue(n: Node): DValue {
  switch (n.type) {
    case 'object':
      return {
        type: 'map',
        span: span(n),
        entries: named(n)
          .filter((p) => p.type === 'pair')
          .map((p) => pairEntry(p, 'key', 'value', jsonValue)),
      };
    case 'array':
      return { type: 'list', span: span(n), items: named(n).filter((c) => c.type !== 'comment').map(jsonValue) };
    case 'string':
      return { type: 'scalar', span: span(n), text: n.text.length >= 2 ? unquoteDouble(n.text) : n.text, literal: true };
    default:
      return { type: 'scalar', span: span(n), text: n.text, literal: true };
  }
}

function jsonRoots(root: Node): DValue[] {
  return named(root).filter((c) => c.type !== 'comment').map(jsonValue);
}

// ---------------------------------------------------------------- HCL

function hclString(n: Node): DValue {
  const parts = named(n);
  const dynamic = parts.some((p) => p.type === 'template_interpolation' || p.type === 'template_directive');
  const text = dynamic ? n.text : parts.filter((p) => p.type === 'template_literal').map((p) => p.text).join('');
  return { type: 'scalar', span: span(n), text, literal: !dynamic };
}

function hclExpression(n: Node): DValue {
  const kids = named(n);
  if (n.type === 'expression' && kids.length === 1 && kids[0]) return hclExpression(kids[0]);
  switch (n.type) {
    case 'literal_value': {
      const inner = kids[0];
      if (inner?.type === 'string_lit') return hclString(inner);
      return { type: 'scalar', span: span(n), text: n.text, literal: true };
    }
    case 'string_lit':
      return hclString(n);
    case 'collection_value':
      return kids[0] ? hclExpression(kids[0]) : { type: 'scalar', span: span(n), text: n.text, literal: false };
    case 'tuple':
      return { type: 'list', span: span(n), items: kids.filter((k) => k.type === 'expression').map(hclExpression) };
    case 'object':
      return {
        type: 'map',
        span: span(n),
        entries: kids.filter((k) => k.type === 'object_elem').map((e) => pairEntry(e, 'key', 'val', hclExpression)),
      };
    case 'variable_expr':
      return { type: 'scalar', span: span(n), text: n.text, literal: false };
    default:
      return { type: 'scalar', span: span(n), text: n.text, literal: false };
  }
}

/** Adds `value` under `keys`, turning repeated blocks into lists. */
function addNested(map: Extract<DValue, { type: 'map' }>, keys: { key: string; keySpan: Span }[], entrySpan: Span, value: DValue): void {
  const [first, ...rest] = keys;
  if (!first) return;
  let entry = map.entries.find((e) => e.key === first.key);
  if (rest.length === 0) {
    if (!entry) map.entries.push({ key: first.key, keySpan: first.keySpan, entrySpan, value });
    else if (entry.value.type === 'list' && entry.value.span.start === -1) entry.value.items.push(value);
    else entry.value = { type: 'list', span: { start: -1, end: -1 }, items: [entry.value, value] };
    return;
  }
  if (!entry) {
    entry = { key: first.key, keySpan: first.keySpan, entrySpan, value: { type: 'map', span: entrySpan, entries: [] } };
    map.entries.push(entry);
  }
  if (entry.value.type === 'map') addNested(entry.value, rest, entrySpan, value);
}

function hclBody(n: Node | undefined, whole: Span, head?: Span): Extract<DValue, { type: 'map' }> {
  const map: Extract<DValue, { type: 'map' }> = { type: 'map', span: whole, entries: [], head };
  if (!n) return map;
  for (const item of named(n)) {
    if (item.type === 'attribute') {
      const id = item.namedChild(0);
      const expr = item.namedChild(1);
      if (!id || !expr) continue;
      map.entries.push({ key: id.text, keySpan: span(id), entrySpan: span(item), value: hclExpression(expr) });
    } else if (item.type === 'block') {
      const parts = named(item);
      const labels = parts.filter((p) => p.type === 'identifier' || p.type === 'string_lit');
      const body = parts.find((p) => p.type === 'body');
      const head = { start: item.startIndex, end: (labels[labels.length - 1] ?? item).endIndex };
      const keys = labels.map((l) => ({ key: l.type === 'string_lit' ? (hclString(l) as { text: string }).text : l.text, keySpan: head }));
      addNested(map, keys, span(item), hclBody(body, span(item), head));
    }
  }
  return map;
}

function hclRoots(root: Node): DValue[] {
  const body = named(root).find((c) => c.type === 'body');
  return [hclBody(body, span(root))];
}

export function buildDataModel(root: Node, model: 'yaml' | 'json' | 'hcl'): DValue[] {
  if (model === 'yaml') return yamlRoots(root);
  if (model === 'json') return jsonRoots(root);
  return hclRoots(root);
}
