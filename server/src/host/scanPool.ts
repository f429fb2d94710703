/**
 * Parallel workspace scan: files are shared out to worker threads in small batches (work stealing
 * by pull); small scans run in-process, where starting workers would cost more than it saves.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AnalysisResult } from '../core/model';
import type { Engine } from '../core/engine';
import { analyzeFile, createEngine, type ScanSetup } from './scanner';

export interface FileTiming {
  path: string;
  ms: number;
}

export interface PoolOptions {
  workers?: number;
  /** An engine already built for `setup` (saves loading the packs again in-process). */
  engine?: Engine;
  onProgress?: (done: number, total: number, path: string) => void;
}

const BATCH = 16;
/** Below this much source, one thread wins on two cores (see BENCHMARKS.md). */
const IN_PROCESS_BELOW_BYTES = 8 * 1024 * 1024;

function workerScript(): string | undefined {
  for (const candidate of [join(__dirname, 'scanWorker.js'), join(__dirname, '..', 'host', 'scanWorker.js')]) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

export async function scanFiles(files: { abs: string; rel: string; size: number }[], setup: ScanSetup, opts: PoolOptions = {}): Promise<{ results: AnalysisResult[]; timings: FileTiming[] }> {
  const totalBytes = files.reduce((n, f) => n + f.size, 0);
  const script = workerScript();
  const wanted = opts.workers ?? (totalBytes < IN_PROCESS_BELOW_BYTES ? 1 : Math.min(availableParallelism(), Math.ceil(files.length / BATCH)));
  const results: AnalysisResult[] = [];
  const timings: FileTiming[] = [];
  if (wanted <= 1 || !script) {
    const engine = opts.engine ?? createEngine(setup);
    await engine.preloadFor(files.map((f) => f.rel));
    try {
      for (const f of files) {
        const started = performance.now();
        const r = await analyzeFile(engine, f, setup.options);
        results.push(r);
        timings.push({ path: f.rel, ms: performance.now() - started });
        opts.onProgress?.(results.length, files.length, f.rel);
      }
    } finally {
      if (!opts.engine) engine.dispose();
    }
    return { results, timings };
  }
  let next = 0;
  const take = (): { abs: string; rel: string }[] => {
    const batch = files.slice(next, next + BATCH).map(({ abs, rel }) => ({ abs, rel }));
    next += batch.length;
    return batch;
  };
  await Promise.all(
    Array.from({ length: wanted }, () =>
      new Promise<void>((resolveWorker, rejectWorker) => {
        const worker = new Worker(script, { workerData: { ...setup, paths: files.map((f) => f.rel) } });
        const feed = (): void => {
          const batch = take();
          if (batch.length === 0) void worker.terminate().then(() => resolveWorker());
          else worker.postMessage(batch);
        };
        worker.on('message', (msg: { done?: boolean; result?: AnalysisResult; ms?: number }) => {
          if (msg.done) return feed();
          if (msg.result) {
            results.push(msg.result);
            timings.push({ path: msg.result.path, ms: msg.ms ?? 0 });
            opts.onProgress?.(results.length, files.length, msg.result.path);
          }
        });
        worker.on('error', rejectWorker);
        feed();
      }),
    ),
  );
  results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { results, timings };
}
