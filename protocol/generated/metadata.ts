// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0 (kafka-clients-4.4.0.jar, common/message/), its lowest versions
//   checked equal to apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99's (protocol/generator/overlay.ts)
//   MetadataRequest.json, MetadataResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, notInVersion, nullNotAllowed, unsupportedVersion } from '../generator/runtime';

/** MetadataRequest (request, API key 3), versions 0-13. */
export interface MetadataRequest {
  /** The topics to fetch metadata for. (versions 0+, nullable 1+) */
  topics: MetadataRequestMetadataRequestTopic[] | null;
  /** If this is true, the broker may auto-create topics that we requested which do not already exist, if it is configured to do so. (versions 4+, default true) */
  allowAutoTopicCreation: boolean;
  /** Whether to include cluster authorized operations. (versions 8-10) */
  includeClusterAuthorizedOperations: boolean;
  /** Whether to include topic authorized operations. (versions 8+) */
  includeTopicAuthorizedOperations: boolean;
}

/** MetadataRequest MetadataRequestTopic, versions 0-13. */
export interface MetadataRequestMetadataRequestTopic {
  /** The topic id. (versions 10+) */
  topicId: string;
  /** The topic name. (versions 0+, nullable 10+) */
  name: string | null;
}

/** A fresh MetadataRequest with every field at its schema default. */
export function defaultMetadataRequest(): MetadataRequest {
  return {
    topics: [],
    allowAutoTopicCreation: true,
    includeClusterAuthorizedOperations: false,
    includeTopicAuthorizedOperations: false,
  };
}

/** A fresh MetadataRequestMetadataRequestTopic with every field at its schema default. */
export function defaultMetadataRequestMetadataRequestTopic(): MetadataRequestMetadataRequestTopic {
  return {
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    name: '',
  };
}

function readMetadataRequest_Topics(r: Reader, version: number): MetadataRequestMetadataRequestTopic[] | null {
  const n = version >= 9 ? r.compactArrayLength(2) : r.arrayLength(2);
  if (n < 0) {
    if (version >= 1) return null;
    r.fail('null where an array is required');
    return [];
  }
  const items: MetadataRequestMetadataRequestTopic[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readMetadataRequestMetadataRequestTopic(r, version));
  return items;
}

function readMetadataRequest(r: Reader, version: number): MetadataRequest {
  r.field = 'Topics';
  const fTopics: MetadataRequestMetadataRequestTopic[] | null = readMetadataRequest_Topics(r, version);
  r.field = 'AllowAutoTopicCreation';
  const fAllowAutoTopicCreation: boolean = version >= 4 ? r.bool() : true;
  r.field = 'IncludeClusterAuthorizedOperations';
  const fIncludeClusterAuthorizedOperations: boolean = (version >= 8 && version <= 10) ? r.bool() : false;
  r.field = 'IncludeTopicAuthorizedOperations';
  const fIncludeTopicAuthorizedOperations: boolean = version >= 8 ? r.bool() : false;
  if (version >= 9) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    topics: fTopics,
    allowAutoTopicCreation: fAllowAutoTopicCreation,
    includeClusterAuthorizedOperations: fIncludeClusterAuthorizedOperations,
    includeTopicAuthorizedOperations: fIncludeTopicAuthorizedOperations,
  };
}

function readMetadataRequestMetadataRequestTopic(r: Reader, version: number): MetadataRequestMetadataRequestTopic {
  r.field = 'Topics.TopicId';
  const fTopicId: string = version >= 10 ? r.uuid() : 'AAAAAAAAAAAAAAAAAAAAAA';
  r.field = 'Topics.Name';
  const fName: string | null = version >= 9 ? (version >= 10 ? r.compactNullableString() : r.compactString()) : (version >= 10 ? r.nullableString() : r.string());
  if (version >= 9) {
    r.field = 'Topics._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    topicId: fTopicId,
    name: fName,
  };
}

function writeMetadataRequest_Topics(w: Writer, version: number, items: MetadataRequestMetadataRequestTopic[] | null): void {
  if (items === null) {
    if (!(version >= 1)) nullNotAllowed('MetadataRequest', version, 'Topics');
    version >= 9 ? w.uvarint(0) : w.int32(-1);
    return;
  }
  version >= 9 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeMetadataRequestMetadataRequestTopic(w, version, item);
}

function writeMetadataRequest(w: Writer, version: number, v: MetadataRequest): void {
  writeMetadataRequest_Topics(w, version, v.topics);
  if (version >= 4) {
    w.bool(v.allowAutoTopicCreation);
  } else if (v.allowAutoTopicCreation !== true) {
    notInVersion('MetadataRequest', version, 'AllowAutoTopicCreation');
  }
  if (version >= 8 && version <= 10) {
    w.bool(v.includeClusterAuthorizedOperations);
  } else if (v.includeClusterAuthorizedOperations !== false) {
    notInVersion('MetadataRequest', version, 'IncludeClusterAuthorizedOperations');
  }
  if (version >= 8) {
    w.bool(v.includeTopicAuthorizedOperations);
  } else if (v.includeTopicAuthorizedOperations !== false) {
    notInVersion('MetadataRequest', version, 'IncludeTopicAuthorizedOperations');
  }
  if (version >= 9) {
    w.uvarint(0);
  }
}

function writeMetadataRequestMetadataRequestTopic(w: Writer, version: number, v: MetadataRequestMetadataRequestTopic): void {
  if (version >= 10) {
    w.uuid(v.topicId);
  }
  if (v.name === null && !(version >= 10)) nullNotAllowed('MetadataRequest', version, 'Topics.Name');
  version >= 9 ? w.compactNullableString(v.name) : w.nullableString(v.name);
  if (version >= 9) {
    w.uvarint(0);
  }
}

export const MetadataRequestCodec: MessageCodec<MetadataRequest> = {
  name: 'MetadataRequest',
  apiKey: 3,
  minVersion: 0,
  maxVersion: 13,
  flexibleFrom: 9,
  decode(r: Reader, version: number): MetadataRequest {
    if (version < 0 || version > 13) {
      r.fail(`unsupported version ${version}`);
      return defaultMetadataRequest();
    }
    return readMetadataRequest(r, version);
  },
  encode(w: Writer, version: number, value: MetadataRequest): void {
    if (version < 0 || version > 13) unsupportedVersion('MetadataRequest', version, 0, 13);
    writeMetadataRequest(w, version, value);
  },
  defaults: defaultMetadataRequest,
};

/** MetadataResponse (response, API key 3), versions 0-13. */
export interface MetadataResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 3+) */
  throttleTimeMs: number;
  /** A list of brokers present in the cluster. (versions 0+) */
  brokers: MetadataResponseMetadataResponseBroker[];
  /** The cluster ID that responding broker belongs to. (versions 2+, nullable 2+, default null) */
  clusterId: string | null;
  /** The ID of the controller broker. (versions 1+, default -1) */
  controllerId: number;
  /** Each topic in the response. (versions 0+) */
  topics: MetadataResponseMetadataResponseTopic[];
  /** 32-bit bitfield to represent authorized operations for this cluster. (versions 8-10, default -2147483648) */
  clusterAuthorizedOperations: number;
  /** The top-level error code, or 0 if there was no error. (versions 13+) */
  errorCode: number;
}

/** MetadataResponse MetadataResponseBroker, versions 0-13. */
export interface MetadataResponseMetadataResponseBroker {
  /** The broker ID. (versions 0+) */
  nodeId: number;
  /** The broker hostname. (versions 0+) */
  host: string;
  /** The broker port. (versions 0+) */
  port: number;
  /** The rack of the broker, or null if it has not been assigned to a rack. (versions 1+, nullable 1+, default null) */
  rack: string | null;
}

/** MetadataResponse MetadataResponseTopic, versions 0-13. */
export interface MetadataResponseMetadataResponseTopic {
  /** The topic error, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The topic name. Null for non-existing topics queried by ID. This is never null when ErrorCode is zero. One of Name and TopicId is always populated. (versions 0+, nullable 12+) */
  name: string | null;
  /** The topic id. Zero for non-existing topics queried by name. This is never zero when ErrorCode is zero. One of Name and TopicId is always populated. (versions 10+) */
  topicId: string;
  /** True if the topic is internal. (versions 1+, default false) */
  isInternal: boolean;
  /** Each partition in the topic. (versions 0+) */
  partitions: MetadataResponseMetadataResponsePartition[];
  /** 32-bit bitfield to represent authorized operations for this topic. (versions 8+, default -2147483648) */
  topicAuthorizedOperations: number;
}

/** MetadataResponse MetadataResponsePartition, versions 0-13. */
export interface MetadataResponseMetadataResponsePartition {
  /** The partition error, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The ID of the leader broker. (versions 0+) */
  leaderId: number;
  /** The leader epoch of this partition. (versions 7+, default -1) */
  leaderEpoch: number;
  /** The set of all nodes that host this partition. (versions 0+) */
  replicaNodes: number[];
  /** The set of nodes that are in sync with the leader for this partition. (versions 0+) */
  isrNodes: number[];
  /** The set of offline replicas of this partition. (versions 5+) */
  offlineReplicas: number[];
}

/** A fresh MetadataResponse with every field at its schema default. */
export function defaultMetadataResponse(): MetadataResponse {
  return {
    throttleTimeMs: 0,
    brokers: [],
    clusterId: null,
    controllerId: -1,
    topics: [],
    clusterAuthorizedOperations: -2147483648,
    errorCode: 0,
  };
}

/** A fresh MetadataResponseMetadataResponseBroker with every field at its schema default. */
export function defaultMetadataResponseMetadataResponseBroker(): MetadataResponseMetadataResponseBroker {
  return {
    nodeId: 0,
    host: '',
    port: 0,
    rack: null,
  };
}

/** A fresh MetadataResponseMetadataResponseTopic with every field at its schema default. */
export function defaultMetadataResponseMetadataResponseTopic(): MetadataResponseMetadataResponseTopic {
  return {
    errorCode: 0,
    name: '',
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    isInternal: false,
    partitions: [],
    topicAuthorizedOperations: -2147483648,
  };
}

/** A fresh MetadataResponseMetadataResponsePartition with every field at its schema default. */
export function defaultMetadataResponseMetadataResponsePartition(): MetadataResponseMetadataResponsePartition {
  return {
    errorCode: 0,
    partitionIndex: 0,
    leaderId: 0,
    leaderEpoch: -1,
    replicaNodes: [],
    isrNodes: [],
    offlineReplicas: [],
  };
}

function readMetadataResponse_Brokers(r: Reader, version: number): MetadataResponseMetadataResponseBroker[] {
  const n = version >= 9 ? r.compactArrayLength(10) : r.arrayLength(10);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: MetadataResponseMetadataResponseBroker[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readMetadataResponseMetadataResponseBroker(r, version));
  return items;
}

function readMetadataResponse_Topics(r: Reader, version: number): MetadataResponseMetadataResponseTopic[] {
  const n = version >= 9 ? r.compactArrayLength(8) : r.arrayLength(8);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: MetadataResponseMetadataResponseTopic[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readMetadataResponseMetadataResponseTopic(r, version));
  return items;
}

function readMetadataResponse(r: Reader, version: number): MetadataResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = version >= 3 ? r.int32() : 0;
  r.field = 'Brokers';
  const fBrokers: MetadataResponseMetadataResponseBroker[] = readMetadataResponse_Brokers(r, version);
  r.field = 'ClusterId';
  const fClusterId: string | null = version >= 2 ? (version >= 9 ? r.compactNullableString() : r.nullableString()) : null;
  r.field = 'ControllerId';
  const fControllerId: number = version >= 1 ? r.int32() : -1;
  r.field = 'Topics';
  const fTopics: MetadataResponseMetadataResponseTopic[] = readMetadataResponse_Topics(r, version);
  r.field = 'ClusterAuthorizedOperations';
  const fClusterAuthorizedOperations: number = (version >= 8 && version <= 10) ? r.int32() : -2147483648;
  r.field = 'ErrorCode';
  const fErrorCode: number = version >= 13 ? r.int16() : 0;
  if (version >= 9) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    throttleTimeMs: fThrottleTimeMs,
    brokers: fBrokers,
    clusterId: fClusterId,
    controllerId: fControllerId,
    topics: fTopics,
    clusterAuthorizedOperations: fClusterAuthorizedOperations,
    errorCode: fErrorCode,
  };
}

function readMetadataResponseMetadataResponseBroker(r: Reader, version: number): MetadataResponseMetadataResponseBroker {
  r.field = 'Brokers.NodeId';
  const fNodeId: number = r.int32();
  r.field = 'Brokers.Host';
  const fHost: string = version >= 9 ? r.compactString() : r.string();
  r.field = 'Brokers.Port';
  const fPort: number = r.int32();
  r.field = 'Brokers.Rack';
  const fRack: string | null = version >= 1 ? (version >= 9 ? r.compactNullableString() : r.nullableString()) : null;
  if (version >= 9) {
    r.field = 'Brokers._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    nodeId: fNodeId,
    host: fHost,
    port: fPort,
    rack: fRack,
  };
}

function readMetadataResponseMetadataResponseTopic_Partitions(r: Reader, version: number): MetadataResponseMetadataResponsePartition[] {
  const n = version >= 9 ? r.compactArrayLength(18) : r.arrayLength(18);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: MetadataResponseMetadataResponsePartition[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readMetadataResponseMetadataResponsePartition(r, version));
  return items;
}

function readMetadataResponseMetadataResponseTopic(r: Reader, version: number): MetadataResponseMetadataResponseTopic {
  r.field = 'Topics.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Topics.Name';
  const fName: string | null = version >= 9 ? (version >= 12 ? r.compactNullableString() : r.compactString()) : (version >= 12 ? r.nullableString() : r.string());
  r.field = 'Topics.TopicId';
  const fTopicId: string = version >= 10 ? r.uuid() : 'AAAAAAAAAAAAAAAAAAAAAA';
  r.field = 'Topics.IsInternal';
  const fIsInternal: boolean = version >= 1 ? r.bool() : false;
  r.field = 'Topics.Partitions';
  const fPartitions: MetadataResponseMetadataResponsePartition[] = readMetadataResponseMetadataResponseTopic_Partitions(r, version);
  r.field = 'Topics.TopicAuthorizedOperations';
  const fTopicAuthorizedOperations: number = version >= 8 ? r.int32() : -2147483648;
  if (version >= 9) {
    r.field = 'Topics._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    errorCode: fErrorCode,
    name: fName,
    topicId: fTopicId,
    isInternal: fIsInternal,
    partitions: fPartitions,
    topicAuthorizedOperations: fTopicAuthorizedOperations,
  };
}

function readMetadataResponseMetadataResponsePartition_ReplicaNodes(r: Reader, version: number): number[] {
  const n = version >= 9 ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readMetadataResponseMetadataResponsePartition_IsrNodes(r: Reader, version: number): number[] {
  const n = version >= 9 ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readMetadataResponseMetadataResponsePartition_OfflineReplicas(r: Reader, version: number): number[] {
  const n = version >= 9 ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readMetadataResponseMetadataResponsePartition(r: Reader, version: number): MetadataResponseMetadataResponsePartition {
  r.field = 'Topics.Partitions.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Topics.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Topics.Partitions.LeaderId';
  const fLeaderId: number = r.int32();
  r.field = 'Topics.Partitions.LeaderEpoch';
  const fLeaderEpoch: number = version >= 7 ? r.int32() : -1;
  r.field = 'Topics.Partitions.ReplicaNodes';
  const fReplicaNodes: number[] = readMetadataResponseMetadataResponsePartition_ReplicaNodes(r, version);
  r.field = 'Topics.Partitions.IsrNodes';
  const fIsrNodes: number[] = readMetadataResponseMetadataResponsePartition_IsrNodes(r, version);
  r.field = 'Topics.Partitions.OfflineReplicas';
  const fOfflineReplicas: number[] = version >= 5 ? readMetadataResponseMetadataResponsePartition_OfflineReplicas(r, version) : [];
  if (version >= 9) {
    r.field = 'Topics.Partitions._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    errorCode: fErrorCode,
    partitionIndex: fPartitionIndex,
    leaderId: fLeaderId,
    leaderEpoch: fLeaderEpoch,
    replicaNodes: fReplicaNodes,
    isrNodes: fIsrNodes,
    offlineReplicas: fOfflineReplicas,
  };
}

function writeMetadataResponse_Brokers(w: Writer, version: number, items: MetadataResponseMetadataResponseBroker[]): void {
  version >= 9 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeMetadataResponseMetadataResponseBroker(w, version, item);
}

function writeMetadataResponse_Topics(w: Writer, version: number, items: MetadataResponseMetadataResponseTopic[]): void {
  version >= 9 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeMetadataResponseMetadataResponseTopic(w, version, item);
}

function writeMetadataResponse(w: Writer, version: number, v: MetadataResponse): void {
  if (version >= 3) {
    w.int32(v.throttleTimeMs);
  }
  writeMetadataResponse_Brokers(w, version, v.brokers);
  if (version >= 2) {
    version >= 9 ? w.compactNullableString(v.clusterId) : w.nullableString(v.clusterId);
  }
  if (version >= 1) {
    w.int32(v.controllerId);
  }
  writeMetadataResponse_Topics(w, version, v.topics);
  if (version >= 8 && version <= 10) {
    w.int32(v.clusterAuthorizedOperations);
  } else if (v.clusterAuthorizedOperations !== -2147483648) {
    notInVersion('MetadataResponse', version, 'ClusterAuthorizedOperations');
  }
  if (version >= 13) {
    w.int16(v.errorCode);
  }
  if (version >= 9) {
    w.uvarint(0);
  }
}

function writeMetadataResponseMetadataResponseBroker(w: Writer, version: number, v: MetadataResponseMetadataResponseBroker): void {
  w.int32(v.nodeId);
  version >= 9 ? w.compactString(v.host) : w.string(v.host);
  w.int32(v.port);
  if (version >= 1) {
    version >= 9 ? w.compactNullableString(v.rack) : w.nullableString(v.rack);
  }
  if (version >= 9) {
    w.uvarint(0);
  }
}

function writeMetadataResponseMetadataResponseTopic_Partitions(w: Writer, version: number, items: MetadataResponseMetadataResponsePartition[]): void {
  version >= 9 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeMetadataResponseMetadataResponsePartition(w, version, item);
}

function writeMetadataResponseMetadataResponseTopic(w: Writer, version: number, v: MetadataResponseMetadataResponseTopic): void {
  w.int16(v.errorCode);
  if (v.name === null && !(version >= 12)) nullNotAllowed('MetadataResponse', version, 'Topics.Name');
  version >= 9 ? w.compactNullableString(v.name) : w.nullableString(v.name);
  if (version >= 10) {
    w.uuid(v.topicId);
  }
  if (version >= 1) {
    w.bool(v.isInternal);
  }
  writeMetadataResponseMetadataResponseTopic_Partitions(w, version, v.partitions);
  if (version >= 8) {
    w.int32(v.topicAuthorizedOperations);
  } else if (v.topicAuthorizedOperations !== -2147483648) {
    notInVersion('MetadataResponse', version, 'Topics.TopicAuthorizedOperations');
  }
  if (version >= 9) {
    w.uvarint(0);
  }
}

function writeMetadataResponseMetadataResponsePartition_ReplicaNodes(w: Writer, version: number, items: number[]): void {
  version >= 9 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) w.int32(item);
}

function writeMetadataResponseMetadataResponsePartition_IsrNodes(w: Writer, version: number, items: number[]): void {
  version >= 9 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) w.int32(item);
}

function writeMetadataResponseMetadataResponsePartition_OfflineReplicas(w: Writer, version: number, items: number[]): void {
  version >= 9 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) w.int32(item);
}

function writeMetadataResponseMetadataResponsePartition(w: Writer, version: number, v: MetadataResponseMetadataResponsePartition): void {
  w.int16(v.errorCode);
  w.int32(v.partitionIndex);
  w.int32(v.leaderId);
  if (version >= 7) {
    w.int32(v.leaderEpoch);
  }
  writeMetadataResponseMetadataResponsePartition_ReplicaNodes(w, version, v.replicaNodes);
  writeMetadataResponseMetadataResponsePartition_IsrNodes(w, version, v.isrNodes);
  if (version >= 5) {
    writeMetadataResponseMetadataResponsePartition_OfflineReplicas(w, version, v.offlineReplicas);
  }
  if (version >= 9) {
    w.uvarint(0);
  }
}

export const MetadataResponseCodec: MessageCodec<MetadataResponse> = {
  name: 'MetadataResponse',
  apiKey: 3,
  minVersion: 0,
  maxVersion: 13,
  flexibleFrom: 9,
  decode(r: Reader, version: number): MetadataResponse {
    if (version < 0 || version > 13) {
      r.fail(`unsupported version ${version}`);
      return defaultMetadataResponse();
    }
    return readMetadataResponse(r, version);
  },
  encode(w: Writer, version: number, value: MetadataResponse): void {
    if (version < 0 || version > 13) unsupportedVersion('MetadataResponse', version, 0, 13);
    writeMetadataResponse(w, version, value);
  },
  defaults: defaultMetadataResponse,
};
