import type { ErrorCode } from '../protocol/error-codes';

/**
 * AlterPartition (KIP-497): a partition leader proposes a new ISR to the controller, naming the leader epoch
 * and partition epoch it is based on; the controller commits it (a new partition epoch) or refuses it
 * (FENCED_LEADER_EPOCH, INVALID_UPDATE_VERSION, NOT_CONTROLLER...). The controller implements the sink
 * (replication/raft, src/cluster); tests use an in-memory one that applies the change to every broker.
 */
export interface AlterPartitionRequest {
  topic: string;
  partition: number;
  /** The proposing leader's broker id and its view of the partition. */
  leaderId: number;
  leaderEpoch: number;
  partitionEpoch: number;
  newIsr: number[];
}

/** The committed state (as the metadata log will carry it), or Kafka's error for the partition. */
export type AlterPartitionResult =
  | { errorCode: ErrorCode.None; leaderEpoch: number; partitionEpoch: number; isr: number[] }
  | { errorCode: Exclude<ErrorCode, ErrorCode.None> };

export interface AlterPartitionSink {
  alterPartition(request: AlterPartitionRequest): Promise<AlterPartitionResult>;
}
