import assert from 'node:assert/strict';
import { ErrorCode } from '../../../protocol/error-codes';
import { defaultBrokerRegistrationRequest } from '../../../protocol/generated/broker-registration';
import { defaultCreateTopicsRequestCreatableTopic } from '../../../protocol/generated/create-topics';
import { ConfigResourceType } from '../../../replication/metadata';
import { randomKafkaUuid } from '../../../src/topics/uuid';
import { ControllerCluster, SESSION_MS } from './controller-cluster';

describe('QuorumController (replication/metadata) on a 3-voter Raft log', function () {
  this.timeout(30_000);
  let cluster: ControllerCluster;
  beforeEach(() => {
    cluster = new ControllerCluster();
  });
  afterEach(() => cluster.close());

  it('registers brokers fenced, unfences them once their metadata caught up, and every voter replays the same image', async () => {
    const c = await cluster.active();
    const epoch = await cluster.register(c, 1, 'r1');
    assert.equal(c.committed.brokers.get(1)?.fenced, true);
    const behind = await cluster.settle(
      c.heartbeat({
        brokerId: 1,
        brokerEpoch: epoch,
        currentMetadataOffset: epoch - 1n,
        wantFence: false,
        wantShutDown: false,
        offlineLogDirs: [],
      }),
    );
    assert.deepEqual([behind.isCaughtUp, behind.isFenced], [false, true]);
    const hb = await cluster.heartbeat(c, 1, epoch);
    assert.deepEqual([hb.errorCode, hb.isCaughtUp, hb.isFenced], [ErrorCode.None, true, false]);
    const stale = await cluster.settle(
      c.heartbeat({
        brokerId: 1,
        brokerEpoch: epoch + 100n,
        currentMetadataOffset: 0n,
        wantFence: false,
        wantShutDown: false,
        offlineLogDirs: [],
      }),
    );
    assert.equal(stale.errorCode, ErrorCode.StaleBrokerEpoch);
    // Another process registering the id while the first still heartbeats is refused.
    const dup = defaultBrokerRegistrationRequest();
    dup.brokerId = 1;
    dup.incarnationId = randomKafkaUuid();
    assert.equal((await cluster.settle(c.registerBroker(dup))).errorCode, ErrorCode.DuplicateBrokerRegistration);
    await cluster.raft.until(
      () => [...cluster.controllers.values()].every((x) => x.committed.brokers.get(1)?.fenced === false),
      'every voter replays the unfence',
    );
    for (const x of cluster.controllers.values()) {
      assert.deepEqual(x.committed.brokers.get(1)?.endpoints, [
        { name: 'PLAINTEXT', host: 'localhost', port: 9091, securityProtocol: 0 },
      ]);
      assert.equal(x.committed.brokers.get(1)?.rack, 'r1');
    }
  });

  it('creates topics with replicas striped over brokers and racks, leaders spread, manual assignments and Kafka errors', async () => {
    const c = await cluster.active();
    await cluster.brokers(c, 4, ['a', 'a', 'b', 'b']);
    const created = await cluster.createTopic(c, 'orders', 8, 3, { 'min.insync.replicas': '2' });
    assert.equal(created.errorCode, ErrorCode.None, created.errorMessage ?? '');
    assert.deepEqual([created.numPartitions, created.replicationFactor], [8, 3]);
    const topic = c.committed.topic('orders')!;
    assert.equal(topic.id, created.topicId);
    const leaders = new Map<number, number>();
    for (const p of topic.partitions.values()) {
      assert.equal(new Set(p.replicas).size, 3);
      const racks = new Set(p.replicas.map((r) => c.committed.brokers.get(r)!.rack));
      assert.equal(racks.size, 2, `replicas ${p.replicas} span both racks`);
      assert.deepEqual([p.leader, p.isr, p.leaderEpoch, p.partitionEpoch], [p.replicas[0], p.replicas, 0, 0]);
      leaders.set(p.leader, (leaders.get(p.leader) ?? 0) + 1);
    }
    assert.deepEqual([...leaders.values()], [2, 2, 2, 2], 'each broker leads two of eight partitions');
    assert.equal(c.committed.topicConfig('orders').get('min.insync.replicas'), '2');
    // AlterConfigs forwarded by a broker: the overrides replaced, a removed one as a ConfigRecord with no value.
    const altered = await cluster.settle(
      c.alterConfigs(ConfigResourceType.Topic, 'orders', { 'retention.ms': '1000' }),
    );
    assert.equal(altered.errorCode, ErrorCode.None);
    assert.deepEqual([...c.committed.topicConfig('orders')], [['retention.ms', '1000']]);
    const unknown = await cluster.settle(c.alterConfigs(ConfigResourceType.Topic, 'nowhere', {}));
    assert.equal(unknown.errorCode, ErrorCode.UnknownTopicOrPartition);

    const again = await cluster.createTopic(c, 'orders', 1, 1);
    assert.equal(again.errorCode, ErrorCode.TopicAlreadyExists);
    const tooMany = await cluster.createTopic(c, 'wide', 1, 5);
    assert.equal(tooMany.errorCode, ErrorCode.InvalidReplicationFactor);
    assert.match(tooMany.errorMessage!, /target replication factor of 5 cannot be reached because only 4 broker\(s\)/);
    assert.equal((await cluster.createTopic(c, 'bad/name', 1, 1)).errorCode, ErrorCode.InvalidTopicException);

    const manual = {
      ...defaultCreateTopicsRequestCreatableTopic(),
      name: 'pinned',
      numPartitions: -1,
      replicationFactor: -1,
    };
    manual.assignments = [
      { partitionIndex: 0, brokerIds: [4, 1] },
      { partitionIndex: 1, brokerIds: [2, 3] },
    ];
    const [pinned] = await cluster.settle(c.createTopics({ topics: [manual], timeoutMs: 0, validateOnly: false }));
    assert.equal(pinned!.errorCode, ErrorCode.None);
    assert.deepEqual(c.committed.partition('pinned', 0)?.replicas, [4, 1]);
    manual.name = 'ghost';
    manual.assignments = [{ partitionIndex: 0, brokerIds: [9] }];
    const [ghost] = await cluster.settle(c.createTopics({ topics: [manual], timeoutMs: 0, validateOnly: false }));
    assert.equal(ghost!.errorCode, ErrorCode.InvalidReplicaAssignment);

    const grown = await cluster.settle(
      c.createPartitions({
        topics: [{ name: 'pinned', count: 3, assignments: null }],
        timeoutMs: 0,
        validateOnly: false,
      }),
    );
    assert.equal(grown[0]!.errorCode, ErrorCode.None);
    assert.equal(c.committed.partition('pinned', 2)?.replicas.length, 2);
    const deleted = await cluster.settle(c.deleteTopics([{ name: 'pinned', topicId: 'AAAAAAAAAAAAAAAAAAAAAA' }]));
    assert.equal(deleted[0]!.errorCode, ErrorCode.None);
    assert.equal(c.committed.topic('pinned'), undefined);
  });

  it('fences a broker whose session expired: it leaves every ISR and its partitions elect an ISR member in a new epoch', async () => {
    const c = await cluster.active();
    const epochs = await cluster.brokers(c, 3);
    await cluster.createTopic(c, 'events', 3, 3);
    const ledBy3 = [...c.committed.topic('events')!.partitions].filter(([, p]) => p.leader === 3);
    assert.equal(ledBy3.length, 1);
    // Brokers 1 and 2 keep heartbeating; 3 goes silent past broker.session.timeout.ms.
    for (let t = 0; t < SESSION_MS + 1000; t += 1000) {
      await cluster.raft.clock.advance(1000);
      await cluster.heartbeat(c, 1, epochs.get(1)!);
      await cluster.heartbeat(c, 2, epochs.get(2)!);
    }
    assert.deepEqual(await cluster.settle(c.fenceExpiredBrokers()), [3]);
    assert.equal(c.committed.brokers.get(3)?.fenced, true);
    for (const p of c.committed.topic('events')!.partitions.values()) {
      assert.ok(!p.isr.includes(3), 'fenced broker out of the ISR');
      assert.notEqual(p.leader, 3);
      assert.ok(p.isr.includes(p.leader));
    }
    const [index, before] = ledBy3[0]!;
    const after = c.committed.topic('events')!.partitions.get(index)!;
    assert.equal(
      after.leader,
      before.replicas.find((r) => r !== 3),
    );
    assert.deepEqual([after.leaderEpoch, after.partitionEpoch], [1, 1]);
    // 3 comes back, caught up: unfenced, and it rejoins ISRs through its leaders' AlterPartition, not by itself.
    const hb = await cluster.heartbeat(c, 3, epochs.get(3)!);
    assert.equal(hb.isFenced, false);
    assert.ok(!after.isr.includes(3));
  });

  it('the last ISR member fenced without unclean election: an empty ISR, it is the ELR and elected again when it returns (KIP-966); unclean election takes any replica', async () => {
    const c = await cluster.active();
    const epochs = await cluster.brokers(c, 2);
    const single = {
      ...defaultCreateTopicsRequestCreatableTopic(),
      name: 'solo',
      numPartitions: -1,
      replicationFactor: -1,
    };
    single.assignments = [{ partitionIndex: 0, brokerIds: [1] }];
    const dirty = { ...single, name: 'dirty', assignments: [{ partitionIndex: 0, brokerIds: [1, 2] }] };
    dirty.configs = [{ name: 'unclean.leader.election.enable', value: 'true' }];
    await cluster.settle(c.createTopics({ topics: [single, dirty], timeoutMs: 0, validateOnly: false }));
    // 'dirty' shrinks to [1] (broker 2 fell behind), through AlterPartition from its leader.
    const d = c.committed.partition('dirty', 0)!;
    const shrink = await cluster.settle(
      c.alterPartition({
        topic: 'dirty',
        partition: 0,
        leaderId: 1,
        leaderEpoch: d.leaderEpoch,
        partitionEpoch: d.partitionEpoch,
        newIsr: [1],
      }),
    );
    assert.deepEqual(shrink, { errorCode: ErrorCode.None, leaderEpoch: 0, partitionEpoch: 1, isr: [1] });
    // Broker 1 shuts down the hard way: only 2 heartbeats.
    await cluster.raft.clock.advance(SESSION_MS);
    await cluster.heartbeat(c, 2, epochs.get(2)!);
    await cluster.settle(c.fenceExpiredBrokers());
    // The first active controller finalized ELR, recording the cluster's min.insync.replicas first (Kafka 4.4's
    // new cluster); the ISR then empties, its last member is eligible and remembered as the last known leader.
    assert.equal(c.committed.features.get('eligible.leader.replicas.version'), 1);
    assert.equal(c.committed.clusterConfig().get('min.insync.replicas'), '1');
    const solo = c.committed.partition('solo', 0)!;
    assert.deepEqual(pick(solo), { leader: -1, isr: [], leaderRecoveryState: 0 });
    assert.deepEqual([solo.elr, solo.lastKnownElr], [[1], [1]]);
    const unclean = c.committed.partition('dirty', 0)!;
    assert.deepEqual(pick(unclean), { leader: 2, isr: [2], leaderRecoveryState: 1 });
    assert.deepEqual([unclean.elr, unclean.lastKnownElr], [[], []], 'an unclean election clears the ELR');
    const hb = await cluster.heartbeat(c, 1, epochs.get(1)!);
    assert.equal(hb.isFenced, false);
    const back = c.committed.partition('solo', 0)!;
    assert.deepEqual(pick(back), { leader: 1, isr: [1], leaderRecoveryState: 0 }, 'a clean election from the ELR');
    assert.deepEqual([back.elr, back.lastKnownElr], [[], []]);
  });

  it('auto.leader.rebalance.enable: the check moves leadership back to the preferred replica once it is in the ISR again', async () => {
    await cluster.close();
    // The check runs on a real timer (leader.imbalance.check.interval.seconds, here 5 ms); Raft on the manual clock.
    cluster = new ControllerCluster({ leaderImbalanceCheckIntervalMs: 5 });
    const c = await cluster.active();
    const epochs = await cluster.brokers(c, 3);
    const t = { ...defaultCreateTopicsRequestCreatableTopic(), name: 'bal', numPartitions: -1, replicationFactor: -1 };
    t.assignments = [{ partitionIndex: 0, brokerIds: [1, 2, 3] }];
    await cluster.settle(c.createTopics({ topics: [t], timeoutMs: 0, validateOnly: false }));
    // Broker 1 goes silent and is fenced: 2 leads. It comes back and its leader brings it into the ISR.
    await cluster.raft.clock.advance(SESSION_MS);
    await cluster.heartbeat(c, 2, epochs.get(2)!);
    await cluster.heartbeat(c, 3, epochs.get(3)!);
    await cluster.settle(c.fenceExpiredBrokers());
    assert.equal(c.committed.partition('bal', 0)!.leader, 2);
    await cluster.heartbeat(c, 1, epochs.get(1)!);
    const p = c.committed.partition('bal', 0)!;
    const back = await cluster.settle(
      c.alterPartition({
        topic: 'bal',
        partition: 0,
        leaderId: 2,
        leaderEpoch: p.leaderEpoch,
        partitionEpoch: p.partitionEpoch,
        newIsr: [2, 3, 1],
      }),
    );
    assert.equal(back.errorCode, ErrorCode.None);
    for (let i = 0; i < 500 && c.committed.partition('bal', 0)!.leader !== 1; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      await cluster.raft.clock.advance(20);
    }
    const after = c.committed.partition('bal', 0)!;
    assert.equal(after.leader, 1, 'the preferred replica leads again');
    assert.deepEqual([...after.isr].sort(), [1, 2, 3]);
    assert.equal(after.leaderEpoch, p.leaderEpoch + 1);
  });

  it('AlterPartition: Kafka refusals for stale epochs, ineligible replicas and a non-leader; commits ISR changes', async () => {
    const c = await cluster.active();
    const epochs = await cluster.brokers(c, 3);
    const t = { ...defaultCreateTopicsRequestCreatableTopic(), name: 'isr', numPartitions: -1, replicationFactor: -1 };
    t.assignments = [{ partitionIndex: 0, brokerIds: [1, 2, 3] }];
    await cluster.settle(c.createTopics({ topics: [t], timeoutMs: 0, validateOnly: false }));
    const base = { topic: 'isr', partition: 0, leaderId: 1, leaderEpoch: 0, partitionEpoch: 0 };
    const alter = (over: object) => cluster.settle(c.alterPartition({ ...base, newIsr: [1, 2], ...over }));
    assert.equal((await alter({ partitionEpoch: 5 })).errorCode, ErrorCode.InvalidUpdateVersion);
    assert.equal((await alter({ leaderEpoch: 3 })).errorCode, ErrorCode.FencedLeaderEpoch);
    assert.equal((await alter({ leaderId: 2 })).errorCode, ErrorCode.InvalidRequest);
    assert.equal((await alter({ topic: 'nope' })).errorCode, ErrorCode.UnknownTopicOrPartition);
    assert.deepEqual(await alter({}), { errorCode: ErrorCode.None, leaderEpoch: 0, partitionEpoch: 1, isr: [1, 2] });
    // Broker 3 shuts down (controlled): it cannot rejoin while shutting down.
    await cluster.heartbeat(c, 3, epochs.get(3)!, { wantShutDown: true });
    const rejoin = await alter({ partitionEpoch: 1, newIsr: [1, 2, 3] });
    assert.equal(rejoin.errorCode, ErrorCode.IneligibleReplica);
  });

  it('controlled shutdown moves leadership away, and the broker is told to stop once every other broker applied it', async () => {
    const c = await cluster.active();
    const epochs = await cluster.brokers(c, 3);
    await cluster.createTopic(c, 'moving', 6, 3);
    const led = () => [...c.committed.topic('moving')!.partitions.values()].filter((p) => p.leader === 2).length;
    assert.equal(led(), 2);
    const answer = await cluster.heartbeat(c, 2, epochs.get(2)!, { wantShutDown: true });
    // Committed, but not to stop yet: the other brokers have not said they applied it (Kafka's
    // BrokerHeartbeatManager waits for the lowest active broker's metadata offset).
    assert.deepEqual([answer.shouldShutDown, answer.isFenced], [false, true]);
    assert.equal(led(), 0);
    for (const p of c.committed.topic('moving')!.partitions.values()) assert.ok(!p.isr.includes(2));
    assert.equal(c.committed.brokers.get(2)?.inControlledShutdown, true);
    await cluster.heartbeat(c, 1, epochs.get(1)!); // at the committed offset
    const early = await cluster.heartbeat(c, 2, epochs.get(2)!, { wantShutDown: true });
    assert.equal(early.shouldShutDown, false, 'broker 3 has not applied it yet');
    await cluster.heartbeat(c, 3, epochs.get(3)!);
    const done = await cluster.heartbeat(c, 2, epochs.get(2)!, { wantShutDown: true });
    assert.equal(done.shouldShutDown, true, 'every other active broker applied the leadership moves');
  });

  it('a new active controller after the Raft leader stops serves from the same committed metadata', async () => {
    const c = await cluster.active();
    const epochs = await cluster.brokers(c, 3);
    await cluster.createTopic(c, 'survivor', 2, 3);
    const first = await cluster.settle(c.allocateProducerIds(1, epochs.get(1)!));
    const oldId = [...cluster.controllers].find(([, x]) => x === c)![0];
    cluster.controllers.get(oldId)!.close();
    await cluster.raft.stopNode(oldId);
    const next = await cluster.active();
    assert.notEqual(next, c);
    assert.ok(next.committed.topic('survivor'));
    await assert.rejects(
      c.createTopics({ topics: [], timeoutMs: 0, validateOnly: false }),
      /not the active controller/,
    );
    const second = await cluster.settle(next.allocateProducerIds(2, epochs.get(2)!));
    assert.equal(first.producerIdStart, 0n);
    assert.equal(second.producerIdStart, 1000n, 'blocks never overlap across controllers');
    const created = await cluster.createTopic(next, 'after', 1, 2);
    assert.equal(created.errorCode, ErrorCode.None);
  });
});

function pick(p: { leader: number; isr: number[]; leaderRecoveryState: number }) {
  return { leader: p.leader, isr: p.isr, leaderRecoveryState: p.leaderRecoveryState };
}
