/** In-memory packs and documents for core tests: no files, the real grammars and engine. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_OPTIONS, Engine, type AnalyzeOptions } from '../../server/src/core/engine';
import type { AnalysisResult } from '../../server/src/core/model';
import { Grammars } from '../../server/src/core/parsing/grammars';
import { loadPack, type LoadedPack } from '../../server/src/core/rules/pack';
import { RuleSet } from '../../server/src/core/ruleSet';
import { repoRoot } from '../helpers';

let shared: Grammars | undefined;

export function grammars(): Grammars {
  shared ??= new Grammars(
    {
      runtimeWasm: () => Promise.resolve(new Uint8Array(readFileSync(join(repoRoot, 'grammars', 'web-tree-sitter.wasm')))),
      grammarWasm: (name) => Promise.resolve(new Uint8Array(readFileSync(join(repoRoot, 'grammars', `${name}.wasm`)))),
    },
    () => performance.now(),
  );
  return shared;
}

export const PACK_YAML = 'name: test-pack\nversion: 1.0.0\n';

/** A pack from rule YAML texts keyed by id. */
export function packOf(rules: Record<string, string>, manifest = PACK_YAML): LoadedPack {
  return loadPack([{ path: 'pack.yaml', text: manifest }, ...Object.entries(rules).map(([id, text]) => ({ path: `${id}.rule.yaml`, text }))], 'test-pack');
}

/** Rule YAML with sensible metadata around a match (and optional extra fields). */
export function ruleYaml(id: string, languages: string[], match: string, extra = ''): string {
  return [
    `id: ${id}`,
    `title: Test rule ${id}`,
    `languages: [${languages.join(', ')}]`,
    'kind: vulnerability',
    'category: test',
    'impact: high',
    'likelihood: high',
    'confidence: high',
    'cwe: [CWE-20]',
    'message: "found it"',
    'rationale: A rationale long enough.',
    'remediation: A remediation long enough.',
    extra,
    'match:',
    match.replace(/^/gm, '  '),
  ].filter((l) => l !== '').join('\n');
}

export function options(over: Partial<AnalyzeOptions> = {}): AnalyzeOptions {
  return { ...DEFAULT_OPTIONS, environments: [], testPaths: [], today: '2026-11-22', clock: () => performance.now(), ...over };
}

export async function analyze(pack: LoadedPack, path: string, text: string, over: Partial<AnalyzeOptions> = {}): Promise<AnalysisResult> {
  const engine = new Engine(new RuleSet([pack]), grammars());
  try {
    return await engine.analyze({ path, text }, options(over));
  } finally {
    engine.dispose();
  }
}

/** Lines (1-based) of unsuppressed findings of a rule. */
export function linesOf(result: AnalysisResult, ruleId: string): number[] {
  return result.findings.filter((f) => f.ruleId === ruleId && !f.suppressed).map((f) => f.location.startPos.line + 1);
}

/** `$0`-free data-driven check: the lines a single-rule pack flags in `text`. */
export async function flagged(rule: string, path: string, text: string): Promise<number[]> {
  const id = /^id: (\S+)/m.exec(rule)?.[1] ?? '';
  const pack = packOf({ [id]: rule });
  if (pack.problems.length) throw new Error(pack.problems.map((p) => p.message).join('\n'));
  const result = await analyze(pack, path, text);
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new Error(errors.map((p) => p.message).join('\n'));
  return linesOf(result, id);
}
