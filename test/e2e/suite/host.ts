/**
 * Helpers for the integration tests that run inside the VS Code extension host.
 *
 * `node --test out/test` loads every .js file under out/test, these included. So nothing here
 * touches `vscode` or mocha's test functions when the module is loaded: `vs()` requires the API
 * on first use, and `editorSuite` registers a suite only when the mocha entry (index.ts) loads
 * the file. Outside VS Code the suite files are no-ops.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type Mocha from 'mocha';
import type * as vscode from 'vscode';

export type Vscode = typeof vscode;

// mocha 12's main entry is an ES module; its CommonJS build has the same API.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const mocha = require('mocha/lib/mocha.cjs') as { suite: Mocha.SuiteFunction; test: Mocha.TestFunction; teardown: (fn: Mocha.AsyncFunc) => void };
export const test = (title: string, fn: Mocha.Func | Mocha.AsyncFunc): Mocha.Test => mocha.test(title, fn);
export const teardown = (fn: Mocha.AsyncFunc): void => mocha.teardown(fn);

let loadedByMocha = false;
/** Called by the mocha entry before it loads the suite files. */
export function markLoadedByMocha(): void {
  loadedByMocha = true;
}

/** A mocha (TDD) suite, registered only inside the extension host. */
export function editorSuite(title: string, body: () => void): void {
  if (loadedByMocha) mocha.suite(title, body);
}

/** The VS Code API (only inside the extension host). */
export function vs(): Vscode {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('vscode') as Vscode;
}

export const EXTENSION_ID = 'guardline.guardline';
/** The workspace pack of the fixture (test/e2e/workspace/guardline-pack). */
export const WORKSPACE_PACK = 'e2e-workspace-pack';
export const WORKSPACE_RULE = 'e2e-python-todo';

/** The runner says whether the workspace was opened trusted (default) or untrusted. */
export function expectTrusted(): boolean {
  return process.env.GUARDLINE_E2E_TRUST !== 'untrusted';
}

export function workspaceDir(): string {
  const folder = vs().workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need the fixture workspace open as a folder');
  return folder.uri.fsPath;
}

export function uriOf(rel: string): vscode.Uri {
  return vs().Uri.file(join(workspaceDir(), rel));
}

export async function openFile(rel: string): Promise<vscode.TextDocument> {
  const doc = await vs().workspace.openTextDocument(uriOf(rel));
  await vs().window.showTextDocument(doc, { preview: false });
  return doc;
}

export function ruleIdOf(d: vscode.Diagnostic): string {
  const code = d.code;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function guardlineDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vs().languages.getDiagnostics(uri).filter((d) => d.source === 'Guardline');
}

export function ruleIds(diags: readonly vscode.Diagnostic[]): string[] {
  return [...new Set(diags.map(ruleIdOf))].sort();
}

/**
 * Resolves with the file's Guardline diagnostics once `done` accepts them; re-checks on every
 * diagnostics change event. Fails after `ms` with what it saw last.
 */
export function waitForDiagnostics(uri: vscode.Uri, what: string, done: (diags: vscode.Diagnostic[]) => boolean, ms = 30000): Promise<vscode.Diagnostic[]> {
  const api = vs();
  return new Promise((resolve, reject) => {
    const check = (): void => {
      const diags = guardlineDiagnostics(uri);
      if (!done(diags)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(diags);
    };
    const sub = api.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      sub.dispose();
      const seen = guardlineDiagnostics(uri).map((d) => `${ruleIdOf(d)}@${d.range.start.line + 1}`);
      reject(new Error(`timed out after ${ms} ms waiting for ${what} in ${uri.fsPath}; Guardline diagnostics now: ${JSON.stringify(seen)}`));
    }, ms);
    check();
  });
}

interface CliFinding {
  ruleId: string;
  packId: string;
  path: string;
}
let cliCache: CliFinding[] | undefined;

/** What `guardline scan . --format json` reports for the workspace (run once, from the extension's own bin/). */
export function cliFindings(): CliFinding[] {
  if (cliCache) return cliCache;
  const ext = vs().extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} not found`);
  const r = spawnSync(process.execPath, [join(ext.extensionPath, 'bin', 'guardline.js'), 'scan', '.', '--format', 'json', '--fail-on', 'never'], {
    cwd: workspaceDir(),
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', NO_COLOR: '1' },
    maxBuffer: 32 * 1024 * 1024,
  });
  assert.equal(r.status, 0, `guardline scan failed: ${r.stderr}`);
  cliCache = (JSON.parse(r.stdout) as { findings: CliFinding[] }).findings;
  return cliCache;
}

/** Rule ids the editor should show for a file: the CLI's, minus the workspace pack's when untrusted. */
export function expectedRuleIds(rel: string): string[] {
  const ids = cliFindings()
    .filter((f) => f.path === rel && (expectTrusted() || f.packId !== WORKSPACE_PACK))
    .map((f) => f.ruleId);
  return [...new Set(ids)].sort();
}

export function sameIds(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Code actions VS Code offers at a diagnostic (through the language client and server). */
export async function quickFixesAt(uri: vscode.Uri, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const api = vs();
  const all = (await api.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, d.range, api.CodeActionKind.QuickFix.value)) ?? [];
  return all.filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}

/** Reverts the file's unsaved edits (the active editor) and waits for its diagnostics to match the CLI again. */
export async function revert(doc: vscode.TextDocument, rel: string): Promise<void> {
  const api = vs();
  if (!doc.isDirty) return;
  await api.window.showTextDocument(doc, { preview: false });
  await api.commands.executeCommand('workbench.action.files.revert');
  assert.equal(doc.isDirty, false, `${rel} is still dirty after revert`);
  await waitForDiagnostics(doc.uri, 'the diagnostics of the reverted file', (ds) => sameIds(ruleIds(ds), expectedRuleIds(rel)));
}
