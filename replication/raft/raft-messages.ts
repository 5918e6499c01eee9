/**
 * Builders of the KRaft RPCs' requests and answers (Kafka's RaftUtil), over the generated message types: the
 * node fills Raft's fields, these put them where Kafka's schemas have them (one topic, one partition).
 */
import type { BeginQuorumEpochRequest, BeginQuorumEpochResponse } from '../../protocol/generated/begin-quorum-epoch';
import type { EndQuorumEpochRequest, EndQuorumEpochResponse } from '../../protocol/generated/end-quorum-epoch';
import {
  defaultFetchRequest,
  defaultFetchRequestFetchPartition,
  defaultFetchResponsePartitionData,
  type FetchRequest,
  type FetchResponse,
  type FetchResponsePartitionData,
} from '../../protocol/generated/fetch';
import {
  defaultFetchSnapshotResponsePartitionSnapshot,
  type FetchSnapshotRequest,
  type FetchSnapshotResponse,
  type FetchSnapshotResponsePartitionSnapshot,
} from '../../protocol/generated/fetch-snapshot';
import type { UpdateRaftVoterRequest } from '../../protocol/generated/update-raft-voter';
import type { VoteRequest, VoteResponse } from '../../protocol/generated/vote';
import { METADATA_PARTITION, METADATA_TOPIC, METADATA_TOPIC_ID } from './raft-log';
import type { SnapshotId } from './snapshot-store';
import type { VoterNode } from './voter-set';

const NO_DIRECTORY = 'AAAAAAAAAAAAAAAAAAAAAA';

export interface LeaderInfo {
  leaderId: number;
  leaderEpoch: number;
}

/** A Vote from `replicaId` in `replicaEpoch`: a candidate's (epoch bumped) or a prospective's pre-vote (KIP-996: not bumped). */
export function voteRequest(
  clusterId: string | null,
  voterId: number,
  replicaId: number,
  replicaEpoch: number,
  last: { offset: number; epoch: number },
  preVote: boolean,
): VoteRequest {
  return {
    clusterId,
    voterId,
    topics: [
      {
        topicName: METADATA_TOPIC,
        partitions: [
          {
            partitionIndex: METADATA_PARTITION,
            replicaEpoch,
            replicaId,
            replicaDirectoryId: NO_DIRECTORY,
            voterDirectoryId: NO_DIRECTORY,
            lastOffsetEpoch: last.epoch,
            lastOffset: BigInt(last.offset),
            preVote,
          },
        ],
      },
    ],
  };
}

export function voteResponse(errorCode: number, leader: LeaderInfo, voteGranted: boolean): VoteResponse {
  return {
    errorCode: 0,
    topics: [{ topicName: METADATA_TOPIC, partitions: [{ partitionIndex: 0, errorCode, ...leader, voteGranted }] }],
    nodeEndpoints: [],
  };
}

export function beginQuorumEpochRequest(
  clusterId: string | null,
  voterId: number,
  leader: LeaderInfo,
): BeginQuorumEpochRequest {
  return {
    clusterId,
    voterId,
    topics: [
      { topicName: METADATA_TOPIC, partitions: [{ partitionIndex: 0, voterDirectoryId: NO_DIRECTORY, ...leader }] },
    ],
    leaderEndpoints: [],
  };
}

export function beginQuorumEpochResponse(errorCode: number, leader: LeaderInfo): BeginQuorumEpochResponse {
  return {
    errorCode: 0,
    topics: [{ topicName: METADATA_TOPIC, partitions: [{ partitionIndex: 0, errorCode, ...leader }] }],
    nodeEndpoints: [],
  };
}

export function endQuorumEpochRequest(
  clusterId: string | null,
  leader: LeaderInfo,
  preferredSuccessors: number[],
): EndQuorumEpochRequest {
  return {
    clusterId,
    topics: [
      {
        topicName: METADATA_TOPIC,
        partitions: [
          {
            partitionIndex: 0,
            ...leader,
            preferredSuccessors,
            preferredCandidates: preferredSuccessors.map((candidateId) => ({
              candidateId,
              candidateDirectoryId: NO_DIRECTORY,
            })),
          },
        ],
      },
    ],
    leaderEndpoints: [],
  };
}

export function endQuorumEpochResponse(errorCode: number, leader: LeaderInfo): EndQuorumEpochResponse {
  return {
    errorCode: 0,
    topics: [{ topicName: METADATA_TOPIC, partitions: [{ partitionIndex: 0, errorCode, ...leader }] }],
    nodeEndpoints: [],
  };
}

export function fetchRequest(
  clusterId: string | null,
  replicaId: number,
  currentLeaderEpoch: number,
  fetchOffset: number,
  lastFetchedEpoch: number,
  maxWaitMs: number,
  maxBytes: number,
  replicaDirectoryId = 'AAAAAAAAAAAAAAAAAAAAAA',
): FetchRequest {
  return {
    ...defaultFetchRequest(),
    clusterId,
    // Fetch v15+ names the replica in ReplicaState (KIP-903); a sender of an older version moves it to ReplicaId.
    replicaState: { replicaId, replicaEpoch: -1n },
    maxWaitMs,
    minBytes: 0,
    maxBytes,
    topics: [
      {
        topic: METADATA_TOPIC,
        topicId: METADATA_TOPIC_ID,
        partitions: [
          {
            ...defaultFetchRequestFetchPartition(),
            partition: METADATA_PARTITION,
            currentLeaderEpoch,
            fetchOffset: BigInt(fetchOffset),
            lastFetchedEpoch,
            partitionMaxBytes: maxBytes,
            replicaDirectoryId,
          },
        ],
      },
    ],
  };
}

/** A Fetch answer with one partition; `fill` sets its fields (errors, records, diverging epoch, snapshot id). */
export function fetchResponse(
  leader: LeaderInfo,
  fill: Partial<FetchResponsePartitionData>,
  errorCode = 0,
): FetchResponse {
  const partition = { ...defaultFetchResponsePartitionData(), currentLeader: { ...leader }, ...fill };
  return {
    throttleTimeMs: 0,
    errorCode,
    sessionId: 0,
    responses: errorCode === 0 ? [{ topic: METADATA_TOPIC, topicId: METADATA_TOPIC_ID, partitions: [partition] }] : [],
    nodeEndpoints: [],
  };
}

export function fetchSnapshotRequest(
  clusterId: string | null,
  replicaId: number,
  currentLeaderEpoch: number,
  id: SnapshotId,
  position: number,
  maxBytes: number,
): FetchSnapshotRequest {
  return {
    clusterId,
    replicaId,
    maxBytes,
    topics: [
      {
        name: METADATA_TOPIC,
        partitions: [
          {
            partition: 0,
            currentLeaderEpoch,
            snapshotId: { endOffset: BigInt(id.endOffset), epoch: id.epoch },
            position: BigInt(position),
            replicaDirectoryId: NO_DIRECTORY,
          },
        ],
      },
    ],
  };
}

export function fetchSnapshotResponse(
  leader: LeaderInfo,
  fill: Partial<FetchSnapshotResponsePartitionSnapshot>,
  errorCode = 0,
): FetchSnapshotResponse {
  const partition = { ...defaultFetchSnapshotResponsePartitionSnapshot(), currentLeader: { ...leader }, ...fill };
  return {
    throttleTimeMs: 0,
    errorCode,
    topics: errorCode === 0 ? [{ name: METADATA_TOPIC, partitions: [partition] }] : [],
    nodeEndpoints: [],
  };
}

/** Top-level error answers (bad cluster id, a request not for the metadata partition). */
export function topLevelError(errorCode: number): VoteResponse & BeginQuorumEpochResponse & EndQuorumEpochResponse {
  return { errorCode, topics: [], nodeEndpoints: [] } as VoteResponse &
    BeginQuorumEpochResponse &
    EndQuorumEpochResponse;
}

/** UpdateRaftVoter (KIP-853): a voter's listeners and kraft.version range, to its leader in `epoch`. */
export function updateRaftVoterRequest(
  clusterId: string | null,
  epoch: number,
  node: VoterNode,
): UpdateRaftVoterRequest {
  return {
    clusterId,
    currentLeaderEpoch: epoch,
    voterId: node.id,
    voterDirectoryId: node.directoryId,
    listeners: node.endpoints.map((e) => ({ ...e })),
    kRaftVersionFeature: { minSupportedVersion: node.kraftVersion.min, maxSupportedVersion: node.kraftVersion.max },
  };
}
