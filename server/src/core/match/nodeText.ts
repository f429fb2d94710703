/** What a syntax node's text means: its unquoted value and whether it is a constant. */
import type { Node } from 'web-tree-sitter';
import type { LanguageSpec } from '../languages/registry';

const STRING_PREFIX = /^[rRbBuUfF]{0,2}(?=["'`])/;

/** The text of a string-like node without its quotes (and Python prefixes); other nodes unchanged. */
export function unquote(text: string): string {
  const body = text.replace(STRING_PREFIX, '');
  for (const q of ['"""', "'''", '"', "'", '`']) {
    if (body.length >= 2 * q.length && body.startsWith(q) && body.endsWith(q)) return body.slice(q.length, body.length - q.length);
  }
  return text;
}

function hasInterpolation(node: Node, spec: LanguageSpec): boolean {
  if (spec.interpolationKinds.length === 0) return false;
  return node.descendantsOfType(spec.interpolationKinds).length > 0;
}

/** A constant: a literal without interpolation, or constants joined by a combinator. */
export function isConstant(node: Node, spec: LanguageSpec, depth = 0): boolean {
  if (depth > 32) return false;
  if (spec.literalKinds.includes(node.type)) return !hasInterpolation(node, spec);
  if (spec.constantCombinators.includes(node.type)) {
    const kids = node.namedChildren.filter((c): c is Node => c !== null && !spec.commentKinds.includes(c.type));
    return kids.length > 0 && kids.every((k) => isConstant(k, spec, depth + 1));
  }
  return false;
}
