/**
 * The data-dir lock dies with its holder: a broker killed with SIGKILL is replaced at once on the same data
 * dir, also when every broker is PID 1 of its own PID namespace (as in a container, where a PID file would
 * name the new broker itself); two live brokers on one data dir are still refused with a one-line reason.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockDataDir, lockDataDirs } from '../../src/server/data-dir';
import { type ServeProcess, serve } from './brook-process';
import { WireClient } from './wire-client';

/** Null when `unshare -fp --mount-proc` can run here, else why not. */
function unshareProblem(): string | null {
  const probe = spawnSync('unshare', ['-fp', '--kill-child', '--mount-proc', 'sh', '-c', 'echo $$'], {
    encoding: 'utf8',
    timeout: 10_000,
  });
  if (probe.error) return `unshare cannot run: ${probe.error.message}`;
  if (probe.status !== 0) return `unshare -fp --mount-proc refused: ${probe.stderr.trim()}`;
  if (probe.stdout.trim() !== '1') return `the command did not run as PID 1 (got ${probe.stdout.trim()})`;
  return null;
}

async function answers(port: number): Promise<void> {
  const client = await WireClient.connect(port);
  client.send(18, 0, {});
  assert.ok(await client.next(), 'no ApiVersions answer');
  client.close();
}

describe('data dir lock', function () {
  this.timeout(60000);
  let dir: string;
  const running: ServeProcess[] = [];
  const start = (prefix: string[] = []) => {
    const p = serve(['--port', '0', '--data-dir', join(dir, 'data')], prefix);
    running.push(p);
    return p;
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'brook-lock-'));
  });
  afterEach(async () => {
    for (const p of running.splice(0)) {
      if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
      await p.exit;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('a broker killed with SIGKILL is replaced at once on the same data dir', async () => {
    const first = start();
    await answers(await first.ready);
    first.child.kill('SIGKILL');
    await first.exit;
    const second = start();
    await answers(await second.ready);
  });

  it('the same when each broker is PID 1 of a new PID namespace (unshare -fp --mount-proc)', async function () {
    const problem = unshareProblem();
    if (problem) {
      console.log(`      not run: ${problem}`);
      this.skip();
    }
    const ns = ['unshare', '-fp', '--kill-child', '--mount-proc'];
    const first = start(ns);
    await answers(await first.ready);
    // A broker outside the namespace is refused and names the holder as the namespace sees it: PID 1.
    const outsider = start();
    assert.notEqual(await outsider.exit, 0);
    assert.match(outsider.output(), /data dir .* is in use by another broker \(pid 1\)/);
    // --kill-child: SIGKILL to unshare SIGKILLs the broker (PID 1), as `docker kill` does.
    first.child.kill('SIGKILL');
    await first.exit;
    const second = start(ns);
    await answers(await second.ready);
  });

  it('refuses a second live broker on the same data dir with a one-line reason naming the holder', async () => {
    const first = start();
    await first.ready;
    const second = start();
    assert.notEqual(await second.exit, 0);
    const lines = second.output().trim().split('\n');
    assert.equal(lines.length, 1, second.output());
    assert.match(lines[0]!, new RegExp(`data dir .* is in use by another broker \\(pid ${first.child.pid}\\)`));
    await answers(await first.ready);
  });

  it('in one process: the same dir by another path is refused; released, it can be locked again', async () => {
    const release = await lockDataDir(dir);
    await assert.rejects(lockDataDir(join(dir, '.', '..', dir.split('/').pop()!)), /in use by another broker/);
    // All or none: a refused dir releases the ones already taken.
    const other = mkdtempSync(join(tmpdir(), 'brook-lock-other-'));
    try {
      await assert.rejects(lockDataDirs([other, dir]), /in use by another broker/);
      (await lockDataDir(other))();
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
    release();
    await new Promise((r) => setImmediate(r));
    (await lockDataDir(dir))();
  });
});
