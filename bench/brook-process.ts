import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { join, resolve } from 'node:path';
import { FrameSplitter } from '../protocol/frame-splitter';
import { encodeRequest, encodeResponse } from '../protocol/frames';
export { freePort } from '../src/cluster/free-port';

/**
 * What the broker benchmarks share to run `brook serve` as a user does: the compiled build started through
 * bin/brook.js (as `npx brook serve`), a Metadata probe to know when it answers, and its RSS.
 */
const ROOT = resolve(__dirname, '..');
// BROOK_BENCH_BUILD moves it: where node_modules is shared between checkouts, so would the build be.
const BUILD = process.env.BROOK_BENCH_BUILD ?? join(ROOT, 'node_modules', '.cache', 'brook-bench-build');

let built: string[] | null = null;

/**
 * The command line (after `node`) that runs `brook`: bin/brook.js over a fresh build of this checkout (tsc,
 * then the CLI bundle), laid out as the package ships (bin/, dist/, package.json). Compiled once per process; tsc emits even when another
 * area has type errors, and a missing entry falls back to the sources through tsx (said on stderr).
 */
export function brookCommand(): string[] {
  if (built) return built;
  try {
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
        '-p',
        join(ROOT, 'tsconfig.build.json'),
        '--outDir',
        join(BUILD, 'dist'),
      ],
      { cwd: ROOT, stdio: 'ignore' },
    );
  } catch {
    // type errors elsewhere still emit JS; a missing file below means the build really failed
  }
  if (existsSync(join(BUILD, 'dist', 'src', 'cli', 'main.js'))) {
    // The one-file CLI bundle, as `npm run build` makes it (bin/brook.js prefers it). The same step bundles the
    // web console's page, whose sources it looks for in src/ beside dist/ (as in a checkout): link them there.
    const web = join(BUILD, 'src', 'console', 'web');
    if (!existsSync(web)) {
      mkdirSync(join(BUILD, 'src', 'console'), { recursive: true });
      symlinkSync(join(ROOT, 'src', 'console', 'web'), web);
    }
    execFileSync(process.execPath, [join(BUILD, 'dist', 'src', 'cli', 'bundle.js'), join(BUILD, 'dist')], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    mkdirSync(join(BUILD, 'bin'), { recursive: true });
    copyFileSync(join(ROOT, 'bin', 'brook.js'), join(BUILD, 'bin', 'brook.js'));
    copyFileSync(join(ROOT, 'package.json'), join(BUILD, 'package.json'));
    built = [join(BUILD, 'bin', 'brook.js')];
  } else {
    process.stderr.write('broker bench: compiled build unavailable, running brook from source through tsx\n');
    built = ['--import', 'tsx', join(ROOT, 'src', 'cli', 'run.ts')];
  }
  return built;
}

/** VmRSS of a process, in MiB. */
export function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** The process and all its descendants (through /proc/PID/task/TID/children). */
function processTree(pid: number): number[] {
  const children: number[] = [];
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    const listed = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
    if (listed) children.push(...listed.split(/\s+/).map(Number));
  }
  return [pid, ...children.flatMap(processTree)];
}

/** VmRSS summed over a process and its descendants, in MiB (pages they share are counted once per process). */
export function treeRssMiB(pid: number): number {
  return processTree(pid).reduce((sum, p) => sum + rssMiB(p), 0);
}

const PROBE_CORRELATION_ID = 7;

/** The probe: Metadata v12 for all topics, as librdkafka sends first. */
export const METADATA_PROBE: Buffer = encodeRequest(
  { apiKey: 3, apiVersion: 12, correlationId: PROBE_CORRELATION_ID, clientId: 'brook-bench' },
  {
    topics: null,
    allowAutoTopicCreation: false,
    includeClusterAuthorizedOperations: false,
    includeTopicAuthorizedOperations: false,
  },
);

/** What a one-node broker with no topics answers to the probe (the bare baseline replies with these bytes). */
export function cannedMetadataAnswer(port: number): Buffer {
  return encodeResponse(3, 12, PROBE_CORRELATION_ID, {
    throttleTimeMs: 0,
    brokers: [{ nodeId: 1, host: '127.0.0.1', port, rack: null }],
    clusterId: 'AAAAAAAAAAAAAAAAAAAAAA',
    controllerId: 1,
    topics: [],
    clusterAuthorizedOperations: -2147483648,
  });
}

/**
 * Sends the probe on a fresh connection every millisecond until one gets a whole response frame; resolves
 * with the milliseconds from `since` to that answer. Refused and reset connections are simply retried.
 * `signal` gives up early (rejects), e.g. when the process probed has failed to start.
 */
export function firstAnswer(port: number, since: number, timeoutMs = 30000, signal?: AbortSignal): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const sockets = new Set<Socket>();
    let done = false;
    const finish = (error: Error | null, ms = 0) => {
      if (done) return;
      done = true;
      clearInterval(timer);
      for (const s of sockets) s.destroy();
      if (error) reject(error);
      else resolvePromise(ms);
    };
    const attempt = () => {
      if (performance.now() - since > timeoutMs) {
        finish(new Error(`no Metadata answer on port ${port} within ${timeoutMs} ms`));
        return;
      }
      const socket = connect({ host: '127.0.0.1', port, noDelay: true });
      sockets.add(socket);
      const splitter = new FrameSplitter({ kind: 'response' });
      socket.on('connect', () => socket.write(METADATA_PROBE));
      socket.on('data', (chunk: Buffer) => splitter.push(chunk, () => finish(null, performance.now() - since)));
      socket.on('error', () => sockets.delete(socket));
      socket.on('close', () => sockets.delete(socket));
    };
    const timer = setInterval(attempt, 1);
    signal?.addEventListener('abort', () => finish(new Error(`probe of port ${port} abandoned`)), { once: true });
    attempt();
  });
}

/**
 * Starts `bin` (a built bin/brook.js; it may carry node options first: "--max-semi-space-size=32 bin/brook.js")
 * as `brook serve` on `port` over `dataDir`, under `node --cpu-prof` into `profileDir` when given; resolves once it
 * answers Metadata. The A/B benches' way to run two builds side by side.
 */
export async function startServe(
  bin: string,
  port: number,
  dataDir: string,
  profileDir: string | null,
): Promise<ChildProcess> {
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const args = [...profile, ...bin.split(' '), 'serve', '--port', String(port), '--data-dir', dataDir];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  await firstAnswer(port, performance.now());
  return child;
}
