#!/usr/bin/env node
// Runs Guardline's mocha integration tests (out/test/e2e/suite) inside a real VS Code extension
// host: code-server's Node extension host, opened by headless chromium. It is the offline
// counterpart of @vscode/test-electron's runTests (test/e2e/runTest.ts):
//   extensionDevelopmentPath = the repository (client/out, server/out from `npm run build`)
//   extensionTestsPath       = out/test/e2e/suite/index.js (from `npm run compile`)
// The built web workbench honours those two (passed in the `payload` URL parameter) only when
// code-server runs with `--vscode-option enable-smoke-test-driver`; the workbench then reports
// the test exit code through window.codeAutomationExit, which becomes this process's exit code.
//
// usage: node scripts/e2e/run-code-server-tests.js [--untrusted] [--workspace <dir>] [--timeout <ms>]
//   --untrusted  keep workspace trust enabled and grant none: the workspace opens in restricted mode
// env:   GUARDLINE_E2E_HOME (toolchain, see setup.sh), GUARDLINE_E2E_KEEP=1 (keep the run folder),
//        GUARDLINE_E2E_VERBOSE=1 (all workbench log lines), GUARDLINE_E2E_PORT, CHROMIUM
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const util = require('node:util');
const lib = require('./lib');

function parseArgs(argv) {
  const opts = { untrusted: false, workspace: lib.fixtureWorkspace, timeout: 240000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--untrusted') opts.untrusted = true;
    else if (a === '--workspace') opts.workspace = path.resolve(argv[++i]);
    else if (a === '--timeout') opts.timeout = Number(argv[++i]);
    else {
      console.error(`unknown argument ${a}\nusage: run-code-server-tests.js [--untrusted] [--workspace <dir>] [--timeout <ms>]`);
      process.exit(2);
    }
  }
  return opts;
}

// Workbench log lines that say nothing about the tests (offline gallery, agent host, telemetry).
const NOISE = /\[AgentHost|AgentHostChannel|AccountPolicyGate|ChatModel|ENOTFOUND|open-vsx|marketplace|telemetry|vsda|copilot|Failed to fetch|ERR_NAME_NOT_RESOLVED|connection token|Creating a socket|reconnection-grace-time|Service Worker|builtin extensions cache|^\s*$/i;

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const devPath = lib.repoRoot;
  const testsPath = path.join(lib.repoRoot, 'out', 'test', 'e2e', 'suite', 'index.js');
  for (const [file, how] of [[path.join(devPath, 'client/out/extension.js'), 'npm run build'], [path.join(devPath, 'server/out/server.js'), 'npm run build'], [testsPath, 'npm run compile']]) {
    if (!fs.existsSync(file)) throw new Error(`${path.relative(devPath, file)} is missing; run \`${how}\` first`);
  }
  const playwright = lib.requireToolchain();
  const mode = opts.untrusted ? 'untrusted' : 'trusted';
  const runDir = lib.makeRunDir(`guardline-e2e-${mode}`);
  const workspace = lib.copyWorkspace(runDir, opts.workspace);
  lib.writeUserSettings(runDir, { untrusted: opts.untrusted });
  lib.log(`mode ${mode}; workspace copy ${workspace}`);

  const server = await lib.startCodeServer(runDir, { trusted: !opts.untrusted, smokeTestDriver: true });
  let browser;
  let finished = false;
  const finish = async (code, why) => {
    if (finished) return;
    finished = true;
    lib.log(why);
    if (browser) {
      if (code !== 0) await browser.page.screenshot({ path: path.join(runDir, 'final.png') }).catch(() => {});
      await browser.context.close().catch(() => {});
    }
    server.stop();
    if (code !== 0) console.log(`--- code-server log (last lines; full log ${server.logFile}) ---\n${lib.tail(server.logFile)}`);
    lib.cleanup(runDir, code === 0);
    process.exit(code);
  };
  setTimeout(() => void finish(124, `TIMEOUT: no result within ${opts.timeout} ms`), opts.timeout);
  // Never exit 0 without a result from the workbench.
  process.on('beforeExit', () => void finish(1, 'the workbench went away without a test result'));

  try {
    browser = await lib.launchChromium(playwright, runDir);
    const { page } = browser;
    page.on('pageerror', (e) => console.error('[page error]', e.message));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = util.format(...(Array.isArray(args) ? args : [args]));
      if (process.env.GUARDLINE_E2E_VERBOSE || !NOISE.test(line)) console.log(line.replace(/\n$/, ''));
    });
    await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code), `tests finished with exit code ${code}`));

    const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
    const extensionEnvironment = { GUARDLINE_E2E_TRUST: mode };
    const payload = [
      ['extensionDevelopmentPath', remote(devPath)],
      ['extensionTestsPath', remote(testsPath)],
      ['extensionEnvironment', JSON.stringify(extensionEnvironment)],
      ['skipWelcome', 'true'],
    ];
    const url = `${server.base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    lib.log('opening the workbench with the test payload');
    await page.goto(url);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    await finish(1, 'could not drive the workbench');
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
