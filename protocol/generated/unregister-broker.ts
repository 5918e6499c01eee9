// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   UnregisterBrokerRequest.json, UnregisterBrokerResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** UnregisterBrokerRequest (request, API key 64), versions 0. */
export interface UnregisterBrokerRequest {
  /** The broker ID to unregister. (versions 0+) */
  brokerId: number;
}

/** A fresh UnregisterBrokerRequest with every field at its schema default. */
export function defaultUnregisterBrokerRequest(): UnregisterBrokerRequest {
  return {
    brokerId: 0,
  };
}

function readUnregisterBrokerRequest(r: Reader, _version: number): UnregisterBrokerRequest {
  r.field = 'BrokerId';
  const fBrokerId: number = r.int32();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    brokerId: fBrokerId,
  };
}

function writeUnregisterBrokerRequest(w: Writer, _version: number, v: UnregisterBrokerRequest): void {
  w.int32(v.brokerId);
  w.uvarint(0);
}

export const UnregisterBrokerRequestCodec: MessageCodec<UnregisterBrokerRequest> = {
  name: 'UnregisterBrokerRequest',
  apiKey: 64,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): UnregisterBrokerRequest {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultUnregisterBrokerRequest();
    }
    return readUnregisterBrokerRequest(r, version);
  },
  encode(w: Writer, version: number, value: UnregisterBrokerRequest): void {
    if (version < 0 || version > 0) unsupportedVersion('UnregisterBrokerRequest', version, 0, 0);
    writeUnregisterBrokerRequest(w, version, value);
  },
  defaults: defaultUnregisterBrokerRequest,
};

/** UnregisterBrokerResponse (response, API key 64), versions 0. */
export interface UnregisterBrokerResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The top-level error message, or `null` if there was no top-level error. (versions 0+, nullable 0+) */
  errorMessage: string | null;
}

/** A fresh UnregisterBrokerResponse with every field at its schema default. */
export function defaultUnregisterBrokerResponse(): UnregisterBrokerResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: '',
  };
}

function readUnregisterBrokerResponse(r: Reader, _version: number): UnregisterBrokerResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'ErrorMessage';
  const fErrorMessage: string | null = r.compactNullableString();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
  };
}

function writeUnregisterBrokerResponse(w: Writer, _version: number, v: UnregisterBrokerResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0);
}

export const UnregisterBrokerResponseCodec: MessageCodec<UnregisterBrokerResponse> = {
  name: 'UnregisterBrokerResponse',
  apiKey: 64,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): UnregisterBrokerResponse {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultUnregisterBrokerResponse();
    }
    return readUnregisterBrokerResponse(r, version);
  },
  encode(w: Writer, version: number, value: UnregisterBrokerResponse): void {
    if (version < 0 || version > 0) unsupportedVersion('UnregisterBrokerResponse', version, 0, 0);
    writeUnregisterBrokerResponse(w, version, value);
  },
  defaults: defaultUnregisterBrokerResponse,
};
