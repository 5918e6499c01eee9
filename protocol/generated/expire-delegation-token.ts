// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   ExpireDelegationTokenRequest.json, ExpireDelegationTokenResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, EMPTY_BYTES, unsupportedVersion } from '../generator/runtime';

/** ExpireDelegationTokenRequest (request, API key 40), versions 0-2. */
export interface ExpireDelegationTokenRequest {
  /** The HMAC of the delegation token to be expired. (versions 0+) */
  hmac: Buffer;
  /** The expiry time period in milliseconds. (versions 0+) */
  expiryTimePeriodMs: bigint;
}

/** A fresh ExpireDelegationTokenRequest with every field at its schema default. */
export function defaultExpireDelegationTokenRequest(): ExpireDelegationTokenRequest {
  return {
    hmac: EMPTY_BYTES,
    expiryTimePeriodMs: 0n,
  };
}

function readExpireDelegationTokenRequest(r: Reader, version: number): ExpireDelegationTokenRequest {
  r.field = 'Hmac';
  const fHmac: Buffer = version >= 2 ? r.compactBytes() : r.bytes();
  r.field = 'ExpiryTimePeriodMs';
  const fExpiryTimePeriodMs: bigint = r.int64();
  if (version >= 2) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    hmac: fHmac,
    expiryTimePeriodMs: fExpiryTimePeriodMs,
  };
}

function writeExpireDelegationTokenRequest(w: Writer, version: number, v: ExpireDelegationTokenRequest): void {
  version >= 2 ? w.compactBytes(v.hmac) : w.bytes(v.hmac);
  w.int64(v.expiryTimePeriodMs);
  if (version >= 2) {
    w.uvarint(0);
  }
}

export const ExpireDelegationTokenRequestCodec: MessageCodec<ExpireDelegationTokenRequest> = {
  name: 'ExpireDelegationTokenRequest',
  apiKey: 40,
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  decode(r: Reader, version: number): ExpireDelegationTokenRequest {
    if (version < 0 || version > 2) {
      r.fail(`unsupported version ${version}`);
      return defaultExpireDelegationTokenRequest();
    }
    return readExpireDelegationTokenRequest(r, version);
  },
  encode(w: Writer, version: number, value: ExpireDelegationTokenRequest): void {
    if (version < 0 || version > 2) unsupportedVersion('ExpireDelegationTokenRequest', version, 0, 2);
    writeExpireDelegationTokenRequest(w, version, value);
  },
  defaults: defaultExpireDelegationTokenRequest,
};

/** ExpireDelegationTokenResponse (response, API key 40), versions 0-2. */
export interface ExpireDelegationTokenResponse {
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The timestamp in milliseconds at which this token expires. (versions 0+) */
  expiryTimestampMs: bigint;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
}

/** A fresh ExpireDelegationTokenResponse with every field at its schema default. */
export function defaultExpireDelegationTokenResponse(): ExpireDelegationTokenResponse {
  return {
    errorCode: 0,
    expiryTimestampMs: 0n,
    throttleTimeMs: 0,
  };
}

function readExpireDelegationTokenResponse(r: Reader, version: number): ExpireDelegationTokenResponse {
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'ExpiryTimestampMs';
  const fExpiryTimestampMs: bigint = r.int64();
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  if (version >= 2) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    errorCode: fErrorCode,
    expiryTimestampMs: fExpiryTimestampMs,
    throttleTimeMs: fThrottleTimeMs,
  };
}

function writeExpireDelegationTokenResponse(w: Writer, version: number, v: ExpireDelegationTokenResponse): void {
  w.int16(v.errorCode);
  w.int64(v.expiryTimestampMs);
  w.int32(v.throttleTimeMs);
  if (version >= 2) {
    w.uvarint(0);
  }
}

export const ExpireDelegationTokenResponseCodec: MessageCodec<ExpireDelegationTokenResponse> = {
  name: 'ExpireDelegationTokenResponse',
  apiKey: 40,
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  decode(r: Reader, version: number): ExpireDelegationTokenResponse {
    if (version < 0 || version > 2) {
      r.fail(`unsupported version ${version}`);
      return defaultExpireDelegationTokenResponse();
    }
    return readExpireDelegationTokenResponse(r, version);
  },
  encode(w: Writer, version: number, value: ExpireDelegationTokenResponse): void {
    if (version < 0 || version > 2) unsupportedVersion('ExpireDelegationTokenResponse', version, 0, 2);
    writeExpireDelegationTokenResponse(w, version, value);
  },
  defaults: defaultExpireDelegationTokenResponse,
};
