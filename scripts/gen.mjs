#!/usr/bin/env node
// Writes the generated files from the compiled sources in out/ (run `npm run compile` first):
// the rule and pack JSON schemas, and the rule catalogue docs/rules.md from the built-in pack.
// `--check` fails when a committed file is stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { ruleJsonSchema, packJsonSchema } = require('../out/server/src/core/rules/jsonSchema.js');
const { ruleCatalogueMarkdown } = require('../out/server/src/core/ruleCatalogue.js');
const { catalog } = require('../out/server/src/core/catalog.js');
const { RuleSet } = require('../out/server/src/core/ruleSet.js');
const { loadPackDir } = require('../out/server/src/host/packFiles.js');
const { configurationProperties } = require('../out/server/src/lsp/settingsSchema.js');

const ruleSet = new RuleSet([loadPackDir('rules')]);
const rules = catalog(ruleSet, (origin, doc) => pathToFileURL(join(origin, doc)).href);

// package.json: only contributes.configuration.properties is generated; the rest is hand-written.
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
pkg.contributes.configuration.properties = configurationProperties();

const files = [
  ['package.json', JSON.stringify(pkg, null, 2) + '\n'],
  ['rules/schema/rule.schema.json', ruleJsonSchema()],
  ['rules/schema/pack.schema.json', packJsonSchema()],
  ['docs/rules.md', ruleCatalogueMarkdown(rules)],
];
const check = process.argv.includes('--check');
let stale = 0;
for (const [path, text] of files) {
  if (check) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
      console.error(`${path} is stale; run npm run gen`);
      stale++;
    }
  } else writeFileSync(path, text);
}
process.exit(stale ? 1 : 0);
