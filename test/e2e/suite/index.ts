/**
 * Mocha entry for the integration tests in the VS Code extension host (`extensionTestsPath`).
 * The same contract as @vscode/test-electron: export `run()`, resolve when every test passed.
 * Launched by scripts/e2e/run-code-server-tests.js (code-server, offline) or test/e2e/runTest.ts
 * (desktop VS Code, downloaded by @vscode/test-electron).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type Mocha from 'mocha';
import { markLoadedByMocha } from './host';

export function run(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const MochaRunner = require('mocha/lib/mocha.cjs') as typeof Mocha;
  const mocha = new MochaRunner({ ui: 'tdd', reporter: 'spec', color: false, timeout: 90000 });
  markLoadedByMocha();
  // Suites run in file-name order: diagnostics first, then the edits (which revert themselves).
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.e2e.js')).sort()) mocha.addFile(join(__dirname, file));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} editor test(s) failed`)) : resolve()));
  });
}
