// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   OffsetForLeaderEpochRequest.json, OffsetForLeaderEpochResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** OffsetForLeaderEpochRequest (request, API key 23), versions 0-4. */
export interface OffsetForLeaderEpochRequest {
  /** The broker ID of the follower, of -1 if this request is from a consumer. (versions 3+, default -2) */
  replicaId: number;
  /** Each topic to get offsets for. (versions 0+) */
  topics: OffsetForLeaderEpochRequestOffsetForLeaderTopic[];
}

/** OffsetForLeaderEpochRequest OffsetForLeaderTopic, versions 0-4. */
export interface OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  /** The topic name. (versions 0+) */
  topic: string;
  /** Each partition to get offsets for. (versions 0+) */
  partitions: OffsetForLeaderEpochRequestOffsetForLeaderPartition[];
}

/** OffsetForLeaderEpochRequest OffsetForLeaderPartition, versions 0-4. */
export interface OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  /** The partition index. (versions 0+) */
  partition: number;
  /** An epoch used to fence consumers/replicas with old metadata. If the epoch provided by the client is larger than the current epoch known to the broker, then the UNKNOWN_LEADER_EPOCH error code will be returned. If the provided epoch is smaller, then the FENCED_LEADER_EPOCH error code will be returned. (versions 2+, default -1) */
  currentLeaderEpoch: number;
  /** The epoch to look up an offset for. (versions 0+) */
  leaderEpoch: number;
}

/** A fresh OffsetForLeaderEpochRequest with every field at its schema default. */
export function defaultOffsetForLeaderEpochRequest(): OffsetForLeaderEpochRequest {
  return {
    replicaId: -2,
    topics: [],
  };
}

/** A fresh OffsetForLeaderEpochRequestOffsetForLeaderTopic with every field at its schema default. */
export function defaultOffsetForLeaderEpochRequestOffsetForLeaderTopic(): OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  return {
    topic: '',
    partitions: [],
  };
}

/** A fresh OffsetForLeaderEpochRequestOffsetForLeaderPartition with every field at its schema default. */
export function defaultOffsetForLeaderEpochRequestOffsetForLeaderPartition(): OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  return {
    partition: 0,
    currentLeaderEpoch: -1,
    leaderEpoch: 0,
  };
}

function readOffsetForLeaderEpochRequest_Topics(r: Reader, version: number): OffsetForLeaderEpochRequestOffsetForLeaderTopic[] {
  const n = version >= 4 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: OffsetForLeaderEpochRequestOffsetForLeaderTopic[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readOffsetForLeaderEpochRequestOffsetForLeaderTopic(r, version));
  return items;
}

function readOffsetForLeaderEpochRequest(r: Reader, version: number): OffsetForLeaderEpochRequest {
  r.field = 'ReplicaId';
  const fReplicaId: number = version >= 3 ? r.int32() : -2;
  r.field = 'Topics';
  const fTopics: OffsetForLeaderEpochRequestOffsetForLeaderTopic[] = readOffsetForLeaderEpochRequest_Topics(r, version);
  if (version >= 4) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    replicaId: fReplicaId,
    topics: fTopics,
  };
}

function readOffsetForLeaderEpochRequestOffsetForLeaderTopic_Partitions(r: Reader, version: number): OffsetForLeaderEpochRequestOffsetForLeaderPartition[] {
  const n = version >= 4 ? r.compactArrayLength(8) : r.arrayLength(8);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: OffsetForLeaderEpochRequestOffsetForLeaderPartition[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readOffsetForLeaderEpochRequestOffsetForLeaderPartition(r, version));
  return items;
}

function readOffsetForLeaderEpochRequestOffsetForLeaderTopic(r: Reader, version: number): OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  r.field = 'Topics.Topic';
  const fTopic: string = version >= 4 ? r.compactString() : r.string();
  r.field = 'Topics.Partitions';
  const fPartitions: OffsetForLeaderEpochRequestOffsetForLeaderPartition[] = readOffsetForLeaderEpochRequestOffsetForLeaderTopic_Partitions(r, version);
  if (version >= 4) {
    r.field = 'Topics._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    topic: fTopic,
    partitions: fPartitions,
  };
}

function readOffsetForLeaderEpochRequestOffsetForLeaderPartition(r: Reader, version: number): OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  r.field = 'Topics.Partitions.Partition';
  const fPartition: number = r.int32();
  r.field = 'Topics.Partitions.CurrentLeaderEpoch';
  const fCurrentLeaderEpoch: number = version >= 2 ? r.int32() : -1;
  r.field = 'Topics.Partitions.LeaderEpoch';
  const fLeaderEpoch: number = r.int32();
  if (version >= 4) {
    r.field = 'Topics.Partitions._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    partition: fPartition,
    currentLeaderEpoch: fCurrentLeaderEpoch,
    leaderEpoch: fLeaderEpoch,
  };
}

function writeOffsetForLeaderEpochRequest_Topics(w: Writer, version: number, items: OffsetForLeaderEpochRequestOffsetForLeaderTopic[]): void {
  version >= 4 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeOffsetForLeaderEpochRequestOffsetForLeaderTopic(w, version, item);
}

function writeOffsetForLeaderEpochRequest(w: Writer, version: number, v: OffsetForLeaderEpochRequest): void {
  if (version >= 3) {
    w.int32(v.replicaId);
  }
  writeOffsetForLeaderEpochRequest_Topics(w, version, v.topics);
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeOffsetForLeaderEpochRequestOffsetForLeaderTopic_Partitions(w: Writer, version: number, items: OffsetForLeaderEpochRequestOffsetForLeaderPartition[]): void {
  version >= 4 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeOffsetForLeaderEpochRequestOffsetForLeaderPartition(w, version, item);
}

function writeOffsetForLeaderEpochRequestOffsetForLeaderTopic(w: Writer, version: number, v: OffsetForLeaderEpochRequestOffsetForLeaderTopic): void {
  version >= 4 ? w.compactString(v.topic) : w.string(v.topic);
  writeOffsetForLeaderEpochRequestOffsetForLeaderTopic_Partitions(w, version, v.partitions);
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeOffsetForLeaderEpochRequestOffsetForLeaderPartition(w: Writer, version: number, v: OffsetForLeaderEpochRequestOffsetForLeaderPartition): void {
  w.int32(v.partition);
  if (version >= 2) {
    w.int32(v.currentLeaderEpoch);
  }
  w.int32(v.leaderEpoch);
  if (version >= 4) {
    w.uvarint(0);
  }
}

export const OffsetForLeaderEpochRequestCodec: MessageCodec<OffsetForLeaderEpochRequest> = {
  name: 'OffsetForLeaderEpochRequest',
  apiKey: 23,
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 4,
  decode(r: Reader, version: number): OffsetForLeaderEpochRequest {
    if (version < 0 || version > 4) {
      r.fail(`unsupported version ${version}`);
      return defaultOffsetForLeaderEpochRequest();
    }
    return readOffsetForLeaderEpochRequest(r, version);
  },
  encode(w: Writer, version: number, value: OffsetForLeaderEpochRequest): void {
    if (version < 0 || version > 4) unsupportedVersion('OffsetForLeaderEpochRequest', version, 0, 4);
    writeOffsetForLeaderEpochRequest(w, version, value);
  },
  defaults: defaultOffsetForLeaderEpochRequest,
};

/** OffsetForLeaderEpochResponse (response, API key 23), versions 0-4. */
export interface OffsetForLeaderEpochResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 2+) */
  throttleTimeMs: number;
  /** Each topic we fetched offsets for. (versions 0+) */
  topics: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult[];
}

/** OffsetForLeaderEpochResponse OffsetForLeaderTopicResult, versions 0-4. */
export interface OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  /** The topic name. (versions 0+) */
  topic: string;
  /** Each partition in the topic we fetched offsets for. (versions 0+) */
  partitions: OffsetForLeaderEpochResponseEpochEndOffset[];
}

/** OffsetForLeaderEpochResponse EpochEndOffset, versions 0-4. */
export interface OffsetForLeaderEpochResponseEpochEndOffset {
  /** The error code 0, or if there was no error. (versions 0+) */
  errorCode: number;
  /** The partition index. (versions 0+) */
  partition: number;
  /** The leader epoch of the partition. (versions 1+, default -1) */
  leaderEpoch: number;
  /** The end offset of the epoch. (versions 0+, default -1) */
  endOffset: bigint;
}

/** A fresh OffsetForLeaderEpochResponse with every field at its schema default. */
export function defaultOffsetForLeaderEpochResponse(): OffsetForLeaderEpochResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
  };
}

/** A fresh OffsetForLeaderEpochResponseOffsetForLeaderTopicResult with every field at its schema default. */
export function defaultOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(): OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  return {
    topic: '',
    partitions: [],
  };
}

/** A fresh OffsetForLeaderEpochResponseEpochEndOffset with every field at its schema default. */
export function defaultOffsetForLeaderEpochResponseEpochEndOffset(): OffsetForLeaderEpochResponseEpochEndOffset {
  return {
    errorCode: 0,
    partition: 0,
    leaderEpoch: -1,
    endOffset: -1n,
  };
}

function readOffsetForLeaderEpochResponse_Topics(r: Reader, version: number): OffsetForLeaderEpochResponseOffsetForLeaderTopicResult[] {
  const n = version >= 4 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(r, version));
  return items;
}

function readOffsetForLeaderEpochResponse(r: Reader, version: number): OffsetForLeaderEpochResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = version >= 2 ? r.int32() : 0;
  r.field = 'Topics';
  const fTopics: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult[] = readOffsetForLeaderEpochResponse_Topics(r, version);
  if (version >= 4) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    throttleTimeMs: fThrottleTimeMs,
    topics: fTopics,
  };
}

function readOffsetForLeaderEpochResponseOffsetForLeaderTopicResult_Partitions(r: Reader, version: number): OffsetForLeaderEpochResponseEpochEndOffset[] {
  const n = version >= 4 ? r.compactArrayLength(14) : r.arrayLength(14);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: OffsetForLeaderEpochResponseEpochEndOffset[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readOffsetForLeaderEpochResponseEpochEndOffset(r, version));
  return items;
}

function readOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(r: Reader, version: number): OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  r.field = 'Topics.Topic';
  const fTopic: string = version >= 4 ? r.compactString() : r.string();
  r.field = 'Topics.Partitions';
  const fPartitions: OffsetForLeaderEpochResponseEpochEndOffset[] = readOffsetForLeaderEpochResponseOffsetForLeaderTopicResult_Partitions(r, version);
  if (version >= 4) {
    r.field = 'Topics._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    topic: fTopic,
    partitions: fPartitions,
  };
}

function readOffsetForLeaderEpochResponseEpochEndOffset(r: Reader, version: number): OffsetForLeaderEpochResponseEpochEndOffset {
  r.field = 'Topics.Partitions.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Topics.Partitions.Partition';
  const fPartition: number = r.int32();
  r.field = 'Topics.Partitions.LeaderEpoch';
  const fLeaderEpoch: number = version >= 1 ? r.int32() : -1;
  r.field = 'Topics.Partitions.EndOffset';
  const fEndOffset: bigint = r.int64();
  if (version >= 4) {
    r.field = 'Topics.Partitions._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    errorCode: fErrorCode,
    partition: fPartition,
    leaderEpoch: fLeaderEpoch,
    endOffset: fEndOffset,
  };
}

function writeOffsetForLeaderEpochResponse_Topics(w: Writer, version: number, items: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult[]): void {
  version >= 4 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(w, version, item);
}

function writeOffsetForLeaderEpochResponse(w: Writer, version: number, v: OffsetForLeaderEpochResponse): void {
  if (version >= 2) {
    w.int32(v.throttleTimeMs);
  }
  writeOffsetForLeaderEpochResponse_Topics(w, version, v.topics);
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult_Partitions(w: Writer, version: number, items: OffsetForLeaderEpochResponseEpochEndOffset[]): void {
  version >= 4 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeOffsetForLeaderEpochResponseEpochEndOffset(w, version, item);
}

function writeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(w: Writer, version: number, v: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult): void {
  version >= 4 ? w.compactString(v.topic) : w.string(v.topic);
  writeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult_Partitions(w, version, v.partitions);
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeOffsetForLeaderEpochResponseEpochEndOffset(w: Writer, version: number, v: OffsetForLeaderEpochResponseEpochEndOffset): void {
  w.int16(v.errorCode);
  w.int32(v.partition);
  if (version >= 1) {
    w.int32(v.leaderEpoch);
  }
  w.int64(v.endOffset);
  if (version >= 4) {
    w.uvarint(0);
  }
}

export const OffsetForLeaderEpochResponseCodec: MessageCodec<OffsetForLeaderEpochResponse> = {
  name: 'OffsetForLeaderEpochResponse',
  apiKey: 23,
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 4,
  decode(r: Reader, version: number): OffsetForLeaderEpochResponse {
    if (version < 0 || version > 4) {
      r.fail(`unsupported version ${version}`);
      return defaultOffsetForLeaderEpochResponse();
    }
    return readOffsetForLeaderEpochResponse(r, version);
  },
  encode(w: Writer, version: number, value: OffsetForLeaderEpochResponse): void {
    if (version < 0 || version > 4) unsupportedVersion('OffsetForLeaderEpochResponse', version, 0, 4);
    writeOffsetForLeaderEpochResponse(w, version, value);
  },
  defaults: defaultOffsetForLeaderEpochResponse,
};
