// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0 (kafka-clients-4.4.0.jar, common/message/), its lowest versions
//   checked equal to apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99's (protocol/generator/overlay.ts)
//   EndTxnRequest.json, EndTxnResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** EndTxnRequest (request, API key 26), versions 0-5. */
export interface EndTxnRequest {
  /** The ID of the transaction to end. (versions 0+) */
  transactionalId: string;
  /** The producer ID. (versions 0+) */
  producerId: bigint;
  /** The current epoch associated with the producer. (versions 0+) */
  producerEpoch: number;
  /** True if the transaction was committed, false if it was aborted. (versions 0+) */
  committed: boolean;
}

/** A fresh EndTxnRequest with every field at its schema default. */
export function defaultEndTxnRequest(): EndTxnRequest {
  return {
    transactionalId: '',
    producerId: 0n,
    producerEpoch: 0,
    committed: false,
  };
}

function readEndTxnRequest(r: Reader, version: number): EndTxnRequest {
  r.field = 'TransactionalId';
  const fTransactionalId: string = version >= 3 ? r.compactString() : r.string();
  r.field = 'ProducerId';
  const fProducerId: bigint = r.int64();
  r.field = 'ProducerEpoch';
  const fProducerEpoch: number = r.int16();
  r.field = 'Committed';
  const fCommitted: boolean = r.bool();
  if (version >= 3) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    transactionalId: fTransactionalId,
    producerId: fProducerId,
    producerEpoch: fProducerEpoch,
    committed: fCommitted,
  };
}

function writeEndTxnRequest(w: Writer, version: number, v: EndTxnRequest): void {
  version >= 3 ? w.compactString(v.transactionalId) : w.string(v.transactionalId);
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  w.bool(v.committed);
  if (version >= 3) {
    w.uvarint(0);
  }
}

export const EndTxnRequestCodec: MessageCodec<EndTxnRequest> = {
  name: 'EndTxnRequest',
  apiKey: 26,
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 3,
  decode(r: Reader, version: number): EndTxnRequest {
    if (version < 0 || version > 5) {
      r.fail(`unsupported version ${version}`);
      return defaultEndTxnRequest();
    }
    return readEndTxnRequest(r, version);
  },
  encode(w: Writer, version: number, value: EndTxnRequest): void {
    if (version < 0 || version > 5) unsupportedVersion('EndTxnRequest', version, 0, 5);
    writeEndTxnRequest(w, version, value);
  },
  defaults: defaultEndTxnRequest,
};

/** EndTxnResponse (response, API key 26), versions 0-5. */
export interface EndTxnResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The producer ID. (versions 5+, default -1) */
  producerId: bigint;
  /** The current epoch associated with the producer. (versions 5+, default -1) */
  producerEpoch: number;
}

/** A fresh EndTxnResponse with every field at its schema default. */
export function defaultEndTxnResponse(): EndTxnResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    producerId: -1n,
    producerEpoch: -1,
  };
}

function readEndTxnResponse(r: Reader, version: number): EndTxnResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'ProducerId';
  const fProducerId: bigint = version >= 5 ? r.int64() : -1n;
  r.field = 'ProducerEpoch';
  const fProducerEpoch: number = version >= 5 ? r.int16() : -1;
  if (version >= 3) {
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

function writeEndTxnResponse(w: Writer, version: number, v: EndTxnResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  if (version >= 5) {
    w.int64(v.producerId);
  }
  if (version >= 5) {
    w.int16(v.producerEpoch);
  }
  if (version >= 3) {
    w.uvarint(0);
  }
}

export const EndTxnResponseCodec: MessageCodec<EndTxnResponse> = {
  name: 'EndTxnResponse',
  apiKey: 26,
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 3,
  decode(r: Reader, version: number): EndTxnResponse {
    if (version < 0 || version > 5) {
      r.fail(`unsupported version ${version}`);
      return defaultEndTxnResponse();
    }
    return readEndTxnResponse(r, version);
  },
  encode(w: Writer, version: number, value: EndTxnResponse): void {
    if (version < 0 || version > 5) unsupportedVersion('EndTxnResponse', version, 0, 5);
    writeEndTxnResponse(w, version, value);
  },
  defaults: defaultEndTxnResponse,
};
