// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0 (kafka-clients-4.4.0.jar, common/message/), its lowest versions
//   checked equal to apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99's (protocol/generator/overlay.ts)
//   VoteRequest.json, VoteResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, endTaggedField, notInVersion, unsupportedVersion, writeTaggedField } from '../generator/runtime';

/** VoteRequest (request, API key 52), versions 0-2. */
export interface VoteRequest {
  /** The cluster id. (versions 0+, nullable 0+, default null) */
  clusterId: string | null;
  /** The replica id of the voter receiving the request. (versions 1+, default -1) */
  voterId: number;
  /** The topic data. (versions 0+) */
  topics: VoteRequestTopicData[];
}

/** VoteRequest TopicData, versions 0-2. */
export interface VoteRequestTopicData {
  /** The topic name. (versions 0+) */
  topicName: string;
  /** The partition data. (versions 0+) */
  partitions: VoteRequestPartitionData[];
}

/** VoteRequest PartitionData, versions 0-2. */
export interface VoteRequestPartitionData {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The epoch of the voter sending the request (versions 0+) */
  replicaEpoch: number;
  /** The replica id of the voter sending the request (versions 0+) */
  replicaId: number;
  /** The directory id of the voter sending the request (versions 1+) */
  replicaDirectoryId: string;
  /** The directory id of the voter receiving the request (versions 1+) */
  voterDirectoryId: string;
  /** The epoch of the last record written to the metadata log. (versions 0+) */
  lastOffsetEpoch: number;
  /** The log end offset of the metadata log of the voter sending the request. (versions 0+) */
  lastOffset: bigint;
  /** Whether the request is a PreVote request (not persisted) or not. (versions 2+) */
  preVote: boolean;
}

/** A fresh VoteRequest with every field at its schema default. */
export function defaultVoteRequest(): VoteRequest {
  return {
    clusterId: null,
    voterId: -1,
    topics: [],
  };
}

/** A fresh VoteRequestTopicData with every field at its schema default. */
export function defaultVoteRequestTopicData(): VoteRequestTopicData {
  return {
    topicName: '',
    partitions: [],
  };
}

/** A fresh VoteRequestPartitionData with every field at its schema default. */
export function defaultVoteRequestPartitionData(): VoteRequestPartitionData {
  return {
    partitionIndex: 0,
    replicaEpoch: 0,
    replicaId: 0,
    replicaDirectoryId: 'AAAAAAAAAAAAAAAAAAAAAA',
    voterDirectoryId: 'AAAAAAAAAAAAAAAAAAAAAA',
    lastOffsetEpoch: 0,
    lastOffset: 0n,
    preVote: false,
  };
}

function readVoteRequest_Topics(r: Reader, version: number): VoteRequestTopicData[] {
  const n = r.compactArrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: VoteRequestTopicData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readVoteRequestTopicData(r, version));
  return items;
}

function readVoteRequest(r: Reader, version: number): VoteRequest {
  r.field = 'ClusterId';
  const fClusterId: string | null = r.compactNullableString();
  r.field = 'VoterId';
  const fVoterId: number = version >= 1 ? r.int32() : -1;
  r.field = 'Topics';
  const fTopics: VoteRequestTopicData[] = readVoteRequest_Topics(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    clusterId: fClusterId,
    voterId: fVoterId,
    topics: fTopics,
  };
}

function readVoteRequestTopicData_Partitions(r: Reader, version: number): VoteRequestPartitionData[] {
  const n = r.compactArrayLength(25);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: VoteRequestPartitionData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readVoteRequestPartitionData(r, version));
  return items;
}

function readVoteRequestTopicData(r: Reader, version: number): VoteRequestTopicData {
  r.field = 'Topics.TopicName';
  const fTopicName: string = r.compactString();
  r.field = 'Topics.Partitions';
  const fPartitions: VoteRequestPartitionData[] = readVoteRequestTopicData_Partitions(r, version);
  r.field = 'Topics._tagged_fields';
  r.skipTaggedFields();
  return {
    topicName: fTopicName,
    partitions: fPartitions,
  };
}

function readVoteRequestPartitionData(r: Reader, version: number): VoteRequestPartitionData {
  r.field = 'Topics.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Topics.Partitions.ReplicaEpoch';
  const fReplicaEpoch: number = r.int32();
  r.field = 'Topics.Partitions.ReplicaId';
  const fReplicaId: number = r.int32();
  r.field = 'Topics.Partitions.ReplicaDirectoryId';
  const fReplicaDirectoryId: string = version >= 1 ? r.uuid() : 'AAAAAAAAAAAAAAAAAAAAAA';
  r.field = 'Topics.Partitions.VoterDirectoryId';
  const fVoterDirectoryId: string = version >= 1 ? r.uuid() : 'AAAAAAAAAAAAAAAAAAAAAA';
  r.field = 'Topics.Partitions.LastOffsetEpoch';
  const fLastOffsetEpoch: number = r.int32();
  r.field = 'Topics.Partitions.LastOffset';
  const fLastOffset: bigint = r.int64();
  r.field = 'Topics.Partitions.PreVote';
  const fPreVote: boolean = version >= 2 ? r.bool() : false;
  r.field = 'Topics.Partitions._tagged_fields';
  r.skipTaggedFields();
  return {
    partitionIndex: fPartitionIndex,
    replicaEpoch: fReplicaEpoch,
    replicaId: fReplicaId,
    replicaDirectoryId: fReplicaDirectoryId,
    voterDirectoryId: fVoterDirectoryId,
    lastOffsetEpoch: fLastOffsetEpoch,
    lastOffset: fLastOffset,
    preVote: fPreVote,
  };
}

function writeVoteRequest_Topics(w: Writer, version: number, items: VoteRequestTopicData[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeVoteRequestTopicData(w, version, item);
}

function writeVoteRequest(w: Writer, version: number, v: VoteRequest): void {
  w.compactNullableString(v.clusterId);
  if (version >= 1) {
    w.int32(v.voterId);
  }
  writeVoteRequest_Topics(w, version, v.topics);
  w.uvarint(0);
}

function writeVoteRequestTopicData_Partitions(w: Writer, version: number, items: VoteRequestPartitionData[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeVoteRequestPartitionData(w, version, item);
}

function writeVoteRequestTopicData(w: Writer, version: number, v: VoteRequestTopicData): void {
  w.compactString(v.topicName);
  writeVoteRequestTopicData_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeVoteRequestPartitionData(w: Writer, version: number, v: VoteRequestPartitionData): void {
  w.int32(v.partitionIndex);
  w.int32(v.replicaEpoch);
  w.int32(v.replicaId);
  if (version >= 1) {
    w.uuid(v.replicaDirectoryId);
  }
  if (version >= 1) {
    w.uuid(v.voterDirectoryId);
  }
  w.int32(v.lastOffsetEpoch);
  w.int64(v.lastOffset);
  if (version >= 2) {
    w.bool(v.preVote);
  } else if (v.preVote !== false) {
    notInVersion('VoteRequest', version, 'Topics.Partitions.PreVote');
  }
  w.uvarint(0);
}

export const VoteRequestCodec: MessageCodec<VoteRequest> = {
  name: 'VoteRequest',
  apiKey: 52,
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 0,
  decode(r: Reader, version: number): VoteRequest {
    if (version < 0 || version > 2) {
      r.fail(`unsupported version ${version}`);
      return defaultVoteRequest();
    }
    return readVoteRequest(r, version);
  },
  encode(w: Writer, version: number, value: VoteRequest): void {
    if (version < 0 || version > 2) unsupportedVersion('VoteRequest', version, 0, 2);
    writeVoteRequest(w, version, value);
  },
  defaults: defaultVoteRequest,
};

/** VoteResponse (response, API key 52), versions 0-2. */
export interface VoteResponse {
  /** The top level error code. (versions 0+) */
  errorCode: number;
  /** The results for each topic. (versions 0+) */
  topics: VoteResponseTopicData[];
  /** Endpoints for all current-leaders enumerated in PartitionData. (versions 1+, tag 0 in 1+) */
  nodeEndpoints: VoteResponseNodeEndpoint[];
}

/** VoteResponse TopicData, versions 0-2. */
export interface VoteResponseTopicData {
  /** The topic name. (versions 0+) */
  topicName: string;
  /** The results for each partition. (versions 0+) */
  partitions: VoteResponsePartitionData[];
}

/** VoteResponse PartitionData, versions 0-2. */
export interface VoteResponsePartitionData {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The partition level error code. (versions 0+) */
  errorCode: number;
  /** The ID of the current leader or -1 if the leader is unknown. (versions 0+) */
  leaderId: number;
  /** The latest known leader epoch. (versions 0+) */
  leaderEpoch: number;
  /** True if the vote was granted and false otherwise. (versions 0+) */
  voteGranted: boolean;
}

/** VoteResponse NodeEndpoint, versions 1-2. */
export interface VoteResponseNodeEndpoint {
  /** The ID of the associated node. (versions 1+) */
  nodeId: number;
  /** The node's hostname. (versions 1+) */
  host: string;
  /** The node's port. (versions 1+) */
  port: number;
}

/** A fresh VoteResponse with every field at its schema default. */
export function defaultVoteResponse(): VoteResponse {
  return {
    errorCode: 0,
    topics: [],
    nodeEndpoints: [],
  };
}

/** A fresh VoteResponseTopicData with every field at its schema default. */
export function defaultVoteResponseTopicData(): VoteResponseTopicData {
  return {
    topicName: '',
    partitions: [],
  };
}

/** A fresh VoteResponsePartitionData with every field at its schema default. */
export function defaultVoteResponsePartitionData(): VoteResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    leaderId: 0,
    leaderEpoch: 0,
    voteGranted: false,
  };
}

/** A fresh VoteResponseNodeEndpoint with every field at its schema default. */
export function defaultVoteResponseNodeEndpoint(): VoteResponseNodeEndpoint {
  return {
    nodeId: 0,
    host: '',
    port: 0,
  };
}

function readVoteResponse_Topics(r: Reader, version: number): VoteResponseTopicData[] {
  const n = r.compactArrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: VoteResponseTopicData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readVoteResponseTopicData(r, version));
  return items;
}

function readVoteResponse_NodeEndpoints(r: Reader, version: number): VoteResponseNodeEndpoint[] {
  const n = r.compactArrayLength(8);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: VoteResponseNodeEndpoint[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readVoteResponseNodeEndpoint(r, version));
  return items;
}

function readVoteResponse(r: Reader, version: number): VoteResponse {
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Topics';
  const fTopics: VoteResponseTopicData[] = readVoteResponse_Topics(r, version);
  let fNodeEndpoints: VoteResponseNodeEndpoint[] = [];
  r.field = '_tagged_fields';
  const tagCount = r.uvarint();
  for (let i = 0; i < tagCount && !r.failed; i++) {
    const tag = r.uvarint();
    const size = r.uvarint();
    switch (tag) {
      case 0: {
        if (version >= 1) {
          r.field = 'NodeEndpoints';
          const end = r.pos + size;
          fNodeEndpoints = readVoteResponse_NodeEndpoints(r, version);
          endTaggedField(r, end);
        } else {
          r.skip(size);
        }
        break;
      }
      default:
        r.skip(size);
    }
  }
  return {
    errorCode: fErrorCode,
    topics: fTopics,
    nodeEndpoints: fNodeEndpoints,
  };
}

function readVoteResponseTopicData_Partitions(r: Reader, version: number): VoteResponsePartitionData[] {
  const n = r.compactArrayLength(16);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: VoteResponsePartitionData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readVoteResponsePartitionData(r, version));
  return items;
}

function readVoteResponseTopicData(r: Reader, version: number): VoteResponseTopicData {
  r.field = 'Topics.TopicName';
  const fTopicName: string = r.compactString();
  r.field = 'Topics.Partitions';
  const fPartitions: VoteResponsePartitionData[] = readVoteResponseTopicData_Partitions(r, version);
  r.field = 'Topics._tagged_fields';
  r.skipTaggedFields();
  return {
    topicName: fTopicName,
    partitions: fPartitions,
  };
}

function readVoteResponsePartitionData(r: Reader, _version: number): VoteResponsePartitionData {
  r.field = 'Topics.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Topics.Partitions.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Topics.Partitions.LeaderId';
  const fLeaderId: number = r.int32();
  r.field = 'Topics.Partitions.LeaderEpoch';
  const fLeaderEpoch: number = r.int32();
  r.field = 'Topics.Partitions.VoteGranted';
  const fVoteGranted: boolean = r.bool();
  r.field = 'Topics.Partitions._tagged_fields';
  r.skipTaggedFields();
  return {
    partitionIndex: fPartitionIndex,
    errorCode: fErrorCode,
    leaderId: fLeaderId,
    leaderEpoch: fLeaderEpoch,
    voteGranted: fVoteGranted,
  };
}

function readVoteResponseNodeEndpoint(r: Reader, _version: number): VoteResponseNodeEndpoint {
  r.field = 'NodeEndpoints.NodeId';
  const fNodeId: number = r.int32();
  r.field = 'NodeEndpoints.Host';
  const fHost: string = r.compactString();
  r.field = 'NodeEndpoints.Port';
  const fPort: number = r.uint16();
  r.field = 'NodeEndpoints._tagged_fields';
  r.skipTaggedFields();
  return {
    nodeId: fNodeId,
    host: fHost,
    port: fPort,
  };
}

function writeVoteResponse_Topics(w: Writer, version: number, items: VoteResponseTopicData[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeVoteResponseTopicData(w, version, item);
}

function writeVoteResponse_NodeEndpoints(w: Writer, version: number, items: VoteResponseNodeEndpoint[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeVoteResponseNodeEndpoint(w, version, item);
}

function writeVoteResponse(w: Writer, version: number, v: VoteResponse): void {
  w.int16(v.errorCode);
  writeVoteResponse_Topics(w, version, v.topics);
  if (!(version >= 1) && v.nodeEndpoints.length !== 0) notInVersion('VoteResponse', version, 'NodeEndpoints');
  const writeNodeEndpoints = version >= 1 && v.nodeEndpoints.length !== 0;
  w.uvarint((writeNodeEndpoints ? 1 : 0));
  if (writeNodeEndpoints) {
    writeTaggedField(w, 0, (w) => {
      writeVoteResponse_NodeEndpoints(w, version, v.nodeEndpoints);
    });
  }
}

function writeVoteResponseTopicData_Partitions(w: Writer, version: number, items: VoteResponsePartitionData[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeVoteResponsePartitionData(w, version, item);
}

function writeVoteResponseTopicData(w: Writer, version: number, v: VoteResponseTopicData): void {
  w.compactString(v.topicName);
  writeVoteResponseTopicData_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeVoteResponsePartitionData(w: Writer, _version: number, v: VoteResponsePartitionData): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  w.bool(v.voteGranted);
  w.uvarint(0);
}

function writeVoteResponseNodeEndpoint(w: Writer, _version: number, v: VoteResponseNodeEndpoint): void {
  w.int32(v.nodeId);
  w.compactString(v.host);
  w.uint16(v.port);
  w.uvarint(0);
}

export const VoteResponseCodec: MessageCodec<VoteResponse> = {
  name: 'VoteResponse',
  apiKey: 52,
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 0,
  decode(r: Reader, version: number): VoteResponse {
    if (version < 0 || version > 2) {
      r.fail(`unsupported version ${version}`);
      return defaultVoteResponse();
    }
    return readVoteResponse(r, version);
  },
  encode(w: Writer, version: number, value: VoteResponse): void {
    if (version < 0 || version > 2) unsupportedVersion('VoteResponse', version, 0, 2);
    writeVoteResponse(w, version, value);
  },
  defaults: defaultVoteResponse,
};
