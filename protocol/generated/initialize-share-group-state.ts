// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   InitializeShareGroupStateRequest.json, InitializeShareGroupStateResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** InitializeShareGroupStateRequest (request, API key 83), versions 0. */
export interface InitializeShareGroupStateRequest {
  /** The group identifier. (versions 0+) */
  groupId: string;
  /** The data for the topics. (versions 0+) */
  topics: InitializeShareGroupStateRequestInitializeStateData[];
}

/** InitializeShareGroupStateRequest InitializeStateData, versions 0. */
export interface InitializeShareGroupStateRequestInitializeStateData {
  /** The topic identifier. (versions 0+) */
  topicId: string;
  /** The data for the partitions. (versions 0+) */
  partitions: InitializeShareGroupStateRequestPartitionData[];
}

/** InitializeShareGroupStateRequest PartitionData, versions 0. */
export interface InitializeShareGroupStateRequestPartitionData {
  /** The partition index. (versions 0+) */
  partition: number;
  /** The state epoch for this share-partition. (versions 0+) */
  stateEpoch: number;
  /** The share-partition start offset, or -1 if the start offset is not being initialized. (versions 0+) */
  startOffset: bigint;
}

/** A fresh InitializeShareGroupStateRequest with every field at its schema default. */
export function defaultInitializeShareGroupStateRequest(): InitializeShareGroupStateRequest {
  return {
    groupId: '',
    topics: [],
  };
}

/** A fresh InitializeShareGroupStateRequestInitializeStateData with every field at its schema default. */
export function defaultInitializeShareGroupStateRequestInitializeStateData(): InitializeShareGroupStateRequestInitializeStateData {
  return {
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitions: [],
  };
}

/** A fresh InitializeShareGroupStateRequestPartitionData with every field at its schema default. */
export function defaultInitializeShareGroupStateRequestPartitionData(): InitializeShareGroupStateRequestPartitionData {
  return {
    partition: 0,
    stateEpoch: 0,
    startOffset: 0n,
  };
}

function readInitializeShareGroupStateRequest_Topics(r: Reader, version: number): InitializeShareGroupStateRequestInitializeStateData[] {
  const n = r.compactArrayLength(18);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: InitializeShareGroupStateRequestInitializeStateData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readInitializeShareGroupStateRequestInitializeStateData(r, version));
  return items;
}

function readInitializeShareGroupStateRequest(r: Reader, version: number): InitializeShareGroupStateRequest {
  r.field = 'GroupId';
  const fGroupId: string = r.compactString();
  r.field = 'Topics';
  const fTopics: InitializeShareGroupStateRequestInitializeStateData[] = readInitializeShareGroupStateRequest_Topics(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    groupId: fGroupId,
    topics: fTopics,
  };
}

function readInitializeShareGroupStateRequestInitializeStateData_Partitions(r: Reader, version: number): InitializeShareGroupStateRequestPartitionData[] {
  const n = r.compactArrayLength(17);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: InitializeShareGroupStateRequestPartitionData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readInitializeShareGroupStateRequestPartitionData(r, version));
  return items;
}

function readInitializeShareGroupStateRequestInitializeStateData(r: Reader, version: number): InitializeShareGroupStateRequestInitializeStateData {
  r.field = 'Topics.TopicId';
  const fTopicId: string = r.uuid();
  r.field = 'Topics.Partitions';
  const fPartitions: InitializeShareGroupStateRequestPartitionData[] = readInitializeShareGroupStateRequestInitializeStateData_Partitions(r, version);
  r.field = 'Topics._tagged_fields';
  r.skipTaggedFields();
  return {
    topicId: fTopicId,
    partitions: fPartitions,
  };
}

function readInitializeShareGroupStateRequestPartitionData(r: Reader, _version: number): InitializeShareGroupStateRequestPartitionData {
  r.field = 'Topics.Partitions.Partition';
  const fPartition: number = r.int32();
  r.field = 'Topics.Partitions.StateEpoch';
  const fStateEpoch: number = r.int32();
  r.field = 'Topics.Partitions.StartOffset';
  const fStartOffset: bigint = r.int64();
  r.field = 'Topics.Partitions._tagged_fields';
  r.skipTaggedFields();
  return {
    partition: fPartition,
    stateEpoch: fStateEpoch,
    startOffset: fStartOffset,
  };
}

function writeInitializeShareGroupStateRequest_Topics(w: Writer, version: number, items: InitializeShareGroupStateRequestInitializeStateData[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeInitializeShareGroupStateRequestInitializeStateData(w, version, item);
}

function writeInitializeShareGroupStateRequest(w: Writer, version: number, v: InitializeShareGroupStateRequest): void {
  w.compactString(v.groupId);
  writeInitializeShareGroupStateRequest_Topics(w, version, v.topics);
  w.uvarint(0);
}

function writeInitializeShareGroupStateRequestInitializeStateData_Partitions(w: Writer, version: number, items: InitializeShareGroupStateRequestPartitionData[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeInitializeShareGroupStateRequestPartitionData(w, version, item);
}

function writeInitializeShareGroupStateRequestInitializeStateData(w: Writer, version: number, v: InitializeShareGroupStateRequestInitializeStateData): void {
  w.uuid(v.topicId);
  writeInitializeShareGroupStateRequestInitializeStateData_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeInitializeShareGroupStateRequestPartitionData(w: Writer, _version: number, v: InitializeShareGroupStateRequestPartitionData): void {
  w.int32(v.partition);
  w.int32(v.stateEpoch);
  w.int64(v.startOffset);
  w.uvarint(0);
}

export const InitializeShareGroupStateRequestCodec: MessageCodec<InitializeShareGroupStateRequest> = {
  name: 'InitializeShareGroupStateRequest',
  apiKey: 83,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): InitializeShareGroupStateRequest {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultInitializeShareGroupStateRequest();
    }
    return readInitializeShareGroupStateRequest(r, version);
  },
  encode(w: Writer, version: number, value: InitializeShareGroupStateRequest): void {
    if (version < 0 || version > 0) unsupportedVersion('InitializeShareGroupStateRequest', version, 0, 0);
    writeInitializeShareGroupStateRequest(w, version, value);
  },
  defaults: defaultInitializeShareGroupStateRequest,
};

/** InitializeShareGroupStateResponse (response, API key 83), versions 0. */
export interface InitializeShareGroupStateResponse {
  /** The initialization results (versions 0+) */
  results: InitializeShareGroupStateResponseInitializeStateResult[];
}

/** InitializeShareGroupStateResponse InitializeStateResult, versions 0. */
export interface InitializeShareGroupStateResponseInitializeStateResult {
  /** The topic identifier (versions 0+) */
  topicId: string;
  /** The results for the partitions. (versions 0+) */
  partitions: InitializeShareGroupStateResponsePartitionResult[];
}

/** InitializeShareGroupStateResponse PartitionResult, versions 0. */
export interface InitializeShareGroupStateResponsePartitionResult {
  /** The partition index. (versions 0+) */
  partition: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 0+, nullable 0+, default null) */
  errorMessage: string | null;
}

/** A fresh InitializeShareGroupStateResponse with every field at its schema default. */
export function defaultInitializeShareGroupStateResponse(): InitializeShareGroupStateResponse {
  return {
    results: [],
  };
}

/** A fresh InitializeShareGroupStateResponseInitializeStateResult with every field at its schema default. */
export function defaultInitializeShareGroupStateResponseInitializeStateResult(): InitializeShareGroupStateResponseInitializeStateResult {
  return {
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitions: [],
  };
}

/** A fresh InitializeShareGroupStateResponsePartitionResult with every field at its schema default. */
export function defaultInitializeShareGroupStateResponsePartitionResult(): InitializeShareGroupStateResponsePartitionResult {
  return {
    partition: 0,
    errorCode: 0,
    errorMessage: null,
  };
}

function readInitializeShareGroupStateResponse_Results(r: Reader, version: number): InitializeShareGroupStateResponseInitializeStateResult[] {
  const n = r.compactArrayLength(18);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: InitializeShareGroupStateResponseInitializeStateResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readInitializeShareGroupStateResponseInitializeStateResult(r, version));
  return items;
}

function readInitializeShareGroupStateResponse(r: Reader, version: number): InitializeShareGroupStateResponse {
  r.field = 'Results';
  const fResults: InitializeShareGroupStateResponseInitializeStateResult[] = readInitializeShareGroupStateResponse_Results(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    results: fResults,
  };
}

function readInitializeShareGroupStateResponseInitializeStateResult_Partitions(r: Reader, version: number): InitializeShareGroupStateResponsePartitionResult[] {
  const n = r.compactArrayLength(8);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: InitializeShareGroupStateResponsePartitionResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readInitializeShareGroupStateResponsePartitionResult(r, version));
  return items;
}

function readInitializeShareGroupStateResponseInitializeStateResult(r: Reader, version: number): InitializeShareGroupStateResponseInitializeStateResult {
  r.field = 'Results.TopicId';
  const fTopicId: string = r.uuid();
  r.field = 'Results.Partitions';
  const fPartitions: InitializeShareGroupStateResponsePartitionResult[] = readInitializeShareGroupStateResponseInitializeStateResult_Partitions(r, version);
  r.field = 'Results._tagged_fields';
  r.skipTaggedFields();
  return {
    topicId: fTopicId,
    partitions: fPartitions,
  };
}

function readInitializeShareGroupStateResponsePartitionResult(r: Reader, _version: number): InitializeShareGroupStateResponsePartitionResult {
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

function writeInitializeShareGroupStateResponse_Results(w: Writer, version: number, items: InitializeShareGroupStateResponseInitializeStateResult[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeInitializeShareGroupStateResponseInitializeStateResult(w, version, item);
}

function writeInitializeShareGroupStateResponse(w: Writer, version: number, v: InitializeShareGroupStateResponse): void {
  writeInitializeShareGroupStateResponse_Results(w, version, v.results);
  w.uvarint(0);
}

function writeInitializeShareGroupStateResponseInitializeStateResult_Partitions(w: Writer, version: number, items: InitializeShareGroupStateResponsePartitionResult[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeInitializeShareGroupStateResponsePartitionResult(w, version, item);
}

function writeInitializeShareGroupStateResponseInitializeStateResult(w: Writer, version: number, v: InitializeShareGroupStateResponseInitializeStateResult): void {
  w.uuid(v.topicId);
  writeInitializeShareGroupStateResponseInitializeStateResult_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeInitializeShareGroupStateResponsePartitionResult(w: Writer, _version: number, v: InitializeShareGroupStateResponsePartitionResult): void {
  w.int32(v.partition);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0);
}

export const InitializeShareGroupStateResponseCodec: MessageCodec<InitializeShareGroupStateResponse> = {
  name: 'InitializeShareGroupStateResponse',
  apiKey: 83,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): InitializeShareGroupStateResponse {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultInitializeShareGroupStateResponse();
    }
    return readInitializeShareGroupStateResponse(r, version);
  },
  encode(w: Writer, version: number, value: InitializeShareGroupStateResponse): void {
    if (version < 0 || version > 0) unsupportedVersion('InitializeShareGroupStateResponse', version, 0, 0);
    writeInitializeShareGroupStateResponse(w, version, value);
  },
  defaults: defaultInitializeShareGroupStateResponse,
};
