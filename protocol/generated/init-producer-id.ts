// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   InitProducerIdRequest.json, InitProducerIdResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, notInVersion, unsupportedVersion } from '../generator/runtime';

/** InitProducerIdRequest (request, API key 22), versions 0-5. */
export interface InitProducerIdRequest {
  /** The transactional id, or null if the producer is not transactional. (versions 0+, nullable 0+) */
  transactionalId: string | null;
  /** The time in ms to wait before aborting idle transactions sent by this producer. This is only relevant if a TransactionalId has been defined. (versions 0+) */
  transactionTimeoutMs: number;
  /** The producer id. This is used to disambiguate requests if a transactional id is reused following its expiration. (versions 3+, default -1) */
  producerId: bigint;
  /** The producer's current epoch. This will be checked against the producer epoch on the broker, and the request will return an error if they do not match. (versions 3+, default -1) */
  producerEpoch: number;
}

/** A fresh InitProducerIdRequest with every field at its schema default. */
export function defaultInitProducerIdRequest(): InitProducerIdRequest {
  return {
    transactionalId: '',
    transactionTimeoutMs: 0,
    producerId: -1n,
    producerEpoch: -1,
  };
}

function readInitProducerIdRequest(r: Reader, version: number): InitProducerIdRequest {
  r.field = 'TransactionalId';
  const fTransactionalId: string | null = version >= 2 ? r.compactNullableString() : r.nullableString();
  r.field = 'TransactionTimeoutMs';
  const fTransactionTimeoutMs: number = r.int32();
  r.field = 'ProducerId';
  const fProducerId: bigint = version >= 3 ? r.int64() : -1n;
  r.field = 'ProducerEpoch';
  const fProducerEpoch: number = version >= 3 ? r.int16() : -1;
  if (version >= 2) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    transactionalId: fTransactionalId,
    transactionTimeoutMs: fTransactionTimeoutMs,
    producerId: fProducerId,
    producerEpoch: fProducerEpoch,
  };
}

function writeInitProducerIdRequest(w: Writer, version: number, v: InitProducerIdRequest): void {
  version >= 2 ? w.compactNullableString(v.transactionalId) : w.nullableString(v.transactionalId);
  w.int32(v.transactionTimeoutMs);
  if (version >= 3) {
    w.int64(v.producerId);
  } else if (v.producerId !== -1n) {
    notInVersion('InitProducerIdRequest', version, 'ProducerId');
  }
  if (version >= 3) {
    w.int16(v.producerEpoch);
  } else if (v.producerEpoch !== -1) {
    notInVersion('InitProducerIdRequest', version, 'ProducerEpoch');
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

export const InitProducerIdRequestCodec: MessageCodec<InitProducerIdRequest> = {
  name: 'InitProducerIdRequest',
  apiKey: 22,
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 2,
  decode(r: Reader, version: number): InitProducerIdRequest {
    if (version < 0 || version > 5) {
      r.fail(`unsupported version ${version}`);
      return defaultInitProducerIdRequest();
    }
    return readInitProducerIdRequest(r, version);
  },
  encode(w: Writer, version: number, value: InitProducerIdRequest): void {
    if (version < 0 || version > 5) unsupportedVersion('InitProducerIdRequest', version, 0, 5);
    writeInitProducerIdRequest(w, version, value);
  },
  defaults: defaultInitProducerIdRequest,
};

/** InitProducerIdResponse (response, API key 22), versions 0-5. */
export interface InitProducerIdResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The current producer id. (versions 0+, default -1) */
  producerId: bigint;
  /** The current epoch associated with the producer id. (versions 0+) */
  producerEpoch: number;
}

/** A fresh InitProducerIdResponse with every field at its schema default. */
export function defaultInitProducerIdResponse(): InitProducerIdResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    producerId: -1n,
    producerEpoch: 0,
  };
}

function readInitProducerIdResponse(r: Reader, version: number): InitProducerIdResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'ProducerId';
  const fProducerId: bigint = r.int64();
  r.field = 'ProducerEpoch';
  const fProducerEpoch: number = r.int16();
  if (version >= 2) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
    producerId: fProducerId,
    producerEpoch: fProducerEpoch,
  };
}

function writeInitProducerIdResponse(w: Writer, version: number, v: InitProducerIdResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  if (version >= 2) {
    w.uvarint(0);
  }
}

export const InitProducerIdResponseCodec: MessageCodec<InitProducerIdResponse> = {
  name: 'InitProducerIdResponse',
  apiKey: 22,
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 2,
  decode(r: Reader, version: number): InitProducerIdResponse {
    if (version < 0 || version > 5) {
      r.fail(`unsupported version ${version}`);
      return defaultInitProducerIdResponse();
    }
    return readInitProducerIdResponse(r, version);
  },
  encode(w: Writer, version: number, value: InitProducerIdResponse): void {
    if (version < 0 || version > 5) unsupportedVersion('InitProducerIdResponse', version, 0, 5);
    writeInitProducerIdResponse(w, version, value);
  },
  defaults: defaultInitProducerIdResponse,
};
