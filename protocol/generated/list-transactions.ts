// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0 (kafka-clients-4.4.0.jar, common/message/), its lowest versions
//   checked equal to apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99's (protocol/generator/overlay.ts)
//   ListTransactionsRequest.json, ListTransactionsResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, notInVersion, unsupportedVersion } from '../generator/runtime';

/** ListTransactionsRequest (request, API key 66), versions 0-2. */
export interface ListTransactionsRequest {
  /** The transaction states to filter by: if empty, all transactions are returned; if non-empty, then only transactions matching one of the filtered states will be returned. (versions 0+) */
  stateFilters: string[];
  /** The producerIds to filter by: if empty, all transactions will be returned; if non-empty, only transactions which match one of the filtered producerIds will be returned. (versions 0+) */
  producerIdFilters: bigint[];
  /** Duration (in millis) to filter by: if < 0, all transactions will be returned; otherwise, only transactions running longer than this duration will be returned. (versions 1+, default -1) */
  durationFilter: bigint;
  /** The transactional ID regular expression pattern to filter by: if it is empty or null, all transactions are returned; Otherwise then only the transactions matching the given regular expression will be returned. (versions 2+, nullable 2+, default null) */
  transactionalIdPattern: string | null;
}

/** A fresh ListTransactionsRequest with every field at its schema default. */
export function defaultListTransactionsRequest(): ListTransactionsRequest {
  return {
    stateFilters: [],
    producerIdFilters: [],
    durationFilter: -1n,
    transactionalIdPattern: null,
  };
}

function readListTransactionsRequest_StateFilters(r: Reader, _version: number): string[] {
  const n = r.compactArrayLength(1);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: string[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.compactString());
  return items;
}

function readListTransactionsRequest_ProducerIdFilters(r: Reader, _version: number): bigint[] {
  const n = r.compactArrayLength(8);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: bigint[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int64());
  return items;
}

function readListTransactionsRequest(r: Reader, version: number): ListTransactionsRequest {
  r.field = 'StateFilters';
  const fStateFilters: string[] = readListTransactionsRequest_StateFilters(r, version);
  r.field = 'ProducerIdFilters';
  const fProducerIdFilters: bigint[] = readListTransactionsRequest_ProducerIdFilters(r, version);
  r.field = 'DurationFilter';
  const fDurationFilter: bigint = version >= 1 ? r.int64() : -1n;
  r.field = 'TransactionalIdPattern';
  const fTransactionalIdPattern: string | null = version >= 2 ? r.compactNullableString() : null;
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    stateFilters: fStateFilters,
    producerIdFilters: fProducerIdFilters,
    durationFilter: fDurationFilter,
    transactionalIdPattern: fTransactionalIdPattern,
  };
}

function writeListTransactionsRequest_StateFilters(w: Writer, _version: number, items: string[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.compactString(item);
}

function writeListTransactionsRequest_ProducerIdFilters(w: Writer, _version: number, items: bigint[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.int64(item);
}

function writeListTransactionsRequest(w: Writer, version: number, v: ListTransactionsRequest): void {
  writeListTransactionsRequest_StateFilters(w, version, v.stateFilters);
  writeListTransactionsRequest_ProducerIdFilters(w, version, v.producerIdFilters);
  if (version >= 1) {
    w.int64(v.durationFilter);
  } else if (v.durationFilter !== -1n) {
    notInVersion('ListTransactionsRequest', version, 'DurationFilter');
  }
  if (version >= 2) {
    w.compactNullableString(v.transactionalIdPattern);
  } else if (v.transactionalIdPattern !== null) {
    notInVersion('ListTransactionsRequest', version, 'TransactionalIdPattern');
  }
  w.uvarint(0);
}

export const ListTransactionsRequestCodec: MessageCodec<ListTransactionsRequest> = {
  name: 'ListTransactionsRequest',
  apiKey: 66,
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 0,
  decode(r: Reader, version: number): ListTransactionsRequest {
    if (version < 0 || version > 2) {
      r.fail(`unsupported version ${version}`);
      return defaultListTransactionsRequest();
    }
    return readListTransactionsRequest(r, version);
  },
  encode(w: Writer, version: number, value: ListTransactionsRequest): void {
    if (version < 0 || version > 2) unsupportedVersion('ListTransactionsRequest', version, 0, 2);
    writeListTransactionsRequest(w, version, value);
  },
  defaults: defaultListTransactionsRequest,
};

/** ListTransactionsResponse (response, API key 66), versions 0-2. */
export interface ListTransactionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** Set of state filters provided in the request which were unknown to the transaction coordinator. (versions 0+) */
  unknownStateFilters: string[];
  /** The current state of the transaction for the transactional id. (versions 0+) */
  transactionStates: ListTransactionsResponseTransactionState[];
}

/** ListTransactionsResponse TransactionState, versions 0-2. */
export interface ListTransactionsResponseTransactionState {
  /** The transactional id. (versions 0+) */
  transactionalId: string;
  /** The producer id. (versions 0+) */
  producerId: bigint;
  /** The current transaction state of the producer. (versions 0+) */
  transactionState: string;
}

/** A fresh ListTransactionsResponse with every field at its schema default. */
export function defaultListTransactionsResponse(): ListTransactionsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    unknownStateFilters: [],
    transactionStates: [],
  };
}

/** A fresh ListTransactionsResponseTransactionState with every field at its schema default. */
export function defaultListTransactionsResponseTransactionState(): ListTransactionsResponseTransactionState {
  return {
    transactionalId: '',
    producerId: 0n,
    transactionState: '',
  };
}

function readListTransactionsResponse_UnknownStateFilters(r: Reader, _version: number): string[] {
  const n = r.compactArrayLength(1);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: string[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.compactString());
  return items;
}

function readListTransactionsResponse_TransactionStates(r: Reader, version: number): ListTransactionsResponseTransactionState[] {
  const n = r.compactArrayLength(11);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ListTransactionsResponseTransactionState[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readListTransactionsResponseTransactionState(r, version));
  return items;
}

function readListTransactionsResponse(r: Reader, version: number): ListTransactionsResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'UnknownStateFilters';
  const fUnknownStateFilters: string[] = readListTransactionsResponse_UnknownStateFilters(r, version);
  r.field = 'TransactionStates';
  const fTransactionStates: ListTransactionsResponseTransactionState[] = readListTransactionsResponse_TransactionStates(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
    unknownStateFilters: fUnknownStateFilters,
    transactionStates: fTransactionStates,
  };
}

function readListTransactionsResponseTransactionState(r: Reader, _version: number): ListTransactionsResponseTransactionState {
  r.field = 'TransactionStates.TransactionalId';
  const fTransactionalId: string = r.compactString();
  r.field = 'TransactionStates.ProducerId';
  const fProducerId: bigint = r.int64();
  r.field = 'TransactionStates.TransactionState';
  const fTransactionState: string = r.compactString();
  r.field = 'TransactionStates._tagged_fields';
  r.skipTaggedFields();
  return {
    transactionalId: fTransactionalId,
    producerId: fProducerId,
    transactionState: fTransactionState,
  };
}

function writeListTransactionsResponse_UnknownStateFilters(w: Writer, _version: number, items: string[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.compactString(item);
}

function writeListTransactionsResponse_TransactionStates(w: Writer, version: number, items: ListTransactionsResponseTransactionState[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeListTransactionsResponseTransactionState(w, version, item);
}

function writeListTransactionsResponse(w: Writer, version: number, v: ListTransactionsResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  writeListTransactionsResponse_UnknownStateFilters(w, version, v.unknownStateFilters);
  writeListTransactionsResponse_TransactionStates(w, version, v.transactionStates);
  w.uvarint(0);
}

function writeListTransactionsResponseTransactionState(w: Writer, _version: number, v: ListTransactionsResponseTransactionState): void {
  w.compactString(v.transactionalId);
  w.int64(v.producerId);
  w.compactString(v.transactionState);
  w.uvarint(0);
}

export const ListTransactionsResponseCodec: MessageCodec<ListTransactionsResponse> = {
  name: 'ListTransactionsResponse',
  apiKey: 66,
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 0,
  decode(r: Reader, version: number): ListTransactionsResponse {
    if (version < 0 || version > 2) {
      r.fail(`unsupported version ${version}`);
      return defaultListTransactionsResponse();
    }
    return readListTransactionsResponse(r, version);
  },
  encode(w: Writer, version: number, value: ListTransactionsResponse): void {
    if (version < 0 || version > 2) unsupportedVersion('ListTransactionsResponse', version, 0, 2);
    writeListTransactionsResponse(w, version, value);
  },
  defaults: defaultListTransactionsResponse,
};
