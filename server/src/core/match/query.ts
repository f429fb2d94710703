/**
 * Runs `query` matchers: the rule's tree-sitter query (compiled once per grammar), then the capture
 * and relational checks. Match limits and a deadline bound the work on pathological files.
 */
import { Query, type Language, type Node, type QueryMatch } from 'web-tree-sitter';
import type { LanguageSpec } from '../languages/registry';
import type { CompiledCaptureCheck, CompiledCheck, CompiledNodePattern, QueryMatcher } from '../rules/compiled';
import { isConstant, unquote } from './nodeText';

export interface QueryBudget {
  matchLimit: number;
  deadline: number;
  clock: () => number;
}

export interface NodeMatch {
  target: Node;
  captures: Map<string, Node>;
}

/** Compiled queries keyed by grammar then source; a failed compile is cached as the Error. */
export class QueryCache {
  private readonly byGrammar = new Map<string, Map<string, Query | Error>>();

  get(grammar: string, language: Language, source: string): Query | Error {
    let m = this.byGrammar.get(grammar);
    if (!m) {
      m = new Map();
      this.byGrammar.set(grammar, m);
    }
    let q = m.get(source);
    if (!q) {
      try {
        q = new Query(language, source);
      } catch (err) {
        q = err instanceof Error ? err : new Error(String(err));
      }
      m.set(source, q);
    }
    return q;
  }

  dispose(): void {
    for (const m of this.byGrammar.values()) for (const q of m.values()) if (q instanceof Query) q.delete();
    this.byGrammar.clear();
  }
}

export interface QueryEnv {
  grammar: string;
  language: Language;
  spec: LanguageSpec;
  cache: QueryCache;
  budget: QueryBudget;
  /** Called when a relational check's query does not compile for this grammar. */
  onQueryError: (source: string, err: Error) => void;
  /** Per-analysis memo of "does this ancestor match this pattern" (ancestors are shared by many matches). */
  memo: Map<CompiledNodePattern, Map<number, boolean>>;
}

export class MatchBudgetExceeded extends Error {
  constructor(readonly reason: 'match-limit' | 'analysis-timeout') {
    super(reason);
  }
}

function runQuery(q: Query, node: Node, env: QueryEnv, maxStartDepth?: number, range?: { start: number; end: number }): QueryMatch[] {
  let timedOut = false;
  const matches = q.matches(node, {
    matchLimit: env.budget.matchLimit,
    maxStartDepth,
    // web-tree-sitter 0.26 passes these to the C cursor as byte offsets of its UTF-16 text, so
    // code-unit offsets are doubled (node indices, by contrast, come back in code units).
    startIndex: range ? range.start * 2 : undefined,
    endIndex: range ? range.end * 2 : undefined,
    progressCallback: () => {
      if (env.budget.clock() > env.budget.deadline) timedOut = true;
      return timedOut as unknown as void;
    },
  });
  if (timedOut) throw new MatchBudgetExceeded('analysis-timeout');
  if (q.didExceedMatchLimit()) throw new MatchBudgetExceeded('match-limit');
  return matches;
}

function captureCheckHolds(check: CompiledCaptureCheck, node: Node | undefined, spec: LanguageSpec): boolean {
  if (!node) return false;
  const text = node.text;
  const plain = unquote(text);
  if (check.regex && !check.regex.test(text)) return false;
  if (check.notRegex?.test(text)) return false;
  if (check.equals !== undefined && plain !== check.equals) return false;
  if (check.notEquals !== undefined && plain === check.notEquals) return false;
  if (check.in && !check.in.has(plain)) return false;
  if (check.notIn?.has(plain)) return false;
  if (check.kind && !check.kind.has(node.type)) return false;
  if (check.notKind?.has(node.type)) return false;
  if (check.literal !== undefined && isConstant(node, spec) !== check.literal) return false;
  return true;
}

/** The outermost capture of a match: the default finding location and relational anchor. */
function outermost(m: QueryMatch): Node | undefined {
  let best: Node | undefined;
  for (const c of m.captures) {
    if (!best || c.node.endIndex - c.node.startIndex > best.endIndex - best.startIndex) best = c.node;
  }
  return best;
}

function capturesOf(m: QueryMatch): Map<string, Node> {
  const out = new Map<string, Node>();
  for (const c of m.captures) if (!out.has(c.name)) out.set(c.name, c.node);
  return out;
}

function patternMatchesAt(pattern: CompiledNodePattern, node: Node, env: QueryEnv): boolean {
  if (pattern.kind && !pattern.kind.has(node.type)) return false;
  if (pattern.regex && !pattern.regex.test(node.text)) return false;
  if (!pattern.query) return true;
  const q = env.cache.get(env.grammar, env.language, pattern.query);
  if (q instanceof Error) {
    env.onQueryError(pattern.query, q);
    return false;
  }
  return runQuery(q, node, env, 0).some(
    (m) => {
      const top = outermost(m);
      return top !== undefined && top.startIndex === node.startIndex && top.endIndex === node.endIndex && pattern.where.every((w) => captureCheckHolds(w, capturesOf(m).get(w.capture), env.spec));
    },
  );
}

function hasDescendant(pattern: CompiledNodePattern, node: Node, env: QueryEnv): boolean {
  if (pattern.query) {
    const q = env.cache.get(env.grammar, env.language, pattern.query);
    if (q instanceof Error) {
      env.onQueryError(pattern.query, q);
      return false;
    }
    return runQuery(q, node, env).some((m) => {
      const caps = capturesOf(m);
      const root = outermost(m);
      const inside = root !== undefined && root.startIndex >= node.startIndex && root.endIndex <= node.endIndex && root.id !== node.id;
      return inside && (!pattern.kind || (root !== undefined && pattern.kind.has(root.type))) && (!pattern.regex || (root !== undefined && pattern.regex.test(root.text))) && pattern.where.every((w) => captureCheckHolds(w, caps.get(w.capture), env.spec));
    });
  }
  if (!pattern.kind) return pattern.regex ? pattern.regex.test(node.text) : false;
  return node.descendantsOfType([...pattern.kind]).some((d) => d !== null && d.id !== node.id && (!pattern.regex || pattern.regex.test(d.text)));
}

/** The values of a rule's file-level checks on this tree, as a string to compare across edits. */
export function fileLevelKey(matcher: QueryMatcher, root: Node, env: QueryEnv, isFileLevel: (c: CompiledCheck) => boolean): string {
  return matcher.checks.filter(isFileLevel).map((c) => (c.type === 'relation' && patternMatchesAt(c.pattern, root, env) ? '1' : '0')).join('');
}

function hasAncestor(pattern: CompiledNodePattern, node: Node, env: QueryEnv): boolean {
  let memo = env.memo.get(pattern);
  if (!memo) env.memo.set(pattern, (memo = new Map<number, boolean>()));
  for (let p = node.parent; p; p = p.parent) {
    let hit = memo.get(p.id);
    if (hit === undefined) memo.set(p.id, (hit = patternMatchesAt(pattern, p, env)));
    if (hit) return true;
  }
  return false;
}

function checkHolds(check: CompiledCheck, m: NodeMatch, env: QueryEnv): boolean {
  if (check.type === 'capture') return captureCheckHolds(check, m.captures.get(check.capture), env.spec);
  const node = check.capture ? m.captures.get(check.capture) : m.target;
  if (!node) return false;
  switch (check.relation) {
    case 'inside':
      return hasAncestor(check.pattern, node, env);
    case 'notInside':
      return !hasAncestor(check.pattern, node, env);
    case 'has':
      return hasDescendant(check.pattern, node, env);
    case 'notHas':
      return !hasDescendant(check.pattern, node, env);
  }
}

/** Matches of one rule in one tree, deduplicated by target range. Throws only MatchBudgetExceeded. */
/** With `range`, only matches touching that span of the text (incremental re-matching). */
export function matchQuery(matcher: QueryMatcher, root: Node, env: QueryEnv, range?: { start: number; end: number }): NodeMatch[] | Error {
  const q = env.cache.get(env.grammar, env.language, matcher.query);
  if (q instanceof Error) return q;
  // One finding per target range; when several patterns match the same node, the match with the
  // most captures (the most specific pattern, usually the one a fix needs) wins.
  const byTarget = new Map<string, NodeMatch>();
  for (const m of runQuery(q, root, env, undefined, range)) {
    const captures = capturesOf(m);
    const target = matcher.target ? captures.get(matcher.target) : outermost(m);
    if (!target) continue;
    const nm: NodeMatch = { target, captures };
    if (!matcher.checks.every((c) => checkHolds(c, nm, env))) continue;
    const key = `${target.startIndex}:${target.endIndex}`;
    const previous = byTarget.get(key);
    if (!previous || captures.size > previous.captures.size) byTarget.set(key, nm);
  }
  return [...byTarget.values()].sort((a, b) => a.target.startIndex - b.target.startIndex || a.target.endIndex - b.target.endIndex);
}
