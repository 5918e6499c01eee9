/**
 * Streams groups (KIP-1071) in the coordinator, without a broker: the topology configured against the topics
 * (streams-topology.ts), the sticky task assignor (streams-assignor.ts), and the group's heartbeats, reconciliation,
 * fencing, offsets and persistence (streams-group.ts), with Kafka 4.4's codes and words. The real Kafka Streams
 * client drives them in test/streams/streams-groups.test.ts.
 */
import assert from 'node:assert/strict';
import { ErrorCode, type KafkaError } from '../../src/errors';
import { MemoryGroupLog } from '../../src/groups/group-log';
import { assignTasks } from '../../src/groups/streams-assignor';
import type { StreamsHeartbeatInput, StreamsHeartbeatResult } from '../../src/groups/streams-group';
import type { TaskIds } from '../../src/groups/streams-member';
import {
  configureTopology,
  type StreamsSubtopology,
  StreamsStatus,
  type StreamsTopology,
} from '../../src/groups/streams-topology';
import { type Harness, harness, Topics } from './helpers';

const G = 'app';

function sub(id: string, over: Partial<StreamsSubtopology> = {}): StreamsSubtopology {
  return {
    subtopologyId: id,
    sourceTopics: [],
    stateChangelogTopics: [],
    repartitionSinkTopics: [],
    repartitionSourceTopics: [],
    copartitionGroups: [],
    ...over,
  };
}

const info = (name: string, partitions = 0) => ({ name, partitions, replicationFactor: 0, topicConfigs: [] });

/** A word count: input -> repartition -> a counting store (two subtopologies, one stateful). */
const WORD_COUNT: StreamsTopology = {
  epoch: 0,
  subtopologies: [
    sub('0', { sourceTopics: ['in'], repartitionSinkTopics: ['app-rep'] }),
    sub('1', { repartitionSourceTopics: [info('app-rep')], stateChangelogTopics: [info('app-store-changelog')] }),
  ],
};

const counts = (m: Map<string, number>) => (name: string) => m.get(name);

describe('streams groups: the topology configured against the topics (InternalTopicManager)', () => {
  it('sizes repartition topics from their writers and changelogs from their tasks; names what is missing', () => {
    const missing = configureTopology(WORD_COUNT, counts(new Map()));
    assert.deepEqual(missing.status, {
      statusCode: StreamsStatus.MISSING_SOURCE_TOPICS,
      statusDetail: 'Source topics in are missing.',
    });
    assert.equal(missing.subtopologies, null);

    const toCreate = configureTopology(WORD_COUNT, counts(new Map([['in', 3]])));
    assert.equal(toCreate.status?.statusCode, StreamsStatus.MISSING_INTERNAL_TOPICS);
    assert.equal(toCreate.status?.statusDetail, 'Internal topics are missing: app-rep, app-store-changelog');
    assert.deepEqual(
      toCreate.internalTopicsToCreate.map((t) => [t.name, t.partitions, t.replicationFactor]),
      [
        ['app-rep', 3, -1],
        ['app-store-changelog', 3, -1],
      ],
    );
    assert.equal(toCreate.subtopologies?.get('1')?.numberOfTasks, 3);

    const ready = configureTopology(
      WORD_COUNT,
      counts(
        new Map([
          ['in', 3],
          ['app-rep', 3],
          ['app-store-changelog', 3],
        ]),
      ),
    );
    assert.equal(ready.status, null);
    assert.deepEqual(ready.internalTopicsToCreate, []);
    assert.equal(ready.subtopologies?.get('1')?.stateful, true);
    assert.equal(ready.subtopologies?.get('0')?.stateful, false);

    const wrong = configureTopology(
      WORD_COUNT,
      counts(
        new Map([
          ['in', 3],
          ['app-rep', 5],
        ]),
      ),
    );
    assert.deepEqual(wrong.status, {
      statusCode: StreamsStatus.INCORRECTLY_PARTITIONED_TOPICS,
      statusDetail: 'Existing topic app-rep has different number of partitions: expected 3, found 5',
    });
  });

  it('copartitioned sources must match; a repartition topic nothing writes to is an invalid topology', () => {
    const join: StreamsTopology = {
      epoch: 0,
      subtopologies: [
        sub('0', {
          sourceTopics: ['left', 'right'],
          copartitionGroups: [{ sourceTopics: [0, 1], repartitionSourceTopics: [] }],
        }),
      ],
    };
    const mismatch = configureTopology(
      join,
      counts(
        new Map([
          ['left', 2],
          ['right', 4],
        ]),
      ),
    );
    assert.deepEqual(mismatch.status, {
      statusCode: StreamsStatus.INCORRECTLY_PARTITIONED_TOPICS,
      statusDetail: 'Following topics do not have the same number of partitions: [{left=2, right=4}]',
    });
    const orphan: StreamsTopology = {
      epoch: 0,
      subtopologies: [sub('0', { repartitionSourceTopics: [info('nobody-writes')] })],
    };
    assert.throws(
      () => configureTopology(orphan, counts(new Map())),
      (e: KafkaError) =>
        e.code === ErrorCode.StreamsInvalidTopology &&
        e.message ===
          'Failed to compute number of partitions for all repartition topics, because a repartition source topic is never used as a sink topic.',
    );
  });
});

describe('streams groups: the sticky task assignor', () => {
  const subtopologies = [
    { subtopologyId: '0', numberOfTasks: 4, stateful: false },
    { subtopologyId: '1', numberOfTasks: 4, stateful: true },
  ];
  const none = () => new Map<string, Set<number>>();
  const total = (a: Map<string, Set<number>>) => [...a.values()].reduce((n, s) => n + s.size, 0);

  it('balances tasks over members, keeps them where they ran, and never puts a standby with its active task', () => {
    const first = assignTasks(
      [
        { memberId: 'a', processId: 'p1', active: none(), standby: none() },
        { memberId: 'b', processId: 'p2', active: none(), standby: none() },
      ],
      subtopologies,
      1,
    );
    assert.equal(total(first.get('a')!.active), 4);
    assert.equal(total(first.get('b')!.active), 4);
    // A standby of every stateful task, on the other process.
    for (const [member, other] of [
      ['a', 'b'],
      ['b', 'a'],
    ] as const) {
      for (const p of first.get(member)!.standby.get('1') ?? []) assert.ok(first.get(other)!.active.get('1')?.has(p));
    }
    assert.equal(total(first.get('a')!.standby) + total(first.get('b')!.standby), 4);

    // A third member takes a share; a and b keep what they had otherwise.
    const second = assignTasks(
      [
        { memberId: 'a', processId: 'p1', active: first.get('a')!.active, standby: first.get('a')!.standby },
        { memberId: 'b', processId: 'p2', active: first.get('b')!.active, standby: first.get('b')!.standby },
        { memberId: 'c', processId: 'p3', active: none(), standby: none() },
      ],
      subtopologies,
      0,
    );
    const sizes = ['a', 'b', 'c'].map((m) => total(second.get(m)!.active)).sort();
    assert.deepEqual(sizes, [2, 3, 3]);
    for (const m of ['a', 'b']) {
      for (const [s, ps] of second.get(m)!.active) for (const p of ps) assert.ok(first.get(m)!.active.get(s)?.has(p));
    }
  });
});

describe('streams groups: standby candidates by reported changelog offsets', () => {
  it('a standby goes to the member whose changelog offset for the task is furthest along', () => {
    const none = () => new Map<string, Set<number>>();
    const result = assignTasks(
      [
        { memberId: 'a', processId: 'p1', active: new Map([['1', new Set([0])]]), standby: none() },
        {
          memberId: 'c',
          processId: 'p2',
          active: none(),
          standby: none(),
          taskOffsets: [{ subtopologyId: '1', partition: 0, offset: 10n }],
        },
        {
          memberId: 'd',
          processId: 'p3',
          active: none(),
          standby: none(),
          taskOffsets: [{ subtopologyId: '1', partition: 0, offset: 50n }],
        },
      ],
      [{ subtopologyId: '1', numberOfTasks: 1, stateful: true }],
      1,
    );
    assert.deepEqual([...(result.get('a')!.active.get('1') ?? [])], [0]);
    assert.deepEqual([...(result.get('d')!.standby.get('1') ?? [])], [0]);
    assert.equal(result.get('c')!.standby.size, 0);
  });
});

function hb(over: Partial<StreamsHeartbeatInput>): StreamsHeartbeatInput {
  return {
    memberId: 'm',
    memberEpoch: 0,
    endpointInformationEpoch: 0,
    instanceId: null,
    rackId: null,
    rebalanceTimeoutMs: -1,
    topology: null,
    activeTasks: null,
    standbyTasks: null,
    warmupTasks: null,
    processId: null,
    userEndpoint: null,
    clientTags: null,
    taskOffsets: null,
    taskEndOffsets: null,
    shutdownApplication: false,
    clientId: 'c',
    clientHost: '/127.0.0.1',
    ...over,
  };
}

/** A Streams client: joins with the topology, owns what it is given, revokes what it stops being given. */
class Member {
  epoch = 0;
  active: TaskIds[] = [];
  standby: TaskIds[] = [];
  last: StreamsHeartbeatResult | null = null;
  constructor(
    private readonly h: Harness,
    readonly memberId: string,
    private readonly processId = memberId,
  ) {}

  async join(): Promise<StreamsHeartbeatResult> {
    return this.apply(
      await this.h.coordinator.streamsGroupHeartbeat(
        G,
        hb({
          memberId: this.memberId,
          memberEpoch: 0,
          rebalanceTimeoutMs: 10000,
          topology: WORD_COUNT,
          processId: this.processId,
          activeTasks: [],
          standbyTasks: [],
          warmupTasks: [],
          userEndpoint: { host: `${this.memberId}.local`, port: 8080 },
        }),
        false,
      ),
    );
  }

  async beat(): Promise<StreamsHeartbeatResult> {
    return this.apply(
      await this.h.coordinator.streamsGroupHeartbeat(
        G,
        hb({
          memberId: this.memberId,
          memberEpoch: this.epoch,
          activeTasks: this.active,
          standbyTasks: this.standby,
          warmupTasks: [],
        }),
        false,
      ),
    );
  }

  private apply(r: StreamsHeartbeatResult): StreamsHeartbeatResult {
    this.epoch = r.memberEpoch;
    if (r.activeTasks) this.active = r.activeTasks;
    if (r.standbyTasks) this.standby = r.standbyTasks;
    this.last = r;
    return r;
  }

  tasks(which: 'active' | 'standby' = 'active'): string[] {
    return this[which].flatMap((t) => t.partitions.map((p) => `${t.subtopologyId}_${p}`)).sort();
  }

  async leave(): Promise<void> {
    await this.h.coordinator.streamsGroupHeartbeat(G, hb({ memberId: this.memberId, memberEpoch: -1 }), false);
  }
}

describe('streams groups: heartbeats, reconciliation and offsets (GroupMetadataManager.streamsGroupHeartbeat)', () => {
  let h: Harness;
  let log: MemoryGroupLog;

  beforeEach(async () => {
    log = new MemoryGroupLog();
    const topics = new Topics();
    topics.add('in', 2);
    h = await harness({ streamsInitialRebalanceDelayMs: 0, streamsAssignmentIntervalMs: 0 }, log, topics);
  });

  it('refuses malformed heartbeats with Kafka words', async () => {
    const refused = async (input: StreamsHeartbeatInput, regexes = false) => {
      try {
        await h.coordinator.streamsGroupHeartbeat(G, input, regexes);
      } catch (error) {
        return [(error as KafkaError).code, (error as KafkaError).message];
      }
      assert.fail('accepted');
    };
    const joining = { memberEpoch: 0, rebalanceTimeoutMs: 1000, activeTasks: [], standbyTasks: [], warmupTasks: [] };
    assert.deepEqual(await refused(hb({ ...joining, memberId: ' ' })), [
      ErrorCode.InvalidRequest,
      "MemberId can't be empty.",
    ]);
    assert.deepEqual(await refused(hb({ ...joining })), [
      ErrorCode.InvalidRequest,
      'Topology must be non-null when (re-)joining.',
    ]);
    assert.deepEqual(await refused(hb({ ...joining, topology: WORD_COUNT }), true), [
      ErrorCode.InvalidRequest,
      'Regular expressions for source topics are not supported yet.',
    ]);
    assert.deepEqual(await refused(hb({ ...joining, activeTasks: null, topology: WORD_COUNT })), [
      ErrorCode.InvalidRequest,
      'ActiveTasks must be empty when (re-)joining.',
    ]);
    assert.deepEqual(
      await refused(
        hb({
          ...joining,
          topology: {
            epoch: 0,
            subtopologies: [sub('0', { sourceTopics: ['in'], stateChangelogTopics: [info('cl', 2)] })],
          },
        }),
      ),
      [
        ErrorCode.StreamsInvalidTopology,
        'Changelog topic cl must have an undefined partition count, but it is set to 2.',
      ],
    );
    assert.deepEqual(await refused(hb({ memberEpoch: -3 })), [
      ErrorCode.InvalidRequest,
      'MemberEpoch is -3, but must be greater than or equal to -2.',
    ]);
    assert.deepEqual(await refused(hb({ memberEpoch: 4 })), [
      ErrorCode.GroupIdNotFound,
      `Streams group ${G} not found.`,
    ]);
  });

  it('answers missing internal topics until they exist, then assigns every task; a second member gets its share only once the first revoked it', async () => {
    const a = new Member(h, 'a');
    const joined = await a.join();
    // Without the initial rebalance delay the join gets epoch 2 at once, with no tasks: the topology is not ready.
    assert.equal(joined.memberEpoch, 2);
    assert.deepEqual(joined.activeTasks, []);
    assert.deepEqual(
      joined.status.map((s) => s.statusCode),
      [StreamsStatus.MISSING_INTERNAL_TOPICS],
    );
    assert.deepEqual(
      joined.internalTopicsToCreate.map((t) => [t.name, t.partitions]),
      [
        ['app-rep', 2],
        ['app-store-changelog', 2],
      ],
    );
    h.topics.add('app-rep', 2);
    h.topics.add('app-store-changelog', 2);
    const ready = await a.beat();
    assert.deepEqual(ready.status, []);
    assert.deepEqual(a.tasks(), ['0_0', '0_1', '1_0', '1_1']);
    assert.equal(h.coordinator.group(G)?.state, 'Stable');
    // IQ: the member's endpoint with the partitions of its tasks.
    assert.deepEqual(ready.partitionsByUserEndpoint?.[0]?.activePartitions, [
      { topic: 'in', partitions: [0, 1] },
      { topic: 'app-rep', partitions: [0, 1] },
    ]);

    const b = new Member(h, 'b');
    await b.join();
    assert.deepEqual(b.tasks(), [], 'b waits for the tasks a still runs');
    const revoking = await a.beat();
    assert.equal(revoking.memberEpoch, a.epoch);
    assert.equal(a.tasks().length, 2, 'a revokes two tasks, staying at its epoch');
    assert.equal(h.coordinator.group(G)?.state, 'Reconciling');
    await a.beat(); // a no longer owns them: it moves to the group's epoch
    await b.beat();
    assert.equal(b.tasks().length, 2);
    assert.deepEqual([...a.tasks(), ...b.tasks()].sort(), ['0_0', '0_1', '1_0', '1_1']);
    await a.beat();
    assert.equal(h.coordinator.group(G)?.state, 'Stable');
    assert.equal(a.epoch, b.epoch);

    // A commit at an older epoch is taken for the tasks the member had then; one newer than its own is stale.
    const commit = (epoch: number, partition: number) =>
      h.coordinator.commitOffsets(G, {
        memberId: 'b',
        groupInstanceId: null,
        generationIdOrMemberEpoch: epoch,
        retentionTimeMs: -1,
        apiVersion: 9,
        topics: [
          { name: 'in', partitions: [{ partition, offset: 1n, leaderEpoch: -1, metadata: '', commitTimestamp: -1 }] },
        ],
      });
    const owned = b.active.find((t) => t.subtopologyId === '0')!.partitions[0]!;
    assert.deepEqual([...(await commit(b.epoch, owned)).values()], [ErrorCode.None]);
    assert.deepEqual([...(await commit(b.epoch + 1, owned)).values()], [ErrorCode.StaleMemberEpoch]);
    assert.deepEqual([...(await commit(b.epoch - 1, owned)).values()], [ErrorCode.StaleMemberEpoch]);

    // b stops heartbeating and is fenced after its session (45 s); a, heartbeating, takes every task back.
    for (let t = 0; t < 50000; t += 5000) {
      await h.advance(5000, 1000);
      await a.beat();
    }
    await a.beat();
    assert.deepEqual(a.tasks(), ['0_0', '0_1', '1_0', '1_1']);
  });

  it('with streams.num.standby.replicas 1 keeps a standby of each stateful task on the other process, promoted when its active member leaves', async () => {
    const standbys = await harness(
      { streamsInitialRebalanceDelayMs: 0, streamsAssignmentIntervalMs: 0, streamsNumStandbyReplicas: 1 },
      new MemoryGroupLog(),
      h.topics,
    );
    h.topics.add('app-rep', 2);
    h.topics.add('app-store-changelog', 2);
    const a = new Member(standbys, 'a');
    const b = new Member(standbys, 'b');
    await a.join();
    await b.join();
    for (let i = 0; i < 4; i++) {
      await a.beat();
      await b.beat();
    }
    assert.equal(standbys.coordinator.group(G)?.state, 'Stable');
    assert.deepEqual([...a.tasks(), ...b.tasks()].sort(), ['0_0', '0_1', '1_0', '1_1']);
    // Only subtopology 1 has state: its tasks' standbys sit with the member not running them.
    for (const [m, other] of [
      [a, b],
      [b, a],
    ] as const) {
      for (const t of m.tasks('standby')) {
        assert.ok(t.startsWith('1_'), t);
        assert.ok(other.tasks().includes(t), `${t} runs on the other member`);
      }
    }
    assert.equal(a.tasks('standby').length + b.tasks('standby').length, 2);
    const promoted = b.tasks().filter((t) => t.startsWith('1_'));
    await b.leave();
    await a.beat();
    await a.beat();
    assert.deepEqual(a.tasks(), ['0_0', '0_1', '1_0', '1_1']);
    for (const t of promoted) assert.ok(!a.tasks('standby').includes(t), `${t} is now active, no longer a standby`);
    assert.deepEqual(a.tasks('standby'), [], 'no other process for a standby');
    standbys.coordinator.close();
  });

  it('waits out the initial rebalance delay and the assignment interval (ASSIGNMENT_DELAYED), as Kafka 4.4 by default', async () => {
    const delayed = await harness({}, new MemoryGroupLog(), h.topics);
    h.topics.add('app-rep', 2);
    h.topics.add('app-store-changelog', 2);
    const a = new Member(delayed, 'a');
    const first = await a.join();
    assert.deepEqual(
      first.status.map((s) => s.statusDetail),
      ['Assignment delayed due to the configured initial rebalance delay.'],
    );
    assert.equal(first.memberEpoch, 1);
    assert.deepEqual(a.tasks(), []);
    await delayed.advance(3000);
    await a.beat();
    assert.deepEqual(a.tasks(), ['0_0', '0_1', '1_0', '1_1'], 'the delay over, the first assignment');
    const b = new Member(delayed, 'b');
    const joined = await b.join();
    assert.deepEqual(
      joined.status.map((s) => s.statusDetail),
      ['Assignment delayed due to the configured assignment interval.'],
    );
    await delayed.advance(1000);
    await a.beat(); // the first heartbeat after the interval computes the assignment: a revokes two tasks
    assert.equal(a.tasks().length, 2);
    delayed.coordinator.close();
  });

  it('asks members for the client tags of streams.rack.aware.assignment.tags (MISSING_CLIENT_TAGS)', async () => {
    const tagged = await harness(
      { streamsInitialRebalanceDelayMs: 0, streamsAssignmentIntervalMs: 0, streamsRackAwareAssignmentTags: ['zone'] },
      new MemoryGroupLog(),
      h.topics,
    );
    const joined = await new Member(tagged, 'a').join();
    assert.deepEqual(
      joined.status.filter((s) => s.statusCode === StreamsStatus.MISSING_CLIENT_TAGS).map((s) => s.statusDetail),
      [
        "Missing required client tags for rack-aware standby assignment: [zone]. Configure them via 'client.tag.<tagKey>' in your Streams config.",
      ],
    );
    tagged.coordinator.close();
  });

  it('keeps the group across a restart (its snapshot in the log) and refuses a changed topology', async () => {
    h.topics.add('app-rep', 2);
    h.topics.add('app-store-changelog', 2);
    const a = new Member(h, 'a');
    await a.join();
    await a.beat();
    const epoch = a.epoch;
    h.coordinator.close();
    const again = await harness({ streamsInitialRebalanceDelayMs: 0, streamsAssignmentIntervalMs: 0 }, log, h.topics);
    const restored = again.coordinator.group(G);
    assert.equal(restored?.kind, 'streams');
    const back = new Member(again, 'a');
    back.epoch = epoch;
    back.active = a.active;
    const r = await back.beat();
    assert.equal(r.memberEpoch, epoch);
    await assert.rejects(
      again.coordinator.streamsGroupHeartbeat(
        G,
        hb({
          memberId: 'other',
          memberEpoch: 0,
          rebalanceTimeoutMs: 1000,
          activeTasks: [],
          standbyTasks: [],
          warmupTasks: [],
          topology: { epoch: 0, subtopologies: [sub('0', { sourceTopics: ['in'] })] },
        }),
        false,
      ),
      (e: KafkaError) => e.code === ErrorCode.InvalidRequest && e.message === 'Topology updates are not supported yet.',
    );
    again.coordinator.close();
  });
});
