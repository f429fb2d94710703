#!/usr/bin/env node
// Noise on real code: copies real open-source code and configuration per language/format family
// into bench/corpus/quality/<family>/, scans each family with the built-in pack, and writes the
// counts (files, lines, findings, findings per 1,000 lines, per rule) plus a seeded random
// sample of at most 60 findings per family for manual review. The verdicts themselves are manual
// and live in docs/quality.md; this script only reproduces the corpus, the counts and the sample.
//
//   node bench/quality.mjs                       # copy + scan every family
//   node bench/quality.mjs --install             # first install the npm/Debian sources it needs
//   node bench/quality.mjs --no-copy --family go,python --seed 20261122 --sample 60
//   node bench/quality.mjs --no-copy --rules-at bbe9447   # the built-in pack as of a commit
//   node bench/quality.mjs --extra kubernetes=/tmp/qa-k8s  # add hand-gathered files to a family
//
// Output: bench/results/quality-<tag>.{json,md} (tag: latest, or rules-<rev>) and
// bench/corpus/quality.manifest.json.
// Sources missing on this machine are skipped with a warning (see --install and docs/quality.md).
import { execFileSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './lib/rng.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..');
const NM = join(repo, 'node_modules');
const QA_NPM = '/tmp/qa/node_modules'; // npm i --prefix /tmp/qa (see NPM_PACKAGES)
const QA_CFN = '/tmp/qa-cfn/node_modules'; // npm i --prefix /tmp/qa-cfn serverless@3.40.0
const PY = '/usr/lib/python3/dist-packages';
const GO = '/usr/share/gocode/src';
const JDK_SRC = '/usr/lib/jvm/openjdk-17/lib/src.zip';
const BSH_SRC = '/usr/src/bsh-src/bsh.tar.gz';
const EXTRACT = join(here, 'corpus', 'quality-src'); // archives unpacked here
const OUT = join(here, 'corpus', 'quality');

/** npm packages installed outside the repo (exact versions used for docs/quality.md). */
export const NPM_PACKAGES = {
  '/tmp/qa': ['express@5.3.0', 'koa@3.3.0', 'knex@3.3.0', 'sequelize@6.37.8', 'pg@8.23.1', 'mysql2@3.24.6', 'jsonwebtoken@9.0.3',
    'passport@0.7.0', 'mongoose@9.12.1', 'axios@1.21.1', 'ws@8.23.0', 'express-session@1.19.0', 'cookie-session@2.1.1',
    'typeorm@1.1.1', '@nestjs/core@12.5.1', '@nestjs/common@12.5.1', 'fastify@5.12.8', 'socket.io@4.8.4'],
  '/tmp/qa-cfn': ['serverless@3.40.0'],
};
export const DEB_PACKAGES = ['python3-flask', 'python3-django', 'python3-requests', 'python3-paramiko', 'python3-jinja2', 'python3-werkzeug',
  'python3-sqlalchemy', 'python3-boto3', 'python3-docker', 'python3-pip', 'python3-cryptography', 'python3-oauthlib', 'python3-jwt',
  'golang-golang-x-net-dev', 'golang-github-gin-gonic-gin-dev', 'golang-github-go-sql-driver-mysql-dev', 'golang-github-lib-pq-dev',
  'golang-github-golang-jwt-jwt-dev', 'golang-github-gorilla-mux-dev', 'golang-github-docker-docker-dev', 'golang-github-containerd-containerd-dev',
  'golang-github-prometheus-client-golang-dev', 'golang-github-hashicorp-hcl-v2-dev', 'golang-github-hashicorp-terraform-json-dev',
  'openjdk-17-source', 'tomcat10-examples', 'bsh-src', 'unzip'];

const npmVersion = (dir) => {
  try {
    return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
};
const debVersion = (pkg) => {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return 'not installed';
  }
};
const npm = (base, pkg, dirs) => ({ name: pkg.replace(/^@/, '').replace('/', '-'), from: join(base, pkg), dirs, version: () => `npm ${pkg}@${npmVersion(join(base, pkg))}` });
const deb = (name, from, dirs, pkg) => ({ name, from, dirs, version: () => `Debian ${pkg} ${debVersion(pkg)}` });

const CODE_EXT = {
  js: ['.js', '.mjs', '.cjs'],
  ts: ['.ts', '.mts', '.cts', '.tsx'],
  python: ['.py'],
  go: ['.go'],
  java: ['.java'],
};

/**
 * family -> sources. Code families copy whole folders (filtered by extension); IaC families take
 * `find` roots and a predicate on path and text, because such files are scattered through packages.
 */
export const FAMILIES = {
  'javascript-typescript': {
    ext: [...CODE_EXT.js, ...CODE_EXT.ts],
    sources: [
      npm(NM, 'eslint', ['lib']),
      npm(NM, 'yaml', ['dist']),
      npm(NM, 'zod', ['src/v4/core', 'src/v4/classic']),
      npm(NM, 'ajv', ['lib']),
      npm(NM, '@azure/msal-node', ['src']),
      npm(NM, '@azure/msal-common', ['src']),
      npm(NM, '@azure/msal-browser', ['src']),
      npm(QA_NPM, 'express', ['index.js', 'lib']),
      npm(QA_NPM, 'koa', ['lib']),
      npm(QA_NPM, 'knex', ['lib']),
      npm(QA_NPM, 'sequelize', ['lib']),
      npm(QA_NPM, 'pg', ['lib']),
      npm(QA_NPM, 'mysql2', ['lib', 'promise.js']),
      npm(QA_NPM, 'jsonwebtoken', ['index.js', 'sign.js', 'verify.js', 'decode.js', 'lib']),
      npm(QA_NPM, 'passport', ['lib']),
      npm(QA_NPM, 'mongoose', ['lib']),
      npm(QA_NPM, 'axios', ['lib']),
      npm(QA_NPM, 'ws', ['lib']),
      npm(QA_NPM, 'express-session', ['index.js', 'session']),
      npm(QA_NPM, 'cookie-session', ['index.js']),
      npm(QA_NPM, 'fastify', ['fastify.js', 'lib', 'examples']),
      npm(QA_NPM, 'typeorm', ['query-builder', 'driver/postgres', 'driver/mysql', 'driver/sqlite-abstract']),
      npm(QA_NPM, '@nestjs/core', ['router', 'injector', 'middleware']),
    ],
  },
  python: {
    ext: CODE_EXT.python,
    sources: [
      deb('pip', join(PY, 'pip'), ['_internal'], 'python3-pip'),
      deb('cryptography', join(PY, 'cryptography'), ['.'], 'python3-cryptography'),
      deb('oauthlib', join(PY, 'oauthlib'), ['.'], 'python3-oauthlib'),
      deb('jwt', join(PY, 'jwt'), ['.'], 'python3-jwt'),
      deb('flask', join(PY, 'flask'), ['.'], 'python3-flask'),
      deb('werkzeug', join(PY, 'werkzeug'), ['.'], 'python3-werkzeug'),
      deb('jinja2', join(PY, 'jinja2'), ['.'], 'python3-jinja2'),
      deb('requests', join(PY, 'requests'), ['.'], 'python3-requests'),
      deb('paramiko', join(PY, 'paramiko'), ['.'], 'python3-paramiko'),
      deb('django', join(PY, 'django'), ['contrib/auth', 'contrib/sessions', 'contrib/admin', 'core', 'db', 'http', 'middleware', 'views', 'utils'], 'python3-django'),
      deb('sqlalchemy', join(PY, 'sqlalchemy'), ['engine', 'sql', 'dialects/postgresql', 'dialects/sqlite'], 'python3-sqlalchemy'),
      deb('docker', join(PY, 'docker'), ['.'], 'python3-docker'),
      deb('boto3', join(PY, 'boto3'), ['.'], 'python3-boto3'),
    ],
  },
  go: {
    ext: CODE_EXT.go,
    sources: [
      deb('x-net', join(GO, 'golang.org/x/net'), ['http2', 'html', 'webdav', 'dns', 'icmp', 'websocket', 'trace', 'proxy', 'netutil'], 'golang-golang-x-net-dev'),
      deb('gin', join(GO, 'github.com/gin-gonic/gin'), ['.'], 'golang-github-gin-gonic-gin-dev'),
      deb('mysql', join(GO, 'github.com/go-sql-driver/mysql'), ['.'], 'golang-github-go-sql-driver-mysql-dev'),
      deb('pq', join(GO, 'github.com/lib/pq'), ['.'], 'golang-github-lib-pq-dev'),
      deb('jwt', join(GO, 'github.com/golang-jwt/jwt'), ['.'], 'golang-github-golang-jwt-jwt-dev'),
      deb('mux', join(GO, 'github.com/gorilla/mux'), ['.'], 'golang-github-gorilla-mux-dev'),
      deb('docker', join(GO, 'github.com/docker/docker'), ['api/server', 'client', 'registry', 'daemon/logger', 'pkg/archive', 'pkg/authorization'], 'golang-github-docker-docker-dev'),
      deb('containerd', join(GO, 'github.com/containerd/containerd'), ['remotes', 'pkg/cri/server', 'content'], 'golang-github-containerd-containerd-dev'),
      deb('prometheus-client', join(GO, 'github.com/prometheus/client_golang'), ['prometheus/promhttp', 'api'], 'golang-github-prometheus-client-golang-dev'),
    ],
  },
  java: {
    ext: CODE_EXT.java,
    sources: [
      {
        name: 'openjdk-17', from: join(EXTRACT, 'jdk'), version: () => `Debian openjdk-17-source ${debVersion('openjdk-17-source')} (src.zip)`,
        dirs: ['java.base/java/net', 'java.base/javax/net', 'java.base/sun/net/www/protocol/http', 'java.base/sun/security/provider', 'java.sql', 'java.naming/javax/naming',
          'jdk.httpserver', 'java.xml/javax/xml/parsers', 'java.net.http'],
        extract: () => {
          const dest = join(EXTRACT, 'jdk');
          if (existsSync(dest) || !existsSync(JDK_SRC)) return;
          mkdirSync(dest, { recursive: true });
          execFileSync('unzip', ['-q', '-o', JDK_SRC, 'java.base/*', 'java.sql/*', 'java.naming/*', 'jdk.httpserver/*', 'java.xml/javax/*', 'java.net.http/*', '-d', dest]);
        },
      },
      deb('tomcat10-examples', '/usr/share/tomcat10-examples', ['.'], 'tomcat10-examples'),
      {
        name: 'beanshell', from: join(EXTRACT, 'bsh'), dirs: ['.'], version: () => `Debian bsh-src ${debVersion('bsh-src')} (bsh.tar.gz)`,
        extract: () => {
          const dest = join(EXTRACT, 'bsh');
          if (existsSync(dest) || !existsSync(BSH_SRC)) return;
          mkdirSync(dest, { recursive: true });
          execFileSync('tar', ['xzf', BSH_SRC, '-C', dest]);
        },
      },
    ],
  },
  terraform: {
    find: {
      roots: [join(GO, 'github.com/hashicorp')],
      test: (p) => /\.(tf|tfvars)$/.test(p),
    },
    label: 'Terraform in Debian golang-github-hashicorp-* packages (testdata)',
    debs: ['golang-github-hashicorp-terraform-json-dev', 'golang-github-hashicorp-hcl-v2-dev'],
  },
  kubernetes: {
    find: {
      roots: [PY, GO, '/usr/share/doc', '/usr/lib/google-cloud-sdk', QA_NPM],
      test: (p, text) => /\.ya?ml$/.test(p) && /^\s*apiVersion\s*:\s*\S+/m.test(text) && /^\s*kind\s*:\s*(Pod|Deployment|StatefulSet|DaemonSet|Job|CronJob|ReplicaSet|ReplicationController)\s*$/m.test(text),
    },
    label: 'Kubernetes workload manifests anywhere in the installed npm/Debian sources',
  },
  'github-actions': {
    find: {
      roots: [QA_NPM, QA_CFN, NM, '/usr/lib/google-cloud-sdk', '/root/.cache/guardline-e2e/code-server'],
      test: (p) => /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(p),
    },
    label: '.github/workflows shipped inside npm packages and the Google Cloud CLI third_party tree',
  },
  dockerfile: {
    find: {
      roots: [GO, '/usr/share/go-1.19', '/usr/lib/google-cloud-sdk', QA_NPM, QA_CFN, '/root/.cache/guardline-e2e/code-server', PY],
      test: (p) => /(^|\/)(Dockerfile(\.[\w.-]+)?|Containerfile|[\w.-]+\.dockerfile)$/i.test(p) && !/\.(go|md|txt|py|js|json)$/i.test(p),
    },
    label: 'Dockerfiles shipped in Debian golang-* / Go / Google Cloud CLI / npm packages',
  },
  cloudformation: {
    find: {
      roots: [QA_CFN, QA_NPM, NM],
      // Guardline's own CloudFormation detection (server/src/core/languages/detect.ts); the AWS SDK's
      // API models and examples (aws-sdk/apis) mention resource types but are not templates.
      test: (p, text) => /\.(json|ya?ml)$/.test(p) && !/\/apis\/|schema|spec|fixture/i.test(p)
        && (/["']?AWSTemplateFormatVersion["']?\s*:/.test(text) || (/["']?Resources["']?\s*:/.test(text) && /["']?Type["']?\s*:\s*["']?(AWS|Alexa)::[A-Za-z0-9]+::/.test(text))),
    },
    label: 'CloudFormation templates shipped in npm packages',
  },
};

// Mirrors Guardline's walker (server/src/host/workspace.ts) so the copy holds only scannable files.
const SKIP_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn', '.terraform', '__pycache__', '.venv', 'venv', 'dist', 'build', 'out', 'vendor', 'coverage']);
const GENERATED_NAME = /(\.min\.(js|css)|\.bundle\.js|-lock\.json|\.lock|\.pb\.go|_pb2\.py|\.generated\.\w+|\.d\.[mc]?ts)$/;
const GENERATED_MARKER = /@generated|DO NOT EDIT|Code generated .* DO NOT EDIT|autogenerated/i;
const MAX_BYTES = 1024 * 1024;

function scannable(abs, text) {
  if (GENERATED_NAME.test(abs)) return false;
  if (text.length === 0 || text.includes('\0')) return false;
  if (GENERATED_MARKER.test(text.split('\n').slice(0, 5).join('\n'))) return false;
  return !text.split('\n').some((line) => line.length > 2000); // minified or bundled
}

const safeSegment = (s) => (SKIP_DIRS.has(s) ? `_${s}` : s);
const countLines = (text) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

function copyFile(src, dest, stats) {
  const st = statSync(src);
  if (!st.isFile() || st.size > MAX_BYTES) return;
  const text = readFileSync(src, 'utf8');
  if (!scannable(src, text)) return;
  mkdirSync(dirname(dest), { recursive: true });
  cpSync(src, dest);
  stats.files++;
  stats.lines += countLines(text);
}

function copyTree(src, dest, ext, stats) {
  let st;
  try {
    st = statSync(src);
  } catch {
    return;
  }
  if (st.isDirectory()) {
    for (const e of readdirSync(src).sort()) {
      if (e === 'node_modules' || e === '.git' || e === '__pycache__') continue;
      copyTree(join(src, e), join(dest, safeSegment(e)), ext, stats);
    }
    return;
  }
  if (ext.some((e) => src.endsWith(e))) copyFile(src, dest, stats);
}

function* walkFiles(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === '.git' || e.name === '__pycache__') continue;
      yield* walkFiles(p);
    } else if (e.isFile()) yield p;
  }
}

function copyFamily(family, spec, extraDirs = []) {
  const dest = join(OUT, family);
  rmSync(dest, { recursive: true, force: true });
  const fam = { files: 0, lines: 0, sources: [] };
  // --extra FAMILY=DIR: files gathered by hand (see docs/quality.md) go to <family>/manual/
  for (const dir of extraDirs) {
    const stats = { files: 0, lines: 0 };
    for (const abs of walkFiles(dir)) copyFile(abs, join(dest, 'manual', relative(dir, abs)), stats);
    fam.sources.push({ name: 'manual', path: dir, ...stats });
    fam.files += stats.files;
    fam.lines += stats.lines;
  }
  if (spec.sources) {
    for (const src of spec.sources) {
      src.extract?.();
      if (!existsSync(src.from)) {
        console.warn(`skipping ${family}/${src.name}: ${src.from} not found (node bench/quality.mjs --install)`);
        continue;
      }
      const stats = { files: 0, lines: 0 };
      for (const d of src.dirs) {
        const parts = d.split('/').filter((s) => s !== '.');
        copyTree(join(src.from, d), join(dest, src.name, ...parts.map(safeSegment)), spec.ext, stats);
      }
      fam.sources.push({ name: src.name, source: src.version(), path: src.from, dirs: src.dirs, ...stats });
      fam.files += stats.files;
      fam.lines += stats.lines;
    }
  } else {
    const seen = new Set();
    const byRoot = new Map();
    for (const root of spec.find.roots) {
      if (!existsSync(root)) {
        console.warn(`skipping ${family} root ${root}: not found`);
        continue;
      }
      for (const abs of walkFiles(root)) {
        if (!spec.find.test(abs, '')) {
          // Content-based families need the text; path-based ones can reject early.
          if (!/\.(json|ya?ml)$/.test(abs) || family === 'github-actions' || family === 'terraform' || family === 'dockerfile') continue;
        }
        let st;
        try {
          st = statSync(abs);
        } catch {
          continue;
        }
        if (st.size > MAX_BYTES || st.size === 0) continue;
        const text = readFileSync(abs, 'utf8');
        if (!spec.find.test(abs, text) || !scannable(abs, text)) continue;
        if (seen.has(text)) continue; // the same file shipped twice (nested copies of a package)
        seen.add(text);
        const rel = relative(root, abs);
        const rootName = root.replace(/^\//, '').replace(/\//g, '_');
        // Keep .github (workflow detection uses the path); rename folders the walker always skips.
        copyFile(abs, join(dest, rootName, ...rel.split('/').map(safeSegment)), fam);
        byRoot.set(root, (byRoot.get(root) ?? 0) + 1);
      }
    }
    fam.sources.push(...[...byRoot].map(([root, files]) => ({ root, files })));
    fam.label = spec.label;
    if (spec.debs) fam.debs = spec.debs.map((p) => `${p} ${debVersion(p)}`);
  }
  return fam;
}

function scanFamily(family, packDir, tag) {
  const dir = join(OUT, family);
  const out = join(OUT, `${family}.${tag}.scan.json`);
  if (!existsSync(dir)) return undefined;
  const pack = packDir ? ['--no-builtin', '--pack', packDir] : [];
  execFileSync(process.execPath, [join(repo, 'bin', 'guardline.js'), 'scan', dir, '--format', 'json', '--fail-on', 'never', ...pack, '--output', out], { stdio: ['ignore', 'ignore', 'inherit'] });
  return JSON.parse(readFileSync(out, 'utf8'));
}

function sample(findings, n, seed) {
  const sorted = [...findings].sort((a, b) => a.path.localeCompare(b.path) || a.location.start - b.location.start || a.ruleId.localeCompare(b.ruleId));
  if (sorted.length <= n) return sorted;
  const rnd = mulberry32(seed);
  for (let i = sorted.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [sorted[i], sorted[j]] = [sorted[j], sorted[i]];
  }
  return sorted.slice(0, n).sort((a, b) => a.path.localeCompare(b.path) || a.location.start - b.location.start);
}

function install() {
  for (const [prefix, pkgs] of Object.entries(NPM_PACKAGES)) {
    console.log(`npm i --prefix ${prefix} ${pkgs.join(' ')}`);
    execFileSync('npm', ['i', '--prefix', prefix, '--no-audit', '--no-fund', ...pkgs], { stdio: 'inherit' });
  }
  console.log(`apt-get install -y --no-install-recommends ${DEB_PACKAGES.join(' ')}`);
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...DEB_PACKAGES], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

function main() {
  const args = process.argv.slice(2);
  const opt = (name, def) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : def;
  };
  if (args.includes('--install')) install();
  const seed = Number(opt('--seed', '20261122'));
  const n = Number(opt('--sample', '60'));
  const only = opt('--family', '')?.split(',').filter(Boolean);
  // --rules-at REV: scan with the built-in pack as it was at a git revision (for before/after
  // comparisons while rules change); default: the working tree's built-in pack.
  const rev = opt('--rules-at', '');
  const tag = opt('--tag', rev ? `rules-${rev}` : 'latest');
  let packDir;
  if (rev) {
    packDir = join(OUT, `.pack-${rev.replace(/[^\w.-]/g, '_')}`);
    rmSync(packDir, { recursive: true, force: true });
    mkdirSync(packDir, { recursive: true });
    const tar = execFileSync('git', ['-C', repo, 'archive', rev, 'rules'], { maxBuffer: 256 * 1024 * 1024 });
    execFileSync('tar', ['x', '--strip-components=1', '-C', packDir], { input: tar });
  }
  const families = Object.keys(FAMILIES).filter((f) => !only?.length || only.includes(f));
  const extras = {};
  args.forEach((a, i) => {
    if (a !== '--extra') return;
    const [fam, dir] = args[i + 1].split('=');
    if (!FAMILIES[fam] || !dir) throw new Error(`--extra wants FAMILY=DIR, FAMILY one of ${Object.keys(FAMILIES).join(', ')}`);
    (extras[fam] ??= []).push(dir);
  });
  const manifestPath = join(here, 'corpus', 'quality.manifest.json');
  const manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : { generator: 'bench/quality.mjs', families: {} };
  const results = { date: new Date().toISOString(), seed, sample: n, commit: gitHead(), rules: rev ? `built-in pack at ${rev}` : 'working tree built-in pack', families: {} };
  for (const family of families) {
    if (!args.includes('--no-copy')) manifest.families[family] = copyFamily(family, FAMILIES[family], extras[family] ?? []);
    const report = scanFamily(family, packDir, tag);
    if (!report) continue;
    const byRule = {};
    for (const f of report.findings) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
    const lines = report.stats.lines;
    const picked = sample(report.findings, n, seed);
    results.families[family] = {
      files: report.stats.files,
      parsed: report.stats.parsed,
      lines,
      findings: report.findings.length,
      perKloc: lines ? +(report.findings.length / (lines / 1000)).toFixed(3) : 0,
      incomplete: report.incomplete.length,
      skipped: report.skipped.length,
      byRule: Object.fromEntries(Object.entries(byRule).sort((a, b) => b[1] - a[1])),
      sample: picked.map((f) => ({ ruleId: f.ruleId, at: `${f.path}:${f.location.startPos.line + 1}`, snippet: f.snippet.split('\n')[0].trim().slice(0, 120) })),
    };
    const r = results.families[family];
    console.log(`${family.padEnd(22)} ${String(r.files).padStart(5)} files ${String(lines).padStart(8)} lines ${String(r.findings).padStart(5)} findings ${r.perKloc.toFixed(2).padStart(7)} /kLOC  sample ${picked.length}`);
  }
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  const resDir = join(here, 'results');
  mkdirSync(resDir, { recursive: true });
  writeFileSync(join(resDir, `quality-${tag}.json`), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(join(resDir, `quality-${tag}.md`), toMarkdown(results));
  console.log(`results: ${relative(repo, join(resDir, `quality-${tag}.md`))}, manifest: ${relative(repo, manifestPath)}`);
}

function gitHead() {
  try {
    return execFileSync('git', ['-C', repo, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function toMarkdown(results) {
  const lines = [`# Noise on real code: counts (${results.date}, commit ${results.commit}, ${results.rules}, seed ${results.seed})`, '',
    '| family | files | lines | findings | per kLOC | sampled |', '|---|---|---|---|---|---|'];
  for (const [f, r] of Object.entries(results.families)) lines.push(`| ${f} | ${r.files} | ${r.lines} | ${r.findings} | ${r.perKloc.toFixed(2)} | ${r.sample.length} |`);
  for (const [f, r] of Object.entries(results.families)) {
    lines.push('', `## ${f}`, '', 'By rule: ' + (Object.entries(r.byRule).map(([k, v]) => `\`${k}\` ${v}`).join(', ') || 'none'), '');
    lines.push('| # | rule | location | snippet |', '|---|---|---|---|');
    r.sample.forEach((s, i) => lines.push(`| ${i + 1} | \`${s.ruleId}\` | ${s.at} | \`${s.snippet.replace(/\|/g, '\\|').replace(/`/g, "'")}\` |`));
  }
  return lines.join('\n') + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
