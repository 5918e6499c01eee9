/** Runs one driver process on one job and returns its parsed result (or why there is none). */
import { spawn } from 'node:child_process';
import type { DriverCommand } from './clients';
import type { Job, JobResult } from './driver-protocol';

export interface DriverRun {
  result?: JobResult;
  /** set when the driver produced no parsable result */
  failure?: string;
  stderr: string;
  ms: number;
}

export function runDriverProcess(cmd: DriverCommand, job: Job, timeoutMs: number): Promise<DriverRun> {
  const started = Date.now();
  return new Promise((resolve) => {
    // Own process group, so a timeout also ends what the driver started (kcat consumers, Go readers).
    const child = spawn(cmd.command, cmd.args, {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...cmd.env },
      detached: true,
    });
    const killGroup = () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString('utf8');
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr = (stderr + c.toString('utf8')).slice(-20000);
    });
    const timer = setTimeout(killGroup, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ failure: `cannot start ${cmd.command}: ${error.message}`, stderr, ms: Date.now() - started });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      killGroup(); // leftovers of a driver that exited without closing its children
      const ms = Date.now() - started;
      const line = stdout.trim().split('\n').pop() ?? '';
      try {
        resolve({ result: JSON.parse(line) as JobResult, stderr, ms });
      } catch {
        const why = signal === 'SIGKILL' ? `killed after ${timeoutMs} ms` : `exited with ${code ?? signal}`;
        resolve({ failure: `driver ${why} without a result line; stdout: ${stdout.slice(-500)}`, stderr, ms });
      }
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(JSON.stringify(job));
  });
}
