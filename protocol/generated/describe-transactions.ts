// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   DescribeTransactionsRequest.json, DescribeTransactionsResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** DescribeTransactionsRequest (request, API key 65), versions 0. */
export interface DescribeTransactionsRequest {
  /** Array of transactionalIds to include in describe results. If empty, then no results will be returned. (versions 0+) */
  transactionalIds: string[];
}

/** A fresh DescribeTransactionsRequest with every field at its schema default. */
export function defaultDescribeTransactionsRequest(): DescribeTransactionsRequest {
  return {
    transactionalIds: [],
  };
}

function readDescribeTransactionsRequest_TransactionalIds(r: Reader, _version: number): string[] {
  const n = r.compactArrayLength(1);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: string[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.compactString());
  return items;
}

function readDescribeTransactionsRequest(r: Reader, version: number): DescribeTransactionsRequest {
  r.field = 'TransactionalIds';
  const fTransactionalIds: string[] = readDescribeTransactionsRequest_TransactionalIds(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    transactionalIds: fTransactionalIds,
  };
}

function writeDescribeTransactionsRequest_TransactionalIds(w: Writer, _version: number, items: string[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.compactString(item);
}

function writeDescribeTransactionsRequest(w: Writer, version: number, v: DescribeTransactionsRequest): void {
  writeDescribeTransactionsRequest_TransactionalIds(w, version, v.transactionalIds);
  w.uvarint(0);
}

export const DescribeTransactionsRequestCodec: MessageCodec<DescribeTransactionsRequest> = {
  name: 'DescribeTransactionsRequest',
  apiKey: 65,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): DescribeTransactionsRequest {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultDescribeTransactionsRequest();
    }
    return readDescribeTransactionsRequest(r, version);
  },
  encode(w: Writer, version: number, value: DescribeTransactionsRequest): void {
    if (version < 0 || version > 0) unsupportedVersion('DescribeTransactionsRequest', version, 0, 0);
    writeDescribeTransactionsRequest(w, version, value);
  },
  defaults: defaultDescribeTransactionsRequest,
};

/** DescribeTransactionsResponse (response, API key 65), versions 0. */
export interface DescribeTransactionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** (versions 0+) */
  transactionStates: DescribeTransactionsResponseTransactionState[];
}

/** DescribeTransactionsResponse TransactionState, versions 0. */
export interface DescribeTransactionsResponseTransactionState {
  /** (versions 0+) */
  errorCode: number;
  /** (versions 0+) */
  transactionalId: string;
  /** (versions 0+) */
  transactionState: string;
  /** (versions 0+) */
  transactionTimeoutMs: number;
  /** (versions 0+) */
  transactionStartTimeMs: bigint;
  /** (versions 0+) */
  producerId: bigint;
  /** (versions 0+) */
  producerEpoch: number;
  /** The set of partitions included in the current transaction (if active). When a transaction is preparing to commit or abort, this will include only partitions which do not have markers. (versions 0+) */
  topics: DescribeTransactionsResponseTopicData[];
}

/** DescribeTransactionsResponse TopicData, versions 0. */
export interface DescribeTransactionsResponseTopicData {
  /** (versions 0+) */
  topic: string;
  /** (versions 0+) */
  partitions: number[];
}

/** A fresh DescribeTransactionsResponse with every field at its schema default. */
export function defaultDescribeTransactionsResponse(): DescribeTransactionsResponse {
  return {
    throttleTimeMs: 0,
    transactionStates: [],
  };
}

/** A fresh DescribeTransactionsResponseTransactionState with every field at its schema default. */
export function defaultDescribeTransactionsResponseTransactionState(): DescribeTransactionsResponseTransactionState {
  return {
    errorCode: 0,
    transactionalId: '',
    transactionState: '',
    transactionTimeoutMs: 0,
    transactionStartTimeMs: 0n,
    producerId: 0n,
    producerEpoch: 0,
    topics: [],
  };
}

/** A fresh DescribeTransactionsResponseTopicData with every field at its schema default. */
export function defaultDescribeTransactionsResponseTopicData(): DescribeTransactionsResponseTopicData {
  return {
    topic: '',
    partitions: [],
  };
}

function readDescribeTransactionsResponse_TransactionStates(r: Reader, version: number): DescribeTransactionsResponseTransactionState[] {
  const n = r.compactArrayLength(28);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeTransactionsResponseTransactionState[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeTransactionsResponseTransactionState(r, version));
  return items;
}

function readDescribeTransactionsResponse(r: Reader, version: number): DescribeTransactionsResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'TransactionStates';
  const fTransactionStates: DescribeTransactionsResponseTransactionState[] = readDescribeTransactionsResponse_TransactionStates(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    throttleTimeMs: fThrottleTimeMs,
    transactionStates: fTransactionStates,
  };
}

function readDescribeTransactionsResponseTransactionState_Topics(r: Reader, version: number): DescribeTransactionsResponseTopicData[] {
  const n = r.compactArrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeTransactionsResponseTopicData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeTransactionsResponseTopicData(r, version));
  return items;
}

function readDescribeTransactionsResponseTransactionState(r: Reader, version: number): DescribeTransactionsResponseTransactionState {
  r.field = 'TransactionStates.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'TransactionStates.TransactionalId';
  const fTransactionalId: string = r.compactString();
  r.field = 'TransactionStates.TransactionState';
  const fTransactionState: string = r.compactString();
  r.field = 'TransactionStates.TransactionTimeoutMs';
  const fTransactionTimeoutMs: number = r.int32();
  r.field = 'TransactionStates.TransactionStartTimeMs';
  const fTransactionStartTimeMs: bigint = r.int64();
  r.field = 'TransactionStates.ProducerId';
  const fProducerId: bigint = r.int64();
  r.field = 'TransactionStates.ProducerEpoch';
  const fProducerEpoch: number = r.int16();
  r.field = 'TransactionStates.Topics';
  const fTopics: DescribeTransactionsResponseTopicData[] = readDescribeTransactionsResponseTransactionState_Topics(r, version);
  r.field = 'TransactionStates._tagged_fields';
  r.skipTaggedFields();
  return {
    errorCode: fErrorCode,
    transactionalId: fTransactionalId,
    transactionState: fTransactionState,
    transactionTimeoutMs: fTransactionTimeoutMs,
    transactionStartTimeMs: fTransactionStartTimeMs,
    producerId: fProducerId,
    producerEpoch: fProducerEpoch,
    topics: fTopics,
  };
}

function readDescribeTransactionsResponseTopicData_Partitions(r: Reader, _version: number): number[] {
  const n = r.compactArrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readDescribeTransactionsResponseTopicData(r: Reader, version: number): DescribeTransactionsResponseTopicData {
  r.field = 'TransactionStates.Topics.Topic';
  const fTopic: string = r.compactString();
  r.field = 'TransactionStates.Topics.Partitions';
  const fPartitions: number[] = readDescribeTransactionsResponseTopicData_Partitions(r, version);
  r.field = 'TransactionStates.Topics._tagged_fields';
  r.skipTaggedFields();
  return {
    topic: fTopic,
    partitions: fPartitions,
  };
}

function writeDescribeTransactionsResponse_TransactionStates(w: Writer, version: number, items: DescribeTransactionsResponseTransactionState[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeDescribeTransactionsResponseTransactionState(w, version, item);
}

function writeDescribeTransactionsResponse(w: Writer, version: number, v: DescribeTransactionsResponse): void {
  w.int32(v.throttleTimeMs);
  writeDescribeTransactionsResponse_TransactionStates(w, version, v.transactionStates);
  w.uvarint(0);
}

function writeDescribeTransactionsResponseTransactionState_Topics(w: Writer, version: number, items: DescribeTransactionsResponseTopicData[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeDescribeTransactionsResponseTopicData(w, version, item);
}

function writeDescribeTransactionsResponseTransactionState(w: Writer, version: number, v: DescribeTransactionsResponseTransactionState): void {
  w.int16(v.errorCode);
  w.compactString(v.transactionalId);
  w.compactString(v.transactionState);
  w.int32(v.transactionTimeoutMs);
  w.int64(v.transactionStartTimeMs);
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  writeDescribeTransactionsResponseTransactionState_Topics(w, version, v.topics);
  w.uvarint(0);
}

function writeDescribeTransactionsResponseTopicData_Partitions(w: Writer, _version: number, items: number[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.int32(item);
}

function writeDescribeTransactionsResponseTopicData(w: Writer, version: number, v: DescribeTransactionsResponseTopicData): void {
  w.compactString(v.topic);
  writeDescribeTransactionsResponseTopicData_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

export const DescribeTransactionsResponseCodec: MessageCodec<DescribeTransactionsResponse> = {
  name: 'DescribeTransactionsResponse',
  apiKey: 65,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): DescribeTransactionsResponse {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultDescribeTransactionsResponse();
    }
    return readDescribeTransactionsResponse(r, version);
  },
  encode(w: Writer, version: number, value: DescribeTransactionsResponse): void {
    if (version < 0 || version > 0) unsupportedVersion('DescribeTransactionsResponse', version, 0, 0);
    writeDescribeTransactionsResponse(w, version, value);
  },
  defaults: defaultDescribeTransactionsResponse,
};
