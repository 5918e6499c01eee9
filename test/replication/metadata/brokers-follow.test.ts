import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ErrorCode } from '../../../protocol/error-codes';
import { defaultBrokerRegistrationRequest } from '../../../protocol/generated/broker-registration';
import { defaultCreateTopicsRequestCreatableTopic } from '../../../protocol/generated/create-topics';
import { LocalLeaderEndpoint, ReplicaManager } from '../../../replication';
import { BrokerMetadataPublisher, type PartitionHost, QuorumController } from '../../../replication/metadata';
import { RaftNode } from '../../../replication/raft';
import { PartitionLog } from '../../../storage';
import { randomKafkaUuid } from '../../../src/topics/uuid';
import { logBytes, until } from '../cluster';
import { decodeAll, valuesBatch } from '../helpers';
import { tempDir } from '../../storage/helpers';

const SESSION_MS = 9000;

/** A broker in this process: a ReplicaManager whose partitions come from the metadata log only. */
class Broker implements PartitionHost {
  readonly rm: ReplicaManager;
  readonly publisher: BrokerMetadataPublisher;
  readonly logs = new Map<string, PartitionLog>();
  alive = true;
  epoch = -1n;
  constructor(
    readonly id: number,
    private readonly dir: string,
    controller: QuorumController,
    brokers: Map<number, Broker>,
    clock: () => number,
  ) {
    this.rm = new ReplicaManager({
      localBrokerId: id,
      clock,
      alterPartition: controller,
      isrExpirationIntervalMs: 0,
      leaderEndpoint: (leaderId) => {
        const leader = brokers.get(leaderId);
        return leader?.alive ? new LocalLeaderEndpoint(leader.rm) : null;
      },
      replicaFetcher: { maxWaitMs: 50, backoffMs: 20 },
    });
    this.publisher = new BrokerMetadataPublisher(id, this.rm, this);
  }
  host(
    topic: string,
    _topicId: string,
    partition: number,
    state: Parameters<PartitionHost['host']>[3],
    image: Parameters<PartitionHost['host']>[4],
  ) {
    const configs = Object.fromEntries(image.topicConfig(topic));
    const log = PartitionLog.open(join(this.dir, `${topic}-${partition}`), {});
    this.logs.set(`${topic}-${partition}`, log);
    this.rm.createPartition(topic, partition, log, configs, { state });
  }
  remove(topic: string, partition: number) {
    this.rm.removePartition(topic, partition);
  }
  async kill() {
    this.alive = false;
    await this.rm.shutdown();
  }
  async close() {
    if (this.alive) await this.rm.shutdown();
    for (const log of this.logs.values()) {
      if (!log.isClosed) log.closeWithoutFlush();
      await log.whenFlushed().catch(() => {});
    }
  }
}

describe('brokers following the metadata log: topics, leaders and failover from the controller (replication/metadata)', function () {
  this.timeout(20_000);
  const dirs: { cleanup(): void }[] = [];
  let raft: RaftNode;
  let controller: QuorumController;
  const brokers = new Map<number, Broker>();
  let skew = 0;
  const clock = () => Date.now() + skew;

  before(async () => {
    controller = new QuorumController({
      nodeId: 1,
      sessionTimeoutMs: SESSION_MS,
      sessionCheckIntervalMs: 0,
      now: clock,
      numPartitions: 1,
      defaultReplicationFactor: 3,
      uncleanLeaderElection: false,
      newTopicId: randomKafkaUuid,
    });
    for (const id of [1, 2, 3]) {
      const d = tempDir(`brook-follow-${id}-`);
      dirs.push(d);
      brokers.set(id, new Broker(id, d.dir, controller, brokers, clock));
    }
    const metaDir = tempDir('brook-follow-meta-');
    dirs.push(metaDir);
    raft = new RaftNode({
      nodeId: 1,
      voters: [1],
      dataDir: metaDir.dir,
      transport: { send: () => Promise.reject(new Error('one voter')) },
      config: { electionTimeoutMs: 20, fetchTimeoutMs: 40 },
      listeners: [controller, ...[...brokers.values()].map((b) => b.publisher)],
    });
    controller.attach(raft);
    raft.start();
    await until('the controller is active', () => controller.isActive);
  });

  after(async () => {
    controller.close();
    for (const b of brokers.values()) await b.close();
    await raft.close();
    for (const d of dirs) d.cleanup();
  });

  async function heartbeat(b: Broker) {
    return controller.heartbeat({
      brokerId: b.id,
      brokerEpoch: b.epoch,
      currentMetadataOffset: BigInt(b.publisher.offset),
      wantFence: false,
      wantShutDown: false,
      offlineLogDirs: [],
    });
  }

  function produce(rm: ReplicaManager, value: string) {
    return rm
      .appendRecords({
        entries: [{ topic: 'orders', partition: 0, records: valuesBatch(value, 1) }],
        requiredAcks: -1,
        timeoutMs: 5000,
        produceVersion: 9,
      })
      .then((r) => r[0]!);
  }

  it('registered brokers host the partitions the controller places on them, acks=all replicates, and a fenced leader is replaced from the ISR', async () => {
    for (const b of brokers.values()) {
      const request = defaultBrokerRegistrationRequest();
      request.brokerId = b.id;
      request.incarnationId = randomKafkaUuid();
      b.epoch = (await controller.registerBroker(request)).brokerEpoch;
    }
    for (const b of brokers.values()) {
      await until(`broker ${b.id} replayed its registration`, () => b.publisher.offset >= Number(b.epoch));
      assert.equal((await heartbeat(b)).isFenced, false);
    }
    const topic = {
      ...defaultCreateTopicsRequestCreatableTopic(),
      name: 'orders',
      numPartitions: 1,
      replicationFactor: 3,
    };
    topic.configs = [{ name: 'min.insync.replicas', value: '2' }];
    const [created] = await controller.createTopics({ topics: [topic], timeoutMs: 0, validateOnly: false });
    assert.equal(created!.errorCode, ErrorCode.None);
    const first = controller.committed.partition('orders', 0)!;
    await until('every replica hosts orders-0', () =>
      [...brokers.values()].every((b) => b.rm.getPartition('orders', 0)),
    );
    const leader = brokers.get(first.leader)!;
    assert.equal(leader.rm.getPartition('orders', 0)!.isLeader, true);

    const acked: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await produce(leader.rm, `before${i}`);
      assert.equal(r.errorCode, ErrorCode.None);
      acked.push(`before${i}-0`);
    }

    // The leader dies: no more heartbeats; the others keep theirs past the session timeout.
    await leader.kill();
    skew += SESSION_MS + 1;
    for (const b of brokers.values()) if (b.alive) await heartbeat(b);
    assert.deepEqual(await controller.fenceExpiredBrokers(), [leader.id]);
    const next = controller.committed.partition('orders', 0)!;
    assert.notEqual(next.leader, leader.id);
    assert.equal(next.leaderEpoch, first.leaderEpoch + 1);
    assert.ok(!next.isr.includes(leader.id));
    const successor = brokers.get(next.leader)!;
    await until('the new leader took over', () => successor.rm.getPartition('orders', 0)!.isLeader);

    for (let i = 0; i < 5; i++) {
      const r = await produce(successor.rm, `after${i}`);
      assert.equal(r.errorCode, ErrorCode.None, `produce after failover: ${r.errorCode}`);
      acked.push(`after${i}-0`);
    }
    const log = successor.logs.get('orders-0')!;
    const values = (await decodeAll(logBytes(log))).map((r) => r.value);
    assert.deepEqual(values, acked, 'every acknowledged record once, in order');
    const follower = [...brokers.values()].find((b) => b.alive && b !== successor)!;
    await until('the follower caught up', () => follower.logs.get('orders-0')!.logEndOffset === log.logEndOffset);
    assert.ok(logBytes(follower.logs.get('orders-0')!).equals(logBytes(log)), 'replicas byte-identical');
  });

  it('a deleted topic stops being hosted on every broker', async () => {
    const [deleted] = await controller.deleteTopics([{ name: 'orders', topicId: 'AAAAAAAAAAAAAAAAAAAAAA' }]);
    assert.equal(deleted!.errorCode, ErrorCode.None);
    await until('no broker hosts orders-0', () => [...brokers.values()].every((b) => !b.rm.getPartition('orders', 0)));
  });
});
