/**
 * Cheap literal prefilters: strings at least one of which must occur in a file for a rule to be
 * able to match. They let the engine skip rules, and parsing altogether, for most files.
 */
import type { CompiledCheck, DocumentMatcher, QueryMatcher } from './compiled';

const EQ_PREDICATE = /\(#eq\?\s+@[\w.-]+\s+"((?:[^"\\]|\\.)*)"\s*\)/g;
const ANY_OF_PREDICATE = /\(#any-of\?\s+@[\w.-]+((?:\s+"(?:[^"\\]|\\.)*")+)\s*\)/g;
const QUOTED = /"((?:[^"\\]|\\.)*)"/g;

/** Patterns with alternations or quantifiers may match without a given predicate's capture. */
function hasOptionalParts(query: string): boolean {
  const stripped = query.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/#[\w-]+[?!]/g, '#p').replace(/;[^\n]*/g, '');
  return /[[?*]/.test(stripped);
}

function unescape(s: string): string {
  return s.replace(/\\(.)/g, '$1');
}

/** Splits a query into its top-level patterns (balanced parentheses at depth 0). */
function topLevelPatterns(query: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < query.length; i++) {
    const ch = query[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === ';') {
      while (i < query.length && query[i] !== '\n') i++;
    } else if (ch === '(') {
      if (depth === 0) start = i;
      depth++;
    } else if (ch === ')') {
      depth--;
      if (depth === 0 && start >= 0) out.push(query.slice(start, i + 1));
    }
  }
  return out;
}

function literalGroupFromChecks(checks: CompiledCheck[]): string[] | undefined {
  for (const check of checks) {
    if (check.type !== 'capture') continue;
    if (check.equals && check.equals.length >= 2) return [check.equals];
    if (check.in && [...check.in].every((s) => s.length >= 2)) return [...check.in];
  }
  return undefined;
}

function queryGroup(query: string): string[] | undefined {
  if (hasOptionalParts(query)) return undefined;
  const patterns = topLevelPatterns(query);
  if (patterns.length === 0) return undefined;
  const union: string[] = [];
  for (const pattern of patterns) {
    const groups: string[][] = [];
    for (const m of pattern.matchAll(EQ_PREDICATE)) groups.push([unescape(m[1] ?? '')]);
    for (const m of pattern.matchAll(ANY_OF_PREDICATE)) groups.push([...(m[1] ?? '').matchAll(QUOTED)].map((q) => unescape(q[1] ?? '')));
    const best = groups.filter((g) => g.every((s) => s.length >= 2)).sort((a, b) => Math.min(...b.map((s) => s.length)) - Math.min(...a.map((s) => s.length)))[0];
    if (!best) return undefined;
    union.push(...best);
  }
  return union;
}

export function derivePrefilter(matcher: QueryMatcher | DocumentMatcher): string[] | undefined {
  if (matcher.type === 'query') return literalGroupFromChecks(matcher.checks) ?? queryGroup(matcher.query);
  const segments = matcher.select.filter((s) => s !== '*' && s !== '**' && !/^\d+$/.test(s) && s.length >= 2);
  const longest = segments.sort((a, b) => b.length - a.length)[0];
  return longest ? [longest] : undefined;
}
