/** Storage layer: one partition's log on disk and the manager of a data directory. See storage/README.md. */
export type { BatchInfo } from './batch-scan';
export { NO_BROKER_EPOCH, takeCleanShutdownEpoch, writeCleanShutdownEpoch } from './broker-epoch-file';
export type { CompactionResult } from './cleaner';
export {
  type CleanupPolicy,
  DEFAULT_LOG_CONFIG,
  type Durability,
  InvalidConfigError,
  KAFKA_NAMES,
  LONG_MAX,
  type LogConfig,
  logConfig,
  type TimestampType,
  toKafkaProperties,
} from './config';
export {
  InvalidRecordBatchError,
  InvalidTopicError,
  KafkaStorageError,
  LogClosedError,
  MessageTooLargeError,
  OffsetOutOfRangeError,
  RecordBatchTooLargeError,
  StorageError,
} from './errors';
export { type EpochEntry, LeaderEpochCache, UNDEFINED_EPOCH, UNDEFINED_EPOCH_OFFSET } from './leader-epoch-cache';
export {
  LogManager,
  type LogManagerOptions,
  type TopicOverrides,
  parsePartitionDir,
  validateTopicName,
} from './log-manager';
export { silentLogger, type StorageLogger } from './logger';
export { ReadBuffers } from './read-buffers';
export {
  type AppendOptions,
  type AppendResult,
  EARLIEST_LOCAL_TIMESTAMP,
  EARLIEST_TIMESTAMP,
  type Isolation,
  LATEST_TIMESTAMP,
  MAX_TIMESTAMP,
  PartitionLog,
  type PartitionLogOptions,
  type ReadOptions,
  type ReadResult,
  type RetentionResult,
  type TimestampOffset,
} from './partition-log';
