/**
 * Loads a rule pack from its files (handed in by the host as text): validates `pack.yaml` and
 * each `*.rule.yaml`, compiles the valid rules and reports every invalid one as a problem. One bad
 * rule never stops the others.
 */
import { parseDocument } from 'yaml';
import type { Problem } from '../model';
import type { CompiledRule } from './compiled';
import { compileRule } from './compile';
import { zodProblems } from './errors';
import { packSchema, ruleSchema, type PackRaw } from './schema';

export interface PackFile {
  /** Pack-relative path with forward slashes. */
  path: string;
  text: string;
}

export interface LoadedPack {
  id: string;
  version: string;
  /** Where the pack came from, for messages (a folder path or a package name). */
  origin: string;
  meta: PackRaw;
  rules: CompiledRule[];
  problems: Problem[];
  /** Pack-relative path -> text, for guidance docs. */
  docs: Map<string, string>;
}

function parseYaml(text: string, file: string, code: Problem['code']): { value?: unknown; problems: Problem[] } {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    return {
      problems: doc.errors.map((e) => ({
        code,
        severity: 'error' as const,
        file,
        message: `YAML syntax error: ${e.message.split('\n')[0] ?? e.message}`,
        hint: 'fix the YAML syntax at the position given',
      })),
    };
  }
  return { value: doc.toJS({ maxAliasCount: 100 }) as unknown, problems: [] };
}

const RULE_FILE = /(^|\/)([^/]+)\.rule\.ya?ml$/;

export function loadPack(files: PackFile[], origin: string): LoadedPack {
  const problems: Problem[] = [];
  const manifest = files.find((f) => f.path === 'pack.yaml' || f.path === 'pack.yml');
  let meta: PackRaw = { name: origin.split('/').filter(Boolean).pop() ?? 'pack', version: '0.0.0' };
  if (!manifest) {
    problems.push({ code: 'pack-invalid', severity: 'error', file: 'pack.yaml', message: `${origin}: pack.yaml is missing`, hint: 'add pack.yaml with at least name and version' });
  } else {
    const parsed = parseYaml(manifest.text, manifest.path, 'pack-invalid');
    problems.push(...parsed.problems);
    if (parsed.value !== undefined) {
      const result = packSchema.safeParse(parsed.value);
      if (result.success) meta = result.data;
      else problems.push(...zodProblems(result.error, { code: 'pack-invalid', file: manifest.path }));
    }
  }
  const rules: CompiledRule[] = [];
  const seen = new Map<string, string>();
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of sorted) {
    const m = RULE_FILE.exec(file.path);
    if (!m) continue;
    const stem = m[2] ?? '';
    const parsed = parseYaml(file.text, file.path, 'rule-invalid');
    if (parsed.problems.length) {
      problems.push(...parsed.problems.map((p) => ({ ...p, ruleId: stem })));
      continue;
    }
    const result = ruleSchema.safeParse(parsed.value);
    if (!result.success) {
      problems.push(...zodProblems(result.error, { code: 'rule-invalid', file: file.path, ruleId: stem }));
      continue;
    }
    const compiled = compileRule(result.data, { packId: meta.name, packVersion: meta.version, file: file.path }, stem);
    problems.push(...compiled.problems);
    if (!compiled.rule) continue;
    const dup = seen.get(compiled.rule.id);
    if (dup) {
      problems.push({ code: 'rule-invalid', severity: 'error', file: file.path, ruleId: compiled.rule.id, message: `duplicate rule id ${compiled.rule.id} (also in ${dup})`, hint: 'give each rule a unique id' });
      continue;
    }
    seen.set(compiled.rule.id, file.path);
    rules.push(compiled.rule);
  }
  const docs = new Map(files.filter((f) => f.path.endsWith('.md')).map((f) => [f.path, f.text]));
  return { id: meta.name, version: meta.version, origin, meta, rules, problems, docs };
}
