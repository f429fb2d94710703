/**
 * A second real LSP client: headless Neovim (Debian's 0.7.2 or newer) runs
 * `guardline lsp --stdio` on fixture files through its built-in client
 * (scripts/e2e/nvim-diagnostics.lua) and must end up with the same findings, rule by rule and
 * line by line, as `guardline scan <file> --format json`. Neovim is required: without it
 * these tests fail and say how to install it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { repoRoot, runCli } from '../helpers';

const WORKSPACE = join(repoRoot, 'test', 'e2e', 'workspace');
const SCRIPT = join(repoRoot, 'scripts', 'e2e', 'nvim-diagnostics.lua');
const FILES = ['infra/main.tf', 'worker/worker.py', 'src/db.ts', 'deploy/api.yaml', 'Dockerfile', '.github/workflows/ci.yml'];

const scratch = mkdtempSync(join(tmpdir(), 'guardline-nvim-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

let nvimChecked: string | undefined;
/** The `nvim --version` banner; fails the test with an install hint when Neovim is missing or too old. */
function requireNvim(): string {
  if (nvimChecked) return nvimChecked;
  const r = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    assert.fail(`Neovim (nvim) is required for the second-LSP-client tests but could not be run (${r.error?.message ?? `exit ${r.status}`}). Install it: \`apt-get install neovim\` (Debian) or run scripts/e2e/setup.sh.`);
  }
  const banner = r.stdout.split('\n')[0] ?? '';
  const m = /NVIM v(\d+)\.(\d+)/.exec(banner);
  assert.ok(m && (Number(m[1]) > 0 || Number(m[2]) >= 7), `Neovim 0.7 or newer is required, found "${banner}"`);
  nvimChecked = banner;
  return banner;
}

interface NvimDiagnostic {
  code: string;
  source: string;
  lnum: number;
  col: number;
  message: string;
  href: string | null;
}

function nvimDiagnostics(rel: string): NvimDiagnostic[] {
  const out = join(scratch, `${rel.replace(/[/.]/g, '_')}.json`);
  const xdg = join(scratch, 'xdg');
  const r = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${SCRIPT}`, rel], {
    cwd: WORKSPACE,
    encoding: 'utf8',
    timeout: 60000,
    env: {
      ...process.env,
      GUARDLINE_OUT: out,
      GUARDLINE_ROOT: WORKSPACE,
      GUARDLINE_BIN: join(repoRoot, 'bin', 'guardline.js'),
      GUARDLINE_NODE: process.execPath,
      // Keep Neovim's log, state and cache out of the user's home.
      XDG_CONFIG_HOME: join(xdg, 'config'),
      XDG_DATA_HOME: join(xdg, 'data'),
      XDG_STATE_HOME: join(xdg, 'state'),
      XDG_CACHE_HOME: join(xdg, 'cache'),
    },
  });
  const result = (() => {
    try {
      return JSON.parse(readFileSync(out, 'utf8')) as { error?: string; diagnostics?: NvimDiagnostic[] };
    } catch {
      return { error: 'no output file' };
    }
  })();
  assert.equal(r.status, 0, `nvim exited with ${r.status ?? r.signal}: ${result.error ?? ''}\n${r.stderr}`);
  assert.ok(result.diagnostics, `nvim wrote no diagnostics: ${result.error}`);
  return result.diagnostics;
}

function cliFindings(rel: string): string[] {
  const r = runCli(['scan', rel, '--format', 'json', '--fail-on', 'never'], { cwd: WORKSPACE });
  assert.equal(r.status, 0, r.stderr);
  const findings = (JSON.parse(r.stdout) as { findings: { ruleId: string; path: string; suppressed?: boolean; location: { startPos: { line: number; character: number } } }[] }).findings;
  return findings.filter((f) => f.path === rel && !f.suppressed).map((f) => `${f.ruleId} ${f.location.startPos.line}:${f.location.startPos.character}`).sort();
}

for (const rel of FILES) {
  test(`neovim's LSP client gets the CLI's findings for ${rel}`, () => {
    requireNvim();
    const expected = cliFindings(rel);
    assert.ok(expected.length > 0, `fixture ${rel} should have findings`);
    const diags = nvimDiagnostics(rel);
    assert.ok(diags.every((d) => d.source === 'Guardline'), 'every diagnostic comes from Guardline');
    assert.deepEqual(diags.map((d) => `${d.code} ${d.lnum}:${d.col}`).sort(), expected);
    for (const d of diags) assert.match(d.href ?? '', new RegExp(`/${d.code}\\.md$`), `${d.code}: guidance link`);
  });
}
