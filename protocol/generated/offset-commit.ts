// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0 (kafka-clients-4.4.0.jar, common/message/), its lowest versions
//   checked equal to apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99's (protocol/generator/overlay.ts)
//   OffsetCommitRequest.json, OffsetCommitResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, notInVersion, unsupportedVersion } from '../generator/runtime';

/** OffsetCommitRequest (request, API key 8), versions 0-10. */
export interface OffsetCommitRequest {
  /** The unique group identifier. (versions 0+) */
  groupId: string;
  /** The generation of the group if using the classic group protocol or the member epoch if using the consumer protocol. (versions 1+, default -1) */
  generationIdOrMemberEpoch: number;
  /** The member ID assigned by the group coordinator. (versions 1+) */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (versions 7+, nullable 7+, default null) */
  groupInstanceId: string | null;
  /** The time period in ms to retain the offset. (versions 2-4, default -1) */
  retentionTimeMs: bigint;
  /** The topics to commit offsets for. (versions 0+) */
  topics: OffsetCommitRequestOffsetCommitRequestTopic[];
}

/** OffsetCommitRequest OffsetCommitRequestTopic, versions 0-10. */
export interface OffsetCommitRequestOffsetCommitRequestTopic {
  /** The topic name. (versions 0-9) */
  name: string;
  /** The topic ID. (versions 10+) */
  topicId: string;
  /** Each partition to commit offsets for. (versions 0+) */
  partitions: OffsetCommitRequestOffsetCommitRequestPartition[];
}

/** OffsetCommitRequest OffsetCommitRequestPartition, versions 0-10. */
export interface OffsetCommitRequestOffsetCommitRequestPartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The message offset to be committed. (versions 0+) */
  committedOffset: bigint;
  /** The leader epoch of this partition. (versions 6+, default -1) */
  committedLeaderEpoch: number;
  /** The timestamp of the commit. (versions 1, default -1) */
  commitTimestamp: bigint;
  /** Any associated metadata the client wants to keep. (versions 0+, nullable 0+) */
  committedMetadata: string | null;
}

/** A fresh OffsetCommitRequest with every field at its schema default. */
export function defaultOffsetCommitRequest(): OffsetCommitRequest {
  return {
    groupId: '',
    generationIdOrMemberEpoch: -1,
    memberId: '',
    groupInstanceId: null,
    retentionTimeMs: -1n,
    topics: [],
  };
}

/** A fresh OffsetCommitRequestOffsetCommitRequestTopic with every field at its schema default. */
export function defaultOffsetCommitRequestOffsetCommitRequestTopic(): OffsetCommitRequestOffsetCommitRequestTopic {
  return {
    name: '',
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitions: [],
  };
}

/** A fresh OffsetCommitRequestOffsetCommitRequestPartition with every field at its schema default. */
export function defaultOffsetCommitRequestOffsetCommitRequestPartition(): OffsetCommitRequestOffsetCommitRequestPartition {
  return {
    partitionIndex: 0,
    committedOffset: 0n,
    committedLeaderEpoch: -1,
    commitTimestamp: -1n,
    committedMetadata: '',
  };
}

function readOffsetCommitRequest_Topics(r: Reader, version: number): OffsetCommitRequestOffsetCommitRequestTopic[] {
  const n = version >= 8 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: OffsetCommitRequestOffsetCommitRequestTopic[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readOffsetCommitRequestOffsetCommitRequestTopic(r, version));
  return items;
}

function readOffsetCommitRequest(r: Reader, version: number): OffsetCommitRequest {
  r.field = 'GroupId';
  const fGroupId: string = version >= 8 ? r.compactString() : r.string();
  r.field = 'GenerationIdOrMemberEpoch';
  const fGenerationIdOrMemberEpoch: number = version >= 1 ? r.int32() : -1;
  r.field = 'MemberId';
  const fMemberId: string = version >= 1 ? (version >= 8 ? r.compactString() : r.string()) : '';
  r.field = 'GroupInstanceId';
  const fGroupInstanceId: string | null = version >= 7 ? (version >= 8 ? r.compactNullableString() : r.nullableString()) : null;
  r.field = 'RetentionTimeMs';
  const fRetentionTimeMs: bigint = (version >= 2 && version <= 4) ? r.int64() : -1n;
  r.field = 'Topics';
  const fTopics: OffsetCommitRequestOffsetCommitRequestTopic[] = readOffsetCommitRequest_Topics(r, version);
  if (version >= 8) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    groupId: fGroupId,
    generationIdOrMemberEpoch: fGenerationIdOrMemberEpoch,
    memberId: fMemberId,
    groupInstanceId: fGroupInstanceId,
    retentionTimeMs: fRetentionTimeMs,
    topics: fTopics,
  };
}

function readOffsetCommitRequestOffsetCommitRequestTopic_Partitions(r: Reader, version: number): OffsetCommitRequestOffsetCommitRequestPartition[] {
  const n = version >= 8 ? r.compactArrayLength(14) : r.arrayLength(14);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: OffsetCommitRequestOffsetCommitRequestPartition[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readOffsetCommitRequestOffsetCommitRequestPartition(r, version));
  return items;
}

function readOffsetCommitRequestOffsetCommitRequestTopic(r: Reader, version: number): OffsetCommitRequestOffsetCommitRequestTopic {
  r.field = 'Topics.Name';
  const fName: string = version <= 9 ? (version >= 8 ? r.compactString() : r.string()) : '';
  r.field = 'Topics.TopicId';
  const fTopicId: string = version >= 10 ? r.uuid() : 'AAAAAAAAAAAAAAAAAAAAAA';
  r.field = 'Topics.Partitions';
  const fPartitions: OffsetCommitRequestOffsetCommitRequestPartition[] = readOffsetCommitRequestOffsetCommitRequestTopic_Partitions(r, version);
  if (version >= 8) {
    r.field = 'Topics._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    name: fName,
    topicId: fTopicId,
    partitions: fPartitions,
  };
}

function readOffsetCommitRequestOffsetCommitRequestPartition(r: Reader, version: number): OffsetCommitRequestOffsetCommitRequestPartition {
  r.field = 'Topics.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Topics.Partitions.CommittedOffset';
  const fCommittedOffset: bigint = r.int64();
  r.field = 'Topics.Partitions.CommittedLeaderEpoch';
  const fCommittedLeaderEpoch: number = version >= 6 ? r.int32() : -1;
  r.field = 'Topics.Partitions.CommitTimestamp';
  const fCommitTimestamp: bigint = (version >= 1 && version <= 1) ? r.int64() : -1n;
  r.field = 'Topics.Partitions.CommittedMetadata';
  const fCommittedMetadata: string | null = version >= 8 ? r.compactNullableString() : r.nullableString();
  if (version >= 8) {
    r.field = 'Topics.Partitions._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    partitionIndex: fPartitionIndex,
    committedOffset: fCommittedOffset,
    committedLeaderEpoch: fCommittedLeaderEpoch,
    commitTimestamp: fCommitTimestamp,
    committedMetadata: fCommittedMetadata,
  };
}

function writeOffsetCommitRequest_Topics(w: Writer, version: number, items: OffsetCommitRequestOffsetCommitRequestTopic[]): void {
  version >= 8 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeOffsetCommitRequestOffsetCommitRequestTopic(w, version, item);
}

function writeOffsetCommitRequest(w: Writer, version: number, v: OffsetCommitRequest): void {
  version >= 8 ? w.compactString(v.groupId) : w.string(v.groupId);
  if (version >= 1) {
    w.int32(v.generationIdOrMemberEpoch);
  }
  if (version >= 1) {
    version >= 8 ? w.compactString(v.memberId) : w.string(v.memberId);
  }
  if (version >= 7) {
    version >= 8 ? w.compactNullableString(v.groupInstanceId) : w.nullableString(v.groupInstanceId);
  } else if (v.groupInstanceId !== null) {
    notInVersion('OffsetCommitRequest', version, 'GroupInstanceId');
  }
  if (version >= 2 && version <= 4) {
    w.int64(v.retentionTimeMs);
  }
  writeOffsetCommitRequest_Topics(w, version, v.topics);
  if (version >= 8) {
    w.uvarint(0);
  }
}

function writeOffsetCommitRequestOffsetCommitRequestTopic_Partitions(w: Writer, version: number, items: OffsetCommitRequestOffsetCommitRequestPartition[]): void {
  version >= 8 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeOffsetCommitRequestOffsetCommitRequestPartition(w, version, item);
}

function writeOffsetCommitRequestOffsetCommitRequestTopic(w: Writer, version: number, v: OffsetCommitRequestOffsetCommitRequestTopic): void {
  if (version <= 9) {
    version >= 8 ? w.compactString(v.name) : w.string(v.name);
  }
  if (version >= 10) {
    w.uuid(v.topicId);
  }
  writeOffsetCommitRequestOffsetCommitRequestTopic_Partitions(w, version, v.partitions);
  if (version >= 8) {
    w.uvarint(0);
  }
}

function writeOffsetCommitRequestOffsetCommitRequestPartition(w: Writer, version: number, v: OffsetCommitRequestOffsetCommitRequestPartition): void {
  w.int32(v.partitionIndex);
  w.int64(v.committedOffset);
  if (version >= 6) {
    w.int32(v.committedLeaderEpoch);
  }
  if (version >= 1 && version <= 1) {
    w.int64(v.commitTimestamp);
  } else if (v.commitTimestamp !== -1n) {
    notInVersion('OffsetCommitRequest', version, 'Topics.Partitions.CommitTimestamp');
  }
  version >= 8 ? w.compactNullableString(v.committedMetadata) : w.nullableString(v.committedMetadata);
  if (version >= 8) {
    w.uvarint(0);
  }
}

export const OffsetCommitRequestCodec: MessageCodec<OffsetCommitRequest> = {
  name: 'OffsetCommitRequest',
  apiKey: 8,
  minVersion: 0,
  maxVersion: 10,
  flexibleFrom: 8,
  decode(r: Reader, version: number): OffsetCommitRequest {
    if (version < 0 || version > 10) {
      r.fail(`unsupported version ${version}`);
      return defaultOffsetCommitRequest();
    }
    return readOffsetCommitRequest(r, version);
  },
  encode(w: Writer, version: number, value: OffsetCommitRequest): void {
    if (version < 0 || version > 10) unsupportedVersion('OffsetCommitRequest', version, 0, 10);
    writeOffsetCommitRequest(w, version, value);
  },
  defaults: defaultOffsetCommitRequest,
};

/** OffsetCommitResponse (response, API key 8), versions 0-10. */
export interface OffsetCommitResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 3+) */
  throttleTimeMs: number;
  /** The responses for each topic. (versions 0+) */
  topics: OffsetCommitResponseOffsetCommitResponseTopic[];
}

/** OffsetCommitResponse OffsetCommitResponseTopic, versions 0-10. */
export interface OffsetCommitResponseOffsetCommitResponseTopic {
  /** The topic name. (versions 0-9) */
  name: string;
  /** The topic ID. (versions 10+) */
  topicId: string;
  /** The responses for each partition in the topic. (versions 0+) */
  partitions: OffsetCommitResponseOffsetCommitResponsePartition[];
}

/** OffsetCommitResponse OffsetCommitResponsePartition, versions 0-10. */
export interface OffsetCommitResponseOffsetCommitResponsePartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
}

/** A fresh OffsetCommitResponse with every field at its schema default. */
export function defaultOffsetCommitResponse(): OffsetCommitResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
  };
}

/** A fresh OffsetCommitResponseOffsetCommitResponseTopic with every field at its schema default. */
export function defaultOffsetCommitResponseOffsetCommitResponseTopic(): OffsetCommitResponseOffsetCommitResponseTopic {
  return {
    name: '',
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitions: [],
  };
}

/** A fresh OffsetCommitResponseOffsetCommitResponsePartition with every field at its schema default. */
export function defaultOffsetCommitResponseOffsetCommitResponsePartition(): OffsetCommitResponseOffsetCommitResponsePartition {
  return {
    partitionIndex: 0,
    errorCode: 0,
  };
}

function readOffsetCommitResponse_Topics(r: Reader, version: number): OffsetCommitResponseOffsetCommitResponseTopic[] {
  const n = version >= 8 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: OffsetCommitResponseOffsetCommitResponseTopic[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readOffsetCommitResponseOffsetCommitResponseTopic(r, version));
  return items;
}

function readOffsetCommitResponse(r: Reader, version: number): OffsetCommitResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = version >= 3 ? r.int32() : 0;
  r.field = 'Topics';
  const fTopics: OffsetCommitResponseOffsetCommitResponseTopic[] = readOffsetCommitResponse_Topics(r, version);
  if (version >= 8) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    throttleTimeMs: fThrottleTimeMs,
    topics: fTopics,
  };
}

function readOffsetCommitResponseOffsetCommitResponseTopic_Partitions(r: Reader, version: number): OffsetCommitResponseOffsetCommitResponsePartition[] {
  const n = version >= 8 ? r.compactArrayLength(6) : r.arrayLength(6);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: OffsetCommitResponseOffsetCommitResponsePartition[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readOffsetCommitResponseOffsetCommitResponsePartition(r, version));
  return items;
}

function readOffsetCommitResponseOffsetCommitResponseTopic(r: Reader, version: number): OffsetCommitResponseOffsetCommitResponseTopic {
  r.field = 'Topics.Name';
  const fName: string = version <= 9 ? (version >= 8 ? r.compactString() : r.string()) : '';
  r.field = 'Topics.TopicId';
  const fTopicId: string = version >= 10 ? r.uuid() : 'AAAAAAAAAAAAAAAAAAAAAA';
  r.field = 'Topics.Partitions';
  const fPartitions: OffsetCommitResponseOffsetCommitResponsePartition[] = readOffsetCommitResponseOffsetCommitResponseTopic_Partitions(r, version);
  if (version >= 8) {
    r.field = 'Topics._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    name: fName,
    topicId: fTopicId,
    partitions: fPartitions,
  };
}

function readOffsetCommitResponseOffsetCommitResponsePartition(r: Reader, version: number): OffsetCommitResponseOffsetCommitResponsePartition {
  r.field = 'Topics.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Topics.Partitions.ErrorCode';
  const fErrorCode: number = r.int16();
  if (version >= 8) {
    r.field = 'Topics.Partitions._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    partitionIndex: fPartitionIndex,
    errorCode: fErrorCode,
  };
}

function writeOffsetCommitResponse_Topics(w: Writer, version: number, items: OffsetCommitResponseOffsetCommitResponseTopic[]): void {
  version >= 8 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeOffsetCommitResponseOffsetCommitResponseTopic(w, version, item);
}

function writeOffsetCommitResponse(w: Writer, version: number, v: OffsetCommitResponse): void {
  if (version >= 3) {
    w.int32(v.throttleTimeMs);
  }
  writeOffsetCommitResponse_Topics(w, version, v.topics);
  if (version >= 8) {
    w.uvarint(0);
  }
}

function writeOffsetCommitResponseOffsetCommitResponseTopic_Partitions(w: Writer, version: number, items: OffsetCommitResponseOffsetCommitResponsePartition[]): void {
  version >= 8 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeOffsetCommitResponseOffsetCommitResponsePartition(w, version, item);
}

function writeOffsetCommitResponseOffsetCommitResponseTopic(w: Writer, version: number, v: OffsetCommitResponseOffsetCommitResponseTopic): void {
  if (version <= 9) {
    version >= 8 ? w.compactString(v.name) : w.string(v.name);
  }
  if (version >= 10) {
    w.uuid(v.topicId);
  }
  writeOffsetCommitResponseOffsetCommitResponseTopic_Partitions(w, version, v.partitions);
  if (version >= 8) {
    w.uvarint(0);
  }
}

function writeOffsetCommitResponseOffsetCommitResponsePartition(w: Writer, version: number, v: OffsetCommitResponseOffsetCommitResponsePartition): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  if (version >= 8) {
    w.uvarint(0);
  }
}

export const OffsetCommitResponseCodec: MessageCodec<OffsetCommitResponse> = {
  name: 'OffsetCommitResponse',
  apiKey: 8,
  minVersion: 0,
  maxVersion: 10,
  flexibleFrom: 8,
  decode(r: Reader, version: number): OffsetCommitResponse {
    if (version < 0 || version > 10) {
      r.fail(`unsupported version ${version}`);
      return defaultOffsetCommitResponse();
    }
    return readOffsetCommitResponse(r, version);
  },
  encode(w: Writer, version: number, value: OffsetCommitResponse): void {
    if (version < 0 || version > 10) unsupportedVersion('OffsetCommitResponse', version, 0, 10);
    writeOffsetCommitResponse(w, version, value);
  },
  defaults: defaultOffsetCommitResponse,
};
