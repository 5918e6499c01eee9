/**
 * AlterReplicaLogDirs on a broker with two log dirs: Brook keeps every partition in the first of `log.dirs` (the
 * one DescribeLogDirs reports), so a replica's only place is where it is. The answers follow Kafka 4.4's
 * ReplicaManager.alterReplicaLogDirs (test/wire compares the single-dir ones with Kafka's own).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as P from '../../protocol';
import { ErrorCode } from '../../src/errors';
import { WireClient } from '../../src/groups/wire-client';
import { startBroker, type TestBroker } from '../../src/testing';

describe('AlterReplicaLogDirs with two log dirs', () => {
  let root: string;
  let broker: TestBroker;
  let client: WireClient;
  const [first, second] = ['first', 'second'];

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'brook-log-dirs-'));
    broker = await startBroker({ dataDir: `${join(root, first)},${join(root, second)}` });
    client = await WireClient.connect(broker.bootstrap, 'log-dirs');
    await client.send(19, 5, {
      timeoutMs: 30000,
      validateOnly: false,
      topics: [{ name: 't', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }],
    });
  });
  after(async () => {
    client?.close();
    await broker?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  const move = async (path: string, topic = 't', partition = 0) => {
    const answer = await client.send<P.AlterReplicaLogDirsResponse>(34, 2, {
      dirs: [{ path, topics: [{ name: topic, partitions: [partition] }] }],
    });
    return answer.results[0]!.partitions[0]!.errorCode;
  };

  it('reports the first dir only, and answers a move as Kafka would for a replica that stays there', async () => {
    const dirs = await client.send<P.DescribeLogDirsResponse>(35, 4, { topics: null });
    assert.deepEqual(
      dirs.results.map((r) => [r.logDir, r.topics.map((t) => t.name)]),
      [[join(root, first), ['t']]],
    );
    assert.equal(await move(join(root, first)), ErrorCode.None, 'where it is: nothing to move');
    assert.equal(await move(join(root, second)), ErrorCode.InvalidReplicaAssignment, 'a dir Brook places nothing in');
    assert.equal(await move(join(root, 'third')), ErrorCode.LogDirNotFound, 'not a log dir');
    assert.equal(await move(`${root}/./${first}`), ErrorCode.LogDirNotFound, 'Kafka compares the path as given');
    assert.equal(await move(join(root, first), 't', 3), ErrorCode.UnknownTopicOrPartition);
    assert.equal(
      await move(join(root, first), 'x'.repeat(249)),
      ErrorCode.InvalidTopicException,
      'no room for -future',
    );
  });
});
