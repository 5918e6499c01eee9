import type { BeginQuorumEpochRequest, BeginQuorumEpochResponse } from '../../protocol/generated/begin-quorum-epoch';
import type { EndQuorumEpochRequest, EndQuorumEpochResponse } from '../../protocol/generated/end-quorum-epoch';
import type { FetchRequest, FetchResponse } from '../../protocol/generated/fetch';
import type { FetchSnapshotRequest, FetchSnapshotResponse } from '../../protocol/generated/fetch-snapshot';
import type { UpdateRaftVoterRequest, UpdateRaftVoterResponse } from '../../protocol/generated/update-raft-voter';
import type { VoteRequest, VoteResponse } from '../../protocol/generated/vote';
import type { SnapshotId } from './snapshot-store';
import type { VoterEndpoint } from './voter-set';

/** The RPCs voters send each other, with Kafka's message shapes (the generated codecs' types). */
export interface RaftRequests {
  Vote: VoteRequest;
  BeginQuorumEpoch: BeginQuorumEpochRequest;
  EndQuorumEpoch: EndQuorumEpochRequest;
  Fetch: FetchRequest;
  FetchSnapshot: FetchSnapshotRequest;
  /** KIP-853: a voter whose listeners differ from the voter set's entry tells the leader. */
  UpdateRaftVoter: UpdateRaftVoterRequest;
}

export interface RaftResponses {
  Vote: VoteResponse;
  BeginQuorumEpoch: BeginQuorumEpochResponse;
  EndQuorumEpoch: EndQuorumEpochResponse;
  Fetch: FetchResponse;
  FetchSnapshot: FetchSnapshotResponse;
  UpdateRaftVoter: UpdateRaftVoterResponse;
}

export type RaftApi = keyof RaftRequests;

/**
 * How a node reaches another voter: nothing below src/ knows sockets, so the server injects a transport over
 * its Kafka-protocol client and tests an in-memory one. A rejected promise is a lost request (timeout,
 * connection refused); the node retries as Raft does.
 */
export interface RaftTransport {
  send<A extends RaftApi>(destinationId: number, api: A, request: RaftRequests[A]): Promise<RaftResponses[A]>;
  /**
   * KIP-853: the kraft.version range a node about to be added as a voter supports (Kafka's leader sends it
   * ApiVersions on `endpoint`); null when it names none. Without it the leader takes the finalized version.
   */
  kraftVersionRange?(id: number, endpoint: VoterEndpoint): Promise<{ min: number; max: number } | null>;
}

/** A batch of the state machine's records, committed (below the high watermark) and in log order. */
export interface CommittedBatch {
  baseOffset: number;
  lastOffset: number;
  epoch: number;
  appendTimestamp: number;
  /** The records' values, opaque to Raft. */
  records: Buffer[];
}

export interface LeaderAndEpoch {
  /** -1: none known in this epoch. */
  leaderId: number;
  epoch: number;
}

/**
 * What the metadata layers (the controller's state machine, a broker's metadata image) implement to follow
 * the log (Kafka's RaftClient.Listener). Calls come one at a time, in log order, never concurrently.
 */
export interface RaftListener {
  /** Batches that became committed; a listener's state is the snapshot it loaded plus every batch since. */
  onCommit?(batches: CommittedBatch[]): void | Promise<void>;
  /** A snapshot replaces the listener's state: `records` is the whole state at `id.endOffset`. */
  onSnapshotLoad?(id: SnapshotId, records: Buffer[]): void | Promise<void>;
  /** The known leader or the epoch changed (leaderId -1 while an election runs). */
  onLeaderChange?(leader: LeaderAndEpoch): void | Promise<void>;
  /**
   * Once per start: every record up to the high watermark a leader of this run announced was delivered (Kafka's
   * MetadataLoader leaving its catching-up state). Until then a listener has seen only the prefix this node's
   * own log held at start, which may be far behind the quorum.
   */
  onCaughtUp?(highWatermark: number): void | Promise<void>;
}

export interface RaftConfig {
  /** controller.quorum.election.timeout.ms (Kafka's default 1000). */
  electionTimeoutMs: number;
  /** controller.quorum.fetch.timeout.ms (2000). */
  fetchTimeoutMs: number;
  /** controller.quorum.election.backoff.max.ms (1000). */
  electionBackoffMaxMs: number;
  /** How long the leader parks a fetch with nothing new (Kafka's fetchMaxWaitMs, 500). */
  fetchMaxWaitMs: number;
  /** The most bytes of records one Fetch answer carries (Kafka's 8 MiB for the metadata log). */
  fetchMaxBytes: number;
}

export const DEFAULT_RAFT_CONFIG: RaftConfig = {
  electionTimeoutMs: 1000,
  fetchTimeoutMs: 2000,
  electionBackoffMaxMs: 1000,
  fetchMaxWaitMs: 500,
  fetchMaxBytes: 8 * 1024 * 1024,
};

/** One voter's replication progress as the leader sees it (DescribeQuorum's ReplicaState). */
export interface ReplicaProgress {
  replicaId: number;
  /** The replica's metadata directory id (Fetch v17, KIP-853); the zero uuid when it sent none. */
  directoryId?: string;
  logEndOffset: number;
  lastFetchTimestamp: number;
  lastCaughtUpTimestamp: number;
}

export interface QuorumInfo {
  leaderId: number;
  leaderEpoch: number;
  highWatermark: number;
  voters: ReplicaProgress[];
  observers: ReplicaProgress[];
}
