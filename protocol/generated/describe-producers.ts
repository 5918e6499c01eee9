// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   DescribeProducersRequest.json, DescribeProducersResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** DescribeProducersRequest (request, API key 61), versions 0. */
export interface DescribeProducersRequest {
  /** (versions 0+) */
  topics: DescribeProducersRequestTopicRequest[];
}

/** DescribeProducersRequest TopicRequest, versions 0. */
export interface DescribeProducersRequestTopicRequest {
  /** The topic name. (versions 0+) */
  name: string;
  /** The indexes of the partitions to list producers for. (versions 0+) */
  partitionIndexes: number[];
}

/** A fresh DescribeProducersRequest with every field at its schema default. */
export function defaultDescribeProducersRequest(): DescribeProducersRequest {
  return {
    topics: [],
  };
}

/** A fresh DescribeProducersRequestTopicRequest with every field at its schema default. */
export function defaultDescribeProducersRequestTopicRequest(): DescribeProducersRequestTopicRequest {
  return {
    name: '',
    partitionIndexes: [],
  };
}

function readDescribeProducersRequest_Topics(r: Reader, version: number): DescribeProducersRequestTopicRequest[] {
  const n = r.compactArrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeProducersRequestTopicRequest[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeProducersRequestTopicRequest(r, version));
  return items;
}

function readDescribeProducersRequest(r: Reader, version: number): DescribeProducersRequest {
  r.field = 'Topics';
  const fTopics: DescribeProducersRequestTopicRequest[] = readDescribeProducersRequest_Topics(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    topics: fTopics,
  };
}

function readDescribeProducersRequestTopicRequest_PartitionIndexes(r: Reader, _version: number): number[] {
  const n = r.compactArrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readDescribeProducersRequestTopicRequest(r: Reader, version: number): DescribeProducersRequestTopicRequest {
  r.field = 'Topics.Name';
  const fName: string = r.compactString();
  r.field = 'Topics.PartitionIndexes';
  const fPartitionIndexes: number[] = readDescribeProducersRequestTopicRequest_PartitionIndexes(r, version);
  r.field = 'Topics._tagged_fields';
  r.skipTaggedFields();
  return {
    name: fName,
    partitionIndexes: fPartitionIndexes,
  };
}

function writeDescribeProducersRequest_Topics(w: Writer, version: number, items: DescribeProducersRequestTopicRequest[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeDescribeProducersRequestTopicRequest(w, version, item);
}

function writeDescribeProducersRequest(w: Writer, version: number, v: DescribeProducersRequest): void {
  writeDescribeProducersRequest_Topics(w, version, v.topics);
  w.uvarint(0);
}

function writeDescribeProducersRequestTopicRequest_PartitionIndexes(w: Writer, _version: number, items: number[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.int32(item);
}

function writeDescribeProducersRequestTopicRequest(w: Writer, version: number, v: DescribeProducersRequestTopicRequest): void {
  w.compactString(v.name);
  writeDescribeProducersRequestTopicRequest_PartitionIndexes(w, version, v.partitionIndexes);
  w.uvarint(0);
}

export const DescribeProducersRequestCodec: MessageCodec<DescribeProducersRequest> = {
  name: 'DescribeProducersRequest',
  apiKey: 61,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): DescribeProducersRequest {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultDescribeProducersRequest();
    }
    return readDescribeProducersRequest(r, version);
  },
  encode(w: Writer, version: number, value: DescribeProducersRequest): void {
    if (version < 0 || version > 0) unsupportedVersion('DescribeProducersRequest', version, 0, 0);
    writeDescribeProducersRequest(w, version, value);
  },
  defaults: defaultDescribeProducersRequest,
};

/** DescribeProducersResponse (response, API key 61), versions 0. */
export interface DescribeProducersResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** Each topic in the response. (versions 0+) */
  topics: DescribeProducersResponseTopicResponse[];
}

/** DescribeProducersResponse TopicResponse, versions 0. */
export interface DescribeProducersResponseTopicResponse {
  /** The topic name (versions 0+) */
  name: string;
  /** Each partition in the response. (versions 0+) */
  partitions: DescribeProducersResponsePartitionResponse[];
}

/** DescribeProducersResponse PartitionResponse, versions 0. */
export interface DescribeProducersResponsePartitionResponse {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The partition error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The partition error message, which may be null if no additional details are available (versions 0+, nullable 0+, default null) */
  errorMessage: string | null;
  /** (versions 0+) */
  activeProducers: DescribeProducersResponseProducerState[];
}

/** DescribeProducersResponse ProducerState, versions 0. */
export interface DescribeProducersResponseProducerState {
  /** (versions 0+) */
  producerId: bigint;
  /** (versions 0+) */
  producerEpoch: number;
  /** (versions 0+, default -1) */
  lastSequence: number;
  /** (versions 0+, default -1) */
  lastTimestamp: bigint;
  /** (versions 0+) */
  coordinatorEpoch: number;
  /** (versions 0+, default -1) */
  currentTxnStartOffset: bigint;
}

/** A fresh DescribeProducersResponse with every field at its schema default. */
export function defaultDescribeProducersResponse(): DescribeProducersResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
  };
}

/** A fresh DescribeProducersResponseTopicResponse with every field at its schema default. */
export function defaultDescribeProducersResponseTopicResponse(): DescribeProducersResponseTopicResponse {
  return {
    name: '',
    partitions: [],
  };
}

/** A fresh DescribeProducersResponsePartitionResponse with every field at its schema default. */
export function defaultDescribeProducersResponsePartitionResponse(): DescribeProducersResponsePartitionResponse {
  return {
    partitionIndex: 0,
    errorCode: 0,
    errorMessage: null,
    activeProducers: [],
  };
}

/** A fresh DescribeProducersResponseProducerState with every field at its schema default. */
export function defaultDescribeProducersResponseProducerState(): DescribeProducersResponseProducerState {
  return {
    producerId: 0n,
    producerEpoch: 0,
    lastSequence: -1,
    lastTimestamp: -1n,
    coordinatorEpoch: 0,
    currentTxnStartOffset: -1n,
  };
}

function readDescribeProducersResponse_Topics(r: Reader, version: number): DescribeProducersResponseTopicResponse[] {
  const n = r.compactArrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeProducersResponseTopicResponse[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeProducersResponseTopicResponse(r, version));
  return items;
}

function readDescribeProducersResponse(r: Reader, version: number): DescribeProducersResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'Topics';
  const fTopics: DescribeProducersResponseTopicResponse[] = readDescribeProducersResponse_Topics(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    throttleTimeMs: fThrottleTimeMs,
    topics: fTopics,
  };
}

function readDescribeProducersResponseTopicResponse_Partitions(r: Reader, version: number): DescribeProducersResponsePartitionResponse[] {
  const n = r.compactArrayLength(9);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeProducersResponsePartitionResponse[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeProducersResponsePartitionResponse(r, version));
  return items;
}

function readDescribeProducersResponseTopicResponse(r: Reader, version: number): DescribeProducersResponseTopicResponse {
  r.field = 'Topics.Name';
  const fName: string = r.compactString();
  r.field = 'Topics.Partitions';
  const fPartitions: DescribeProducersResponsePartitionResponse[] = readDescribeProducersResponseTopicResponse_Partitions(r, version);
  r.field = 'Topics._tagged_fields';
  r.skipTaggedFields();
  return {
    name: fName,
    partitions: fPartitions,
  };
}

function readDescribeProducersResponsePartitionResponse_ActiveProducers(r: Reader, version: number): DescribeProducersResponseProducerState[] {
  const n = r.compactArrayLength(37);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeProducersResponseProducerState[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeProducersResponseProducerState(r, version));
  return items;
}

function readDescribeProducersResponsePartitionResponse(r: Reader, version: number): DescribeProducersResponsePartitionResponse {
  r.field = 'Topics.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Topics.Partitions.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Topics.Partitions.ErrorMessage';
  const fErrorMessage: string | null = r.compactNullableString();
  r.field = 'Topics.Partitions.ActiveProducers';
  const fActiveProducers: DescribeProducersResponseProducerState[] = readDescribeProducersResponsePartitionResponse_ActiveProducers(r, version);
  r.field = 'Topics.Partitions._tagged_fields';
  r.skipTaggedFields();
  return {
    partitionIndex: fPartitionIndex,
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
    activeProducers: fActiveProducers,
  };
}

function readDescribeProducersResponseProducerState(r: Reader, _version: number): DescribeProducersResponseProducerState {
  r.field = 'Topics.Partitions.ActiveProducers.ProducerId';
  const fProducerId: bigint = r.int64();
  r.field = 'Topics.Partitions.ActiveProducers.ProducerEpoch';
  const fProducerEpoch: number = r.int32();
  r.field = 'Topics.Partitions.ActiveProducers.LastSequence';
  const fLastSequence: number = r.int32();
  r.field = 'Topics.Partitions.ActiveProducers.LastTimestamp';
  const fLastTimestamp: bigint = r.int64();
  r.field = 'Topics.Partitions.ActiveProducers.CoordinatorEpoch';
  const fCoordinatorEpoch: number = r.int32();
  r.field = 'Topics.Partitions.ActiveProducers.CurrentTxnStartOffset';
  const fCurrentTxnStartOffset: bigint = r.int64();
  r.field = 'Topics.Partitions.ActiveProducers._tagged_fields';
  r.skipTaggedFields();
  return {
    producerId: fProducerId,
    producerEpoch: fProducerEpoch,
    lastSequence: fLastSequence,
    lastTimestamp: fLastTimestamp,
    coordinatorEpoch: fCoordinatorEpoch,
    currentTxnStartOffset: fCurrentTxnStartOffset,
  };
}

function writeDescribeProducersResponse_Topics(w: Writer, version: number, items: DescribeProducersResponseTopicResponse[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeDescribeProducersResponseTopicResponse(w, version, item);
}

function writeDescribeProducersResponse(w: Writer, version: number, v: DescribeProducersResponse): void {
  w.int32(v.throttleTimeMs);
  writeDescribeProducersResponse_Topics(w, version, v.topics);
  w.uvarint(0);
}

function writeDescribeProducersResponseTopicResponse_Partitions(w: Writer, version: number, items: DescribeProducersResponsePartitionResponse[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeDescribeProducersResponsePartitionResponse(w, version, item);
}

function writeDescribeProducersResponseTopicResponse(w: Writer, version: number, v: DescribeProducersResponseTopicResponse): void {
  w.compactString(v.name);
  writeDescribeProducersResponseTopicResponse_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeDescribeProducersResponsePartitionResponse_ActiveProducers(w: Writer, version: number, items: DescribeProducersResponseProducerState[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeDescribeProducersResponseProducerState(w, version, item);
}

function writeDescribeProducersResponsePartitionResponse(w: Writer, version: number, v: DescribeProducersResponsePartitionResponse): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  writeDescribeProducersResponsePartitionResponse_ActiveProducers(w, version, v.activeProducers);
  w.uvarint(0);
}

function writeDescribeProducersResponseProducerState(w: Writer, _version: number, v: DescribeProducersResponseProducerState): void {
  w.int64(v.producerId);
  w.int32(v.producerEpoch);
  w.int32(v.lastSequence);
  w.int64(v.lastTimestamp);
  w.int32(v.coordinatorEpoch);
  w.int64(v.currentTxnStartOffset);
  w.uvarint(0);
}

export const DescribeProducersResponseCodec: MessageCodec<DescribeProducersResponse> = {
  name: 'DescribeProducersResponse',
  apiKey: 61,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): DescribeProducersResponse {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultDescribeProducersResponse();
    }
    return readDescribeProducersResponse(r, version);
  },
  encode(w: Writer, version: number, value: DescribeProducersResponse): void {
    if (version < 0 || version > 0) unsupportedVersion('DescribeProducersResponse', version, 0, 0);
    writeDescribeProducersResponse(w, version, value);
  },
  defaults: defaultDescribeProducersResponse,
};
