// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   ReadShareGroupStateRequest.json, ReadShareGroupStateResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** ReadShareGroupStateRequest (request, API key 84), versions 0. */
export interface ReadShareGroupStateRequest {
  /** The group identifier. (versions 0+) */
  groupId: string;
  /** The data for the topics. (versions 0+) */
  topics: ReadShareGroupStateRequestReadStateData[];
}

/** ReadShareGroupStateRequest ReadStateData, versions 0. */
export interface ReadShareGroupStateRequestReadStateData {
  /** The topic identifier. (versions 0+) */
  topicId: string;
  /** The data for the partitions. (versions 0+) */
  partitions: ReadShareGroupStateRequestPartitionData[];
}

/** ReadShareGroupStateRequest PartitionData, versions 0. */
export interface ReadShareGroupStateRequestPartitionData {
  /** The partition index. (versions 0+) */
  partition: number;
  /** The leader epoch of the share-partition. (versions 0+) */
  leaderEpoch: number;
}

/** A fresh ReadShareGroupStateRequest with every field at its schema default. */
export function defaultReadShareGroupStateRequest(): ReadShareGroupStateRequest {
  return {
    groupId: '',
    topics: [],
  };
}

/** A fresh ReadShareGroupStateRequestReadStateData with every field at its schema default. */
export function defaultReadShareGroupStateRequestReadStateData(): ReadShareGroupStateRequestReadStateData {
  return {
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitions: [],
  };
}

/** A fresh ReadShareGroupStateRequestPartitionData with every field at its schema default. */
export function defaultReadShareGroupStateRequestPartitionData(): ReadShareGroupStateRequestPartitionData {
  return {
    partition: 0,
    leaderEpoch: 0,
  };
}

function readReadShareGroupStateRequest_Topics(r: Reader, version: number): ReadShareGroupStateRequestReadStateData[] {
  const n = r.compactArrayLength(18);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ReadShareGroupStateRequestReadStateData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readReadShareGroupStateRequestReadStateData(r, version));
  return items;
}

function readReadShareGroupStateRequest(r: Reader, version: number): ReadShareGroupStateRequest {
  r.field = 'GroupId';
  const fGroupId: string = r.compactString();
  r.field = 'Topics';
  const fTopics: ReadShareGroupStateRequestReadStateData[] = readReadShareGroupStateRequest_Topics(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    groupId: fGroupId,
    topics: fTopics,
  };
}

function readReadShareGroupStateRequestReadStateData_Partitions(r: Reader, version: number): ReadShareGroupStateRequestPartitionData[] {
  const n = r.compactArrayLength(9);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ReadShareGroupStateRequestPartitionData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readReadShareGroupStateRequestPartitionData(r, version));
  return items;
}

function readReadShareGroupStateRequestReadStateData(r: Reader, version: number): ReadShareGroupStateRequestReadStateData {
  r.field = 'Topics.TopicId';
  const fTopicId: string = r.uuid();
  r.field = 'Topics.Partitions';
  const fPartitions: ReadShareGroupStateRequestPartitionData[] = readReadShareGroupStateRequestReadStateData_Partitions(r, version);
  r.field = 'Topics._tagged_fields';
  r.skipTaggedFields();
  return {
    topicId: fTopicId,
    partitions: fPartitions,
  };
}

function readReadShareGroupStateRequestPartitionData(r: Reader, _version: number): ReadShareGroupStateRequestPartitionData {
  r.field = 'Topics.Partitions.Partition';
  const fPartition: number = r.int32();
  r.field = 'Topics.Partitions.LeaderEpoch';
  const fLeaderEpoch: number = r.int32();
  r.field = 'Topics.Partitions._tagged_fields';
  r.skipTaggedFields();
  return {
    partition: fPartition,
    leaderEpoch: fLeaderEpoch,
  };
}

function writeReadShareGroupStateRequest_Topics(w: Writer, version: number, items: ReadShareGroupStateRequestReadStateData[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeReadShareGroupStateRequestReadStateData(w, version, item);
}

function writeReadShareGroupStateRequest(w: Writer, version: number, v: ReadShareGroupStateRequest): void {
  w.compactString(v.groupId);
  writeReadShareGroupStateRequest_Topics(w, version, v.topics);
  w.uvarint(0);
}

function writeReadShareGroupStateRequestReadStateData_Partitions(w: Writer, version: number, items: ReadShareGroupStateRequestPartitionData[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeReadShareGroupStateRequestPartitionData(w, version, item);
}

function writeReadShareGroupStateRequestReadStateData(w: Writer, version: number, v: ReadShareGroupStateRequestReadStateData): void {
  w.uuid(v.topicId);
  writeReadShareGroupStateRequestReadStateData_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeReadShareGroupStateRequestPartitionData(w: Writer, _version: number, v: ReadShareGroupStateRequestPartitionData): void {
  w.int32(v.partition);
  w.int32(v.leaderEpoch);
  w.uvarint(0);
}

export const ReadShareGroupStateRequestCodec: MessageCodec<ReadShareGroupStateRequest> = {
  name: 'ReadShareGroupStateRequest',
  apiKey: 84,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): ReadShareGroupStateRequest {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultReadShareGroupStateRequest();
    }
    return readReadShareGroupStateRequest(r, version);
  },
  encode(w: Writer, version: number, value: ReadShareGroupStateRequest): void {
    if (version < 0 || version > 0) unsupportedVersion('ReadShareGroupStateRequest', version, 0, 0);
    writeReadShareGroupStateRequest(w, version, value);
  },
  defaults: defaultReadShareGroupStateRequest,
};

/** ReadShareGroupStateResponse (response, API key 84), versions 0. */
export interface ReadShareGroupStateResponse {
  /** The read results (versions 0+) */
  results: ReadShareGroupStateResponseReadStateResult[];
}

/** ReadShareGroupStateResponse ReadStateResult, versions 0. */
export interface ReadShareGroupStateResponseReadStateResult {
  /** The topic identifier (versions 0+) */
  topicId: string;
  /** The results for the partitions. (versions 0+) */
  partitions: ReadShareGroupStateResponsePartitionResult[];
}

/** ReadShareGroupStateResponse PartitionResult, versions 0. */
export interface ReadShareGroupStateResponsePartitionResult {
  /** The partition index. (versions 0+) */
  partition: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 0+, nullable 0+, default null) */
  errorMessage: string | null;
  /** The state epoch for this share-partition. (versions 0+) */
  stateEpoch: number;
  /** The share-partition start offset, which can be -1 if it is not yet initialized. (versions 0+) */
  startOffset: bigint;
  /** (versions 0+) */
  stateBatches: ReadShareGroupStateResponseStateBatch[];
}

/** ReadShareGroupStateResponse StateBatch, versions 0. */
export interface ReadShareGroupStateResponseStateBatch {
  /** The base offset of this state batch. (versions 0+) */
  firstOffset: bigint;
  /** The last offset of this state batch. (versions 0+) */
  lastOffset: bigint;
  /** The state - 0:Available,2:Acked,4:Archived. (versions 0+) */
  deliveryState: number;
  /** The delivery count. (versions 0+) */
  deliveryCount: number;
}

/** A fresh ReadShareGroupStateResponse with every field at its schema default. */
export function defaultReadShareGroupStateResponse(): ReadShareGroupStateResponse {
  return {
    results: [],
  };
}

/** A fresh ReadShareGroupStateResponseReadStateResult with every field at its schema default. */
export function defaultReadShareGroupStateResponseReadStateResult(): ReadShareGroupStateResponseReadStateResult {
  return {
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitions: [],
  };
}

/** A fresh ReadShareGroupStateResponsePartitionResult with every field at its schema default. */
export function defaultReadShareGroupStateResponsePartitionResult(): ReadShareGroupStateResponsePartitionResult {
  return {
    partition: 0,
    errorCode: 0,
    errorMessage: null,
    stateEpoch: 0,
    startOffset: 0n,
    stateBatches: [],
  };
}

/** A fresh ReadShareGroupStateResponseStateBatch with every field at its schema default. */
export function defaultReadShareGroupStateResponseStateBatch(): ReadShareGroupStateResponseStateBatch {
  return {
    firstOffset: 0n,
    lastOffset: 0n,
    deliveryState: 0,
    deliveryCount: 0,
  };
}

function readReadShareGroupStateResponse_Results(r: Reader, version: number): ReadShareGroupStateResponseReadStateResult[] {
  const n = r.compactArrayLength(18);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ReadShareGroupStateResponseReadStateResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readReadShareGroupStateResponseReadStateResult(r, version));
  return items;
}

function readReadShareGroupStateResponse(r: Reader, version: number): ReadShareGroupStateResponse {
  r.field = 'Results';
  const fResults: ReadShareGroupStateResponseReadStateResult[] = readReadShareGroupStateResponse_Results(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    results: fResults,
  };
}

function readReadShareGroupStateResponseReadStateResult_Partitions(r: Reader, version: number): ReadShareGroupStateResponsePartitionResult[] {
  const n = r.compactArrayLength(21);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ReadShareGroupStateResponsePartitionResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readReadShareGroupStateResponsePartitionResult(r, version));
  return items;
}

function readReadShareGroupStateResponseReadStateResult(r: Reader, version: number): ReadShareGroupStateResponseReadStateResult {
  r.field = 'Results.TopicId';
  const fTopicId: string = r.uuid();
  r.field = 'Results.Partitions';
  const fPartitions: ReadShareGroupStateResponsePartitionResult[] = readReadShareGroupStateResponseReadStateResult_Partitions(r, version);
  r.field = 'Results._tagged_fields';
  r.skipTaggedFields();
  return {
    topicId: fTopicId,
    partitions: fPartitions,
  };
}

function readReadShareGroupStateResponsePartitionResult_StateBatches(r: Reader, version: number): ReadShareGroupStateResponseStateBatch[] {
  const n = r.compactArrayLength(20);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ReadShareGroupStateResponseStateBatch[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readReadShareGroupStateResponseStateBatch(r, version));
  return items;
}

function readReadShareGroupStateResponsePartitionResult(r: Reader, version: number): ReadShareGroupStateResponsePartitionResult {
  r.field = 'Results.Partitions.Partition';
  const fPartition: number = r.int32();
  r.field = 'Results.Partitions.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Results.Partitions.ErrorMessage';
  const fErrorMessage: string | null = r.compactNullableString();
  r.field = 'Results.Partitions.StateEpoch';
  const fStateEpoch: number = r.int32();
  r.field = 'Results.Partitions.StartOffset';
  const fStartOffset: bigint = r.int64();
  r.field = 'Results.Partitions.StateBatches';
  const fStateBatches: ReadShareGroupStateResponseStateBatch[] = readReadShareGroupStateResponsePartitionResult_StateBatches(r, version);
  r.field = 'Results.Partitions._tagged_fields';
  r.skipTaggedFields();
  return {
    partition: fPartition,
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
    stateEpoch: fStateEpoch,
    startOffset: fStartOffset,
    stateBatches: fStateBatches,
  };
}

function readReadShareGroupStateResponseStateBatch(r: Reader, _version: number): ReadShareGroupStateResponseStateBatch {
  r.field = 'Results.Partitions.StateBatches.FirstOffset';
  const fFirstOffset: bigint = r.int64();
  r.field = 'Results.Partitions.StateBatches.LastOffset';
  const fLastOffset: bigint = r.int64();
  r.field = 'Results.Partitions.StateBatches.DeliveryState';
  const fDeliveryState: number = r.int8();
  r.field = 'Results.Partitions.StateBatches.DeliveryCount';
  const fDeliveryCount: number = r.int16();
  r.field = 'Results.Partitions.StateBatches._tagged_fields';
  r.skipTaggedFields();
  return {
    firstOffset: fFirstOffset,
    lastOffset: fLastOffset,
    deliveryState: fDeliveryState,
    deliveryCount: fDeliveryCount,
  };
}

function writeReadShareGroupStateResponse_Results(w: Writer, version: number, items: ReadShareGroupStateResponseReadStateResult[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeReadShareGroupStateResponseReadStateResult(w, version, item);
}

function writeReadShareGroupStateResponse(w: Writer, version: number, v: ReadShareGroupStateResponse): void {
  writeReadShareGroupStateResponse_Results(w, version, v.results);
  w.uvarint(0);
}

function writeReadShareGroupStateResponseReadStateResult_Partitions(w: Writer, version: number, items: ReadShareGroupStateResponsePartitionResult[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeReadShareGroupStateResponsePartitionResult(w, version, item);
}

function writeReadShareGroupStateResponseReadStateResult(w: Writer, version: number, v: ReadShareGroupStateResponseReadStateResult): void {
  w.uuid(v.topicId);
  writeReadShareGroupStateResponseReadStateResult_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeReadShareGroupStateResponsePartitionResult_StateBatches(w: Writer, version: number, items: ReadShareGroupStateResponseStateBatch[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeReadShareGroupStateResponseStateBatch(w, version, item);
}

function writeReadShareGroupStateResponsePartitionResult(w: Writer, version: number, v: ReadShareGroupStateResponsePartitionResult): void {
  w.int32(v.partition);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.int32(v.stateEpoch);
  w.int64(v.startOffset);
  writeReadShareGroupStateResponsePartitionResult_StateBatches(w, version, v.stateBatches);
  w.uvarint(0);
}

function writeReadShareGroupStateResponseStateBatch(w: Writer, _version: number, v: ReadShareGroupStateResponseStateBatch): void {
  w.int64(v.firstOffset);
  w.int64(v.lastOffset);
  w.int8(v.deliveryState);
  w.int16(v.deliveryCount);
  w.uvarint(0);
}

export const ReadShareGroupStateResponseCodec: MessageCodec<ReadShareGroupStateResponse> = {
  name: 'ReadShareGroupStateResponse',
  apiKey: 84,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): ReadShareGroupStateResponse {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultReadShareGroupStateResponse();
    }
    return readReadShareGroupStateResponse(r, version);
  },
  encode(w: Writer, version: number, value: ReadShareGroupStateResponse): void {
    if (version < 0 || version > 0) unsupportedVersion('ReadShareGroupStateResponse', version, 0, 0);
    writeReadShareGroupStateResponse(w, version, value);
  },
  defaults: defaultReadShareGroupStateResponse,
};
