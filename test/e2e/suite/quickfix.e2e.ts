/**
 * Code actions through the real editor: the preferred quick fix changes the text and the
 * finding goes away; the suppress action inserts a guardline-ignore comment and the finding
 * goes away. Each test reverts its file afterwards.
 */
import assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { editorSuite, guardlineDiagnostics, openFile, quickFixesAt, revert, ruleIdOf, teardown, test, vs, waitForDiagnostics } from './host';

const countOf = (diags: vscode.Diagnostic[], ruleId: string): number => diags.filter((d) => ruleIdOf(d) === ruleId).length;

editorSuite('Guardline code actions', () => {
  const touched: [vscode.TextDocument, string][] = [];
  teardown(async () => {
    for (const [doc, rel] of touched.splice(0)) await revert(doc, rel);
  });

  test('the preferred quick fix edits the text and the finding disappears', async () => {
    const rel = 'src/db.ts';
    const doc = await openFile(rel);
    const diags = await waitForDiagnostics(doc.uri, 'findings', (ds) => ds.length > 0);
    let chosen: { diag: vscode.Diagnostic; action: vscode.CodeAction } | undefined;
    for (const diag of diags) {
      const action = (await quickFixesAt(doc.uri, diag)).find((a) => a.isPreferred && a.edit);
      if (action) {
        chosen = { diag, action };
        break;
      }
    }
    assert.ok(chosen, `some finding in ${rel} has a preferred quick fix: ${JSON.stringify(diags.map(ruleIdOf))}`);
    const ruleId = ruleIdOf(chosen.diag);
    const before = doc.getText();
    const count = countOf(diags, ruleId);
    touched.push([doc, rel]);
    assert.equal(await vs().workspace.applyEdit(chosen.action.edit!), true, `applyEdit of "${chosen.action.title}"`);
    assert.notEqual(doc.getText(), before, 'the fix changed the text');
    await waitForDiagnostics(doc.uri, `one ${ruleId} finding fewer than ${count}`, (ds) => ds.length > 0 && countOf(ds, ruleId) === count - 1);
  });

  test('the suppress action inserts a guardline-ignore comment and the finding disappears', async () => {
    const rel = 'worker/worker.py';
    const doc = await openFile(rel);
    const diags = await waitForDiagnostics(doc.uri, 'findings', (ds) => ds.length > 0);
    const diag = diags.find((d) => ruleIdOf(d).startsWith('py-')) ?? diags[0]!;
    const ruleId = ruleIdOf(diag);
    const actions = await quickFixesAt(doc.uri, diag);
    const suppress = actions.find((a) => a.title.startsWith(`Suppress ${ruleId}`) && a.edit);
    assert.ok(suppress, `a suppress action for ${ruleId}; got ${JSON.stringify(actions.map((a) => a.title))}`);
    const line = diag.range.start.line;
    const count = countOf(guardlineDiagnostics(doc.uri), ruleId);
    touched.push([doc, rel]);
    assert.equal(await vs().workspace.applyEdit(suppress.edit!), true, `applyEdit of "${suppress.title}"`);
    assert.match(doc.lineAt(line).text, new RegExp(`^\\s*# guardline-ignore ${ruleId}: `), 'a comment on the line above the finding');
    await waitForDiagnostics(doc.uri, `the suppressed ${ruleId} finding to disappear`, (ds) => ds.length > 0 && countOf(ds, ruleId) === count - 1);
  });
});
