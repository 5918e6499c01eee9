/** The group APIs over the wire at old and new versions, against a real startBroker(). */
import assert from 'node:assert/strict';
import { WireClient } from '../../src/groups/wire-client';
import { startBroker, type TestBroker } from '../../src/testing';
import { subscription } from './helpers';

describe('groups: APIs over the wire, old and new versions', function () {
  this.timeout(30000);
  let broker: TestBroker;
  let client: WireClient;

  before(async () => {
    broker = await startBroker({ config: { 'group.min.session.timeout.ms': 1000 } });
    client = await WireClient.connect(broker.bootstrap, 'wire');
    await broker.broker.topics.create('w', { partitions: 2, replicationFactor: 1, configs: {} });
  });
  after(async () => {
    client.close();
    await broker.stop();
  });

  it('FindCoordinator v0 (single key), v4 (batched keys), transaction keys and unknown key types', async () => {
    const v0 = await client.send<{ errorCode: number; nodeId: number; port: number }>(10, 0, {
      key: 'g',
      keyType: 0,
      coordinatorKeys: [],
    });
    assert.deepEqual([v0.errorCode, v0.nodeId, v0.port], [0, broker.nodeId, broker.port]);
    const v4 = await client.send<{ coordinators: { key: string; errorCode: number; port: number }[] }>(10, 4, {
      key: '',
      keyType: 0,
      coordinatorKeys: ['a', 'b'],
    });
    assert.deepEqual(
      v4.coordinators.map((c) => [c.key, c.errorCode, c.port]),
      [
        ['a', 0, broker.port],
        ['b', 0, broker.port],
      ],
    );
    const txn = await client.send<{ errorCode: number }>(10, 3, { key: 'tx', keyType: 1, coordinatorKeys: [] });
    assert.equal(txn.errorCode, 0);
    const share = await client.send<{ errorCode: number }>(10, 3, { key: 's', keyType: 2, coordinatorKeys: [] });
    assert.equal(share.errorCode, 42);
  });

  it('OffsetCommit v0/v2/v9 and OffsetFetch v1/v8 (multi-group) round-trip offsets, metadata and leader epochs', async () => {
    const partition = (p: number, offset: bigint, metadata: string) => ({
      partitionIndex: p,
      committedOffset: offset,
      committedLeaderEpoch: 0,
      commitTimestamp: -1n,
      committedMetadata: metadata,
    });
    const commit = (version: number, group: string, partitions: ReturnType<typeof partition>[]) =>
      client.send<{ topics: { partitions: { errorCode: number }[] }[] }>(8, version, {
        groupId: group,
        generationIdOrMemberEpoch: -1,
        memberId: '',
        groupInstanceId: null,
        retentionTimeMs: -1n,
        topics: [{ name: 'w', partitions }],
      });
    assert.deepEqual((await commit(0, 'w0', [partition(0, 5n, 'zero')])).topics[0]!.partitions[0]!.errorCode, 0);
    assert.deepEqual((await commit(2, 'w2', [partition(1, 7n, 'two')])).topics[0]!.partitions[0]!.errorCode, 0);
    assert.deepEqual((await commit(9, 'w9', [partition(0, 9n, 'nine')])).topics[0]!.partitions[0]!.errorCode, 0);
    const unknownTopic = await client.send<{ topics: { partitions: { errorCode: number }[] }[] }>(8, 5, {
      groupId: 'w0',
      generationIdOrMemberEpoch: -1,
      memberId: '',
      groupInstanceId: null,
      retentionTimeMs: -1n,
      topics: [{ name: 'nope', partitions: [partition(0, 1n, '')] }],
    });
    assert.equal(unknownTopic.topics[0]!.partitions[0]!.errorCode, 3);
    type V1 = { topics: { partitions: { partitionIndex: number; committedOffset: bigint; metadata: string }[] }[] };
    const v1 = await client.send<V1>(9, 1, {
      groupId: 'w0',
      topics: [{ name: 'w', partitionIndexes: [0, 1] }],
      groups: [],
      requireStable: false,
    });
    assert.deepEqual(
      v1.topics[0]!.partitions.map((p) => [p.partitionIndex, p.committedOffset, p.metadata]),
      [
        [0, 5n, 'zero'],
        [1, -1n, ''],
      ],
    );
    type V8 = {
      groups: {
        groupId: string;
        errorCode: number;
        topics: { partitions: { committedOffset: bigint; committedLeaderEpoch: number }[] }[];
      }[];
    };
    const v8 = await client.send<V8>(9, 8, {
      groupId: '',
      topics: [],
      groups: [
        { groupId: 'w2', memberId: null, memberEpoch: -1, topics: null },
        { groupId: 'w9', memberId: null, memberEpoch: -1, topics: [{ name: 'w', partitionIndexes: [0] }] },
      ],
      requireStable: true,
    });
    assert.deepEqual(
      v8.groups.map((g) => [
        g.groupId,
        g.errorCode,
        g.topics[0]!.partitions[0]!.committedOffset,
        g.topics[0]!.partitions[0]!.committedLeaderEpoch,
      ]),
      [
        ['w2', 0, 7n, -1],
        ['w9', 0, 9n, 0],
      ],
    );
  });

  it('JoinGroup v0 and v9, DescribeGroups, ListGroups with a state filter, OffsetDelete and DeleteGroups', async () => {
    type Join = {
      errorCode: number;
      memberId: string;
      generationId: number;
      leader: string;
      protocolName: string | null;
    };
    const v0 = await client.send<Join>(11, 0, {
      groupId: 'old',
      sessionTimeoutMs: 10000,
      rebalanceTimeoutMs: -1,
      memberId: '',
      groupInstanceId: null,
      protocolType: 'consumer',
      protocols: [{ name: 'range', metadata: subscription(['w']) }],
      reason: null,
    });
    assert.equal(v0.errorCode, 0, 'v0 joins without MEMBER_ID_REQUIRED');
    assert.equal(v0.leader, v0.memberId);
    const first = await client.send<Join>(11, 9, {
      groupId: 'new',
      sessionTimeoutMs: 10000,
      rebalanceTimeoutMs: 10000,
      memberId: '',
      groupInstanceId: null,
      protocolType: 'consumer',
      protocols: [{ name: 'range', metadata: subscription(['w']) }],
      reason: 'test',
    });
    assert.equal(first.errorCode, 79);
    const tooShort = await client.send<Join>(11, 9, {
      groupId: 'new',
      sessionTimeoutMs: 10,
      rebalanceTimeoutMs: 10000,
      memberId: first.memberId,
      groupInstanceId: null,
      protocolType: 'consumer',
      protocols: [{ name: 'range', metadata: subscription(['w']) }],
      reason: null,
    });
    assert.equal(tooShort.errorCode, 26, 'INVALID_SESSION_TIMEOUT');
    type Described = { groups: { groupId: string; errorCode: number; groupState: string; members: unknown[] }[] };
    const described = await client.send<Described>(15, 5, {
      groups: ['old', 'missing'],
      includeAuthorizedOperations: true,
    });
    assert.deepEqual(
      described.groups.map((g) => [g.groupId, g.errorCode, g.groupState, g.members.length]),
      [
        ['old', 0, 'CompletingRebalance', 1],
        ['missing', 0, 'Dead', 0],
      ],
    );
    // v6 (KIP-1043): an unknown group is GROUP_ID_NOT_FOUND with Kafka's message, no longer a silent "Dead".
    type DescribedV6 = {
      groups: { groupId: string; errorCode: number; errorMessage: string | null; groupState: string }[];
    };
    const describedV6 = await client.send<DescribedV6>(15, 6, {
      groups: ['old', 'missing'],
      includeAuthorizedOperations: false,
    });
    assert.deepEqual(
      describedV6.groups.map((g) => [g.groupId, g.errorCode, g.errorMessage, g.groupState]),
      [
        ['old', 0, null, 'CompletingRebalance'],
        ['missing', 69, 'Group missing not found.', 'Dead'],
      ],
    );
    type Listed = { groups: { groupId: string; groupState: string }[] };
    const listed = await client.send<Listed>(16, 4, { statesFilter: ['CompletingRebalance'], typesFilter: [] });
    assert.deepEqual(
      listed.groups.map((g) => g.groupId),
      ['old'],
    );
    const all = await client.send<Listed>(16, 0, { statesFilter: [], typesFilter: [] });
    assert.ok(all.groups.map((g) => g.groupId).includes('w0'));
    type Deleted = { errorCode: number; topics: { partitions: { errorCode: number }[] }[] };
    const offsetDelete = await client.send<Deleted>(47, 0, {
      groupId: 'w0',
      topics: [{ name: 'w', partitions: [{ partitionIndex: 0 }] }],
    });
    assert.deepEqual([offsetDelete.errorCode, offsetDelete.topics[0]!.partitions[0]!.errorCode], [0, 0]);
    type DeleteGroups = { results: { groupId: string; errorCode: number }[] };
    const deleted = await client.send<DeleteGroups>(42, 3, { groupsNames: ['w0', 'old', 'ghost'] });
    assert.deepEqual(
      deleted.results.map((r) => [r.groupId, r.errorCode]),
      [
        ['w0', 0],
        ['old', 68],
        ['ghost', 69],
      ],
    );
  });

  it('ConsumerGroupHeartbeat v0 joins a KIP-848 group; ConsumerGroupDescribe shows epochs and assignments', async () => {
    type Hb = {
      errorCode: number;
      memberId: string | null;
      memberEpoch: number;
      heartbeatIntervalMs: number;
      assignment: { topicPartitions: { topicId: string; partitions: number[] }[] } | null;
    };
    const hb = await client.send<Hb>(68, 0, {
      groupId: 'kip848',
      memberId: '',
      memberEpoch: 0,
      instanceId: null,
      rackId: null,
      rebalanceTimeoutMs: 10000,
      subscribedTopicNames: ['w'],
      subscribedTopicRegex: null,
      serverAssignor: 'range',
      topicPartitions: [],
    });
    assert.equal(hb.errorCode, 0);
    assert.equal(hb.memberEpoch, 2, 'a new group is at epoch 1, its first subscribing member bumps it (Kafka 4.4)');
    assert.deepEqual(hb.assignment!.topicPartitions[0]!.partitions, [0, 1]);
    assert.equal(hb.assignment!.topicPartitions[0]!.topicId, broker.broker.topics.get('w')!.topicId);
    type Described = {
      groups: {
        errorCode: number;
        groupState: string;
        groupEpoch: number;
        assignorName: string;
        members: { memberId: string; assignment: { topicPartitions: { topicName: string; partitions: number[] }[] } }[];
      }[];
    };
    const described = await client.send<Described>(69, 1, {
      groupIds: ['kip848', 'nope'],
      includeAuthorizedOperations: false,
    });
    const g = described.groups[0]!;
    assert.deepEqual([g.errorCode, g.groupState, g.groupEpoch, g.assignorName], [0, 'Stable', 2, 'range']);
    assert.equal((g.members[0] as { memberType?: number }).memberType, 1, 'v1 (KIP-1099): a consumer-protocol member');
    // DescribeGroups describes classic groups only: before v6 a KIP-848 group is "Dead" without error (as
    // Kafka 4.4's GroupMetadataManager answers), from v6 GROUP_ID_NOT_FOUND saying why.
    type Classic = { groups: { errorCode: number; errorMessage?: string | null; groupState: string }[] };
    const v5 = await client.send<Classic>(15, 5, { groups: ['kip848'], includeAuthorizedOperations: false });
    assert.deepEqual([v5.groups[0]!.errorCode, v5.groups[0]!.groupState], [0, 'Dead']);
    const v6 = await client.send<Classic>(15, 6, { groups: ['kip848'], includeAuthorizedOperations: false });
    assert.deepEqual(
      [v6.groups[0]!.errorCode, v6.groups[0]!.errorMessage, v6.groups[0]!.groupState],
      [69, 'Group kip848 is not a classic group.', 'Dead'],
    );
    assert.deepEqual(g.members[0]!.assignment.topicPartitions[0], {
      topicId: hb.assignment!.topicPartitions[0]!.topicId,
      topicName: 'w',
      partitions: [0, 1],
    });
    assert.equal(described.groups[1]!.errorCode, 69);
    const left = await client.send<Hb>(68, 0, {
      groupId: 'kip848',
      memberId: hb.memberId!,
      memberEpoch: -1,
      instanceId: null,
      rackId: null,
      rebalanceTimeoutMs: -1,
      subscribedTopicNames: null,
      subscribedTopicRegex: null,
      serverAssignor: null,
      topicPartitions: null,
    });
    assert.deepEqual([left.errorCode, left.memberEpoch], [0, -1]);
  });
});
