#!/usr/bin/env node
// Writes the synthetic benchmark corpus: a monorepo-like tree of services in ten file kinds,
// deterministic for a given seed and scale, with a small rate of planted insecure patterns.
//
//   node bench/corpus.mjs [--seed 20261122] [--scale 1] [--out bench/corpus/generated]
//
// A manifest (files, lines and bytes per language; planted patterns per benchmark rule id) is
// written next to the tree as <out>.manifest.json, outside the scanned folder.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cap, Planter, Rand } from './lib/rng.mjs';
import * as code from './lib/gen-code.mjs';
import * as iac from './lib/gen-iac.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** Lines wanted per language at scale 1 (about 210k in total) and the size range of one file. */
const PLAN = [
  { lang: 'javascript', lines: 42_000, size: [150, 700] },
  { lang: 'typescript', lines: 38_000, size: [150, 700] },
  { lang: 'python', lines: 36_000, size: [120, 600] },
  { lang: 'go', lines: 30_000, size: [120, 600] },
  { lang: 'java', lines: 30_000, size: [120, 500] },
  { lang: 'terraform', lines: 12_000, size: [60, 300] },
  { lang: 'kubernetes', lines: 9_000, size: [60, 250] },
  { lang: 'github-actions', lines: 5_500, size: [40, 140] },
  { lang: 'shell', lines: 5_000, size: [40, 200] },
  { lang: 'dockerfile', lines: 3_000, size: [22, 22] },
];

export const PLANT_RATE = 0.03;

export function generateCorpus({ seed = 20261122, scale = 1, out = join(here, 'corpus', 'generated') } = {}) {
  const r = new Rand(seed);
  const planter = new Planter(r, PLANT_RATE);
  const services = Array.from({ length: Math.max(4, Math.round(40 * scale)) }, (_, i) => `${r.noun()}-${r.pick(['api', 'worker', 'gateway', 'sync', 'billing'])}-${i}`);
  const files = new Map();
  const stats = {};
  let serial = 0;
  const add = (lang, path, text) => {
    if (files.has(path)) throw new Error(`duplicate path ${path}`);
    files.set(path, text);
    const s = (stats[lang] ??= { files: 0, lines: 0, bytes: 0 });
    s.files++;
    s.lines += text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    s.bytes += Buffer.byteLength(text);
  };

  for (const { lang, lines, size } of PLAN) {
    const target = Math.round(lines * scale);
    let written = 0;
    while (written < target) {
      const n = r.int(size[0], size[1]);
      const svc = r.pick(services);
      const id = ++serial;
      let path, text;
      switch (lang) {
        case 'javascript':
          path = `services/${svc}/src/routes/${r.camel(true)}-${id}.js`;
          text = code.javascript(r, planter, n);
          break;
        case 'typescript':
          path = `services/${svc}/src/${r.pick(['services', 'handlers', 'lib'])}/${r.camel()}-${id}.ts`;
          text = code.typescript(r, planter, n);
          break;
        case 'python':
          path = `services/${svc}/app/${r.snake()}_${id}.py`;
          text = code.python(r, planter, n);
          break;
        case 'go':
          path = `services/${svc}/internal/${r.noun()}/${r.snake()}_${id}.go`;
          text = code.go(r, planter, n);
          break;
        case 'java': {
          const cls = `${r.pascal()}Repository${id}`;
          path = `services/${svc}/src/main/java/com/example/${cls}.java`;
          text = code.java(r, planter, n, cls);
          break;
        }
        case 'shell':
          path = `scripts/${r.snake(true)}-${id}.sh`;
          text = code.shell(r, planter, n);
          break;
        case 'terraform':
          path = `infra/${r.pick(['dev', 'staging', 'prod'])}/${r.noun()}-${id}.tf`;
          text = iac.terraform(r, planter, n);
          break;
        case 'kubernetes':
          path = `deploy/k8s/${svc}-${id}.yaml`;
          text = iac.kubernetes(r, planter, n);
          break;
        case 'github-actions':
          path = `.github/workflows/${r.noun()}-${id}.yml`;
          text = iac.workflow(r, planter, n);
          break;
        case 'dockerfile':
          path = r.chance(0.5) ? `services/${svc}/docker/Dockerfile.${r.noun()}${id}` : `services/${svc}/images/${r.noun()}-${id}/Dockerfile`;
          text = iac.dockerfile(r, planter);
          break;
      }
      add(lang, path, text);
      written += text.split('\n').length;
    }
  }

  rmSync(out, { recursive: true, force: true });
  for (const [path, text] of files) {
    const abs = join(out, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
  const total = Object.values(stats).reduce((t, s) => ({ files: t.files + s.files, lines: t.lines + s.lines, bytes: t.bytes + s.bytes }), { files: 0, lines: 0, bytes: 0 });
  const manifest = { generator: 'bench/corpus.mjs', seed, scale, plantRate: PLANT_RATE, folder: relative(join(here, '..'), out), total, languages: stats, planted: Object.fromEntries(Object.entries(planter.counts).sort()) };
  writeFileSync(`${out}.manifest.json`, JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { seed: { type: 'string' }, scale: { type: 'string' }, out: { type: 'string' } } });
  const m = generateCorpus({ seed: values.seed ? Number(values.seed) : undefined, scale: values.scale ? Number(values.scale) : undefined, out: values.out });
  console.log(`${cap('generated')} ${m.total.files} files, ${m.total.lines} lines, ${(m.total.bytes / 1e6).toFixed(1)} MB in ${m.folder}`);
  for (const [lang, s] of Object.entries(m.languages)) console.log(`  ${lang.padEnd(15)} ${String(s.files).padStart(5)} files ${String(s.lines).padStart(7)} lines`);
  console.log(`  planted: ${JSON.stringify(m.planted)}`);
}
