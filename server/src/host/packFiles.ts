/** Reads a rule-pack folder into the plain file list the core loads. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { PackFile } from '../core/rules/pack';
import { loadPack, type LoadedPack } from '../core/rules/pack';

const PACK_FILE = /(\.rule\.ya?ml|^pack\.ya?ml|\.md)$/;
const MAX_PACK_FILE_BYTES = 1024 * 1024;

export function readPackFiles(dir: string): PackFile[] {
  const out: PackFile[] = [];
  const walk = (d: string, depth: number): void => {
    if (depth > 8) return;
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full, depth + 1);
      else if (entry.isFile() && PACK_FILE.test(entry.name) && statSync(full).size <= MAX_PACK_FILE_BYTES) {
        out.push({ path: relative(dir, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(dir, 0);
  return out;
}

/** Loads a pack folder; an unreadable folder becomes a pack with one problem. */
export function loadPackDir(dir: string): LoadedPack {
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    return loadPack(readPackFiles(dir), dir);
  } catch (err) {
    const empty = loadPack([], dir);
    return { ...empty, problems: [{ code: 'pack-invalid', severity: 'error', file: dir, message: `cannot read rule pack ${dir}: ${err instanceof Error ? err.message : String(err)}`, hint: 'pass a folder that holds pack.yaml' }] };
  }
}
