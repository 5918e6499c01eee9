// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0 (kafka-clients-4.4.0.jar, common/message/), as released: no version
//   of apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99's kept (protocol/generator/overlay.ts)
//   AlterShareGroupOffsetsRequest.json, AlterShareGroupOffsetsResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** AlterShareGroupOffsetsRequest (request, API key 91), versions 0. */
export interface AlterShareGroupOffsetsRequest {
  /** The group identifier. (versions 0+) */
  groupId: string;
  /** The topics to alter offsets for. (versions 0+) */
  topics: AlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestTopic[];
}

/** AlterShareGroupOffsetsRequest AlterShareGroupOffsetsRequestTopic, versions 0. */
export interface AlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestTopic {
  /** The topic name. (versions 0+) */
  topicName: string;
  /** Each partition to alter offsets for. (versions 0+) */
  partitions: AlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestPartition[];
}

/** AlterShareGroupOffsetsRequest AlterShareGroupOffsetsRequestPartition, versions 0. */
export interface AlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestPartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The share-partition start offset. (versions 0+) */
  startOffset: bigint;
}

/** A fresh AlterShareGroupOffsetsRequest with every field at its schema default. */
export function defaultAlterShareGroupOffsetsRequest(): AlterShareGroupOffsetsRequest {
  return {
    groupId: '',
    topics: [],
  };
}

/** A fresh AlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestTopic with every field at its schema default. */
export function defaultAlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestTopic(): AlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestTopic {
  return {
    topicName: '',
    partitions: [],
  };
}

/** A fresh AlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestPartition with every field at its schema default. */
export function defaultAlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestPartition(): AlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestPartition {
  return {
    partitionIndex: 0,
    startOffset: 0n,
  };
}

function readAlterShareGroupOffsetsRequest_Topics(r: Reader, version: number): AlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestTopic[] {
  const n = r.compactArrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestTopic[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestTopic(r, version));
  return items;
}

function readAlterShareGroupOffsetsRequest(r: Reader, version: number): AlterShareGroupOffsetsRequest {
  r.field = 'GroupId';
  const fGroupId: string = r.compactString();
  r.field = 'Topics';
  const fTopics: AlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestTopic[] = readAlterShareGroupOffsetsRequest_Topics(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    groupId: fGroupId,
    topics: fTopics,
  };
}

function readAlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestTopic_Partitions(r: Reader, version: number): AlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestPartition[] {
  const n = r.compactArrayLength(13);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestPartition[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestPartition(r, version));
  return items;
}

function readAlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestTopic(r: Reader, version: number): AlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestTopic {
  r.field = 'Topics.TopicName';
  const fTopicName: string = r.compactString();
  r.field = 'Topics.Partitions';
  const fPartitions: AlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestPartition[] = readAlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestTopic_Partitions(r, version);
  r.field = 'Topics._tagged_fields';
  r.skipTaggedFields();
  return {
    topicName: fTopicName,
    partitions: fPartitions,
  };
}

function readAlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestPartition(r: Reader, _version: number): AlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestPartition {
  r.field = 'Topics.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Topics.Partitions.StartOffset';
  const fStartOffset: bigint = r.int64();
  r.field = 'Topics.Partitions._tagged_fields';
  r.skipTaggedFields();
  return {
    partitionIndex: fPartitionIndex,
    startOffset: fStartOffset,
  };
}

function writeAlterShareGroupOffsetsRequest_Topics(w: Writer, version: number, items: AlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestTopic[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeAlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestTopic(w, version, item);
}

function writeAlterShareGroupOffsetsRequest(w: Writer, version: number, v: AlterShareGroupOffsetsRequest): void {
  w.compactString(v.groupId);
  writeAlterShareGroupOffsetsRequest_Topics(w, version, v.topics);
  w.uvarint(0);
}

function writeAlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestTopic_Partitions(w: Writer, version: number, items: AlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestPartition[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeAlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestPartition(w, version, item);
}

function writeAlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestTopic(w: Writer, version: number, v: AlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestTopic): void {
  w.compactString(v.topicName);
  writeAlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestTopic_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeAlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestPartition(w: Writer, _version: number, v: AlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestPartition): void {
  w.int32(v.partitionIndex);
  w.int64(v.startOffset);
  w.uvarint(0);
}

export const AlterShareGroupOffsetsRequestCodec: MessageCodec<AlterShareGroupOffsetsRequest> = {
  name: 'AlterShareGroupOffsetsRequest',
  apiKey: 91,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): AlterShareGroupOffsetsRequest {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultAlterShareGroupOffsetsRequest();
    }
    return readAlterShareGroupOffsetsRequest(r, version);
  },
  encode(w: Writer, version: number, value: AlterShareGroupOffsetsRequest): void {
    if (version < 0 || version > 0) unsupportedVersion('AlterShareGroupOffsetsRequest', version, 0, 0);
    writeAlterShareGroupOffsetsRequest(w, version, value);
  },
  defaults: defaultAlterShareGroupOffsetsRequest,
};

/** AlterShareGroupOffsetsResponse (response, API key 91), versions 0. */
export interface AlterShareGroupOffsetsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The top-level error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The top-level error message, or null if there was no error. (versions 0+, nullable 0+, default null) */
  errorMessage: string | null;
  /** The results for each topic. (versions 0+) */
  responses: AlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponseTopic[];
}

/** AlterShareGroupOffsetsResponse AlterShareGroupOffsetsResponseTopic, versions 0. */
export interface AlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponseTopic {
  /** The topic name. (versions 0+) */
  topicName: string;
  /** The unique topic ID. (versions 0+) */
  topicId: string;
  /** (versions 0+) */
  partitions: AlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponsePartition[];
}

/** AlterShareGroupOffsetsResponse AlterShareGroupOffsetsResponsePartition, versions 0. */
export interface AlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponsePartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 0+, nullable 0+, default null) */
  errorMessage: string | null;
}

/** A fresh AlterShareGroupOffsetsResponse with every field at its schema default. */
export function defaultAlterShareGroupOffsetsResponse(): AlterShareGroupOffsetsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: null,
    responses: [],
  };
}

/** A fresh AlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponseTopic with every field at its schema default. */
export function defaultAlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponseTopic(): AlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponseTopic {
  return {
    topicName: '',
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitions: [],
  };
}

/** A fresh AlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponsePartition with every field at its schema default. */
export function defaultAlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponsePartition(): AlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponsePartition {
  return {
    partitionIndex: 0,
    errorCode: 0,
    errorMessage: null,
  };
}

function readAlterShareGroupOffsetsResponse_Responses(r: Reader, version: number): AlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponseTopic[] {
  const n = r.compactArrayLength(19);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponseTopic[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponseTopic(r, version));
  return items;
}

function readAlterShareGroupOffsetsResponse(r: Reader, version: number): AlterShareGroupOffsetsResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'ErrorMessage';
  const fErrorMessage: string | null = r.compactNullableString();
  r.field = 'Responses';
  const fResponses: AlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponseTopic[] = readAlterShareGroupOffsetsResponse_Responses(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
    responses: fResponses,
  };
}

function readAlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponseTopic_Partitions(r: Reader, version: number): AlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponsePartition[] {
  const n = r.compactArrayLength(8);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponsePartition[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponsePartition(r, version));
  return items;
}

function readAlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponseTopic(r: Reader, version: number): AlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponseTopic {
  r.field = 'Responses.TopicName';
  const fTopicName: string = r.compactString();
  r.field = 'Responses.TopicId';
  const fTopicId: string = r.uuid();
  r.field = 'Responses.Partitions';
  const fPartitions: AlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponsePartition[] = readAlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponseTopic_Partitions(r, version);
  r.field = 'Responses._tagged_fields';
  r.skipTaggedFields();
  return {
    topicName: fTopicName,
    topicId: fTopicId,
    partitions: fPartitions,
  };
}

function readAlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponsePartition(r: Reader, _version: number): AlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponsePartition {
  r.field = 'Responses.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Responses.Partitions.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Responses.Partitions.ErrorMessage';
  const fErrorMessage: string | null = r.compactNullableString();
  r.field = 'Responses.Partitions._tagged_fields';
  r.skipTaggedFields();
  return {
    partitionIndex: fPartitionIndex,
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
  };
}

function writeAlterShareGroupOffsetsResponse_Responses(w: Writer, version: number, items: AlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponseTopic[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeAlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponseTopic(w, version, item);
}

function writeAlterShareGroupOffsetsResponse(w: Writer, version: number, v: AlterShareGroupOffsetsResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  writeAlterShareGroupOffsetsResponse_Responses(w, version, v.responses);
  w.uvarint(0);
}

function writeAlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponseTopic_Partitions(w: Writer, version: number, items: AlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponsePartition[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeAlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponsePartition(w, version, item);
}

function writeAlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponseTopic(w: Writer, version: number, v: AlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponseTopic): void {
  w.compactString(v.topicName);
  w.uuid(v.topicId);
  writeAlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponseTopic_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeAlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponsePartition(w: Writer, _version: number, v: AlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponsePartition): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0);
}

export const AlterShareGroupOffsetsResponseCodec: MessageCodec<AlterShareGroupOffsetsResponse> = {
  name: 'AlterShareGroupOffsetsResponse',
  apiKey: 91,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): AlterShareGroupOffsetsResponse {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultAlterShareGroupOffsetsResponse();
    }
    return readAlterShareGroupOffsetsResponse(r, version);
  },
  encode(w: Writer, version: number, value: AlterShareGroupOffsetsResponse): void {
    if (version < 0 || version > 0) unsupportedVersion('AlterShareGroupOffsetsResponse', version, 0, 0);
    writeAlterShareGroupOffsetsResponse(w, version, value);
  },
  defaults: defaultAlterShareGroupOffsetsResponse,
};
