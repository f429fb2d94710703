/**
 * Scheduling of editor analyses: a short debounce per document, newest version wins, results
 * cached per (uri, version). Work for a version that is no longer current is dropped, so
 * diagnostics are never published for an old document version.
 */
import type { AnalysisResult } from '../core/model';
import type { Documents, OpenDocument } from './documents';

export type AnalyzeFn = (entry: OpenDocument) => Promise<AnalysisResult>;

interface Cached {
  version: number;
  result: AnalysisResult;
}

export class AnalysisScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly cache = new Map<string, Cached>();
  private readonly running = new Map<string, { version: number; promise: Promise<AnalysisResult | undefined> }>();
  private generation = 0;

  constructor(
    private readonly documents: Documents,
    private readonly analyze: AnalyzeFn,
    private readonly onResult: (uri: string, version: number, result: AnalysisResult) => void,
    public debounceMs: number,
  ) {}

  /** The cached result for exactly this version, if any. */
  cached(uri: string, version: number): AnalysisResult | undefined {
    const c = this.cache.get(uri);
    return c && c.version === version ? c.result : undefined;
  }

  /** Debounced analysis after a change (push mode and status updates). */
  schedule(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(uri, setTimeout(() => void this.now(uri), this.debounceMs));
  }

  /** Analyses the current version now (or joins the run already going for it). */
  async now(uri: string): Promise<AnalysisResult | undefined> {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    const entry = this.documents.get(uri);
    if (!entry) return undefined;
    const version = entry.doc.version;
    const hit = this.cached(uri, version);
    if (hit) return hit;
    const running = this.running.get(uri);
    if (running && running.version === version) return running.promise;
    const generation = this.generation;
    const promise = this.analyze(entry).then((result) => {
      if (this.running.get(uri)?.promise === promise) this.running.delete(uri);
      const current = this.documents.get(uri);
      if (!current || current.doc.version !== version || generation !== this.generation) return undefined;
      this.cache.set(uri, { version, result });
      this.onResult(uri, version, result);
      return result;
    });
    this.running.set(uri, { version, promise });
    return promise;
  }

  /** Forget everything (rules or settings changed). */
  invalidate(): void {
    this.generation++;
    this.cache.clear();
    this.running.clear();
  }

  forget(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.cache.delete(uri);
    this.running.delete(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
