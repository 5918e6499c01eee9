/** The partition layer (see replication/README.md): Partition, the replica manager and its purgatories. */
export type { AlterPartitionRequest, AlterPartitionResult, AlterPartitionSink } from './alter-partition';
export type { FetchPartitionStatus } from './delayed-fetch';
export { DelayedFetch } from './delayed-fetch';
export { DelayedProduce, type ProducePartitionResult } from './delayed-produce';
export { errorCodeFrom, PartitionError } from './errors';
export { type EpochRequest, type LeaderEndpoint, LocalLeaderEndpoint, type OffsetAndEpoch } from './leader-endpoint';
export {
  DEFAULT_REPLICA_LAG_TIME_MAX_MS,
  type EpochEndOffset,
  type LeaderIdAndEpoch,
  type PartitionState,
  type LeaderAppendOptions,
  type LeaderAppendResult,
  NO_LEADER_EPOCH,
  Partition,
  type PartitionChange,
  type PartitionConfig,
  type PartitionKey,
  type PartitionReadResult,
  type ActiveProducer,
  type TxnResult,
  type VerifyTransaction,
  partitionConfig,
  partitionKey,
  type ReadParams,
} from './partition';
export { DelayedOperation, Purgatory } from './purgatory';
export {
  DEFAULT_REPLICA_FETCHER_CONFIG,
  type OffsetTruncation,
  ReplicaFetcher,
  type ReplicaFetcherConfig,
  truncationFor,
} from './replica-fetcher';
export { ReplicaFetcherManager } from './replica-fetcher-manager';
export {
  isThrottled,
  type ReplicaQuota,
  type ThrottledPartitions,
  throttledPartitions,
  UNLIMITED_REPLICA_QUOTA,
} from './replica-quota';
export {
  type AppendEntry,
  type AppendOrigin,
  type AppendParams,
  type FetchParams,
  type FetchPartitionData,
  type FetchPartitionRequest,
  type LeadershipChange,
  ReplicaManager,
  type ReplicaManagerOptions,
  type TxnMarkerEntry,
  type TxnMarkerWritten,
} from './replica-manager';
