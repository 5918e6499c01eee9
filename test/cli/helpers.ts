/**
 * Two ways to run the `brook` CLI against a live broker:
 * - `brook(argv)`: in this process, through main() (what bin/brook.js calls), with stdout and stderr captured
 *   while it runs: fast, so most checks use it;
 * - `brookProcess(argv, input)`: a real process (`node --import tsx src/cli/run.ts`), for what only a process
 *   shows: stdin piped in, exit codes, signals.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { main } from '../../src/cli/main';

export const ROOT = resolve(__dirname, '..', '..');
const RUN = join(ROOT, 'src', 'cli', 'run.ts');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `brook argv` in this process (stdout/stderr captured), against `bootstrap` when given. */
export async function brook(argv: string[], bootstrap?: string): Promise<CliRun> {
  const args = bootstrap ? [...argv, '--bootstrap', bootstrap] : argv;
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write;
  const err = process.stderr.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += chunk;
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => {
    stderr += chunk;
    return true;
  }) as typeof process.stderr.write;
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

/** Like `brook` but must exit 0; returns stdout. */
export async function brookOk(argv: string[], bootstrap?: string): Promise<string> {
  const run = await brook(argv, bootstrap);
  if (run.code !== 0) throw new Error(`brook ${argv.join(' ')} exited ${run.code}\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

/**
 * `brook argv` as a process, `input` on its stdin (null: stdin stays open for `write`/`end`); resolves when it exits.
 * Still running after `lifetimeMs` (a failed test left it reading stdin, following, serving), it is SIGKILLed: it
 * would otherwise keep the test run from ever ending.
 */
export function brookProcess(
  argv: string[],
  input?: string | null,
  env: NodeJS.ProcessEnv = {},
  lifetimeMs = 120_000,
): Promise<CliRun> & {
  kill(signal: NodeJS.Signals): void;
  output(): string;
  errors(): string;
  write(text: string): void;
  end(): void;
  /** Closes our end of its stdout, as `| head` does once it has its lines. */
  closeStdout(): void;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', RUN, ...argv], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  if (input !== null) child.stdin.end(input ?? '');
  const reaper = setTimeout(() => {
    stderr += `\n[still running after ${lifetimeMs} ms: SIGKILLed]\n`;
    child.kill('SIGKILL');
  }, lifetimeMs);
  const done = new Promise<CliRun>((r) =>
    child.on('close', (code) => {
      clearTimeout(reaper);
      r({ code, stdout, stderr });
    }),
  );
  return Object.assign(done, {
    kill: (signal: NodeJS.Signals) => child.kill(signal),
    output: () => stdout,
    errors: () => stderr,
    write: (text: string) => child.stdin.write(text),
    end: () => child.stdin.end(),
    closeStdout: () => child.stdout.destroy(),
  });
}

/** The rows of a table printed by the CLI (header first), cells split on runs of spaces. */
export function rows(text: string): string[][] {
  return text
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/));
}

export async function until(what: string, predicate: () => boolean | Promise<boolean>, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
