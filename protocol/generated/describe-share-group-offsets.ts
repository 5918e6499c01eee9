// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0 (kafka-clients-4.4.0.jar, common/message/), as released: no version
//   of apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99's kept (protocol/generator/overlay.ts)
//   DescribeShareGroupOffsetsRequest.json, DescribeShareGroupOffsetsResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** DescribeShareGroupOffsetsRequest (request, API key 90), versions 0-1. */
export interface DescribeShareGroupOffsetsRequest {
  /** The groups to describe offsets for. (versions 0+) */
  groups: DescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestGroup[];
}

/** DescribeShareGroupOffsetsRequest DescribeShareGroupOffsetsRequestGroup, versions 0-1. */
export interface DescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestGroup {
  /** The group identifier. (versions 0+) */
  groupId: string;
  /** The topics to describe offsets for, or null for all topic-partitions. (versions 0+, nullable 0+) */
  topics: DescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestTopic[] | null;
}

/** DescribeShareGroupOffsetsRequest DescribeShareGroupOffsetsRequestTopic, versions 0-1. */
export interface DescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestTopic {
  /** The topic name. (versions 0+) */
  topicName: string;
  /** The partitions. (versions 0+) */
  partitions: number[];
}

/** A fresh DescribeShareGroupOffsetsRequest with every field at its schema default. */
export function defaultDescribeShareGroupOffsetsRequest(): DescribeShareGroupOffsetsRequest {
  return {
    groups: [],
  };
}

/** A fresh DescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestGroup with every field at its schema default. */
export function defaultDescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestGroup(): DescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestGroup {
  return {
    groupId: '',
    topics: [],
  };
}

/** A fresh DescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestTopic with every field at its schema default. */
export function defaultDescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestTopic(): DescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestTopic {
  return {
    topicName: '',
    partitions: [],
  };
}

function readDescribeShareGroupOffsetsRequest_Groups(r: Reader, version: number): DescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestGroup[] {
  const n = r.compactArrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestGroup[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestGroup(r, version));
  return items;
}

function readDescribeShareGroupOffsetsRequest(r: Reader, version: number): DescribeShareGroupOffsetsRequest {
  r.field = 'Groups';
  const fGroups: DescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestGroup[] = readDescribeShareGroupOffsetsRequest_Groups(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    groups: fGroups,
  };
}

function readDescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestGroup_Topics(r: Reader, version: number): DescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestTopic[] | null {
  const n = r.compactArrayLength(3);
  if (n < 0) {
    return null;
  }
  const items: DescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestTopic[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestTopic(r, version));
  return items;
}

function readDescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestGroup(r: Reader, version: number): DescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestGroup {
  r.field = 'Groups.GroupId';
  const fGroupId: string = r.compactString();
  r.field = 'Groups.Topics';
  const fTopics: DescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestTopic[] | null = readDescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestGroup_Topics(r, version);
  r.field = 'Groups._tagged_fields';
  r.skipTaggedFields();
  return {
    groupId: fGroupId,
    topics: fTopics,
  };
}

function readDescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestTopic_Partitions(r: Reader, _version: number): number[] {
  const n = r.compactArrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readDescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestTopic(r: Reader, version: number): DescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestTopic {
  r.field = 'Groups.Topics.TopicName';
  const fTopicName: string = r.compactString();
  r.field = 'Groups.Topics.Partitions';
  const fPartitions: number[] = readDescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestTopic_Partitions(r, version);
  r.field = 'Groups.Topics._tagged_fields';
  r.skipTaggedFields();
  return {
    topicName: fTopicName,
    partitions: fPartitions,
  };
}

function writeDescribeShareGroupOffsetsRequest_Groups(w: Writer, version: number, items: DescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestGroup[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeDescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestGroup(w, version, item);
}

function writeDescribeShareGroupOffsetsRequest(w: Writer, version: number, v: DescribeShareGroupOffsetsRequest): void {
  writeDescribeShareGroupOffsetsRequest_Groups(w, version, v.groups);
  w.uvarint(0);
}

function writeDescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestGroup_Topics(w: Writer, version: number, items: DescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestTopic[] | null): void {
  if (items === null) {
    w.uvarint(0);
    return;
  }
  w.uvarint(items.length + 1);
  for (const item of items) writeDescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestTopic(w, version, item);
}

function writeDescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestGroup(w: Writer, version: number, v: DescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestGroup): void {
  w.compactString(v.groupId);
  writeDescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestGroup_Topics(w, version, v.topics);
  w.uvarint(0);
}

function writeDescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestTopic_Partitions(w: Writer, _version: number, items: number[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.int32(item);
}

function writeDescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestTopic(w: Writer, version: number, v: DescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestTopic): void {
  w.compactString(v.topicName);
  writeDescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestTopic_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

export const DescribeShareGroupOffsetsRequestCodec: MessageCodec<DescribeShareGroupOffsetsRequest> = {
  name: 'DescribeShareGroupOffsetsRequest',
  apiKey: 90,
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  decode(r: Reader, version: number): DescribeShareGroupOffsetsRequest {
    if (version < 0 || version > 1) {
      r.fail(`unsupported version ${version}`);
      return defaultDescribeShareGroupOffsetsRequest();
    }
    return readDescribeShareGroupOffsetsRequest(r, version);
  },
  encode(w: Writer, version: number, value: DescribeShareGroupOffsetsRequest): void {
    if (version < 0 || version > 1) unsupportedVersion('DescribeShareGroupOffsetsRequest', version, 0, 1);
    writeDescribeShareGroupOffsetsRequest(w, version, value);
  },
  defaults: defaultDescribeShareGroupOffsetsRequest,
};

/** DescribeShareGroupOffsetsResponse (response, API key 90), versions 0-1. */
export interface DescribeShareGroupOffsetsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The results for each group. (versions 0+) */
  groups: DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseGroup[];
}

/** DescribeShareGroupOffsetsResponse DescribeShareGroupOffsetsResponseGroup, versions 0-1. */
export interface DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseGroup {
  /** The group identifier. (versions 0+) */
  groupId: string;
  /** The results for each topic. (versions 0+) */
  topics: DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseTopic[];
  /** The group-level error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The group-level error message, or null if there was no error. (versions 0+, nullable 0+, default null) */
  errorMessage: string | null;
}

/** DescribeShareGroupOffsetsResponse DescribeShareGroupOffsetsResponseTopic, versions 0-1. */
export interface DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseTopic {
  /** The topic name. (versions 0+) */
  topicName: string;
  /** The unique topic ID. (versions 0+) */
  topicId: string;
  /** (versions 0+) */
  partitions: DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponsePartition[];
}

/** DescribeShareGroupOffsetsResponse DescribeShareGroupOffsetsResponsePartition, versions 0-1. */
export interface DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponsePartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The share-partition start offset. (versions 0+) */
  startOffset: bigint;
  /** The leader epoch of the partition. (versions 0+) */
  leaderEpoch: number;
  /** The share-partition lag. (versions 1+, default -1) */
  lag: bigint;
  /** The partition-level error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The partition-level error message, or null if there was no error. (versions 0+, nullable 0+, default null) */
  errorMessage: string | null;
}

/** A fresh DescribeShareGroupOffsetsResponse with every field at its schema default. */
export function defaultDescribeShareGroupOffsetsResponse(): DescribeShareGroupOffsetsResponse {
  return {
    throttleTimeMs: 0,
    groups: [],
  };
}

/** A fresh DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseGroup with every field at its schema default. */
export function defaultDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseGroup(): DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseGroup {
  return {
    groupId: '',
    topics: [],
    errorCode: 0,
    errorMessage: null,
  };
}

/** A fresh DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseTopic with every field at its schema default. */
export function defaultDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseTopic(): DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseTopic {
  return {
    topicName: '',
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitions: [],
  };
}

/** A fresh DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponsePartition with every field at its schema default. */
export function defaultDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponsePartition(): DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponsePartition {
  return {
    partitionIndex: 0,
    startOffset: 0n,
    leaderEpoch: 0,
    lag: -1n,
    errorCode: 0,
    errorMessage: null,
  };
}

function readDescribeShareGroupOffsetsResponse_Groups(r: Reader, version: number): DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseGroup[] {
  const n = r.compactArrayLength(6);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseGroup[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseGroup(r, version));
  return items;
}

function readDescribeShareGroupOffsetsResponse(r: Reader, version: number): DescribeShareGroupOffsetsResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'Groups';
  const fGroups: DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseGroup[] = readDescribeShareGroupOffsetsResponse_Groups(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    throttleTimeMs: fThrottleTimeMs,
    groups: fGroups,
  };
}

function readDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseGroup_Topics(r: Reader, version: number): DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseTopic[] {
  const n = r.compactArrayLength(19);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseTopic[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseTopic(r, version));
  return items;
}

function readDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseGroup(r: Reader, version: number): DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseGroup {
  r.field = 'Groups.GroupId';
  const fGroupId: string = r.compactString();
  r.field = 'Groups.Topics';
  const fTopics: DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseTopic[] = readDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseGroup_Topics(r, version);
  r.field = 'Groups.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Groups.ErrorMessage';
  const fErrorMessage: string | null = r.compactNullableString();
  r.field = 'Groups._tagged_fields';
  r.skipTaggedFields();
  return {
    groupId: fGroupId,
    topics: fTopics,
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
  };
}

function readDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseTopic_Partitions(r: Reader, version: number): DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponsePartition[] {
  const n = r.compactArrayLength(20);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponsePartition[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponsePartition(r, version));
  return items;
}

function readDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseTopic(r: Reader, version: number): DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseTopic {
  r.field = 'Groups.Topics.TopicName';
  const fTopicName: string = r.compactString();
  r.field = 'Groups.Topics.TopicId';
  const fTopicId: string = r.uuid();
  r.field = 'Groups.Topics.Partitions';
  const fPartitions: DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponsePartition[] = readDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseTopic_Partitions(r, version);
  r.field = 'Groups.Topics._tagged_fields';
  r.skipTaggedFields();
  return {
    topicName: fTopicName,
    topicId: fTopicId,
    partitions: fPartitions,
  };
}

function readDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponsePartition(r: Reader, version: number): DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponsePartition {
  r.field = 'Groups.Topics.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Groups.Topics.Partitions.StartOffset';
  const fStartOffset: bigint = r.int64();
  r.field = 'Groups.Topics.Partitions.LeaderEpoch';
  const fLeaderEpoch: number = r.int32();
  r.field = 'Groups.Topics.Partitions.Lag';
  const fLag: bigint = version >= 1 ? r.int64() : -1n;
  r.field = 'Groups.Topics.Partitions.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Groups.Topics.Partitions.ErrorMessage';
  const fErrorMessage: string | null = r.compactNullableString();
  r.field = 'Groups.Topics.Partitions._tagged_fields';
  r.skipTaggedFields();
  return {
    partitionIndex: fPartitionIndex,
    startOffset: fStartOffset,
    leaderEpoch: fLeaderEpoch,
    lag: fLag,
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
  };
}

function writeDescribeShareGroupOffsetsResponse_Groups(w: Writer, version: number, items: DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseGroup[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseGroup(w, version, item);
}

function writeDescribeShareGroupOffsetsResponse(w: Writer, version: number, v: DescribeShareGroupOffsetsResponse): void {
  w.int32(v.throttleTimeMs);
  writeDescribeShareGroupOffsetsResponse_Groups(w, version, v.groups);
  w.uvarint(0);
}

function writeDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseGroup_Topics(w: Writer, version: number, items: DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseTopic[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseTopic(w, version, item);
}

function writeDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseGroup(w: Writer, version: number, v: DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseGroup): void {
  w.compactString(v.groupId);
  writeDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseGroup_Topics(w, version, v.topics);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0);
}

function writeDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseTopic_Partitions(w: Writer, version: number, items: DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponsePartition[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponsePartition(w, version, item);
}

function writeDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseTopic(w: Writer, version: number, v: DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseTopic): void {
  w.compactString(v.topicName);
  w.uuid(v.topicId);
  writeDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseTopic_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponsePartition(w: Writer, version: number, v: DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponsePartition): void {
  w.int32(v.partitionIndex);
  w.int64(v.startOffset);
  w.int32(v.leaderEpoch);
  if (version >= 1) {
    w.int64(v.lag);
  }
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0);
}

export const DescribeShareGroupOffsetsResponseCodec: MessageCodec<DescribeShareGroupOffsetsResponse> = {
  name: 'DescribeShareGroupOffsetsResponse',
  apiKey: 90,
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  decode(r: Reader, version: number): DescribeShareGroupOffsetsResponse {
    if (version < 0 || version > 1) {
      r.fail(`unsupported version ${version}`);
      return defaultDescribeShareGroupOffsetsResponse();
    }
    return readDescribeShareGroupOffsetsResponse(r, version);
  },
  encode(w: Writer, version: number, value: DescribeShareGroupOffsetsResponse): void {
    if (version < 0 || version > 1) unsupportedVersion('DescribeShareGroupOffsetsResponse', version, 0, 1);
    writeDescribeShareGroupOffsetsResponse(w, version, value);
  },
  defaults: defaultDescribeShareGroupOffsetsResponse,
};
