import assert from 'node:assert/strict';
import type { ReplicaManager } from '../../replication';
import { throttledPartitions } from '../../replication';
import { replicationQuotas } from '../../src/quotas/replication-quota';
import { SampledRate } from '../../src/quotas/sampled-rate';
import { logBytes, TestCluster, until } from './cluster';
import { sleep, valuesBatch } from './helpers';

const NOW = 1_700_000_000_000;

async function produce(rm: ReplicaManager, topic: string, records: Buffer, requiredAcks = 1): Promise<void> {
  await rm.appendRecords({
    entries: [{ topic, partition: 0, records }],
    requiredAcks,
    timeoutMs: 10_000,
    produceVersion: 9,
  });
}

/** The controller adds `broker` to the replicas of `topic`-0 (a reassignment's first step): it starts fetching. */
function addReplica(cluster: TestCluster, topic: string, broker: number, configs: Record<string, string>): void {
  const state = cluster.controller.states.get(`${topic}-0`)!;
  const added = { ...state, replicas: [...state.replicas, broker], partitionEpoch: state.partitionEpoch + 1 };
  cluster.broker(broker).host(added, configs);
  cluster.controller.publish(added);
}

describe('replication throttles (KIP-73): what is held back, and what counts', function () {
  this.timeout(20_000);
  let cluster: TestCluster;
  afterEach(() => cluster?.stop());

  it("throttled replicas name partitions per broker as Kafka's parseThrottledPartitions reads them", () => {
    assert.equal(throttledPartitions('*', 1), 'all');
    assert.deepEqual([...(throttledPartitions('0:1,1:2,3:1', 1) as Set<number>)], [0, 3]);
    assert.deepEqual([...(throttledPartitions('0:2', 1) as Set<number>)], []);
    assert.deepEqual([...(throttledPartitions('', 1) as Set<number>)], []);
  });

  it("the quota is measured as Kafka's SimpleRate: over the time since the oldest sample, at least one window", () => {
    const rate = new SampledRate({ samples: 11, windowMs: 1000 }, 'simple');
    rate.record(1000, 0);
    assert.equal(rate.measure(0), 1000, 'a burst counts over one window, not over ten as for client quotas');
    assert.equal(rate.measure(4000), 250);
    const config = new Map([
      ['replication.quota.window.num', 11],
      ['replication.quota.window.size.seconds', 1],
      ['leader.replication.throttled.rate', 500],
      ['follower.replication.throttled.rate', 9.2e18],
    ]);
    const quotas = replicationQuotas({ number: (name) => config.get(name)! });
    quotas.leader.record(1000, 0);
    quotas.follower.record(1000, 0);
    assert.equal(quotas.leader.isQuotaExceeded(1000), true, '1000 B/s against 500');
    assert.equal(quotas.leader.isQuotaExceeded(2100), false, 'below 500 B/s once 2 s passed');
    assert.equal(quotas.follower.isQuotaExceeded(0), false, 'the default bound (Long.MAX_VALUE) never holds back');
    config.set('leader.replication.throttled.rate', 2000);
    assert.equal(quotas.leader.isQuotaExceeded(1000), false, 'a new rate (dynamic config) applies at once');
  });

  it('a leader answers a new replica of a partition in leader.replication.throttled.replicas no records while over its quota; in-sync followers are served and counted', async () => {
    cluster = new TestCluster(3);
    const configs = { 'leader.replication.throttled.replicas': '0:1' };
    cluster.createPartition('moving', [1, 3], configs);
    const leader = cluster.broker(1);
    for (let i = 0; i < 3; i++) await produce(leader.rm, 'moving', valuesBatch(`a${i}`, 2, NOW), -1);
    const copied = leader.quotas.leader.recorded;
    assert.ok(copied > 0, 'what the in-sync follower (3) fetched counted against the quota');

    leader.quotas.leader.exceeded = true;
    addReplica(cluster, 'moving', 2, configs);
    await sleep(300);
    assert.equal(cluster.broker(2).log('moving').logEndOffset, 0, 'nothing for the new replica while over the quota');
    // The in-sync follower is never held back.
    await produce(leader.rm, 'moving', valuesBatch('b', 2, NOW), -1);
    assert.equal(cluster.broker(3).log('moving').logEndOffset, 8);

    leader.quotas.leader.exceeded = false;
    await until('broker 2 joined the ISR', () => leader.rm.getPartition('moving', 0)!.isr.has(2));
    assert.ok(logBytes(cluster.broker(2).log('moving')).equals(logBytes(leader.log('moving'))));
    assert.ok(leader.quotas.leader.recorded >= copied + logBytes(leader.log('moving')).length);
  });

  it('a follower leaves a partition in follower.replication.throttled.replicas out of its fetches while over its quota, until in sync', async () => {
    cluster = new TestCluster(3);
    cluster.createPartition('moving', [1]);
    const leader = cluster.broker(1);
    for (let i = 0; i < 3; i++) await produce(leader.rm, 'moving', valuesBatch(`a${i}`, 2, NOW));
    const follower = cluster.broker(2);
    follower.quotas.follower.exceeded = true;
    // '0:3' names another broker: broker 3 would be throttled, broker 2 only by its own entry.
    addReplica(cluster, 'moving', 2, { 'follower.replication.throttled.replicas': '0:2,0:3' });
    await sleep(300);
    assert.equal(follower.log('moving').logEndOffset, 0, 'the throttled partition was not fetched');
    assert.equal(leader.rm.getPartition('moving', 0)!.isr.has(2), false);

    follower.quotas.follower.exceeded = false;
    await until('broker 2 joined the ISR', () => leader.rm.getPartition('moving', 0)!.isr.has(2));
    const copied = follower.quotas.follower.recorded;
    assert.equal(copied, logBytes(leader.log('moving')).length, 'every byte fetched counted');

    // In sync now: the quota no longer holds it back, and what it fetches still counts.
    follower.quotas.follower.exceeded = true;
    await produce(leader.rm, 'moving', valuesBatch('b', 2, NOW), -1);
    assert.equal(follower.log('moving').logEndOffset, 8);
    assert.ok(follower.quotas.follower.recorded > copied);
  });
});
