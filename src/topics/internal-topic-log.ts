/**
 * A compacted internal topic used as a coordinator's store (`__consumer_offsets` for groups,
 * `__transaction_state` for transactions), as Kafka's CoordinatorRuntime / TransactionStateManager use theirs:
 * created on first use with cleanup.policy=compact (one replica on a single node; in a KRaft cluster through the
 * controller, with the configured replication factor capped by the live brokers); each key lives in one
 * partition chosen by the caller (Kafka's abs(String.hashCode) % partitions); appends go through the replica
 * manager as the coordinator's own synchronous appends, and `replicated` waits until the high watermark passed
 * them (acks=all) before the coordinator answers, so an answered write survives its broker being killed;
 * start-up (one node) or election (a cluster) replays partitions in log order.
 */
import {
  ControlRecordType,
  decodeControlRecord,
  decodeRecordBatch,
  encodeRecordBatchSync,
} from '../../protocol/records';
import type { Logger } from '../log';
import type { TopicService } from './topic-service';

/** One stored record as a coordinator writes it. */
export interface CoordinatorRecord {
  key: Buffer;
  /** null = tombstone */
  value: Buffer | null;
}

/** A record read back at start-up, with what the batch said about it. */
export interface LoadedRecord extends CoordinatorRecord {
  partition: number;
  /** -1 unless the batch was written by a producer (transactional offset commits). */
  producerId: bigint;
  isTransactional: boolean;
  /** A transaction marker (control batch): its result; key/value are the control record's. */
  marker: 'commit' | 'abort' | null;
}

/** A producer's transactional append (TxnOffsetCommit): the batch carries its id and epoch. */
export interface TransactionalAppend {
  producerId: bigint;
  producerEpoch: number;
}

/** Kafka's String.hashCode, so a key maps to the same partition as on Kafka. */
export function javaStringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

/** Utils.abs(hash(key)) % partitions, as Kafka places group ids and transactional ids. */
export function internalPartitionFor(key: string, partitions: number): number {
  return (javaStringHash(key) & 0x7fffffff) % partitions;
}

export interface InternalTopicSpec {
  topic: string;
  partitions: number;
  /** Topic configs beyond cleanup.policy=compact (segment.bytes, compression.type...). */
  configs: Record<string, string>;
  /** offsets.topic.replication.factor / transaction.state.log.replication.factor (a KRaft cluster's). */
  replicationFactor?: number;
}

/** How long a coordinator's write waits for its followers (Kafka's offsets.commit.timeout.ms default). */
const REPLICATION_TIMEOUT_MS = 5000;

export class InternalTopicLog {
  private preparing: Promise<void> | null = null;
  /** Per partition, the offset after this broker's last append (what `replicated` waits for). */
  private readonly appendedTo = new Map<number, number>();

  constructor(
    protected readonly topics: TopicService,
    readonly spec: InternalTopicSpec,
    protected readonly log: Logger,
  ) {}

  /** Makes the store writable: creates the topic on first use (as Kafka does). */
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
    const existing = this.topics.get(this.spec.topic);
    if (existing) return existing.partitionCount;
    const created = await this.topics.create(this.spec.topic, {
      partitions: this.spec.partitions,
      replicationFactor: this.replicationFactor(),
      configs: { 'cleanup.policy': 'compact', ...this.spec.configs },
    });
    return created.partitionCount;
  }

  /** One replica on a single node; in a cluster the configured factor, capped by the live brokers (at least 1). */
  private replicationFactor(): number {
    const cluster = this.topics.cluster;
    if (!cluster) return 1;
    const live = cluster.image?.liveBrokers().length ?? 1;
    return Math.max(1, Math.min(this.spec.replicationFactor ?? 1, live));
  }

  /** The partitions of the topic as it exists (configured count before it is created). */
  partitionCount(): number {
    return this.topics.get(this.spec.topic)?.partitionCount ?? this.spec.partitions;
  }

  /** The partition holding `key`. */
  partitionFor(key: string): number {
    return internalPartitionFor(key, this.partitionCount());
  }

  /** Appends one key's records atomically (one batch); throws if they could not be stored. */
  append(key: string, records: CoordinatorRecord[], now: number, txn?: TransactionalAppend): void {
    if (records.length === 0) return;
    const batch = encodeRecordBatchSync({
      baseTimestamp: BigInt(now),
      ...(txn ? { isTransactional: true, producerId: txn.producerId, producerEpoch: txn.producerEpoch } : {}),
      records: records.map((r, i) => ({ offsetDelta: i, timestampDelta: 0, key: r.key, value: r.value })),
    });
    const partition = this.partitionFor(key);
    const end = this.topics.replicas.appendCoordinatorBatch(this.spec.topic, partition, batch, now);
    this.appendedTo.set(partition, end);
  }

  /**
   * Resolves with NONE once everything this broker appended to `key`'s partition is replicated to the ISR
   * (the high watermark passed it), else with the replica manager's error (NOT_LEADER_OR_FOLLOWER,
   * REQUEST_TIMED_OUT...). On a single node it is done at once.
   */
  replicated(key: string): Promise<number> {
    // A single node's append is final when it returns (its HW follows the log end), whatever min.insync.replicas says.
    if (!this.topics.cluster) return Promise.resolve(0);
    const partition = this.partitionFor(key);
    const end = this.appendedTo.get(partition);
    if (end === undefined) return Promise.resolve(0);
    return this.topics.replicas.awaitReplicated(this.spec.topic, partition, end, REPLICATION_TIMEOUT_MS);
  }

  /** Every stored record and transaction marker, in log order per partition (start-up), or of one partition. */
  async load(only?: number): Promise<LoadedRecord[]> {
    const out: LoadedRecord[] = [];
    const count = this.topics.get(this.spec.topic)?.partitionCount ?? 0;
    for (let p = only ?? 0; p < (only === undefined ? count : only + 1); p++) {
      const partition = this.topics.partition(this.spec.topic, p);
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
          for (const record of batch.records) {
            if (record.offset < BigInt(offset) || !record.key) continue;
            let marker: LoadedRecord['marker'] = null;
            if (batch.isControl) {
              const control = decodeControlRecord(record);
              if (control?.type === ControlRecordType.Commit) marker = 'commit';
              else if (control?.type === ControlRecordType.Abort) marker = 'abort';
              else continue;
            }
            out.push({
              key: Buffer.from(record.key),
              value: record.value ? Buffer.from(record.value) : null,
              partition: p,
              producerId: batch.producerId,
              isTransactional: batch.isTransactional,
              marker,
            });
          }
          next = Number(batch.lastOffset) + 1;
          at += size;
        }
        if (next <= offset) {
          this.log.warn(`stopped reading ${this.spec.topic} at an unreadable batch`, { partition: p, offset });
          break;
        }
        offset = next;
      }
    }
    return out;
  }
}
