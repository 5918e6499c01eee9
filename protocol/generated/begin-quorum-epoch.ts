// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   BeginQuorumEpochRequest.json, BeginQuorumEpochResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, endTaggedField, notInVersion, unsupportedVersion, writeTaggedField } from '../generator/runtime';

/** BeginQuorumEpochRequest (request, API key 53), versions 0-1. */
export interface BeginQuorumEpochRequest {
  /** (versions 0+, nullable 0+, default null) */
  clusterId: string | null;
  /** The replica id of the voter receiving the request (versions 1+, default -1) */
  voterId: number;
  /** (versions 0+) */
  topics: BeginQuorumEpochRequestTopicData[];
  /** Endpoints for the leader (versions 1+) */
  leaderEndpoints: BeginQuorumEpochRequestLeaderEndpoint[];
}

/** BeginQuorumEpochRequest TopicData, versions 0-1. */
export interface BeginQuorumEpochRequestTopicData {
  /** The topic name (versions 0+) */
  topicName: string;
  /** (versions 0+) */
  partitions: BeginQuorumEpochRequestPartitionData[];
}

/** BeginQuorumEpochRequest PartitionData, versions 0-1. */
export interface BeginQuorumEpochRequestPartitionData {
  /** The partition index (versions 0+) */
  partitionIndex: number;
  /** The directory id of the receiving replica (versions 1+) */
  voterDirectoryId: string;
  /** The ID of the newly elected leader (versions 0+) */
  leaderId: number;
  /** The epoch of the newly elected leader (versions 0+) */
  leaderEpoch: number;
}

/** BeginQuorumEpochRequest LeaderEndpoint, versions 1. */
export interface BeginQuorumEpochRequestLeaderEndpoint {
  /** The name of the endpoint (versions 1+) */
  name: string;
  /** The node's hostname (versions 1+) */
  host: string;
  /** The node's port (versions 1+) */
  port: number;
}

/** A fresh BeginQuorumEpochRequest with every field at its schema default. */
export function defaultBeginQuorumEpochRequest(): BeginQuorumEpochRequest {
  return {
    clusterId: null,
    voterId: -1,
    topics: [],
    leaderEndpoints: [],
  };
}

/** A fresh BeginQuorumEpochRequestTopicData with every field at its schema default. */
export function defaultBeginQuorumEpochRequestTopicData(): BeginQuorumEpochRequestTopicData {
  return {
    topicName: '',
    partitions: [],
  };
}

/** A fresh BeginQuorumEpochRequestPartitionData with every field at its schema default. */
export function defaultBeginQuorumEpochRequestPartitionData(): BeginQuorumEpochRequestPartitionData {
  return {
    partitionIndex: 0,
    voterDirectoryId: 'AAAAAAAAAAAAAAAAAAAAAA',
    leaderId: 0,
    leaderEpoch: 0,
  };
}

/** A fresh BeginQuorumEpochRequestLeaderEndpoint with every field at its schema default. */
export function defaultBeginQuorumEpochRequestLeaderEndpoint(): BeginQuorumEpochRequestLeaderEndpoint {
  return {
    name: '',
    host: '',
    port: 0,
  };
}

function readBeginQuorumEpochRequest_Topics(r: Reader, version: number): BeginQuorumEpochRequestTopicData[] {
  const n = version >= 1 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: BeginQuorumEpochRequestTopicData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readBeginQuorumEpochRequestTopicData(r, version));
  return items;
}

function readBeginQuorumEpochRequest_LeaderEndpoints(r: Reader, version: number): BeginQuorumEpochRequestLeaderEndpoint[] {
  const n = r.compactArrayLength(5);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: BeginQuorumEpochRequestLeaderEndpoint[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readBeginQuorumEpochRequestLeaderEndpoint(r, version));
  return items;
}

function readBeginQuorumEpochRequest(r: Reader, version: number): BeginQuorumEpochRequest {
  r.field = 'ClusterId';
  const fClusterId: string | null = version >= 1 ? r.compactNullableString() : r.nullableString();
  r.field = 'VoterId';
  const fVoterId: number = version >= 1 ? r.int32() : -1;
  r.field = 'Topics';
  const fTopics: BeginQuorumEpochRequestTopicData[] = readBeginQuorumEpochRequest_Topics(r, version);
  r.field = 'LeaderEndpoints';
  const fLeaderEndpoints: BeginQuorumEpochRequestLeaderEndpoint[] = version >= 1 ? readBeginQuorumEpochRequest_LeaderEndpoints(r, version) : [];
  if (version >= 1) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    clusterId: fClusterId,
    voterId: fVoterId,
    topics: fTopics,
    leaderEndpoints: fLeaderEndpoints,
  };
}

function readBeginQuorumEpochRequestTopicData_Partitions(r: Reader, version: number): BeginQuorumEpochRequestPartitionData[] {
  const n = version >= 1 ? r.compactArrayLength(12) : r.arrayLength(12);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: BeginQuorumEpochRequestPartitionData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readBeginQuorumEpochRequestPartitionData(r, version));
  return items;
}

function readBeginQuorumEpochRequestTopicData(r: Reader, version: number): BeginQuorumEpochRequestTopicData {
  r.field = 'Topics.TopicName';
  const fTopicName: string = version >= 1 ? r.compactString() : r.string();
  r.field = 'Topics.Partitions';
  const fPartitions: BeginQuorumEpochRequestPartitionData[] = readBeginQuorumEpochRequestTopicData_Partitions(r, version);
  if (version >= 1) {
    r.field = 'Topics._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    topicName: fTopicName,
    partitions: fPartitions,
  };
}

function readBeginQuorumEpochRequestPartitionData(r: Reader, version: number): BeginQuorumEpochRequestPartitionData {
  r.field = 'Topics.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Topics.Partitions.VoterDirectoryId';
  const fVoterDirectoryId: string = version >= 1 ? r.uuid() : 'AAAAAAAAAAAAAAAAAAAAAA';
  r.field = 'Topics.Partitions.LeaderId';
  const fLeaderId: number = r.int32();
  r.field = 'Topics.Partitions.LeaderEpoch';
  const fLeaderEpoch: number = r.int32();
  if (version >= 1) {
    r.field = 'Topics.Partitions._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    partitionIndex: fPartitionIndex,
    voterDirectoryId: fVoterDirectoryId,
    leaderId: fLeaderId,
    leaderEpoch: fLeaderEpoch,
  };
}

function readBeginQuorumEpochRequestLeaderEndpoint(r: Reader, _version: number): BeginQuorumEpochRequestLeaderEndpoint {
  r.field = 'LeaderEndpoints.Name';
  const fName: string = r.compactString();
  r.field = 'LeaderEndpoints.Host';
  const fHost: string = r.compactString();
  r.field = 'LeaderEndpoints.Port';
  const fPort: number = r.uint16();
  r.field = 'LeaderEndpoints._tagged_fields';
  r.skipTaggedFields();
  return {
    name: fName,
    host: fHost,
    port: fPort,
  };
}

function writeBeginQuorumEpochRequest_Topics(w: Writer, version: number, items: BeginQuorumEpochRequestTopicData[]): void {
  version >= 1 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeBeginQuorumEpochRequestTopicData(w, version, item);
}

function writeBeginQuorumEpochRequest_LeaderEndpoints(w: Writer, version: number, items: BeginQuorumEpochRequestLeaderEndpoint[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeBeginQuorumEpochRequestLeaderEndpoint(w, version, item);
}

function writeBeginQuorumEpochRequest(w: Writer, version: number, v: BeginQuorumEpochRequest): void {
  version >= 1 ? w.compactNullableString(v.clusterId) : w.nullableString(v.clusterId);
  if (version >= 1) {
    w.int32(v.voterId);
  }
  writeBeginQuorumEpochRequest_Topics(w, version, v.topics);
  if (version >= 1) {
    writeBeginQuorumEpochRequest_LeaderEndpoints(w, version, v.leaderEndpoints);
  }
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeBeginQuorumEpochRequestTopicData_Partitions(w: Writer, version: number, items: BeginQuorumEpochRequestPartitionData[]): void {
  version >= 1 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeBeginQuorumEpochRequestPartitionData(w, version, item);
}

function writeBeginQuorumEpochRequestTopicData(w: Writer, version: number, v: BeginQuorumEpochRequestTopicData): void {
  version >= 1 ? w.compactString(v.topicName) : w.string(v.topicName);
  writeBeginQuorumEpochRequestTopicData_Partitions(w, version, v.partitions);
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeBeginQuorumEpochRequestPartitionData(w: Writer, version: number, v: BeginQuorumEpochRequestPartitionData): void {
  w.int32(v.partitionIndex);
  if (version >= 1) {
    w.uuid(v.voterDirectoryId);
  }
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeBeginQuorumEpochRequestLeaderEndpoint(w: Writer, _version: number, v: BeginQuorumEpochRequestLeaderEndpoint): void {
  w.compactString(v.name);
  w.compactString(v.host);
  w.uint16(v.port);
  w.uvarint(0);
}

export const BeginQuorumEpochRequestCodec: MessageCodec<BeginQuorumEpochRequest> = {
  name: 'BeginQuorumEpochRequest',
  apiKey: 53,
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 1,
  decode(r: Reader, version: number): BeginQuorumEpochRequest {
    if (version < 0 || version > 1) {
      r.fail(`unsupported version ${version}`);
      return defaultBeginQuorumEpochRequest();
    }
    return readBeginQuorumEpochRequest(r, version);
  },
  encode(w: Writer, version: number, value: BeginQuorumEpochRequest): void {
    if (version < 0 || version > 1) unsupportedVersion('BeginQuorumEpochRequest', version, 0, 1);
    writeBeginQuorumEpochRequest(w, version, value);
  },
  defaults: defaultBeginQuorumEpochRequest,
};

/** BeginQuorumEpochResponse (response, API key 53), versions 0-1. */
export interface BeginQuorumEpochResponse {
  /** The top level error code. (versions 0+) */
  errorCode: number;
  /** (versions 0+) */
  topics: BeginQuorumEpochResponseTopicData[];
  /** Endpoints for all leaders enumerated in PartitionData (versions 1+, tag 0 in 1+) */
  nodeEndpoints: BeginQuorumEpochResponseNodeEndpoint[];
}

/** BeginQuorumEpochResponse TopicData, versions 0-1. */
export interface BeginQuorumEpochResponseTopicData {
  /** The topic name. (versions 0+) */
  topicName: string;
  /** (versions 0+) */
  partitions: BeginQuorumEpochResponsePartitionData[];
}

/** BeginQuorumEpochResponse PartitionData, versions 0-1. */
export interface BeginQuorumEpochResponsePartitionData {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** (versions 0+) */
  errorCode: number;
  /** The ID of the current leader or -1 if the leader is unknown. (versions 0+) */
  leaderId: number;
  /** The latest known leader epoch (versions 0+) */
  leaderEpoch: number;
}

/** BeginQuorumEpochResponse NodeEndpoint, versions 1. */
export interface BeginQuorumEpochResponseNodeEndpoint {
  /** The ID of the associated node (versions 1+) */
  nodeId: number;
  /** The node's hostname (versions 1+) */
  host: string;
  /** The node's port (versions 1+) */
  port: number;
}

/** A fresh BeginQuorumEpochResponse with every field at its schema default. */
export function defaultBeginQuorumEpochResponse(): BeginQuorumEpochResponse {
  return {
    errorCode: 0,
    topics: [],
    nodeEndpoints: [],
  };
}

/** A fresh BeginQuorumEpochResponseTopicData with every field at its schema default. */
export function defaultBeginQuorumEpochResponseTopicData(): BeginQuorumEpochResponseTopicData {
  return {
    topicName: '',
    partitions: [],
  };
}

/** A fresh BeginQuorumEpochResponsePartitionData with every field at its schema default. */
export function defaultBeginQuorumEpochResponsePartitionData(): BeginQuorumEpochResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    leaderId: 0,
    leaderEpoch: 0,
  };
}

/** A fresh BeginQuorumEpochResponseNodeEndpoint with every field at its schema default. */
export function defaultBeginQuorumEpochResponseNodeEndpoint(): BeginQuorumEpochResponseNodeEndpoint {
  return {
    nodeId: 0,
    host: '',
    port: 0,
  };
}

function readBeginQuorumEpochResponse_Topics(r: Reader, version: number): BeginQuorumEpochResponseTopicData[] {
  const n = version >= 1 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: BeginQuorumEpochResponseTopicData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readBeginQuorumEpochResponseTopicData(r, version));
  return items;
}

function readBeginQuorumEpochResponse_NodeEndpoints(r: Reader, version: number): BeginQuorumEpochResponseNodeEndpoint[] {
  const n = r.compactArrayLength(8);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: BeginQuorumEpochResponseNodeEndpoint[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readBeginQuorumEpochResponseNodeEndpoint(r, version));
  return items;
}

function readBeginQuorumEpochResponse(r: Reader, version: number): BeginQuorumEpochResponse {
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Topics';
  const fTopics: BeginQuorumEpochResponseTopicData[] = readBeginQuorumEpochResponse_Topics(r, version);
  let fNodeEndpoints: BeginQuorumEpochResponseNodeEndpoint[] = [];
  if (version >= 1) {
    r.field = '_tagged_fields';
    const tagCount = r.uvarint();
    for (let i = 0; i < tagCount && !r.failed; i++) {
      const tag = r.uvarint();
      const size = r.uvarint();
      switch (tag) {
        case 0: {
          r.field = 'NodeEndpoints';
          const end = r.pos + size;
          fNodeEndpoints = readBeginQuorumEpochResponse_NodeEndpoints(r, version);
          endTaggedField(r, end);
          break;
        }
        default:
          r.skip(size);
      }
    }
  }
  return {
    errorCode: fErrorCode,
    topics: fTopics,
    nodeEndpoints: fNodeEndpoints,
  };
}

function readBeginQuorumEpochResponseTopicData_Partitions(r: Reader, version: number): BeginQuorumEpochResponsePartitionData[] {
  const n = version >= 1 ? r.compactArrayLength(14) : r.arrayLength(14);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: BeginQuorumEpochResponsePartitionData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readBeginQuorumEpochResponsePartitionData(r, version));
  return items;
}

function readBeginQuorumEpochResponseTopicData(r: Reader, version: number): BeginQuorumEpochResponseTopicData {
  r.field = 'Topics.TopicName';
  const fTopicName: string = version >= 1 ? r.compactString() : r.string();
  r.field = 'Topics.Partitions';
  const fPartitions: BeginQuorumEpochResponsePartitionData[] = readBeginQuorumEpochResponseTopicData_Partitions(r, version);
  if (version >= 1) {
    r.field = 'Topics._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    topicName: fTopicName,
    partitions: fPartitions,
  };
}

function readBeginQuorumEpochResponsePartitionData(r: Reader, version: number): BeginQuorumEpochResponsePartitionData {
  r.field = 'Topics.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Topics.Partitions.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Topics.Partitions.LeaderId';
  const fLeaderId: number = r.int32();
  r.field = 'Topics.Partitions.LeaderEpoch';
  const fLeaderEpoch: number = r.int32();
  if (version >= 1) {
    r.field = 'Topics.Partitions._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    partitionIndex: fPartitionIndex,
    errorCode: fErrorCode,
    leaderId: fLeaderId,
    leaderEpoch: fLeaderEpoch,
  };
}

function readBeginQuorumEpochResponseNodeEndpoint(r: Reader, _version: number): BeginQuorumEpochResponseNodeEndpoint {
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

function writeBeginQuorumEpochResponse_Topics(w: Writer, version: number, items: BeginQuorumEpochResponseTopicData[]): void {
  version >= 1 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeBeginQuorumEpochResponseTopicData(w, version, item);
}

function writeBeginQuorumEpochResponse_NodeEndpoints(w: Writer, version: number, items: BeginQuorumEpochResponseNodeEndpoint[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeBeginQuorumEpochResponseNodeEndpoint(w, version, item);
}

function writeBeginQuorumEpochResponse(w: Writer, version: number, v: BeginQuorumEpochResponse): void {
  w.int16(v.errorCode);
  writeBeginQuorumEpochResponse_Topics(w, version, v.topics);
  if (!(version >= 1) && v.nodeEndpoints.length !== 0) notInVersion('BeginQuorumEpochResponse', version, 'NodeEndpoints');
  if (version >= 1) {
    const writeNodeEndpoints = v.nodeEndpoints.length !== 0;
    w.uvarint((writeNodeEndpoints ? 1 : 0));
    if (writeNodeEndpoints) {
      writeTaggedField(w, 0, (w) => {
        writeBeginQuorumEpochResponse_NodeEndpoints(w, version, v.nodeEndpoints);
      });
    }
  }
}

function writeBeginQuorumEpochResponseTopicData_Partitions(w: Writer, version: number, items: BeginQuorumEpochResponsePartitionData[]): void {
  version >= 1 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeBeginQuorumEpochResponsePartitionData(w, version, item);
}

function writeBeginQuorumEpochResponseTopicData(w: Writer, version: number, v: BeginQuorumEpochResponseTopicData): void {
  version >= 1 ? w.compactString(v.topicName) : w.string(v.topicName);
  writeBeginQuorumEpochResponseTopicData_Partitions(w, version, v.partitions);
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeBeginQuorumEpochResponsePartitionData(w: Writer, version: number, v: BeginQuorumEpochResponsePartitionData): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeBeginQuorumEpochResponseNodeEndpoint(w: Writer, _version: number, v: BeginQuorumEpochResponseNodeEndpoint): void {
  w.int32(v.nodeId);
  w.compactString(v.host);
  w.uint16(v.port);
  w.uvarint(0);
}

export const BeginQuorumEpochResponseCodec: MessageCodec<BeginQuorumEpochResponse> = {
  name: 'BeginQuorumEpochResponse',
  apiKey: 53,
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 1,
  decode(r: Reader, version: number): BeginQuorumEpochResponse {
    if (version < 0 || version > 1) {
      r.fail(`unsupported version ${version}`);
      return defaultBeginQuorumEpochResponse();
    }
    return readBeginQuorumEpochResponse(r, version);
  },
  encode(w: Writer, version: number, value: BeginQuorumEpochResponse): void {
    if (version < 0 || version > 1) unsupportedVersion('BeginQuorumEpochResponse', version, 0, 1);
    writeBeginQuorumEpochResponse(w, version, value);
  },
  defaults: defaultBeginQuorumEpochResponse,
};
