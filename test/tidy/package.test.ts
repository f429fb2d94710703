/**
 * Packaging: the .vsix holds the bundled client and server, the grammars and the built-in rules
 * with their docs and schemas, and nothing else; the settings section is generated from the
 * zod schema.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { configurationProperties } from '../../server/src/lsp/settingsSchema';
import { repoRoot } from '../helpers';

function packagedFiles(): string[] {
  const out = execFileSync(process.execPath, [join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], { cwd: repoRoot, encoding: 'utf8' });
  return out.split('\n').map((l) => l.trim()).filter(Boolean).sort();
}

function ruleFiles(dir: string, prefix = 'rules'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? ruleFiles(join(dir, e.name), `${prefix}/${e.name}`) : e.name.endsWith('.rule.yaml') ? [`${prefix}/${e.name}`] : []));
}

test('the .vsix file list is exactly the bundles, grammars, rules, docs and schemas', () => {
  const files = packagedFiles();
  const allowed = [
    /^(package\.json|README\.md|CHANGELOG\.md|LICENSE)$/,
    /^client\/out\/extension\.js$/,
    /^server\/out\/(server|scanWorker)\.js$/,
    /^grammars\/[\w-]+\.wasm$/,
    /^grammars\/grammars\.json$/,
    /^rules\/pack\.yaml$/,
    /^rules\/[\w-]+\/[\w-]+\.rule\.yaml$/,
    /^rules\/docs\/[\w-]+\.md$/,
    /^rules\/schema\/(rule|pack)\.schema\.json$/,
  ];
  assert.deepEqual(files.filter((f) => !allowed.some((re) => re.test(f))), [], 'unexpected files in the package');
  const required = ['package.json', 'client/out/extension.js', 'server/out/server.js', 'grammars/grammars.json', 'grammars/web-tree-sitter.wasm', ...ruleFiles(join(repoRoot, 'rules'))];
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'grammars', 'grammars.json'), 'utf8')) as { grammars: { file: string }[] };
  required.push(...manifest.grammars.map((g) => `grammars/${g.file}`));
  assert.deepEqual(required.filter((f) => !files.includes(f)), [], 'missing from the package');
  assert.ok(!files.some((f) => f.endsWith('.node') || f.endsWith('.map')), 'no native addons or source maps');
});

test('contributes.configuration is generated from the settings schema', () => {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: unknown } } };
  assert.deepEqual(pkg.contributes.configuration.properties, JSON.parse(JSON.stringify(configurationProperties())));
});

test('activation events cover every supported language and IaC file, and trust is declared', () => {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { activationEvents: string[]; capabilities: { untrustedWorkspaces: { supported: string } } };
  for (const lang of ['javascript', 'typescript', 'typescriptreact', 'python', 'go', 'java', 'json', 'yaml', 'terraform', 'shellscript', 'dockerfile']) {
    assert.ok(pkg.activationEvents.includes(`onLanguage:${lang}`), lang);
  }
  assert.ok(pkg.activationEvents.some((e) => e.includes('.github/workflows')));
  assert.ok(pkg.activationEvents.some((e) => e.includes('*.tf')));
  assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
});
