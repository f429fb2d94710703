/** Shared test helpers: the repository root and a way to run the built CLI. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

function findRoot(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'grammars', 'grammars.json'))) return dir;
    if (dirname(dir) === dir) throw new Error('repository root not found');
  }
}

export const repoRoot = findRoot();

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs `bin/guardline.js` (the bundled CLI; `npm run build` first). */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin', 'guardline.js'), ...args], {
    cwd: options.cwd ?? repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
