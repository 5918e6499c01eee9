import type { Isolation, PartitionLog, ReadBuffers } from '../storage';
import { type ValidationConfig, validationConfig } from '../storage/log-validator';
import type { AlterPartitionSink } from './alter-partition';
import type { Partition } from './partition';
import { type ThrottledPartitions, throttledPartitions } from './replica-quota';

/**
 * The partition layer's vocabulary: partition keys, the topic configs a partition applies, and what its
 * appends and reads take and answer (the Partition class, in partition.ts, re-exports all of it).
 */

/** A topic partition, as Kafka's TopicPartition prints it (`orders-3`): the key of purgatories and maps. */
export type PartitionKey = string & { readonly __brand: 'PartitionKey' };

export function partitionKey(topic: string, partition: number): PartitionKey {
  return `${topic}-${partition}` as PartitionKey;
}

/** Kafka's NO_PARTITION_LEADER_EPOCH: a request that names no epoch is not fenced. */
export const NO_LEADER_EPOCH = -1;

/** The topic configs a partition applies: the validator's, min.insync.replicas and the replication throttles. */
export interface PartitionConfig extends ValidationConfig {
  minInsyncReplicas: number;
  /** leader.replication.throttled.replicas, as they name this broker. */
  leaderThrottled: ThrottledPartitions;
  /** follower.replication.throttled.replicas, as they name this broker. */
  followerThrottled: ThrottledPartitions;
}

/** A topic's configs (Kafka names) as its partitions on broker `localBrokerId` apply them. */
export function partitionConfig(
  props: Readonly<Record<string, string | undefined>>,
  localBrokerId = -1,
): PartitionConfig {
  const minIsr = Number(props['min.insync.replicas'] ?? 1);
  return {
    ...validationConfig(props),
    minInsyncReplicas: Number.isFinite(minIsr) ? minIsr : 1,
    leaderThrottled: throttledPartitions(props['leader.replication.throttled.replicas'], localBrokerId),
    followerThrottled: throttledPartitions(props['follower.replication.throttled.replicas'], localBrokerId),
  };
}

/** Which offset moved (or what changed) on a partition: what delayed operations wake up for. */
export type PartitionChange = 'log-end' | 'high-watermark' | 'last-stable' | 'log-start' | 'leadership' | 'deleted';

export interface LeaderAppendResult {
  firstOffset: number;
  lastOffset: number;
  /** LogAppendTime stamped into the batch, -1 under CreateTime. */
  logAppendTime: number;
  logStartOffset: number;
  recordCount: number;
  bytes: number;
  /**
   * Resolves once the append is on disk, when the topic's flush policy asks for that before acknowledging
   * (flush.messages reached: Kafka fsyncs inside the append; brook.durability=fsync-per-append); rejects with
   * storage's error if the fsync failed. Null when the append may be acknowledged from the page cache.
   */
  durable: Promise<void> | null;
}

/**
 * KIP-890 transaction verification: before a transactional batch opens a transaction on this partition (its
 * producer has none open here), the broker asks the transaction coordinator whether the producer really added
 * the partition to its transaction, and refuses (a PartitionError: TRANSACTION_ABORTABLE, INVALID_TXN_STATE...)
 * if not, so a late or hanging batch of an ended transaction cannot open one nobody will close.
 */
export type VerifyTransaction = (producerId: bigint, producerEpoch: number) => Promise<void>;

export interface LeaderAppendOptions {
  /** 0, 1 or -1 (all): -1 needs min.insync.replicas in the ISR before appending. */
  requiredAcks: number;
  /** The Produce request version (legacy message sets, zstd). */
  produceVersion: number;
  now: number;
  /** See VerifyTransaction; absent: transactional batches are appended unverified (Kafka 3.5's behaviour). */
  verifyTransaction?: VerifyTransaction;
}

/** Whether a transaction marker commits or aborts (WriteTxnMarkers' TransactionResult). */
export type TxnResult = 'commit' | 'abort';

/** One producer as DescribeProducers shows it (Kafka's ProducerState). */
export interface ActiveProducer {
  producerId: bigint;
  producerEpoch: number;
  /** The last sequence written, -1 when none (a producer known from a marker only). */
  lastSequence: number;
  lastTimestamp: number;
  coordinatorEpoch: number;
  /** First offset of its open transaction on this partition, -1 when none. */
  currentTxnStartOffset: number;
}

export interface ReadParams {
  fetchOffset: number;
  maxBytes: number;
  isolation: Isolation;
  /** KIP-74: the first batch even if larger than maxBytes. */
  minOneBatch: boolean;
  /** The client's view of the leader epoch (-1: none). */
  currentLeaderEpoch: number;
  /**
   * A follower's fetch (its broker id, -1 for consumers): only the leader serves it, it reads to the log
   * end, and its fetch offset is the follower's log end (updateFollowerFetchState).
   */
  replicaId?: number;
  /** Fetch v12+: the epoch of the follower's last fetched batch, checked for divergence (-1: none). */
  lastFetchedEpoch?: number;
  /** Where the record bytes are read into (storage's ReadBuffers; the caller gives them back once sent). */
  buffers?: ReadBuffers;
}

/** Where a follower's log diverges (Fetch v12+ DivergingEpoch): the leader's end of that epoch. */
export interface EpochEndOffset {
  epoch: number;
  endOffset: number;
}

/**
 * What the metadata log says of one partition (Kafka's PartitionRecord / PartitionChangeRecord as a
 * broker's applyDelta sees them): who leads, at which leader epoch, the partition epoch (bumped on every
 * change, ISR changes included), the assigned replicas and the in-sync ones. Directories are not modelled.
 */
export interface PartitionState {
  topic: string;
  partition: number;
  /** The leader's broker id, -1 when the partition has none (all replicas offline). */
  leader: number;
  leaderEpoch: number;
  partitionEpoch: number;
  replicas: readonly number[];
  isr: readonly number[];
}

/** A new leader's identity, for the current-leader fields of Produce v10+ / Fetch v12+ errors. */
export interface LeaderIdAndEpoch {
  leaderId: number;
  leaderEpoch: number;
}

/** A read with the offsets it was made against (captured before reading, as Kafka's LogReadInfo). */
export interface PartitionReadResult {
  records: Buffer;
  highWatermark: number;
  lastStableOffset: number;
  logStartOffset: number;
  logEndOffset: number;
  /** read_committed: transactions aborted within the returned range (null under other isolations). */
  abortedTransactions: { producerId: bigint; firstOffset: number }[] | null;
  /** A follower's log diverges from ours (no records then): truncate to this epoch's end. */
  divergingEpoch: EpochEndOffset | null;
}

export interface PartitionOptions {
  topic: string;
  partition: number;
  log: PartitionLog;
  localBrokerId: number;
  config: PartitionConfig;
  /** Where ISR changes are proposed (the controller); absent: the ISR never changes by itself. */
  alterPartition?: AlterPartitionSink;
  /** replica.lag.time.max.ms: a follower not caught up for this long leaves the ISR. */
  replicaLagTimeMaxMs?: number;
  clock?: () => number;
  /** Told of every offset change: the replica manager wakes delayed operations from it. */
  onChange?: (partition: Partition, change: PartitionChange) => void;
}
