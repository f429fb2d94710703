import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { LANGUAGES } from '../../server/src/core/languages/registry';
import { grammars } from '../core/harness';
import { repoRoot } from '../helpers';

interface Manifest {
  runtime: { version: string };
  grammars: { name: string; languages: string[]; abi: number; license: string; version: string; package: string }[];
}

test('every grammar in grammars.json loads with the pinned runtime, and every language has one', async () => {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'grammars', 'grammars.json'), 'utf8')) as Manifest;
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
  assert.equal(pkg.dependencies['web-tree-sitter'] ?? pkg.devDependencies['web-tree-sitter'], manifest.runtime.version, 'runtime version pinned exactly');
  for (const g of manifest.grammars) {
    const lang = await grammars().language(g.name);
    assert.equal(lang.abiVersion, g.abi, g.name);
    assert.ok(g.license && g.version && g.package, g.name);
  }
  for (const l of LANGUAGES) assert.ok(manifest.grammars.some((g) => g.name === l.grammar && g.languages.includes(l.id)), `${l.id} has a grammar`);
});
