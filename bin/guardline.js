#!/usr/bin/env node
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'server', 'out', 'cli.js');
if (!existsSync(bundle)) {
  process.stderr.write('guardline: the CLI is not built yet; run `npm ci` (or `npm run build`) in the Guardline folder first.\n');
  process.exit(2);
}
require(bundle)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
