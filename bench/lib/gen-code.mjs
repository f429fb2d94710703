// Generators for application code: JavaScript, TypeScript, Python, Go, Java and shell. Each
// returns the text of one file of roughly `lines` lines, built from plausible units (handlers,
// classes, helpers, SQL calls) with insecure calls planted at the Planter's rate.
import { cap } from './rng.mjs';

/** Appends units until the file reaches the wanted length. */
function fill(lines, head, unit, foot = '') {
  const parts = [head];
  let count = head.split('\n').length;
  while (count < lines) {
    const u = unit();
    parts.push(u);
    count += u.split('\n').length + 1;
  }
  if (foot) parts.push(foot);
  return parts.join('\n\n') + '\n';
}

// ---------------------------------------------------------------- JavaScript / TypeScript

function jsHandler(r, p, ts) {
  const n = r.noun(), v = r.camel(), method = r.pick(['get', 'post', 'put', 'delete']);
  const reqT = ts ? ': Request' : '', resT = ts ? ': Response' : '';
  const bad = p.maybe('bench-js-eval', `    const filter = eval(req.query.filter${ts ? ' as string' : ''});\n    logger.debug({ filter }, 'custom filter');\n`, '');
  return `router.${method}('/api/${n}s/:id', async (req${reqT}, res${resT}, next) => {
  try {
    const ${v} = await db.query('SELECT id, name, status, updated_at FROM ${n}s WHERE id = $1 AND tenant_id = $2', [req.params.id, req.user.tenantId]);
    if (${v}.rows.length === 0) {
      return res.status(404).json({ error: '${n} not found' });
    }
${bad}    logger.info({ id: req.params.id, op: '${method}' }, '${n} handled');
    res.json(${v}.rows[0]);
  } catch (err) {
    next(err);
  }
});`;
}

function jsClass(r, p, ts) {
  const name = r.pascal(), n = r.noun(), m1 = r.camel(true), m2 = r.camel(true);
  const f = (t) => (ts ? `: ${t}` : '');
  const near = r.chance(0.05) ? `\n    const version = eval('1 + ${r.int(1, 9)}');` : '';
  return `${ts ? 'export ' : ''}class ${name}Service {
  ${ts ? 'private readonly cache = new Map<string, unknown>();' : 'cache = new Map();'}

  constructor(${ts ? 'private readonly repo: Repository, private readonly clock: Clock' : 'repo, clock'}) {${ts ? '' : '\n    this.repo = repo;\n    this.clock = clock;'}
  }

  async ${m1}(id${f('string')})${f(`Promise<${cap(n)} | undefined>`)} {
    if (this.cache.has(id)) {
      return this.cache.get(id)${ts ? ` as ${cap(n)}` : ''};
    }
    const row = await this.repo.findOne('${n}s', { id });${near}
    if (row) {
      this.cache.set(id, row);
    }
    return row;
  }

  async ${m2}(items${f(`${cap(n)}[]`)}, limit = ${r.int(10, 500)})${f('Promise<number>')} {
    let changed = 0;
    for (const item of items.slice(0, limit)) {
      if (item.updatedAt < this.clock.now() - ${r.int(1, 90)} * 86400000) {
        await this.repo.update('${n}s', item.id, { status: '${r.pick(['stale', 'archived', 'expired'])}' });
        changed += 1;
      }
    }
    return changed;
  }
}`;
}

function jsHelper(r, p, ts) {
  const fn = r.camel(true), n = r.noun();
  const bad = p.maybe('bench-js-eval', `  const compiled = Function(template);\n  return compiled(values);\n`, `  return template.replace(/\\{(\\w+)\\}/g, (_, key) => String(values[key] ?? ''));\n`);
  return `${ts ? 'export ' : ''}function ${fn}(template${ts ? ': string' : ''}, values${ts ? ': Record<string, unknown>' : ''})${ts ? ': string' : ''} {
  if (!template) {
    throw new Error('${n} template is empty');
  }
${bad}}

${ts ? 'export ' : ''}const ${r.camel()}Defaults = {
  retries: ${r.int(1, 5)},
  timeoutMs: ${r.int(1, 30) * 1000},
  endpoint: process.env.${n.toUpperCase()}_URL ?? 'https://${n}.internal.example.com',
  headers: { 'x-service': '${n}-api' },
};`;
}

function tsTypes(r) {
  const n = cap(r.noun());
  return `export interface ${n} {
  id: string;
  tenantId: string;
  status: '${r.pick(['active', 'pending'])}' | 'archived' | 'deleted';
  createdAt: number;
  updatedAt: number;
  tags?: string[];
}

export type ${n}Patch = Partial<Omit<${n}, 'id' | 'tenantId'>>;

export function is${n}(value: unknown): value is ${n} {
  return typeof value === 'object' && value !== null && 'id' in value && 'tenantId' in value;
}`;
}

export function javascript(r, p, lines) {
  const head = `'use strict';\n\nconst express = require('express');\nconst { db } = require('../db');\nconst logger = require('../logger');\n\nconst router = express.Router();`;
  return fill(lines, head, () => r.pick([jsHandler, jsClass, jsHelper])(r, p, false), 'module.exports = router;');
}

export function typescript(r, p, lines) {
  const head = `import { Router, type Request, type Response } from 'express';\nimport { db } from '../db';\nimport { logger } from '../logger';\nimport type { Clock, Repository } from '../types';\n\nexport const router = Router();`;
  return fill(lines, head, () => r.pick([jsHandler, jsClass, jsHelper, tsTypes])(r, p, true));
}

// ---------------------------------------------------------------- Python

export function python(r, p, lines) {
  const head = `"""${cap(r.noun())} service: HTTP handlers and persistence helpers."""\nimport hashlib\nimport logging\nimport os\nimport subprocess\n\nimport requests\nfrom flask import Blueprint, jsonify, request\n\nfrom .db import get_connection\n\nlog = logging.getLogger(__name__)\nbp = Blueprint("${r.noun()}", __name__)`;
  const route = () => {
    const n = r.noun();
    const bad = p.maybe('bench-py-exec', `    expression = request.args.get("expr", "0")\n    score = eval(expression)\n`, `    score = int(request.args.get("score", "0"))\n`);
    return `@bp.route("/api/${n}s/<int:item_id>", methods=["${r.pick(['GET', 'POST', 'DELETE'])}"])
def ${r.snake(true)}(item_id):
    conn = get_connection()
    with conn.cursor() as cur:
        cur.execute("SELECT id, name, status FROM ${n}s WHERE id = %s", (item_id,))
        row = cur.fetchone()
    if row is None:
        return jsonify({"error": "${n} not found"}), 404
${bad}    log.info("loaded ${n} %s", item_id)
    return jsonify({"id": row[0], "name": row[1], "status": row[2], "score": score})`;
  };
  const klass = () => {
    const n = r.noun(), name = r.pascal();
    const hash = p.maybe('bench-py-weak-hash', `hashlib.md5(payload).hexdigest()`, `hashlib.sha256(payload).hexdigest()`);
    const verify = p.maybe('bench-py-verify-off', `, verify=False`, `, timeout=${r.int(2, 30)}`);
    const shell = p.maybe('bench-py-exec', `        os.system(f"tar czf /tmp/${n}.tgz {path}")\n`, `        subprocess.run(["tar", "czf", "/tmp/${n}.tgz", path], check=True)\n`);
    const near = r.chance(0.05) ? `        os.system("sync")\n` : '';
    return `class ${name}Client:
    """Talks to the ${n} API and keeps a local digest of what it sent."""

    def __init__(self, base_url, retries=${r.int(1, 5)}):
        self.base_url = base_url.rstrip("/")
        self.retries = retries
        self.sent = {}

    def ${r.snake(true)}(self, ${n}_id, payload):
        digest = ${hash}
        if self.sent.get(${n}_id) == digest:
            return None
        for attempt in range(self.retries):
            resp = requests.post(f"{self.base_url}/${n}s/{${n}_id}", data=payload${verify})
            if resp.status_code < 500:
                self.sent[${n}_id] = digest
                return resp.json()
            log.warning("attempt %d failed for %s", attempt, ${n}_id)
        raise RuntimeError("${n} upload failed")

    def archive(self, path):
${shell}${near}        return path`;
  };
  const helper = () => `def ${r.snake(true)}(items, limit=${r.int(10, 100)}):
    result = []
    for item in items[:limit]:
        if item.get("status") in ("${r.pick(['active', 'pending'])}", "new"):
            result.append({k: v for k, v in item.items() if not k.startswith("_")})
    return sorted(result, key=lambda x: x.get("updated_at", 0), reverse=True)`;
  return fill(lines, head, () => r.pick([route, klass, helper, helper])());
}

// ---------------------------------------------------------------- Go

export function go(r, p, lines) {
  const pkg = r.noun();
  const head = `package ${pkg}\n\nimport (\n\t"context"\n\t"crypto/md5"\n\t"crypto/sha256"\n\t"database/sql"\n\t"encoding/json"\n\t"fmt"\n\t"net/http"\n\t"os/exec"\n\t"time"\n)`;
  const handler = () => {
    const n = r.noun(), t = r.pascal();
    return `type ${t} struct {
\tID     int64  \`json:"id"\`
\tName   string \`json:"name"\`
\tStatus string \`json:"status"\`
}

func (s *Server) handle${t}(w http.ResponseWriter, req *http.Request) {
\tctx, cancel := context.WithTimeout(req.Context(), ${r.int(1, 10)}*time.Second)
\tdefer cancel()
\trow := s.db.QueryRowContext(ctx, "SELECT id, name, status FROM ${n}s WHERE id = $1", req.URL.Query().Get("id"))
\tvar item ${t}
\tif err := row.Scan(&item.ID, &item.Name, &item.Status); err != nil {
\t\tif err == sql.ErrNoRows {
\t\t\thttp.Error(w, "${n} not found", http.StatusNotFound)
\t\t\treturn
\t\t}
\t\thttp.Error(w, err.Error(), http.StatusInternalServerError)
\t\treturn
\t}
\tw.Header().Set("Content-Type", "application/json")
\t_ = json.NewEncoder(w).Encode(item)
}`;
  };
  const helper = () => {
    const fn = cap(r.camel(true));
    const hash = p.maybe('bench-go-weak-hash', `md5.Sum(data)`, `sha256.Sum256(data)`);
    const cmd = p.maybe('bench-go-exec', `exec.Command(tool, args...)`, `exec.Command("git", args...)`);
    return `// ${fn} fingerprints data and runs the configured tool on it.
func ${fn}(ctx context.Context, tool string, data []byte, args ...string) (string, error) {
\tsum := ${hash}
\tcmd := ${cmd}
\tout, err := cmd.Output()
\tif err != nil {
\t\treturn "", fmt.Errorf("${r.noun()}: %w", err)
\t}
\treturn fmt.Sprintf("%x:%s", sum, out), nil
}`;
  };
  return fill(lines, head, () => r.pick([handler, helper])());
}

// ---------------------------------------------------------------- Java

export function java(r, p, lines, className) {
  const n = r.noun();
  const head = `package com.example.${n};\n\nimport java.security.MessageDigest;\nimport java.sql.Connection;\nimport java.sql.PreparedStatement;\nimport java.sql.ResultSet;\nimport java.util.ArrayList;\nimport java.util.List;\n\npublic class ${className} {\n    private final Connection connection;\n\n    public ${className}(Connection connection) {\n        this.connection = connection;\n    }`;
  const query = () => `    public List<String> ${r.camel(true)}(long tenantId, int limit) throws Exception {
        List<String> names = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT name FROM ${r.noun()}s WHERE tenant_id = ? LIMIT ?")) {
            st.setLong(1, tenantId);
            st.setInt(2, limit);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString("name"));
                }
            }
        }
        return names;
    }`;
  const digest = () => {
    const alg = p.maybe('bench-java-weak-hash', r.pick(['"MD5"', '"SHA-1"']), '"SHA-256"');
    const run = p.maybe('bench-java-exec', `Runtime.getRuntime().exec(command + " " + target)`, `new ProcessBuilder(command, target).start()`);
    return `    public byte[] ${r.camel(true)}(byte[] payload, String command, String target) throws Exception {
        MessageDigest md = MessageDigest.getInstance(${alg});
        byte[] hash = md.digest(payload);
        if (hash.length > ${r.int(8, 32)}) {
            Process proc = ${run};
            proc.waitFor();
        }
        return hash;
    }`;
  };
  return fill(lines, head, () => r.pick([query, digest, query])(), '}');
}

// ---------------------------------------------------------------- shell

export function shell(r, p, lines) {
  const head = `#!/usr/bin/env bash\n# ${cap(r.verb())} the ${r.noun()} environment.\nset -euo pipefail\n\nROOT="$(cd "$(dirname "\${BASH_SOURCE[0]}")/.." && pwd)"\nLOG_LEVEL="\${LOG_LEVEL:-info}"`;
  const fn = () => {
    const name = r.snake(true);
    const install = p.maybe('bench-curl-pipe-sh', `  curl -fsSL "$INSTALL_URL" | bash\n`, `  curl -fsSLo /tmp/install.sh "$INSTALL_URL"\n  sha256sum -c /tmp/install.sh.sha256\n`);
    return `${name}() {
  local target="\${1:?target required}"
  echo "[$LOG_LEVEL] ${name} $target" >&2
  if [[ ! -d "$ROOT/$target" ]]; then
    mkdir -p "$ROOT/$target"
  fi
${install}  for f in "$ROOT/$target"/*.${r.pick(['json', 'yaml', 'conf'])}; do
    [ -e "$f" ] || continue
    grep -q "${r.noun()}" "$f" && cp "$f" "$ROOT/backup/"
  done
  case "$target" in
    prod*) echo "refusing to touch $target without CONFIRM=1"; [[ "\${CONFIRM:-0}" == 1 ]] || return 1 ;;
    *) ;;
  esac
}`;
  };
  return fill(lines, head, fn, `main() {\n  ${r.snake(true)} "\${1:-dev}"\n}\n\nmain "$@"`);
}
