import type { Logger } from '../log';
import {
  type CoordinatorRecord,
  InternalTopicLog,
  internalPartitionFor,
  type LoadedRecord,
} from '../topics/internal-topic-log';
import { CONSUMER_OFFSETS_TOPIC } from '../topics/names';
import type { TopicService } from '../topics/topic-service';

export type { CoordinatorRecord } from '../topics/internal-topic-log';

/** Where the coordinator persists offsets and group metadata. */
export interface GroupLog {
  /** Appends one group's records atomically (one batch); throws if they could not be stored. */
  append(groupId: string, records: CoordinatorRecord[], now: number): void;
  /** Every stored record, in log order per group (start-up). */
  load(): Promise<CoordinatorRecord[]>;
  /** Makes the store writable (creates `__consumer_offsets` on first use, as Kafka does). */
  prepare(): Promise<void>;
}

/** The `__consumer_offsets` partition of a group (Utils.abs(hash) % partitions, as Kafka). */
export function offsetsPartitionFor(groupId: string, partitions: number): number {
  return internalPartitionFor(groupId, partitions);
}

/** Records kept in memory only (unit tests). */
export class MemoryGroupLog implements GroupLog {
  readonly records: CoordinatorRecord[] = [];
  failNext: Error | null = null;

  append(_groupId: string, records: CoordinatorRecord[]): void {
    if (this.failNext) {
      const error = this.failNext;
      this.failNext = null;
      throw error;
    }
    this.records.push(...records);
  }

  async load(): Promise<CoordinatorRecord[]> {
    return [...this.records];
  }

  async prepare(): Promise<void> {}
}

/**
 * The compacted internal topic `__consumer_offsets` (src/topics/internal-topic-log.ts), created on the first
 * group request (as Kafka does; a broker that never sees a group does not pay for 50 partitions) with
 * offsets.topic.num.partitions partitions and one replica. Transaction markers are read back but not kept yet.
 */
export class OffsetsTopicLog extends InternalTopicLog implements GroupLog {
  constructor(topics: TopicService, partitions: number, segmentBytes: number, log: Logger) {
    super(
      topics,
      {
        topic: CONSUMER_OFFSETS_TOPIC,
        partitions,
        configs: { 'segment.bytes': String(segmentBytes), 'compression.type': 'producer' },
      },
      log,
    );
  }

  override append(groupId: string, records: CoordinatorRecord[], now: number): void {
    super.append(groupId, records, now);
  }

  override async load(): Promise<LoadedRecord[]> {
    return (await super.load()).filter((r) => r.marker === null);
  }
}
