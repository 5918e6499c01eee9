import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertBuilt } from '../broker/brook-process';
import { brook, brookProcess, until } from './helpers';

/** `brook cluster up`: N combined KRaft nodes as processes (the built bin/brook.js), their bootstrap printed. */
describe('brook cluster up', function () {
  this.timeout(60_000);
  it('starts three nodes, prints the bootstrap; brook cluster info lists three brokers; Ctrl-C stops them', async () => {
    assertBuilt();
    const dir = mkdtempSync(join(tmpdir(), 'brook-cluster-up-'));
    const up = brookProcess(['cluster', 'up', '--brokers', '3', '--base-port', '0', '--data-dir', dir], null);
    try {
      await until('the bootstrap line', () => /bootstrap: \S+/.test(up.output()), 30_000);
      const bootstrap = /bootstrap: (\S+)/.exec(up.output())![1]!;
      assert.equal(bootstrap.split(',').length, 3);
      assert.match(up.output(), /node 1: PLAINTEXT 127\.0\.0\.1:\d+, CONTROLLER 127\.0\.0\.1:\d+, data .*node-1/);
      let brokers = 0;
      await until('three live brokers in cluster info', async () => {
        const run = await brook(['cluster', 'info', '-o', 'json'], bootstrap.split(',')[0]);
        brokers = run.code === 0 ? JSON.parse(run.stdout).brokers.length : 0;
        return brokers === 3;
      });
      up.kill('SIGINT');
      assert.equal((await up).code, 0);
    } finally {
      up.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
