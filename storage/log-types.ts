import type { BatchInfo } from './batch-scan';
import type { TopicPartition } from './checkpoint';
import type { ReadAhead } from './read-ahead';
import type { ReadBuffers } from './read-buffers';

/** Types of the PartitionLog API (see storage/README.md). Offsets and timestamps are numbers. */
/** ListOffsets special timestamps (Kafka's ListOffsetsRequest constants). */
export const LATEST_TIMESTAMP = -1;
export const EARLIEST_TIMESTAMP = -2;
export const MAX_TIMESTAMP = -3;
export const EARLIEST_LOCAL_TIMESTAMP = -4;

/** Which offsets a read may serve: followers read to the log end, consumers to the HW or to the LSO. */
export type Isolation = 'log-end' | 'high-watermark' | 'committed';

export interface AppendOptions {
  /** Leader epoch stamped into each batch (partitionLeaderEpoch) and recorded in leader-epoch-checkpoint. */
  leaderEpoch?: number;
  /** Wall-clock time in ms (LogAppendTime and segment.ms); defaults to Date.now(). */
  now?: number;
  /**
   * Who appends, which decides the producer-state checks (Kafka's AppendOrigin): 'client' (default) checks
   * epochs and sequences and answers a retried batch with the original; 'coordinator' (transaction markers,
   * the group coordinator's records) checks epochs only.
   */
  origin?: 'client' | 'coordinator';
  /**
   * Markers only: the transaction version WriteTxnMarkers names (0 default; 2 = KIP-890, whose markers must
   * carry an epoch above the producer's, a same-epoch retry of a written marker excepted).
   */
  transactionVersion?: number;
}

export interface AppendResult {
  /**
   * When the durability policy fsyncs this append (`brook.durability=fsync-per-append`, or `flush.messages`
   * reached): resolves once the appended data is on disk, and rejects with KafkaStorageError if the fsync
   * failed (the log is then offline). Acknowledge the append (acks=all) only after it resolves. Null when
   * the policy leaves the append in the page cache (durability comes from replication), as Kafka does.
   */
  durable: Promise<void> | null;
  /**
   * True when the batch repeats one of its idempotent producer's last five: nothing was appended and the
   * offsets (and logAppendTime: the batch's timestamp, as Kafka answers it) are the original batch's.
   */
  duplicate: boolean;
  firstOffset: number;
  lastOffset: number;
  /** The append time stamped into the batches under LogAppendTime, -1 under CreateTime. */
  logAppendTime: number;
  logStartOffset: number;
  /** Largest batch maxTimestamp in this append and the last offset of the batch carrying it. */
  maxTimestamp: number;
  offsetOfMaxTimestamp: number;
  recordCount: number;
  bytes: number;
}

export interface ReadOptions {
  /** Byte budget for the result (fetch max bytes for this partition). */
  maxBytes: number;
  isolation?: Isolation;
  /** KIP-74: return the first batch even if it alone exceeds maxBytes (default true). */
  minOneBatch?: boolean;
  /**
   * Where the record bytes are read into (read-buffers.ts): the caller gives the buffer back once the bytes
   * are written out (or drops it). Default: a fresh buffer per read.
   */
  buffers?: ReadBuffers;
}

export interface ReadResult {
  /** Whole batches, starting with the batch containing the requested offset. Empty when nothing is readable. */
  records: Buffer;
  /** Where `records` lies on disk (for a future sendfile path); null when empty. */
  slice: { path: string; position: number; length: number } | null;
  highWatermark: number;
  lastStableOffset: number;
  logStartOffset: number;
  logEndOffset: number;
  /**
   * read_committed ('committed'): the transactions aborted within the returned range, by producer and first
   * offset, for the consumer to skip; null under other isolations.
   */
  abortedTransactions: { producerId: bigint; firstOffset: number }[] | null;
}

export interface TimestampOffset {
  offset: number;
  timestamp: number;
  leaderEpoch: number;
}

export interface RetentionResult {
  deletedSegments: number;
  deletedBytes: number;
  logStartOffset: number;
}

export interface PartitionLogOptions {
  /** Topic and partition named in checkpoint files; parsed from `<topic>-<partition>` when omitted. */
  topicPartition?: TopicPartition;
  /** Clock for segment ages and append times (tests move it); defaults to Date.now. */
  clock?: () => number;
  /** Called once the log's files are open (at once by open(), on first use for a lazy() handle). */
  onLoad?: (log: import('./partition-log').PartitionLog) => void;
  /** Broker's producer.id.expiration.ms: idle producers without an open transaction are forgotten after it. */
  producerIdExpirationMs?: number;
  /** Transactions hook: batches of aborted transactions that compaction may drop (default: none). */
  isAbortedBatch?: (batch: BatchInfo, producerId: number) => boolean;
  /** Reads started before catching-up readers ask (read-ahead.ts; a LogManager shares one): default none. */
  readAhead?: ReadAhead;
}
