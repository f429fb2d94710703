// Process measurement and machine description for bench/run.mjs.
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { cpus, freemem, totalmem } from 'node:os';
import { availableParallelism } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TIME = '/usr/bin/time';

function tryRun(cmd, args, opts = {}) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], ...opts }).trim();
  } catch {
    return undefined;
  }
}

export function loadAverage() {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number);
}

export function machineInfo(repo) {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1] ?? cpus()[0]?.model;
  const osRelease = readFileSync('/etc/os-release', 'utf8');
  const pretty = /PRETTY_NAME="([^"]+)"/.exec(osRelease)?.[1];
  const pkg = (name) => JSON.parse(readFileSync(join(repo, 'node_modules', name, 'package.json'), 'utf8')).version;
  return {
    cpu: model,
    cores: availableParallelism(),
    cpuMHz: Number(/cpu MHz\s*:\s*([\d.]+)/.exec(cpuinfo)?.[1] ?? 0) || undefined,
    ramGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    freeGBAtStart: Math.round((freemem() / 2 ** 30) * 10) / 10,
    os: `${pretty ?? 'unknown'} (Debian ${tryRun('cat', ['/etc/debian_version']) ?? '?'}), kernel ${tryRun('uname', ['-r'])}`,
    node: process.version,
    v8: process.versions.v8,
    guardline: JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version,
    gitCommit: tryRun('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo }),
    gitDirtyFiles: (tryRun('git', ['status', '--porcelain'], { cwd: repo }) ?? '').split('\n').filter(Boolean).length,
    webTreeSitter: pkg('web-tree-sitter'),
    astGrep: tryRun(join(repo, 'node_modules', '.bin', 'ast-grep'), ['--version']),
    timeTool: existsSync(TIME) ? TIME : 'none (polling /proc VmHWM)',
  };
}

/** Polls VmHWM of a running process: the fallback when GNU time is not installed. */
async function pollPeak(pid, child) {
  let peak = 0;
  const read = () => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) peak = Math.max(peak, Number(m[1]));
    } catch {
      /* exited */
    }
  };
  const timer = setInterval(read, 10);
  await new Promise((res) => child.on('exit', res));
  clearInterval(timer);
  return peak;
}

/**
 * Runs one command in a new process. Wall time is measured here; user/sys CPU time and peak RSS
 * come from GNU time (`-f`, written to a temp file so the tool's own stderr stays separate).
 * stdout goes to `stdoutFile` when given (so pipe throughput is not part of the measurement).
 */
export async function measure(cmd, args, { cwd, stdoutFile } = {}) {
  const useTime = existsSync(TIME);
  const timeFile = join(tmpdir(), `guardline-bench-time-${process.pid}.txt`);
  const out = stdoutFile ? openSync(stdoutFile, 'w') : 'ignore';
  const argv = useTime ? ['-f', '%e %U %S %M', '-o', timeFile, cmd, ...args] : args;
  const started = performance.now();
  const child = spawn(useTime ? TIME : cmd, argv, { cwd, stdio: ['ignore', out, 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const peakPolled = useTime ? Promise.resolve(0) : pollPeak(child.pid, child);
  const code = await new Promise((res) => child.on('close', (c) => res(c)));
  const wallMs = performance.now() - started;
  if (typeof out === 'number') closeSync(out);
  let userS = null, sysS = null, rssKB = await peakPolled;
  if (useTime && existsSync(timeFile)) {
    const last = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ');
    [userS, sysS, rssKB] = [Number(last[1]), Number(last[2]), Number(last[3])];
    rmSync(timeFile, { force: true });
  }
  return { code, wallMs, cpuS: userS === null ? null : userS + sysS, rssMB: Math.round(rssKB / 1024), stderr };
}

export function median(xs) {
  const s = xs.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
