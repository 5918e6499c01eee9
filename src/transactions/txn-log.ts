/** Where the transaction coordinator persists its state: `__transaction_state`, or memory in unit tests. */
import type { Logger } from '../log';
import { type CoordinatorRecord, InternalTopicLog, type LoadedRecord } from '../topics/internal-topic-log';
import { TRANSACTION_STATE_TOPIC } from '../topics/names';
import type { TopicService } from '../topics/topic-service';

export interface TransactionLog {
  /** Appends one transactional id's record durably; throws if it could not be stored. */
  append(transactionalId: string, record: CoordinatorRecord, now: number): void;
  /** Every stored record in log order per partition (start-up), or of one partition. */
  load(partition?: number): Promise<CoordinatorRecord[]>;
  /** Resolves with an error code once the id's appends so far are replicated (acks=all); absent: final at once. */
  replicated?(transactionalId: string): Promise<number>;
  /** Makes the store writable (creates `__transaction_state` on first use, as Kafka does). */
  prepare(): Promise<void>;
  /** The `__transaction_state` partition of a transactional id (DescribeTransactions, logs). */
  partitionFor(transactionalId: string): number;
}

/** The compacted internal topic, `transaction.state.log.num.partitions` partitions, compression none (Kafka). */
export class TransactionStateTopicLog extends InternalTopicLog implements TransactionLog {
  constructor(topics: TopicService, partitions: number, segmentBytes: number, log: Logger, replicationFactor = 1) {
    super(
      topics,
      {
        topic: TRANSACTION_STATE_TOPIC,
        partitions,
        replicationFactor,
        configs: {
          'segment.bytes': String(segmentBytes),
          'compression.type': 'uncompressed',
          'unclean.leader.election.enable': 'false',
        },
      },
      log,
    );
  }

  override append(transactionalId: string, record: CoordinatorRecord | CoordinatorRecord[], now: number): void {
    super.append(transactionalId, Array.isArray(record) ? record : [record], now);
  }

  override async load(partition?: number): Promise<LoadedRecord[]> {
    return (await super.load(partition)).filter((r) => r.marker === null);
  }
}

/** Records in memory (unit tests); `failNext` makes the next append throw. */
export class MemoryTransactionLog implements TransactionLog {
  readonly records: CoordinatorRecord[] = [];
  failNext: Error | null = null;

  append(_transactionalId: string, record: CoordinatorRecord): void {
    if (this.failNext) {
      const error = this.failNext;
      this.failNext = null;
      throw error;
    }
    this.records.push(record);
  }

  async load(): Promise<CoordinatorRecord[]> {
    return [...this.records];
  }

  async prepare(): Promise<void> {}

  partitionFor(): number {
    return 0;
  }
}
