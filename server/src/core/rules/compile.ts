/**
 * Raw rule -> compiled rule: validates what zod cannot (regexes, capture names, globs, languages)
 * and precomputes everything match time needs. Returns problems instead of throwing.
 */
import { Minimatch } from 'minimatch';
import type { Problem } from '../model';
import { isFlavourId, isLanguageId } from '../languages/registry';
import type {
  CompiledCaptureCheck,
  CompiledCheck,
  CompiledCondition,
  CompiledNodePattern,
  CompiledRule,
  DocumentMatcher,
  QueryMatcher,
} from './compiled';
import { derivePrefilter } from './prefilter';
import { splitPath } from './paths';
import { compileRegex, isRegexError, type SafeRegex } from './regex';
import type { CaptureCheckRaw, DataCondition, NodePatternRaw, RelationCheckRaw, RuleRaw } from './schema';

export interface RuleOrigin {
  packId: string;
  packVersion: string;
  file: string;
}

class Collector {
  readonly problems: Problem[] = [];
  constructor(
    private readonly origin: RuleOrigin,
    private readonly ruleId: string,
  ) {}
  add(field: string, message: string, hint: string): void {
    this.problems.push({ code: 'rule-invalid', severity: 'error', file: this.origin.file, ruleId: this.ruleId, field, message: `${field}: ${message}`, hint });
  }
  regex(field: string, source: string | undefined): SafeRegex | undefined {
    if (source === undefined) return undefined;
    const r = compileRegex(source);
    if (isRegexError(r)) {
      this.add(field, `invalid regex ${JSON.stringify(source)}: ${r.error}`, 'rewrite the pattern in RE2 syntax');
      return undefined;
    }
    return r;
  }
}

const CAPTURE_IN_QUERY = /@([A-Za-z_][\w.-]*)/g;
const BANNED_PREDICATES = /#(not-)?match\?|#(not-)?any-match\?|#select-adjacent!|#strip!/;

function queryCaptures(query: string): Set<string> {
  return new Set([...query.matchAll(CAPTURE_IN_QUERY)].map((m) => m[1] ?? ''));
}

function checkQuery(c: Collector, field: string, query: string): void {
  if (BANNED_PREDICATES.test(query)) {
    c.add(field, 'query uses a regex predicate (#match?), which would run on a backtracking engine', 'move the pattern to a `where` check with `regex:` (RE2, linear time)');
  }
}

function compileCaptureCheck(c: Collector, field: string, raw: CaptureCheckRaw, captures: Set<string>): CompiledCaptureCheck {
  if (!captures.has(raw.capture)) {
    c.add(`${field}.capture`, `capture @${raw.capture} does not appear in the query`, `add @${raw.capture} to the query or use one of: ${[...captures].map((x) => `@${x}`).join(', ')}`);
  }
  return {
    type: 'capture',
    capture: raw.capture,
    regex: c.regex(`${field}.regex`, raw.regex),
    notRegex: c.regex(`${field}.notRegex`, raw.notRegex),
    equals: raw.equals,
    notEquals: raw.notEquals,
    in: raw.in ? new Set(raw.in) : undefined,
    notIn: raw.notIn ? new Set(raw.notIn) : undefined,
    kind: raw.kind ? new Set(raw.kind) : undefined,
    notKind: raw.notKind ? new Set(raw.notKind) : undefined,
    literal: raw.literal,
  };
}

function compilePattern(c: Collector, field: string, raw: NodePatternRaw): CompiledNodePattern {
  const captures = raw.query ? queryCaptures(raw.query) : new Set<string>();
  if (raw.query) checkQuery(c, `${field}.query`, raw.query);
  return {
    kind: raw.kind ? new Set(raw.kind) : undefined,
    regex: c.regex(`${field}.regex`, raw.regex),
    query: raw.query,
    where: (raw.where ?? []).map((w, i) => compileCaptureCheck(c, `${field}.where[${i}]`, w, captures)),
  };
}

const RELATIONS = ['inside', 'notInside', 'has', 'notHas'] as const;

function compileRelation(c: Collector, field: string, raw: RelationCheckRaw, captures: Set<string>): CompiledCheck[] {
  if (raw.capture && !captures.has(raw.capture)) {
    c.add(`${field}.capture`, `capture @${raw.capture} does not appear in the query`, 'name a capture of the query');
  }
  const out: CompiledCheck[] = [];
  for (const relation of RELATIONS) {
    const pattern = raw[relation];
    if (pattern) out.push({ type: 'relation', capture: raw.capture, relation, pattern: compilePattern(c, `${field}.${relation}`, pattern) });
  }
  if (out.length === 0) c.add(field, 'a relational check needs inside, notInside, has or notHas', 'add one of them');
  return out;
}

function compileQueryMatcher(c: Collector, raw: Extract<RuleRaw['match'], { query: string }>): QueryMatcher {
  checkQuery(c, 'match.query', raw.query);
  const captures = queryCaptures(raw.query);
  if (captures.size === 0) c.add('match.query', 'the query has no capture', 'capture the node to report, e.g. (call_expression) @call');
  if (raw.target && !captures.has(raw.target)) c.add('match.target', `capture @${raw.target} does not appear in the query`, 'name a capture of the query');
  const checks: CompiledCheck[] = [];
  (raw.where ?? []).forEach((w, i) => {
    const field = `match.where[${i}]`;
    if ('inside' in w || 'notInside' in w || 'has' in w || 'notHas' in w) checks.push(...compileRelation(c, field, w, captures));
    else checks.push(compileCaptureCheck(c, field, w as CaptureCheckRaw, captures));
  });
  return { type: 'query', query: raw.query, target: raw.target, checks };
}

function compileCondition(c: Collector, field: string, raw: DataCondition): CompiledCondition {
  const path = raw.path ? splitPath(raw.path.replace(/^\//, '')) : [];
  const out: CompiledCondition = {
    path,
    rootRelative: raw.path?.startsWith('/') ?? false,
    pathText: raw.path,
    equals: raw.equals === undefined ? undefined : String(raw.equals),
    in: raw.in ? new Set(raw.in.map(String)) : undefined,
    regex: c.regex(`${field}.regex`, raw.regex),
    missing: raw.missing,
    present: raw.present,
    literal: raw.literal,
    any: raw.any?.map((x, i) => compileCondition(c, `${field}.any[${i}]`, x)),
    all: raw.all?.map((x, i) => compileCondition(c, `${field}.all[${i}]`, x)),
    not: raw.not ? compileCondition(c, `${field}.not`, raw.not) : undefined,
  };
  const tests = [raw.equals, raw.in, raw.regex, raw.missing, raw.present, raw.literal, raw.any, raw.all, raw.not].filter((x) => x !== undefined);
  if (tests.length === 0) c.add(field, 'the condition tests nothing', 'add equals, in, regex, missing, present, literal, any, all or not');
  if ((raw.any ?? raw.all ?? raw.not) && raw.path) c.add(`${field}.path`, 'any/all/not take paths in their own conditions', 'move `path` into the nested conditions');
  return out;
}

function compileDocumentMatcher(c: Collector, raw: Extract<RuleRaw['match'], { document: unknown }>['document']): DocumentMatcher {
  return {
    type: 'document',
    select: splitPath(raw.select),
    where: (raw.where ?? []).map((w, i) => compileCondition(c, `match.document.where[${i}]`, w)),
    report: raw.report ? splitPath(raw.report) : undefined,
    reportText: raw.report,
  };
}

function compileGlobs(c: Collector, field: string, globs: string[] | undefined): Minimatch[] {
  return (globs ?? []).map((g, i) => {
    try {
      return new Minimatch(g, { dot: true, matchBase: !g.includes('/') });
    } catch (err) {
      c.add(`${field}[${i}]`, `invalid glob ${JSON.stringify(g)}: ${String(err)}`, 'use minimatch glob syntax');
      return new Minimatch('!**', {});
    }
  });
}

function checkFixes(c: Collector, raw: RuleRaw, captures: Set<string> | undefined): void {
  (raw.fix ?? []).forEach((f, i) => {
    const field = `fix[${i}]`;
    const ops = [f.replace, f.insertBefore, f.insertAfter, f.delete].filter((x) => x !== undefined);
    if (ops.length !== 1) c.add(field, 'a fix needs exactly one of replace, insertBefore, insertAfter or delete', 'keep one operation per fix');
    if (f.replace !== undefined && f.with === undefined) c.add(`${field}.with`, '`replace` needs `with`', 'add the replacement text');
    if ((f.insertBefore ?? f.insertAfter) !== undefined && f.text === undefined) c.add(`${field}.text`, 'an insertion needs `text`', 'add the text to insert');
    const target = f.replace ?? f.insertBefore ?? f.insertAfter ?? f.delete;
    if (captures && target && !captures.has(target)) c.add(field, `capture @${target} does not appear in the query`, 'name a capture of the query');
  });
}

export function compileRule(raw: RuleRaw, origin: RuleOrigin, expectedId?: string): { rule?: CompiledRule; problems: Problem[] } {
  const c = new Collector(origin, raw.id);
  if (expectedId !== undefined && expectedId !== raw.id) {
    c.add('id', `id "${raw.id}" does not match the file name "${expectedId}.rule.yaml"`, `rename the file or set id: ${expectedId}`);
  }
  for (const [i, lang] of raw.languages.entries()) {
    if (!isLanguageId(lang) && !isFlavourId(lang)) c.add(`languages[${i}]`, `unknown language "${lang}"`, 'use a language id or flavour listed in docs/rule-format.md');
  }
  const matcher = 'query' in raw.match ? compileQueryMatcher(c, raw.match) : compileDocumentMatcher(c, raw.match.document);
  checkFixes(c, raw, matcher.type === 'query' ? queryCaptures(matcher.query) : undefined);
  if (matcher.type === 'query') {
    const captures = queryCaptures(matcher.query);
    (raw.related ?? []).forEach((r, i) => {
      if (!captures.has(r.capture)) c.add(`related[${i}].capture`, `capture @${r.capture} does not appear in the query`, 'name a capture of the query');
    });
    for (const m of raw.message.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)) {
      if (!captures.has(m[1] ?? '')) c.add('message', `{{${m[1] ?? ''}}} is not a capture of the query`, `use one of: ${[...captures].map((x) => `{{${x}}}`).join(', ')}`);
    }
  }
  const rule: CompiledRule = {
    id: raw.id,
    packId: origin.packId,
    packVersion: origin.packVersion,
    file: origin.file,
    guidance: raw.guidance ?? `docs/${raw.id}.md`,
    title: raw.title,
    kind: raw.kind,
    category: raw.category,
    impact: raw.impact,
    likelihood: raw.likelihood,
    confidence: raw.confidence,
    exposure: raw.exposure,
    languages: new Set(raw.languages),
    include: compileGlobs(c, 'files.include', raw.files?.include),
    exclude: compileGlobs(c, 'files.exclude', raw.files?.exclude),
    prefilter: raw.prefilter ?? derivePrefilter(matcher),
    matcher,
    fixes: raw.fix ?? [],
    raw,
  };
  return c.problems.length ? { problems: c.problems } : { rule, problems: [] };
}
