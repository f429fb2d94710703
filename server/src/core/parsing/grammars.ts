/**
 * web-tree-sitter runtime and grammar cache. The runtime initialises once, each grammar loads
 * lazily once (from bytes handed in by the host), and parsing honours a time budget.
 */
import { Language, Parser, type Tree } from 'web-tree-sitter';

/** The host's way to hand the core bytes: grammar wasm by name, and the runtime wasm. */
export interface GrammarSource {
  runtimeWasm(): Promise<Uint8Array>;
  grammarWasm(grammar: string): Promise<Uint8Array>;
}

export type Clock = () => number;

export type ParseOutcome =
  | { ok: true; tree: Tree; ms: number }
  | { ok: false; reason: 'timeout' | 'grammar'; message: string; ms: number };

export class Grammars {
  private runtime: Promise<void> | undefined;
  private readonly languages = new Map<string, Promise<Language>>();
  private readonly parsers = new Map<string, Parser>();

  constructor(
    private readonly source: GrammarSource,
    private readonly clock: Clock,
  ) {}

  private init(): Promise<void> {
    this.runtime ??= this.source.runtimeWasm().then((wasmBinary) => Parser.init({ wasmBinary }));
    return this.runtime;
  }

  /** Loads a grammar once; a failed load is remembered (and reported by callers) rather than retried per file. */
  language(grammar: string): Promise<Language> {
    let lang = this.languages.get(grammar);
    if (!lang) {
      lang = this.init()
        .then(() => this.source.grammarWasm(grammar))
        .then((bytes) => Language.load(bytes));
      this.languages.set(grammar, lang);
    }
    return lang;
  }

  /**
   * Loads grammars before the first parse. Loading one while others are already parsing stalls
   * (V8 tiers up the running grammar code at the same time), so callers that know which languages
   * they will need load them up front.
   */
  async preload(grammars: Iterable<string>): Promise<void> {
    await Promise.allSettled([...new Set(grammars)].map((g) => this.language(g)));
  }

  async parse(grammar: string, text: string, budgetMs: number, oldTree?: Tree): Promise<ParseOutcome> {
    const started = this.clock();
    let language: Language;
    try {
      language = await this.language(grammar);
    } catch (err) {
      return { ok: false, reason: 'grammar', message: `grammar ${grammar} could not be loaded: ${String(err)}`, ms: 0 };
    }
    let parser = this.parsers.get(grammar);
    if (!parser) {
      parser = new Parser();
      parser.setLanguage(language);
      this.parsers.set(grammar, parser);
    }
    const deadline = started + budgetMs;
    let timedOut = false;
    const tree = parser.parse(text, oldTree ?? null, {
      progressCallback: () => {
        if (this.clock() > deadline) timedOut = true;
        return timedOut as unknown as void;
      },
    });
    const ms = this.clock() - started;
    if (!tree || timedOut) {
      tree?.delete();
      parser.reset();
      return { ok: false, reason: 'timeout', message: `parsing took longer than ${budgetMs} ms`, ms };
    }
    return { ok: true, tree, ms };
  }

  dispose(): void {
    for (const p of this.parsers.values()) p.delete();
    this.parsers.clear();
  }
}
