// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   AddPartitionsToTxnRequest.json, AddPartitionsToTxnResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, notInVersion, unsupportedVersion } from '../generator/runtime';

/** AddPartitionsToTxnRequest (request, API key 24), versions 0-5. */
export interface AddPartitionsToTxnRequest {
  /** List of transactions to add partitions to. (versions 4+) */
  transactions: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction[];
  /** The transactional id corresponding to the transaction. (versions 0-3) */
  v3AndBelowTransactionalId: string;
  /** Current producer id in use by the transactional id. (versions 0-3) */
  v3AndBelowProducerId: bigint;
  /** Current epoch associated with the producer id. (versions 0-3) */
  v3AndBelowProducerEpoch: number;
  /** The partitions to add to the transaction. (versions 0-3) */
  v3AndBelowTopics: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[];
}

/** AddPartitionsToTxnRequest AddPartitionsToTxnTransaction, versions 4-5. */
export interface AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  /** The transactional id corresponding to the transaction. (versions 4+) */
  transactionalId: string;
  /** Current producer id in use by the transactional id. (versions 4+) */
  producerId: bigint;
  /** Current epoch associated with the producer id. (versions 4+) */
  producerEpoch: number;
  /** Boolean to signify if we want to check if the partition is in the transaction rather than add it. (versions 4+, default false) */
  verifyOnly: boolean;
  /** The partitions to add to the transaction. (versions 4+) */
  topics: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[];
}

/** AddPartitionsToTxnRequest AddPartitionsToTxnTopic, versions 0-5. */
export interface AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  /** The name of the topic. (versions 0+) */
  name: string;
  /** The partition indexes to add to the transaction (versions 0+) */
  partitions: number[];
}

/** A fresh AddPartitionsToTxnRequest with every field at its schema default. */
export function defaultAddPartitionsToTxnRequest(): AddPartitionsToTxnRequest {
  return {
    transactions: [],
    v3AndBelowTransactionalId: '',
    v3AndBelowProducerId: 0n,
    v3AndBelowProducerEpoch: 0,
    v3AndBelowTopics: [],
  };
}

/** A fresh AddPartitionsToTxnRequestAddPartitionsToTxnTransaction with every field at its schema default. */
export function defaultAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(): AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  return {
    transactionalId: '',
    producerId: 0n,
    producerEpoch: 0,
    verifyOnly: false,
    topics: [],
  };
}

/** A fresh AddPartitionsToTxnRequestAddPartitionsToTxnTopic with every field at its schema default. */
export function defaultAddPartitionsToTxnRequestAddPartitionsToTxnTopic(): AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  return {
    name: '',
    partitions: [],
  };
}

function readAddPartitionsToTxnRequest_Transactions(r: Reader, version: number): AddPartitionsToTxnRequestAddPartitionsToTxnTransaction[] {
  const n = r.compactArrayLength(14);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(r, version));
  return items;
}

function readAddPartitionsToTxnRequest_V3AndBelowTopics(r: Reader, version: number): AddPartitionsToTxnRequestAddPartitionsToTxnTopic[] {
  const n = version >= 3 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAddPartitionsToTxnRequestAddPartitionsToTxnTopic(r, version));
  return items;
}

function readAddPartitionsToTxnRequest(r: Reader, version: number): AddPartitionsToTxnRequest {
  r.field = 'Transactions';
  const fTransactions: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction[] = version >= 4 ? readAddPartitionsToTxnRequest_Transactions(r, version) : [];
  r.field = 'V3AndBelowTransactionalId';
  const fV3AndBelowTransactionalId: string = version <= 3 ? (version >= 3 ? r.compactString() : r.string()) : '';
  r.field = 'V3AndBelowProducerId';
  const fV3AndBelowProducerId: bigint = version <= 3 ? r.int64() : 0n;
  r.field = 'V3AndBelowProducerEpoch';
  const fV3AndBelowProducerEpoch: number = version <= 3 ? r.int16() : 0;
  r.field = 'V3AndBelowTopics';
  const fV3AndBelowTopics: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[] = version <= 3 ? readAddPartitionsToTxnRequest_V3AndBelowTopics(r, version) : [];
  if (version >= 3) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    transactions: fTransactions,
    v3AndBelowTransactionalId: fV3AndBelowTransactionalId,
    v3AndBelowProducerId: fV3AndBelowProducerId,
    v3AndBelowProducerEpoch: fV3AndBelowProducerEpoch,
    v3AndBelowTopics: fV3AndBelowTopics,
  };
}

function readAddPartitionsToTxnRequestAddPartitionsToTxnTransaction_Topics(r: Reader, version: number): AddPartitionsToTxnRequestAddPartitionsToTxnTopic[] {
  const n = r.compactArrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAddPartitionsToTxnRequestAddPartitionsToTxnTopic(r, version));
  return items;
}

function readAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(r: Reader, version: number): AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  r.field = 'Transactions.TransactionalId';
  const fTransactionalId: string = r.compactString();
  r.field = 'Transactions.ProducerId';
  const fProducerId: bigint = r.int64();
  r.field = 'Transactions.ProducerEpoch';
  const fProducerEpoch: number = r.int16();
  r.field = 'Transactions.VerifyOnly';
  const fVerifyOnly: boolean = r.bool();
  r.field = 'Transactions.Topics';
  const fTopics: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[] = readAddPartitionsToTxnRequestAddPartitionsToTxnTransaction_Topics(r, version);
  r.field = 'Transactions._tagged_fields';
  r.skipTaggedFields();
  return {
    transactionalId: fTransactionalId,
    producerId: fProducerId,
    producerEpoch: fProducerEpoch,
    verifyOnly: fVerifyOnly,
    topics: fTopics,
  };
}

function readAddPartitionsToTxnRequestAddPartitionsToTxnTopic_Partitions(r: Reader, version: number): number[] {
  const n = version >= 3 ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readAddPartitionsToTxnRequestAddPartitionsToTxnTopic(r: Reader, version: number): AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  r.field = 'AddPartitionsToTxnTopic.Name';
  const fName: string = version >= 3 ? r.compactString() : r.string();
  r.field = 'AddPartitionsToTxnTopic.Partitions';
  const fPartitions: number[] = readAddPartitionsToTxnRequestAddPartitionsToTxnTopic_Partitions(r, version);
  if (version >= 3) {
    r.field = 'AddPartitionsToTxnTopic._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    name: fName,
    partitions: fPartitions,
  };
}

function writeAddPartitionsToTxnRequest_Transactions(w: Writer, version: number, items: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(w, version, item);
}

function writeAddPartitionsToTxnRequest_V3AndBelowTopics(w: Writer, version: number, items: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[]): void {
  version >= 3 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(w, version, item);
}

function writeAddPartitionsToTxnRequest(w: Writer, version: number, v: AddPartitionsToTxnRequest): void {
  if (version >= 4) {
    writeAddPartitionsToTxnRequest_Transactions(w, version, v.transactions);
  } else if (v.transactions.length !== 0) {
    notInVersion('AddPartitionsToTxnRequest', version, 'Transactions');
  }
  if (version <= 3) {
    version >= 3 ? w.compactString(v.v3AndBelowTransactionalId) : w.string(v.v3AndBelowTransactionalId);
  } else if (v.v3AndBelowTransactionalId !== '') {
    notInVersion('AddPartitionsToTxnRequest', version, 'V3AndBelowTransactionalId');
  }
  if (version <= 3) {
    w.int64(v.v3AndBelowProducerId);
  } else if (v.v3AndBelowProducerId !== 0n) {
    notInVersion('AddPartitionsToTxnRequest', version, 'V3AndBelowProducerId');
  }
  if (version <= 3) {
    w.int16(v.v3AndBelowProducerEpoch);
  } else if (v.v3AndBelowProducerEpoch !== 0) {
    notInVersion('AddPartitionsToTxnRequest', version, 'V3AndBelowProducerEpoch');
  }
  if (version <= 3) {
    writeAddPartitionsToTxnRequest_V3AndBelowTopics(w, version, v.v3AndBelowTopics);
  } else if (v.v3AndBelowTopics.length !== 0) {
    notInVersion('AddPartitionsToTxnRequest', version, 'V3AndBelowTopics');
  }
  if (version >= 3) {
    w.uvarint(0);
  }
}

function writeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction_Topics(w: Writer, version: number, items: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(w, version, item);
}

function writeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(w: Writer, version: number, v: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction): void {
  w.compactString(v.transactionalId);
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  w.bool(v.verifyOnly);
  writeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction_Topics(w, version, v.topics);
  w.uvarint(0);
}

function writeAddPartitionsToTxnRequestAddPartitionsToTxnTopic_Partitions(w: Writer, version: number, items: number[]): void {
  version >= 3 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) w.int32(item);
}

function writeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(w: Writer, version: number, v: AddPartitionsToTxnRequestAddPartitionsToTxnTopic): void {
  version >= 3 ? w.compactString(v.name) : w.string(v.name);
  writeAddPartitionsToTxnRequestAddPartitionsToTxnTopic_Partitions(w, version, v.partitions);
  if (version >= 3) {
    w.uvarint(0);
  }
}

export const AddPartitionsToTxnRequestCodec: MessageCodec<AddPartitionsToTxnRequest> = {
  name: 'AddPartitionsToTxnRequest',
  apiKey: 24,
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 3,
  decode(r: Reader, version: number): AddPartitionsToTxnRequest {
    if (version < 0 || version > 5) {
      r.fail(`unsupported version ${version}`);
      return defaultAddPartitionsToTxnRequest();
    }
    return readAddPartitionsToTxnRequest(r, version);
  },
  encode(w: Writer, version: number, value: AddPartitionsToTxnRequest): void {
    if (version < 0 || version > 5) unsupportedVersion('AddPartitionsToTxnRequest', version, 0, 5);
    writeAddPartitionsToTxnRequest(w, version, value);
  },
  defaults: defaultAddPartitionsToTxnRequest,
};

/** AddPartitionsToTxnResponse (response, API key 24), versions 0-5. */
export interface AddPartitionsToTxnResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The response top level error code. (versions 4+) */
  errorCode: number;
  /** Results categorized by transactional ID. (versions 4+) */
  resultsByTransaction: AddPartitionsToTxnResponseAddPartitionsToTxnResult[];
  /** The results for each topic. (versions 0-3) */
  resultsByTopicV3AndBelow: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[];
}

/** AddPartitionsToTxnResponse AddPartitionsToTxnResult, versions 4-5. */
export interface AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  /** The transactional id corresponding to the transaction. (versions 4+) */
  transactionalId: string;
  /** The results for each topic. (versions 4+) */
  topicResults: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[];
}

/** AddPartitionsToTxnResponse AddPartitionsToTxnTopicResult, versions 0-5. */
export interface AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  /** The topic name. (versions 0+) */
  name: string;
  /** The results for each partition (versions 0+) */
  resultsByPartition: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult[];
}

/** AddPartitionsToTxnResponse AddPartitionsToTxnPartitionResult, versions 0-5. */
export interface AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  /** The partition indexes. (versions 0+) */
  partitionIndex: number;
  /** The response error code. (versions 0+) */
  partitionErrorCode: number;
}

/** A fresh AddPartitionsToTxnResponse with every field at its schema default. */
export function defaultAddPartitionsToTxnResponse(): AddPartitionsToTxnResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    resultsByTransaction: [],
    resultsByTopicV3AndBelow: [],
  };
}

/** A fresh AddPartitionsToTxnResponseAddPartitionsToTxnResult with every field at its schema default. */
export function defaultAddPartitionsToTxnResponseAddPartitionsToTxnResult(): AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  return {
    transactionalId: '',
    topicResults: [],
  };
}

/** A fresh AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult with every field at its schema default. */
export function defaultAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(): AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  return {
    name: '',
    resultsByPartition: [],
  };
}

/** A fresh AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult with every field at its schema default. */
export function defaultAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(): AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  return {
    partitionIndex: 0,
    partitionErrorCode: 0,
  };
}

function readAddPartitionsToTxnResponse_ResultsByTransaction(r: Reader, version: number): AddPartitionsToTxnResponseAddPartitionsToTxnResult[] {
  const n = r.compactArrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AddPartitionsToTxnResponseAddPartitionsToTxnResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAddPartitionsToTxnResponseAddPartitionsToTxnResult(r, version));
  return items;
}

function readAddPartitionsToTxnResponse_ResultsByTopicV3AndBelow(r: Reader, version: number): AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[] {
  const n = version >= 3 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(r, version));
  return items;
}

function readAddPartitionsToTxnResponse(r: Reader, version: number): AddPartitionsToTxnResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'ErrorCode';
  const fErrorCode: number = version >= 4 ? r.int16() : 0;
  r.field = 'ResultsByTransaction';
  const fResultsByTransaction: AddPartitionsToTxnResponseAddPartitionsToTxnResult[] = version >= 4 ? readAddPartitionsToTxnResponse_ResultsByTransaction(r, version) : [];
  r.field = 'ResultsByTopicV3AndBelow';
  const fResultsByTopicV3AndBelow: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[] = version <= 3 ? readAddPartitionsToTxnResponse_ResultsByTopicV3AndBelow(r, version) : [];
  if (version >= 3) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
    resultsByTransaction: fResultsByTransaction,
    resultsByTopicV3AndBelow: fResultsByTopicV3AndBelow,
  };
}

function readAddPartitionsToTxnResponseAddPartitionsToTxnResult_TopicResults(r: Reader, version: number): AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[] {
  const n = r.compactArrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(r, version));
  return items;
}

function readAddPartitionsToTxnResponseAddPartitionsToTxnResult(r: Reader, version: number): AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  r.field = 'ResultsByTransaction.TransactionalId';
  const fTransactionalId: string = r.compactString();
  r.field = 'ResultsByTransaction.TopicResults';
  const fTopicResults: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[] = readAddPartitionsToTxnResponseAddPartitionsToTxnResult_TopicResults(r, version);
  r.field = 'ResultsByTransaction._tagged_fields';
  r.skipTaggedFields();
  return {
    transactionalId: fTransactionalId,
    topicResults: fTopicResults,
  };
}

function readAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult_ResultsByPartition(r: Reader, version: number): AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult[] {
  const n = version >= 3 ? r.compactArrayLength(6) : r.arrayLength(6);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(r, version));
  return items;
}

function readAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(r: Reader, version: number): AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  r.field = 'AddPartitionsToTxnTopicResult.Name';
  const fName: string = version >= 3 ? r.compactString() : r.string();
  r.field = 'AddPartitionsToTxnTopicResult.ResultsByPartition';
  const fResultsByPartition: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult[] = readAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult_ResultsByPartition(r, version);
  if (version >= 3) {
    r.field = 'AddPartitionsToTxnTopicResult._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    name: fName,
    resultsByPartition: fResultsByPartition,
  };
}

function readAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(r: Reader, version: number): AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  r.field = 'AddPartitionsToTxnPartitionResult.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'AddPartitionsToTxnPartitionResult.PartitionErrorCode';
  const fPartitionErrorCode: number = r.int16();
  if (version >= 3) {
    r.field = 'AddPartitionsToTxnPartitionResult._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    partitionIndex: fPartitionIndex,
    partitionErrorCode: fPartitionErrorCode,
  };
}

function writeAddPartitionsToTxnResponse_ResultsByTransaction(w: Writer, version: number, items: AddPartitionsToTxnResponseAddPartitionsToTxnResult[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeAddPartitionsToTxnResponseAddPartitionsToTxnResult(w, version, item);
}

function writeAddPartitionsToTxnResponse_ResultsByTopicV3AndBelow(w: Writer, version: number, items: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[]): void {
  version >= 3 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(w, version, item);
}

function writeAddPartitionsToTxnResponse(w: Writer, version: number, v: AddPartitionsToTxnResponse): void {
  w.int32(v.throttleTimeMs);
  if (version >= 4) {
    w.int16(v.errorCode);
  }
  if (version >= 4) {
    writeAddPartitionsToTxnResponse_ResultsByTransaction(w, version, v.resultsByTransaction);
  } else if (v.resultsByTransaction.length !== 0) {
    notInVersion('AddPartitionsToTxnResponse', version, 'ResultsByTransaction');
  }
  if (version <= 3) {
    writeAddPartitionsToTxnResponse_ResultsByTopicV3AndBelow(w, version, v.resultsByTopicV3AndBelow);
  } else if (v.resultsByTopicV3AndBelow.length !== 0) {
    notInVersion('AddPartitionsToTxnResponse', version, 'ResultsByTopicV3AndBelow');
  }
  if (version >= 3) {
    w.uvarint(0);
  }
}

function writeAddPartitionsToTxnResponseAddPartitionsToTxnResult_TopicResults(w: Writer, version: number, items: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(w, version, item);
}

function writeAddPartitionsToTxnResponseAddPartitionsToTxnResult(w: Writer, version: number, v: AddPartitionsToTxnResponseAddPartitionsToTxnResult): void {
  w.compactString(v.transactionalId);
  writeAddPartitionsToTxnResponseAddPartitionsToTxnResult_TopicResults(w, version, v.topicResults);
  w.uvarint(0);
}

function writeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult_ResultsByPartition(w: Writer, version: number, items: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult[]): void {
  version >= 3 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(w, version, item);
}

function writeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(w: Writer, version: number, v: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult): void {
  version >= 3 ? w.compactString(v.name) : w.string(v.name);
  writeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult_ResultsByPartition(w, version, v.resultsByPartition);
  if (version >= 3) {
    w.uvarint(0);
  }
}

function writeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(w: Writer, version: number, v: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult): void {
  w.int32(v.partitionIndex);
  w.int16(v.partitionErrorCode);
  if (version >= 3) {
    w.uvarint(0);
  }
}

export const AddPartitionsToTxnResponseCodec: MessageCodec<AddPartitionsToTxnResponse> = {
  name: 'AddPartitionsToTxnResponse',
  apiKey: 24,
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 3,
  decode(r: Reader, version: number): AddPartitionsToTxnResponse {
    if (version < 0 || version > 5) {
      r.fail(`unsupported version ${version}`);
      return defaultAddPartitionsToTxnResponse();
    }
    return readAddPartitionsToTxnResponse(r, version);
  },
  encode(w: Writer, version: number, value: AddPartitionsToTxnResponse): void {
    if (version < 0 || version > 5) unsupportedVersion('AddPartitionsToTxnResponse', version, 0, 5);
    writeAddPartitionsToTxnResponse(w, version, value);
  },
  defaults: defaultAddPartitionsToTxnResponse,
};
