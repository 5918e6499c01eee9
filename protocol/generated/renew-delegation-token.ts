// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   RenewDelegationTokenRequest.json, RenewDelegationTokenResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, EMPTY_BYTES, unsupportedVersion } from '../generator/runtime';

/** RenewDelegationTokenRequest (request, API key 39), versions 0-2. */
export interface RenewDelegationTokenRequest {
  /** The HMAC of the delegation token to be renewed. (versions 0+) */
  hmac: Buffer;
  /** The renewal time period in milliseconds. (versions 0+) */
  renewPeriodMs: bigint;
}

/** A fresh RenewDelegationTokenRequest with every field at its schema default. */
export function defaultRenewDelegationTokenRequest(): RenewDelegationTokenRequest {
  return {
    hmac: EMPTY_BYTES,
    renewPeriodMs: 0n,
  };
}

function readRenewDelegationTokenRequest(r: Reader, version: number): RenewDelegationTokenRequest {
  r.field = 'Hmac';
  const fHmac: Buffer = version >= 2 ? r.compactBytes() : r.bytes();
  r.field = 'RenewPeriodMs';
  const fRenewPeriodMs: bigint = r.int64();
  if (version >= 2) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    hmac: fHmac,
    renewPeriodMs: fRenewPeriodMs,
  };
}

function writeRenewDelegationTokenRequest(w: Writer, version: number, v: RenewDelegationTokenRequest): void {
  version >= 2 ? w.compactBytes(v.hmac) : w.bytes(v.hmac);
  w.int64(v.renewPeriodMs);
  if (version >= 2) {
    w.uvarint(0);
  }
}

export const RenewDelegationTokenRequestCodec: MessageCodec<RenewDelegationTokenRequest> = {
  name: 'RenewDelegationTokenRequest',
  apiKey: 39,
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  decode(r: Reader, version: number): RenewDelegationTokenRequest {
    if (version < 0 || version > 2) {
      r.fail(`unsupported version ${version}`);
      return defaultRenewDelegationTokenRequest();
    }
    return readRenewDelegationTokenRequest(r, version);
  },
  encode(w: Writer, version: number, value: RenewDelegationTokenRequest): void {
    if (version < 0 || version > 2) unsupportedVersion('RenewDelegationTokenRequest', version, 0, 2);
    writeRenewDelegationTokenRequest(w, version, value);
  },
  defaults: defaultRenewDelegationTokenRequest,
};

/** RenewDelegationTokenResponse (response, API key 39), versions 0-2. */
export interface RenewDelegationTokenResponse {
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The timestamp in milliseconds at which this token expires. (versions 0+) */
  expiryTimestampMs: bigint;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
}

/** A fresh RenewDelegationTokenResponse with every field at its schema default. */
export function defaultRenewDelegationTokenResponse(): RenewDelegationTokenResponse {
  return {
    errorCode: 0,
    expiryTimestampMs: 0n,
    throttleTimeMs: 0,
  };
}

function readRenewDelegationTokenResponse(r: Reader, version: number): RenewDelegationTokenResponse {
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

function writeRenewDelegationTokenResponse(w: Writer, version: number, v: RenewDelegationTokenResponse): void {
  w.int16(v.errorCode);
  w.int64(v.expiryTimestampMs);
  w.int32(v.throttleTimeMs);
  if (version >= 2) {
    w.uvarint(0);
  }
}

export const RenewDelegationTokenResponseCodec: MessageCodec<RenewDelegationTokenResponse> = {
  name: 'RenewDelegationTokenResponse',
  apiKey: 39,
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  decode(r: Reader, version: number): RenewDelegationTokenResponse {
    if (version < 0 || version > 2) {
      r.fail(`unsupported version ${version}`);
      return defaultRenewDelegationTokenResponse();
    }
    return readRenewDelegationTokenResponse(r, version);
  },
  encode(w: Writer, version: number, value: RenewDelegationTokenResponse): void {
    if (version < 0 || version > 2) unsupportedVersion('RenewDelegationTokenResponse', version, 0, 2);
    writeRenewDelegationTokenResponse(w, version, value);
  },
  defaults: defaultRenewDelegationTokenResponse,
};
