/**
 * DescribeTopicPartitions (75, KIP-966) on one node over the raw protocol: the partitions with empty eligible
 * leader replica lists (what `kafka-topics --describe` prints as `Elr: \tLastKnownElr:`), Kafka's partition
 * limit and cursor, unknown and invalid names, an invalid cursor. kraft-admin-tools.test.ts reads it through
 * Kafka's own kafka-topics on three nodes; the ELR transitions are in test/replication/metadata.
 */
import assert from 'node:assert/strict';
import type {
  CreateTopicsResponse,
  DescribeTopicPartitionsRequest,
  DescribeTopicPartitionsResponse,
} from '../../protocol/generated';
import { ErrorCode } from '../../src/errors';
import { startBroker, type TestBroker } from '../../src/testing';
import { WireClient } from './wire-client';

describe('DescribeTopicPartitions (raw protocol)', function () {
  this.timeout(20000);
  let broker: TestBroker;
  let c: WireClient;

  before(async () => {
    broker = await startBroker({});
    c = await WireClient.connect(broker.port);
    for (const [name, numPartitions] of [
      ['dtp-a', 3],
      ['dtp-b', 2],
    ] as const) {
      c.send(19, 7, {
        topics: [{ name, numPartitions, replicationFactor: 1, assignments: [], configs: [] }],
        timeoutMs: 5000,
        validateOnly: false,
      });
      assert.equal((await c.nextResponse<CreateTopicsResponse>(19, 7)).body.topics[0]!.errorCode, ErrorCode.None);
    }
  });
  after(async () => {
    c?.close();
    await broker?.stop();
  });

  async function describe(request: Partial<DescribeTopicPartitionsRequest>) {
    c.send(75, 0, { topics: [], responsePartitionLimit: 2000, cursor: null, ...request });
    return (await c.nextResponse<DescribeTopicPartitionsResponse>(75, 0)).body;
  }
  const names = (topics: { name: string }[]) => topics.map((t) => ({ name: t.name }));

  it('answers every partition with empty ELR lists, topics in name order; unknown and invalid names get their codes', async () => {
    const answer = await describe({
      topics: names([{ name: 'dtp-b' }, { name: 'dtp-a' }, { name: 'nope' }, { name: 'bad/name' }]),
    });
    assert.deepEqual(
      answer.topics.map((t) => [t.name, t.errorCode, t.partitions.length]),
      [
        ['bad/name', ErrorCode.InvalidTopicException, 0],
        ['dtp-a', ErrorCode.None, 3],
        ['dtp-b', ErrorCode.None, 2],
        ['nope', ErrorCode.UnknownTopicOrPartition, 0],
      ],
    );
    const p = answer.topics[1]!.partitions[2]!;
    assert.deepEqual(
      [p.partitionIndex, p.leaderId, p.replicaNodes, p.isrNodes, p.eligibleLeaderReplicas, p.lastKnownElr],
      [2, broker.broker.nodeId, [broker.broker.nodeId], [broker.broker.nodeId], [], []],
    );
    assert.equal(answer.nextCursor, null);
    assert.ok(answer.topics[1]!.topicAuthorizedOperations > 0, 'authorized operations always filled in');
  });

  it('pages by responsePartitionLimit with a cursor; a cursor outside the named topics is INVALID_REQUEST', async () => {
    const topics = names([{ name: 'dtp-a' }, { name: 'dtp-b' }]);
    const first = await describe({ topics, responsePartitionLimit: 2 });
    assert.deepEqual(
      first.topics.map((t) => [t.name, t.partitions.map((p) => p.partitionIndex)]),
      [['dtp-a', [0, 1]]],
    );
    assert.deepEqual(first.nextCursor, { topicName: 'dtp-a', partitionIndex: 2 });
    const second = await describe({ topics, responsePartitionLimit: 2, cursor: first.nextCursor });
    assert.deepEqual(
      second.topics.map((t) => [t.name, t.partitions.map((p) => p.partitionIndex)]),
      [
        ['dtp-a', [2]],
        ['dtp-b', [0]],
      ],
    );
    assert.deepEqual(second.nextCursor, { topicName: 'dtp-b', partitionIndex: 1 });
    const invalid = await describe({
      topics: names([{ name: 'dtp-b' }]),
      cursor: { topicName: 'dtp-a', partitionIndex: 0 },
    });
    assert.deepEqual(
      invalid.topics.map((t) => [t.name, t.errorCode]),
      [['dtp-b', ErrorCode.InvalidRequest]],
    );
  });
});
