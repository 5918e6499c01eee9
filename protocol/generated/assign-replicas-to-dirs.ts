// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   AssignReplicasToDirsRequest.json, AssignReplicasToDirsResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** AssignReplicasToDirsRequest (request, API key 73), versions 0. */
export interface AssignReplicasToDirsRequest {
  /** The ID of the requesting broker (versions 0+) */
  brokerId: number;
  /** The epoch of the requesting broker (versions 0+, default -1) */
  brokerEpoch: bigint;
  /** (versions 0+) */
  directories: AssignReplicasToDirsRequestDirectoryData[];
}

/** AssignReplicasToDirsRequest DirectoryData, versions 0. */
export interface AssignReplicasToDirsRequestDirectoryData {
  /** The ID of the directory (versions 0+) */
  id: string;
  /** (versions 0+) */
  topics: AssignReplicasToDirsRequestTopicData[];
}

/** AssignReplicasToDirsRequest TopicData, versions 0. */
export interface AssignReplicasToDirsRequestTopicData {
  /** The ID of the assigned topic (versions 0+) */
  topicId: string;
  /** (versions 0+) */
  partitions: AssignReplicasToDirsRequestPartitionData[];
}

/** AssignReplicasToDirsRequest PartitionData, versions 0. */
export interface AssignReplicasToDirsRequestPartitionData {
  /** The partition index (versions 0+) */
  partitionIndex: number;
}

/** A fresh AssignReplicasToDirsRequest with every field at its schema default. */
export function defaultAssignReplicasToDirsRequest(): AssignReplicasToDirsRequest {
  return {
    brokerId: 0,
    brokerEpoch: -1n,
    directories: [],
  };
}

/** A fresh AssignReplicasToDirsRequestDirectoryData with every field at its schema default. */
export function defaultAssignReplicasToDirsRequestDirectoryData(): AssignReplicasToDirsRequestDirectoryData {
  return {
    id: 'AAAAAAAAAAAAAAAAAAAAAA',
    topics: [],
  };
}

/** A fresh AssignReplicasToDirsRequestTopicData with every field at its schema default. */
export function defaultAssignReplicasToDirsRequestTopicData(): AssignReplicasToDirsRequestTopicData {
  return {
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitions: [],
  };
}

/** A fresh AssignReplicasToDirsRequestPartitionData with every field at its schema default. */
export function defaultAssignReplicasToDirsRequestPartitionData(): AssignReplicasToDirsRequestPartitionData {
  return {
    partitionIndex: 0,
  };
}

function readAssignReplicasToDirsRequest_Directories(r: Reader, version: number): AssignReplicasToDirsRequestDirectoryData[] {
  const n = r.compactArrayLength(18);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AssignReplicasToDirsRequestDirectoryData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAssignReplicasToDirsRequestDirectoryData(r, version));
  return items;
}

function readAssignReplicasToDirsRequest(r: Reader, version: number): AssignReplicasToDirsRequest {
  r.field = 'BrokerId';
  const fBrokerId: number = r.int32();
  r.field = 'BrokerEpoch';
  const fBrokerEpoch: bigint = r.int64();
  r.field = 'Directories';
  const fDirectories: AssignReplicasToDirsRequestDirectoryData[] = readAssignReplicasToDirsRequest_Directories(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    brokerId: fBrokerId,
    brokerEpoch: fBrokerEpoch,
    directories: fDirectories,
  };
}

function readAssignReplicasToDirsRequestDirectoryData_Topics(r: Reader, version: number): AssignReplicasToDirsRequestTopicData[] {
  const n = r.compactArrayLength(18);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AssignReplicasToDirsRequestTopicData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAssignReplicasToDirsRequestTopicData(r, version));
  return items;
}

function readAssignReplicasToDirsRequestDirectoryData(r: Reader, version: number): AssignReplicasToDirsRequestDirectoryData {
  r.field = 'Directories.Id';
  const fId: string = r.uuid();
  r.field = 'Directories.Topics';
  const fTopics: AssignReplicasToDirsRequestTopicData[] = readAssignReplicasToDirsRequestDirectoryData_Topics(r, version);
  r.field = 'Directories._tagged_fields';
  r.skipTaggedFields();
  return {
    id: fId,
    topics: fTopics,
  };
}

function readAssignReplicasToDirsRequestTopicData_Partitions(r: Reader, version: number): AssignReplicasToDirsRequestPartitionData[] {
  const n = r.compactArrayLength(5);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AssignReplicasToDirsRequestPartitionData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAssignReplicasToDirsRequestPartitionData(r, version));
  return items;
}

function readAssignReplicasToDirsRequestTopicData(r: Reader, version: number): AssignReplicasToDirsRequestTopicData {
  r.field = 'Directories.Topics.TopicId';
  const fTopicId: string = r.uuid();
  r.field = 'Directories.Topics.Partitions';
  const fPartitions: AssignReplicasToDirsRequestPartitionData[] = readAssignReplicasToDirsRequestTopicData_Partitions(r, version);
  r.field = 'Directories.Topics._tagged_fields';
  r.skipTaggedFields();
  return {
    topicId: fTopicId,
    partitions: fPartitions,
  };
}

function readAssignReplicasToDirsRequestPartitionData(r: Reader, _version: number): AssignReplicasToDirsRequestPartitionData {
  r.field = 'Directories.Topics.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Directories.Topics.Partitions._tagged_fields';
  r.skipTaggedFields();
  return {
    partitionIndex: fPartitionIndex,
  };
}

function writeAssignReplicasToDirsRequest_Directories(w: Writer, version: number, items: AssignReplicasToDirsRequestDirectoryData[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeAssignReplicasToDirsRequestDirectoryData(w, version, item);
}

function writeAssignReplicasToDirsRequest(w: Writer, version: number, v: AssignReplicasToDirsRequest): void {
  w.int32(v.brokerId);
  w.int64(v.brokerEpoch);
  writeAssignReplicasToDirsRequest_Directories(w, version, v.directories);
  w.uvarint(0);
}

function writeAssignReplicasToDirsRequestDirectoryData_Topics(w: Writer, version: number, items: AssignReplicasToDirsRequestTopicData[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeAssignReplicasToDirsRequestTopicData(w, version, item);
}

function writeAssignReplicasToDirsRequestDirectoryData(w: Writer, version: number, v: AssignReplicasToDirsRequestDirectoryData): void {
  w.uuid(v.id);
  writeAssignReplicasToDirsRequestDirectoryData_Topics(w, version, v.topics);
  w.uvarint(0);
}

function writeAssignReplicasToDirsRequestTopicData_Partitions(w: Writer, version: number, items: AssignReplicasToDirsRequestPartitionData[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeAssignReplicasToDirsRequestPartitionData(w, version, item);
}

function writeAssignReplicasToDirsRequestTopicData(w: Writer, version: number, v: AssignReplicasToDirsRequestTopicData): void {
  w.uuid(v.topicId);
  writeAssignReplicasToDirsRequestTopicData_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeAssignReplicasToDirsRequestPartitionData(w: Writer, _version: number, v: AssignReplicasToDirsRequestPartitionData): void {
  w.int32(v.partitionIndex);
  w.uvarint(0);
}

export const AssignReplicasToDirsRequestCodec: MessageCodec<AssignReplicasToDirsRequest> = {
  name: 'AssignReplicasToDirsRequest',
  apiKey: 73,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): AssignReplicasToDirsRequest {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultAssignReplicasToDirsRequest();
    }
    return readAssignReplicasToDirsRequest(r, version);
  },
  encode(w: Writer, version: number, value: AssignReplicasToDirsRequest): void {
    if (version < 0 || version > 0) unsupportedVersion('AssignReplicasToDirsRequest', version, 0, 0);
    writeAssignReplicasToDirsRequest(w, version, value);
  },
  defaults: defaultAssignReplicasToDirsRequest,
};

/** AssignReplicasToDirsResponse (response, API key 73), versions 0. */
export interface AssignReplicasToDirsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The top level response error code (versions 0+) */
  errorCode: number;
  /** (versions 0+) */
  directories: AssignReplicasToDirsResponseDirectoryData[];
}

/** AssignReplicasToDirsResponse DirectoryData, versions 0. */
export interface AssignReplicasToDirsResponseDirectoryData {
  /** The ID of the directory (versions 0+) */
  id: string;
  /** (versions 0+) */
  topics: AssignReplicasToDirsResponseTopicData[];
}

/** AssignReplicasToDirsResponse TopicData, versions 0. */
export interface AssignReplicasToDirsResponseTopicData {
  /** The ID of the assigned topic (versions 0+) */
  topicId: string;
  /** (versions 0+) */
  partitions: AssignReplicasToDirsResponsePartitionData[];
}

/** AssignReplicasToDirsResponse PartitionData, versions 0. */
export interface AssignReplicasToDirsResponsePartitionData {
  /** The partition index (versions 0+) */
  partitionIndex: number;
  /** The partition level error code (versions 0+) */
  errorCode: number;
}

/** A fresh AssignReplicasToDirsResponse with every field at its schema default. */
export function defaultAssignReplicasToDirsResponse(): AssignReplicasToDirsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    directories: [],
  };
}

/** A fresh AssignReplicasToDirsResponseDirectoryData with every field at its schema default. */
export function defaultAssignReplicasToDirsResponseDirectoryData(): AssignReplicasToDirsResponseDirectoryData {
  return {
    id: 'AAAAAAAAAAAAAAAAAAAAAA',
    topics: [],
  };
}

/** A fresh AssignReplicasToDirsResponseTopicData with every field at its schema default. */
export function defaultAssignReplicasToDirsResponseTopicData(): AssignReplicasToDirsResponseTopicData {
  return {
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitions: [],
  };
}

/** A fresh AssignReplicasToDirsResponsePartitionData with every field at its schema default. */
export function defaultAssignReplicasToDirsResponsePartitionData(): AssignReplicasToDirsResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
  };
}

function readAssignReplicasToDirsResponse_Directories(r: Reader, version: number): AssignReplicasToDirsResponseDirectoryData[] {
  const n = r.compactArrayLength(18);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AssignReplicasToDirsResponseDirectoryData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAssignReplicasToDirsResponseDirectoryData(r, version));
  return items;
}

function readAssignReplicasToDirsResponse(r: Reader, version: number): AssignReplicasToDirsResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Directories';
  const fDirectories: AssignReplicasToDirsResponseDirectoryData[] = readAssignReplicasToDirsResponse_Directories(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
    directories: fDirectories,
  };
}

function readAssignReplicasToDirsResponseDirectoryData_Topics(r: Reader, version: number): AssignReplicasToDirsResponseTopicData[] {
  const n = r.compactArrayLength(18);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AssignReplicasToDirsResponseTopicData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAssignReplicasToDirsResponseTopicData(r, version));
  return items;
}

function readAssignReplicasToDirsResponseDirectoryData(r: Reader, version: number): AssignReplicasToDirsResponseDirectoryData {
  r.field = 'Directories.Id';
  const fId: string = r.uuid();
  r.field = 'Directories.Topics';
  const fTopics: AssignReplicasToDirsResponseTopicData[] = readAssignReplicasToDirsResponseDirectoryData_Topics(r, version);
  r.field = 'Directories._tagged_fields';
  r.skipTaggedFields();
  return {
    id: fId,
    topics: fTopics,
  };
}

function readAssignReplicasToDirsResponseTopicData_Partitions(r: Reader, version: number): AssignReplicasToDirsResponsePartitionData[] {
  const n = r.compactArrayLength(7);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AssignReplicasToDirsResponsePartitionData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAssignReplicasToDirsResponsePartitionData(r, version));
  return items;
}

function readAssignReplicasToDirsResponseTopicData(r: Reader, version: number): AssignReplicasToDirsResponseTopicData {
  r.field = 'Directories.Topics.TopicId';
  const fTopicId: string = r.uuid();
  r.field = 'Directories.Topics.Partitions';
  const fPartitions: AssignReplicasToDirsResponsePartitionData[] = readAssignReplicasToDirsResponseTopicData_Partitions(r, version);
  r.field = 'Directories.Topics._tagged_fields';
  r.skipTaggedFields();
  return {
    topicId: fTopicId,
    partitions: fPartitions,
  };
}

function readAssignReplicasToDirsResponsePartitionData(r: Reader, _version: number): AssignReplicasToDirsResponsePartitionData {
  r.field = 'Directories.Topics.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Directories.Topics.Partitions.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Directories.Topics.Partitions._tagged_fields';
  r.skipTaggedFields();
  return {
    partitionIndex: fPartitionIndex,
    errorCode: fErrorCode,
  };
}

function writeAssignReplicasToDirsResponse_Directories(w: Writer, version: number, items: AssignReplicasToDirsResponseDirectoryData[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeAssignReplicasToDirsResponseDirectoryData(w, version, item);
}

function writeAssignReplicasToDirsResponse(w: Writer, version: number, v: AssignReplicasToDirsResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  writeAssignReplicasToDirsResponse_Directories(w, version, v.directories);
  w.uvarint(0);
}

function writeAssignReplicasToDirsResponseDirectoryData_Topics(w: Writer, version: number, items: AssignReplicasToDirsResponseTopicData[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeAssignReplicasToDirsResponseTopicData(w, version, item);
}

function writeAssignReplicasToDirsResponseDirectoryData(w: Writer, version: number, v: AssignReplicasToDirsResponseDirectoryData): void {
  w.uuid(v.id);
  writeAssignReplicasToDirsResponseDirectoryData_Topics(w, version, v.topics);
  w.uvarint(0);
}

function writeAssignReplicasToDirsResponseTopicData_Partitions(w: Writer, version: number, items: AssignReplicasToDirsResponsePartitionData[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeAssignReplicasToDirsResponsePartitionData(w, version, item);
}

function writeAssignReplicasToDirsResponseTopicData(w: Writer, version: number, v: AssignReplicasToDirsResponseTopicData): void {
  w.uuid(v.topicId);
  writeAssignReplicasToDirsResponseTopicData_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeAssignReplicasToDirsResponsePartitionData(w: Writer, _version: number, v: AssignReplicasToDirsResponsePartitionData): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.uvarint(0);
}

export const AssignReplicasToDirsResponseCodec: MessageCodec<AssignReplicasToDirsResponse> = {
  name: 'AssignReplicasToDirsResponse',
  apiKey: 73,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): AssignReplicasToDirsResponse {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultAssignReplicasToDirsResponse();
    }
    return readAssignReplicasToDirsResponse(r, version);
  },
  encode(w: Writer, version: number, value: AssignReplicasToDirsResponse): void {
    if (version < 0 || version > 0) unsupportedVersion('AssignReplicasToDirsResponse', version, 0, 0);
    writeAssignReplicasToDirsResponse(w, version, value);
  },
  defaults: defaultAssignReplicasToDirsResponse,
};
