/** The partition layer (see replication/README.md): Partition, the replica manager and its purgatories. */
export type { FetchPartitionStatus } from './delayed-fetch';
export { DelayedFetch } from './delayed-fetch';
export { DelayedProduce, type ProducePartitionResult } from './delayed-produce';
export { errorCodeFrom, PartitionError } from './errors';
export {
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
  type AppendEntry,
  type AppendOrigin,
  type AppendParams,
  type FetchParams,
  type FetchPartitionData,
  type FetchPartitionRequest,
  ReplicaManager,
  type ReplicaManagerOptions,
  type TxnMarkerEntry,
  type TxnMarkerWritten,
} from './replica-manager';
