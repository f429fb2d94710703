/**
 * The standard launcher for the integration tests, for machines that can download VS Code:
 * @vscode/test-electron downloads desktop VS Code and runs the mocha suite (suite/index.ts) in
 * its extension host with this repository as the extension under development.
 *
 *   npm run compile && npm run build && node out/test/e2e/runTest.js [--untrusted]
 *   (or: npm run test:vscode)
 *
 * Offline machines (CI here) cannot download VS Code; they run the same suite in code-server:
 * scripts/e2e/run-code-server-tests.js, which `npm test` uses. This file is not part of `npm test`.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { repoRoot } from '../helpers';

async function main(): Promise<number> {
  const untrusted = process.argv.includes('--untrusted');
  const runDir = mkdtempSync(join(tmpdir(), 'guardline-vscode-'));
  const workspace = join(runDir, 'workspace');
  cpSync(join(repoRoot, 'test', 'e2e', 'workspace'), workspace, { recursive: true });
  const userData = join(runDir, 'user');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'telemetry.telemetryLevel': 'off',
    'extensions.autoUpdate': false,
    'security.workspace.trust.startupPrompt': 'never',
    'security.workspace.trust.banner': 'never',
  }, null, 2));

  const extensionDevelopmentPath = repoRoot;
  const extensionTestsPath = join(__dirname, 'suite', 'index.js');
  const extensionTestsEnv = { GUARDLINE_E2E_TRUST: untrusted ? 'untrusted' : 'trusted' };
  const launchArgs = [workspace, `--user-data-dir=${userData}`, `--extensions-dir=${join(runDir, 'extensions')}`];
  if (!untrusted) return runTests({ extensionDevelopmentPath, extensionTestsPath, extensionTestsEnv, launchArgs });

  // runTests always adds --disable-workspace-trust; for the untrusted run start the downloaded
  // VS Code with the same arguments minus that one (a fresh user-data folder trusts nothing).
  const executable = await downloadAndUnzipVSCode();
  const args = [...launchArgs, '--no-sandbox', '--disable-gpu-sandbox', '--disable-updates', '--skip-welcome', '--skip-release-notes', '--no-cached-data',
    `--extensionTestsPath=${extensionTestsPath}`, `--extensionDevelopmentPath=${extensionDevelopmentPath}`];
  return new Promise((resolve) => {
    const child = spawn(executable, args, { stdio: 'inherit', env: { ...process.env, ...extensionTestsEnv } });
    child.on('error', (e) => {
      console.error(e);
      resolve(1);
    });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

// `node --test out/test` loads this file too (it runs every .js under out/test); do nothing there.
if (require.main === module && !process.env.NODE_TEST_CONTEXT) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error('Failed to run the tests in VS Code:', e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
