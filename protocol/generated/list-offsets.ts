// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0 (kafka-clients-4.4.0.jar, common/message/), its lowest versions
//   checked equal to apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99's (protocol/generator/overlay.ts)
//   ListOffsetsRequest.json, ListOffsetsResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, notInVersion, unsupportedVersion } from '../generator/runtime';

/** ListOffsetsRequest (request, API key 2), versions 0-11. */
export interface ListOffsetsRequest {
  /** The broker ID of the requester, or -1 if this request is being made by a normal consumer. (versions 0+) */
  replicaId: number;
  /** This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records. (versions 2+) */
  isolationLevel: number;
  /** Each topic in the request. (versions 0+) */
  topics: ListOffsetsRequestListOffsetsTopic[];
  /** The timeout to await a response in milliseconds for requests that require reading from remote storage for topics enabled with tiered storage. (versions 10+) */
  timeoutMs: number;
}

/** ListOffsetsRequest ListOffsetsTopic, versions 0-11. */
export interface ListOffsetsRequestListOffsetsTopic {
  /** The topic name. (versions 0+) */
  name: string;
  /** Each partition in the request. (versions 0+) */
  partitions: ListOffsetsRequestListOffsetsPartition[];
}

/** ListOffsetsRequest ListOffsetsPartition, versions 0-11. */
export interface ListOffsetsRequestListOffsetsPartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The current leader epoch. (versions 4+, default -1) */
  currentLeaderEpoch: number;
  /** The current timestamp. (versions 0+) */
  timestamp: bigint;
  /** The maximum number of offsets to report. (versions 0, default 1) */
  maxNumOffsets: number;
}

/** A fresh ListOffsetsRequest with every field at its schema default. */
export function defaultListOffsetsRequest(): ListOffsetsRequest {
  return {
    replicaId: 0,
    isolationLevel: 0,
    topics: [],
    timeoutMs: 0,
  };
}

/** A fresh ListOffsetsRequestListOffsetsTopic with every field at its schema default. */
export function defaultListOffsetsRequestListOffsetsTopic(): ListOffsetsRequestListOffsetsTopic {
  return {
    name: '',
    partitions: [],
  };
}

/** A fresh ListOffsetsRequestListOffsetsPartition with every field at its schema default. */
export function defaultListOffsetsRequestListOffsetsPartition(): ListOffsetsRequestListOffsetsPartition {
  return {
    partitionIndex: 0,
    currentLeaderEpoch: -1,
    timestamp: 0n,
    maxNumOffsets: 1,
  };
}

function readListOffsetsRequest_Topics(r: Reader, version: number): ListOffsetsRequestListOffsetsTopic[] {
  const n = version >= 6 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ListOffsetsRequestListOffsetsTopic[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readListOffsetsRequestListOffsetsTopic(r, version));
  return items;
}

function readListOffsetsRequest(r: Reader, version: number): ListOffsetsRequest {
  r.field = 'ReplicaId';
  const fReplicaId: number = r.int32();
  r.field = 'IsolationLevel';
  const fIsolationLevel: number = version >= 2 ? r.int8() : 0;
  r.field = 'Topics';
  const fTopics: ListOffsetsRequestListOffsetsTopic[] = readListOffsetsRequest_Topics(r, version);
  r.field = 'TimeoutMs';
  const fTimeoutMs: number = version >= 10 ? r.int32() : 0;
  if (version >= 6) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    replicaId: fReplicaId,
    isolationLevel: fIsolationLevel,
    topics: fTopics,
    timeoutMs: fTimeoutMs,
  };
}

function readListOffsetsRequestListOffsetsTopic_Partitions(r: Reader, version: number): ListOffsetsRequestListOffsetsPartition[] {
  const n = version >= 6 ? r.compactArrayLength(12) : r.arrayLength(12);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ListOffsetsRequestListOffsetsPartition[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readListOffsetsRequestListOffsetsPartition(r, version));
  return items;
}

function readListOffsetsRequestListOffsetsTopic(r: Reader, version: number): ListOffsetsRequestListOffsetsTopic {
  r.field = 'Topics.Name';
  const fName: string = version >= 6 ? r.compactString() : r.string();
  r.field = 'Topics.Partitions';
  const fPartitions: ListOffsetsRequestListOffsetsPartition[] = readListOffsetsRequestListOffsetsTopic_Partitions(r, version);
  if (version >= 6) {
    r.field = 'Topics._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    name: fName,
    partitions: fPartitions,
  };
}

function readListOffsetsRequestListOffsetsPartition(r: Reader, version: number): ListOffsetsRequestListOffsetsPartition {
  r.field = 'Topics.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Topics.Partitions.CurrentLeaderEpoch';
  const fCurrentLeaderEpoch: number = version >= 4 ? r.int32() : -1;
  r.field = 'Topics.Partitions.Timestamp';
  const fTimestamp: bigint = r.int64();
  r.field = 'Topics.Partitions.MaxNumOffsets';
  const fMaxNumOffsets: number = version <= 0 ? r.int32() : 1;
  if (version >= 6) {
    r.field = 'Topics.Partitions._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    partitionIndex: fPartitionIndex,
    currentLeaderEpoch: fCurrentLeaderEpoch,
    timestamp: fTimestamp,
    maxNumOffsets: fMaxNumOffsets,
  };
}

function writeListOffsetsRequest_Topics(w: Writer, version: number, items: ListOffsetsRequestListOffsetsTopic[]): void {
  version >= 6 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeListOffsetsRequestListOffsetsTopic(w, version, item);
}

function writeListOffsetsRequest(w: Writer, version: number, v: ListOffsetsRequest): void {
  w.int32(v.replicaId);
  if (version >= 2) {
    w.int8(v.isolationLevel);
  } else if (v.isolationLevel !== 0) {
    notInVersion('ListOffsetsRequest', version, 'IsolationLevel');
  }
  writeListOffsetsRequest_Topics(w, version, v.topics);
  if (version >= 10) {
    w.int32(v.timeoutMs);
  }
  if (version >= 6) {
    w.uvarint(0);
  }
}

function writeListOffsetsRequestListOffsetsTopic_Partitions(w: Writer, version: number, items: ListOffsetsRequestListOffsetsPartition[]): void {
  version >= 6 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeListOffsetsRequestListOffsetsPartition(w, version, item);
}

function writeListOffsetsRequestListOffsetsTopic(w: Writer, version: number, v: ListOffsetsRequestListOffsetsTopic): void {
  version >= 6 ? w.compactString(v.name) : w.string(v.name);
  writeListOffsetsRequestListOffsetsTopic_Partitions(w, version, v.partitions);
  if (version >= 6) {
    w.uvarint(0);
  }
}

function writeListOffsetsRequestListOffsetsPartition(w: Writer, version: number, v: ListOffsetsRequestListOffsetsPartition): void {
  w.int32(v.partitionIndex);
  if (version >= 4) {
    w.int32(v.currentLeaderEpoch);
  }
  w.int64(v.timestamp);
  if (version <= 0) {
    w.int32(v.maxNumOffsets);
  } else if (v.maxNumOffsets !== 1) {
    notInVersion('ListOffsetsRequest', version, 'Topics.Partitions.MaxNumOffsets');
  }
  if (version >= 6) {
    w.uvarint(0);
  }
}

export const ListOffsetsRequestCodec: MessageCodec<ListOffsetsRequest> = {
  name: 'ListOffsetsRequest',
  apiKey: 2,
  minVersion: 0,
  maxVersion: 11,
  flexibleFrom: 6,
  decode(r: Reader, version: number): ListOffsetsRequest {
    if (version < 0 || version > 11) {
      r.fail(`unsupported version ${version}`);
      return defaultListOffsetsRequest();
    }
    return readListOffsetsRequest(r, version);
  },
  encode(w: Writer, version: number, value: ListOffsetsRequest): void {
    if (version < 0 || version > 11) unsupportedVersion('ListOffsetsRequest', version, 0, 11);
    writeListOffsetsRequest(w, version, value);
  },
  defaults: defaultListOffsetsRequest,
};

/** ListOffsetsResponse (response, API key 2), versions 0-11. */
export interface ListOffsetsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 2+) */
  throttleTimeMs: number;
  /** Each topic in the response. (versions 0+) */
  topics: ListOffsetsResponseListOffsetsTopicResponse[];
}

/** ListOffsetsResponse ListOffsetsTopicResponse, versions 0-11. */
export interface ListOffsetsResponseListOffsetsTopicResponse {
  /** The topic name. (versions 0+) */
  name: string;
  /** Each partition in the response. (versions 0+) */
  partitions: ListOffsetsResponseListOffsetsPartitionResponse[];
}

/** ListOffsetsResponse ListOffsetsPartitionResponse, versions 0-11. */
export interface ListOffsetsResponseListOffsetsPartitionResponse {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The partition error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The result offsets. (versions 0) */
  oldStyleOffsets: bigint[];
  /** The timestamp associated with the returned offset. (versions 1+, default -1) */
  timestamp: bigint;
  /** The returned offset. (versions 1+, default -1) */
  offset: bigint;
  /** The leader epoch associated with the returned offset. (versions 4+, default -1) */
  leaderEpoch: number;
}

/** A fresh ListOffsetsResponse with every field at its schema default. */
export function defaultListOffsetsResponse(): ListOffsetsResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
  };
}

/** A fresh ListOffsetsResponseListOffsetsTopicResponse with every field at its schema default. */
export function defaultListOffsetsResponseListOffsetsTopicResponse(): ListOffsetsResponseListOffsetsTopicResponse {
  return {
    name: '',
    partitions: [],
  };
}

/** A fresh ListOffsetsResponseListOffsetsPartitionResponse with every field at its schema default. */
export function defaultListOffsetsResponseListOffsetsPartitionResponse(): ListOffsetsResponseListOffsetsPartitionResponse {
  return {
    partitionIndex: 0,
    errorCode: 0,
    oldStyleOffsets: [],
    timestamp: -1n,
    offset: -1n,
    leaderEpoch: -1,
  };
}

function readListOffsetsResponse_Topics(r: Reader, version: number): ListOffsetsResponseListOffsetsTopicResponse[] {
  const n = version >= 6 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ListOffsetsResponseListOffsetsTopicResponse[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readListOffsetsResponseListOffsetsTopicResponse(r, version));
  return items;
}

function readListOffsetsResponse(r: Reader, version: number): ListOffsetsResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = version >= 2 ? r.int32() : 0;
  r.field = 'Topics';
  const fTopics: ListOffsetsResponseListOffsetsTopicResponse[] = readListOffsetsResponse_Topics(r, version);
  if (version >= 6) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    throttleTimeMs: fThrottleTimeMs,
    topics: fTopics,
  };
}

function readListOffsetsResponseListOffsetsTopicResponse_Partitions(r: Reader, version: number): ListOffsetsResponseListOffsetsPartitionResponse[] {
  const n = version >= 6 ? r.compactArrayLength(10) : r.arrayLength(10);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ListOffsetsResponseListOffsetsPartitionResponse[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readListOffsetsResponseListOffsetsPartitionResponse(r, version));
  return items;
}

function readListOffsetsResponseListOffsetsTopicResponse(r: Reader, version: number): ListOffsetsResponseListOffsetsTopicResponse {
  r.field = 'Topics.Name';
  const fName: string = version >= 6 ? r.compactString() : r.string();
  r.field = 'Topics.Partitions';
  const fPartitions: ListOffsetsResponseListOffsetsPartitionResponse[] = readListOffsetsResponseListOffsetsTopicResponse_Partitions(r, version);
  if (version >= 6) {
    r.field = 'Topics._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    name: fName,
    partitions: fPartitions,
  };
}

function readListOffsetsResponseListOffsetsPartitionResponse_OldStyleOffsets(r: Reader, _version: number): bigint[] {
  const n = r.arrayLength(8);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: bigint[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int64());
  return items;
}

function readListOffsetsResponseListOffsetsPartitionResponse(r: Reader, version: number): ListOffsetsResponseListOffsetsPartitionResponse {
  r.field = 'Topics.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Topics.Partitions.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Topics.Partitions.OldStyleOffsets';
  const fOldStyleOffsets: bigint[] = version <= 0 ? readListOffsetsResponseListOffsetsPartitionResponse_OldStyleOffsets(r, version) : [];
  r.field = 'Topics.Partitions.Timestamp';
  const fTimestamp: bigint = version >= 1 ? r.int64() : -1n;
  r.field = 'Topics.Partitions.Offset';
  const fOffset: bigint = version >= 1 ? r.int64() : -1n;
  r.field = 'Topics.Partitions.LeaderEpoch';
  const fLeaderEpoch: number = version >= 4 ? r.int32() : -1;
  if (version >= 6) {
    r.field = 'Topics.Partitions._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    partitionIndex: fPartitionIndex,
    errorCode: fErrorCode,
    oldStyleOffsets: fOldStyleOffsets,
    timestamp: fTimestamp,
    offset: fOffset,
    leaderEpoch: fLeaderEpoch,
  };
}

function writeListOffsetsResponse_Topics(w: Writer, version: number, items: ListOffsetsResponseListOffsetsTopicResponse[]): void {
  version >= 6 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeListOffsetsResponseListOffsetsTopicResponse(w, version, item);
}

function writeListOffsetsResponse(w: Writer, version: number, v: ListOffsetsResponse): void {
  if (version >= 2) {
    w.int32(v.throttleTimeMs);
  }
  writeListOffsetsResponse_Topics(w, version, v.topics);
  if (version >= 6) {
    w.uvarint(0);
  }
}

function writeListOffsetsResponseListOffsetsTopicResponse_Partitions(w: Writer, version: number, items: ListOffsetsResponseListOffsetsPartitionResponse[]): void {
  version >= 6 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeListOffsetsResponseListOffsetsPartitionResponse(w, version, item);
}

function writeListOffsetsResponseListOffsetsTopicResponse(w: Writer, version: number, v: ListOffsetsResponseListOffsetsTopicResponse): void {
  version >= 6 ? w.compactString(v.name) : w.string(v.name);
  writeListOffsetsResponseListOffsetsTopicResponse_Partitions(w, version, v.partitions);
  if (version >= 6) {
    w.uvarint(0);
  }
}

function writeListOffsetsResponseListOffsetsPartitionResponse_OldStyleOffsets(w: Writer, _version: number, items: bigint[]): void {
  w.int32(items.length);
  for (const item of items) w.int64(item);
}

function writeListOffsetsResponseListOffsetsPartitionResponse(w: Writer, version: number, v: ListOffsetsResponseListOffsetsPartitionResponse): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  if (version <= 0) {
    writeListOffsetsResponseListOffsetsPartitionResponse_OldStyleOffsets(w, version, v.oldStyleOffsets);
  } else if (v.oldStyleOffsets.length !== 0) {
    notInVersion('ListOffsetsResponse', version, 'Topics.Partitions.OldStyleOffsets');
  }
  if (version >= 1) {
    w.int64(v.timestamp);
  } else if (v.timestamp !== -1n) {
    notInVersion('ListOffsetsResponse', version, 'Topics.Partitions.Timestamp');
  }
  if (version >= 1) {
    w.int64(v.offset);
  } else if (v.offset !== -1n) {
    notInVersion('ListOffsetsResponse', version, 'Topics.Partitions.Offset');
  }
  if (version >= 4) {
    w.int32(v.leaderEpoch);
  } else if (v.leaderEpoch !== -1) {
    notInVersion('ListOffsetsResponse', version, 'Topics.Partitions.LeaderEpoch');
  }
  if (version >= 6) {
    w.uvarint(0);
  }
}

export const ListOffsetsResponseCodec: MessageCodec<ListOffsetsResponse> = {
  name: 'ListOffsetsResponse',
  apiKey: 2,
  minVersion: 0,
  maxVersion: 11,
  flexibleFrom: 6,
  decode(r: Reader, version: number): ListOffsetsResponse {
    if (version < 0 || version > 11) {
      r.fail(`unsupported version ${version}`);
      return defaultListOffsetsResponse();
    }
    return readListOffsetsResponse(r, version);
  },
  encode(w: Writer, version: number, value: ListOffsetsResponse): void {
    if (version < 0 || version > 11) unsupportedVersion('ListOffsetsResponse', version, 0, 11);
    writeListOffsetsResponse(w, version, value);
  },
  defaults: defaultListOffsetsResponse,
};
