import { join } from 'node:path';
import { ErrorCode } from '../../protocol/error-codes';
import {
  type AlterPartitionRequest,
  type AlterPartitionResult,
  type AlterPartitionSink,
  type LeaderEndpoint,
  LocalLeaderEndpoint,
  type PartitionState,
  ReplicaManager,
  type ReplicaQuota,
} from '../../replication';
import { PartitionLog } from '../../storage';
import { tempDir } from '../storage/helpers';

/**
 * Brokers in one process for replication tests: each a real ReplicaManager over real PartitionLogs in its
 * own directory, followers fetching from leaders through LocalLeaderEndpoint, an in-memory controller
 * committing AlterPartition and publishing partition states to every broker (what the metadata log will
 * do). Links between brokers can be cut (a link fault, as a network partition would be), a broker stopped
 * and restarted over its data, and the clock moved forward (replica.lag.time.max.ms).
 */

export const LAG_TIME_MS = 10_000;

type Key = string;

/** The controller's side of the partitions: commits ISR changes, elects leaders, tells every broker. */
export class TestController implements AlterPartitionSink {
  readonly states = new Map<Key, PartitionState>();
  readonly alterRequests: AlterPartitionRequest[] = [];
  /** Leaders cannot reach the controller (their AlterPartition fails, as over a cut link). */
  unreachable = false;
  constructor(private readonly cluster: TestCluster) {}

  async alterPartition(request: AlterPartitionRequest): Promise<AlterPartitionResult> {
    this.alterRequests.push(request);
    if (this.unreachable) throw new Error('the controller is unreachable');
    const state = this.states.get(`${request.topic}-${request.partition}`);
    if (!state) return { errorCode: ErrorCode.UnknownTopicOrPartition };
    if (request.leaderId !== state.leader || request.leaderEpoch !== state.leaderEpoch)
      return { errorCode: ErrorCode.FencedLeaderEpoch };
    if (request.partitionEpoch !== state.partitionEpoch) return { errorCode: ErrorCode.InvalidUpdateVersion };
    const next = { ...state, isr: request.newIsr, partitionEpoch: state.partitionEpoch + 1 };
    this.publish(next);
    return {
      errorCode: ErrorCode.None,
      leaderEpoch: next.leaderEpoch,
      partitionEpoch: next.partitionEpoch,
      isr: [...next.isr],
    };
  }

  /** A new leader (and ISR): the leader epoch and partition epoch move on, every broker hears of it. */
  elect(topic: string, partition: number, leader: number, isr: number[]): PartitionState {
    const state = this.states.get(`${topic}-${partition}`)!;
    const next = {
      ...state,
      leader,
      isr,
      leaderEpoch: state.leaderEpoch + 1,
      partitionEpoch: state.partitionEpoch + 1,
    };
    this.publish(next);
    return next;
  }

  publish(state: PartitionState): void {
    this.states.set(`${state.topic}-${state.partition}`, state);
    for (const broker of this.cluster.running()) {
      if (state.replicas.includes(broker.id) && broker.rm.getPartition(state.topic, state.partition))
        broker.rm.applyPartitionState(state);
    }
  }
}

/** A replication quota the test turns on and off, counting what was recorded against it. */
export class SwitchedQuota implements ReplicaQuota {
  exceeded = false;
  recorded = 0;
  isQuotaExceeded(): boolean {
    return this.exceeded;
  }
  record(bytes: number): void {
    this.recorded += bytes;
  }
}

export class TestBroker {
  rm!: ReplicaManager;
  readonly quotas = { leader: new SwitchedQuota(), follower: new SwitchedQuota() };
  readonly logs = new Map<Key, PartitionLog>();
  running = false;
  constructor(
    readonly id: number,
    private readonly dir: string,
    private readonly cluster: TestCluster,
  ) {}

  start(): this {
    this.rm = new ReplicaManager({
      localBrokerId: this.id,
      clock: this.cluster.clock,
      alterPartition: this.cluster.controller,
      replicaLagTimeMaxMs: LAG_TIME_MS,
      isrExpirationIntervalMs: 0, // the tests run the ISR expiration with their clock
      leaderEndpoint: (leaderId) => this.cluster.endpoint(this.id, leaderId),
      replicaFetcher: { maxWaitMs: 50, backoffMs: 20 },
      replicationQuotas: this.quotas,
    });
    this.running = true;
    for (const state of this.cluster.controller.states.values()) {
      if (state.replicas.includes(this.id)) this.host(state);
    }
    return this;
  }

  /** Opens the partition's log in this broker's directory and hosts it with the controller's state. */
  host(state: PartitionState, configs: Record<string, string> = {}): void {
    const key = `${state.topic}-${state.partition}`;
    const log = PartitionLog.open(join(this.dir, key), {});
    this.logs.set(key, log);
    this.rm.createPartition(state.topic, state.partition, log, { ...this.cluster.configs, ...configs }, { state });
  }

  log(topic: string, partition = 0): PartitionLog {
    return this.logs.get(`${topic}-${partition}`)!;
  }

  /** Stops the broker as a crash-free shutdown would: fetchers stopped, logs closed. */
  async stop(): Promise<void> {
    this.running = false;
    await this.rm.shutdown();
    for (const log of this.logs.values()) {
      if (!log.isClosed) log.close();
      await log.whenFlushed().catch(() => {});
    }
    this.logs.clear();
  }
}

/** A follower's way to its leader that fails while the link is cut or the leader is down. */
class LinkEndpoint implements LeaderEndpoint {
  constructor(
    private readonly cluster: TestCluster,
    private readonly from: number,
    readonly brokerId: number,
  ) {}
  get isTruncationOnFetchSupported(): boolean {
    return this.cluster.truncationOnFetch;
  }
  private leader(): LocalLeaderEndpoint {
    const target = this.cluster.broker(this.brokerId);
    if (!target.running || this.cluster.isCut(this.from, this.brokerId))
      throw new Error(`broker ${this.from} cannot reach broker ${this.brokerId}`);
    return new LocalLeaderEndpoint(target.rm, this.cluster.truncationOnFetch);
  }
  async fetch(request: Parameters<LeaderEndpoint['fetch']>[0]) {
    const answer = await this.leader().fetch(request);
    // The answer is lost if the link was cut while the request was parked.
    this.leader();
    return answer;
  }
  async fetchOffsetsForLeaderEpoch(
    replicaId: number,
    partitions: Parameters<LeaderEndpoint['fetchOffsetsForLeaderEpoch']>[1],
  ) {
    return this.leader().fetchOffsetsForLeaderEpoch(replicaId, partitions);
  }
  async fetchEarliestOffset(topic: string, partition: number, epoch: number) {
    return this.leader().fetchEarliestOffset(topic, partition, epoch);
  }
  async fetchLatestOffset(topic: string, partition: number, epoch: number) {
    return this.leader().fetchLatestOffset(topic, partition, epoch);
  }
}

export class TestCluster {
  readonly controller = new TestController(this);
  readonly brokers: TestBroker[] = [];
  private readonly cuts = new Set<string>();
  private readonly dirs: { cleanup(): void }[] = [];
  /** Milliseconds added to the real clock: the ISR lag clock moves without waiting. */
  skewMs = 0;
  readonly clock = () => Date.now() + this.skewMs;
  /** Whether leaders answer divergence in Fetch (v12+) or followers ask OffsetForLeaderEpoch first. */
  truncationOnFetch = true;

  constructor(
    count: number,
    readonly configs: Record<string, string> = {},
  ) {
    for (let id = 1; id <= count; id++) {
      const dir = tempDir(`brook-replication-${id}-`);
      this.dirs.push(dir);
      this.brokers.push(new TestBroker(id, dir.dir, this).start());
    }
  }

  broker(id: number): TestBroker {
    return this.brokers[id - 1]!;
  }

  running(): TestBroker[] {
    return this.brokers.filter((b) => b.running);
  }

  /** Creates a topic partition on its replicas, led by the first with every replica in sync. */
  createPartition(topic: string, replicas: number[], configs: Record<string, string> = {}): void {
    const state = {
      topic,
      partition: 0,
      leader: replicas[0]!,
      leaderEpoch: 0,
      partitionEpoch: 0,
      replicas,
      isr: replicas,
    };
    this.controller.states.set(`${topic}-0`, state);
    for (const id of replicas) this.broker(id).host(state, configs);
  }

  endpoint(from: number, to: number): LeaderEndpoint {
    return new LinkEndpoint(this, from, to);
  }

  cut(a: number, b: number): void {
    this.cuts.add(`${a}>${b}`).add(`${b}>${a}`);
  }
  heal(a: number, b: number): void {
    this.cuts.delete(`${a}>${b}`);
    this.cuts.delete(`${b}>${a}`);
  }
  isCut(from: number, to: number): boolean {
    return this.cuts.has(`${from}>${to}`);
  }

  async stop(): Promise<void> {
    for (const b of this.brokers) if (b.running) await b.stop();
    for (const d of this.dirs) d.cleanup();
  }
}

/** Waits for `condition` (checked every few ms), failing with `what` after `timeoutMs`. */
export async function until(what: string, condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The raw bytes of a log from `from` to its end (whole batches), for byte-for-byte comparison. */
export function logBytes(log: PartitionLog, from = 0): Buffer {
  const parts: Buffer[] = [];
  let offset = from;
  while (offset < log.logEndOffset) {
    const read = log.read(offset, { maxBytes: 1 << 20, isolation: 'log-end', minOneBatch: true });
    if (read.records.length === 0) break;
    parts.push(read.records);
    offset = lastOffsetOf(read.records) + 1;
  }
  return Buffer.concat(parts);
}

/** The last offset of the last batch in `records` (v2 batches: baseOffset at 0, lastOffsetDelta at 23). */
function lastOffsetOf(records: Buffer): number {
  let at = 0;
  let last = -1;
  while (at < records.length) {
    const base = Number(records.readBigInt64BE(at));
    const length = records.readInt32BE(at + 8);
    last = base + records.readInt32BE(at + 23);
    at += 12 + length;
  }
  return last;
}
