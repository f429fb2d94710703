/**
 * Which rule packs the server runs: the built-in pack, plus (only in a trusted workspace) the
 * packs named in settings and in each folder's `.guardline.yaml`. Problems in pack files become
 * diagnostics on those files, at the field they name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMap, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { Diagnostic } from 'vscode-languageserver/node';
import type { Problem } from '../core/model';
import { RuleSet } from '../core/ruleSet';
import { loadRepoConfig } from '../host/config';
import { builtinPackDir } from '../host/install';
import { loadPackDir } from '../host/packFiles';
import { problemDiagnostic } from './convert';
import type { Settings } from './settingsSchema';

export interface LoadedRules {
  ruleSet: RuleSet;
  /** Folders the packs came from (for file watching and for reload decisions). */
  packDirs: string[];
  /** Diagnostics for pack and config files, keyed by file URI. */
  fileDiagnostics: Map<string, Diagnostic[]>;
  /** Config problems that have no file position. */
  messages: string[];
}

export function packDirsFor(folders: string[], settings: Settings, trusted: boolean): { dirs: string[]; configProblems: { folder: string; problems: Problem[] }[] } {
  const dirs: string[] = settings.builtinPack ? [builtinPackDir()] : [];
  const configProblems: { folder: string; problems: Problem[] }[] = [];
  if (!trusted) return { dirs, configProblems };
  for (const folder of folders) {
    const { config, problems } = loadRepoConfig(folder);
    if (problems.length) configProblems.push({ folder, problems });
    for (const p of config.packs ?? []) dirs.push(resolve(folder, p));
    for (const p of settings.packs) dirs.push(isAbsolute(p) ? p : resolve(folder, p));
  }
  return { dirs: [...new Set(dirs)], configProblems };
}

/** The text range of a field path like `match.where[1].regex` in a YAML file (line 0 when unknown). */
export function fieldRange(text: string, field: string | undefined): { start: { line: number; character: number }; end: { line: number; character: number } } {
  const zero = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const doc = parseDocument(text, { keepSourceTokens: true });
  let node: YamlNode | null | undefined = doc.contents;
  let range = node?.range;
  const parts = (field ?? '').split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '');
  for (const part of parts) {
    if (isMap(node)) {
      const pair = node.items.find((it) => String((it.key as { value?: unknown } | null)?.value) === part);
      if (!pair) break;
      range = (pair.key as YamlNode | null)?.range ?? range;
      node = pair.value as YamlNode | null;
    } else if (isSeq(node) && /^\d+$/.test(part)) {
      node = node.items[Number(part)] as YamlNode | null;
      range = node?.range ?? range;
    } else break;
  }
  if (!range) return zero;
  const pos = (offset: number): { line: number; character: number } => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    return { line, character: offset - (before.lastIndexOf('\n') + 1) };
  };
  return { start: pos(range[0]), end: pos(Math.min(range[1], text.indexOf('\n', range[0]) >= 0 ? text.indexOf('\n', range[0]) : range[1])) };
}

function addFileProblem(out: Map<string, Diagnostic[]>, absFile: string, p: Problem): void {
  const uri = pathToFileURL(absFile).href;
  const text = existsSync(absFile) ? readFileSync(absFile, 'utf8') : '';
  const list = out.get(uri) ?? [];
  list.push(problemDiagnostic(p, fieldRange(text, p.field)));
  out.set(uri, list);
}

export function loadRules(folders: string[], settings: Settings, trusted: boolean): LoadedRules {
  const { dirs, configProblems } = packDirsFor(folders, settings, trusted);
  const packs = dirs.map(loadPackDir);
  const ruleSet = new RuleSet(packs);
  const fileDiagnostics = new Map<string, Diagnostic[]>();
  const messages: string[] = [];
  for (const pack of packs) {
    for (const p of pack.problems) {
      const file = p.file && !isAbsolute(p.file) ? join(pack.origin, p.file) : p.file;
      if (file && existsSync(file)) addFileProblem(fileDiagnostics, file, p);
      else messages.push(`${pack.origin}: ${p.message}`);
    }
  }
  for (const { folder, problems } of configProblems) for (const p of problems) addFileProblem(fileDiagnostics, join(folder, p.file ?? '.guardline.yaml'), p);
  return { ruleSet, packDirs: dirs, fileDiagnostics, messages };
}
