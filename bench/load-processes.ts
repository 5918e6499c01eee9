/**
 * Starts the broker benchmark's helper processes: the load generator (bench/broker-load.ts) for one run, and its
 * baseline peer (bench/broker-sink.ts). Each is a Node process of its own, so the broker under test, the
 * generator and the peer never share an event loop.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { LoadOptions } from './broker-load';

const ROOT = resolve(__dirname, '..');

/** Runs the generator once and returns its JSON result; rejects with its stderr when it fails. */
export function runLoad<T = Record<string, unknown>>(options: LoadOptions): Promise<T> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'broker-load.ts'), JSON.stringify(options)],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`load generator (${options.mode} on port ${options.port}) failed: ${err}`));
      else resolvePromise(JSON.parse(out.trim().split('\n').at(-1)!) as T);
    });
  });
}

export interface Peer {
  port: number;
  stop(): Promise<void>;
}

/** Starts bench/broker-sink.ts in the given mode and resolves once it listens. */
export function startSink(mode: 'discard' | 'pagecache' | 'pingpong' | 'drain'): Promise<Peer> {
  return new Promise((resolvePromise, reject) => {
    const child: ChildProcess = spawn(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'broker-sink.ts'), JSON.stringify({ mode })],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    child.once('exit', (code) => reject(new Error(`sink (${mode}) exited with ${code} before listening`)));
    child.stdout!.once('data', (d) => {
      const { port } = JSON.parse(String(d)) as { port: number };
      resolvePromise({ port, stop: () => stopChild(child) });
    });
  });
}

export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}
