/**
 * Architecture invariants from ARCHITECTURE.md, checked on the source text:
 * the core is pure, only lsp/convert.ts builds LSP objects, no rule regex runs on RegExp,
 * generated files are fresh.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../helpers';

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/gm;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

test('invariant: the core imports no IO, process, editor or protocol modules', () => {
  const banned = /^(node:)?(fs|fs\/promises|path|child_process|process|os|worker_threads|net|http|https)$|^vscode|^vscode-languageserver/;
  const offenders: string[] = [];
  for (const file of sources(join(repoRoot, 'server', 'src', 'core'))) {
    for (const spec of importsOf(file)) if (banned.test(spec)) offenders.push(`${relative(repoRoot, file)} imports ${spec}`);
    const text = readFileSync(file, 'utf8');
    if (/\bprocess\.(env|argv|exit|cwd)/.test(text)) offenders.push(`${relative(repoRoot, file)} uses process`);
  }
  assert.deepEqual(offenders, []);
});

test('invariant: the core never imports from host, cli or lsp', () => {
  const offenders = sources(join(repoRoot, 'server', 'src', 'core')).flatMap((file) =>
    importsOf(file).filter((s) => /\.\.\/(host|cli|lsp)\b|\/(host|cli|lsp)\//.test(s)).map((s) => `${relative(repoRoot, file)} imports ${s}`),
  );
  assert.deepEqual(offenders, []);
});

test('invariant: rule-supplied patterns only run on the linear-time engine', () => {
  const offenders: string[] = [];
  for (const file of sources(join(repoRoot, 'server', 'src'))) {
    const text = readFileSync(file, 'utf8');
    if (/new RegExp\(/.test(text)) offenders.push(relative(repoRoot, file));
  }
  assert.deepEqual(offenders, [], 'build rule regexes with compileRegex (re2js), never new RegExp');
});

test('invariant: generated files are fresh (JSON schemas, grammars.json)', () => {
  execFileSync(process.execPath, [join(repoRoot, 'scripts', 'gen.mjs'), '--check'], { cwd: repoRoot, stdio: 'pipe' });
  execFileSync(process.execPath, [join(repoRoot, 'scripts', 'grammars.mjs'), '--check'], { cwd: repoRoot, stdio: 'pipe' });
});

test('modules stay small: no source file over 400 lines', () => {
  const big = sources(join(repoRoot, 'server', 'src'))
    .map((f) => [relative(repoRoot, f), readFileSync(f, 'utf8').split('\n').length] as const)
    .filter(([, n]) => n > 400);
  assert.deepEqual(big, []);
});

test('invariant: only lsp/convert.ts builds diagnostics, ranges and text edits', () => {
  const offenders = sources(join(repoRoot, 'server', 'src', 'lsp'))
    .filter((f) => !f.endsWith('convert.ts'))
    .filter((f) => /\brange: \{|\bnewText:|\bseverity: \d|DiagnosticSeverity\./.test(readFileSync(f, 'utf8')))
    .map((f) => relative(repoRoot, f));
  assert.deepEqual(offenders, []);
});

test('invariant: the client imports only vscode, vscode-languageclient, node and the shared protocol', () => {
  const offenders = sources(join(repoRoot, 'client', 'src')).flatMap((file) =>
    importsOf(file)
      .filter((s) => !/^(vscode|vscode-languageclient(\/node)?|node:[\w/]+|\.\/[\w]+|\.\.\/\.\.\/server\/src\/protocol\/[\w]+)$/.test(s))
      .map((s) => `${relative(repoRoot, file)} imports ${s}`),
  );
  assert.deepEqual(offenders, []);
});
