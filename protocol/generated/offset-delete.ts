// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   OffsetDeleteRequest.json, OffsetDeleteResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** OffsetDeleteRequest (request, API key 47), versions 0. */
export interface OffsetDeleteRequest {
  /** The unique group identifier. (versions 0+) */
  groupId: string;
  /** The topics to delete offsets for (versions 0+) */
  topics: OffsetDeleteRequestOffsetDeleteRequestTopic[];
}

/** OffsetDeleteRequest OffsetDeleteRequestTopic, versions 0. */
export interface OffsetDeleteRequestOffsetDeleteRequestTopic {
  /** The topic name. (versions 0+) */
  name: string;
  /** Each partition to delete offsets for. (versions 0+) */
  partitions: OffsetDeleteRequestOffsetDeleteRequestPartition[];
}

/** OffsetDeleteRequest OffsetDeleteRequestPartition, versions 0. */
export interface OffsetDeleteRequestOffsetDeleteRequestPartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
}

/** A fresh OffsetDeleteRequest with every field at its schema default. */
export function defaultOffsetDeleteRequest(): OffsetDeleteRequest {
  return {
    groupId: '',
    topics: [],
  };
}

/** A fresh OffsetDeleteRequestOffsetDeleteRequestTopic with every field at its schema default. */
export function defaultOffsetDeleteRequestOffsetDeleteRequestTopic(): OffsetDeleteRequestOffsetDeleteRequestTopic {
  return {
    name: '',
    partitions: [],
  };
}

/** A fresh OffsetDeleteRequestOffsetDeleteRequestPartition with every field at its schema default. */
export function defaultOffsetDeleteRequestOffsetDeleteRequestPartition(): OffsetDeleteRequestOffsetDeleteRequestPartition {
  return {
    partitionIndex: 0,
  };
}

function readOffsetDeleteRequest_Topics(r: Reader, version: number): OffsetDeleteRequestOffsetDeleteRequestTopic[] {
  const n = r.arrayLength(6);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: OffsetDeleteRequestOffsetDeleteRequestTopic[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readOffsetDeleteRequestOffsetDeleteRequestTopic(r, version));
  return items;
}

function readOffsetDeleteRequest(r: Reader, version: number): OffsetDeleteRequest {
  r.field = 'GroupId';
  const fGroupId: string = r.string();
  r.field = 'Topics';
  const fTopics: OffsetDeleteRequestOffsetDeleteRequestTopic[] = readOffsetDeleteRequest_Topics(r, version);
  return {
    groupId: fGroupId,
    topics: fTopics,
  };
}

function readOffsetDeleteRequestOffsetDeleteRequestTopic_Partitions(r: Reader, version: number): OffsetDeleteRequestOffsetDeleteRequestPartition[] {
  const n = r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: OffsetDeleteRequestOffsetDeleteRequestPartition[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readOffsetDeleteRequestOffsetDeleteRequestPartition(r, version));
  return items;
}

function readOffsetDeleteRequestOffsetDeleteRequestTopic(r: Reader, version: number): OffsetDeleteRequestOffsetDeleteRequestTopic {
  r.field = 'Topics.Name';
  const fName: string = r.string();
  r.field = 'Topics.Partitions';
  const fPartitions: OffsetDeleteRequestOffsetDeleteRequestPartition[] = readOffsetDeleteRequestOffsetDeleteRequestTopic_Partitions(r, version);
  return {
    name: fName,
    partitions: fPartitions,
  };
}

function readOffsetDeleteRequestOffsetDeleteRequestPartition(r: Reader, _version: number): OffsetDeleteRequestOffsetDeleteRequestPartition {
  r.field = 'Topics.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  return {
    partitionIndex: fPartitionIndex,
  };
}

function writeOffsetDeleteRequest_Topics(w: Writer, version: number, items: OffsetDeleteRequestOffsetDeleteRequestTopic[]): void {
  w.int32(items.length);
  for (const item of items) writeOffsetDeleteRequestOffsetDeleteRequestTopic(w, version, item);
}

function writeOffsetDeleteRequest(w: Writer, version: number, v: OffsetDeleteRequest): void {
  w.string(v.groupId);
  writeOffsetDeleteRequest_Topics(w, version, v.topics);
}

function writeOffsetDeleteRequestOffsetDeleteRequestTopic_Partitions(w: Writer, version: number, items: OffsetDeleteRequestOffsetDeleteRequestPartition[]): void {
  w.int32(items.length);
  for (const item of items) writeOffsetDeleteRequestOffsetDeleteRequestPartition(w, version, item);
}

function writeOffsetDeleteRequestOffsetDeleteRequestTopic(w: Writer, version: number, v: OffsetDeleteRequestOffsetDeleteRequestTopic): void {
  w.string(v.name);
  writeOffsetDeleteRequestOffsetDeleteRequestTopic_Partitions(w, version, v.partitions);
}

function writeOffsetDeleteRequestOffsetDeleteRequestPartition(w: Writer, _version: number, v: OffsetDeleteRequestOffsetDeleteRequestPartition): void {
  w.int32(v.partitionIndex);
}

export const OffsetDeleteRequestCodec: MessageCodec<OffsetDeleteRequest> = {
  name: 'OffsetDeleteRequest',
  apiKey: 47,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: null,
  decode(r: Reader, version: number): OffsetDeleteRequest {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultOffsetDeleteRequest();
    }
    return readOffsetDeleteRequest(r, version);
  },
  encode(w: Writer, version: number, value: OffsetDeleteRequest): void {
    if (version < 0 || version > 0) unsupportedVersion('OffsetDeleteRequest', version, 0, 0);
    writeOffsetDeleteRequest(w, version, value);
  },
  defaults: defaultOffsetDeleteRequest,
};

/** OffsetDeleteResponse (response, API key 47), versions 0. */
export interface OffsetDeleteResponse {
  /** The top-level error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The responses for each topic. (versions 0+) */
  topics: OffsetDeleteResponseOffsetDeleteResponseTopic[];
}

/** OffsetDeleteResponse OffsetDeleteResponseTopic, versions 0. */
export interface OffsetDeleteResponseOffsetDeleteResponseTopic {
  /** The topic name. (versions 0+) */
  name: string;
  /** The responses for each partition in the topic. (versions 0+) */
  partitions: OffsetDeleteResponseOffsetDeleteResponsePartition[];
}

/** OffsetDeleteResponse OffsetDeleteResponsePartition, versions 0. */
export interface OffsetDeleteResponseOffsetDeleteResponsePartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
}

/** A fresh OffsetDeleteResponse with every field at its schema default. */
export function defaultOffsetDeleteResponse(): OffsetDeleteResponse {
  return {
    errorCode: 0,
    throttleTimeMs: 0,
    topics: [],
  };
}

/** A fresh OffsetDeleteResponseOffsetDeleteResponseTopic with every field at its schema default. */
export function defaultOffsetDeleteResponseOffsetDeleteResponseTopic(): OffsetDeleteResponseOffsetDeleteResponseTopic {
  return {
    name: '',
    partitions: [],
  };
}

/** A fresh OffsetDeleteResponseOffsetDeleteResponsePartition with every field at its schema default. */
export function defaultOffsetDeleteResponseOffsetDeleteResponsePartition(): OffsetDeleteResponseOffsetDeleteResponsePartition {
  return {
    partitionIndex: 0,
    errorCode: 0,
  };
}

function readOffsetDeleteResponse_Topics(r: Reader, version: number): OffsetDeleteResponseOffsetDeleteResponseTopic[] {
  const n = r.arrayLength(6);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: OffsetDeleteResponseOffsetDeleteResponseTopic[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readOffsetDeleteResponseOffsetDeleteResponseTopic(r, version));
  return items;
}

function readOffsetDeleteResponse(r: Reader, version: number): OffsetDeleteResponse {
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'Topics';
  const fTopics: OffsetDeleteResponseOffsetDeleteResponseTopic[] = readOffsetDeleteResponse_Topics(r, version);
  return {
    errorCode: fErrorCode,
    throttleTimeMs: fThrottleTimeMs,
    topics: fTopics,
  };
}

function readOffsetDeleteResponseOffsetDeleteResponseTopic_Partitions(r: Reader, version: number): OffsetDeleteResponseOffsetDeleteResponsePartition[] {
  const n = r.arrayLength(6);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: OffsetDeleteResponseOffsetDeleteResponsePartition[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readOffsetDeleteResponseOffsetDeleteResponsePartition(r, version));
  return items;
}

function readOffsetDeleteResponseOffsetDeleteResponseTopic(r: Reader, version: number): OffsetDeleteResponseOffsetDeleteResponseTopic {
  r.field = 'Topics.Name';
  const fName: string = r.string();
  r.field = 'Topics.Partitions';
  const fPartitions: OffsetDeleteResponseOffsetDeleteResponsePartition[] = readOffsetDeleteResponseOffsetDeleteResponseTopic_Partitions(r, version);
  return {
    name: fName,
    partitions: fPartitions,
  };
}

function readOffsetDeleteResponseOffsetDeleteResponsePartition(r: Reader, _version: number): OffsetDeleteResponseOffsetDeleteResponsePartition {
  r.field = 'Topics.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Topics.Partitions.ErrorCode';
  const fErrorCode: number = r.int16();
  return {
    partitionIndex: fPartitionIndex,
    errorCode: fErrorCode,
  };
}

function writeOffsetDeleteResponse_Topics(w: Writer, version: number, items: OffsetDeleteResponseOffsetDeleteResponseTopic[]): void {
  w.int32(items.length);
  for (const item of items) writeOffsetDeleteResponseOffsetDeleteResponseTopic(w, version, item);
}

function writeOffsetDeleteResponse(w: Writer, version: number, v: OffsetDeleteResponse): void {
  w.int16(v.errorCode);
  w.int32(v.throttleTimeMs);
  writeOffsetDeleteResponse_Topics(w, version, v.topics);
}

function writeOffsetDeleteResponseOffsetDeleteResponseTopic_Partitions(w: Writer, version: number, items: OffsetDeleteResponseOffsetDeleteResponsePartition[]): void {
  w.int32(items.length);
  for (const item of items) writeOffsetDeleteResponseOffsetDeleteResponsePartition(w, version, item);
}

function writeOffsetDeleteResponseOffsetDeleteResponseTopic(w: Writer, version: number, v: OffsetDeleteResponseOffsetDeleteResponseTopic): void {
  w.string(v.name);
  writeOffsetDeleteResponseOffsetDeleteResponseTopic_Partitions(w, version, v.partitions);
}

function writeOffsetDeleteResponseOffsetDeleteResponsePartition(w: Writer, _version: number, v: OffsetDeleteResponseOffsetDeleteResponsePartition): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
}

export const OffsetDeleteResponseCodec: MessageCodec<OffsetDeleteResponse> = {
  name: 'OffsetDeleteResponse',
  apiKey: 47,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: null,
  decode(r: Reader, version: number): OffsetDeleteResponse {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultOffsetDeleteResponse();
    }
    return readOffsetDeleteResponse(r, version);
  },
  encode(w: Writer, version: number, value: OffsetDeleteResponse): void {
    if (version < 0 || version > 0) unsupportedVersion('OffsetDeleteResponse', version, 0, 0);
    writeOffsetDeleteResponse(w, version, value);
  },
  defaults: defaultOffsetDeleteResponse,
};
