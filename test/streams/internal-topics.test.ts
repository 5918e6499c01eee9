/**
 * A streams group's internal topics over the wire (StreamsGroupHeartbeat v1 to a real Brook): the broker creates the
 * repartition and changelog topics a joining member's topology needs, with the partitions the coordinator decided and
 * the configs the member sent, without making the heartbeat wait; a creation that fails is named in the
 * MISSING_INTERNAL_TOPICS status of the heartbeats after it, as Kafka 4.4's KafkaApis does.
 */
import assert from 'node:assert/strict';
import { type StreamsGroupHeartbeatRequest, StreamsGroupHeartbeatRequestCodec } from '../../protocol/generated';
import type { StreamsGroupHeartbeatResponse } from '../../protocol/generated';
import { WireClient } from '../../src/groups/wire-client';
import { startBroker, type TestBroker } from '../../src/testing';

const MISSING_INTERNAL_TOPICS = 3;

describe('streams groups: internal topics created by the broker', () => {
  let broker: TestBroker;
  let client: WireClient;

  before(async () => {
    broker = await startBroker({
      config: { 'group.streams.initial.rebalance.delay.ms': 0, 'group.streams.assignment.interval.ms': 0 },
    });
    client = await WireClient.connect(broker.bootstrap, 'internal-topics-test');
    await client.send(19, 7, {
      topics: [{ name: 'words', numPartitions: 3, replicationFactor: 1, assignments: [], configs: [] }],
      timeoutMs: 5000,
      validateOnly: false,
    });
  });
  after(async () => {
    client?.close();
    await broker?.stop();
  });

  const join = (groupId: string, changelogConfigs: { key: string; value: string }[]): StreamsGroupHeartbeatRequest => ({
    ...StreamsGroupHeartbeatRequestCodec.defaults(),
    groupId,
    memberId: `${groupId}-member`,
    memberEpoch: 0,
    rebalanceTimeoutMs: 30000,
    processId: 'process-1',
    activeTasks: [],
    standbyTasks: [],
    warmupTasks: [],
    topology: {
      epoch: 0,
      subtopologies: [
        {
          subtopologyId: '0',
          sourceTopics: ['words'],
          sourceTopicRegex: [],
          repartitionSinkTopics: [],
          repartitionSourceTopics: [],
          stateChangelogTopics: [
            { name: `${groupId}-store-changelog`, partitions: 0, replicationFactor: 0, topicConfigs: changelogConfigs },
          ],
          copartitionGroups: [],
        },
      ],
    },
  });

  const heartbeat = (request: StreamsGroupHeartbeatRequest) =>
    client.send<StreamsGroupHeartbeatResponse>(88, 1, request);

  async function until<T>(what: string, get: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
    const deadline = Date.now() + 10000;
    for (;;) {
      const value = await get();
      if (done(value)) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}: ${JSON.stringify(value)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it('creates the changelog with one partition per task and the configs the member sent; tasks follow', async () => {
    const first = await heartbeat(join('counts', [{ key: 'cleanup.policy', value: 'compact' }]));
    assert.equal(first.errorCode, 0, first.errorMessage ?? '');
    assert.deepEqual(first.status, [
      { statusCode: MISSING_INTERNAL_TOPICS, statusDetail: 'Internal topics are missing: counts-store-changelog' },
    ]);
    const created = await until(
      'the changelog exists',
      async () => broker.broker.topics.registry.get('counts-store-changelog'),
      (t) => t !== undefined,
    );
    assert.equal(created!.partitionCount, 3);
    assert.equal(broker.broker.topics.effectiveConfigs(created!)['cleanup.policy'], 'compact');
    const assigned = await heartbeat({
      ...join('counts', []),
      memberEpoch: first.memberEpoch,
      topology: null,
      activeTasks: [],
      standbyTasks: [],
      warmupTasks: [],
    });
    assert.deepEqual(assigned.status, []);
    assert.deepEqual(assigned.activeTasks, [{ subtopologyId: '0', partitions: [0, 1, 2] }]);
  });

  it('names a failed creation in the status of the heartbeats after it', async () => {
    const first = await heartbeat(join('broken', [{ key: 'cleanup.policy', value: 'bogus' }]));
    assert.equal(first.status?.[0]?.statusCode, MISSING_INTERNAL_TOPICS);
    const again = await until(
      'the failure is reported',
      () =>
        heartbeat({
          ...join('broken', []),
          memberEpoch: first.memberEpoch,
          topology: null,
          activeTasks: [],
          standbyTasks: [],
          warmupTasks: [],
        }),
      (r) => (r.status?.[0]?.statusDetail ?? '').includes('Creation failed'),
    );
    assert.match(
      again.status![0]!.statusDetail,
      /^Internal topics are missing: broken-store-changelog; Creation failed: broken-store-changelog \(.*bogus.*\)\.$/,
    );
  });
});
