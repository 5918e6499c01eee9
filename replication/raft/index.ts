/** The KRaft metadata quorum: a Raft replicated log of `__cluster_metadata`. See replication/raft/README.md. */
export { writeBootstrapCheckpoint } from './bootstrap-checkpoint';
export { ManualClock, type RaftClock, systemClock } from './clock';
export { snapshotRecords } from './commit-delivery';
export { type ElectionState, QUORUM_STATE_FILE, readQuorumState } from './quorum-state-file';
export { METADATA_PARTITION, METADATA_TOPIC, METADATA_TOPIC_ID, RaftLog } from './raft-log';
export { NotLeaderError, RaftNode, type RaftNodeOptions, type RaftState } from './raft-node';
export { BOOTSTRAP_SNAPSHOT_ID, type SnapshotId, snapshotFileName } from './snapshot-store';
export type { VoterChangeResult } from './voter-changes';
export {
  NO_DIRECTORY_ID,
  SUPPORTED_KRAFT_VERSIONS,
  type VoterEndpoint,
  type VoterNode,
  VoterSet,
} from './voter-set';
export {
  type CommittedBatch,
  DEFAULT_RAFT_CONFIG,
  type LeaderAndEpoch,
  type QuorumInfo,
  type RaftApi,
  type RaftConfig,
  type RaftListener,
  type RaftRequests,
  type RaftResponses,
  type RaftTransport,
  type ReplicaProgress,
} from './types';
