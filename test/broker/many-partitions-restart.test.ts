/**
 * A broker holding 2,000 partitions (20 topics x 100) is killed with SIGKILL while several connections
 * produce with acks=all, and restarted on the same data dir: the time from the restart's spawn to its first
 * Metadata answer is printed beside an empty broker's start in the same run (never asserted: timings belong
 * to `npm run bench -- restart`), and every acknowledged record must be read back at its offset.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServeProcess } from './brook-process';
import { createTopics, produceUnderLoad, readPartition, startAndTimeFirstAnswer } from './many-partitions';
import { WireClient } from './wire-client';
import { freePort } from '../../src/cluster/free-port';

describe('restart after SIGKILL with 2,000 partitions under acks=all load', function () {
  this.timeout(600000);
  let dir: string;
  const brokers: ServeProcess[] = [];
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'brook-2000-'));
  });
  after(async () => {
    for (const b of brokers) {
      if (b.child.exitCode === null && b.child.signalCode === null) b.child.kill('SIGKILL');
      await b.exit;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers after the restart and still has every acknowledged record', async () => {
    const port = await freePort();
    const data = join(dir, 'data');
    const empty = await startAndTimeFirstAnswer(port, join(dir, 'empty'));
    brokers.push(empty.broker);
    empty.broker.child.kill('SIGTERM');
    assert.equal(await empty.broker.exit, 0);

    const first = await startAndTimeFirstAnswer(port, data);
    brokers.push(first.broker);
    const topics = await createTopics(port, 20, 100);
    // Load on 100 of the 2,000 partitions; the other 1,900 stay empty, as most partitions of a big broker idle.
    const targets = topics.flatMap((topic) => [0, 17, 42, 63, 99].map((partition) => ({ topic, partition })));
    const load = produceUnderLoad(port, targets, { connections: 4, inFlight: 8 });
    const deadline = Date.now() + 20000;
    while (load.count() < 20000 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    first.broker.child.kill('SIGKILL'); // with requests in flight
    await first.broker.exit;
    load.stop();
    await load.stopped;
    const ackedRecords = load.count();
    assert.ok(ackedRecords > 0, 'the producers had records acknowledged before the kill');

    const second = await startAndTimeFirstAnswer(port, data);
    brokers.push(second.broker);
    console.log(
      `      restart after SIGKILL, 2,000 partitions: first Metadata answer ${second.ms.toFixed(0)} ms after spawn; ` +
        `empty broker ${empty.ms.toFixed(0)} ms (ratio ${(second.ms / empty.ms).toFixed(2)}; loaded 2-core machine); ` +
        `${ackedRecords} acknowledged records in ${load.acked.size} partitions`,
    );

    const client = await WireClient.connect(port);
    for (const { topic, partition, values } of load.acked.values()) {
      const stored = await readPartition(client, topic, partition);
      for (const [offset, value] of values) {
        assert.equal(stored.get(offset), value, `${topic}-${partition} offset ${offset}`);
      }
    }
    client.close();
    second.broker.child.kill('SIGTERM');
    assert.equal(await second.broker.exit, 0);
  });
});
