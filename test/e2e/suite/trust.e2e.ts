/**
 * Workspace trust: the fixture's .guardline.yaml names a workspace rule pack (guardline-pack/,
 * one rule that flags TODO comments in Python). A trusted workspace runs it; an untrusted one
 * runs only the built-in pack. The runner opens the workspace one way or the other and says
 * which in GUARDLINE_E2E_TRUST.
 */
import assert from 'node:assert/strict';
import { WORKSPACE_RULE, editorSuite, expectTrusted, openFile, ruleIdOf, ruleIds, test, vs, waitForDiagnostics } from './host';

editorSuite('Guardline and workspace trust', () => {
  test(`the workspace is ${expectTrusted() ? 'trusted' : 'untrusted'} as the runner asked`, () => {
    assert.equal(vs().workspace.isTrusted, expectTrusted());
  });

  test(expectTrusted() ? 'trusted: the workspace pack rule reports its finding' : 'untrusted: no workspace pack rule, built-in findings still appear', async () => {
    const doc = await openFile('worker/worker.py');
    const todoLine = doc.getText().split('\n').findIndex((l) => l.includes('# TODO'));
    assert.ok(todoLine >= 0, 'the fixture has a TODO comment');
    // Built-in and workspace findings come from one analysis: once built-in findings are
    // there, the workspace rule's finding is either there too or not loaded at all.
    const diags = await waitForDiagnostics(doc.uri, 'built-in findings', (ds) => ds.some((d) => ruleIdOf(d).startsWith('py-')));
    const ids = ruleIds(diags);
    if (expectTrusted()) {
      assert.ok(ids.includes(WORKSPACE_RULE), `${WORKSPACE_RULE} in ${JSON.stringify(ids)}`);
      const todo = diags.find((d) => ruleIdOf(d) === WORKSPACE_RULE);
      assert.equal(todo?.range.start.line, todoLine);
    } else {
      assert.ok(!ids.includes(WORKSPACE_RULE), `no ${WORKSPACE_RULE} in ${JSON.stringify(ids)}`);
    }
  });
});
