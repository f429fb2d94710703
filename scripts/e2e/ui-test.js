#!/usr/bin/env node
// UI check of the *packaged* extension: installs guardline.vsix into a fresh code-server, opens
// the fixture workspace in headless chromium, opens the Terraform and the TypeScript file, waits
// for a Guardline squiggle in each, opens the Problems panel, checks it lists Guardline findings
// of both files, and saves a screenshot to test/e2e/artifacts/.
//
// usage: node scripts/e2e/ui-test.js [--vsix <file>] [--shot <png>]
//   defaults: --vsix guardline.vsix (from `npm run package`), --shot test/e2e/artifacts/ui-problems.png
// env:   GUARDLINE_E2E_HOME (toolchain, see setup.sh), GUARDLINE_E2E_KEEP=1, CHROMIUM
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const lib = require('./lib');

const FILES = ['infra/main.tf', 'src/db.ts'];

function parseArgs(argv) {
  const opts = { vsix: path.join(lib.repoRoot, 'guardline.vsix'), shot: path.join(lib.artifactsDir, 'ui-problems.png') };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--vsix') opts.vsix = path.resolve(argv[++i]);
    else if (argv[i] === '--shot') opts.shot = path.resolve(argv[++i]);
    else {
      console.error(`unknown argument ${argv[i]}\nusage: ui-test.js [--vsix <file>] [--shot <png>]`);
      process.exit(2);
    }
  }
  return opts;
}

/** Rule ids the CLI reports per file: what the Problems panel should show. */
function cliRuleIds(workspace) {
  const r = spawnSync(process.execPath, [path.join(lib.repoRoot, 'bin', 'guardline.js'), 'scan', ...FILES, '--format', 'json', '--fail-on', 'never'], { cwd: workspace, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`guardline scan failed: ${r.stderr}`);
  const byFile = new Map(FILES.map((f) => [f, new Set()]));
  for (const f of JSON.parse(r.stdout).findings) byFile.get(f.path)?.add(f.ruleId);
  for (const [file, ids] of byFile) if (ids.size === 0) throw new Error(`fixture ${file} has no findings`);
  return byFile;
}

/** Opens a workspace file with Quick Open (Ctrl+P) and waits until its tab is the active one. */
async function openWithQuickOpen(page, rel) {
  const name = path.basename(rel);
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 30000 });
  await input.fill(rel);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 30000 });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 30000 });
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(opts.vsix)) throw new Error(`${opts.vsix} not found; run \`npm run package\` first`);
  const playwright = lib.requireToolchain();
  const runDir = lib.makeRunDir('guardline-e2e-ui');
  const workspace = lib.copyWorkspace(runDir);
  // The TypeScript server's own errors (the fixture's imports are not installed) would crowd the panel.
  lib.writeUserSettings(runDir, { extra: { 'typescript.validate.enable': false, 'javascript.validate.enable': false } });
  const expected = cliRuleIds(workspace);
  lib.log(`installing ${path.relative(lib.repoRoot, opts.vsix)}: ${lib.installExtension(runDir, opts.vsix).split('\n').pop()}`);

  const server = await lib.startCodeServer(runDir, { trusted: true });
  let browser;
  let ok = false;
  fs.mkdirSync(path.dirname(opts.shot), { recursive: true });
  try {
    browser = await lib.launchChromium(playwright, runDir);
    const { page } = browser;
    page.on('pageerror', (e) => console.error('[page error]', e.message));
    await page.goto(`${server.base}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60000 });
    lib.log('workbench loaded');

    for (const rel of FILES) {
      await openWithQuickOpen(page, rel);
      // Guardline maps bands to error / warning / info / hint; any of those decorations will do.
      const squiggle = page.locator('.editor-group-container.active .monaco-editor .view-overlays [class*="squiggly-"]');
      await squiggle.first().waitFor({ state: 'attached', timeout: 60000 });
      lib.log(`${rel}: ${await squiggle.count()} squiggle(s) rendered`);
    }

    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    for (const rel of FILES) {
      await rows.filter({ hasText: path.basename(rel) }).first().waitFor({ timeout: 30000 });
      const ids = [...expected.get(rel)];
      const row = rows.filter({ hasText: new RegExp(`Guardline.*(${ids.join('|')})`) }).first();
      await row.waitFor({ timeout: 30000 });
      lib.log(`Problems panel, ${rel}: ${JSON.stringify((await row.innerText()).replace(/\s+/g, ' '))}`);
    }
    // Bring the Terraform file back to the front so the screenshot shows its squiggles and the panel.
    await page.locator('.tabs-container .tab', { hasText: path.basename(FILES[0]) }).first().click();
    await page.locator('.tabs-container .tab.active', { hasText: path.basename(FILES[0]) }).waitFor({ timeout: 30000 });
    await page.locator('.editor-group-container.active .monaco-editor .view-overlays [class*="squiggly-"]').first().waitFor({ state: 'attached', timeout: 30000 });
    await page.screenshot({ path: opts.shot });
    lib.log(`screenshot ${path.relative(lib.repoRoot, opts.shot)}`);
    ok = true;
  } catch (e) {
    console.error(`UI test failed: ${e instanceof Error ? e.message : e}`);
    const failShot = opts.shot.replace(/\.png$/, '') + '-failure.png';
    await browser?.page.screenshot({ path: failShot }).catch(() => {});
    console.error(`failure screenshot ${failShot}\n--- code-server log (last lines) ---\n${lib.tail(server.logFile)}`);
  } finally {
    await browser?.context.close().catch(() => {});
    server.stop();
    lib.cleanup(runDir, ok);
  }
  console.log(ok ? 'UI test passed' : 'UI test FAILED');
  process.exit(ok ? 0 : 1);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
