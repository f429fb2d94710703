#!/usr/bin/env node
// Edit-to-diagnostics latency of the Guardline language server, measured as an editor sees it:
// the real server over stdio, a 5,000-line TypeScript file, the full built-in pack, >= 1,000
// single-character edits, each timed from didChange to the publishDiagnostics of that version
// (debounce set to 0). Also reports server RSS idle and with 50 open documents.
// Usage: node bench/lsp-latency.mjs [--edits N] [--json FILE]   (run `npm run build` first)
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const EDITS = Number(arg('--edits', '1000'));

function typescriptFile(lines) {
  const out = ["import { exec } from 'child_process';", "import * as crypto from 'crypto';", ''];
  let i = 0;
  while (out.length < lines) {
    i++;
    out.push(
      `export interface Order${i} { id: string; total: number; items: string[] }`,
      `export async function loadOrder${i}(db: { query(sql: string, args: unknown[]): Promise<unknown[]> }, id: string): Promise<Order${i} | undefined> {`,
      `  const rows = await db.query('SELECT * FROM orders WHERE id = $1', [id]);`,
      `  if (rows.length === 0) return undefined;`,
      `  const first = rows[0] as Order${i};`,
      `  return { ...first, total: Math.round(first.total * 100) / 100 };`,
      `}`,
      `export function checksum${i}(body: string): string {`,
      i % 10 === 0 ? `  return crypto.createHash('md5').update(body).digest('hex');` : `  return crypto.createHash('sha256').update(body).digest('hex');`,
      `}`,
      i % 25 === 0 ? `export const run${i} = (name: string) => exec('convert ' + name);` : `export const label${i} = 'order-${i}';`,
      '',
    );
  }
  return out.slice(0, lines).join('\n') + '\n';
}

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main() {
  const server = spawn(process.execPath, [...(process.env.SERVER_NODE_ARGS ? process.env.SERVER_NODE_ARGS.split(' ') : []), join(root, 'server', 'out', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  const waiting = new Map();
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    const key = `${p.uri}@${p.version}`;
    waiting.get(key)?.(p);
    waiting.delete(key);
  });
  conn.onRequest('workspace/configuration', () => [{ debounceMs: 0 }]);
  conn.onRequest('client/registerCapability', () => null);
  conn.listen();
  const ws = join(root, 'bench', 'corpus', 'lsp');
  await conn.sendRequest('initialize', {
    processId: process.pid, rootUri: pathToFileURL(ws).href, workspaceFolders: [{ uri: pathToFileURL(ws).href, name: 'bench' }],
    initializationOptions: { trusted: true },
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  await conn.sendNotification('initialized', {});
  await new Promise((r) => setTimeout(r, 1500));
  const idleRss = rssMb(server.pid);

  const text = typescriptFile(5000);
  const uri = pathToFileURL(join(ws, 'orders.ts')).href;
  const published = (version) => new Promise((resolve) => waiting.set(`${uri}@${version}`, resolve));
  let wait = published(1);
  let t0 = performance.now();
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text } });
  const first = await wait;
  const openMs = performance.now() - t0;

  // Edit model: realistic typing keeps the file mostly valid. Odd edits type a letter into an
  // identifier, even edits delete it again (a typo and its backspace); every 4th pair instead
  // adds or removes a space next to an existing space. Every edit waits for its diagnostics.
  const lines = text.split('\n');
  const samples = [];
  let seed = 42;
  const rand = (n) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
  const send = async (v, range, newText) => {
    wait = published(v);
    t0 = performance.now();
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range, text: newText }] });
    await wait;
    samples.push(performance.now() - t0);
  };
  let v = 2;
  while (samples.length < EDITS) {
    let line = rand(lines.length - 1);
    while (!/\w{3}/.test(lines[line])) line = (line + 1) % (lines.length - 1);
    const whitespace = rand(4) === 0 && lines[line].includes(' ');
    const character = whitespace ? lines[line].indexOf(' ') + 1 : lines[line].search(/\w{3}/) + 1;
    const at = { line, character };
    await send(v++, { start: at, end: at }, whitespace ? ' ' : 'x');
    await send(v++, { start: at, end: { line, character: character + 1 } }, '');
  }
  samples.sort((a, b) => a - b);

  for (let i = 0; i < 50; i++) {
    const u = pathToFileURL(join(ws, `file${i}.ts`)).href;
    const p = new Promise((resolve) => waiting.set(`${u}@1`, resolve));
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'typescript', version: 1, text: typescriptFile(400) } });
    await p;
  }
  const rss50 = rssMb(server.pid);
  const result = {
    date: new Date().toISOString().slice(0, 10),
    file: '5,000-line TypeScript, full built-in pack',
    findingsInFile: first.diagnostics.length,
    openMs: Number(openMs.toFixed(1)),
    edits: samples.length,
    p50: Number(pct(samples, 50).toFixed(2)),
    p95: Number(pct(samples, 95).toFixed(2)),
    p99: Number(pct(samples, 99).toFixed(2)),
    max: Number(samples[samples.length - 1].toFixed(2)),
    rssIdleMb: Number(idleRss.toFixed(0)),
    rss50DocsMb: Number(rss50.toFixed(0)),
  };
  console.log(JSON.stringify(result, null, 2));
  const out = arg('--json');
  if (out) writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  await Promise.race([new Promise((r) => server.once('exit', r)), new Promise((r) => setTimeout(r, 5000))]);
  conn.dispose();
  server.kill();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
