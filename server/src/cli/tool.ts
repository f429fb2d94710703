/** Guardline's own name and version, read once from its package.json. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installRoot } from '../host/install';

let info: { name: string; version: string } | undefined;

export function toolInfo(): { name: string; version: string } {
  if (!info) {
    const pkg = JSON.parse(readFileSync(join(installRoot(), 'package.json'), 'utf8')) as { version: string };
    info = { name: 'Guardline', version: pkg.version };
  }
  return info;
}
