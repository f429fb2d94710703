// Generators for infrastructure files: Terraform, Kubernetes manifests, Dockerfiles and GitHub
// Actions workflows. Same contract as gen-code.mjs: (rand, planter, lines) -> file text.

function fill(lines, unit, sep = '\n\n') {
  const parts = [];
  let count = 0;
  while (count < lines) {
    const u = unit(parts.length);
    parts.push(u);
    count += u.split('\n').length + 1;
  }
  return parts.join(sep) + '\n';
}

// ---------------------------------------------------------------- Terraform

export function terraform(r, p, lines) {
  const project = r.noun();
  const blocks = [
    () => {
      const n = r.noun();
      const acl = p.maybe('bench-tf-s3-public-acl', r.pick(['public-read', 'public-read-write']), r.pick(['private', 'log-delivery-write']));
      return `resource "aws_s3_bucket" "${n}_${r.int(1, 999)}" {
  bucket = "\${var.prefix}-${project}-${n}"
  acl    = "${acl}"

  versioning {
    enabled = ${r.pick(['true', 'false'])}
  }

  tags = {
    Project     = "${project}"
    Environment = var.environment
    Owner       = "${r.noun()}-team"
  }
}`;
    },
    () => `resource "aws_instance" "${r.snake()}" {
  ami                    = data.aws_ami.${r.pick(['ubuntu', 'amazon_linux'])}.id
  instance_type          = "${r.pick(['t3.micro', 't3.small', 'm6i.large', 'c6g.xlarge'])}"
  subnet_id              = module.vpc.private_subnets[${r.int(0, 2)}]
  vpc_security_group_ids = [aws_security_group.${project}.id]
  monitoring             = true

  root_block_device {
    volume_size = ${r.int(2, 20) * 10}
    encrypted   = true
  }

  metadata_options {
    http_tokens = "required"
  }
}`,
    () => `resource "aws_security_group" "${r.snake()}" {
  name        = "${project}-${r.noun()}"
  description = "Traffic for the ${r.noun()} tier"
  vpc_id      = module.vpc.vpc_id

  ingress {
    from_port   = ${r.pick([443, 8080, 5432, 6379])}
    to_port     = ${r.pick([443, 8080, 5432, 6379])}
    protocol    = "tcp"
    cidr_blocks = [var.vpc_cidr]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}`,
    () => `variable "${r.snake()}" {
  description = "${r.verb()} setting for ${r.noun()}"
  type        = ${r.pick(['string', 'number', 'bool', 'list(string)'])}
  default     = ${r.pick(['null', '"eu-west-1"', '3', 'true', '[]'])}
}

output "${r.snake()}_id" {
  value = aws_instance.${r.snake()}.id
}`,
    () => `module "${r.snake()}" {
  source  = "terraform-aws-modules/${r.pick(['vpc', 'rds', 'eks', 'iam'])}/aws"
  version = "~> ${r.int(3, 5)}.${r.int(0, 9)}"

  name = "${project}-${r.noun()}"
  tags = local.common_tags
}`,
  ];
  return fill(lines, () => r.pick(blocks)());
}

// ---------------------------------------------------------------- Kubernetes

export function kubernetes(r, p, lines) {
  const app = `${r.noun()}-${r.pick(['api', 'worker', 'web', 'sync'])}`;
  const docs = [
    () => {
      const image = p.maybe('bench-k8s-latest-image', `registry.example.com/${app}:latest`, `registry.example.com/${app}:${r.int(1, 4)}.${r.int(0, 20)}.${r.int(0, 9)}`);
      const privileged = p.maybe('bench-k8s-privileged', 'true', 'false');
      return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}
  labels:
    app: ${app}
    team: ${r.noun()}
spec:
  replicas: ${r.int(1, 6)}
  selector:
    matchLabels:
      app: ${app}
  template:
    metadata:
      labels:
        app: ${app}
    spec:
      serviceAccountName: ${app}
      containers:
        - name: ${app}
          image: ${image}
          ports:
            - containerPort: ${r.pick([8080, 8443, 9000])}
          env:
            - name: LOG_LEVEL
              value: ${r.pick(['info', 'debug', 'warn'])}
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef:
                  name: ${app}-db
                  key: url
          resources:
            requests:
              cpu: ${r.int(1, 5) * 100}m
              memory: ${r.int(1, 8) * 128}Mi
            limits:
              memory: ${r.int(8, 16) * 128}Mi
          securityContext:
            privileged: ${privileged}
            runAsNonRoot: true
            allowPrivilegeEscalation: false
          readinessProbe:
            httpGet:
              path: /healthz
              port: ${r.pick([8080, 8443, 9000])}`;
    },
    () => `apiVersion: v1
kind: Service
metadata:
  name: ${app}
spec:
  type: ClusterIP
  selector:
    app: ${app}
  ports:
    - port: 80
      targetPort: ${r.pick([8080, 8443, 9000])}`,
    () => `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${app}-${r.noun()}
data:
  ${r.snake()}: "${r.int(1, 100)}"
  ${r.snake()}: "${r.pick(['enabled', 'disabled'])}"
  endpoint: https://${r.noun()}.internal.example.com`,
  ];
  return `${fill(lines, (i) => (i === 0 ? docs[0]() : r.pick(docs)()), '\n---\n')}`;
}

// ---------------------------------------------------------------- Dockerfile

/** A two-stage Dockerfile (22 lines); `lines` pads the build stage with RUN/ENV steps. */
export function dockerfile(r, p, lines = 0) {
  const base = r.pick([['node', '20-bookworm-slim'], ['python', '3.12-slim'], ['golang', '1.22-bookworm'], ['eclipse-temurin', '21-jre']]);
  const tag = p.maybe('bench-docker-latest', 'latest', base[1]);
  const install = p.maybe('bench-curl-pipe-sh', `RUN set -eux; curl -fsSL https://get.${r.noun()}.example.com/install.sh | sh`, `RUN curl -fsSLo /tmp/tool.tgz https://dl.example.com/${r.noun()}.tgz && tar -xzf /tmp/tool.tgz -C /usr/local/bin`);
  return `# Build and runtime image for the ${r.noun()} service.
FROM ${base[0]}:${tag} AS build
WORKDIR /src
ARG VERSION=${r.int(1, 3)}.${r.int(0, 20)}.0
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl git && rm -rf /var/lib/apt/lists/*
${install}
${Array.from({ length: Math.max(0, lines - 22) }, (_, i) => (i % 2 ? `ENV STEP_${i}=done` : `RUN make step-${i} && rm -rf /tmp/step-${i}`)).join('\n')}${lines > 22 ? '\n' : ''}COPY . .
RUN make build VERSION=$VERSION

FROM gcr.io/distroless/base-debian12
WORKDIR /app
COPY --from=build /src/bin/ /app/
ENV PORT=${r.pick([8080, 9000])} LOG_LEVEL=info
EXPOSE ${r.pick([8080, 9000])}
USER ${r.int(1000, 65000)}
HEALTHCHECK --interval=30s --timeout=3s CMD ["/app/healthcheck"]
ENTRYPOINT ["/app/server"]
`;
}

// ---------------------------------------------------------------- GitHub Actions

export function workflow(r, p, lines) {
  const job = (i) => {
    const greet = p.maybe('bench-gha-script-injection',
      `      - name: Comment on issue\n        run: |\n          echo "Thanks for reporting: \${{ github.event.issue.title }}"`,
      `      - name: Summarise\n        run: |\n          echo "Build \${{ github.run_id }} finished" >> "$GITHUB_STEP_SUMMARY"`);
    return `  ${r.snake()}_${i}:
    runs-on: ${r.pick(['ubuntu-latest', 'ubuntu-24.04'])}
    timeout-minutes: ${r.int(5, 60)}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-${r.pick(['node', 'python', 'go'])}@v5
        with:
          cache: true
      - name: Install
        run: make deps
      - name: Test
        run: |
          make test SHARD=${r.int(1, 4)}
          make lint
${greet}`;
  };
  const head = `name: ${r.noun()} ci
on:
  push:
    branches: [main]
  pull_request:
  issues:
    types: [opened]
permissions:
  contents: read
jobs:`;
  return `${head}\n${fill(lines - 12, job, '\n')}`;
}
