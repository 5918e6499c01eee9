// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0 (kafka-clients-4.4.0.jar, common/message/), its lowest versions
//   checked equal to apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99's (protocol/generator/overlay.ts)
//   OffsetFetchRequest.json, OffsetFetchResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, notInVersion, nullNotAllowed, unsupportedVersion } from '../generator/runtime';

/** OffsetFetchRequest (request, API key 9), versions 0-10. */
export interface OffsetFetchRequest {
  /** The group to fetch offsets for. (versions 0-7) */
  groupId: string;
  /** Each topic we would like to fetch offsets for, or null to fetch offsets for all topics. (versions 0-7, nullable 2-7) */
  topics: OffsetFetchRequestOffsetFetchRequestTopic[] | null;
  /** Each group we would like to fetch offsets for. (versions 8+) */
  groups: OffsetFetchRequestOffsetFetchRequestGroup[];
  /** Whether broker should hold on returning unstable offsets but set a retriable error code for the partitions. (versions 7+, default false) */
  requireStable: boolean;
}

/** OffsetFetchRequest OffsetFetchRequestTopic, versions 0-7. */
export interface OffsetFetchRequestOffsetFetchRequestTopic {
  /** The topic name. (versions 0-7) */
  name: string;
  /** The partition indexes we would like to fetch offsets for. (versions 0-7) */
  partitionIndexes: number[];
}

/** OffsetFetchRequest OffsetFetchRequestGroup, versions 8-10. */
export interface OffsetFetchRequestOffsetFetchRequestGroup {
  /** The group ID. (versions 8+) */
  groupId: string;
  /** The member id. (versions 9+, nullable 9+, default null) */
  memberId: string | null;
  /** The member epoch if using the new consumer protocol (KIP-848). (versions 9+, default -1) */
  memberEpoch: number;
  /** Each topic we would like to fetch offsets for, or null to fetch offsets for all topics. (versions 8+, nullable 8+) */
  topics: OffsetFetchRequestOffsetFetchRequestTopics[] | null;
}

/** OffsetFetchRequest OffsetFetchRequestTopics, versions 8-10. */
export interface OffsetFetchRequestOffsetFetchRequestTopics {
  /** The topic name. (versions 8-9) */
  name: string;
  /** The topic ID. (versions 10+) */
  topicId: string;
  /** The partition indexes we would like to fetch offsets for. (versions 8+) */
  partitionIndexes: number[];
}

/** A fresh OffsetFetchRequest with every field at its schema default. */
export function defaultOffsetFetchRequest(): OffsetFetchRequest {
  return {
    groupId: '',
    topics: [],
    groups: [],
    requireStable: false,
  };
}

/** A fresh OffsetFetchRequestOffsetFetchRequestTopic with every field at its schema default. */
export function defaultOffsetFetchRequestOffsetFetchRequestTopic(): OffsetFetchRequestOffsetFetchRequestTopic {
  return {
    name: '',
    partitionIndexes: [],
  };
}

/** A fresh OffsetFetchRequestOffsetFetchRequestGroup with every field at its schema default. */
export function defaultOffsetFetchRequestOffsetFetchRequestGroup(): OffsetFetchRequestOffsetFetchRequestGroup {
  return {
    groupId: '',
    memberId: null,
    memberEpoch: -1,
    topics: [],
  };
}

/** A fresh OffsetFetchRequestOffsetFetchRequestTopics with every field at its schema default. */
export function defaultOffsetFetchRequestOffsetFetchRequestTopics(): OffsetFetchRequestOffsetFetchRequestTopics {
  return {
    name: '',
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitionIndexes: [],
  };
}

function readOffsetFetchRequest_Topics(r: Reader, version: number): OffsetFetchRequestOffsetFetchRequestTopic[] | null {
  const n = version >= 6 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    if (version >= 2) return null;
    r.fail('null where an array is required');
    return [];
  }
  const items: OffsetFetchRequestOffsetFetchRequestTopic[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readOffsetFetchRequestOffsetFetchRequestTopic(r, version));
  return items;
}

function readOffsetFetchRequest_Groups(r: Reader, version: number): OffsetFetchRequestOffsetFetchRequestGroup[] {
  const n = r.compactArrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: OffsetFetchRequestOffsetFetchRequestGroup[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readOffsetFetchRequestOffsetFetchRequestGroup(r, version));
  return items;
}

function readOffsetFetchRequest(r: Reader, version: number): OffsetFetchRequest {
  r.field = 'GroupId';
  const fGroupId: string = version <= 7 ? (version >= 6 ? r.compactString() : r.string()) : '';
  r.field = 'Topics';
  const fTopics: OffsetFetchRequestOffsetFetchRequestTopic[] | null = version <= 7 ? readOffsetFetchRequest_Topics(r, version) : [];
  r.field = 'Groups';
  const fGroups: OffsetFetchRequestOffsetFetchRequestGroup[] = version >= 8 ? readOffsetFetchRequest_Groups(r, version) : [];
  r.field = 'RequireStable';
  const fRequireStable: boolean = version >= 7 ? r.bool() : false;
  if (version >= 6) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    groupId: fGroupId,
    topics: fTopics,
    groups: fGroups,
    requireStable: fRequireStable,
  };
}

function readOffsetFetchRequestOffsetFetchRequestTopic_PartitionIndexes(r: Reader, version: number): number[] {
  const n = version >= 6 ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readOffsetFetchRequestOffsetFetchRequestTopic(r: Reader, version: number): OffsetFetchRequestOffsetFetchRequestTopic {
  r.field = 'Topics.Name';
  const fName: string = version >= 6 ? r.compactString() : r.string();
  r.field = 'Topics.PartitionIndexes';
  const fPartitionIndexes: number[] = readOffsetFetchRequestOffsetFetchRequestTopic_PartitionIndexes(r, version);
  if (version >= 6) {
    r.field = 'Topics._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    name: fName,
    partitionIndexes: fPartitionIndexes,
  };
}

function readOffsetFetchRequestOffsetFetchRequestGroup_Topics(r: Reader, version: number): OffsetFetchRequestOffsetFetchRequestTopics[] | null {
  const n = r.compactArrayLength(3);
  if (n < 0) {
    return null;
  }
  const items: OffsetFetchRequestOffsetFetchRequestTopics[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readOffsetFetchRequestOffsetFetchRequestTopics(r, version));
  return items;
}

function readOffsetFetchRequestOffsetFetchRequestGroup(r: Reader, version: number): OffsetFetchRequestOffsetFetchRequestGroup {
  r.field = 'Groups.GroupId';
  const fGroupId: string = r.compactString();
  r.field = 'Groups.MemberId';
  const fMemberId: string | null = version >= 9 ? r.compactNullableString() : null;
  r.field = 'Groups.MemberEpoch';
  const fMemberEpoch: number = version >= 9 ? r.int32() : -1;
  r.field = 'Groups.Topics';
  const fTopics: OffsetFetchRequestOffsetFetchRequestTopics[] | null = readOffsetFetchRequestOffsetFetchRequestGroup_Topics(r, version);
  r.field = 'Groups._tagged_fields';
  r.skipTaggedFields();
  return {
    groupId: fGroupId,
    memberId: fMemberId,
    memberEpoch: fMemberEpoch,
    topics: fTopics,
  };
}

function readOffsetFetchRequestOffsetFetchRequestTopics_PartitionIndexes(r: Reader, _version: number): number[] {
  const n = r.compactArrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readOffsetFetchRequestOffsetFetchRequestTopics(r: Reader, version: number): OffsetFetchRequestOffsetFetchRequestTopics {
  r.field = 'Groups.Topics.Name';
  const fName: string = version <= 9 ? r.compactString() : '';
  r.field = 'Groups.Topics.TopicId';
  const fTopicId: string = version >= 10 ? r.uuid() : 'AAAAAAAAAAAAAAAAAAAAAA';
  r.field = 'Groups.Topics.PartitionIndexes';
  const fPartitionIndexes: number[] = readOffsetFetchRequestOffsetFetchRequestTopics_PartitionIndexes(r, version);
  r.field = 'Groups.Topics._tagged_fields';
  r.skipTaggedFields();
  return {
    name: fName,
    topicId: fTopicId,
    partitionIndexes: fPartitionIndexes,
  };
}

function writeOffsetFetchRequest_Topics(w: Writer, version: number, items: OffsetFetchRequestOffsetFetchRequestTopic[] | null): void {
  if (items === null) {
    if (!(version >= 2)) nullNotAllowed('OffsetFetchRequest', version, 'Topics');
    version >= 6 ? w.uvarint(0) : w.int32(-1);
    return;
  }
  version >= 6 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeOffsetFetchRequestOffsetFetchRequestTopic(w, version, item);
}

function writeOffsetFetchRequest_Groups(w: Writer, version: number, items: OffsetFetchRequestOffsetFetchRequestGroup[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeOffsetFetchRequestOffsetFetchRequestGroup(w, version, item);
}

function writeOffsetFetchRequest(w: Writer, version: number, v: OffsetFetchRequest): void {
  if (version <= 7) {
    version >= 6 ? w.compactString(v.groupId) : w.string(v.groupId);
  } else if (v.groupId !== '') {
    notInVersion('OffsetFetchRequest', version, 'GroupId');
  }
  if (version <= 7) {
    writeOffsetFetchRequest_Topics(w, version, v.topics);
  } else if ((v.topics === null || v.topics.length !== 0)) {
    notInVersion('OffsetFetchRequest', version, 'Topics');
  }
  if (version >= 8) {
    writeOffsetFetchRequest_Groups(w, version, v.groups);
  } else if (v.groups.length !== 0) {
    notInVersion('OffsetFetchRequest', version, 'Groups');
  }
  if (version >= 7) {
    w.bool(v.requireStable);
  } else if (v.requireStable !== false) {
    notInVersion('OffsetFetchRequest', version, 'RequireStable');
  }
  if (version >= 6) {
    w.uvarint(0);
  }
}

function writeOffsetFetchRequestOffsetFetchRequestTopic_PartitionIndexes(w: Writer, version: number, items: number[]): void {
  version >= 6 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) w.int32(item);
}

function writeOffsetFetchRequestOffsetFetchRequestTopic(w: Writer, version: number, v: OffsetFetchRequestOffsetFetchRequestTopic): void {
  version >= 6 ? w.compactString(v.name) : w.string(v.name);
  writeOffsetFetchRequestOffsetFetchRequestTopic_PartitionIndexes(w, version, v.partitionIndexes);
  if (version >= 6) {
    w.uvarint(0);
  }
}

function writeOffsetFetchRequestOffsetFetchRequestGroup_Topics(w: Writer, version: number, items: OffsetFetchRequestOffsetFetchRequestTopics[] | null): void {
  if (items === null) {
    w.uvarint(0);
    return;
  }
  w.uvarint(items.length + 1);
  for (const item of items) writeOffsetFetchRequestOffsetFetchRequestTopics(w, version, item);
}

function writeOffsetFetchRequestOffsetFetchRequestGroup(w: Writer, version: number, v: OffsetFetchRequestOffsetFetchRequestGroup): void {
  w.compactString(v.groupId);
  if (version >= 9) {
    w.compactNullableString(v.memberId);
  }
  if (version >= 9) {
    w.int32(v.memberEpoch);
  }
  writeOffsetFetchRequestOffsetFetchRequestGroup_Topics(w, version, v.topics);
  w.uvarint(0);
}

function writeOffsetFetchRequestOffsetFetchRequestTopics_PartitionIndexes(w: Writer, _version: number, items: number[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.int32(item);
}

function writeOffsetFetchRequestOffsetFetchRequestTopics(w: Writer, version: number, v: OffsetFetchRequestOffsetFetchRequestTopics): void {
  if (version <= 9) {
    w.compactString(v.name);
  }
  if (version >= 10) {
    w.uuid(v.topicId);
  }
  writeOffsetFetchRequestOffsetFetchRequestTopics_PartitionIndexes(w, version, v.partitionIndexes);
  w.uvarint(0);
}

export const OffsetFetchRequestCodec: MessageCodec<OffsetFetchRequest> = {
  name: 'OffsetFetchRequest',
  apiKey: 9,
  minVersion: 0,
  maxVersion: 10,
  flexibleFrom: 6,
  decode(r: Reader, version: number): OffsetFetchRequest {
    if (version < 0 || version > 10) {
      r.fail(`unsupported version ${version}`);
      return defaultOffsetFetchRequest();
    }
    return readOffsetFetchRequest(r, version);
  },
  encode(w: Writer, version: number, value: OffsetFetchRequest): void {
    if (version < 0 || version > 10) unsupportedVersion('OffsetFetchRequest', version, 0, 10);
    writeOffsetFetchRequest(w, version, value);
  },
  defaults: defaultOffsetFetchRequest,
};

/** OffsetFetchResponse (response, API key 9), versions 0-10. */
export interface OffsetFetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 3+) */
  throttleTimeMs: number;
  /** The responses per topic. (versions 0-7) */
  topics: OffsetFetchResponseOffsetFetchResponseTopic[];
  /** The top-level error code, or 0 if there was no error. (versions 2-7, default 0) */
  errorCode: number;
  /** The responses per group id. (versions 8+) */
  groups: OffsetFetchResponseOffsetFetchResponseGroup[];
}

/** OffsetFetchResponse OffsetFetchResponseTopic, versions 0-7. */
export interface OffsetFetchResponseOffsetFetchResponseTopic {
  /** The topic name. (versions 0-7) */
  name: string;
  /** The responses per partition. (versions 0-7) */
  partitions: OffsetFetchResponseOffsetFetchResponsePartition[];
}

/** OffsetFetchResponse OffsetFetchResponsePartition, versions 0-7. */
export interface OffsetFetchResponseOffsetFetchResponsePartition {
  /** The partition index. (versions 0-7) */
  partitionIndex: number;
  /** The committed message offset. (versions 0-7) */
  committedOffset: bigint;
  /** The leader epoch. (versions 5-7, default -1) */
  committedLeaderEpoch: number;
  /** The partition metadata. (versions 0-7, nullable 0-7) */
  metadata: string | null;
  /** The error code, or 0 if there was no error. (versions 0-7) */
  errorCode: number;
}

/** OffsetFetchResponse OffsetFetchResponseGroup, versions 8-10. */
export interface OffsetFetchResponseOffsetFetchResponseGroup {
  /** The group ID. (versions 8+) */
  groupId: string;
  /** The responses per topic. (versions 8+) */
  topics: OffsetFetchResponseOffsetFetchResponseTopics[];
  /** The group-level error code, or 0 if there was no error. (versions 8+, default 0) */
  errorCode: number;
}

/** OffsetFetchResponse OffsetFetchResponseTopics, versions 8-10. */
export interface OffsetFetchResponseOffsetFetchResponseTopics {
  /** The topic name. (versions 8-9) */
  name: string;
  /** The topic ID. (versions 10+) */
  topicId: string;
  /** The responses per partition. (versions 8+) */
  partitions: OffsetFetchResponseOffsetFetchResponsePartitions[];
}

/** OffsetFetchResponse OffsetFetchResponsePartitions, versions 8-10. */
export interface OffsetFetchResponseOffsetFetchResponsePartitions {
  /** The partition index. (versions 8+) */
  partitionIndex: number;
  /** The committed message offset. (versions 8+) */
  committedOffset: bigint;
  /** The leader epoch. (versions 8+, default -1) */
  committedLeaderEpoch: number;
  /** The partition metadata. (versions 8+, nullable 8+) */
  metadata: string | null;
  /** The partition-level error code, or 0 if there was no error. (versions 8+) */
  errorCode: number;
}

/** A fresh OffsetFetchResponse with every field at its schema default. */
export function defaultOffsetFetchResponse(): OffsetFetchResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    errorCode: 0,
    groups: [],
  };
}

/** A fresh OffsetFetchResponseOffsetFetchResponseTopic with every field at its schema default. */
export function defaultOffsetFetchResponseOffsetFetchResponseTopic(): OffsetFetchResponseOffsetFetchResponseTopic {
  return {
    name: '',
    partitions: [],
  };
}

/** A fresh OffsetFetchResponseOffsetFetchResponsePartition with every field at its schema default. */
export function defaultOffsetFetchResponseOffsetFetchResponsePartition(): OffsetFetchResponseOffsetFetchResponsePartition {
  return {
    partitionIndex: 0,
    committedOffset: 0n,
    committedLeaderEpoch: -1,
    metadata: '',
    errorCode: 0,
  };
}

/** A fresh OffsetFetchResponseOffsetFetchResponseGroup with every field at its schema default. */
export function defaultOffsetFetchResponseOffsetFetchResponseGroup(): OffsetFetchResponseOffsetFetchResponseGroup {
  return {
    groupId: '',
    topics: [],
    errorCode: 0,
  };
}

/** A fresh OffsetFetchResponseOffsetFetchResponseTopics with every field at its schema default. */
export function defaultOffsetFetchResponseOffsetFetchResponseTopics(): OffsetFetchResponseOffsetFetchResponseTopics {
  return {
    name: '',
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitions: [],
  };
}

/** A fresh OffsetFetchResponseOffsetFetchResponsePartitions with every field at its schema default. */
export function defaultOffsetFetchResponseOffsetFetchResponsePartitions(): OffsetFetchResponseOffsetFetchResponsePartitions {
  return {
    partitionIndex: 0,
    committedOffset: 0n,
    committedLeaderEpoch: -1,
    metadata: '',
    errorCode: 0,
  };
}

function readOffsetFetchResponse_Topics(r: Reader, version: number): OffsetFetchResponseOffsetFetchResponseTopic[] {
  const n = version >= 6 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: OffsetFetchResponseOffsetFetchResponseTopic[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readOffsetFetchResponseOffsetFetchResponseTopic(r, version));
  return items;
}

function readOffsetFetchResponse_Groups(r: Reader, version: number): OffsetFetchResponseOffsetFetchResponseGroup[] {
  const n = r.compactArrayLength(5);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: OffsetFetchResponseOffsetFetchResponseGroup[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readOffsetFetchResponseOffsetFetchResponseGroup(r, version));
  return items;
}

function readOffsetFetchResponse(r: Reader, version: number): OffsetFetchResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = version >= 3 ? r.int32() : 0;
  r.field = 'Topics';
  const fTopics: OffsetFetchResponseOffsetFetchResponseTopic[] = version <= 7 ? readOffsetFetchResponse_Topics(r, version) : [];
  r.field = 'ErrorCode';
  const fErrorCode: number = (version >= 2 && version <= 7) ? r.int16() : 0;
  r.field = 'Groups';
  const fGroups: OffsetFetchResponseOffsetFetchResponseGroup[] = version >= 8 ? readOffsetFetchResponse_Groups(r, version) : [];
  if (version >= 6) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    throttleTimeMs: fThrottleTimeMs,
    topics: fTopics,
    errorCode: fErrorCode,
    groups: fGroups,
  };
}

function readOffsetFetchResponseOffsetFetchResponseTopic_Partitions(r: Reader, version: number): OffsetFetchResponseOffsetFetchResponsePartition[] {
  const n = version >= 6 ? r.compactArrayLength(16) : r.arrayLength(16);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: OffsetFetchResponseOffsetFetchResponsePartition[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readOffsetFetchResponseOffsetFetchResponsePartition(r, version));
  return items;
}

function readOffsetFetchResponseOffsetFetchResponseTopic(r: Reader, version: number): OffsetFetchResponseOffsetFetchResponseTopic {
  r.field = 'Topics.Name';
  const fName: string = version >= 6 ? r.compactString() : r.string();
  r.field = 'Topics.Partitions';
  const fPartitions: OffsetFetchResponseOffsetFetchResponsePartition[] = readOffsetFetchResponseOffsetFetchResponseTopic_Partitions(r, version);
  if (version >= 6) {
    r.field = 'Topics._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    name: fName,
    partitions: fPartitions,
  };
}

function readOffsetFetchResponseOffsetFetchResponsePartition(r: Reader, version: number): OffsetFetchResponseOffsetFetchResponsePartition {
  r.field = 'Topics.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Topics.Partitions.CommittedOffset';
  const fCommittedOffset: bigint = r.int64();
  r.field = 'Topics.Partitions.CommittedLeaderEpoch';
  const fCommittedLeaderEpoch: number = version >= 5 ? r.int32() : -1;
  r.field = 'Topics.Partitions.Metadata';
  const fMetadata: string | null = version >= 6 ? r.compactNullableString() : r.nullableString();
  r.field = 'Topics.Partitions.ErrorCode';
  const fErrorCode: number = r.int16();
  if (version >= 6) {
    r.field = 'Topics.Partitions._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    partitionIndex: fPartitionIndex,
    committedOffset: fCommittedOffset,
    committedLeaderEpoch: fCommittedLeaderEpoch,
    metadata: fMetadata,
    errorCode: fErrorCode,
  };
}

function readOffsetFetchResponseOffsetFetchResponseGroup_Topics(r: Reader, version: number): OffsetFetchResponseOffsetFetchResponseTopics[] {
  const n = r.compactArrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: OffsetFetchResponseOffsetFetchResponseTopics[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readOffsetFetchResponseOffsetFetchResponseTopics(r, version));
  return items;
}

function readOffsetFetchResponseOffsetFetchResponseGroup(r: Reader, version: number): OffsetFetchResponseOffsetFetchResponseGroup {
  r.field = 'Groups.GroupId';
  const fGroupId: string = r.compactString();
  r.field = 'Groups.Topics';
  const fTopics: OffsetFetchResponseOffsetFetchResponseTopics[] = readOffsetFetchResponseOffsetFetchResponseGroup_Topics(r, version);
  r.field = 'Groups.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Groups._tagged_fields';
  r.skipTaggedFields();
  return {
    groupId: fGroupId,
    topics: fTopics,
    errorCode: fErrorCode,
  };
}

function readOffsetFetchResponseOffsetFetchResponseTopics_Partitions(r: Reader, version: number): OffsetFetchResponseOffsetFetchResponsePartitions[] {
  const n = r.compactArrayLength(20);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: OffsetFetchResponseOffsetFetchResponsePartitions[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readOffsetFetchResponseOffsetFetchResponsePartitions(r, version));
  return items;
}

function readOffsetFetchResponseOffsetFetchResponseTopics(r: Reader, version: number): OffsetFetchResponseOffsetFetchResponseTopics {
  r.field = 'Groups.Topics.Name';
  const fName: string = version <= 9 ? r.compactString() : '';
  r.field = 'Groups.Topics.TopicId';
  const fTopicId: string = version >= 10 ? r.uuid() : 'AAAAAAAAAAAAAAAAAAAAAA';
  r.field = 'Groups.Topics.Partitions';
  const fPartitions: OffsetFetchResponseOffsetFetchResponsePartitions[] = readOffsetFetchResponseOffsetFetchResponseTopics_Partitions(r, version);
  r.field = 'Groups.Topics._tagged_fields';
  r.skipTaggedFields();
  return {
    name: fName,
    topicId: fTopicId,
    partitions: fPartitions,
  };
}

function readOffsetFetchResponseOffsetFetchResponsePartitions(r: Reader, _version: number): OffsetFetchResponseOffsetFetchResponsePartitions {
  r.field = 'Groups.Topics.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Groups.Topics.Partitions.CommittedOffset';
  const fCommittedOffset: bigint = r.int64();
  r.field = 'Groups.Topics.Partitions.CommittedLeaderEpoch';
  const fCommittedLeaderEpoch: number = r.int32();
  r.field = 'Groups.Topics.Partitions.Metadata';
  const fMetadata: string | null = r.compactNullableString();
  r.field = 'Groups.Topics.Partitions.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Groups.Topics.Partitions._tagged_fields';
  r.skipTaggedFields();
  return {
    partitionIndex: fPartitionIndex,
    committedOffset: fCommittedOffset,
    committedLeaderEpoch: fCommittedLeaderEpoch,
    metadata: fMetadata,
    errorCode: fErrorCode,
  };
}

function writeOffsetFetchResponse_Topics(w: Writer, version: number, items: OffsetFetchResponseOffsetFetchResponseTopic[]): void {
  version >= 6 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeOffsetFetchResponseOffsetFetchResponseTopic(w, version, item);
}

function writeOffsetFetchResponse_Groups(w: Writer, version: number, items: OffsetFetchResponseOffsetFetchResponseGroup[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeOffsetFetchResponseOffsetFetchResponseGroup(w, version, item);
}

function writeOffsetFetchResponse(w: Writer, version: number, v: OffsetFetchResponse): void {
  if (version >= 3) {
    w.int32(v.throttleTimeMs);
  }
  if (version <= 7) {
    writeOffsetFetchResponse_Topics(w, version, v.topics);
  } else if (v.topics.length !== 0) {
    notInVersion('OffsetFetchResponse', version, 'Topics');
  }
  if (version >= 2 && version <= 7) {
    w.int16(v.errorCode);
  }
  if (version >= 8) {
    writeOffsetFetchResponse_Groups(w, version, v.groups);
  } else if (v.groups.length !== 0) {
    notInVersion('OffsetFetchResponse', version, 'Groups');
  }
  if (version >= 6) {
    w.uvarint(0);
  }
}

function writeOffsetFetchResponseOffsetFetchResponseTopic_Partitions(w: Writer, version: number, items: OffsetFetchResponseOffsetFetchResponsePartition[]): void {
  version >= 6 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeOffsetFetchResponseOffsetFetchResponsePartition(w, version, item);
}

function writeOffsetFetchResponseOffsetFetchResponseTopic(w: Writer, version: number, v: OffsetFetchResponseOffsetFetchResponseTopic): void {
  version >= 6 ? w.compactString(v.name) : w.string(v.name);
  writeOffsetFetchResponseOffsetFetchResponseTopic_Partitions(w, version, v.partitions);
  if (version >= 6) {
    w.uvarint(0);
  }
}

function writeOffsetFetchResponseOffsetFetchResponsePartition(w: Writer, version: number, v: OffsetFetchResponseOffsetFetchResponsePartition): void {
  w.int32(v.partitionIndex);
  w.int64(v.committedOffset);
  if (version >= 5) {
    w.int32(v.committedLeaderEpoch);
  }
  version >= 6 ? w.compactNullableString(v.metadata) : w.nullableString(v.metadata);
  w.int16(v.errorCode);
  if (version >= 6) {
    w.uvarint(0);
  }
}

function writeOffsetFetchResponseOffsetFetchResponseGroup_Topics(w: Writer, version: number, items: OffsetFetchResponseOffsetFetchResponseTopics[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeOffsetFetchResponseOffsetFetchResponseTopics(w, version, item);
}

function writeOffsetFetchResponseOffsetFetchResponseGroup(w: Writer, version: number, v: OffsetFetchResponseOffsetFetchResponseGroup): void {
  w.compactString(v.groupId);
  writeOffsetFetchResponseOffsetFetchResponseGroup_Topics(w, version, v.topics);
  w.int16(v.errorCode);
  w.uvarint(0);
}

function writeOffsetFetchResponseOffsetFetchResponseTopics_Partitions(w: Writer, version: number, items: OffsetFetchResponseOffsetFetchResponsePartitions[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeOffsetFetchResponseOffsetFetchResponsePartitions(w, version, item);
}

function writeOffsetFetchResponseOffsetFetchResponseTopics(w: Writer, version: number, v: OffsetFetchResponseOffsetFetchResponseTopics): void {
  if (version <= 9) {
    w.compactString(v.name);
  }
  if (version >= 10) {
    w.uuid(v.topicId);
  }
  writeOffsetFetchResponseOffsetFetchResponseTopics_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeOffsetFetchResponseOffsetFetchResponsePartitions(w: Writer, _version: number, v: OffsetFetchResponseOffsetFetchResponsePartitions): void {
  w.int32(v.partitionIndex);
  w.int64(v.committedOffset);
  w.int32(v.committedLeaderEpoch);
  w.compactNullableString(v.metadata);
  w.int16(v.errorCode);
  w.uvarint(0);
}

export const OffsetFetchResponseCodec: MessageCodec<OffsetFetchResponse> = {
  name: 'OffsetFetchResponse',
  apiKey: 9,
  minVersion: 0,
  maxVersion: 10,
  flexibleFrom: 6,
  decode(r: Reader, version: number): OffsetFetchResponse {
    if (version < 0 || version > 10) {
      r.fail(`unsupported version ${version}`);
      return defaultOffsetFetchResponse();
    }
    return readOffsetFetchResponse(r, version);
  },
  encode(w: Writer, version: number, value: OffsetFetchResponse): void {
    if (version < 0 || version > 10) unsupportedVersion('OffsetFetchResponse', version, 0, 10);
    writeOffsetFetchResponse(w, version, value);
  },
  defaults: defaultOffsetFetchResponse,
};
