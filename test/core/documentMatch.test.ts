import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, flagged, packOf, ruleYaml } from './harness';

const TF = `resource "aws_s3_bucket" "a" {
  acl = "public-read"
}
resource "aws_s3_bucket" "b" {
  acl = var.acl
}
resource "aws_s3_bucket" "c" {
  acl = "private"
}
resource "aws_db_instance" "d" {
  publicly_accessible = true
  storage_encrypted   = false
}
resource "aws_db_instance" "e" {
  storage_encrypted = true
}
resource "aws_security_group" "f" {
  ingress {
    from_port   = 22
    cidr_blocks = ["10.0.0.0/8"]
  }
  ingress {
    from_port   = 22
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`;

test('terraform: attribute has value Y (literal only) and report path', async () => {
  const rule = ruleYaml('s3', ['terraform'], 'document:\n  select: "resource.aws_s3_bucket.*"\n  where:\n    - path: acl\n      in: [public-read]\n  report: acl');
  assert.deepEqual(await flagged(rule, 'main.tf', TF), [2]);
});

test('terraform: block lacks attribute X, booleans compare by text', async () => {
  const missing = ruleYaml('enc', ['terraform'], 'document:\n  select: "resource.aws_db_instance.*"\n  where:\n    - any:\n        - { path: storage_encrypted, missing: true }\n        - { path: storage_encrypted, equals: false }');
  assert.deepEqual(await flagged(missing, 'main.tf', TF), [10]);
  const pub = ruleYaml('pub', ['terraform'], 'document:\n  select: "resource.aws_db_instance.*"\n  where:\n    - { path: publicly_accessible, equals: true }\n  report: publicly_accessible');
  assert.deepEqual(await flagged(pub, 'main.tf', TF), [11]);
});

test('terraform: repeated nested blocks are a list searched item by item', async () => {
  const rule = ruleYaml('sg', ['terraform'], 'document:\n  select: "resource.aws_security_group.*.ingress"\n  where:\n    - { path: cidr_blocks, equals: "0.0.0.0/0" }\n    - { path: from_port, equals: 22 }');
  const lines = await flagged(rule, 'main.tf', TF);
  assert.equal(lines.length, 1);
  assert.equal(lines[0], 22, 'the block head of the offending ingress');
});

const K8S = `apiVersion: v1
kind: Pod
metadata: { name: a }
spec:
  containers:
    - name: ok
      image: nginx:1.25
    - name: bad
      image: nginx
      securityContext:
        privileged: true
---
apiVersion: apps/v1
kind: Deployment
spec:
  template:
    spec:
      containers:
        - name: web
          image: "app:latest"
          securityContext: { privileged: true }
`;

test('yaml: ** finds containers in every workload shape and every document', async () => {
  const rule = ruleYaml('priv', ['kubernetes'], 'document:\n  select: "**.containers"\n  where:\n    - { path: securityContext.privileged, equals: true }\n  report: securityContext.privileged');
  assert.deepEqual(await flagged(rule, 'k.yaml', K8S), [11, 21]);
  const tag = ruleYaml('tag', ['kubernetes'], 'document:\n  select: "**.containers"\n  where:\n    - any:\n        - { path: image, regex: ":latest$" }\n        - { path: image, regex: "^[^:@]+$" }\n  report: image');
  assert.deepEqual(await flagged(tag, 'k.yaml', K8S), [9, 20]);
});

test('yaml: root-relative paths and flavour gating', async () => {
  const rule = ruleYaml('kind', ['kubernetes'], 'document:\n  select: "**.containers"\n  where:\n    - { path: "/kind", equals: Deployment }');
  assert.deepEqual(await flagged(rule, 'k.yaml', K8S), [19]);
  assert.deepEqual(await flagged(rule, 'plain.yaml', 'spec:\n  containers:\n    - name: x\n'), [], 'not a Kubernetes file');
});

test('one cloudformation rule covers YAML and JSON templates; tags are expressions', async () => {
  const rule = ruleYaml('cfn', ['cloudformation'], 'document:\n  select: "Resources.*"\n  where:\n    - { path: Type, equals: "AWS::S3::Bucket" }\n    - { path: Properties.AccessControl, equals: PublicRead, literal: true }\n  report: Properties.AccessControl');
  const yaml = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: !Ref Acl\n';
  assert.deepEqual(await flagged(rule, 't.yaml', yaml), [6]);
  const json = '{\n  "Resources": {\n    "A": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": {\n        "AccessControl": "PublicRead"\n      }\n    }\n  }\n}\n';
  assert.deepEqual(await flagged(rule, 't.json', json), [6]);
});

test('document captures interpolate into messages', async () => {
  const rule = ruleYaml('msg', ['terraform'], 'document:\n  select: "resource.aws_s3_bucket.*"\n  where:\n    - { path: acl, in: [public-read] }').replace('found it', 'acl is {{acl}}');
  const r = await analyze(packOf({ msg: rule }), 'main.tf', TF);
  assert.equal(r.findings[0]?.message, 'acl is public-read');
});

test('** reaches each value once, and report points at the value that met the condition', async () => {
  const pod = 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: a\n      env:\n        - name: DB_PASSWORD\n          value: x\n      securityContext:\n        capabilities:\n          add: [NET_BIND_SERVICE, SYS_ADMIN]\n';
  const env = ruleYaml('env', ['kubernetes'], 'document:\n  select: "**.env"\n  where:\n    - { path: name, regex: "PASSWORD" }');
  assert.deepEqual(await flagged(env, 'p.yaml', pod), [7]);
  const caps = ruleYaml('caps', ['kubernetes'], 'document:\n  select: "**.containers"\n  where:\n    - { path: securityContext.capabilities.add, in: [SYS_ADMIN, ALL] }\n  report: securityContext.capabilities.add');
  const r = await analyze(packOf({ caps }), 'p.yaml', pod);
  const f = r.findings[0];
  assert.ok(f);
  assert.equal(pod.slice(f.location.start, f.location.end), 'SYS_ADMIN');
});
