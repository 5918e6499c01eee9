/**
 * `node bin/brook.js serve` as a child process, as a user (or a container's entrypoint) runs it: the compiled
 * CLI from dist/ (`npm run build`, which `npm install`/`npm ci` run through `prepare`). `prefix` runs it under
 * another command (e.g. `unshare -fp --mount-proc`).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'brook.js');

export interface ServeProcess {
  child: ChildProcess;
  /** Everything printed so far, stdout and stderr. */
  output(): string;
  exit: Promise<number | null>;
  /**
   * Resolves with the port once the readiness line is printed; rejects if the process exits first, or kills it
   * and rejects when no such line came within READY_TIMEOUT_MS (a test waiting for it would never stop it).
   */
  ready: Promise<number>;
}

/** How long a process may take to print its readiness line before `ready` kills it (SIGKILL) and rejects. */
const READY_TIMEOUT_MS = 120_000;

export function assertBuilt(): void {
  if (!existsSync(join(ROOT, 'dist', 'src', 'cli', 'main.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first (these tests start node bin/brook.js)');
  }
}

export function serve(args: string[], prefix: string[] = []): ServeProcess {
  assertBuilt();
  const argv = [...prefix, process.execPath, BIN, 'serve', ...args];
  const child = spawn(argv[0]!, argv.slice(1), { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const exit = new Promise<number | null>((done) =>
    child.once('exit', (code, signal) => done(code ?? (signal ? -1 : null))),
  );
  const ready = new Promise<number>((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`brook serve printed no listening line within ${READY_TIMEOUT_MS} ms (killed):\n${out}`));
    }, READY_TIMEOUT_MS);
    const look = (chunk: Buffer) => {
      out += chunk;
      const match = /listening on \S+:\/\/[^:\s]+:(\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        done(Number(match[1]));
      }
    };
    child.stdout!.on('data', look);
    child.stderr!.on('data', look);
    void exit.then((code) => {
      clearTimeout(timer);
      fail(new Error(`brook serve exited (${code}) before listening:\n${out}`));
    });
  });
  ready.catch(() => {});
  return { child, output: () => out, exit, ready };
}

/**
 * `node bin/brook.js sql-server ARGS` (REST on a free port unless ARGS say); `ready` resolves with its REST URL
 * (killed and rejected as serve's is, when it is not ready within READY_TIMEOUT_MS).
 */
export function sqlServer(args: string[]): {
  child: ChildProcess;
  output(): string;
  exit: Promise<number | null>;
  ready: Promise<string>;
} {
  assertBuilt();
  const child = spawn(process.execPath, [BIN, 'sql-server', '--listeners', 'http://127.0.0.1:0', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exit = new Promise<number | null>((done) =>
    child.once('exit', (code, signal) => done(code ?? (signal ? -1 : null))),
  );
  const ready = new Promise<string>((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`brook sql-server was not ready within ${READY_TIMEOUT_MS} ms (killed):\n${out}`));
    }, READY_TIMEOUT_MS);
    const look = (chunk: Buffer) => {
      out += chunk;
      const match = /SQL processor ready: (http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        done(match[1]!);
      }
    };
    child.stdout!.on('data', look);
    child.stderr!.on('data', look);
    void exit.then((code) => {
      clearTimeout(timer);
      fail(new Error(`brook sql-server exited (${code}) before it was ready:\n${out}`));
    });
  });
  ready.catch(() => {});
  return { child, output: () => out, exit, ready };
}
