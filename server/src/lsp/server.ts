/**
 * The Guardline language server: document lifecycle, settings, rule packs, analysis scheduling
 * and the handlers. It depends on an `LspConnection` (the subset of the protocol it uses), never
 * on the transport, so tests can drive it in-process as well as over stdio.
 */
import { fileURLToPath } from 'node:url';
import { Minimatch } from 'minimatch';
import {
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type Hover,
  type HoverParams,
  type InitializeParams,
  type WorkspaceDiagnosticReport,
} from 'vscode-languageserver/node';
import { catalog, type RuleInfo } from '../core/catalog';
import { Engine } from '../core/engine';
import type { AnalysisResult, Band, Finding } from '../core/model';
import { docUri } from '../host/guidance';
import { nodeGrammars } from '../host/grammarFiles';
import { defaultScanOptions } from '../host/scanner';
import type { CountsParams, InitOptions } from '../protocol/protocol';
import { AnalysisScheduler } from './analysis';
import { actionsForDiagnostic, fixAllAction, type ActionContext } from './codeActions';
import { documentProblemDiagnostic, toDiagnostic } from './convert';
import { Documents, type OpenDocument } from './documents';
import { hoverFor } from './hover';
import { loadRules, type LoadedRules } from './packs';
import { defaultSettings, parseSettings, type Settings } from './settingsSchema';
import { fillTemplate } from './templates';

/** What the server needs from the connection; implemented over vscode-languageserver. */
export interface LspClient {
  publishDiagnostics(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void;
  refreshDiagnostics(): void;
  getSettings(): Promise<unknown>;
  log(message: string): void;
  notifyCounts(params: CountsParams): void;
}

const EMPTY_COUNTS = (): Record<Band, number> => ({ critical: 0, high: 0, medium: 0, low: 0, info: 0 });

export class GuardlineServer {
  readonly documents = new Documents();
  settings: Settings = defaultSettings();
  trusted = false;
  pullDiagnostics = false;
  private rules!: LoadedRules;
  private engine!: Engine;
  private ruleInfo = new Map<string, RuleInfo>();
  private readonly grammars = nodeGrammars();
  readonly scheduler: AnalysisScheduler;
  /** Findings of files that are not open, from the last workspace scan. */
  readonly workspaceResults = new Map<string, { version: number; result: AnalysisResult }>();
  private publishedPackFiles = new Set<string>();
  /** Resolves once the first configuration (settings, packs) is in place. */
  readonly ready: Promise<void>;
  markReady!: () => void;

  constructor(private readonly client: LspClient) {
    this.ready = new Promise((resolve) => (this.markReady = resolve));
    this.scheduler = new AnalysisScheduler(this.documents, (e) => this.analyzeOpen(e), (uri, version, result) => this.onResult(uri, version, result), this.settings.debounceMs);
  }

  initialize(params: InitializeParams): void {
    const init = (params.initializationOptions ?? {}) as Partial<InitOptions>;
    this.trusted = init.trusted === true;
    this.pullDiagnostics = params.capabilities.textDocument?.diagnostic !== undefined;
    const folders = params.workspaceFolders?.map((f) => fileURLToPath(f.uri)) ?? (params.rootUri ? [fileURLToPath(params.rootUri)] : []);
    this.documents.folders = folders;
    this.reloadRules();
  }

  async loadSettings(): Promise<void> {
    const raw = await this.client.getSettings().catch(() => undefined);
    const { settings, warnings } = parseSettings(raw);
    for (const w of warnings) this.client.log(`settings: ${w}`);
    this.settings = settings;
    this.scheduler.debounceMs = settings.debounceMs;
    this.excludeGlobs = settings.exclude.map((g) => new Minimatch(g, { dot: true, matchBase: !g.includes('/') }));
  }

  /** (Re)loads rule packs; publishes pack-file problems; invalidates every cached analysis. */
  reloadRules(): void {
    this.engine?.dispose();
    this.rules = loadRules(this.documents.folders, this.settings, this.trusted);
    this.engine = new Engine(this.rules.ruleSet, this.grammars);
    this.ruleInfo = new Map(catalog(this.rules.ruleSet, docUri).map((r) => [r.id, r]));
    for (const m of this.rules.messages) this.client.log(`rule packs: ${m}`);
    this.client.log(`loaded ${this.rules.ruleSet.rules.length} rules from ${this.rules.packDirs.length} pack(s)${this.trusted ? '' : ' (untrusted workspace: built-in pack only)'}`);
    const current = new Set(this.rules.fileDiagnostics.keys());
    for (const uri of this.publishedPackFiles) if (!current.has(uri)) this.client.publishDiagnostics(uri, undefined, []);
    for (const [uri, diags] of this.rules.fileDiagnostics) this.client.publishDiagnostics(uri, undefined, diags);
    this.publishedPackFiles = current;
    this.scheduler.invalidate();
    this.workspaceResults.clear();
  }

  /** Settings or trust changed: reload and re-analyse open documents. */
  async reconfigure(): Promise<void> {
    await this.loadSettings();
    this.reloadRules();
    this.refreshAll();
  }

  refreshAll(): void {
    if (this.pullDiagnostics) this.client.refreshDiagnostics();
    for (const d of this.documents.all()) {
      if (this.pullDiagnostics) this.scheduler.schedule(d.doc.uri);
      else void this.scheduler.now(d.doc.uri);
    }
  }

  isPackFile(uri: string): boolean {
    return /(\.rule\.ya?ml|\/pack\.ya?ml|\/\.guardline\.yaml)$/.test(uri);
  }

  private analyzeOpen(entry: OpenDocument): Promise<AnalysisResult> {
    const options = { ...defaultScanOptions(), maxFileBytes: this.settings.maxFileBytes, clock: () => performance.now() };
    if (!this.settings.enable || this.isExcluded(entry.path)) return Promise.resolve({ path: entry.path, language: undefined, findings: [], problems: [], incomplete: false, stats: { lines: 0, parseMs: 0, matchMs: 0, rulesRun: 0, parsed: false } });
    return this.engine.analyze({ path: entry.path, text: entry.doc.getText() }, options, entry.tree);
  }

  private excludeGlobs: Minimatch[] = [];

  private isExcluded(path: string): boolean {
    return this.excludeGlobs.some((g) => g.match(path));
  }

  private onResult(uri: string, version: number, result: AnalysisResult): void {
    if (!this.pullDiagnostics) this.client.publishDiagnostics(uri, version, this.diagnosticsFor(uri, version, result));
    const counts = EMPTY_COUNTS();
    for (const f of result.findings) if (!f.suppressed) counts[f.rank.band]++;
    const total = EMPTY_COUNTS();
    const all = [...this.documents.all().map((d) => this.scheduler.cached(d.doc.uri, d.doc.version)), ...[...this.workspaceResults.values()].map((w) => w.result)];
    for (const r of all) for (const f of r?.findings ?? []) if (!f.suppressed) total[f.rank.band]++;
    this.client.notifyCounts({ uri, counts, total });
  }

  diagnosticsFor(uri: string, version: number, result: AnalysisResult): Diagnostic[] {
    const out = result.findings.filter((f) => !f.suppressed).map((f) => toDiagnostic(f, uri, version, this.ruleInfo.get(f.ruleId), this.settings));
    for (const p of result.problems) {
      if (p.severity === 'info') continue;
      out.push(documentProblemDiagnostic(p));
    }
    return out;
  }

  // ------------------------------------------------------------------ handlers

  didOpen(uri: string, languageId: string, version: number, text: string): void {
    this.documents.didOpen(uri, languageId, version, text);
    if (this.pullDiagnostics) this.scheduler.schedule(uri);
    else void this.scheduler.now(uri);
  }

  didChange(uri: string, version: number, changes: Parameters<Documents['didChange']>[2]): void {
    this.documents.didChange(uri, version, changes);
    this.scheduler.schedule(uri);
  }

  didClose(uri: string): void {
    this.documents.didClose(uri);
    this.scheduler.forget(uri);
    if (!this.pullDiagnostics) this.client.publishDiagnostics(uri, undefined, []);
  }

  async documentDiagnostics(uri: string): Promise<DocumentDiagnosticReport> {
    if (this.isPackFile(uri)) return { kind: 'full', items: this.rules.fileDiagnostics.get(uri) ?? [] };
    const entry = this.documents.get(uri);
    if (!entry) {
      const ws = this.workspaceResults.get(uri);
      return { kind: 'full', items: ws ? this.diagnosticsFor(uri, ws.version, ws.result) : [] };
    }
    const version = entry.doc.version;
    // A reload while analysing discards the result; try again while the version is current.
    for (let attempt = 0; attempt < 3 && this.documents.get(uri)?.doc.version === version; attempt++) {
      const result = await this.scheduler.now(uri);
      if (result && this.documents.get(uri)?.doc.version === version) return { kind: 'full', items: this.diagnosticsFor(uri, version, result) };
    }
    return { kind: 'full', items: [] };
  }

  workspaceDiagnostics(): WorkspaceDiagnosticReport {
    const items = [...this.workspaceResults.entries()]
      .filter(([uri]) => !this.documents.get(uri))
      .map(([uri, w]) => ({ kind: 'full' as const, uri, version: null, items: this.diagnosticsFor(uri, w.version, w.result) }));
    return { items };
  }

  async hover(params: HoverParams): Promise<Hover | null> {
    const entry = this.documents.get(params.textDocument.uri);
    if (!entry) return null;
    const result = this.scheduler.cached(params.textDocument.uri, entry.doc.version) ?? (await this.scheduler.now(params.textDocument.uri));
    return hoverFor(result, params.position, this.ruleInfo, (f) => this.dashboardUrl(f));
  }

  dashboardUrl(f: Finding): string | undefined {
    const packTemplate = this.rules.ruleSet.pack(f.packId)?.meta.dashboardUrl;
    return fillTemplate(this.settings.dashboardUrl || packTemplate || '', f);
  }

  escalationUrl(f: Finding): string | undefined {
    const contact = this.settings.escalationContact || this.rules.ruleSet.pack(f.packId)?.meta.contact || '';
    if (!contact) return undefined;
    if (contact.includes('@') && !contact.includes(':')) return fillTemplate(`mailto:${contact}?subject=Critical%20finding%20{rule}%20in%20{path}%3A{line}`, f);
    return fillTemplate(contact, f);
  }

  async codeActions(params: CodeActionParams): Promise<CodeAction[]> {
    const uri = params.textDocument.uri;
    const entry = this.documents.get(uri);
    if (!entry) return [];
    const result = this.scheduler.cached(uri, entry.doc.version) ?? (await this.scheduler.now(uri));
    if (!result || this.documents.get(uri)?.doc.version !== entry.doc.version) return [];
    const ctx: ActionContext = { doc: entry.doc, path: entry.path, result, rules: this.ruleInfo, dashboardUrl: (f) => this.dashboardUrl(f), escalationUrl: (f) => this.escalationUrl(f) };
    const only = params.context.only;
    const out: CodeAction[] = [];
    if (!only || only.some((k) => k === 'quickfix' || k.startsWith('quickfix'))) for (const d of params.context.diagnostics) out.push(...actionsForDiagnostic(d, ctx));
    if (only?.some((k) => k === 'source' || k === 'source.fixAll' || k.startsWith('source.fixAll.guardline'))) {
      const all = fixAllAction(ctx);
      if (all) out.push(all);
    }
    return out;
  }

  ruleExplanation(ruleId: string): { markdown: string; helpUri?: string } | undefined {
    const r = this.ruleInfo.get(ruleId);
    if (!r) return undefined;
    return { markdown: [`# ${r.id}: ${r.title}`, '', r.doc ?? `${r.rationale}\n\n${r.remediation}`].join('\n'), helpUri: r.helpUri };
  }

  get engineForScan(): Engine {
    return this.engine;
  }

  dispose(): void {
    this.scheduler.dispose();
    this.documents.dispose();
    this.engine?.dispose();
    this.grammars.dispose();
  }
}
