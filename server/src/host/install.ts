/** Where Guardline's own files live (grammars, built-in rules), found from the running script. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

let cached: string | undefined;

/** The installation root: the nearest ancestor of this script holding `grammars/grammars.json`. */
export function installRoot(): string {
  if (cached) return cached;
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'grammars', 'grammars.json'))) return (cached = dir);
    if (dirname(dir) === dir) throw new Error('Guardline installation is incomplete: grammars/grammars.json not found above ' + __dirname);
  }
}

export function builtinPackDir(): string {
  return join(installRoot(), 'rules');
}
