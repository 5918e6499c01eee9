// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   ReadShareGroupStateSummaryRequest.json, ReadShareGroupStateSummaryResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** ReadShareGroupStateSummaryRequest (request, API key 87), versions 0. */
export interface ReadShareGroupStateSummaryRequest {
  /** The group identifier. (versions 0+) */
  groupId: string;
  /** The data for the topics. (versions 0+) */
  topics: ReadShareGroupStateSummaryRequestReadStateSummaryData[];
}

/** ReadShareGroupStateSummaryRequest ReadStateSummaryData, versions 0. */
export interface ReadShareGroupStateSummaryRequestReadStateSummaryData {
  /** The topic identifier. (versions 0+) */
  topicId: string;
  /** The data for the partitions. (versions 0+) */
  partitions: ReadShareGroupStateSummaryRequestPartitionData[];
}

/** ReadShareGroupStateSummaryRequest PartitionData, versions 0. */
export interface ReadShareGroupStateSummaryRequestPartitionData {
  /** The partition index. (versions 0+) */
  partition: number;
  /** The leader epoch of the share-partition. (versions 0+) */
  leaderEpoch: number;
}

/** A fresh ReadShareGroupStateSummaryRequest with every field at its schema default. */
export function defaultReadShareGroupStateSummaryRequest(): ReadShareGroupStateSummaryRequest {
  return {
    groupId: '',
    topics: [],
  };
}

/** A fresh ReadShareGroupStateSummaryRequestReadStateSummaryData with every field at its schema default. */
export function defaultReadShareGroupStateSummaryRequestReadStateSummaryData(): ReadShareGroupStateSummaryRequestReadStateSummaryData {
  return {
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitions: [],
  };
}

/** A fresh ReadShareGroupStateSummaryRequestPartitionData with every field at its schema default. */
export function defaultReadShareGroupStateSummaryRequestPartitionData(): ReadShareGroupStateSummaryRequestPartitionData {
  return {
    partition: 0,
    leaderEpoch: 0,
  };
}

function readReadShareGroupStateSummaryRequest_Topics(r: Reader, version: number): ReadShareGroupStateSummaryRequestReadStateSummaryData[] {
  const n = r.compactArrayLength(18);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ReadShareGroupStateSummaryRequestReadStateSummaryData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readReadShareGroupStateSummaryRequestReadStateSummaryData(r, version));
  return items;
}

function readReadShareGroupStateSummaryRequest(r: Reader, version: number): ReadShareGroupStateSummaryRequest {
  r.field = 'GroupId';
  const fGroupId: string = r.compactString();
  r.field = 'Topics';
  const fTopics: ReadShareGroupStateSummaryRequestReadStateSummaryData[] = readReadShareGroupStateSummaryRequest_Topics(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    groupId: fGroupId,
    topics: fTopics,
  };
}

function readReadShareGroupStateSummaryRequestReadStateSummaryData_Partitions(r: Reader, version: number): ReadShareGroupStateSummaryRequestPartitionData[] {
  const n = r.compactArrayLength(9);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ReadShareGroupStateSummaryRequestPartitionData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readReadShareGroupStateSummaryRequestPartitionData(r, version));
  return items;
}

function readReadShareGroupStateSummaryRequestReadStateSummaryData(r: Reader, version: number): ReadShareGroupStateSummaryRequestReadStateSummaryData {
  r.field = 'Topics.TopicId';
  const fTopicId: string = r.uuid();
  r.field = 'Topics.Partitions';
  const fPartitions: ReadShareGroupStateSummaryRequestPartitionData[] = readReadShareGroupStateSummaryRequestReadStateSummaryData_Partitions(r, version);
  r.field = 'Topics._tagged_fields';
  r.skipTaggedFields();
  return {
    topicId: fTopicId,
    partitions: fPartitions,
  };
}

function readReadShareGroupStateSummaryRequestPartitionData(r: Reader, _version: number): ReadShareGroupStateSummaryRequestPartitionData {
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

function writeReadShareGroupStateSummaryRequest_Topics(w: Writer, version: number, items: ReadShareGroupStateSummaryRequestReadStateSummaryData[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeReadShareGroupStateSummaryRequestReadStateSummaryData(w, version, item);
}

function writeReadShareGroupStateSummaryRequest(w: Writer, version: number, v: ReadShareGroupStateSummaryRequest): void {
  w.compactString(v.groupId);
  writeReadShareGroupStateSummaryRequest_Topics(w, version, v.topics);
  w.uvarint(0);
}

function writeReadShareGroupStateSummaryRequestReadStateSummaryData_Partitions(w: Writer, version: number, items: ReadShareGroupStateSummaryRequestPartitionData[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeReadShareGroupStateSummaryRequestPartitionData(w, version, item);
}

function writeReadShareGroupStateSummaryRequestReadStateSummaryData(w: Writer, version: number, v: ReadShareGroupStateSummaryRequestReadStateSummaryData): void {
  w.uuid(v.topicId);
  writeReadShareGroupStateSummaryRequestReadStateSummaryData_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeReadShareGroupStateSummaryRequestPartitionData(w: Writer, _version: number, v: ReadShareGroupStateSummaryRequestPartitionData): void {
  w.int32(v.partition);
  w.int32(v.leaderEpoch);
  w.uvarint(0);
}

export const ReadShareGroupStateSummaryRequestCodec: MessageCodec<ReadShareGroupStateSummaryRequest> = {
  name: 'ReadShareGroupStateSummaryRequest',
  apiKey: 87,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): ReadShareGroupStateSummaryRequest {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultReadShareGroupStateSummaryRequest();
    }
    return readReadShareGroupStateSummaryRequest(r, version);
  },
  encode(w: Writer, version: number, value: ReadShareGroupStateSummaryRequest): void {
    if (version < 0 || version > 0) unsupportedVersion('ReadShareGroupStateSummaryRequest', version, 0, 0);
    writeReadShareGroupStateSummaryRequest(w, version, value);
  },
  defaults: defaultReadShareGroupStateSummaryRequest,
};

/** ReadShareGroupStateSummaryResponse (response, API key 87), versions 0. */
export interface ReadShareGroupStateSummaryResponse {
  /** The read results (versions 0+) */
  results: ReadShareGroupStateSummaryResponseReadStateSummaryResult[];
}

/** ReadShareGroupStateSummaryResponse ReadStateSummaryResult, versions 0. */
export interface ReadShareGroupStateSummaryResponseReadStateSummaryResult {
  /** The topic identifier (versions 0+) */
  topicId: string;
  /** The results for the partitions. (versions 0+) */
  partitions: ReadShareGroupStateSummaryResponsePartitionResult[];
}

/** ReadShareGroupStateSummaryResponse PartitionResult, versions 0. */
export interface ReadShareGroupStateSummaryResponsePartitionResult {
  /** The partition index. (versions 0+) */
  partition: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 0+, nullable 0+, default null) */
  errorMessage: string | null;
  /** The state epoch of the share-partition. (versions 0+) */
  stateEpoch: number;
  /** The share-partition start offset. (versions 0+) */
  startOffset: bigint;
}

/** A fresh ReadShareGroupStateSummaryResponse with every field at its schema default. */
export function defaultReadShareGroupStateSummaryResponse(): ReadShareGroupStateSummaryResponse {
  return {
    results: [],
  };
}

/** A fresh ReadShareGroupStateSummaryResponseReadStateSummaryResult with every field at its schema default. */
export function defaultReadShareGroupStateSummaryResponseReadStateSummaryResult(): ReadShareGroupStateSummaryResponseReadStateSummaryResult {
  return {
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitions: [],
  };
}

/** A fresh ReadShareGroupStateSummaryResponsePartitionResult with every field at its schema default. */
export function defaultReadShareGroupStateSummaryResponsePartitionResult(): ReadShareGroupStateSummaryResponsePartitionResult {
  return {
    partition: 0,
    errorCode: 0,
    errorMessage: null,
    stateEpoch: 0,
    startOffset: 0n,
  };
}

function readReadShareGroupStateSummaryResponse_Results(r: Reader, version: number): ReadShareGroupStateSummaryResponseReadStateSummaryResult[] {
  const n = r.compactArrayLength(18);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ReadShareGroupStateSummaryResponseReadStateSummaryResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readReadShareGroupStateSummaryResponseReadStateSummaryResult(r, version));
  return items;
}

function readReadShareGroupStateSummaryResponse(r: Reader, version: number): ReadShareGroupStateSummaryResponse {
  r.field = 'Results';
  const fResults: ReadShareGroupStateSummaryResponseReadStateSummaryResult[] = readReadShareGroupStateSummaryResponse_Results(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    results: fResults,
  };
}

function readReadShareGroupStateSummaryResponseReadStateSummaryResult_Partitions(r: Reader, version: number): ReadShareGroupStateSummaryResponsePartitionResult[] {
  const n = r.compactArrayLength(20);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ReadShareGroupStateSummaryResponsePartitionResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readReadShareGroupStateSummaryResponsePartitionResult(r, version));
  return items;
}

function readReadShareGroupStateSummaryResponseReadStateSummaryResult(r: Reader, version: number): ReadShareGroupStateSummaryResponseReadStateSummaryResult {
  r.field = 'Results.TopicId';
  const fTopicId: string = r.uuid();
  r.field = 'Results.Partitions';
  const fPartitions: ReadShareGroupStateSummaryResponsePartitionResult[] = readReadShareGroupStateSummaryResponseReadStateSummaryResult_Partitions(r, version);
  r.field = 'Results._tagged_fields';
  r.skipTaggedFields();
  return {
    topicId: fTopicId,
    partitions: fPartitions,
  };
}

function readReadShareGroupStateSummaryResponsePartitionResult(r: Reader, _version: number): ReadShareGroupStateSummaryResponsePartitionResult {
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
  r.field = 'Results.Partitions._tagged_fields';
  r.skipTaggedFields();
  return {
    partition: fPartition,
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
    stateEpoch: fStateEpoch,
    startOffset: fStartOffset,
  };
}

function writeReadShareGroupStateSummaryResponse_Results(w: Writer, version: number, items: ReadShareGroupStateSummaryResponseReadStateSummaryResult[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeReadShareGroupStateSummaryResponseReadStateSummaryResult(w, version, item);
}

function writeReadShareGroupStateSummaryResponse(w: Writer, version: number, v: ReadShareGroupStateSummaryResponse): void {
  writeReadShareGroupStateSummaryResponse_Results(w, version, v.results);
  w.uvarint(0);
}

function writeReadShareGroupStateSummaryResponseReadStateSummaryResult_Partitions(w: Writer, version: number, items: ReadShareGroupStateSummaryResponsePartitionResult[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeReadShareGroupStateSummaryResponsePartitionResult(w, version, item);
}

function writeReadShareGroupStateSummaryResponseReadStateSummaryResult(w: Writer, version: number, v: ReadShareGroupStateSummaryResponseReadStateSummaryResult): void {
  w.uuid(v.topicId);
  writeReadShareGroupStateSummaryResponseReadStateSummaryResult_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeReadShareGroupStateSummaryResponsePartitionResult(w: Writer, _version: number, v: ReadShareGroupStateSummaryResponsePartitionResult): void {
  w.int32(v.partition);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.int32(v.stateEpoch);
  w.int64(v.startOffset);
  w.uvarint(0);
}

export const ReadShareGroupStateSummaryResponseCodec: MessageCodec<ReadShareGroupStateSummaryResponse> = {
  name: 'ReadShareGroupStateSummaryResponse',
  apiKey: 87,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): ReadShareGroupStateSummaryResponse {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultReadShareGroupStateSummaryResponse();
    }
    return readReadShareGroupStateSummaryResponse(r, version);
  },
  encode(w: Writer, version: number, value: ReadShareGroupStateSummaryResponse): void {
    if (version < 0 || version > 0) unsupportedVersion('ReadShareGroupStateSummaryResponse', version, 0, 0);
    writeReadShareGroupStateSummaryResponse(w, version, value);
  },
  defaults: defaultReadShareGroupStateSummaryResponse,
};
