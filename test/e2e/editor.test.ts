/**
 * The real-editor tests, wired into `npm test`:
 *   1. scripts/e2e/setup.sh prepares (or finds in its cache) Node 24, code-server, chromium and
 *      playwright-core;
 *   2. the mocha integration suite (test/e2e/suite) runs in code-server's extension host, once in
 *      a trusted and once in an untrusted workspace (scripts/e2e/run-code-server-tests.js);
 *   3. the packaged extension (vsce with the flags of `npm run package`) is installed into
 *      code-server and checked through the UI, leaving a screenshot in test/e2e/artifacts
 *      (scripts/e2e/ui-test.js).
 * Each step's output is shown when it fails. Expects `npm run compile && npm run build` first.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { repoRoot } from '../helpers';

const SHOT = join(repoRoot, 'test', 'e2e', 'artifacts', 'ui-problems.png');
const scratch = mkdtempSync(join(tmpdir(), 'guardline-editor-test-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  code: number | null;
  output: string;
  seconds: number;
}

/** Runs a command from the repository root, collecting its output; kills its process group after `ms`. */
function run(command: string, args: string[], ms: number): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: repoRoot, detached: true, env: { ...process.env, NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => {
      output += `\n[killed after ${ms / 1000} s]`;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* gone */
      }
    }, ms);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output, seconds: (Date.now() - started) / 1000 });
    });
  });
}

function expectSuccess(what: string, r: Run): void {
  const tail = r.output.split('\n').slice(-80).join('\n');
  assert.equal(r.code, 0, `${what} exited with ${r.code} after ${r.seconds.toFixed(1)} s:\n${tail}`);
  console.log(`${what}: ${r.seconds.toFixed(1)} s`);
}

let toolchain: Run | undefined;
before(async () => {
  toolchain = await run('bash', [join(repoRoot, 'scripts', 'e2e', 'setup.sh')], 20 * 60_000);
});

test('editor toolchain: scripts/e2e/setup.sh (cached after the first run)', () => {
  assert.ok(toolchain);
  expectSuccess('setup.sh', toolchain);
});

test('VS Code (code-server) integration tests, trusted workspace', { timeout: 6 * 60_000 }, async () => {
  assert.equal(toolchain?.code, 0, 'the toolchain setup failed (see the test above)');
  const r = await run(process.execPath, [join(repoRoot, 'scripts', 'e2e', 'run-code-server-tests.js')], 5 * 60_000);
  expectSuccess('run-code-server-tests.js', r);
  assert.match(r.output, /\d+ passing/, 'mocha reported its results');
  assert.doesNotMatch(r.output, /\d+ failing/);
});

test('VS Code (code-server) integration tests, untrusted workspace (no workspace rule packs)', { timeout: 6 * 60_000 }, async () => {
  assert.equal(toolchain?.code, 0, 'the toolchain setup failed (see the test above)');
  const r = await run(process.execPath, [join(repoRoot, 'scripts', 'e2e', 'run-code-server-tests.js'), '--untrusted'], 5 * 60_000);
  expectSuccess('run-code-server-tests.js --untrusted', r);
  assert.match(r.output, /✔ the workspace is untrusted as the runner asked/);
  assert.match(r.output, /✔ untrusted: no workspace pack rule, built-in findings still appear/);
});

test('packaged extension in the VS Code UI: squiggles and Problems panel, with a screenshot', { timeout: 8 * 60_000 }, async () => {
  assert.equal(toolchain?.code, 0, 'the toolchain setup failed (see the test above)');
  // `npm run package` without its `npm run build`: npm test has built already, and rebuilding the
  // bundles here could race with test files that run the CLI in parallel.
  const vsix = join(scratch, 'guardline.vsix');
  const vsce = join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  expectSuccess('vsce package', await run(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix], 3 * 60_000));
  rmSync(SHOT, { force: true });
  const r = await run(process.execPath, [join(repoRoot, 'scripts', 'e2e', 'ui-test.js'), '--vsix', vsix, '--shot', SHOT], 4 * 60_000);
  expectSuccess('ui-test.js', r);
  assert.ok(existsSync(SHOT), `screenshot ${SHOT} exists`);
  assert.ok(statSync(SHOT).size > 20_000, 'the screenshot is not empty');
  assert.deepEqual([...readFileSync(SHOT).subarray(1, 4)], [...Buffer.from('PNG')], 'the screenshot is a PNG');
});
