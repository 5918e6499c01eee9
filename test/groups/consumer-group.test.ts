import assert from 'node:assert/strict';
import { ErrorCode, type KafkaError } from '../../src/errors';
import { rangeAssignor, uniformAssignor } from '../../src/groups/assignors';
import type { ConsumerGroup, HeartbeatInput, HeartbeatResult, OwnedPartitions } from '../../src/groups/consumer-group';
import { MemoryGroupLog } from '../../src/groups/group-log';
import { type Harness, harness, Topics } from './helpers';

const G = 'cg';

function hb(over: Partial<HeartbeatInput>): HeartbeatInput {
  return {
    memberId: '',
    memberEpoch: 0,
    instanceId: null,
    rackId: null,
    rebalanceTimeoutMs: -1,
    subscribedTopicNames: null,
    subscribedTopicRegex: null,
    serverAssignor: null,
    ownedTopicPartitions: null,
    clientId: 'c',
    clientHost: '/127.0.0.1',
    ...over,
  };
}

/** A client: keeps what it owns, revokes what the coordinator stops listing, applies assignments. */
class Client {
  memberId = '';
  epoch = 0;
  owned: OwnedPartitions[] = [];
  constructor(
    private readonly h: Harness,
    private readonly topics: string[],
    private readonly assignor: string | null = null,
  ) {}

  async join(): Promise<HeartbeatResult> {
    const r = await this.h.coordinator.consumerGroupHeartbeat(
      G,
      hb({
        memberEpoch: 0,
        rebalanceTimeoutMs: 30000,
        subscribedTopicNames: this.topics,
        serverAssignor: this.assignor,
        ownedTopicPartitions: [],
      }),
    );
    this.apply(r);
    return r;
  }

  async beat(): Promise<HeartbeatResult> {
    const r = await this.h.coordinator.consumerGroupHeartbeat(
      G,
      hb({ memberId: this.memberId, memberEpoch: this.epoch, ownedTopicPartitions: this.owned }),
    );
    this.apply(r);
    return r;
  }

  private apply(r: HeartbeatResult): void {
    this.memberId = r.memberId;
    this.epoch = r.memberEpoch;
    if (r.assignment) this.owned = r.assignment;
  }

  count(): number {
    return this.owned.reduce((n, t) => n + t.partitions.length, 0);
  }
}

function assertNoDoubleOwnership(clients: Client[]): void {
  const seen = new Map<string, string>();
  for (const c of clients) {
    for (const t of c.owned) {
      for (const p of t.partitions) {
        const key = `${t.topicId}:${p}`;
        assert.equal(seen.get(key), undefined, `${key} owned by ${seen.get(key)} and ${c.memberId}`);
        seen.set(key, c.memberId);
      }
    }
  }
}

describe('groups: KIP-848 consumer groups', () => {
  it('a first member joins with epoch 0 and gets every partition at epoch 2 (a new group is at 1, as Kafka 4.4)', async () => {
    const topics = new Topics();
    topics.add('t', 6);
    const h = await harness({}, new MemoryGroupLog(), topics);
    const a = new Client(h, ['t']);
    const r = await a.join();
    assert.ok(r.memberId.length > 0, 'the coordinator generates the member id');
    assert.equal(r.memberEpoch, 2);
    assert.equal(r.heartbeatIntervalMs, 5000);
    assert.equal(a.count(), 6);
    const beat = await a.beat();
    assert.equal(beat.assignment, null, 'unchanged assignment is not resent');
    assert.equal((h.coordinator.group(G) as ConsumerGroup).state, 'Stable');
  });

  it('reconciles incrementally: revoke first, then assign; no partition ever has two owners', async () => {
    const topics = new Topics();
    topics.add('t', 12);
    const h = await harness({}, new MemoryGroupLog(), topics);
    const clients = [new Client(h, ['t'])];
    await clients[0]!.join();
    for (let i = 1; i < 4; i++) {
      const c = new Client(h, ['t']);
      clients.push(c);
      await c.join();
      assertNoDoubleOwnership(clients);
      for (let round = 0; round < 4; round++) {
        for (const x of clients) {
          await x.beat();
          assertNoDoubleOwnership(clients);
        }
      }
    }
    const group = h.coordinator.group(G) as ConsumerGroup;
    assert.equal(group.state, 'Stable');
    assert.deepEqual(
      clients.map((c) => c.count()),
      [3, 3, 3, 3],
    );
    assert.ok(clients.every((c) => c.epoch === group.groupEpoch));
  });

  it('the member giving up partitions stays at its epoch until it stops reporting them', async () => {
    const topics = new Topics();
    topics.add('t', 4);
    const h = await harness({}, new MemoryGroupLog(), topics);
    const a = new Client(h, ['t']);
    await a.join();
    const b = new Client(h, ['t']);
    const rb = await b.join();
    assert.equal(rb.memberEpoch, 3);
    assert.equal(b.count(), 0, 'partitions still held by a are not given out');
    const ra = await a.beat();
    assert.equal(ra.memberEpoch, 2, 'revocation happens at the old epoch');
    assert.equal(a.count(), 2);
    const member = (h.coordinator.group(G) as ConsumerGroup).members.get(a.memberId)!;
    assert.equal(member.state, 'UNREVOKED_PARTITIONS');
    // a acknowledges the revocation (owned list without the revoked partitions) and moves to epoch 3.
    const ra2 = await a.beat();
    assert.equal(ra2.memberEpoch, 3);
    const rb2 = await b.beat();
    assert.equal(b.count(), 2);
    assert.equal(rb2.memberEpoch, 3);
  });

  it('fences wrong epochs and unknown members; validates join requests', async () => {
    const topics = new Topics();
    topics.add('t', 2);
    const h = await harness({}, new MemoryGroupLog(), topics);
    const a = new Client(h, ['t']);
    await a.join();
    const code = async (input: HeartbeatInput) => {
      try {
        await h.coordinator.consumerGroupHeartbeat(G, input);
        return 0;
      } catch (error) {
        return (error as KafkaError).code;
      }
    };
    assert.equal(
      await code(hb({ memberId: a.memberId, memberEpoch: 5, ownedTopicPartitions: [] })),
      ErrorCode.FencedMemberEpoch,
    );
    assert.equal(await code(hb({ memberId: 'ghost', memberEpoch: 1 })), ErrorCode.UnknownMemberId);
    assert.equal(await code(hb({ memberEpoch: 0, subscribedTopicNames: ['t'] })), ErrorCode.InvalidRequest);
    assert.equal(
      await code(
        hb({
          memberEpoch: 0,
          rebalanceTimeoutMs: 1000,
          subscribedTopicNames: ['t'],
          ownedTopicPartitions: [],
          serverAssignor: 'sticky',
        }),
      ),
      ErrorCode.UnsupportedAssignor,
    );
    assert.equal(await code(hb({ memberEpoch: -7, memberId: 'x' })), ErrorCode.InvalidRequest);
  });

  it('leaving (-1) and session timeouts free partitions for the others', async () => {
    const topics = new Topics();
    topics.add('t', 4);
    const h = await harness({ consumerSessionTimeoutMs: 10000 }, new MemoryGroupLog(), topics);
    const a = new Client(h, ['t']);
    const b = new Client(h, ['t']);
    const c = new Client(h, ['t']);
    await a.join();
    await b.join();
    for (let i = 0; i < 3; i++) for (const x of [a, b]) await x.beat();
    assert.deepEqual([a.count(), b.count()], [2, 2]);
    const left = await h.coordinator.consumerGroupHeartbeat(G, hb({ memberId: b.memberId, memberEpoch: -1 }));
    assert.equal(left.memberEpoch, -1);
    await a.beat();
    assert.equal(a.count(), 4);
    await c.join();
    for (let i = 0; i < 3; i++) for (const x of [a, c]) await x.beat();
    assert.deepEqual([a.count(), c.count()], [2, 2]);
    // c goes silent: after the session timeout its partitions move back to a.
    for (let i = 0; i < 12; i++) {
      await h.advance(1000, 1000);
      await a.beat();
    }
    assert.equal(a.count(), 4);
    assert.equal((h.coordinator.group(G) as ConsumerGroup).members.size, 1);
  });

  it('commits are fenced by member epoch (STALE_MEMBER_EPOCH / FENCED_MEMBER_EPOCH); snapshot reloads', async () => {
    const topics = new Topics();
    topics.add('t', 2);
    const log = new MemoryGroupLog();
    const h = await harness({}, log, topics);
    const a = new Client(h, ['t'], 'range');
    await a.join();
    const commit = (epoch: number) =>
      h.coordinator.commitOffsets(G, {
        memberId: a.memberId,
        groupInstanceId: null,
        generationIdOrMemberEpoch: epoch,
        retentionTimeMs: -1,
        topics: [
          { name: 't', partitions: [{ partition: 0, offset: 3n, leaderEpoch: 0, metadata: '', commitTimestamp: -1 }] },
        ],
      });
    assert.equal((await commit(a.epoch)).get('t\u00000'), ErrorCode.None);
    assert.equal((await commit(a.epoch + 1)).get('t\u00000'), ErrorCode.FencedMemberEpoch);
    assert.equal((await commit(0)).get('t\u00000'), ErrorCode.StaleMemberEpoch);
    const fetched = await h.coordinator.fetchOffsets(G, null, { memberId: a.memberId, memberEpoch: 0 });
    assert.equal(fetched.errorCode, ErrorCode.StaleMemberEpoch);
    h.coordinator.close();
    const again = await harness({}, log, topics);
    const group = again.coordinator.group(G) as ConsumerGroup;
    assert.equal(group.members.get(a.memberId)!.memberEpoch, a.epoch);
    assert.equal(group.assignorName, 'range');
    const r = await again.coordinator.consumerGroupHeartbeat(
      G,
      hb({ memberId: a.memberId, memberEpoch: a.epoch, ownedTopicPartitions: a.owned }),
    );
    assert.equal(r.memberEpoch, a.epoch);
    again.coordinator.close();
  });

  it('a classic join to a live consumer group is refused, and the reverse too', async () => {
    const topics = new Topics();
    topics.add('t', 2);
    const h = await harness({}, new MemoryGroupLog(), topics);
    await new Client(h, ['t']).join();
    const joined = await h.coordinator.joinGroup(G, {
      memberId: '',
      groupInstanceId: null,
      sessionTimeoutMs: 10000,
      rebalanceTimeoutMs: 10000,
      protocolType: 'consumer',
      protocols: [{ name: 'range', metadata: Buffer.alloc(0) }],
      clientId: 'c',
      clientHost: '',
      requireKnownMemberId: false,
    });
    assert.equal(joined.errorCode, ErrorCode.InconsistentGroupProtocol);
    const classic = await h.coordinator.joinGroup('cl', {
      memberId: '',
      groupInstanceId: null,
      sessionTimeoutMs: 10000,
      rebalanceTimeoutMs: 10000,
      protocolType: 'consumer',
      protocols: [{ name: 'range', metadata: Buffer.alloc(0) }],
      clientId: 'c',
      clientHost: '',
      requireKnownMemberId: false,
    });
    assert.equal(classic.errorCode, ErrorCode.None);
    await assert.rejects(
      h.coordinator.consumerGroupHeartbeat(
        'cl',
        hb({ memberEpoch: 0, rebalanceTimeoutMs: 1000, subscribedTopicNames: ['t'], ownedTopicPartitions: [] }),
      ),
      (e: KafkaError) => e.code === ErrorCode.GroupIdNotFound,
    );
  });
});

describe('groups: server-side assignors', () => {
  const topicMap = (...ts: [string, number][]) =>
    new Map(ts.map(([name, partitions]) => [`id-${name}`, { name, topicId: `id-${name}`, partitions }]));

  it('range: contiguous ranges per topic, co-partitioned topics line up', () => {
    const members = ['m1', 'm2', 'm3'].map((memberId) => ({
      memberId,
      subscribed: new Set(['a', 'b']),
      current: new Map(),
    }));
    const out = rangeAssignor.assign(members, topicMap(['a', 7], ['b', 7]));
    assert.deepEqual([...out.get('m1')!.get('id-a')!], [0, 1, 2]);
    assert.deepEqual([...out.get('m2')!.get('id-a')!], [3, 4]);
    assert.deepEqual([...out.get('m3')!.get('id-b')!], [5, 6]);
  });

  it('uniform: balanced, sticky, and respects heterogeneous subscriptions', () => {
    const topics = topicMap(['a', 6], ['b', 3]);
    const first = uniformAssignor.assign(
      [
        { memberId: 'm1', subscribed: new Set(['a', 'b']), current: new Map() },
        { memberId: 'm2', subscribed: new Set(['a']), current: new Map() },
      ],
      topics,
    );
    const size = (m: Map<string, Set<number>>) => [...m.values()].reduce((n, s) => n + s.size, 0);
    assert.equal(size(first.get('m1')!) + size(first.get('m2')!), 9);
    assert.equal(first.get('m2')!.get('id-b'), undefined, 'm2 does not subscribe to b');
    const second = uniformAssignor.assign(
      [
        { memberId: 'm1', subscribed: new Set(['a', 'b']), current: first.get('m1')! },
        { memberId: 'm2', subscribed: new Set(['a']), current: first.get('m2')! },
        { memberId: 'm3', subscribed: new Set(['a', 'b']), current: new Map() },
      ],
      topics,
    );
    assert.deepEqual([size(second.get('m1')!), size(second.get('m2')!), size(second.get('m3')!)], [3, 3, 3]);
    for (const id of ['m1', 'm2']) {
      for (const [t, ps] of second.get(id)!) for (const p of ps) assert.ok(first.get(id)!.get(t)?.has(p), 'kept');
    }
  });
});
