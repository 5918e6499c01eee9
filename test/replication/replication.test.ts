import assert from 'node:assert/strict';
import { ErrorCode } from '../../protocol/error-codes';
import type { ReplicaManager } from '../../replication';
import { LAG_TIME_MS, logBytes, TestCluster, until } from './cluster';
import { producerBatch, settled, valuesBatch } from './helpers';

const NOW = 1_700_000_000_000;

function produce(
  rm: ReplicaManager,
  topic: string,
  records: Buffer,
  requiredAcks = -1,
  origin?: 'coordinator',
  timeoutMs = 10_000,
) {
  return rm
    .appendRecords({
      entries: [{ topic, partition: 0, records }],
      requiredAcks,
      timeoutMs,
      produceVersion: 9,
      origin,
    })
    .then((r) => r[0]!);
}

/** Every replica's log holds the leader's bytes, epochs and producers, and knows the leader's HW. */
async function inSync(cluster: TestCluster, topic: string, leader: number, replicas: number[]): Promise<void> {
  const leaderLog = cluster.broker(leader).log(topic);
  for (const id of replicas) {
    if (id === leader) continue;
    const log = cluster.broker(id).log(topic);
    await until(
      `broker ${id} at the leader's log end and HW`,
      () => log.logEndOffset === leaderLog.logEndOffset && log.highWatermark === leaderLog.highWatermark,
    );
    assert.ok(logBytes(log).equals(logBytes(leaderLog)), `broker ${id}'s log is byte-identical to the leader's`);
    assert.deepEqual(log.leaderEpochs.all, leaderLog.leaderEpochs.all, `broker ${id}'s leader epoch cache`);
    assert.deepEqual(
      [...log.producerState.activeProducers.keys()],
      [...leaderLog.producerState.activeProducers.keys()],
      `broker ${id}'s producer state`,
    );
  }
}

describe('replication: leaders and followers in one process (issue 13)', function () {
  this.timeout(20_000);
  let cluster: TestCluster;
  afterEach(() => cluster.stop());

  it('acks=all waits for every ISR follower; followers hold the leader bytes, epochs, producers and transactions', async () => {
    cluster = new TestCluster(3);
    cluster.createPartition('orders', [1, 2, 3]);
    const leader = cluster.broker(1).rm;
    // Broker 3 cannot reach the leader: acks=all waits (it is still in the ISR and within the lag time).
    cluster.cut(3, 1);
    const pending = produce(leader, 'orders', valuesBatch('a', 3, NOW));
    await until('broker 2 replicated the batch', () => cluster.broker(2).log('orders').logEndOffset === 3);
    assert.equal(await settled(pending), false, 'waits for broker 3');
    assert.equal(leader.getPartition('orders', 0)!.highWatermark, 0);
    cluster.heal(3, 1);
    const result = await pending;
    assert.equal(result.errorCode, ErrorCode.None);
    assert.equal(result.baseOffset, 0);

    // Idempotent and transactional batches, a marker: followers rebuild producer state and the txn index.
    assert.equal((await produce(leader, 'orders', producerBatch({ producerId: 7n, sequence: 0, n: 2 }))).errorCode, 0);
    const txn = producerBatch({ producerId: 8n, sequence: 0, n: 2, transactional: true });
    assert.equal((await produce(leader, 'orders', txn)).errorCode, 0);
    const [marker] = await leader.writeTxnMarkers(
      [{ topic: 'orders', partition: 0, producerId: 8n, producerEpoch: 0, coordinatorEpoch: 1, result: 'abort' }],
      10_000,
    );
    assert.equal(marker!.errorCode, ErrorCode.None);
    await inSync(cluster, 'orders', 1, [2, 3]);
    const follower = cluster.broker(2).log('orders');
    const aborted = follower.read(0, { maxBytes: 1 << 20, isolation: 'committed' }).abortedTransactions;
    assert.deepEqual(aborted, [{ producerId: 8n, firstOffset: 5 }], "the follower's .txnindex has the abort");
    assert.equal(cluster.controller.alterRequests.length, 0, 'the ISR never changed');
  });

  it('a follower past replica.lag.time.max.ms leaves the ISR: acks=all with min.insync.replicas=2 is refused and the HW frozen until it returns', async () => {
    cluster = new TestCluster(2, { 'min.insync.replicas': '2' });
    cluster.createPartition('pay', [1, 2]);
    const leader = cluster.broker(1).rm;
    assert.equal((await produce(leader, 'pay', valuesBatch('a', 2, NOW))).errorCode, ErrorCode.None);

    cluster.cut(2, 1);
    const waiting = produce(leader, 'pay', valuesBatch('b', 2, NOW), -1, undefined, 500);
    assert.equal(await settled(waiting), false);
    leader.maybeShrinkIsr();
    assert.equal(cluster.controller.alterRequests.length, 0, 'within the lag time nobody leaves');
    cluster.skewMs += LAG_TIME_MS + 1;
    leader.maybeShrinkIsr();
    // The HW stays below the parked write while the ISR is under min.insync.replicas (KAFKA-15583): it times
    // out, as on Kafka 4.4, instead of completing with NOT_ENOUGH_REPLICAS_AFTER_APPEND.
    const shrunk = await waiting;
    assert.equal(shrunk.errorCode, ErrorCode.RequestTimedOut, 'appended, but the ISR shrank below 2: no HW move');
    assert.deepEqual([...leader.getPartition('pay', 0)!.isr], [1]);
    assert.deepEqual(cluster.controller.alterRequests.at(-1)!.newIsr, [1]);

    const refused = await produce(leader, 'pay', valuesBatch('c', 1, NOW));
    assert.equal(refused.errorCode, ErrorCode.NotEnoughReplicas);
    assert.match(
      refused.errorMessage!,
      /The size of the current ISR Set\(1\) is insufficient to satisfy the min.isr requirement of 2/,
    );
    const hw = leader.getPartition('pay', 0)!.highWatermark;
    assert.equal(
      (await produce(leader, 'pay', valuesBatch('d', 1, NOW), 1)).errorCode,
      ErrorCode.None,
      'acks=1 still works',
    );
    assert.equal(leader.getPartition('pay', 0)!.highWatermark, hw, 'but its record is not committed yet');

    // The follower comes back, catches up to the HW and is proposed back into the ISR.
    cluster.heal(2, 1);
    await until('broker 2 back in the ISR', () => leader.getPartition('pay', 0)!.isr.size === 2);
    assert.deepEqual(cluster.controller.alterRequests.at(-1)!.newIsr, [1, 2]);
    await until('the HW past every record once the ISR is whole', () => {
      const p = leader.getPartition('pay', 0)!;
      return p.highWatermark === p.logEndOffset;
    });
    assert.equal((await produce(leader, 'pay', valuesBatch('e', 1, NOW))).errorCode, ErrorCode.None);
    await inSync(cluster, 'pay', 1, [2]);
  });

  it('a leader cut off from its followers and the controller acknowledges no acks=all write, even past the lag time', async () => {
    cluster = new TestCluster(3, { 'min.insync.replicas': '2' });
    cluster.createPartition('cut', [1, 2, 3]);
    const leader = cluster.broker(1).rm;
    assert.equal((await produce(leader, 'cut', valuesBatch('a', 1, NOW))).errorCode, ErrorCode.None);
    await inSync(cluster, 'cut', 1, [2, 3]);

    cluster.cut(1, 2);
    cluster.cut(1, 3);
    cluster.controller.unreachable = true;
    const first = produce(leader, 'cut', valuesBatch('b', 1, NOW));
    cluster.skewMs += LAG_TIME_MS + 1;
    leader.maybeShrinkIsr(); // proposed, never committed: the ISR stays [1, 2, 3]
    // A later append makes the leader compute its HW again, with followers no longer caught up: Kafka's ISR
    // members hold it back all the same (only a committed shrink lets it move).
    const second = produce(leader, 'cut', valuesBatch('c', 1, NOW));
    assert.equal(await settled(first), false);
    assert.equal(await settled(second), false);
    assert.equal(leader.getPartition('cut', 0)!.highWatermark, 1);

    // The controller elected another leader meanwhile; once the old one hears of it, both fail.
    cluster.controller.elect('cut', 0, 2, [2, 3]);
    assert.equal((await first).errorCode, ErrorCode.NotLeaderOrFollower);
    assert.equal((await second).errorCode, ErrorCode.NotLeaderOrFollower);
  });

  for (const truncationOnFetch of [true, false]) {
    const how = truncationOnFetch ? 'a diverging epoch in Fetch (v12+)' : 'OffsetForLeaderEpoch';
    it(`a new leader: the old leader's divergent tail is truncated through ${how}, and it is fenced meanwhile`, async () => {
      cluster = new TestCluster(2);
      cluster.truncationOnFetch = truncationOnFetch;
      cluster.createPartition('logs', [1, 2]);
      const one = cluster.broker(1).rm;
      const two = cluster.broker(2).rm;
      assert.equal((await produce(one, 'logs', valuesBatch('a', 3, NOW))).errorCode, ErrorCode.None);
      await inSync(cluster, 'logs', 1, [2]);

      // Broker 1 takes writes broker 2 never sees (acks=1), then loses leadership to broker 2.
      cluster.cut(2, 1);
      assert.equal((await produce(one, 'logs', valuesBatch('x', 2, NOW), 1)).errorCode, ErrorCode.None);
      assert.equal(cluster.broker(1).log('logs').logEndOffset, 5);
      cluster.controller.elect('logs', 0, 2, [2]);
      cluster.cut(1, 2); // the old leader cannot fetch yet: it keeps its divergent tail for now
      for (let i = 0; i < 4; i++) {
        assert.equal((await produce(two, 'logs', valuesBatch(`b${i}`, 1, NOW), 1)).errorCode, ErrorCode.None);
      }

      // The old leader refuses clients now, naming the new leader (Produce v10+ / Fetch v12+ CurrentLeader).
      const refused = await produce(one, 'logs', valuesBatch('z', 1, NOW), 1);
      assert.equal(refused.errorCode, ErrorCode.NotLeaderOrFollower);
      assert.deepEqual(refused.currentLeader, { leaderId: 2, leaderEpoch: 1 });
      const [stale] = await two.fetchMessages({
        replicaId: -1,
        maxWaitMs: 0,
        minBytes: 1,
        maxBytes: 1 << 20,
        isolation: 'high-watermark',
        partitions: [
          { topic: 'logs', partition: 0, fetchOffset: 0, partitionMaxBytes: 1 << 20, currentLeaderEpoch: 0 },
        ],
      });
      assert.equal(stale!.errorCode, ErrorCode.FencedLeaderEpoch);
      assert.deepEqual(stale!.currentLeader, { leaderId: 2, leaderEpoch: 1 });

      cluster.heal(1, 2);
      await until('broker 1 back in the ISR', () => two.getPartition('logs', 0)!.isr.size === 2);
      await inSync(cluster, 'logs', 2, [1]);
      const log = cluster.broker(1).log('logs');
      assert.equal(log.logEndOffset, 7, '3 common + 4 of the new leader; the 2 divergent records are gone');
      assert.deepEqual(log.leaderEpochs.all, [
        { epoch: 0, startOffset: 0 },
        { epoch: 1, startOffset: 3 },
      ]);
    });
  }

  it('a follower restarted over its data resumes from its log end', async () => {
    cluster = new TestCluster(2);
    cluster.createPartition('events', [1, 2]);
    const leader = cluster.broker(1).rm;
    for (let i = 0; i < 3; i++) await produce(leader, 'events', valuesBatch(`a${i}`, 2, NOW));
    await inSync(cluster, 'events', 1, [2]);

    await cluster.broker(2).stop();
    for (let i = 0; i < 3; i++) {
      const r = await produce(leader, 'events', valuesBatch(`b${i}`, 2, NOW), 1);
      assert.equal(r.errorCode, ErrorCode.None);
    }
    const restarted = cluster.broker(2).start();
    const resumedAt = restarted.rm.fetchers.fetcherOf(restarted.rm.getPartition('events', 0)!.key)!;
    assert.equal(resumedAt.fetchOffsetOf(restarted.rm.getPartition('events', 0)!.key), 6, 'from its log end, not 0');
    await inSync(cluster, 'events', 1, [2]);
    assert.equal(restarted.log('events').logEndOffset, 12);
  });

  it('a new replica below the leader log start (DeleteRecords) starts over there and joins the ISR', async () => {
    cluster = new TestCluster(2);
    cluster.createPartition('old', [1]);
    const leader = cluster.broker(1).rm;
    for (let i = 0; i < 3; i++) await produce(leader, 'old', valuesBatch(`a${i}`, 2, NOW));
    assert.equal(leader.getPartition('old', 0)!.deleteRecordsOnLeader(4), 4);
    // The controller adds broker 2 (a reassignment): it fetches at 0, is out of range, and starts at 4.
    const state = cluster.controller.states.get('old-0')!;
    const added = { ...state, replicas: [1, 2], partitionEpoch: state.partitionEpoch + 1 };
    cluster.broker(2).host(added);
    cluster.controller.publish(added);
    await until('broker 2 in the ISR', () => leader.getPartition('old', 0)!.isr.size === 2);
    const log = cluster.broker(2).log('old');
    assert.equal(log.logStartOffset, 4);
    assert.ok(logBytes(log, 4).equals(logBytes(cluster.broker(1).log('old'), 4)));
  });

  it('a leader serves only followers it knows and nobody once it follows', async () => {
    cluster = new TestCluster(2);
    cluster.createPartition('t', [1, 2]);
    const fetchAs = (rm: ReplicaManager, replicaId: number) =>
      rm.fetchMessages({
        replicaId,
        maxWaitMs: 0,
        minBytes: 1,
        maxBytes: 1 << 20,
        isolation: 'log-end',
        partitions: [{ topic: 't', partition: 0, fetchOffset: 0, partitionMaxBytes: 1 << 20, currentLeaderEpoch: 0 }],
      });
    assert.equal((await fetchAs(cluster.broker(1).rm, 9))[0]!.errorCode, ErrorCode.NotLeaderOrFollower);
    const [onFollower] = await fetchAs(cluster.broker(2).rm, -1);
    assert.equal(onFollower!.errorCode, ErrorCode.NotLeaderOrFollower);
    assert.deepEqual(onFollower!.currentLeader, { leaderId: 1, leaderEpoch: 0 });
    // A marker appended as a coordinator is refused on a follower too.
    const refused = await cluster
      .broker(2)
      .rm.writeTxnMarkers(
        [{ topic: 't', partition: 0, producerId: 1n, producerEpoch: 0, coordinatorEpoch: 0, result: 'commit' }],
        100,
      );
    assert.equal(refused[0]!.errorCode, ErrorCode.NotLeaderOrFollower);
  });
});

describe('replication: the coordinators hooks (issue 13)', function () {
  this.timeout(20_000);
  let cluster: TestCluster;
  afterEach(() => cluster.stop());

  it('a coordinator append is acknowledged once the HW passed it; leadership changes are told to listeners', async () => {
    cluster = new TestCluster(2);
    const told: string[] = [];
    for (const id of [1, 2]) {
      cluster
        .broker(id)
        .rm.onLeadershipChange((c) => told.push(`${id}:${c.topic}-${c.partition}:${c.leader}@${c.leaderEpoch}`));
    }
    cluster.createPartition('__consumer_offsets', [1, 2]);
    assert.ok(told.includes('1:__consumer_offsets-0:true@0'), told.join());
    const leader = cluster.broker(1).rm;
    cluster.cut(2, 1);
    const end = leader.appendCoordinatorBatch('__consumer_offsets', 0, valuesBatch('c', 2, NOW), NOW);
    assert.equal(end, 2);
    const acked = leader.awaitReplicated('__consumer_offsets', 0, end, 10_000);
    assert.equal(await settled(acked), false, 'waits for the follower');
    cluster.heal(2, 1);
    assert.equal(await acked, ErrorCode.None);
    assert.equal(
      await leader.awaitReplicated('__consumer_offsets', 0, end, 10_000),
      ErrorCode.None,
      'at once when passed',
    );

    // Leadership moves to broker 2: broker 1 resigns, broker 2 is elected at the new epoch.
    cluster.controller.elect('__consumer_offsets', 0, 2, [1, 2]);
    assert.ok(told.includes('1:__consumer_offsets-0:false@1'), told.join());
    assert.ok(told.includes('2:__consumer_offsets-0:true@1'), told.join());
    assert.equal(
      await leader.awaitReplicated('__consumer_offsets', 0, end + 1, 10_000),
      ErrorCode.NotLeaderOrFollower,
      'a follower acknowledges nothing',
    );
  });
});
