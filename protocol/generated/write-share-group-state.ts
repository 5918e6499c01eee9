// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   WriteShareGroupStateRequest.json, WriteShareGroupStateResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** WriteShareGroupStateRequest (request, API key 85), versions 0. */
export interface WriteShareGroupStateRequest {
  /** The group identifier. (versions 0+) */
  groupId: string;
  /** The data for the topics. (versions 0+) */
  topics: WriteShareGroupStateRequestWriteStateData[];
}

/** WriteShareGroupStateRequest WriteStateData, versions 0. */
export interface WriteShareGroupStateRequestWriteStateData {
  /** The topic identifier. (versions 0+) */
  topicId: string;
  /** The data for the partitions. (versions 0+) */
  partitions: WriteShareGroupStateRequestPartitionData[];
}

/** WriteShareGroupStateRequest PartitionData, versions 0. */
export interface WriteShareGroupStateRequestPartitionData {
  /** The partition index. (versions 0+) */
  partition: number;
  /** The state epoch for this share-partition. (versions 0+) */
  stateEpoch: number;
  /** The leader epoch of the share-partition. (versions 0+) */
  leaderEpoch: number;
  /** The share-partition start offset, or -1 if the start offset is not being written. (versions 0+) */
  startOffset: bigint;
  /** (versions 0+) */
  stateBatches: WriteShareGroupStateRequestStateBatch[];
}

/** WriteShareGroupStateRequest StateBatch, versions 0. */
export interface WriteShareGroupStateRequestStateBatch {
  /** The base offset of this state batch. (versions 0+) */
  firstOffset: bigint;
  /** The last offset of this state batch. (versions 0+) */
  lastOffset: bigint;
  /** The state - 0:Available,2:Acked,4:Archived (versions 0+) */
  deliveryState: number;
  /** The delivery count. (versions 0+) */
  deliveryCount: number;
}

/** A fresh WriteShareGroupStateRequest with every field at its schema default. */
export function defaultWriteShareGroupStateRequest(): WriteShareGroupStateRequest {
  return {
    groupId: '',
    topics: [],
  };
}

/** A fresh WriteShareGroupStateRequestWriteStateData with every field at its schema default. */
export function defaultWriteShareGroupStateRequestWriteStateData(): WriteShareGroupStateRequestWriteStateData {
  return {
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitions: [],
  };
}

/** A fresh WriteShareGroupStateRequestPartitionData with every field at its schema default. */
export function defaultWriteShareGroupStateRequestPartitionData(): WriteShareGroupStateRequestPartitionData {
  return {
    partition: 0,
    stateEpoch: 0,
    leaderEpoch: 0,
    startOffset: 0n,
    stateBatches: [],
  };
}

/** A fresh WriteShareGroupStateRequestStateBatch with every field at its schema default. */
export function defaultWriteShareGroupStateRequestStateBatch(): WriteShareGroupStateRequestStateBatch {
  return {
    firstOffset: 0n,
    lastOffset: 0n,
    deliveryState: 0,
    deliveryCount: 0,
  };
}

function readWriteShareGroupStateRequest_Topics(r: Reader, version: number): WriteShareGroupStateRequestWriteStateData[] {
  const n = r.compactArrayLength(18);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: WriteShareGroupStateRequestWriteStateData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readWriteShareGroupStateRequestWriteStateData(r, version));
  return items;
}

function readWriteShareGroupStateRequest(r: Reader, version: number): WriteShareGroupStateRequest {
  r.field = 'GroupId';
  const fGroupId: string = r.compactString();
  r.field = 'Topics';
  const fTopics: WriteShareGroupStateRequestWriteStateData[] = readWriteShareGroupStateRequest_Topics(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    groupId: fGroupId,
    topics: fTopics,
  };
}

function readWriteShareGroupStateRequestWriteStateData_Partitions(r: Reader, version: number): WriteShareGroupStateRequestPartitionData[] {
  const n = r.compactArrayLength(22);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: WriteShareGroupStateRequestPartitionData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readWriteShareGroupStateRequestPartitionData(r, version));
  return items;
}

function readWriteShareGroupStateRequestWriteStateData(r: Reader, version: number): WriteShareGroupStateRequestWriteStateData {
  r.field = 'Topics.TopicId';
  const fTopicId: string = r.uuid();
  r.field = 'Topics.Partitions';
  const fPartitions: WriteShareGroupStateRequestPartitionData[] = readWriteShareGroupStateRequestWriteStateData_Partitions(r, version);
  r.field = 'Topics._tagged_fields';
  r.skipTaggedFields();
  return {
    topicId: fTopicId,
    partitions: fPartitions,
  };
}

function readWriteShareGroupStateRequestPartitionData_StateBatches(r: Reader, version: number): WriteShareGroupStateRequestStateBatch[] {
  const n = r.compactArrayLength(20);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: WriteShareGroupStateRequestStateBatch[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readWriteShareGroupStateRequestStateBatch(r, version));
  return items;
}

function readWriteShareGroupStateRequestPartitionData(r: Reader, version: number): WriteShareGroupStateRequestPartitionData {
  r.field = 'Topics.Partitions.Partition';
  const fPartition: number = r.int32();
  r.field = 'Topics.Partitions.StateEpoch';
  const fStateEpoch: number = r.int32();
  r.field = 'Topics.Partitions.LeaderEpoch';
  const fLeaderEpoch: number = r.int32();
  r.field = 'Topics.Partitions.StartOffset';
  const fStartOffset: bigint = r.int64();
  r.field = 'Topics.Partitions.StateBatches';
  const fStateBatches: WriteShareGroupStateRequestStateBatch[] = readWriteShareGroupStateRequestPartitionData_StateBatches(r, version);
  r.field = 'Topics.Partitions._tagged_fields';
  r.skipTaggedFields();
  return {
    partition: fPartition,
    stateEpoch: fStateEpoch,
    leaderEpoch: fLeaderEpoch,
    startOffset: fStartOffset,
    stateBatches: fStateBatches,
  };
}

function readWriteShareGroupStateRequestStateBatch(r: Reader, _version: number): WriteShareGroupStateRequestStateBatch {
  r.field = 'Topics.Partitions.StateBatches.FirstOffset';
  const fFirstOffset: bigint = r.int64();
  r.field = 'Topics.Partitions.StateBatches.LastOffset';
  const fLastOffset: bigint = r.int64();
  r.field = 'Topics.Partitions.StateBatches.DeliveryState';
  const fDeliveryState: number = r.int8();
  r.field = 'Topics.Partitions.StateBatches.DeliveryCount';
  const fDeliveryCount: number = r.int16();
  r.field = 'Topics.Partitions.StateBatches._tagged_fields';
  r.skipTaggedFields();
  return {
    firstOffset: fFirstOffset,
    lastOffset: fLastOffset,
    deliveryState: fDeliveryState,
    deliveryCount: fDeliveryCount,
  };
}

function writeWriteShareGroupStateRequest_Topics(w: Writer, version: number, items: WriteShareGroupStateRequestWriteStateData[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeWriteShareGroupStateRequestWriteStateData(w, version, item);
}

function writeWriteShareGroupStateRequest(w: Writer, version: number, v: WriteShareGroupStateRequest): void {
  w.compactString(v.groupId);
  writeWriteShareGroupStateRequest_Topics(w, version, v.topics);
  w.uvarint(0);
}

function writeWriteShareGroupStateRequestWriteStateData_Partitions(w: Writer, version: number, items: WriteShareGroupStateRequestPartitionData[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeWriteShareGroupStateRequestPartitionData(w, version, item);
}

function writeWriteShareGroupStateRequestWriteStateData(w: Writer, version: number, v: WriteShareGroupStateRequestWriteStateData): void {
  w.uuid(v.topicId);
  writeWriteShareGroupStateRequestWriteStateData_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeWriteShareGroupStateRequestPartitionData_StateBatches(w: Writer, version: number, items: WriteShareGroupStateRequestStateBatch[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeWriteShareGroupStateRequestStateBatch(w, version, item);
}

function writeWriteShareGroupStateRequestPartitionData(w: Writer, version: number, v: WriteShareGroupStateRequestPartitionData): void {
  w.int32(v.partition);
  w.int32(v.stateEpoch);
  w.int32(v.leaderEpoch);
  w.int64(v.startOffset);
  writeWriteShareGroupStateRequestPartitionData_StateBatches(w, version, v.stateBatches);
  w.uvarint(0);
}

function writeWriteShareGroupStateRequestStateBatch(w: Writer, _version: number, v: WriteShareGroupStateRequestStateBatch): void {
  w.int64(v.firstOffset);
  w.int64(v.lastOffset);
  w.int8(v.deliveryState);
  w.int16(v.deliveryCount);
  w.uvarint(0);
}

export const WriteShareGroupStateRequestCodec: MessageCodec<WriteShareGroupStateRequest> = {
  name: 'WriteShareGroupStateRequest',
  apiKey: 85,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): WriteShareGroupStateRequest {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultWriteShareGroupStateRequest();
    }
    return readWriteShareGroupStateRequest(r, version);
  },
  encode(w: Writer, version: number, value: WriteShareGroupStateRequest): void {
    if (version < 0 || version > 0) unsupportedVersion('WriteShareGroupStateRequest', version, 0, 0);
    writeWriteShareGroupStateRequest(w, version, value);
  },
  defaults: defaultWriteShareGroupStateRequest,
};

/** WriteShareGroupStateResponse (response, API key 85), versions 0. */
export interface WriteShareGroupStateResponse {
  /** The write results (versions 0+) */
  results: WriteShareGroupStateResponseWriteStateResult[];
}

/** WriteShareGroupStateResponse WriteStateResult, versions 0. */
export interface WriteShareGroupStateResponseWriteStateResult {
  /** The topic identifier (versions 0+) */
  topicId: string;
  /** The results for the partitions. (versions 0+) */
  partitions: WriteShareGroupStateResponsePartitionResult[];
}

/** WriteShareGroupStateResponse PartitionResult, versions 0. */
export interface WriteShareGroupStateResponsePartitionResult {
  /** The partition index. (versions 0+) */
  partition: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 0+, nullable 0+, default null) */
  errorMessage: string | null;
}

/** A fresh WriteShareGroupStateResponse with every field at its schema default. */
export function defaultWriteShareGroupStateResponse(): WriteShareGroupStateResponse {
  return {
    results: [],
  };
}

/** A fresh WriteShareGroupStateResponseWriteStateResult with every field at its schema default. */
export function defaultWriteShareGroupStateResponseWriteStateResult(): WriteShareGroupStateResponseWriteStateResult {
  return {
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitions: [],
  };
}

/** A fresh WriteShareGroupStateResponsePartitionResult with every field at its schema default. */
export function defaultWriteShareGroupStateResponsePartitionResult(): WriteShareGroupStateResponsePartitionResult {
  return {
    partition: 0,
    errorCode: 0,
    errorMessage: null,
  };
}

function readWriteShareGroupStateResponse_Results(r: Reader, version: number): WriteShareGroupStateResponseWriteStateResult[] {
  const n = r.compactArrayLength(18);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: WriteShareGroupStateResponseWriteStateResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readWriteShareGroupStateResponseWriteStateResult(r, version));
  return items;
}

function readWriteShareGroupStateResponse(r: Reader, version: number): WriteShareGroupStateResponse {
  r.field = 'Results';
  const fResults: WriteShareGroupStateResponseWriteStateResult[] = readWriteShareGroupStateResponse_Results(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    results: fResults,
  };
}

function readWriteShareGroupStateResponseWriteStateResult_Partitions(r: Reader, version: number): WriteShareGroupStateResponsePartitionResult[] {
  const n = r.compactArrayLength(8);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: WriteShareGroupStateResponsePartitionResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readWriteShareGroupStateResponsePartitionResult(r, version));
  return items;
}

function readWriteShareGroupStateResponseWriteStateResult(r: Reader, version: number): WriteShareGroupStateResponseWriteStateResult {
  r.field = 'Results.TopicId';
  const fTopicId: string = r.uuid();
  r.field = 'Results.Partitions';
  const fPartitions: WriteShareGroupStateResponsePartitionResult[] = readWriteShareGroupStateResponseWriteStateResult_Partitions(r, version);
  r.field = 'Results._tagged_fields';
  r.skipTaggedFields();
  return {
    topicId: fTopicId,
    partitions: fPartitions,
  };
}

function readWriteShareGroupStateResponsePartitionResult(r: Reader, _version: number): WriteShareGroupStateResponsePartitionResult {
  r.field = 'Results.Partitions.Partition';
  const fPartition: number = r.int32();
  r.field = 'Results.Partitions.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Results.Partitions.ErrorMessage';
  const fErrorMessage: string | null = r.compactNullableString();
  r.field = 'Results.Partitions._tagged_fields';
  r.skipTaggedFields();
  return {
    partition: fPartition,
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
  };
}

function writeWriteShareGroupStateResponse_Results(w: Writer, version: number, items: WriteShareGroupStateResponseWriteStateResult[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeWriteShareGroupStateResponseWriteStateResult(w, version, item);
}

function writeWriteShareGroupStateResponse(w: Writer, version: number, v: WriteShareGroupStateResponse): void {
  writeWriteShareGroupStateResponse_Results(w, version, v.results);
  w.uvarint(0);
}

function writeWriteShareGroupStateResponseWriteStateResult_Partitions(w: Writer, version: number, items: WriteShareGroupStateResponsePartitionResult[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeWriteShareGroupStateResponsePartitionResult(w, version, item);
}

function writeWriteShareGroupStateResponseWriteStateResult(w: Writer, version: number, v: WriteShareGroupStateResponseWriteStateResult): void {
  w.uuid(v.topicId);
  writeWriteShareGroupStateResponseWriteStateResult_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeWriteShareGroupStateResponsePartitionResult(w: Writer, _version: number, v: WriteShareGroupStateResponsePartitionResult): void {
  w.int32(v.partition);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0);
}

export const WriteShareGroupStateResponseCodec: MessageCodec<WriteShareGroupStateResponse> = {
  name: 'WriteShareGroupStateResponse',
  apiKey: 85,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): WriteShareGroupStateResponse {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultWriteShareGroupStateResponse();
    }
    return readWriteShareGroupStateResponse(r, version);
  },
  encode(w: Writer, version: number, value: WriteShareGroupStateResponse): void {
    if (version < 0 || version > 0) unsupportedVersion('WriteShareGroupStateResponse', version, 0, 0);
    writeWriteShareGroupStateResponse(w, version, value);
  },
  defaults: defaultWriteShareGroupStateResponse,
};
