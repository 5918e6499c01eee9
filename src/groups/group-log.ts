import { decodeRecordBatch, encodeRecordBatchSync } from '../../protocol/records';
import type { Logger } from '../log';
import { CONSUMER_OFFSETS_TOPIC } from '../topics/names';
import type { TopicService } from '../topics/topic-service';

export interface CoordinatorRecord {
  key: Buffer;
  /** null = tombstone */
  value: Buffer | null;
}

/** Where the coordinator persists offsets and group metadata. */
export interface GroupLog {
  /** Appends one group's records atomically (one batch); throws if they could not be stored. */
  append(groupId: string, records: CoordinatorRecord[], now: number): void;
  /** Every stored record, in log order per group (start-up). */
  load(): Promise<CoordinatorRecord[]>;
  /** Makes the store writable (creates `__consumer_offsets` on first use, as Kafka does). */
  prepare(): Promise<void>;
}

/** Kafka's String.hashCode, so a group maps to the same `__consumer_offsets` partition as on Kafka. */
export function javaStringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

/** The `__consumer_offsets` partition of a group (Utils.abs(hash) % partitions, as Kafka). */
export function offsetsPartitionFor(groupId: string, partitions: number): number {
  return (javaStringHash(groupId) & 0x7fffffff) % partitions;
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
 * The compacted internal topic `__consumer_offsets` (cleanup.policy=compact), created on the first group
 * request (as Kafka does; a broker that never sees a group does not pay for 50 partitions) with
 * offsets.topic.num.partitions partitions and one replica. Appends go through the replica manager as the
 * coordinator's own (synchronous) appends, so a commit answered is in the OS page cache and survives the
 * broker process being killed.
 */
export class OffsetsTopicLog implements GroupLog {
  constructor(
    private readonly topics: TopicService,
    private readonly partitions: number,
    private readonly segmentBytes: number,
    private readonly log: Logger,
  ) {}

  private preparing: Promise<void> | null = null;

  prepare(): Promise<void> {
    if (!this.preparing) {
      this.preparing = this.ensureTopic().then(
        () => {},
        (error) => {
          this.preparing = null;
          throw error;
        },
      );
    }
    return this.preparing;
  }

  /** Creates the topic if needed; returns its partition count (an existing topic keeps its own). */
  async ensureTopic(): Promise<number> {
    const existing = this.topics.get(CONSUMER_OFFSETS_TOPIC);
    if (existing) return existing.partitionCount;
    const created = await this.topics.create(CONSUMER_OFFSETS_TOPIC, {
      partitions: this.partitions,
      replicationFactor: 1,
      configs: {
        'cleanup.policy': 'compact',
        'segment.bytes': String(this.segmentBytes),
        'compression.type': 'producer',
      },
    });
    return created.partitionCount;
  }

  private partitionCount(): number {
    return this.topics.get(CONSUMER_OFFSETS_TOPIC)?.partitionCount ?? this.partitions;
  }

  append(groupId: string, records: CoordinatorRecord[], now: number): void {
    if (records.length === 0) return;
    const partition = offsetsPartitionFor(groupId, this.partitionCount());
    const batch = encodeRecordBatchSync({
      baseTimestamp: BigInt(now),
      records: records.map((r, i) => ({ offsetDelta: i, timestampDelta: 0, key: r.key, value: r.value })),
    });
    this.topics.replicas.appendCoordinatorBatch(CONSUMER_OFFSETS_TOPIC, partition, batch, now);
  }

  async load(): Promise<CoordinatorRecord[]> {
    const out: CoordinatorRecord[] = [];
    const count = this.topics.get(CONSUMER_OFFSETS_TOPIC)?.partitionCount ?? 0;
    for (let p = 0; p < count; p++) {
      const partition = this.topics.partition(CONSUMER_OFFSETS_TOPIC, p);
      if (!partition) continue;
      let offset = partition.logStartOffset;
      const end = partition.logEndOffset;
      while (offset < end) {
        const { records } = await partition.readRecords({
          fetchOffset: offset,
          maxBytes: 1 << 20,
          isolation: 'log-end',
          minOneBatch: true,
          currentLeaderEpoch: -1,
        });
        if (records.length === 0) break;
        let at = 0;
        let next = offset;
        while (at + 12 <= records.length) {
          const size = 12 + records.readInt32BE(at + 8);
          if (at + size > records.length) break;
          const batch = await decodeRecordBatch(records.subarray(at, at + size));
          if (!batch.isControl) {
            for (const record of batch.records) {
              if (record.offset < BigInt(offset) || !record.key) continue;
              out.push({ key: Buffer.from(record.key), value: record.value ? Buffer.from(record.value) : null });
            }
          }
          next = Number(batch.lastOffset) + 1;
          at += size;
        }
        if (next <= offset) {
          this.log.warn('stopped reading __consumer_offsets at an unreadable batch', { partition: p, offset });
          break;
        }
        offset = next;
      }
    }
    return out;
  }
}
