import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detect, languageForPath } from '../../server/src/core/languages/detect';

test('languages by extension and name', () => {
  const cases: [string, string | undefined][] = [
    ['src/app.js', 'javascript'], ['a.mjs', 'javascript'], ['a.jsx', 'javascript'], ['a.ts', 'typescript'], ['a.tsx', 'tsx'],
    ['x.py', 'python'], ['main.go', 'go'], ['A.java', 'java'], ['p.json', 'json'], ['k.yaml', 'yaml'], ['k.yml', 'yaml'],
    ['main.tf', 'terraform'], ['prod.tfvars', 'terraform'], ['run.sh', 'shell'], ['Dockerfile', 'dockerfile'],
    ['docker/Dockerfile.prod', 'dockerfile'], ['api.dockerfile', 'dockerfile'], ['Containerfile', 'dockerfile'],
    ['README.md', undefined], ['Makefile', undefined], ['image.png', undefined],
  ];
  for (const [path, lang] of cases) assert.equal(languageForPath(path), lang, path);
});

test('YAML flavours by content and path', () => {
  assert.deepEqual(detect('deploy/app.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n')?.flavours, ['kubernetes']);
  assert.deepEqual(detect('.github/workflows/ci.yml', 'name: ci\n')?.flavours, ['github-actions']);
  assert.deepEqual(detect('ci/build.yml', 'on:\n  push:\njobs:\n  b:\n    runs-on: ubuntu-latest\n')?.flavours, ['github-actions']);
  assert.deepEqual(detect('infra/stack.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n')?.flavours, ['cloudformation']);
  assert.deepEqual(detect('infra/stack.json', '{"Resources": {"B": {"Type": "AWS::S3::Bucket"}}}')?.flavours, ['cloudformation']);
  assert.deepEqual(detect('docker-compose.yml', 'services:\n  web:\n    image: nginx\n')?.flavours, ['docker-compose']);
  assert.deepEqual(detect('stack/app.yml', 'services:\n  web:\n    build: .\n')?.flavours, ['docker-compose']);
  assert.deepEqual(detect('config/settings.yaml', 'name: x\nreplicas: 3\n')?.flavours, []);
  assert.deepEqual(detect('package.json', '{"name": "x"}')?.flavours, []);
});
