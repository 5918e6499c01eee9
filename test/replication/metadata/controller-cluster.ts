import assert from 'node:assert/strict';
import { ErrorCode } from '../../../protocol/error-codes';
import { defaultBrokerRegistrationRequest } from '../../../protocol/generated/broker-registration';
import { defaultCreateTopicsRequestCreatableTopic } from '../../../protocol/generated/create-topics';
import { type ControllerOptions, QuorumController, SnapshotGenerator } from '../../../replication/metadata';
import { randomKafkaUuid } from '../../../src/topics/uuid';
import { RaftCluster } from '../raft/cluster';

export const SESSION_MS = 9000;

/**
 * Three voters, each with a controller over its Raft node, as a combined KRaft cluster's controllers are;
 * with `snapshotBytes`, each also snapshots its committed image (SnapshotGenerator) after that many bytes;
 * other controller options (a rebalance interval, say) go to every controller.
 */
export class ControllerCluster {
  readonly controllers = new Map<number, QuorumController>();
  readonly generators = new Map<number, SnapshotGenerator>();
  readonly raft: RaftCluster;
  constructor(options: { snapshotBytes?: number } & Partial<ControllerOptions> = {}) {
    const { snapshotBytes, ...extra } = options;
    this.raft = new RaftCluster(3, {}, 7, {
      listeners: (id) => {
        const c = new QuorumController({
          nodeId: id,
          sessionTimeoutMs: SESSION_MS,
          sessionCheckIntervalMs: 0,
          now: () => this.raft.clock.now(),
          numPartitions: 1,
          defaultReplicationFactor: 1,
          uncleanLeaderElection: false,
          newTopicId: randomKafkaUuid,
          random: () => 0,
          ...extra,
        });
        this.controllers.set(id, c);
        if (snapshotBytes === undefined) return [c];
        const generator = new SnapshotGenerator({
          image: () => c.committed,
          writer: { createSnapshot: (end, records) => this.raft.nodes.get(id)!.createSnapshot(end, records) },
          maxBytesBetweenSnapshots: snapshotBytes,
        });
        this.generators.set(id, generator);
        return [c, generator];
      },
      starting: (id, node) => this.controllers.get(id)!.attach(node),
    });
  }

  async active(): Promise<QuorumController> {
    const leader = await this.raft.waitForLeader();
    const c = this.controllers.get(leader.id)!;
    await this.raft.until(() => c.isActive, 'controller activation');
    return c;
  }

  /** Moves the manual clock until the promise settles (commits need the followers' fetches). */
  async settle<T>(promise: Promise<T>): Promise<T> {
    let done = false;
    const watched = promise.finally(() => {
      done = true;
    });
    watched.catch(() => {});
    await this.raft.until(() => done, 'controller operation');
    return watched;
  }

  async register(c: QuorumController, id: number, rack: string | null = null): Promise<bigint> {
    const request = defaultBrokerRegistrationRequest();
    request.brokerId = id;
    request.incarnationId = randomKafkaUuid();
    request.rack = rack;
    request.listeners = [{ name: 'PLAINTEXT', host: 'localhost', port: 9090 + id, securityProtocol: 0 }];
    const answer = await this.settle(c.registerBroker(request));
    assert.equal(answer.errorCode, ErrorCode.None);
    return answer.brokerEpoch;
  }

  heartbeat(c: QuorumController, id: number, epoch: bigint, extra: { wantShutDown?: boolean } = {}) {
    return this.settle(
      c.heartbeat({
        brokerId: id,
        brokerEpoch: epoch,
        currentMetadataOffset: BigInt(c.committed.offset),
        wantFence: false,
        wantShutDown: extra.wantShutDown ?? false,
        offlineLogDirs: [],
      }),
    );
  }

  async createTopic(
    c: QuorumController,
    name: string,
    partitions: number,
    rf: number,
    configs: Record<string, string> = {},
  ) {
    const topic = {
      ...defaultCreateTopicsRequestCreatableTopic(),
      name,
      numPartitions: partitions,
      replicationFactor: rf,
    };
    topic.configs = Object.entries(configs).map(([n, value]) => ({ name: n, value }));
    const [result] = await this.settle(c.createTopics({ topics: [topic], timeoutMs: 1000, validateOnly: false }));
    return result!;
  }

  /** Registers and unfences brokers 1..n, returning their epochs. */
  async brokers(c: QuorumController, n: number, racks: (string | null)[] = []): Promise<Map<number, bigint>> {
    const epochs = new Map<number, bigint>();
    for (let id = 1; id <= n; id++) epochs.set(id, await this.register(c, id, racks[id - 1] ?? null));
    for (const [id, epoch] of epochs) {
      const hb = await this.heartbeat(c, id, epoch);
      assert.equal(hb.isFenced, false, `broker ${id} unfenced once caught up`);
    }
    return epochs;
  }

  close() {
    for (const c of this.controllers.values()) c.close();
    return this.raft.close();
  }
}
