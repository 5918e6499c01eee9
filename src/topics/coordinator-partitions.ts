/**
 * Which partitions of its internal topic a coordinator serves in a KRaft cluster (Kafka's CoordinatorRuntime
 * contexts / TransactionStateManager's loading and owned partitions): the partitions this broker leads. On
 * election a partition is `loading` (requests for its keys get COORDINATOR_LOAD_IN_PROGRESS) while the
 * coordinator replays it from the log, then `active`; on resignation it is forgotten at once (NOT_COORDINATOR)
 * and the coordinator unloads its state. Loads and unloads of one partition run in order, one at a time.
 * A single-node broker has none of this: its coordinators own every partition from start-up.
 */
import { ErrorCode, KafkaError } from '../errors';
import type { TopicService } from './topic-service';

interface Owned {
  state: 'loading' | 'active';
  /** The partition's leader epoch when this broker was elected: the coordinator epoch (markers are fenced by it). */
  epoch: number;
}

export interface CoordinatorPartitionsLogger {
  info(msg: string, meta?: object): void;
  warn(msg: string, meta?: object): void;
}

export class CoordinatorPartitions {
  private readonly owned = new Map<number, Owned>();
  private readonly chains = new Map<number, Promise<void>>();

  constructor(
    private readonly topic: string,
    private readonly log: CoordinatorPartitionsLogger,
  ) {}

  /** Throws NOT_COORDINATOR unless this broker leads `partition`, COORDINATOR_LOAD_IN_PROGRESS while loading it. */
  check(partition: number): void {
    const owned = this.owned.get(partition);
    if (!owned) {
      throw new KafkaError(ErrorCode.NotCoordinator, `This broker does not lead ${this.topic}-${partition}.`);
    }
    if (owned.state === 'loading') throw new KafkaError(ErrorCode.CoordinatorLoadInProgress);
  }

  /** Whether `partition` is loaded here at `epoch` (a task started under that epoch may go on). */
  isActive(partition: number, epoch?: number): boolean {
    const owned = this.owned.get(partition);
    return owned?.state === 'active' && (epoch === undefined || owned.epoch === epoch);
  }

  /** The coordinator epoch of a partition served here (-1: not served). */
  epochOf(partition: number): number {
    return this.owned.get(partition)?.epoch ?? -1;
  }

  /** Kafka's onElection: `load` replays the partition; requests wait with COORDINATOR_LOAD_IN_PROGRESS. */
  elect(partition: number, epoch: number, load: () => Promise<void>): Promise<void> {
    const owned = this.owned.get(partition);
    // A newer leader epoch of a partition already loaded here: the state in memory is the log's already.
    if (owned && epoch >= owned.epoch) {
      owned.epoch = epoch;
      return this.chains.get(partition) ?? Promise.resolve();
    }
    const entry: Owned = { state: 'loading', epoch };
    this.owned.set(partition, entry);
    return this.enqueue(partition, async () => {
      if (this.owned.get(partition) !== entry) return; // resigned before the load started
      const started = Date.now();
      await load();
      if (this.owned.get(partition) !== entry) return; // resigned meanwhile: its unload follows in the chain
      entry.state = 'active';
      this.log.info(`loaded ${this.topic} partition`, { partition, epoch, ms: Date.now() - started });
    });
  }

  /** Kafka's onResignation: NOT_COORDINATOR from now on; `unload` drops the partition's state in order. */
  resign(partition: number, unload: () => void): Promise<void> {
    if (!this.owned.delete(partition)) return this.chains.get(partition) ?? Promise.resolve();
    return this.enqueue(partition, async () => {
      unload();
      this.log.info(`unloaded ${this.topic} partition`, { partition });
    });
  }

  private enqueue(partition: number, task: () => Promise<void>): Promise<void> {
    const next = (this.chains.get(partition) ?? Promise.resolve()).then(task).catch((error: unknown) => {
      this.log.warn(`${this.topic} partition load failed`, { partition, error: (error as Error).message });
      // A failed load leaves the partition unserved (NOT_COORDINATOR) rather than half loaded.
      this.owned.delete(partition);
    });
    this.chains.set(partition, next);
    return next;
  }
}

/**
 * Kafka's coordinators answer a failed or unacknowledged write of their log with a code clients retry on
 * (GroupCoordinatorService.normalizeException, TransactionStateManager.appendTransactionToLog): replication
 * trouble -> COORDINATOR_NOT_AVAILABLE, leadership lost -> NOT_COORDINATOR; other codes pass as they are.
 */
export function coordinatorWriteError(code: number): number {
  switch (code) {
    case ErrorCode.UnknownTopicOrPartition:
    case ErrorCode.NotEnoughReplicas:
    case ErrorCode.NotEnoughReplicasAfterAppend:
    case ErrorCode.RequestTimedOut:
      return ErrorCode.CoordinatorNotAvailable;
    case ErrorCode.NotLeaderOrFollower:
    case ErrorCode.KafkaStorageError:
      return ErrorCode.NotCoordinator;
    default:
      return code;
  }
}

/**
 * Calls the coordinator's onElection / onResignation as this broker starts or stops leading partitions of its
 * internal topic (Kafka's BrokerMetadataPublisher / ReplicaManager.applyDelta hooks).
 */
export function followLeadership(
  topics: TopicService,
  topic: string,
  coordinator: {
    onElection(partition: number, epoch: number): Promise<void>;
    onResignation(partition: number): Promise<void>;
  },
): () => void {
  return topics.replicas.onLeadershipChange((change) => {
    if (change.topic !== topic) return;
    if (change.leader) void coordinator.onElection(change.partition, change.leaderEpoch);
    else void coordinator.onResignation(change.partition);
  });
}
