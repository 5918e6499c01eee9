// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   AddOffsetsToTxnRequest.json, AddOffsetsToTxnResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** AddOffsetsToTxnRequest (request, API key 25), versions 0-4. */
export interface AddOffsetsToTxnRequest {
  /** The transactional id corresponding to the transaction. (versions 0+) */
  transactionalId: string;
  /** Current producer id in use by the transactional id. (versions 0+) */
  producerId: bigint;
  /** Current epoch associated with the producer id. (versions 0+) */
  producerEpoch: number;
  /** The unique group identifier. (versions 0+) */
  groupId: string;
}

/** A fresh AddOffsetsToTxnRequest with every field at its schema default. */
export function defaultAddOffsetsToTxnRequest(): AddOffsetsToTxnRequest {
  return {
    transactionalId: '',
    producerId: 0n,
    producerEpoch: 0,
    groupId: '',
  };
}

function readAddOffsetsToTxnRequest(r: Reader, version: number): AddOffsetsToTxnRequest {
  r.field = 'TransactionalId';
  const fTransactionalId: string = version >= 3 ? r.compactString() : r.string();
  r.field = 'ProducerId';
  const fProducerId: bigint = r.int64();
  r.field = 'ProducerEpoch';
  const fProducerEpoch: number = r.int16();
  r.field = 'GroupId';
  const fGroupId: string = version >= 3 ? r.compactString() : r.string();
  if (version >= 3) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    transactionalId: fTransactionalId,
    producerId: fProducerId,
    producerEpoch: fProducerEpoch,
    groupId: fGroupId,
  };
}

function writeAddOffsetsToTxnRequest(w: Writer, version: number, v: AddOffsetsToTxnRequest): void {
  version >= 3 ? w.compactString(v.transactionalId) : w.string(v.transactionalId);
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  version >= 3 ? w.compactString(v.groupId) : w.string(v.groupId);
  if (version >= 3) {
    w.uvarint(0);
  }
}

export const AddOffsetsToTxnRequestCodec: MessageCodec<AddOffsetsToTxnRequest> = {
  name: 'AddOffsetsToTxnRequest',
  apiKey: 25,
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 3,
  decode(r: Reader, version: number): AddOffsetsToTxnRequest {
    if (version < 0 || version > 4) {
      r.fail(`unsupported version ${version}`);
      return defaultAddOffsetsToTxnRequest();
    }
    return readAddOffsetsToTxnRequest(r, version);
  },
  encode(w: Writer, version: number, value: AddOffsetsToTxnRequest): void {
    if (version < 0 || version > 4) unsupportedVersion('AddOffsetsToTxnRequest', version, 0, 4);
    writeAddOffsetsToTxnRequest(w, version, value);
  },
  defaults: defaultAddOffsetsToTxnRequest,
};

/** AddOffsetsToTxnResponse (response, API key 25), versions 0-4. */
export interface AddOffsetsToTxnResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The response error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
}

/** A fresh AddOffsetsToTxnResponse with every field at its schema default. */
export function defaultAddOffsetsToTxnResponse(): AddOffsetsToTxnResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
  };
}

function readAddOffsetsToTxnResponse(r: Reader, version: number): AddOffsetsToTxnResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  if (version >= 3) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
  };
}

function writeAddOffsetsToTxnResponse(w: Writer, version: number, v: AddOffsetsToTxnResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  if (version >= 3) {
    w.uvarint(0);
  }
}

export const AddOffsetsToTxnResponseCodec: MessageCodec<AddOffsetsToTxnResponse> = {
  name: 'AddOffsetsToTxnResponse',
  apiKey: 25,
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 3,
  decode(r: Reader, version: number): AddOffsetsToTxnResponse {
    if (version < 0 || version > 4) {
      r.fail(`unsupported version ${version}`);
      return defaultAddOffsetsToTxnResponse();
    }
    return readAddOffsetsToTxnResponse(r, version);
  },
  encode(w: Writer, version: number, value: AddOffsetsToTxnResponse): void {
    if (version < 0 || version > 4) unsupportedVersion('AddOffsetsToTxnResponse', version, 0, 4);
    writeAddOffsetsToTxnResponse(w, version, value);
  },
  defaults: defaultAddOffsetsToTxnResponse,
};
