// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   EndQuorumEpochRequest.json, EndQuorumEpochResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, endTaggedField, notInVersion, unsupportedVersion, writeTaggedField } from '../generator/runtime';

/** EndQuorumEpochRequest (request, API key 54), versions 0-1. */
export interface EndQuorumEpochRequest {
  /** (versions 0+, nullable 0+, default null) */
  clusterId: string | null;
  /** (versions 0+) */
  topics: EndQuorumEpochRequestTopicData[];
  /** Endpoints for the leader (versions 1+) */
  leaderEndpoints: EndQuorumEpochRequestLeaderEndpoint[];
}

/** EndQuorumEpochRequest TopicData, versions 0-1. */
export interface EndQuorumEpochRequestTopicData {
  /** The topic name. (versions 0+) */
  topicName: string;
  /** (versions 0+) */
  partitions: EndQuorumEpochRequestPartitionData[];
}

/** EndQuorumEpochRequest PartitionData, versions 0-1. */
export interface EndQuorumEpochRequestPartitionData {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The current leader ID that is resigning (versions 0+) */
  leaderId: number;
  /** The current epoch (versions 0+) */
  leaderEpoch: number;
  /** A sorted list of preferred successors to start the election (versions 0) */
  preferredSuccessors: number[];
  /** A sorted list of preferred candidates to start the election (versions 1+) */
  preferredCandidates: EndQuorumEpochRequestReplicaInfo[];
}

/** EndQuorumEpochRequest ReplicaInfo, versions 1. */
export interface EndQuorumEpochRequestReplicaInfo {
  /** (versions 1+) */
  candidateId: number;
  /** (versions 1+) */
  candidateDirectoryId: string;
}

/** EndQuorumEpochRequest LeaderEndpoint, versions 1. */
export interface EndQuorumEpochRequestLeaderEndpoint {
  /** The name of the endpoint (versions 1+) */
  name: string;
  /** The node's hostname (versions 1+) */
  host: string;
  /** The node's port (versions 1+) */
  port: number;
}

/** A fresh EndQuorumEpochRequest with every field at its schema default. */
export function defaultEndQuorumEpochRequest(): EndQuorumEpochRequest {
  return {
    clusterId: null,
    topics: [],
    leaderEndpoints: [],
  };
}

/** A fresh EndQuorumEpochRequestTopicData with every field at its schema default. */
export function defaultEndQuorumEpochRequestTopicData(): EndQuorumEpochRequestTopicData {
  return {
    topicName: '',
    partitions: [],
  };
}

/** A fresh EndQuorumEpochRequestPartitionData with every field at its schema default. */
export function defaultEndQuorumEpochRequestPartitionData(): EndQuorumEpochRequestPartitionData {
  return {
    partitionIndex: 0,
    leaderId: 0,
    leaderEpoch: 0,
    preferredSuccessors: [],
    preferredCandidates: [],
  };
}

/** A fresh EndQuorumEpochRequestReplicaInfo with every field at its schema default. */
export function defaultEndQuorumEpochRequestReplicaInfo(): EndQuorumEpochRequestReplicaInfo {
  return {
    candidateId: 0,
    candidateDirectoryId: 'AAAAAAAAAAAAAAAAAAAAAA',
  };
}

/** A fresh EndQuorumEpochRequestLeaderEndpoint with every field at its schema default. */
export function defaultEndQuorumEpochRequestLeaderEndpoint(): EndQuorumEpochRequestLeaderEndpoint {
  return {
    name: '',
    host: '',
    port: 0,
  };
}

function readEndQuorumEpochRequest_Topics(r: Reader, version: number): EndQuorumEpochRequestTopicData[] {
  const n = version >= 1 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: EndQuorumEpochRequestTopicData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readEndQuorumEpochRequestTopicData(r, version));
  return items;
}

function readEndQuorumEpochRequest_LeaderEndpoints(r: Reader, version: number): EndQuorumEpochRequestLeaderEndpoint[] {
  const n = r.compactArrayLength(5);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: EndQuorumEpochRequestLeaderEndpoint[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readEndQuorumEpochRequestLeaderEndpoint(r, version));
  return items;
}

function readEndQuorumEpochRequest(r: Reader, version: number): EndQuorumEpochRequest {
  r.field = 'ClusterId';
  const fClusterId: string | null = version >= 1 ? r.compactNullableString() : r.nullableString();
  r.field = 'Topics';
  const fTopics: EndQuorumEpochRequestTopicData[] = readEndQuorumEpochRequest_Topics(r, version);
  r.field = 'LeaderEndpoints';
  const fLeaderEndpoints: EndQuorumEpochRequestLeaderEndpoint[] = version >= 1 ? readEndQuorumEpochRequest_LeaderEndpoints(r, version) : [];
  if (version >= 1) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    clusterId: fClusterId,
    topics: fTopics,
    leaderEndpoints: fLeaderEndpoints,
  };
}

function readEndQuorumEpochRequestTopicData_Partitions(r: Reader, version: number): EndQuorumEpochRequestPartitionData[] {
  const n = version >= 1 ? r.compactArrayLength(14) : r.arrayLength(14);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: EndQuorumEpochRequestPartitionData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readEndQuorumEpochRequestPartitionData(r, version));
  return items;
}

function readEndQuorumEpochRequestTopicData(r: Reader, version: number): EndQuorumEpochRequestTopicData {
  r.field = 'Topics.TopicName';
  const fTopicName: string = version >= 1 ? r.compactString() : r.string();
  r.field = 'Topics.Partitions';
  const fPartitions: EndQuorumEpochRequestPartitionData[] = readEndQuorumEpochRequestTopicData_Partitions(r, version);
  if (version >= 1) {
    r.field = 'Topics._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    topicName: fTopicName,
    partitions: fPartitions,
  };
}

function readEndQuorumEpochRequestPartitionData_PreferredSuccessors(r: Reader, _version: number): number[] {
  const n = r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readEndQuorumEpochRequestPartitionData_PreferredCandidates(r: Reader, version: number): EndQuorumEpochRequestReplicaInfo[] {
  const n = r.compactArrayLength(21);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: EndQuorumEpochRequestReplicaInfo[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readEndQuorumEpochRequestReplicaInfo(r, version));
  return items;
}

function readEndQuorumEpochRequestPartitionData(r: Reader, version: number): EndQuorumEpochRequestPartitionData {
  r.field = 'Topics.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Topics.Partitions.LeaderId';
  const fLeaderId: number = r.int32();
  r.field = 'Topics.Partitions.LeaderEpoch';
  const fLeaderEpoch: number = r.int32();
  r.field = 'Topics.Partitions.PreferredSuccessors';
  const fPreferredSuccessors: number[] = version <= 0 ? readEndQuorumEpochRequestPartitionData_PreferredSuccessors(r, version) : [];
  r.field = 'Topics.Partitions.PreferredCandidates';
  const fPreferredCandidates: EndQuorumEpochRequestReplicaInfo[] = version >= 1 ? readEndQuorumEpochRequestPartitionData_PreferredCandidates(r, version) : [];
  if (version >= 1) {
    r.field = 'Topics.Partitions._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    partitionIndex: fPartitionIndex,
    leaderId: fLeaderId,
    leaderEpoch: fLeaderEpoch,
    preferredSuccessors: fPreferredSuccessors,
    preferredCandidates: fPreferredCandidates,
  };
}

function readEndQuorumEpochRequestReplicaInfo(r: Reader, _version: number): EndQuorumEpochRequestReplicaInfo {
  r.field = 'Topics.Partitions.PreferredCandidates.CandidateId';
  const fCandidateId: number = r.int32();
  r.field = 'Topics.Partitions.PreferredCandidates.CandidateDirectoryId';
  const fCandidateDirectoryId: string = r.uuid();
  r.field = 'Topics.Partitions.PreferredCandidates._tagged_fields';
  r.skipTaggedFields();
  return {
    candidateId: fCandidateId,
    candidateDirectoryId: fCandidateDirectoryId,
  };
}

function readEndQuorumEpochRequestLeaderEndpoint(r: Reader, _version: number): EndQuorumEpochRequestLeaderEndpoint {
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

function writeEndQuorumEpochRequest_Topics(w: Writer, version: number, items: EndQuorumEpochRequestTopicData[]): void {
  version >= 1 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeEndQuorumEpochRequestTopicData(w, version, item);
}

function writeEndQuorumEpochRequest_LeaderEndpoints(w: Writer, version: number, items: EndQuorumEpochRequestLeaderEndpoint[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeEndQuorumEpochRequestLeaderEndpoint(w, version, item);
}

function writeEndQuorumEpochRequest(w: Writer, version: number, v: EndQuorumEpochRequest): void {
  version >= 1 ? w.compactNullableString(v.clusterId) : w.nullableString(v.clusterId);
  writeEndQuorumEpochRequest_Topics(w, version, v.topics);
  if (version >= 1) {
    writeEndQuorumEpochRequest_LeaderEndpoints(w, version, v.leaderEndpoints);
  }
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeEndQuorumEpochRequestTopicData_Partitions(w: Writer, version: number, items: EndQuorumEpochRequestPartitionData[]): void {
  version >= 1 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeEndQuorumEpochRequestPartitionData(w, version, item);
}

function writeEndQuorumEpochRequestTopicData(w: Writer, version: number, v: EndQuorumEpochRequestTopicData): void {
  version >= 1 ? w.compactString(v.topicName) : w.string(v.topicName);
  writeEndQuorumEpochRequestTopicData_Partitions(w, version, v.partitions);
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeEndQuorumEpochRequestPartitionData_PreferredSuccessors(w: Writer, _version: number, items: number[]): void {
  w.int32(items.length);
  for (const item of items) w.int32(item);
}

function writeEndQuorumEpochRequestPartitionData_PreferredCandidates(w: Writer, version: number, items: EndQuorumEpochRequestReplicaInfo[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeEndQuorumEpochRequestReplicaInfo(w, version, item);
}

function writeEndQuorumEpochRequestPartitionData(w: Writer, version: number, v: EndQuorumEpochRequestPartitionData): void {
  w.int32(v.partitionIndex);
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  if (version <= 0) {
    writeEndQuorumEpochRequestPartitionData_PreferredSuccessors(w, version, v.preferredSuccessors);
  }
  if (version >= 1) {
    writeEndQuorumEpochRequestPartitionData_PreferredCandidates(w, version, v.preferredCandidates);
  }
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeEndQuorumEpochRequestReplicaInfo(w: Writer, _version: number, v: EndQuorumEpochRequestReplicaInfo): void {
  w.int32(v.candidateId);
  w.uuid(v.candidateDirectoryId);
  w.uvarint(0);
}

function writeEndQuorumEpochRequestLeaderEndpoint(w: Writer, _version: number, v: EndQuorumEpochRequestLeaderEndpoint): void {
  w.compactString(v.name);
  w.compactString(v.host);
  w.uint16(v.port);
  w.uvarint(0);
}

export const EndQuorumEpochRequestCodec: MessageCodec<EndQuorumEpochRequest> = {
  name: 'EndQuorumEpochRequest',
  apiKey: 54,
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 1,
  decode(r: Reader, version: number): EndQuorumEpochRequest {
    if (version < 0 || version > 1) {
      r.fail(`unsupported version ${version}`);
      return defaultEndQuorumEpochRequest();
    }
    return readEndQuorumEpochRequest(r, version);
  },
  encode(w: Writer, version: number, value: EndQuorumEpochRequest): void {
    if (version < 0 || version > 1) unsupportedVersion('EndQuorumEpochRequest', version, 0, 1);
    writeEndQuorumEpochRequest(w, version, value);
  },
  defaults: defaultEndQuorumEpochRequest,
};

/** EndQuorumEpochResponse (response, API key 54), versions 0-1. */
export interface EndQuorumEpochResponse {
  /** The top level error code. (versions 0+) */
  errorCode: number;
  /** (versions 0+) */
  topics: EndQuorumEpochResponseTopicData[];
  /** Endpoints for all leaders enumerated in PartitionData (versions 1+, tag 0 in 1+) */
  nodeEndpoints: EndQuorumEpochResponseNodeEndpoint[];
}

/** EndQuorumEpochResponse TopicData, versions 0-1. */
export interface EndQuorumEpochResponseTopicData {
  /** The topic name. (versions 0+) */
  topicName: string;
  /** (versions 0+) */
  partitions: EndQuorumEpochResponsePartitionData[];
}

/** EndQuorumEpochResponse PartitionData, versions 0-1. */
export interface EndQuorumEpochResponsePartitionData {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** (versions 0+) */
  errorCode: number;
  /** The ID of the current leader or -1 if the leader is unknown. (versions 0+) */
  leaderId: number;
  /** The latest known leader epoch (versions 0+) */
  leaderEpoch: number;
}

/** EndQuorumEpochResponse NodeEndpoint, versions 1. */
export interface EndQuorumEpochResponseNodeEndpoint {
  /** The ID of the associated node (versions 1+) */
  nodeId: number;
  /** The node's hostname (versions 1+) */
  host: string;
  /** The node's port (versions 1+) */
  port: number;
}

/** A fresh EndQuorumEpochResponse with every field at its schema default. */
export function defaultEndQuorumEpochResponse(): EndQuorumEpochResponse {
  return {
    errorCode: 0,
    topics: [],
    nodeEndpoints: [],
  };
}

/** A fresh EndQuorumEpochResponseTopicData with every field at its schema default. */
export function defaultEndQuorumEpochResponseTopicData(): EndQuorumEpochResponseTopicData {
  return {
    topicName: '',
    partitions: [],
  };
}

/** A fresh EndQuorumEpochResponsePartitionData with every field at its schema default. */
export function defaultEndQuorumEpochResponsePartitionData(): EndQuorumEpochResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    leaderId: 0,
    leaderEpoch: 0,
  };
}

/** A fresh EndQuorumEpochResponseNodeEndpoint with every field at its schema default. */
export function defaultEndQuorumEpochResponseNodeEndpoint(): EndQuorumEpochResponseNodeEndpoint {
  return {
    nodeId: 0,
    host: '',
    port: 0,
  };
}

function readEndQuorumEpochResponse_Topics(r: Reader, version: number): EndQuorumEpochResponseTopicData[] {
  const n = version >= 1 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: EndQuorumEpochResponseTopicData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readEndQuorumEpochResponseTopicData(r, version));
  return items;
}

function readEndQuorumEpochResponse_NodeEndpoints(r: Reader, version: number): EndQuorumEpochResponseNodeEndpoint[] {
  const n = r.compactArrayLength(8);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: EndQuorumEpochResponseNodeEndpoint[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readEndQuorumEpochResponseNodeEndpoint(r, version));
  return items;
}

function readEndQuorumEpochResponse(r: Reader, version: number): EndQuorumEpochResponse {
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Topics';
  const fTopics: EndQuorumEpochResponseTopicData[] = readEndQuorumEpochResponse_Topics(r, version);
  let fNodeEndpoints: EndQuorumEpochResponseNodeEndpoint[] = [];
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
          fNodeEndpoints = readEndQuorumEpochResponse_NodeEndpoints(r, version);
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

function readEndQuorumEpochResponseTopicData_Partitions(r: Reader, version: number): EndQuorumEpochResponsePartitionData[] {
  const n = version >= 1 ? r.compactArrayLength(14) : r.arrayLength(14);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: EndQuorumEpochResponsePartitionData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readEndQuorumEpochResponsePartitionData(r, version));
  return items;
}

function readEndQuorumEpochResponseTopicData(r: Reader, version: number): EndQuorumEpochResponseTopicData {
  r.field = 'Topics.TopicName';
  const fTopicName: string = version >= 1 ? r.compactString() : r.string();
  r.field = 'Topics.Partitions';
  const fPartitions: EndQuorumEpochResponsePartitionData[] = readEndQuorumEpochResponseTopicData_Partitions(r, version);
  if (version >= 1) {
    r.field = 'Topics._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    topicName: fTopicName,
    partitions: fPartitions,
  };
}

function readEndQuorumEpochResponsePartitionData(r: Reader, version: number): EndQuorumEpochResponsePartitionData {
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

function readEndQuorumEpochResponseNodeEndpoint(r: Reader, _version: number): EndQuorumEpochResponseNodeEndpoint {
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

function writeEndQuorumEpochResponse_Topics(w: Writer, version: number, items: EndQuorumEpochResponseTopicData[]): void {
  version >= 1 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeEndQuorumEpochResponseTopicData(w, version, item);
}

function writeEndQuorumEpochResponse_NodeEndpoints(w: Writer, version: number, items: EndQuorumEpochResponseNodeEndpoint[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeEndQuorumEpochResponseNodeEndpoint(w, version, item);
}

function writeEndQuorumEpochResponse(w: Writer, version: number, v: EndQuorumEpochResponse): void {
  w.int16(v.errorCode);
  writeEndQuorumEpochResponse_Topics(w, version, v.topics);
  if (!(version >= 1) && v.nodeEndpoints.length !== 0) notInVersion('EndQuorumEpochResponse', version, 'NodeEndpoints');
  if (version >= 1) {
    const writeNodeEndpoints = v.nodeEndpoints.length !== 0;
    w.uvarint((writeNodeEndpoints ? 1 : 0));
    if (writeNodeEndpoints) {
      writeTaggedField(w, 0, (w) => {
        writeEndQuorumEpochResponse_NodeEndpoints(w, version, v.nodeEndpoints);
      });
    }
  }
}

function writeEndQuorumEpochResponseTopicData_Partitions(w: Writer, version: number, items: EndQuorumEpochResponsePartitionData[]): void {
  version >= 1 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeEndQuorumEpochResponsePartitionData(w, version, item);
}

function writeEndQuorumEpochResponseTopicData(w: Writer, version: number, v: EndQuorumEpochResponseTopicData): void {
  version >= 1 ? w.compactString(v.topicName) : w.string(v.topicName);
  writeEndQuorumEpochResponseTopicData_Partitions(w, version, v.partitions);
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeEndQuorumEpochResponsePartitionData(w: Writer, version: number, v: EndQuorumEpochResponsePartitionData): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeEndQuorumEpochResponseNodeEndpoint(w: Writer, _version: number, v: EndQuorumEpochResponseNodeEndpoint): void {
  w.int32(v.nodeId);
  w.compactString(v.host);
  w.uint16(v.port);
  w.uvarint(0);
}

export const EndQuorumEpochResponseCodec: MessageCodec<EndQuorumEpochResponse> = {
  name: 'EndQuorumEpochResponse',
  apiKey: 54,
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 1,
  decode(r: Reader, version: number): EndQuorumEpochResponse {
    if (version < 0 || version > 1) {
      r.fail(`unsupported version ${version}`);
      return defaultEndQuorumEpochResponse();
    }
    return readEndQuorumEpochResponse(r, version);
  },
  encode(w: Writer, version: number, value: EndQuorumEpochResponse): void {
    if (version < 0 || version > 1) unsupportedVersion('EndQuorumEpochResponse', version, 0, 1);
    writeEndQuorumEpochResponse(w, version, value);
  },
  defaults: defaultEndQuorumEpochResponse,
};
