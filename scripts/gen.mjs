#!/usr/bin/env node
// Writes the generated files (rule and pack JSON schemas) from the compiled sources in out/.
// `--check` fails when a committed file is stale. Run `npm run compile` first.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { ruleJsonSchema, packJsonSchema } = require('../out/server/src/core/rules/jsonSchema.js');

const files = [
  ['rules/schema/rule.schema.json', ruleJsonSchema()],
  ['rules/schema/pack.schema.json', packJsonSchema()],
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
