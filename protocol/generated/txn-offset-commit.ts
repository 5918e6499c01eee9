// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0 (kafka-clients-4.4.0.jar, common/message/), its lowest versions
//   checked equal to apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99's (protocol/generator/overlay.ts)
//   TxnOffsetCommitRequest.json, TxnOffsetCommitResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, notInVersion, unsupportedVersion } from '../generator/runtime';

/** TxnOffsetCommitRequest (request, API key 28), versions 0-6. */
export interface TxnOffsetCommitRequest {
  /** The ID of the transaction. (versions 0+) */
  transactionalId: string;
  /** The ID of the group. (versions 0+) */
  groupId: string;
  /** The current producer ID in use by the transactional ID. (versions 0+) */
  producerId: bigint;
  /** The current epoch associated with the producer ID. (versions 0+) */
  producerEpoch: number;
  /** The generation of the group if using the classic group protocol or the member epoch if using the consumer protocol. (versions 3+, default -1) */
  generationIdOrMemberEpoch: number;
  /** The member ID assigned by the group coordinator. (versions 3+) */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (versions 3+, nullable 3+, default null) */
  groupInstanceId: string | null;
  /** Each topic that we want to commit offsets for. (versions 0+) */
  topics: TxnOffsetCommitRequestTxnOffsetCommitRequestTopic[];
}

/** TxnOffsetCommitRequest TxnOffsetCommitRequestTopic, versions 0-6. */
export interface TxnOffsetCommitRequestTxnOffsetCommitRequestTopic {
  /** The topic name. (versions 0-5) */
  name: string;
  /** The topic ID. (versions 6+) */
  topicId: string;
  /** The partitions inside the topic that we want to commit offsets for. (versions 0+) */
  partitions: TxnOffsetCommitRequestTxnOffsetCommitRequestPartition[];
}

/** TxnOffsetCommitRequest TxnOffsetCommitRequestPartition, versions 0-6. */
export interface TxnOffsetCommitRequestTxnOffsetCommitRequestPartition {
  /** The index of the partition within the topic. (versions 0+) */
  partitionIndex: number;
  /** The message offset to be committed. (versions 0+) */
  committedOffset: bigint;
  /** The leader epoch of the last consumed record. (versions 2+, default -1) */
  committedLeaderEpoch: number;
  /** Any associated metadata the client wants to keep. (versions 0+, nullable 0+) */
  committedMetadata: string | null;
}

/** A fresh TxnOffsetCommitRequest with every field at its schema default. */
export function defaultTxnOffsetCommitRequest(): TxnOffsetCommitRequest {
  return {
    transactionalId: '',
    groupId: '',
    producerId: 0n,
    producerEpoch: 0,
    generationIdOrMemberEpoch: -1,
    memberId: '',
    groupInstanceId: null,
    topics: [],
  };
}

/** A fresh TxnOffsetCommitRequestTxnOffsetCommitRequestTopic with every field at its schema default. */
export function defaultTxnOffsetCommitRequestTxnOffsetCommitRequestTopic(): TxnOffsetCommitRequestTxnOffsetCommitRequestTopic {
  return {
    name: '',
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitions: [],
  };
}

/** A fresh TxnOffsetCommitRequestTxnOffsetCommitRequestPartition with every field at its schema default. */
export function defaultTxnOffsetCommitRequestTxnOffsetCommitRequestPartition(): TxnOffsetCommitRequestTxnOffsetCommitRequestPartition {
  return {
    partitionIndex: 0,
    committedOffset: 0n,
    committedLeaderEpoch: -1,
    committedMetadata: '',
  };
}

function readTxnOffsetCommitRequest_Topics(r: Reader, version: number): TxnOffsetCommitRequestTxnOffsetCommitRequestTopic[] {
  const n = version >= 3 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: TxnOffsetCommitRequestTxnOffsetCommitRequestTopic[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readTxnOffsetCommitRequestTxnOffsetCommitRequestTopic(r, version));
  return items;
}

function readTxnOffsetCommitRequest(r: Reader, version: number): TxnOffsetCommitRequest {
  r.field = 'TransactionalId';
  const fTransactionalId: string = version >= 3 ? r.compactString() : r.string();
  r.field = 'GroupId';
  const fGroupId: string = version >= 3 ? r.compactString() : r.string();
  r.field = 'ProducerId';
  const fProducerId: bigint = r.int64();
  r.field = 'ProducerEpoch';
  const fProducerEpoch: number = r.int16();
  r.field = 'GenerationIdOrMemberEpoch';
  const fGenerationIdOrMemberEpoch: number = version >= 3 ? r.int32() : -1;
  r.field = 'MemberId';
  const fMemberId: string = version >= 3 ? r.compactString() : '';
  r.field = 'GroupInstanceId';
  const fGroupInstanceId: string | null = version >= 3 ? r.compactNullableString() : null;
  r.field = 'Topics';
  const fTopics: TxnOffsetCommitRequestTxnOffsetCommitRequestTopic[] = readTxnOffsetCommitRequest_Topics(r, version);
  if (version >= 3) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    transactionalId: fTransactionalId,
    groupId: fGroupId,
    producerId: fProducerId,
    producerEpoch: fProducerEpoch,
    generationIdOrMemberEpoch: fGenerationIdOrMemberEpoch,
    memberId: fMemberId,
    groupInstanceId: fGroupInstanceId,
    topics: fTopics,
  };
}

function readTxnOffsetCommitRequestTxnOffsetCommitRequestTopic_Partitions(r: Reader, version: number): TxnOffsetCommitRequestTxnOffsetCommitRequestPartition[] {
  const n = version >= 3 ? r.compactArrayLength(14) : r.arrayLength(14);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: TxnOffsetCommitRequestTxnOffsetCommitRequestPartition[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readTxnOffsetCommitRequestTxnOffsetCommitRequestPartition(r, version));
  return items;
}

function readTxnOffsetCommitRequestTxnOffsetCommitRequestTopic(r: Reader, version: number): TxnOffsetCommitRequestTxnOffsetCommitRequestTopic {
  r.field = 'Topics.Name';
  const fName: string = version <= 5 ? (version >= 3 ? r.compactString() : r.string()) : '';
  r.field = 'Topics.TopicId';
  const fTopicId: string = version >= 6 ? r.uuid() : 'AAAAAAAAAAAAAAAAAAAAAA';
  r.field = 'Topics.Partitions';
  const fPartitions: TxnOffsetCommitRequestTxnOffsetCommitRequestPartition[] = readTxnOffsetCommitRequestTxnOffsetCommitRequestTopic_Partitions(r, version);
  if (version >= 3) {
    r.field = 'Topics._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    name: fName,
    topicId: fTopicId,
    partitions: fPartitions,
  };
}

function readTxnOffsetCommitRequestTxnOffsetCommitRequestPartition(r: Reader, version: number): TxnOffsetCommitRequestTxnOffsetCommitRequestPartition {
  r.field = 'Topics.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Topics.Partitions.CommittedOffset';
  const fCommittedOffset: bigint = r.int64();
  r.field = 'Topics.Partitions.CommittedLeaderEpoch';
  const fCommittedLeaderEpoch: number = version >= 2 ? r.int32() : -1;
  r.field = 'Topics.Partitions.CommittedMetadata';
  const fCommittedMetadata: string | null = version >= 3 ? r.compactNullableString() : r.nullableString();
  if (version >= 3) {
    r.field = 'Topics.Partitions._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    partitionIndex: fPartitionIndex,
    committedOffset: fCommittedOffset,
    committedLeaderEpoch: fCommittedLeaderEpoch,
    committedMetadata: fCommittedMetadata,
  };
}

function writeTxnOffsetCommitRequest_Topics(w: Writer, version: number, items: TxnOffsetCommitRequestTxnOffsetCommitRequestTopic[]): void {
  version >= 3 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeTxnOffsetCommitRequestTxnOffsetCommitRequestTopic(w, version, item);
}

function writeTxnOffsetCommitRequest(w: Writer, version: number, v: TxnOffsetCommitRequest): void {
  version >= 3 ? w.compactString(v.transactionalId) : w.string(v.transactionalId);
  version >= 3 ? w.compactString(v.groupId) : w.string(v.groupId);
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  if (version >= 3) {
    w.int32(v.generationIdOrMemberEpoch);
  } else if (v.generationIdOrMemberEpoch !== -1) {
    notInVersion('TxnOffsetCommitRequest', version, 'GenerationIdOrMemberEpoch');
  }
  if (version >= 3) {
    w.compactString(v.memberId);
  } else if (v.memberId !== '') {
    notInVersion('TxnOffsetCommitRequest', version, 'MemberId');
  }
  if (version >= 3) {
    w.compactNullableString(v.groupInstanceId);
  } else if (v.groupInstanceId !== null) {
    notInVersion('TxnOffsetCommitRequest', version, 'GroupInstanceId');
  }
  writeTxnOffsetCommitRequest_Topics(w, version, v.topics);
  if (version >= 3) {
    w.uvarint(0);
  }
}

function writeTxnOffsetCommitRequestTxnOffsetCommitRequestTopic_Partitions(w: Writer, version: number, items: TxnOffsetCommitRequestTxnOffsetCommitRequestPartition[]): void {
  version >= 3 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeTxnOffsetCommitRequestTxnOffsetCommitRequestPartition(w, version, item);
}

function writeTxnOffsetCommitRequestTxnOffsetCommitRequestTopic(w: Writer, version: number, v: TxnOffsetCommitRequestTxnOffsetCommitRequestTopic): void {
  if (version <= 5) {
    version >= 3 ? w.compactString(v.name) : w.string(v.name);
  }
  if (version >= 6) {
    w.uuid(v.topicId);
  }
  writeTxnOffsetCommitRequestTxnOffsetCommitRequestTopic_Partitions(w, version, v.partitions);
  if (version >= 3) {
    w.uvarint(0);
  }
}

function writeTxnOffsetCommitRequestTxnOffsetCommitRequestPartition(w: Writer, version: number, v: TxnOffsetCommitRequestTxnOffsetCommitRequestPartition): void {
  w.int32(v.partitionIndex);
  w.int64(v.committedOffset);
  if (version >= 2) {
    w.int32(v.committedLeaderEpoch);
  }
  version >= 3 ? w.compactNullableString(v.committedMetadata) : w.nullableString(v.committedMetadata);
  if (version >= 3) {
    w.uvarint(0);
  }
}

export const TxnOffsetCommitRequestCodec: MessageCodec<TxnOffsetCommitRequest> = {
  name: 'TxnOffsetCommitRequest',
  apiKey: 28,
  minVersion: 0,
  maxVersion: 6,
  flexibleFrom: 3,
  decode(r: Reader, version: number): TxnOffsetCommitRequest {
    if (version < 0 || version > 6) {
      r.fail(`unsupported version ${version}`);
      return defaultTxnOffsetCommitRequest();
    }
    return readTxnOffsetCommitRequest(r, version);
  },
  encode(w: Writer, version: number, value: TxnOffsetCommitRequest): void {
    if (version < 0 || version > 6) unsupportedVersion('TxnOffsetCommitRequest', version, 0, 6);
    writeTxnOffsetCommitRequest(w, version, value);
  },
  defaults: defaultTxnOffsetCommitRequest,
};

/** TxnOffsetCommitResponse (response, API key 28), versions 0-6. */
export interface TxnOffsetCommitResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The responses for each topic. (versions 0+) */
  topics: TxnOffsetCommitResponseTxnOffsetCommitResponseTopic[];
}

/** TxnOffsetCommitResponse TxnOffsetCommitResponseTopic, versions 0-6. */
export interface TxnOffsetCommitResponseTxnOffsetCommitResponseTopic {
  /** The topic name. (versions 0-5) */
  name: string;
  /** The topic ID. (versions 6+) */
  topicId: string;
  /** The responses for each partition in the topic. (versions 0+) */
  partitions: TxnOffsetCommitResponseTxnOffsetCommitResponsePartition[];
}

/** TxnOffsetCommitResponse TxnOffsetCommitResponsePartition, versions 0-6. */
export interface TxnOffsetCommitResponseTxnOffsetCommitResponsePartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
}

/** A fresh TxnOffsetCommitResponse with every field at its schema default. */
export function defaultTxnOffsetCommitResponse(): TxnOffsetCommitResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
  };
}

/** A fresh TxnOffsetCommitResponseTxnOffsetCommitResponseTopic with every field at its schema default. */
export function defaultTxnOffsetCommitResponseTxnOffsetCommitResponseTopic(): TxnOffsetCommitResponseTxnOffsetCommitResponseTopic {
  return {
    name: '',
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitions: [],
  };
}

/** A fresh TxnOffsetCommitResponseTxnOffsetCommitResponsePartition with every field at its schema default. */
export function defaultTxnOffsetCommitResponseTxnOffsetCommitResponsePartition(): TxnOffsetCommitResponseTxnOffsetCommitResponsePartition {
  return {
    partitionIndex: 0,
    errorCode: 0,
  };
}

function readTxnOffsetCommitResponse_Topics(r: Reader, version: number): TxnOffsetCommitResponseTxnOffsetCommitResponseTopic[] {
  const n = version >= 3 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: TxnOffsetCommitResponseTxnOffsetCommitResponseTopic[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readTxnOffsetCommitResponseTxnOffsetCommitResponseTopic(r, version));
  return items;
}

function readTxnOffsetCommitResponse(r: Reader, version: number): TxnOffsetCommitResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'Topics';
  const fTopics: TxnOffsetCommitResponseTxnOffsetCommitResponseTopic[] = readTxnOffsetCommitResponse_Topics(r, version);
  if (version >= 3) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    throttleTimeMs: fThrottleTimeMs,
    topics: fTopics,
  };
}

function readTxnOffsetCommitResponseTxnOffsetCommitResponseTopic_Partitions(r: Reader, version: number): TxnOffsetCommitResponseTxnOffsetCommitResponsePartition[] {
  const n = version >= 3 ? r.compactArrayLength(6) : r.arrayLength(6);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: TxnOffsetCommitResponseTxnOffsetCommitResponsePartition[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readTxnOffsetCommitResponseTxnOffsetCommitResponsePartition(r, version));
  return items;
}

function readTxnOffsetCommitResponseTxnOffsetCommitResponseTopic(r: Reader, version: number): TxnOffsetCommitResponseTxnOffsetCommitResponseTopic {
  r.field = 'Topics.Name';
  const fName: string = version <= 5 ? (version >= 3 ? r.compactString() : r.string()) : '';
  r.field = 'Topics.TopicId';
  const fTopicId: string = version >= 6 ? r.uuid() : 'AAAAAAAAAAAAAAAAAAAAAA';
  r.field = 'Topics.Partitions';
  const fPartitions: TxnOffsetCommitResponseTxnOffsetCommitResponsePartition[] = readTxnOffsetCommitResponseTxnOffsetCommitResponseTopic_Partitions(r, version);
  if (version >= 3) {
    r.field = 'Topics._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    name: fName,
    topicId: fTopicId,
    partitions: fPartitions,
  };
}

function readTxnOffsetCommitResponseTxnOffsetCommitResponsePartition(r: Reader, version: number): TxnOffsetCommitResponseTxnOffsetCommitResponsePartition {
  r.field = 'Topics.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Topics.Partitions.ErrorCode';
  const fErrorCode: number = r.int16();
  if (version >= 3) {
    r.field = 'Topics.Partitions._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    partitionIndex: fPartitionIndex,
    errorCode: fErrorCode,
  };
}

function writeTxnOffsetCommitResponse_Topics(w: Writer, version: number, items: TxnOffsetCommitResponseTxnOffsetCommitResponseTopic[]): void {
  version >= 3 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeTxnOffsetCommitResponseTxnOffsetCommitResponseTopic(w, version, item);
}

function writeTxnOffsetCommitResponse(w: Writer, version: number, v: TxnOffsetCommitResponse): void {
  w.int32(v.throttleTimeMs);
  writeTxnOffsetCommitResponse_Topics(w, version, v.topics);
  if (version >= 3) {
    w.uvarint(0);
  }
}

function writeTxnOffsetCommitResponseTxnOffsetCommitResponseTopic_Partitions(w: Writer, version: number, items: TxnOffsetCommitResponseTxnOffsetCommitResponsePartition[]): void {
  version >= 3 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeTxnOffsetCommitResponseTxnOffsetCommitResponsePartition(w, version, item);
}

function writeTxnOffsetCommitResponseTxnOffsetCommitResponseTopic(w: Writer, version: number, v: TxnOffsetCommitResponseTxnOffsetCommitResponseTopic): void {
  if (version <= 5) {
    version >= 3 ? w.compactString(v.name) : w.string(v.name);
  }
  if (version >= 6) {
    w.uuid(v.topicId);
  }
  writeTxnOffsetCommitResponseTxnOffsetCommitResponseTopic_Partitions(w, version, v.partitions);
  if (version >= 3) {
    w.uvarint(0);
  }
}

function writeTxnOffsetCommitResponseTxnOffsetCommitResponsePartition(w: Writer, version: number, v: TxnOffsetCommitResponseTxnOffsetCommitResponsePartition): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  if (version >= 3) {
    w.uvarint(0);
  }
}

export const TxnOffsetCommitResponseCodec: MessageCodec<TxnOffsetCommitResponse> = {
  name: 'TxnOffsetCommitResponse',
  apiKey: 28,
  minVersion: 0,
  maxVersion: 6,
  flexibleFrom: 3,
  decode(r: Reader, version: number): TxnOffsetCommitResponse {
    if (version < 0 || version > 6) {
      r.fail(`unsupported version ${version}`);
      return defaultTxnOffsetCommitResponse();
    }
    return readTxnOffsetCommitResponse(r, version);
  },
  encode(w: Writer, version: number, value: TxnOffsetCommitResponse): void {
    if (version < 0 || version > 6) unsupportedVersion('TxnOffsetCommitResponse', version, 0, 6);
    writeTxnOffsetCommitResponse(w, version, value);
  },
  defaults: defaultTxnOffsetCommitResponse,
};
