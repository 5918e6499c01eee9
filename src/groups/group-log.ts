import type { Logger } from '../log';
import {
  type CoordinatorRecord,
  InternalTopicLog,
  internalPartitionFor,
  type LoadedRecord,
  type TransactionalAppend,
} from '../topics/internal-topic-log';
import { CONSUMER_OFFSETS_TOPIC } from '../topics/names';
import type { TopicService } from '../topics/topic-service';

export type { CoordinatorRecord, LoadedRecord } from '../topics/internal-topic-log';

/** Where the coordinator persists offsets and group metadata. */
export interface GroupLog {
  /**
   * Appends one group's records atomically (one batch); throws if they could not be stored. `txn`: the
   * records are a producer's transactional offset commit (TxnOffsetCommit), pending until its marker.
   */
  append(groupId: string, records: CoordinatorRecord[], now: number, txn?: TransactionalAppend): void;
  /** Every stored record and transaction marker, in log order per partition (start-up), or of one partition. */
  load(partition?: number): Promise<LoadedRecord[]>;
  /**
   * Resolves with an error code once the group's appends so far are replicated (acks=all; NONE when done).
   * Absent: every append is final when it returns (memory, tests).
   */
  replicated?(groupId: string): Promise<number>;
  /** Makes the store writable (creates `__consumer_offsets` on first use, as Kafka does). */
  prepare(): Promise<void>;
  /** The `__consumer_offsets` partition of a group (transaction markers are per partition). */
  partitionFor(groupId: string): number;
}

/** The `__consumer_offsets` partition of a group (Utils.abs(hash) % partitions, as Kafka). */
export function offsetsPartitionFor(groupId: string, partitions: number): number {
  return internalPartitionFor(groupId, partitions);
}

/** Records kept in memory only (unit tests), in one partition. */
export class MemoryGroupLog implements GroupLog {
  readonly records: LoadedRecord[] = [];
  failNext: Error | null = null;

  append(_groupId: string, records: CoordinatorRecord[], _now?: number, txn?: TransactionalAppend): void {
    if (this.failNext) {
      const error = this.failNext;
      this.failNext = null;
      throw error;
    }
    for (const r of records) {
      this.records.push({
        ...r,
        partition: 0,
        producerId: txn?.producerId ?? -1n,
        isTransactional: txn !== undefined,
        marker: null,
      });
    }
  }

  /** A transaction marker as the partition layer writes it (tests). */
  appendMarker(producerId: bigint, result: 'commit' | 'abort'): void {
    this.records.push({
      key: Buffer.from([0, 0, 0, result === 'commit' ? 1 : 0]),
      value: null,
      partition: 0,
      producerId,
      isTransactional: true,
      marker: result,
    });
  }

  async load(): Promise<LoadedRecord[]> {
    return [...this.records];
  }

  async prepare(): Promise<void> {}

  partitionFor(): number {
    return 0;
  }
}

/**
 * The compacted internal topic `__consumer_offsets` (src/topics/internal-topic-log.ts), created on the first
 * group request (as Kafka does; a broker that never sees a group does not pay for 50 partitions) with
 * offsets.topic.num.partitions partitions (one replica on a single node, offsets.topic.replication.factor in a
 * KRaft cluster). Transactional offset commits are appended as the
 * producer's transactional batches; their markers are read back with them.
 */
export class OffsetsTopicLog extends InternalTopicLog implements GroupLog {
  constructor(topics: TopicService, partitions: number, segmentBytes: number, log: Logger, replicationFactor = 1) {
    super(
      topics,
      {
        topic: CONSUMER_OFFSETS_TOPIC,
        partitions,
        replicationFactor,
        configs: { 'segment.bytes': String(segmentBytes), 'compression.type': 'producer' },
      },
      log,
    );
  }
}
