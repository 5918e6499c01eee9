// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   DescribeTopicPartitionsRequest.json, DescribeTopicPartitionsResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** DescribeTopicPartitionsRequest (request, API key 75), versions 0. */
export interface DescribeTopicPartitionsRequest {
  /** The topics to fetch details for. (versions 0+) */
  topics: DescribeTopicPartitionsRequestTopicRequest[];
  /** The maximum number of partitions included in the response. (versions 0+, default 2000) */
  responsePartitionLimit: number;
  /** The first topic and partition index to fetch details for. (versions 0+, nullable 0+, default null) */
  cursor: DescribeTopicPartitionsRequestCursor | null;
}

/** DescribeTopicPartitionsRequest TopicRequest, versions 0. */
export interface DescribeTopicPartitionsRequestTopicRequest {
  /** The topic name (versions 0+) */
  name: string;
}

/** DescribeTopicPartitionsRequest Cursor, versions 0. */
export interface DescribeTopicPartitionsRequestCursor {
  /** The name for the first topic to process (versions 0+) */
  topicName: string;
  /** The partition index to start with (versions 0+) */
  partitionIndex: number;
}

/** A fresh DescribeTopicPartitionsRequest with every field at its schema default. */
export function defaultDescribeTopicPartitionsRequest(): DescribeTopicPartitionsRequest {
  return {
    topics: [],
    responsePartitionLimit: 2000,
    cursor: null,
  };
}

/** A fresh DescribeTopicPartitionsRequestTopicRequest with every field at its schema default. */
export function defaultDescribeTopicPartitionsRequestTopicRequest(): DescribeTopicPartitionsRequestTopicRequest {
  return {
    name: '',
  };
}

/** A fresh DescribeTopicPartitionsRequestCursor with every field at its schema default. */
export function defaultDescribeTopicPartitionsRequestCursor(): DescribeTopicPartitionsRequestCursor {
  return {
    topicName: '',
    partitionIndex: 0,
  };
}

function readDescribeTopicPartitionsRequest_Topics(r: Reader, version: number): DescribeTopicPartitionsRequestTopicRequest[] {
  const n = r.compactArrayLength(2);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeTopicPartitionsRequestTopicRequest[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeTopicPartitionsRequestTopicRequest(r, version));
  return items;
}

function readDescribeTopicPartitionsRequest(r: Reader, version: number): DescribeTopicPartitionsRequest {
  r.field = 'Topics';
  const fTopics: DescribeTopicPartitionsRequestTopicRequest[] = readDescribeTopicPartitionsRequest_Topics(r, version);
  r.field = 'ResponsePartitionLimit';
  const fResponsePartitionLimit: number = r.int32();
  r.field = 'Cursor';
  const fCursor: DescribeTopicPartitionsRequestCursor | null = (r.int8() < 0 ? null : readDescribeTopicPartitionsRequestCursor(r, version));
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    topics: fTopics,
    responsePartitionLimit: fResponsePartitionLimit,
    cursor: fCursor,
  };
}

function readDescribeTopicPartitionsRequestTopicRequest(r: Reader, _version: number): DescribeTopicPartitionsRequestTopicRequest {
  r.field = 'Topics.Name';
  const fName: string = r.compactString();
  r.field = 'Topics._tagged_fields';
  r.skipTaggedFields();
  return {
    name: fName,
  };
}

function readDescribeTopicPartitionsRequestCursor(r: Reader, _version: number): DescribeTopicPartitionsRequestCursor {
  r.field = 'Cursor.TopicName';
  const fTopicName: string = r.compactString();
  r.field = 'Cursor.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Cursor._tagged_fields';
  r.skipTaggedFields();
  return {
    topicName: fTopicName,
    partitionIndex: fPartitionIndex,
  };
}

function writeDescribeTopicPartitionsRequest_Topics(w: Writer, version: number, items: DescribeTopicPartitionsRequestTopicRequest[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeDescribeTopicPartitionsRequestTopicRequest(w, version, item);
}

function writeDescribeTopicPartitionsRequest(w: Writer, version: number, v: DescribeTopicPartitionsRequest): void {
  writeDescribeTopicPartitionsRequest_Topics(w, version, v.topics);
  w.int32(v.responsePartitionLimit);
  if (v.cursor === null) {
    w.int8(-1);
  } else {
    w.int8(1);
    writeDescribeTopicPartitionsRequestCursor(w, version, v.cursor);
  }
  w.uvarint(0);
}

function writeDescribeTopicPartitionsRequestTopicRequest(w: Writer, _version: number, v: DescribeTopicPartitionsRequestTopicRequest): void {
  w.compactString(v.name);
  w.uvarint(0);
}

function writeDescribeTopicPartitionsRequestCursor(w: Writer, _version: number, v: DescribeTopicPartitionsRequestCursor): void {
  w.compactString(v.topicName);
  w.int32(v.partitionIndex);
  w.uvarint(0);
}

export const DescribeTopicPartitionsRequestCodec: MessageCodec<DescribeTopicPartitionsRequest> = {
  name: 'DescribeTopicPartitionsRequest',
  apiKey: 75,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): DescribeTopicPartitionsRequest {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultDescribeTopicPartitionsRequest();
    }
    return readDescribeTopicPartitionsRequest(r, version);
  },
  encode(w: Writer, version: number, value: DescribeTopicPartitionsRequest): void {
    if (version < 0 || version > 0) unsupportedVersion('DescribeTopicPartitionsRequest', version, 0, 0);
    writeDescribeTopicPartitionsRequest(w, version, value);
  },
  defaults: defaultDescribeTopicPartitionsRequest,
};

/** DescribeTopicPartitionsResponse (response, API key 75), versions 0. */
export interface DescribeTopicPartitionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** Each topic in the response. (versions 0+) */
  topics: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic[];
  /** The next topic and partition index to fetch details for. (versions 0+, nullable 0+, default null) */
  nextCursor: DescribeTopicPartitionsResponseCursor | null;
}

/** DescribeTopicPartitionsResponse DescribeTopicPartitionsResponseTopic, versions 0. */
export interface DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic {
  /** The topic error, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The topic name. (versions 0+, nullable 0+) */
  name: string | null;
  /** The topic id. (versions 0+) */
  topicId: string;
  /** True if the topic is internal. (versions 0+, default false) */
  isInternal: boolean;
  /** Each partition in the topic. (versions 0+) */
  partitions: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition[];
  /** 32-bit bitfield to represent authorized operations for this topic. (versions 0+, default -2147483648) */
  topicAuthorizedOperations: number;
}

/** DescribeTopicPartitionsResponse DescribeTopicPartitionsResponsePartition, versions 0. */
export interface DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition {
  /** The partition error, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The ID of the leader broker. (versions 0+) */
  leaderId: number;
  /** The leader epoch of this partition. (versions 0+, default -1) */
  leaderEpoch: number;
  /** The set of all nodes that host this partition. (versions 0+) */
  replicaNodes: number[];
  /** The set of nodes that are in sync with the leader for this partition. (versions 0+) */
  isrNodes: number[];
  /** The new eligible leader replicas otherwise. (versions 0+, nullable 0+, default null) */
  eligibleLeaderReplicas: number[] | null;
  /** The last known ELR. (versions 0+, nullable 0+, default null) */
  lastKnownElr: number[] | null;
  /** The set of offline replicas of this partition. (versions 0+) */
  offlineReplicas: number[];
}

/** DescribeTopicPartitionsResponse Cursor, versions 0. */
export interface DescribeTopicPartitionsResponseCursor {
  /** The name for the first topic to process (versions 0+) */
  topicName: string;
  /** The partition index to start with (versions 0+) */
  partitionIndex: number;
}

/** A fresh DescribeTopicPartitionsResponse with every field at its schema default. */
export function defaultDescribeTopicPartitionsResponse(): DescribeTopicPartitionsResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    nextCursor: null,
  };
}

/** A fresh DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic with every field at its schema default. */
export function defaultDescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic(): DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic {
  return {
    errorCode: 0,
    name: '',
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    isInternal: false,
    partitions: [],
    topicAuthorizedOperations: -2147483648,
  };
}

/** A fresh DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition with every field at its schema default. */
export function defaultDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition(): DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition {
  return {
    errorCode: 0,
    partitionIndex: 0,
    leaderId: 0,
    leaderEpoch: -1,
    replicaNodes: [],
    isrNodes: [],
    eligibleLeaderReplicas: null,
    lastKnownElr: null,
    offlineReplicas: [],
  };
}

/** A fresh DescribeTopicPartitionsResponseCursor with every field at its schema default. */
export function defaultDescribeTopicPartitionsResponseCursor(): DescribeTopicPartitionsResponseCursor {
  return {
    topicName: '',
    partitionIndex: 0,
  };
}

function readDescribeTopicPartitionsResponse_Topics(r: Reader, version: number): DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic[] {
  const n = r.compactArrayLength(26);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic(r, version));
  return items;
}

function readDescribeTopicPartitionsResponse(r: Reader, version: number): DescribeTopicPartitionsResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'Topics';
  const fTopics: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic[] = readDescribeTopicPartitionsResponse_Topics(r, version);
  r.field = 'NextCursor';
  const fNextCursor: DescribeTopicPartitionsResponseCursor | null = (r.int8() < 0 ? null : readDescribeTopicPartitionsResponseCursor(r, version));
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    throttleTimeMs: fThrottleTimeMs,
    topics: fTopics,
    nextCursor: fNextCursor,
  };
}

function readDescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic_Partitions(r: Reader, version: number): DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition[] {
  const n = r.compactArrayLength(20);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition(r, version));
  return items;
}

function readDescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic(r: Reader, version: number): DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic {
  r.field = 'Topics.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Topics.Name';
  const fName: string | null = r.compactNullableString();
  r.field = 'Topics.TopicId';
  const fTopicId: string = r.uuid();
  r.field = 'Topics.IsInternal';
  const fIsInternal: boolean = r.bool();
  r.field = 'Topics.Partitions';
  const fPartitions: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition[] = readDescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic_Partitions(r, version);
  r.field = 'Topics.TopicAuthorizedOperations';
  const fTopicAuthorizedOperations: number = r.int32();
  r.field = 'Topics._tagged_fields';
  r.skipTaggedFields();
  return {
    errorCode: fErrorCode,
    name: fName,
    topicId: fTopicId,
    isInternal: fIsInternal,
    partitions: fPartitions,
    topicAuthorizedOperations: fTopicAuthorizedOperations,
  };
}

function readDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition_ReplicaNodes(r: Reader, _version: number): number[] {
  const n = r.compactArrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition_IsrNodes(r: Reader, _version: number): number[] {
  const n = r.compactArrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition_EligibleLeaderReplicas(r: Reader, _version: number): number[] | null {
  const n = r.compactArrayLength(4);
  if (n < 0) {
    return null;
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition_LastKnownElr(r: Reader, _version: number): number[] | null {
  const n = r.compactArrayLength(4);
  if (n < 0) {
    return null;
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition_OfflineReplicas(r: Reader, _version: number): number[] {
  const n = r.compactArrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition(r: Reader, version: number): DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition {
  r.field = 'Topics.Partitions.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Topics.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Topics.Partitions.LeaderId';
  const fLeaderId: number = r.int32();
  r.field = 'Topics.Partitions.LeaderEpoch';
  const fLeaderEpoch: number = r.int32();
  r.field = 'Topics.Partitions.ReplicaNodes';
  const fReplicaNodes: number[] = readDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition_ReplicaNodes(r, version);
  r.field = 'Topics.Partitions.IsrNodes';
  const fIsrNodes: number[] = readDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition_IsrNodes(r, version);
  r.field = 'Topics.Partitions.EligibleLeaderReplicas';
  const fEligibleLeaderReplicas: number[] | null = readDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition_EligibleLeaderReplicas(r, version);
  r.field = 'Topics.Partitions.LastKnownElr';
  const fLastKnownElr: number[] | null = readDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition_LastKnownElr(r, version);
  r.field = 'Topics.Partitions.OfflineReplicas';
  const fOfflineReplicas: number[] = readDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition_OfflineReplicas(r, version);
  r.field = 'Topics.Partitions._tagged_fields';
  r.skipTaggedFields();
  return {
    errorCode: fErrorCode,
    partitionIndex: fPartitionIndex,
    leaderId: fLeaderId,
    leaderEpoch: fLeaderEpoch,
    replicaNodes: fReplicaNodes,
    isrNodes: fIsrNodes,
    eligibleLeaderReplicas: fEligibleLeaderReplicas,
    lastKnownElr: fLastKnownElr,
    offlineReplicas: fOfflineReplicas,
  };
}

function readDescribeTopicPartitionsResponseCursor(r: Reader, _version: number): DescribeTopicPartitionsResponseCursor {
  r.field = 'NextCursor.TopicName';
  const fTopicName: string = r.compactString();
  r.field = 'NextCursor.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'NextCursor._tagged_fields';
  r.skipTaggedFields();
  return {
    topicName: fTopicName,
    partitionIndex: fPartitionIndex,
  };
}

function writeDescribeTopicPartitionsResponse_Topics(w: Writer, version: number, items: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic(w, version, item);
}

function writeDescribeTopicPartitionsResponse(w: Writer, version: number, v: DescribeTopicPartitionsResponse): void {
  w.int32(v.throttleTimeMs);
  writeDescribeTopicPartitionsResponse_Topics(w, version, v.topics);
  if (v.nextCursor === null) {
    w.int8(-1);
  } else {
    w.int8(1);
    writeDescribeTopicPartitionsResponseCursor(w, version, v.nextCursor);
  }
  w.uvarint(0);
}

function writeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic_Partitions(w: Writer, version: number, items: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition(w, version, item);
}

function writeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic(w: Writer, version: number, v: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic): void {
  w.int16(v.errorCode);
  w.compactNullableString(v.name);
  w.uuid(v.topicId);
  w.bool(v.isInternal);
  writeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic_Partitions(w, version, v.partitions);
  w.int32(v.topicAuthorizedOperations);
  w.uvarint(0);
}

function writeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition_ReplicaNodes(w: Writer, _version: number, items: number[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.int32(item);
}

function writeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition_IsrNodes(w: Writer, _version: number, items: number[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.int32(item);
}

function writeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition_EligibleLeaderReplicas(w: Writer, _version: number, items: number[] | null): void {
  if (items === null) {
    w.uvarint(0);
    return;
  }
  w.uvarint(items.length + 1);
  for (const item of items) w.int32(item);
}

function writeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition_LastKnownElr(w: Writer, _version: number, items: number[] | null): void {
  if (items === null) {
    w.uvarint(0);
    return;
  }
  w.uvarint(items.length + 1);
  for (const item of items) w.int32(item);
}

function writeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition_OfflineReplicas(w: Writer, _version: number, items: number[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.int32(item);
}

function writeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition(w: Writer, version: number, v: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition): void {
  w.int16(v.errorCode);
  w.int32(v.partitionIndex);
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  writeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition_ReplicaNodes(w, version, v.replicaNodes);
  writeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition_IsrNodes(w, version, v.isrNodes);
  writeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition_EligibleLeaderReplicas(w, version, v.eligibleLeaderReplicas);
  writeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition_LastKnownElr(w, version, v.lastKnownElr);
  writeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition_OfflineReplicas(w, version, v.offlineReplicas);
  w.uvarint(0);
}

function writeDescribeTopicPartitionsResponseCursor(w: Writer, _version: number, v: DescribeTopicPartitionsResponseCursor): void {
  w.compactString(v.topicName);
  w.int32(v.partitionIndex);
  w.uvarint(0);
}

export const DescribeTopicPartitionsResponseCodec: MessageCodec<DescribeTopicPartitionsResponse> = {
  name: 'DescribeTopicPartitionsResponse',
  apiKey: 75,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): DescribeTopicPartitionsResponse {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultDescribeTopicPartitionsResponse();
    }
    return readDescribeTopicPartitionsResponse(r, version);
  },
  encode(w: Writer, version: number, value: DescribeTopicPartitionsResponse): void {
    if (version < 0 || version > 0) unsupportedVersion('DescribeTopicPartitionsResponse', version, 0, 0);
    writeDescribeTopicPartitionsResponse(w, version, value);
  },
  defaults: defaultDescribeTopicPartitionsResponse,
};
