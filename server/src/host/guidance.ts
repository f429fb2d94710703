/** Links to guidance documents shipped inside a pack folder. */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { installRoot } from './install';

/** A file URI for a pack-relative doc; Guardline's own docs when the pack origin is empty. */
export function docUri(packOrigin: string, docPath: string): string {
  return pathToFileURL(join(packOrigin || installRoot(), docPath)).href;
}
