// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   WriteTxnMarkersRequest.json, WriteTxnMarkersResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** WriteTxnMarkersRequest (request, API key 27), versions 0-1. */
export interface WriteTxnMarkersRequest {
  /** The transaction markers to be written. (versions 0+) */
  markers: WriteTxnMarkersRequestWritableTxnMarker[];
}

/** WriteTxnMarkersRequest WritableTxnMarker, versions 0-1. */
export interface WriteTxnMarkersRequestWritableTxnMarker {
  /** The current producer ID. (versions 0+) */
  producerId: bigint;
  /** The current epoch associated with the producer ID. (versions 0+) */
  producerEpoch: number;
  /** The result of the transaction to write to the partitions (false = ABORT, true = COMMIT). (versions 0+) */
  transactionResult: boolean;
  /** Each topic that we want to write transaction marker(s) for. (versions 0+) */
  topics: WriteTxnMarkersRequestWritableTxnMarkerTopic[];
  /** Epoch associated with the transaction state partition hosted by this transaction coordinator (versions 0+) */
  coordinatorEpoch: number;
}

/** WriteTxnMarkersRequest WritableTxnMarkerTopic, versions 0-1. */
export interface WriteTxnMarkersRequestWritableTxnMarkerTopic {
  /** The topic name. (versions 0+) */
  name: string;
  /** The indexes of the partitions to write transaction markers for. (versions 0+) */
  partitionIndexes: number[];
}

/** A fresh WriteTxnMarkersRequest with every field at its schema default. */
export function defaultWriteTxnMarkersRequest(): WriteTxnMarkersRequest {
  return {
    markers: [],
  };
}

/** A fresh WriteTxnMarkersRequestWritableTxnMarker with every field at its schema default. */
export function defaultWriteTxnMarkersRequestWritableTxnMarker(): WriteTxnMarkersRequestWritableTxnMarker {
  return {
    producerId: 0n,
    producerEpoch: 0,
    transactionResult: false,
    topics: [],
    coordinatorEpoch: 0,
  };
}

/** A fresh WriteTxnMarkersRequestWritableTxnMarkerTopic with every field at its schema default. */
export function defaultWriteTxnMarkersRequestWritableTxnMarkerTopic(): WriteTxnMarkersRequestWritableTxnMarkerTopic {
  return {
    name: '',
    partitionIndexes: [],
  };
}

function readWriteTxnMarkersRequest_Markers(r: Reader, version: number): WriteTxnMarkersRequestWritableTxnMarker[] {
  const n = version >= 1 ? r.compactArrayLength(17) : r.arrayLength(17);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: WriteTxnMarkersRequestWritableTxnMarker[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readWriteTxnMarkersRequestWritableTxnMarker(r, version));
  return items;
}

function readWriteTxnMarkersRequest(r: Reader, version: number): WriteTxnMarkersRequest {
  r.field = 'Markers';
  const fMarkers: WriteTxnMarkersRequestWritableTxnMarker[] = readWriteTxnMarkersRequest_Markers(r, version);
  if (version >= 1) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    markers: fMarkers,
  };
}

function readWriteTxnMarkersRequestWritableTxnMarker_Topics(r: Reader, version: number): WriteTxnMarkersRequestWritableTxnMarkerTopic[] {
  const n = version >= 1 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: WriteTxnMarkersRequestWritableTxnMarkerTopic[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readWriteTxnMarkersRequestWritableTxnMarkerTopic(r, version));
  return items;
}

function readWriteTxnMarkersRequestWritableTxnMarker(r: Reader, version: number): WriteTxnMarkersRequestWritableTxnMarker {
  r.field = 'Markers.ProducerId';
  const fProducerId: bigint = r.int64();
  r.field = 'Markers.ProducerEpoch';
  const fProducerEpoch: number = r.int16();
  r.field = 'Markers.TransactionResult';
  const fTransactionResult: boolean = r.bool();
  r.field = 'Markers.Topics';
  const fTopics: WriteTxnMarkersRequestWritableTxnMarkerTopic[] = readWriteTxnMarkersRequestWritableTxnMarker_Topics(r, version);
  r.field = 'Markers.CoordinatorEpoch';
  const fCoordinatorEpoch: number = r.int32();
  if (version >= 1) {
    r.field = 'Markers._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    producerId: fProducerId,
    producerEpoch: fProducerEpoch,
    transactionResult: fTransactionResult,
    topics: fTopics,
    coordinatorEpoch: fCoordinatorEpoch,
  };
}

function readWriteTxnMarkersRequestWritableTxnMarkerTopic_PartitionIndexes(r: Reader, version: number): number[] {
  const n = version >= 1 ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readWriteTxnMarkersRequestWritableTxnMarkerTopic(r: Reader, version: number): WriteTxnMarkersRequestWritableTxnMarkerTopic {
  r.field = 'Markers.Topics.Name';
  const fName: string = version >= 1 ? r.compactString() : r.string();
  r.field = 'Markers.Topics.PartitionIndexes';
  const fPartitionIndexes: number[] = readWriteTxnMarkersRequestWritableTxnMarkerTopic_PartitionIndexes(r, version);
  if (version >= 1) {
    r.field = 'Markers.Topics._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    name: fName,
    partitionIndexes: fPartitionIndexes,
  };
}

function writeWriteTxnMarkersRequest_Markers(w: Writer, version: number, items: WriteTxnMarkersRequestWritableTxnMarker[]): void {
  version >= 1 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeWriteTxnMarkersRequestWritableTxnMarker(w, version, item);
}

function writeWriteTxnMarkersRequest(w: Writer, version: number, v: WriteTxnMarkersRequest): void {
  writeWriteTxnMarkersRequest_Markers(w, version, v.markers);
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeWriteTxnMarkersRequestWritableTxnMarker_Topics(w: Writer, version: number, items: WriteTxnMarkersRequestWritableTxnMarkerTopic[]): void {
  version >= 1 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeWriteTxnMarkersRequestWritableTxnMarkerTopic(w, version, item);
}

function writeWriteTxnMarkersRequestWritableTxnMarker(w: Writer, version: number, v: WriteTxnMarkersRequestWritableTxnMarker): void {
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  w.bool(v.transactionResult);
  writeWriteTxnMarkersRequestWritableTxnMarker_Topics(w, version, v.topics);
  w.int32(v.coordinatorEpoch);
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeWriteTxnMarkersRequestWritableTxnMarkerTopic_PartitionIndexes(w: Writer, version: number, items: number[]): void {
  version >= 1 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) w.int32(item);
}

function writeWriteTxnMarkersRequestWritableTxnMarkerTopic(w: Writer, version: number, v: WriteTxnMarkersRequestWritableTxnMarkerTopic): void {
  version >= 1 ? w.compactString(v.name) : w.string(v.name);
  writeWriteTxnMarkersRequestWritableTxnMarkerTopic_PartitionIndexes(w, version, v.partitionIndexes);
  if (version >= 1) {
    w.uvarint(0);
  }
}

export const WriteTxnMarkersRequestCodec: MessageCodec<WriteTxnMarkersRequest> = {
  name: 'WriteTxnMarkersRequest',
  apiKey: 27,
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 1,
  decode(r: Reader, version: number): WriteTxnMarkersRequest {
    if (version < 0 || version > 1) {
      r.fail(`unsupported version ${version}`);
      return defaultWriteTxnMarkersRequest();
    }
    return readWriteTxnMarkersRequest(r, version);
  },
  encode(w: Writer, version: number, value: WriteTxnMarkersRequest): void {
    if (version < 0 || version > 1) unsupportedVersion('WriteTxnMarkersRequest', version, 0, 1);
    writeWriteTxnMarkersRequest(w, version, value);
  },
  defaults: defaultWriteTxnMarkersRequest,
};

/** WriteTxnMarkersResponse (response, API key 27), versions 0-1. */
export interface WriteTxnMarkersResponse {
  /** The results for writing makers. (versions 0+) */
  markers: WriteTxnMarkersResponseWritableTxnMarkerResult[];
}

/** WriteTxnMarkersResponse WritableTxnMarkerResult, versions 0-1. */
export interface WriteTxnMarkersResponseWritableTxnMarkerResult {
  /** The current producer ID in use by the transactional ID. (versions 0+) */
  producerId: bigint;
  /** The results by topic. (versions 0+) */
  topics: WriteTxnMarkersResponseWritableTxnMarkerTopicResult[];
}

/** WriteTxnMarkersResponse WritableTxnMarkerTopicResult, versions 0-1. */
export interface WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  /** The topic name. (versions 0+) */
  name: string;
  /** The results by partition. (versions 0+) */
  partitions: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult[];
}

/** WriteTxnMarkersResponse WritableTxnMarkerPartitionResult, versions 0-1. */
export interface WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
}

/** A fresh WriteTxnMarkersResponse with every field at its schema default. */
export function defaultWriteTxnMarkersResponse(): WriteTxnMarkersResponse {
  return {
    markers: [],
  };
}

/** A fresh WriteTxnMarkersResponseWritableTxnMarkerResult with every field at its schema default. */
export function defaultWriteTxnMarkersResponseWritableTxnMarkerResult(): WriteTxnMarkersResponseWritableTxnMarkerResult {
  return {
    producerId: 0n,
    topics: [],
  };
}

/** A fresh WriteTxnMarkersResponseWritableTxnMarkerTopicResult with every field at its schema default. */
export function defaultWriteTxnMarkersResponseWritableTxnMarkerTopicResult(): WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  return {
    name: '',
    partitions: [],
  };
}

/** A fresh WriteTxnMarkersResponseWritableTxnMarkerPartitionResult with every field at its schema default. */
export function defaultWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(): WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
  return {
    partitionIndex: 0,
    errorCode: 0,
  };
}

function readWriteTxnMarkersResponse_Markers(r: Reader, version: number): WriteTxnMarkersResponseWritableTxnMarkerResult[] {
  const n = version >= 1 ? r.compactArrayLength(10) : r.arrayLength(10);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: WriteTxnMarkersResponseWritableTxnMarkerResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readWriteTxnMarkersResponseWritableTxnMarkerResult(r, version));
  return items;
}

function readWriteTxnMarkersResponse(r: Reader, version: number): WriteTxnMarkersResponse {
  r.field = 'Markers';
  const fMarkers: WriteTxnMarkersResponseWritableTxnMarkerResult[] = readWriteTxnMarkersResponse_Markers(r, version);
  if (version >= 1) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    markers: fMarkers,
  };
}

function readWriteTxnMarkersResponseWritableTxnMarkerResult_Topics(r: Reader, version: number): WriteTxnMarkersResponseWritableTxnMarkerTopicResult[] {
  const n = version >= 1 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: WriteTxnMarkersResponseWritableTxnMarkerTopicResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readWriteTxnMarkersResponseWritableTxnMarkerTopicResult(r, version));
  return items;
}

function readWriteTxnMarkersResponseWritableTxnMarkerResult(r: Reader, version: number): WriteTxnMarkersResponseWritableTxnMarkerResult {
  r.field = 'Markers.ProducerId';
  const fProducerId: bigint = r.int64();
  r.field = 'Markers.Topics';
  const fTopics: WriteTxnMarkersResponseWritableTxnMarkerTopicResult[] = readWriteTxnMarkersResponseWritableTxnMarkerResult_Topics(r, version);
  if (version >= 1) {
    r.field = 'Markers._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    producerId: fProducerId,
    topics: fTopics,
  };
}

function readWriteTxnMarkersResponseWritableTxnMarkerTopicResult_Partitions(r: Reader, version: number): WriteTxnMarkersResponseWritableTxnMarkerPartitionResult[] {
  const n = version >= 1 ? r.compactArrayLength(6) : r.arrayLength(6);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(r, version));
  return items;
}

function readWriteTxnMarkersResponseWritableTxnMarkerTopicResult(r: Reader, version: number): WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  r.field = 'Markers.Topics.Name';
  const fName: string = version >= 1 ? r.compactString() : r.string();
  r.field = 'Markers.Topics.Partitions';
  const fPartitions: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult[] = readWriteTxnMarkersResponseWritableTxnMarkerTopicResult_Partitions(r, version);
  if (version >= 1) {
    r.field = 'Markers.Topics._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    name: fName,
    partitions: fPartitions,
  };
}

function readWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(r: Reader, version: number): WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
  r.field = 'Markers.Topics.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Markers.Topics.Partitions.ErrorCode';
  const fErrorCode: number = r.int16();
  if (version >= 1) {
    r.field = 'Markers.Topics.Partitions._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    partitionIndex: fPartitionIndex,
    errorCode: fErrorCode,
  };
}

function writeWriteTxnMarkersResponse_Markers(w: Writer, version: number, items: WriteTxnMarkersResponseWritableTxnMarkerResult[]): void {
  version >= 1 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeWriteTxnMarkersResponseWritableTxnMarkerResult(w, version, item);
}

function writeWriteTxnMarkersResponse(w: Writer, version: number, v: WriteTxnMarkersResponse): void {
  writeWriteTxnMarkersResponse_Markers(w, version, v.markers);
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeWriteTxnMarkersResponseWritableTxnMarkerResult_Topics(w: Writer, version: number, items: WriteTxnMarkersResponseWritableTxnMarkerTopicResult[]): void {
  version >= 1 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeWriteTxnMarkersResponseWritableTxnMarkerTopicResult(w, version, item);
}

function writeWriteTxnMarkersResponseWritableTxnMarkerResult(w: Writer, version: number, v: WriteTxnMarkersResponseWritableTxnMarkerResult): void {
  w.int64(v.producerId);
  writeWriteTxnMarkersResponseWritableTxnMarkerResult_Topics(w, version, v.topics);
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeWriteTxnMarkersResponseWritableTxnMarkerTopicResult_Partitions(w: Writer, version: number, items: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult[]): void {
  version >= 1 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(w, version, item);
}

function writeWriteTxnMarkersResponseWritableTxnMarkerTopicResult(w: Writer, version: number, v: WriteTxnMarkersResponseWritableTxnMarkerTopicResult): void {
  version >= 1 ? w.compactString(v.name) : w.string(v.name);
  writeWriteTxnMarkersResponseWritableTxnMarkerTopicResult_Partitions(w, version, v.partitions);
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(w: Writer, version: number, v: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  if (version >= 1) {
    w.uvarint(0);
  }
}

export const WriteTxnMarkersResponseCodec: MessageCodec<WriteTxnMarkersResponse> = {
  name: 'WriteTxnMarkersResponse',
  apiKey: 27,
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 1,
  decode(r: Reader, version: number): WriteTxnMarkersResponse {
    if (version < 0 || version > 1) {
      r.fail(`unsupported version ${version}`);
      return defaultWriteTxnMarkersResponse();
    }
    return readWriteTxnMarkersResponse(r, version);
  },
  encode(w: Writer, version: number, value: WriteTxnMarkersResponse): void {
    if (version < 0 || version > 1) unsupportedVersion('WriteTxnMarkersResponse', version, 0, 1);
    writeWriteTxnMarkersResponse(w, version, value);
  },
  defaults: defaultWriteTxnMarkersResponse,
};
