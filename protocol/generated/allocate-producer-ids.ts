// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   AllocateProducerIdsRequest.json, AllocateProducerIdsResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** AllocateProducerIdsRequest (request, API key 67), versions 0. */
export interface AllocateProducerIdsRequest {
  /** The ID of the requesting broker (versions 0+) */
  brokerId: number;
  /** The epoch of the requesting broker (versions 0+, default -1) */
  brokerEpoch: bigint;
}

/** A fresh AllocateProducerIdsRequest with every field at its schema default. */
export function defaultAllocateProducerIdsRequest(): AllocateProducerIdsRequest {
  return {
    brokerId: 0,
    brokerEpoch: -1n,
  };
}

function readAllocateProducerIdsRequest(r: Reader, _version: number): AllocateProducerIdsRequest {
  r.field = 'BrokerId';
  const fBrokerId: number = r.int32();
  r.field = 'BrokerEpoch';
  const fBrokerEpoch: bigint = r.int64();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    brokerId: fBrokerId,
    brokerEpoch: fBrokerEpoch,
  };
}

function writeAllocateProducerIdsRequest(w: Writer, _version: number, v: AllocateProducerIdsRequest): void {
  w.int32(v.brokerId);
  w.int64(v.brokerEpoch);
  w.uvarint(0);
}

export const AllocateProducerIdsRequestCodec: MessageCodec<AllocateProducerIdsRequest> = {
  name: 'AllocateProducerIdsRequest',
  apiKey: 67,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): AllocateProducerIdsRequest {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultAllocateProducerIdsRequest();
    }
    return readAllocateProducerIdsRequest(r, version);
  },
  encode(w: Writer, version: number, value: AllocateProducerIdsRequest): void {
    if (version < 0 || version > 0) unsupportedVersion('AllocateProducerIdsRequest', version, 0, 0);
    writeAllocateProducerIdsRequest(w, version, value);
  },
  defaults: defaultAllocateProducerIdsRequest,
};

/** AllocateProducerIdsResponse (response, API key 67), versions 0. */
export interface AllocateProducerIdsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The top level response error code (versions 0+) */
  errorCode: number;
  /** The first producer ID in this range, inclusive (versions 0+) */
  producerIdStart: bigint;
  /** The number of producer IDs in this range (versions 0+) */
  producerIdLen: number;
}

/** A fresh AllocateProducerIdsResponse with every field at its schema default. */
export function defaultAllocateProducerIdsResponse(): AllocateProducerIdsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    producerIdStart: 0n,
    producerIdLen: 0,
  };
}

function readAllocateProducerIdsResponse(r: Reader, _version: number): AllocateProducerIdsResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'ProducerIdStart';
  const fProducerIdStart: bigint = r.int64();
  r.field = 'ProducerIdLen';
  const fProducerIdLen: number = r.int32();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
    producerIdStart: fProducerIdStart,
    producerIdLen: fProducerIdLen,
  };
}

function writeAllocateProducerIdsResponse(w: Writer, _version: number, v: AllocateProducerIdsResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.int64(v.producerIdStart);
  w.int32(v.producerIdLen);
  w.uvarint(0);
}

export const AllocateProducerIdsResponseCodec: MessageCodec<AllocateProducerIdsResponse> = {
  name: 'AllocateProducerIdsResponse',
  apiKey: 67,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): AllocateProducerIdsResponse {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultAllocateProducerIdsResponse();
    }
    return readAllocateProducerIdsResponse(r, version);
  },
  encode(w: Writer, version: number, value: AllocateProducerIdsResponse): void {
    if (version < 0 || version > 0) unsupportedVersion('AllocateProducerIdsResponse', version, 0, 0);
    writeAllocateProducerIdsResponse(w, version, value);
  },
  defaults: defaultAllocateProducerIdsResponse,
};
