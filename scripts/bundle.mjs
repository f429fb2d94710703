#!/usr/bin/env node
// Bundles the CLI, its scan worker (and, when present, the language server and the VS Code
// client) with esbuild. Grammars stay as files in grammars/, loaded at run time.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning', legalComments: 'none',
  // web-tree-sitter reads import.meta.url; give the CommonJS bundle a real one.
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__importMetaUrl' },
};
const entries = [
  { in: 'server/src/cli/main.ts', out: 'server/out/cli.js' },
  { in: 'server/src/host/scanWorker.ts', out: 'server/out/scanWorker.js' },
  { in: 'server/src/main.ts', out: 'server/out/server.js' },
];
await Promise.all(entries.filter((e) => existsSync(e.in)).map((e) => build({ ...common, entryPoints: [e.in], outfile: e.out })));
if (existsSync('client/src/extension.ts')) {
  await build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] });
}
