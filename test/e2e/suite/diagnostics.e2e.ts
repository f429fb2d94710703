/**
 * Opening files of each supported kind activates Guardline and shows its findings: the same
 * rule ids as the CLI reports for the file, each with a working guidance link.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { EXTENSION_ID, editorSuite, expectedRuleIds, openFile, ruleIdOf, ruleIds, sameIds, test, vs, waitForDiagnostics } from './host';

const FILES: [kind: string, rel: string][] = [
  ['TypeScript', 'src/db.ts'],
  ['Python', 'worker/worker.py'],
  ['Terraform', 'infra/main.tf'],
  ['Kubernetes', 'deploy/api.yaml'],
  ['Dockerfile', 'Dockerfile'],
  ['GitHub Actions workflow', '.github/workflows/ci.yml'],
];

editorSuite('Guardline diagnostics', () => {
  for (const [kind, rel] of FILES) {
    test(`${kind} (${rel}): the editor shows the rule ids the CLI reports`, async () => {
      const expected = expectedRuleIds(rel);
      assert.ok(expected.length > 0, `fixture ${rel} should have findings`);
      const doc = await openFile(rel);
      const diags = await waitForDiagnostics(doc.uri, `rule ids ${JSON.stringify(expected)}`, (ds) => sameIds(ruleIds(ds), expected));
      for (const d of diags) {
        assert.ok(d.range.end.line < doc.lineCount, `${ruleIdOf(d)}: range inside the document`);
        assert.match(d.message, /\[(critical|high|medium|low|info) \d+\.\d\]$/, `${ruleIdOf(d)}: message ends with band and score`);
      }
    });
  }

  test('opening the files activated the extension (nothing called activate())', () => {
    const ext = vs().extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed in the extension host`);
    assert.equal(ext.isActive, true);
  });

  test('every finding links its guidance: code is {value: rule id, target: the guidance document}', async () => {
    let checked = 0;
    for (const [, rel] of FILES) {
      const doc = await openFile(rel);
      const diags = await waitForDiagnostics(doc.uri, 'findings', (ds) => ds.length > 0);
      for (const d of diags) {
        const code = d.code;
        assert.ok(typeof code === 'object', `${rel}: diagnostic code ${JSON.stringify(code)} should carry a target`);
        const ruleId = String(code.value);
        assert.match(ruleId, /^[a-z0-9]+(-[a-z0-9]+)*$/, 'code.value is the rule id');
        assert.ok(code.target instanceof vs().Uri, `${ruleId}: target is a Uri`);
        assert.ok(code.target.path.endsWith(`/${ruleId}.md`), `${ruleId}: target ${code.target.toString()} names the rule's guidance`);
        if (code.target.scheme === 'file') assert.ok(existsSync(code.target.fsPath), `${ruleId}: guidance file ${code.target.fsPath} exists`);
        checked++;
      }
    }
    assert.ok(checked >= FILES.length, `checked ${checked} diagnostics`);
  });
});
