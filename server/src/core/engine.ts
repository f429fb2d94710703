/**
 * analyze(document, rules, options) -> findings and problems. Pure and total: no file system, no
 * process, never throws on user input. Budgets bound the work; a file that exceeds one is reported
 * as incomplete, never as clean.
 */
import type { Node, Tree } from 'web-tree-sitter';
import { Minimatch } from 'minimatch';
import { detect, languageForPath } from './languages/detect';
import { FLAVOURS, languageSpec, type LanguageSpec } from './languages/registry';
import type { AnalysisResult, Finding, Problem, Span } from './model';
import { buildDataModel } from './match/dataModel';
import { matchDocument } from './match/document';
import { fileLevelKey, matchQuery, MatchBudgetExceeded, QueryCache, type QueryEnv } from './match/query';
import type { DocumentTree } from './parsing/documentTree';
import type { Grammars } from './parsing/grammars';
import { type RankContext } from './ranking';
import type { CompiledRule } from './rules/compiled';
import type { RuleSet } from './ruleSet';
import { fingerprints } from './fingerprint';
import { buildFinding } from './findings';
import { dirtySpan, isFileLevel, isLocal, literalIndexes, shiftFinding, toTopLevel, type PendingEdit } from './incremental';
import { applySuppressions } from './suppressionFindings';
import { MARKER, parseSuppressions } from './suppressions';
import { LineIndex } from './text';

export interface Environment {
  name: string;
  paths: string[];
  /** Points added to the score of findings in matching files. */
  delta: number;
}

export interface AnalyzeOptions {
  /** Today as YYYY-MM-DD, for suppression expiry. */
  today: string;
  maxFileBytes: number;
  parseBudgetMs: number;
  analysisBudgetMs: number;
  matchLimit: number;
  environments: Environment[];
  testPaths: string[];
  clock: () => number;
  /** Run only these rules (rule tests, single-rule runs). */
  onlyRules?: ReadonlySet<string>;
  /** Ignore rules' include/exclude globs (rule fixtures live outside the paths rules target). */
  ignorePathFilters?: boolean;
}

export const DEFAULT_TEST_PATHS = [
  '**/test/**', '**/tests/**', '**/__tests__/**', '**/spec/**', '**/testdata/**', '**/fixtures/**',
  '**/*.test.*', '**/*.spec.*', '**/*_test.go', '**/test_*.py', '**/*_test.py', '**/src/test/**',
];

export const DEFAULT_OPTIONS: Omit<AnalyzeOptions, 'today' | 'clock'> = {
  maxFileBytes: 2 * 1024 * 1024,
  parseBudgetMs: 5_000,
  analysisBudgetMs: 10_000,
  matchLimit: 10_000,
  environments: [{ name: 'production', paths: ['**/prod/**', '**/production/**', '**/*prod*.tfvars'], delta: 1 }],
  testPaths: DEFAULT_TEST_PATHS,
};

export interface DocumentInput {
  path: string;
  text: string;
}

/** Engine state that lives as long as a rule set: grammars and compiled queries. */
export class Engine {
  private readonly queries = new QueryCache();
  private readonly globCache = new Map<string, Minimatch[]>();

  constructor(
    readonly ruleSet: RuleSet,
    private readonly grammars: Grammars,
  ) {}

  dispose(): void {
    this.queries.dispose();
  }

  /** Loads the grammars these paths will need (see Grammars.preload). */
  preloadFor(paths: Iterable<string>): Promise<void> {
    const grammars = new Set<string>();
    for (const p of paths) {
      const lang = languageForPath(p);
      const spec = lang ? languageSpec(lang) : undefined;
      if (spec && this.ruleSet.forDocument(spec.id, FLAVOURS).length) grammars.add(spec.grammar);
    }
    return this.grammars.preload(grammars);
  }

  private globs(list: string[]): Minimatch[] {
    const key = list.join('\u0000');
    let g = this.globCache.get(key);
    if (!g) {
      g = list.map((p) => new Minimatch(p, { dot: true, matchBase: !p.includes('/') }));
      this.globCache.set(key, g);
    }
    return g;
  }

  private rankContext(path: string, options: AnalyzeOptions): RankContext {
    const env = options.environments.find((e) => this.globs(e.paths).some((g) => g.match(path)));
    return { testCode: this.globs(options.testPaths).some((g) => g.match(path)), environment: env ? { name: env.name, delta: env.delta } : undefined };
  }

  /** Rules that apply to this path and pass their literal prefilter. */
  applicableRules(path: string, text: string, language: string, flavours: readonly string[], options: Pick<AnalyzeOptions, 'onlyRules' | 'ignorePathFilters'> = {}, kept?: DocumentTree): CompiledRule[] {
    const candidates = this.ruleSet.forDocument(language, flavours).filter((r) => {
      if (options.onlyRules && !options.onlyRules.has(r.id)) return false;
      if (!options.ignorePathFilters && r.include.length && !r.include.some((g) => g.match(path))) return false;
      return !(!options.ignorePathFilters && r.exclude.some((g) => g.match(path)));
    });
    if (!kept) return candidates.filter((r) => !r.prefilter || r.prefilter.some((s) => text.includes(s)));
    // Open documents: literal positions are carried across edits instead of searched again.
    const found = literalIndexes(text, candidates.flatMap((r) => r.prefilter ?? []), kept.literals, kept.literalEdits);
    kept.literals = found;
    kept.literalEdits = [];
    return candidates.filter((r) => !r.prefilter || r.prefilter.some((s) => (found.get(s) ?? -1) >= 0));
  }

  /**
   * Analyses one document. With a `DocumentTree` (an open editor buffer), parsing is incremental
   * and the new tree is kept in it; without one, the tree is freed before returning.
   */
  async analyze(doc: DocumentInput, options: AnalyzeOptions, kept?: DocumentTree): Promise<AnalysisResult> {
    const result: AnalysisResult = { path: doc.path, language: undefined, findings: [], problems: [], incomplete: false, stats: { lines: 0, parseMs: 0, matchMs: 0, rulesRun: 0, parsed: false } };
    try {
      await this.analyzeInto(doc, options, result, kept);
    } catch (err) {
      result.incomplete = true;
      result.problems.push({ code: 'internal-error', severity: 'error', file: doc.path, message: `analysis failed: ${err instanceof Error ? err.message : String(err)}`, hint: 'report this as a Guardline bug with the file that caused it' });
    }
    return result;
  }

  private async analyzeInto(doc: DocumentInput, options: AnalyzeOptions, result: AnalysisResult, kept: DocumentTree | undefined): Promise<void> {
    const detected = detect(doc.path, doc.text);
    if (!detected) return;
    result.language = detected.language;
    result.stats.lines = countLines(doc.text);
    const spec = languageSpec(detected.language);
    if (!spec) return;
    if (doc.text.length > options.maxFileBytes) {
      result.incomplete = true;
      result.problems.push({ code: 'file-too-large', severity: 'warning', file: doc.path, message: `not analysed: ${doc.text.length} characters exceeds the ${options.maxFileBytes} limit`, hint: 'raise maxFileBytes or exclude the file' });
      return;
    }
    const rules = this.applicableRules(doc.path, doc.text, detected.language, detected.flavours, options, kept);
    const hasMarker = doc.text.includes(MARKER);
    if (rules.length === 0 && !hasMarker) return;
    const parsed = await this.grammars.parse(spec.grammar, doc.text, options.parseBudgetMs, kept?.previousFor(spec.grammar));
    result.stats.parseMs = parsed.ms;
    if (!parsed.ok) {
      result.incomplete = true;
      result.problems.push({ code: parsed.reason === 'timeout' ? 'parse-timeout' : 'grammar-unavailable', severity: 'error', file: doc.path, message: parsed.message, hint: parsed.reason === 'timeout' ? 'raise parseBudgetMs or exclude the file' : 'reinstall Guardline; the grammar files are damaged' });
      return;
    }
    result.stats.parsed = true;
    const tree = parsed.tree;
    let reuse: Reuse | undefined;
    if (kept) {
      const old = kept.previousFor(spec.grammar);
      if (old && kept.previous && kept.fileKeys && kept.pending.length) {
        const changed = tree.getChangedRanges(old).map((r) => ({ start: r.startIndex, end: r.endIndex }));
        const dirty = dirtySpan(kept.pending, changed);
        if (dirty) reuse = { previous: kept.previous, fileKeys: kept.fileKeys, edits: kept.pending, region: toTopLevel(tree.rootNode, dirty) };
      }
      kept.replace(spec.grammar, tree);
      kept.pending = [];
      kept.previous = undefined;
    }
    try {
      const { byRule, fileKeys } = this.matchAll(doc, tree, spec, rules, options, result, reuse);
      if (kept && !result.incomplete) {
        kept.previous = byRule;
        kept.fileKeys = fileKeys;
      }
    } finally {
      if (!kept) tree.delete();
    }
  }

  /** Runs the rules; returns each rule's findings before suppressions and file-level check values (kept for incremental reuse). */
  private matchAll(doc: DocumentInput, tree: Tree, spec: LanguageSpec, rules: CompiledRule[], options: AnalyzeOptions, result: AnalysisResult, reuse: Reuse | undefined): { byRule: Map<string, Finding[]>; fileKeys: Map<string, string> } {
    const started = options.clock();
    const lines = new LineIndex(doc.text);
    const root = tree.rootNode;
    if (root.hasError) result.problems.push({ code: 'syntax-errors', severity: 'info', file: doc.path, message: 'the file has syntax errors; findings near them may be missing', hint: 'fix the syntax errors' });
    const language = tree.language;
    let current: CompiledRule | undefined;
    const reported = new Set<string>();
    const onQueryError = (_source: string, err: Error): void => {
      if (!current || reported.has(current.id)) return;
      reported.add(current.id);
      result.problems.push({ ...queryProblem(current, spec, err), field: 'match.where', message: `a relational check's query does not compile for ${spec.id}: ${err.message}` });
    };
    const env: QueryEnv = { grammar: spec.grammar, language, spec, cache: this.queries, budget: { matchLimit: options.matchLimit, deadline: started + options.analysisBudgetMs, clock: options.clock }, onQueryError, memo: new Map() };
    const ctx = this.rankContext(doc.path, options);
    const byRule = new Map<string, Finding[]>();
    const fileKeys = new Map<string, string>();
    let model: ReturnType<typeof buildDataModel> | undefined;
    for (const rule of rules) {
      current = rule;
      result.stats.rulesRun++;
      const found: Finding[] = [];
      byRule.set(rule.id, found);
      try {
        if (rule.matcher.type === 'query') {
          const fileKey = fileLevelKey(rule.matcher, root, env, isFileLevel);
          fileKeys.set(rule.id, fileKey);
          const sameFile = reuse?.fileKeys.get(rule.id) === fileKey;
          const previous = reuse && sameFile && isLocal(rule) ? reuse.previous.get(rule.id) : undefined;
          const kept = previous && reuse ? previous.map((f) => shiftFinding(f, reuse.edits, reuse.region, lines)) : undefined;
          const range = kept && !kept.includes(undefined) && reuse ? reuse.region : undefined;
          if (range && kept) found.push(...(kept as Finding[]));
          const matches = matchQuery(rule.matcher, root, env, range);
          if (matches instanceof Error) {
            result.problems.push(queryProblem(rule, spec, matches));
            continue;
          }
          const seen = new Set(found.map((f) => `${f.location.start}:${f.location.end}`));
          for (const m of matches) {
            const target = spanOf(m.target);
            if (seen.has(`${target.start}:${target.end}`)) continue;
            found.push(buildFinding(rule, target, new Map([...m.captures].map(([k, n]) => [k, { span: spanOf(n), text: n.text }])), doc.path, lines, ctx));
          }
        } else {
          if (!spec.dataModel) continue;
          model ??= buildDataModel(root, spec.dataModel);
          for (const m of matchDocument(rule.matcher, model, doc.text)) found.push(buildFinding(rule, m.target, m.captures, doc.path, lines, ctx));
        }
      } catch (err) {
        if (!(err instanceof MatchBudgetExceeded)) throw err;
        result.incomplete = true;
        result.problems.push({ code: err.reason, severity: 'warning', file: doc.path, ruleId: rule.id, message: err.reason === 'match-limit' ? `rule ${rule.id} exceeded the match limit (${options.matchLimit}); later matches were dropped` : `analysis exceeded ${options.analysisBudgetMs} ms; remaining rules were skipped`, hint: 'the file is not known to be clean; exclude it or raise the budget' });
        if (err.reason === 'analysis-timeout') break;
      }
    }
    const findings: Finding[] = [...byRule.values()].flat().map((f) => ({ ...f, suppressed: undefined }));
    const suppressions = doc.text.includes(MARKER) ? parseSuppressions(doc.text, root, spec.commentKinds, lines) : [];
    findings.push(...applySuppressions(findings, suppressions, { path: doc.path, today: options.today, lines, ctx, complete: !result.incomplete, ranRules: new Set(rules.map((r) => r.id)) }));
    findings.sort(compareFindings);
    const prints = fingerprints(findings.map((f) => ({ ruleId: f.ruleId, path: f.path, text: doc.text.slice(f.location.start, f.location.end) })));
    findings.forEach((f, i) => (f.fingerprint = prints[i] ?? ''));
    result.findings = findings;
    result.stats.matchMs = options.clock() - started;
    return { byRule, fileKeys };
  }
}

interface Reuse {
  previous: Map<string, Finding[]>;
  fileKeys: Map<string, string>;
  edits: PendingEdit[];
  /** Region of the new text to re-match (whole top-level statements). */
  region: Span;
}

function countLines(text: string): number {
  let n = text.length > 0 && !text.endsWith('\n') ? 1 : 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function spanOf(n: Node): Span {
  return { start: n.startIndex, end: n.endIndex };
}

function queryProblem(rule: CompiledRule, spec: LanguageSpec, err: Error): Problem {
  return { code: 'query-invalid', severity: 'error', file: `${rule.packId}/${rule.file}`, ruleId: rule.id, field: 'match.query', message: `query does not compile for ${spec.id}: ${err.message}`, hint: `check node names against the ${spec.id} grammar, or remove ${spec.id} from languages` };
}

/** Deterministic order: position, then severity, then rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.path.localeCompare(b.path) || a.location.start - b.location.start || b.rank.score - a.rank.score || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || a.location.end - b.location.end;
}
