// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   DeleteRecordsRequest.json, DeleteRecordsResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** DeleteRecordsRequest (request, API key 21), versions 0-2. */
export interface DeleteRecordsRequest {
  /** Each topic that we want to delete records from. (versions 0+) */
  topics: DeleteRecordsRequestDeleteRecordsTopic[];
  /** How long to wait for the deletion to complete, in milliseconds. (versions 0+) */
  timeoutMs: number;
}

/** DeleteRecordsRequest DeleteRecordsTopic, versions 0-2. */
export interface DeleteRecordsRequestDeleteRecordsTopic {
  /** The topic name. (versions 0+) */
  name: string;
  /** Each partition that we want to delete records from. (versions 0+) */
  partitions: DeleteRecordsRequestDeleteRecordsPartition[];
}

/** DeleteRecordsRequest DeleteRecordsPartition, versions 0-2. */
export interface DeleteRecordsRequestDeleteRecordsPartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The deletion offset. (versions 0+) */
  offset: bigint;
}

/** A fresh DeleteRecordsRequest with every field at its schema default. */
export function defaultDeleteRecordsRequest(): DeleteRecordsRequest {
  return {
    topics: [],
    timeoutMs: 0,
  };
}

/** A fresh DeleteRecordsRequestDeleteRecordsTopic with every field at its schema default. */
export function defaultDeleteRecordsRequestDeleteRecordsTopic(): DeleteRecordsRequestDeleteRecordsTopic {
  return {
    name: '',
    partitions: [],
  };
}

/** A fresh DeleteRecordsRequestDeleteRecordsPartition with every field at its schema default. */
export function defaultDeleteRecordsRequestDeleteRecordsPartition(): DeleteRecordsRequestDeleteRecordsPartition {
  return {
    partitionIndex: 0,
    offset: 0n,
  };
}

function readDeleteRecordsRequest_Topics(r: Reader, version: number): DeleteRecordsRequestDeleteRecordsTopic[] {
  const n = version >= 2 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DeleteRecordsRequestDeleteRecordsTopic[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDeleteRecordsRequestDeleteRecordsTopic(r, version));
  return items;
}

function readDeleteRecordsRequest(r: Reader, version: number): DeleteRecordsRequest {
  r.field = 'Topics';
  const fTopics: DeleteRecordsRequestDeleteRecordsTopic[] = readDeleteRecordsRequest_Topics(r, version);
  r.field = 'TimeoutMs';
  const fTimeoutMs: number = r.int32();
  if (version >= 2) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    topics: fTopics,
    timeoutMs: fTimeoutMs,
  };
}

function readDeleteRecordsRequestDeleteRecordsTopic_Partitions(r: Reader, version: number): DeleteRecordsRequestDeleteRecordsPartition[] {
  const n = version >= 2 ? r.compactArrayLength(12) : r.arrayLength(12);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DeleteRecordsRequestDeleteRecordsPartition[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDeleteRecordsRequestDeleteRecordsPartition(r, version));
  return items;
}

function readDeleteRecordsRequestDeleteRecordsTopic(r: Reader, version: number): DeleteRecordsRequestDeleteRecordsTopic {
  r.field = 'Topics.Name';
  const fName: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'Topics.Partitions';
  const fPartitions: DeleteRecordsRequestDeleteRecordsPartition[] = readDeleteRecordsRequestDeleteRecordsTopic_Partitions(r, version);
  if (version >= 2) {
    r.field = 'Topics._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    name: fName,
    partitions: fPartitions,
  };
}

function readDeleteRecordsRequestDeleteRecordsPartition(r: Reader, version: number): DeleteRecordsRequestDeleteRecordsPartition {
  r.field = 'Topics.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Topics.Partitions.Offset';
  const fOffset: bigint = r.int64();
  if (version >= 2) {
    r.field = 'Topics.Partitions._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    partitionIndex: fPartitionIndex,
    offset: fOffset,
  };
}

function writeDeleteRecordsRequest_Topics(w: Writer, version: number, items: DeleteRecordsRequestDeleteRecordsTopic[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeDeleteRecordsRequestDeleteRecordsTopic(w, version, item);
}

function writeDeleteRecordsRequest(w: Writer, version: number, v: DeleteRecordsRequest): void {
  writeDeleteRecordsRequest_Topics(w, version, v.topics);
  w.int32(v.timeoutMs);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeDeleteRecordsRequestDeleteRecordsTopic_Partitions(w: Writer, version: number, items: DeleteRecordsRequestDeleteRecordsPartition[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeDeleteRecordsRequestDeleteRecordsPartition(w, version, item);
}

function writeDeleteRecordsRequestDeleteRecordsTopic(w: Writer, version: number, v: DeleteRecordsRequestDeleteRecordsTopic): void {
  version >= 2 ? w.compactString(v.name) : w.string(v.name);
  writeDeleteRecordsRequestDeleteRecordsTopic_Partitions(w, version, v.partitions);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeDeleteRecordsRequestDeleteRecordsPartition(w: Writer, version: number, v: DeleteRecordsRequestDeleteRecordsPartition): void {
  w.int32(v.partitionIndex);
  w.int64(v.offset);
  if (version >= 2) {
    w.uvarint(0);
  }
}

export const DeleteRecordsRequestCodec: MessageCodec<DeleteRecordsRequest> = {
  name: 'DeleteRecordsRequest',
  apiKey: 21,
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  decode(r: Reader, version: number): DeleteRecordsRequest {
    if (version < 0 || version > 2) {
      r.fail(`unsupported version ${version}`);
      return defaultDeleteRecordsRequest();
    }
    return readDeleteRecordsRequest(r, version);
  },
  encode(w: Writer, version: number, value: DeleteRecordsRequest): void {
    if (version < 0 || version > 2) unsupportedVersion('DeleteRecordsRequest', version, 0, 2);
    writeDeleteRecordsRequest(w, version, value);
  },
  defaults: defaultDeleteRecordsRequest,
};

/** DeleteRecordsResponse (response, API key 21), versions 0-2. */
export interface DeleteRecordsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** Each topic that we wanted to delete records from. (versions 0+) */
  topics: DeleteRecordsResponseDeleteRecordsTopicResult[];
}

/** DeleteRecordsResponse DeleteRecordsTopicResult, versions 0-2. */
export interface DeleteRecordsResponseDeleteRecordsTopicResult {
  /** The topic name. (versions 0+) */
  name: string;
  /** Each partition that we wanted to delete records from. (versions 0+) */
  partitions: DeleteRecordsResponseDeleteRecordsPartitionResult[];
}

/** DeleteRecordsResponse DeleteRecordsPartitionResult, versions 0-2. */
export interface DeleteRecordsResponseDeleteRecordsPartitionResult {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The partition low water mark. (versions 0+) */
  lowWatermark: bigint;
  /** The deletion error code, or 0 if the deletion succeeded. (versions 0+) */
  errorCode: number;
}

/** A fresh DeleteRecordsResponse with every field at its schema default. */
export function defaultDeleteRecordsResponse(): DeleteRecordsResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
  };
}

/** A fresh DeleteRecordsResponseDeleteRecordsTopicResult with every field at its schema default. */
export function defaultDeleteRecordsResponseDeleteRecordsTopicResult(): DeleteRecordsResponseDeleteRecordsTopicResult {
  return {
    name: '',
    partitions: [],
  };
}

/** A fresh DeleteRecordsResponseDeleteRecordsPartitionResult with every field at its schema default. */
export function defaultDeleteRecordsResponseDeleteRecordsPartitionResult(): DeleteRecordsResponseDeleteRecordsPartitionResult {
  return {
    partitionIndex: 0,
    lowWatermark: 0n,
    errorCode: 0,
  };
}

function readDeleteRecordsResponse_Topics(r: Reader, version: number): DeleteRecordsResponseDeleteRecordsTopicResult[] {
  const n = version >= 2 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DeleteRecordsResponseDeleteRecordsTopicResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDeleteRecordsResponseDeleteRecordsTopicResult(r, version));
  return items;
}

function readDeleteRecordsResponse(r: Reader, version: number): DeleteRecordsResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'Topics';
  const fTopics: DeleteRecordsResponseDeleteRecordsTopicResult[] = readDeleteRecordsResponse_Topics(r, version);
  if (version >= 2) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    throttleTimeMs: fThrottleTimeMs,
    topics: fTopics,
  };
}

function readDeleteRecordsResponseDeleteRecordsTopicResult_Partitions(r: Reader, version: number): DeleteRecordsResponseDeleteRecordsPartitionResult[] {
  const n = version >= 2 ? r.compactArrayLength(14) : r.arrayLength(14);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DeleteRecordsResponseDeleteRecordsPartitionResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDeleteRecordsResponseDeleteRecordsPartitionResult(r, version));
  return items;
}

function readDeleteRecordsResponseDeleteRecordsTopicResult(r: Reader, version: number): DeleteRecordsResponseDeleteRecordsTopicResult {
  r.field = 'Topics.Name';
  const fName: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'Topics.Partitions';
  const fPartitions: DeleteRecordsResponseDeleteRecordsPartitionResult[] = readDeleteRecordsResponseDeleteRecordsTopicResult_Partitions(r, version);
  if (version >= 2) {
    r.field = 'Topics._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    name: fName,
    partitions: fPartitions,
  };
}

function readDeleteRecordsResponseDeleteRecordsPartitionResult(r: Reader, version: number): DeleteRecordsResponseDeleteRecordsPartitionResult {
  r.field = 'Topics.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Topics.Partitions.LowWatermark';
  const fLowWatermark: bigint = r.int64();
  r.field = 'Topics.Partitions.ErrorCode';
  const fErrorCode: number = r.int16();
  if (version >= 2) {
    r.field = 'Topics.Partitions._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    partitionIndex: fPartitionIndex,
    lowWatermark: fLowWatermark,
    errorCode: fErrorCode,
  };
}

function writeDeleteRecordsResponse_Topics(w: Writer, version: number, items: DeleteRecordsResponseDeleteRecordsTopicResult[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeDeleteRecordsResponseDeleteRecordsTopicResult(w, version, item);
}

function writeDeleteRecordsResponse(w: Writer, version: number, v: DeleteRecordsResponse): void {
  w.int32(v.throttleTimeMs);
  writeDeleteRecordsResponse_Topics(w, version, v.topics);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeDeleteRecordsResponseDeleteRecordsTopicResult_Partitions(w: Writer, version: number, items: DeleteRecordsResponseDeleteRecordsPartitionResult[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeDeleteRecordsResponseDeleteRecordsPartitionResult(w, version, item);
}

function writeDeleteRecordsResponseDeleteRecordsTopicResult(w: Writer, version: number, v: DeleteRecordsResponseDeleteRecordsTopicResult): void {
  version >= 2 ? w.compactString(v.name) : w.string(v.name);
  writeDeleteRecordsResponseDeleteRecordsTopicResult_Partitions(w, version, v.partitions);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeDeleteRecordsResponseDeleteRecordsPartitionResult(w: Writer, version: number, v: DeleteRecordsResponseDeleteRecordsPartitionResult): void {
  w.int32(v.partitionIndex);
  w.int64(v.lowWatermark);
  w.int16(v.errorCode);
  if (version >= 2) {
    w.uvarint(0);
  }
}

export const DeleteRecordsResponseCodec: MessageCodec<DeleteRecordsResponse> = {
  name: 'DeleteRecordsResponse',
  apiKey: 21,
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  decode(r: Reader, version: number): DeleteRecordsResponse {
    if (version < 0 || version > 2) {
      r.fail(`unsupported version ${version}`);
      return defaultDeleteRecordsResponse();
    }
    return readDeleteRecordsResponse(r, version);
  },
  encode(w: Writer, version: number, value: DeleteRecordsResponse): void {
    if (version < 0 || version > 2) unsupportedVersion('DeleteRecordsResponse', version, 0, 2);
    writeDeleteRecordsResponse(w, version, value);
  },
  defaults: defaultDeleteRecordsResponse,
};
