/** Builds an engine from pack folders and analyses files read from disk. Shared by the CLI and its worker threads. */
import { readFile } from 'node:fs/promises';
import { DEFAULT_OPTIONS, Engine, type AnalyzeOptions } from '../core/engine';
import type { AnalysisResult } from '../core/model';
import { RuleSet } from '../core/ruleSet';
import { nodeGrammars } from './grammarFiles';
import { builtinPackDir } from './install';
import { loadPackDir } from './packFiles';

export interface ScanSetup {
  packDirs: string[];
  useBuiltin: boolean;
  options: Omit<AnalyzeOptions, 'clock'>;
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

export function defaultScanOptions(): Omit<AnalyzeOptions, 'clock'> {
  return { ...DEFAULT_OPTIONS, today: todayUtc() };
}

export function createEngine(setup: Pick<ScanSetup, 'packDirs' | 'useBuiltin'>): Engine {
  const dirs = [...(setup.useBuiltin ? [builtinPackDir()] : []), ...setup.packDirs];
  return new Engine(new RuleSet(dirs.map(loadPackDir)), nodeGrammars());
}

export async function analyzeFile(engine: Engine, file: { abs: string; rel: string }, options: Omit<AnalyzeOptions, 'clock'>): Promise<AnalysisResult> {
  let text: string;
  try {
    text = await readFile(file.abs, 'utf8');
  } catch (err) {
    return { path: file.rel, language: undefined, findings: [], incomplete: true, stats: { lines: 0, parseMs: 0, matchMs: 0, rulesRun: 0, parsed: false }, problems: [{ code: 'internal-error', severity: 'error', file: file.rel, message: `cannot read file: ${(err as NodeJS.ErrnoException).code ?? String(err)}` }] };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return engine.analyze({ path: file.rel, text }, { ...options, clock: () => performance.now() });
}
