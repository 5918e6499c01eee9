import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertBuilt } from '../broker/brook-process';
import { brook, brookProcess, until } from './helpers';

/** `brook cluster up`: N combined KRaft nodes as processes (the built bin/brook.js), their bootstrap printed. */
describe('brook cluster up', function () {
  this.timeout(60_000);
  it('starts three nodes and prints the bootstrap once all are ready: every node lists three brokers, RF 3 works at once; Ctrl-C stops them', async () => {
    assertBuilt();
    const dir = mkdtempSync(join(tmpdir(), 'brook-cluster-up-'));
    const up = brookProcess(['cluster', 'up', '--brokers', '3', '--base-port', '0', '--data-dir', dir], null);
    try {
      await until('the bootstrap line', () => /bootstrap: \S+/.test(up.output()), 30_000);
      const bootstrap = /bootstrap: (\S+)/.exec(up.output())![1]!.split(',');
      assert.equal(bootstrap.length, 3);
      assert.match(
        up.output(),
        /node 1: PLAINTEXT 127\.0\.0\.1:\d+, CONTROLLER 127\.0\.0\.1:\d+, ops http:\/\/127\.0\.0\.1:\d+, data .*node-1/,
      );
      // Printed only once every node was registered and unfenced: no waiting left to the user.
      for (const address of bootstrap) {
        const run = await brook(['cluster', 'info', '-o', 'json'], address);
        assert.equal(run.code, 0, run.stderr);
        assert.equal(JSON.parse(run.stdout).brokers.length, 3, `brokers seen by ${address}`);
      }
      const create = await brook(['topic', 'create', 'orders', '-p', '3', '-r', '3'], bootstrap[0]!);
      assert.equal(create.code, 0, create.stderr);
      up.kill('SIGINT');
      assert.equal((await up).code, 0);
    } finally {
      // After a failure too: Ctrl-C lets `brook cluster up` stop its nodes (SIGKILL would leave them running).
      up.kill('SIGINT');
      await Promise.race([up, new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
      up.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
