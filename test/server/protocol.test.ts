/** The real server over stdio, driven by a JSON-RPC client: the LSP behaviour editors rely on. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { TestLspClient } from './lspClient';

const clients: TestLspClient[] = [];
after(async () => {
  for (const c of clients) await c.stop();
});

function workspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'guardline-lsp-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

async function start(root: string, options: { pull?: boolean; trusted?: boolean } = {}): Promise<TestLspClient> {
  const c = new TestLspClient();
  clients.push(c);
  await c.initialize(root, options);
  return c;
}

const EVAL_JS = 'const input = process.argv[2];\neval(input);\n';

test('initialize advertises incremental sync, pull diagnostics, hover, code actions and commands', async () => {
  const c = new TestLspClient();
  clients.push(c);
  const { capabilities } = await c.initialize(workspace());
  assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2 });
  assert.ok(capabilities.diagnosticProvider);
  assert.equal(capabilities.hoverProvider, true);
  assert.ok(JSON.stringify(capabilities.codeActionProvider).includes('source.fixAll.guardline'));
  assert.ok(JSON.stringify(capabilities.executeCommandProvider).includes('guardline.scanWorkspace'));
});

test('push diagnostics: exact range, rule id, guidance link, band and score, data, version', async () => {
  const ws = workspace();
  const c = await start(ws);
  const uri = c.open(join(ws, 'a.js'), EVAL_JS, 'javascript', 7);
  const pub = await c.until('diagnostics', () => c.lastFor(uri));
  assert.equal(pub.version, 7);
  const d = pub.diagnostics.find((x) => x.code === 'js-eval-injection');
  assert.ok(d, JSON.stringify(pub));
  assert.deepEqual(d.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 11 } });
  assert.equal(d.source, 'Guardline');
  assert.equal(d.severity, 1);
  assert.match(d.message, /\[high 7\.2\]$/);
  assert.match(d.codeDescription?.href ?? '', /js-eval-injection\.md$/);
  assert.equal(d.data?.ruleId, 'js-eval-injection');
  assert.equal(d.data?.version, 7);
});

test('pull diagnostics answer for the current version after incremental edits', async () => {
  const ws = workspace();
  const c = await start(ws, { pull: true });
  const uri = c.open(join(ws, 'a.js'), EVAL_JS, 'javascript', 1);
  const first = await c.connection.sendRequest<{ items: { code: string }[] }>('textDocument/diagnostic', { textDocument: { uri } });
  assert.deepEqual(first.items.map((i) => i.code), ['js-eval-injection']);
  // Replace `eval(input)` by `JSON.parse(input)`, then add a second eval on a new line.
  c.change(uri, 2, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } }, text: 'JSON.parse' }]);
  c.change(uri, 3, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'eval(process.env.X);\n' }]);
  const second = await c.connection.sendRequest<{ items: { code: string; range: { start: { line: number } } }[] }>('textDocument/diagnostic', { textDocument: { uri } });
  assert.deepEqual(second.items.map((i) => [i.code, i.range.start.line]), [['js-eval-injection', 2]]);
});

test('rapid edits never publish diagnostics for an old version', async () => {
  const ws = workspace();
  const c = await start(ws);
  const uri = c.open(join(ws, 'a.js'), EVAL_JS, 'javascript', 1);
  await c.until('first diagnostics', () => c.lastFor(uri));
  for (let v = 2; v <= 30; v++) c.change(uri, v, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: ' ' }]);
  const last = await c.until('diagnostics for version 30', () => (c.lastFor(uri)?.version === 30 ? c.lastFor(uri) : undefined));
  const versions = c.published.filter((p) => p.uri === uri).map((p) => p.version ?? 0);
  assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'published versions only grow');
  assert.ok(versions.length < 10, `debounced: ${versions.length} publications for 30 versions`);
  assert.equal(last.diagnostics[0]?.range.start.character, 29, 'the range reflects the latest text');
});

test('hover explains the finding: why, how to fix, the rank breakdown, the pack, links', async () => {
  const ws = workspace();
  const c = await start(ws);
  const uri = c.open(join(ws, 'a.js'), EVAL_JS, 'javascript');
  await c.until('diagnostics', () => c.lastFor(uri));
  const hover = await c.connection.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 2 } });
  const text = hover?.contents.value ?? '';
  assert.match(text, /\*\*Why:\*\*/);
  assert.match(text, /\*\*How to fix:\*\*/);
  assert.match(text, /Why this rank[\s\S]*high impact[\s\S]*medium likelihood/);
  assert.match(text, /guardline-builtin/);
  assert.match(text, /\[Guidance\]\(file:/);
  const nothing = await c.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
  assert.equal(nothing, null);
});

test('code actions come in a stable order and their edits fix and suppress', async () => {
  const ws = workspace();
  const c = await start(ws);
  const text = "const crypto = require('crypto');\nconst a = crypto.createHash('md5');\nconst b = crypto.createHash('sha1');\n";
  const uri = c.open(join(ws, 'h.js'), text, 'javascript');
  const pub = await c.until('diagnostics', () => c.lastFor(uri));
  const diag = pub.diagnostics.find((d) => d.code === 'js-weak-hash-algorithm');
  assert.ok(diag, JSON.stringify(pub.diagnostics));
  const actions = await c.connection.sendRequest<{ title: string; kind?: string; isPreferred?: boolean; edit?: { documentChanges: { edits: { newText: string; range: unknown }[] }[] }; command?: { command: string } }[]>('textDocument/codeAction', {
    textDocument: { uri }, range: diag.range, context: { diagnostics: [diag] },
  });
  const titles = actions.map((a) => a.title);
  assert.equal(actions[0]?.isPreferred, true);
  assert.match(titles[1] ?? '', /^Fix all js-weak-hash-algorithm findings in this file \(2\)$/);
  assert.match(titles[2] ?? '', /^Suppress js-weak-hash-algorithm on this line/);
  assert.match(titles[3] ?? '', /^Show guidance for js-weak-hash-algorithm$/);
  assert.equal(actions[3]?.command?.command, 'guardline.openGuidance');
  assert.match(actions[0]?.edit?.documentChanges[0]?.edits[0]?.newText ?? '', /sha256/);
  assert.equal(actions[2]?.edit?.documentChanges[0]?.edits[0]?.newText, '// guardline-ignore js-weak-hash-algorithm: <why this is safe>\n');
  const fixAll = await c.connection.sendRequest<{ kind: string; edit: { documentChanges: { edits: unknown[] }[] } }[]>('textDocument/codeAction', {
    textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.guardline'] },
  });
  assert.equal(fixAll[0]?.kind, 'source.fixAll.guardline');
  assert.equal(fixAll[0]?.edit.documentChanges[0]?.edits.length, 2);
  // Apply the suppression as an editor would: the finding is gone, and no "unused" is reported.
  c.change(uri, 2, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '// guardline-ignore js-weak-hash-algorithm: legacy checksum, not security\n' }]);
  const after = await c.until('diagnostics after suppression', () => (c.lastFor(uri)?.version === 2 ? c.lastFor(uri) : undefined));
  assert.deepEqual(after.diagnostics.map((d) => [d.code, d.range.start.line]), [['js-weak-hash-algorithm', 3]]);
});

test('a settings change (severity table) re-publishes with the new severities', async () => {
  const ws = workspace();
  const c = await start(ws);
  const uri = c.open(join(ws, 'a.js'), EVAL_JS, 'javascript');
  await c.until('diagnostics', () => c.lastFor(uri));
  c.settings = { severity: { high: 'hint' } };
  const before = c.published.length;
  void c.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  const pub = await c.until('republished', () => (c.published.length > before ? c.lastFor(uri) : undefined));
  assert.equal(pub.diagnostics.find((d) => d.code === 'js-eval-injection')?.severity, 4);
  c.settings = { severity: 'loud', debounceMs: -5 };
  void c.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  await c.until('a warning about bad settings', () => c.logs.find((l) => /guardline\.severity/.test(l)));
});

test('cancellation: a cancelled request does not break the server', async () => {
  const ws = workspace();
  const c = await start(ws, { pull: true });
  const uri = c.open(join(ws, 'a.js'), EVAL_JS.repeat(2000), 'javascript');
  const { CancellationTokenSource } = await import('vscode-jsonrpc/node');
  const source = new CancellationTokenSource();
  const pending = c.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, source.token).catch((e: unknown) => e);
  source.cancel();
  await pending;
  const report = await c.connection.sendRequest<{ items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri } });
  assert.ok(report.items.length >= 2000);
});

test('errors in workspace rule packs appear as diagnostics on the pack files; untrusted workspaces ignore them', async () => {
  const ws = workspace({
    '.guardline.yaml': 'packs: [security/pack]\n',
    'security/pack/pack.yaml': 'name: team-pack\nversion: 1.0.0\n',
    'security/pack/team-todo.rule.yaml': [
      'id: team-todo', 'title: No TODO calls', 'languages: [javascript]', 'kind: hardening', 'category: quality',
      'impact: low', 'likelihood: high', 'confidence: high', 'cwe: [CWE-546]', 'message: todo() call',
      'rationale: Placeholders ship by accident.', 'remediation: Implement or remove the call.',
      'match:', '  query: |', '    (call_expression function: (identifier) @f (#eq? @f "todo")) @c',
    ].join('\n'),
    'security/pack/broken.rule.yaml': 'id: broken\ntitle: Broken\nimpact: enormous\n',
  });
  const trusted = await start(ws);
  const packUri = await trusted.until('pack diagnostics', () => trusted.published.find((p) => p.uri.endsWith('broken.rule.yaml'))?.uri);
  const packDiags = trusted.lastFor(packUri)?.diagnostics ?? [];
  const impact = packDiags.find((d) => /impact/.test(d.message));
  assert.ok(impact, JSON.stringify(packDiags));
  assert.equal(impact.range.start.line, 2, 'on the impact field');
  assert.match(impact.message, /Fix: use one of/);
  const uri = trusted.open(join(ws, 'a.js'), 'todo();\n', 'javascript');
  const pub = await trusted.until('team rule finding', () => trusted.lastFor(uri));
  assert.deepEqual(pub.diagnostics.map((d) => d.code), ['team-todo']);

  const untrusted = await start(ws, { trusted: false });
  const uri2 = untrusted.open(join(ws, 'b.js'), 'todo();\n', 'javascript');
  const pub2 = await untrusted.until('diagnostics', () => untrusted.lastFor(uri2));
  assert.deepEqual(pub2.diagnostics, []);
  assert.ok(!untrusted.published.some((p) => p.uri.endsWith('.rule.yaml')));
});

test('workspace scan fills diagnostics for files that are not open, with progress', async () => {
  const ws = workspace({ 'src/a.py': 'import yaml\ndata = yaml.load(text)\n', 'infra/main.tf': 'resource "aws_s3_bucket" "b" {\n  acl = "public-read"\n}\n' });
  const c = await start(ws);
  const summary = await c.connection.sendRequest<{ files: number; findings: number }>('workspace/executeCommand', { command: 'guardline.scanWorkspace', arguments: [] });
  assert.equal(summary.files, 2);
  assert.ok(summary.findings >= 2);
  assert.ok(c.published.some((p) => p.uri.endsWith('a.py') && p.diagnostics.length > 0));
  assert.ok(c.published.some((p) => p.uri.endsWith('main.tf') && p.diagnostics.some((d) => d.code === 'tf-aws-s3-public-acl')));
  assert.ok(c.notifications.some((n) => n.method === '$/progress'));
});

test('a failing request is answered and the server keeps working', async () => {
  const ws = workspace();
  const c = await start(ws);
  const hover = await c.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///not/open.js' }, position: { line: 0, character: 0 } });
  assert.equal(hover, null);
  const actions = await c.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: 'file:///nope.js' }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
  assert.deepEqual(actions, []);
  const uri = c.open(join(ws, 'a.js'), EVAL_JS, 'javascript');
  assert.ok((await c.until('diagnostics', () => c.lastFor(uri))).diagnostics.length > 0);
});

test('secondary locations arrive as relatedInformation', async () => {
  const ws = workspace();
  const c = await start(ws);
  const tf = 'resource "aws_security_group" "b" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n';
  const uri = c.open(join(ws, 'main.tf'), tf, 'terraform');
  const pub = await c.until('diagnostics', () => c.lastFor(uri));
  const d = pub.diagnostics.find((x) => x.code === 'tf-aws-sg-admin-port-open') as unknown as { relatedInformation?: { location: { uri: string; range: { start: { line: number } } }; message: string }[] };
  assert.ok(d?.relatedInformation?.length, JSON.stringify(pub.diagnostics));
  assert.equal(d.relatedInformation[0]?.location.range.start.line, 5);
  assert.match(d.relatedInformation[0]?.message ?? '', /0\.0\.0\.0\/0/);
});
