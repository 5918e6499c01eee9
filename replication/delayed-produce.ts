import { ErrorCode } from '../protocol/error-codes';
import type { Partition, PartitionKey } from './partition';
import { DelayedOperation } from './purgatory';

/** One partition's answer to a produce. */
export interface ProducePartitionResult {
  topic: string;
  partition: number;
  errorCode: ErrorCode;
  errorMessage: string | null;
  /** -1 when the append failed. */
  baseOffset: number;
  /** Records appended (0 when the append failed): Kafka's MessagesInPerSec counts these. */
  recordCount: number;
  logAppendTime: number;
  logStartOffset: number;
  /** Per-record errors (INVALID_RECORD, INVALID_TIMESTAMP), for Produce v8+. */
  recordErrors: { batchIndex: number; message: string }[];
  /** NOT_LEADER_OR_FOLLOWER: the leader this broker knows (Produce v10+ CurrentLeader). */
  currentLeader?: { leaderId: number; leaderEpoch: number } | null;
}

/** A partition of a parked produce whose append succeeded: what it waits for. Its result is updated in place. */
export interface ProducePartitionStatus {
  key: PartitionKey;
  partition: Partition;
  result: ProducePartitionResult;
  /** acks=all: the high watermark must reach this offset (the append's end); null for acks=1. */
  requiredOffset: number | null;
  /** The flush policy asked for the append to be fsynced before acknowledging, and that has not happened yet. */
  awaitingDisk: boolean;
  pending: boolean;
}

/**
 * Kafka's DelayedProduce: a produce whose appends succeeded waits until every partition's high watermark
 * passed its append (acks=all) and, where the topic's flush policy asks, until the append is fsynced. Each
 * check compares offsets only. On timeout the partitions still waiting get REQUEST_TIMED_OUT; a partition
 * deleted meanwhile gets NOT_LEADER_OR_FOLLOWER.
 */
export class DelayedProduce extends DelayedOperation {
  constructor(
    timeoutMs: number,
    readonly statuses: ProducePartitionStatus[],
    private readonly respond: () => void,
  ) {
    super(timeoutMs);
  }

  get keys(): PartitionKey[] {
    return this.statuses.filter((s) => s.pending).map((s) => s.key);
  }

  tryComplete(): boolean {
    for (const status of this.statuses) {
      if (!status.pending) continue;
      const p = status.partition;
      if (status.requiredOffset !== null) {
        const { done, errorCode } = p.checkEnoughReplicasReachOffset(status.requiredOffset);
        if (!done) continue;
        if (errorCode !== ErrorCode.None) {
          this.fail(status, errorCode);
          continue;
        }
      } else if (p.isDeleted) {
        this.fail(status, ErrorCode.NotLeaderOrFollower);
        continue;
      }
      if (status.awaitingDisk) continue;
      status.pending = false;
    }
    if (this.statuses.some((s) => s.pending)) return false;
    return this.forceComplete();
  }

  private fail(status: ProducePartitionStatus, errorCode: ErrorCode): void {
    status.pending = false;
    status.result.errorCode = errorCode;
    status.result.errorMessage = null;
  }

  /**
   * Partitions still waiting when it completes (timeout, or forced: shutdown) answer REQUEST_TIMED_OUT, as
   * Kafka's DelayedProduce initializes their status.
   */
  protected onComplete(): void {
    for (const status of this.statuses) if (status.pending) this.fail(status, ErrorCode.RequestTimedOut);
    this.respond();
  }
}
