// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   DeleteShareGroupStateRequest.json, DeleteShareGroupStateResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** DeleteShareGroupStateRequest (request, API key 86), versions 0. */
export interface DeleteShareGroupStateRequest {
  /** The group identifier. (versions 0+) */
  groupId: string;
  /** The data for the topics. (versions 0+) */
  topics: DeleteShareGroupStateRequestDeleteStateData[];
}

/** DeleteShareGroupStateRequest DeleteStateData, versions 0. */
export interface DeleteShareGroupStateRequestDeleteStateData {
  /** The topic identifier. (versions 0+) */
  topicId: string;
  /** The data for the partitions. (versions 0+) */
  partitions: DeleteShareGroupStateRequestPartitionData[];
}

/** DeleteShareGroupStateRequest PartitionData, versions 0. */
export interface DeleteShareGroupStateRequestPartitionData {
  /** The partition index. (versions 0+) */
  partition: number;
}

/** A fresh DeleteShareGroupStateRequest with every field at its schema default. */
export function defaultDeleteShareGroupStateRequest(): DeleteShareGroupStateRequest {
  return {
    groupId: '',
    topics: [],
  };
}

/** A fresh DeleteShareGroupStateRequestDeleteStateData with every field at its schema default. */
export function defaultDeleteShareGroupStateRequestDeleteStateData(): DeleteShareGroupStateRequestDeleteStateData {
  return {
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitions: [],
  };
}

/** A fresh DeleteShareGroupStateRequestPartitionData with every field at its schema default. */
export function defaultDeleteShareGroupStateRequestPartitionData(): DeleteShareGroupStateRequestPartitionData {
  return {
    partition: 0,
  };
}

function readDeleteShareGroupStateRequest_Topics(r: Reader, version: number): DeleteShareGroupStateRequestDeleteStateData[] {
  const n = r.compactArrayLength(18);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DeleteShareGroupStateRequestDeleteStateData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDeleteShareGroupStateRequestDeleteStateData(r, version));
  return items;
}

function readDeleteShareGroupStateRequest(r: Reader, version: number): DeleteShareGroupStateRequest {
  r.field = 'GroupId';
  const fGroupId: string = r.compactString();
  r.field = 'Topics';
  const fTopics: DeleteShareGroupStateRequestDeleteStateData[] = readDeleteShareGroupStateRequest_Topics(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    groupId: fGroupId,
    topics: fTopics,
  };
}

function readDeleteShareGroupStateRequestDeleteStateData_Partitions(r: Reader, version: number): DeleteShareGroupStateRequestPartitionData[] {
  const n = r.compactArrayLength(5);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DeleteShareGroupStateRequestPartitionData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDeleteShareGroupStateRequestPartitionData(r, version));
  return items;
}

function readDeleteShareGroupStateRequestDeleteStateData(r: Reader, version: number): DeleteShareGroupStateRequestDeleteStateData {
  r.field = 'Topics.TopicId';
  const fTopicId: string = r.uuid();
  r.field = 'Topics.Partitions';
  const fPartitions: DeleteShareGroupStateRequestPartitionData[] = readDeleteShareGroupStateRequestDeleteStateData_Partitions(r, version);
  r.field = 'Topics._tagged_fields';
  r.skipTaggedFields();
  return {
    topicId: fTopicId,
    partitions: fPartitions,
  };
}

function readDeleteShareGroupStateRequestPartitionData(r: Reader, _version: number): DeleteShareGroupStateRequestPartitionData {
  r.field = 'Topics.Partitions.Partition';
  const fPartition: number = r.int32();
  r.field = 'Topics.Partitions._tagged_fields';
  r.skipTaggedFields();
  return {
    partition: fPartition,
  };
}

function writeDeleteShareGroupStateRequest_Topics(w: Writer, version: number, items: DeleteShareGroupStateRequestDeleteStateData[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeDeleteShareGroupStateRequestDeleteStateData(w, version, item);
}

function writeDeleteShareGroupStateRequest(w: Writer, version: number, v: DeleteShareGroupStateRequest): void {
  w.compactString(v.groupId);
  writeDeleteShareGroupStateRequest_Topics(w, version, v.topics);
  w.uvarint(0);
}

function writeDeleteShareGroupStateRequestDeleteStateData_Partitions(w: Writer, version: number, items: DeleteShareGroupStateRequestPartitionData[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeDeleteShareGroupStateRequestPartitionData(w, version, item);
}

function writeDeleteShareGroupStateRequestDeleteStateData(w: Writer, version: number, v: DeleteShareGroupStateRequestDeleteStateData): void {
  w.uuid(v.topicId);
  writeDeleteShareGroupStateRequestDeleteStateData_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeDeleteShareGroupStateRequestPartitionData(w: Writer, _version: number, v: DeleteShareGroupStateRequestPartitionData): void {
  w.int32(v.partition);
  w.uvarint(0);
}

export const DeleteShareGroupStateRequestCodec: MessageCodec<DeleteShareGroupStateRequest> = {
  name: 'DeleteShareGroupStateRequest',
  apiKey: 86,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): DeleteShareGroupStateRequest {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultDeleteShareGroupStateRequest();
    }
    return readDeleteShareGroupStateRequest(r, version);
  },
  encode(w: Writer, version: number, value: DeleteShareGroupStateRequest): void {
    if (version < 0 || version > 0) unsupportedVersion('DeleteShareGroupStateRequest', version, 0, 0);
    writeDeleteShareGroupStateRequest(w, version, value);
  },
  defaults: defaultDeleteShareGroupStateRequest,
};

/** DeleteShareGroupStateResponse (response, API key 86), versions 0. */
export interface DeleteShareGroupStateResponse {
  /** The delete results (versions 0+) */
  results: DeleteShareGroupStateResponseDeleteStateResult[];
}

/** DeleteShareGroupStateResponse DeleteStateResult, versions 0. */
export interface DeleteShareGroupStateResponseDeleteStateResult {
  /** The topic identifier (versions 0+) */
  topicId: string;
  /** The results for the partitions. (versions 0+) */
  partitions: DeleteShareGroupStateResponsePartitionResult[];
}

/** DeleteShareGroupStateResponse PartitionResult, versions 0. */
export interface DeleteShareGroupStateResponsePartitionResult {
  /** The partition index. (versions 0+) */
  partition: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 0+, nullable 0+, default null) */
  errorMessage: string | null;
}

/** A fresh DeleteShareGroupStateResponse with every field at its schema default. */
export function defaultDeleteShareGroupStateResponse(): DeleteShareGroupStateResponse {
  return {
    results: [],
  };
}

/** A fresh DeleteShareGroupStateResponseDeleteStateResult with every field at its schema default. */
export function defaultDeleteShareGroupStateResponseDeleteStateResult(): DeleteShareGroupStateResponseDeleteStateResult {
  return {
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitions: [],
  };
}

/** A fresh DeleteShareGroupStateResponsePartitionResult with every field at its schema default. */
export function defaultDeleteShareGroupStateResponsePartitionResult(): DeleteShareGroupStateResponsePartitionResult {
  return {
    partition: 0,
    errorCode: 0,
    errorMessage: null,
  };
}

function readDeleteShareGroupStateResponse_Results(r: Reader, version: number): DeleteShareGroupStateResponseDeleteStateResult[] {
  const n = r.compactArrayLength(18);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DeleteShareGroupStateResponseDeleteStateResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDeleteShareGroupStateResponseDeleteStateResult(r, version));
  return items;
}

function readDeleteShareGroupStateResponse(r: Reader, version: number): DeleteShareGroupStateResponse {
  r.field = 'Results';
  const fResults: DeleteShareGroupStateResponseDeleteStateResult[] = readDeleteShareGroupStateResponse_Results(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    results: fResults,
  };
}

function readDeleteShareGroupStateResponseDeleteStateResult_Partitions(r: Reader, version: number): DeleteShareGroupStateResponsePartitionResult[] {
  const n = r.compactArrayLength(8);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DeleteShareGroupStateResponsePartitionResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDeleteShareGroupStateResponsePartitionResult(r, version));
  return items;
}

function readDeleteShareGroupStateResponseDeleteStateResult(r: Reader, version: number): DeleteShareGroupStateResponseDeleteStateResult {
  r.field = 'Results.TopicId';
  const fTopicId: string = r.uuid();
  r.field = 'Results.Partitions';
  const fPartitions: DeleteShareGroupStateResponsePartitionResult[] = readDeleteShareGroupStateResponseDeleteStateResult_Partitions(r, version);
  r.field = 'Results._tagged_fields';
  r.skipTaggedFields();
  return {
    topicId: fTopicId,
    partitions: fPartitions,
  };
}

function readDeleteShareGroupStateResponsePartitionResult(r: Reader, _version: number): DeleteShareGroupStateResponsePartitionResult {
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

function writeDeleteShareGroupStateResponse_Results(w: Writer, version: number, items: DeleteShareGroupStateResponseDeleteStateResult[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeDeleteShareGroupStateResponseDeleteStateResult(w, version, item);
}

function writeDeleteShareGroupStateResponse(w: Writer, version: number, v: DeleteShareGroupStateResponse): void {
  writeDeleteShareGroupStateResponse_Results(w, version, v.results);
  w.uvarint(0);
}

function writeDeleteShareGroupStateResponseDeleteStateResult_Partitions(w: Writer, version: number, items: DeleteShareGroupStateResponsePartitionResult[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeDeleteShareGroupStateResponsePartitionResult(w, version, item);
}

function writeDeleteShareGroupStateResponseDeleteStateResult(w: Writer, version: number, v: DeleteShareGroupStateResponseDeleteStateResult): void {
  w.uuid(v.topicId);
  writeDeleteShareGroupStateResponseDeleteStateResult_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeDeleteShareGroupStateResponsePartitionResult(w: Writer, _version: number, v: DeleteShareGroupStateResponsePartitionResult): void {
  w.int32(v.partition);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0);
}

export const DeleteShareGroupStateResponseCodec: MessageCodec<DeleteShareGroupStateResponse> = {
  name: 'DeleteShareGroupStateResponse',
  apiKey: 86,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): DeleteShareGroupStateResponse {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultDeleteShareGroupStateResponse();
    }
    return readDeleteShareGroupStateResponse(r, version);
  },
  encode(w: Writer, version: number, value: DeleteShareGroupStateResponse): void {
    if (version < 0 || version > 0) unsupportedVersion('DeleteShareGroupStateResponse', version, 0, 0);
    writeDeleteShareGroupStateResponse(w, version, value);
  },
  defaults: defaultDeleteShareGroupStateResponse,
};
