// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   SaslAuthenticateRequest.json, SaslAuthenticateResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, EMPTY_BYTES, unsupportedVersion } from '../generator/runtime';

/** SaslAuthenticateRequest (request, API key 36), versions 0-2. */
export interface SaslAuthenticateRequest {
  /** The SASL authentication bytes from the client, as defined by the SASL mechanism. (versions 0+) */
  authBytes: Buffer;
}

/** A fresh SaslAuthenticateRequest with every field at its schema default. */
export function defaultSaslAuthenticateRequest(): SaslAuthenticateRequest {
  return {
    authBytes: EMPTY_BYTES,
  };
}

function readSaslAuthenticateRequest(r: Reader, version: number): SaslAuthenticateRequest {
  r.field = 'AuthBytes';
  const fAuthBytes: Buffer = version >= 2 ? r.compactBytes() : r.bytes();
  if (version >= 2) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    authBytes: fAuthBytes,
  };
}

function writeSaslAuthenticateRequest(w: Writer, version: number, v: SaslAuthenticateRequest): void {
  version >= 2 ? w.compactBytes(v.authBytes) : w.bytes(v.authBytes);
  if (version >= 2) {
    w.uvarint(0);
  }
}

export const SaslAuthenticateRequestCodec: MessageCodec<SaslAuthenticateRequest> = {
  name: 'SaslAuthenticateRequest',
  apiKey: 36,
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  decode(r: Reader, version: number): SaslAuthenticateRequest {
    if (version < 0 || version > 2) {
      r.fail(`unsupported version ${version}`);
      return defaultSaslAuthenticateRequest();
    }
    return readSaslAuthenticateRequest(r, version);
  },
  encode(w: Writer, version: number, value: SaslAuthenticateRequest): void {
    if (version < 0 || version > 2) unsupportedVersion('SaslAuthenticateRequest', version, 0, 2);
    writeSaslAuthenticateRequest(w, version, value);
  },
  defaults: defaultSaslAuthenticateRequest,
};

/** SaslAuthenticateResponse (response, API key 36), versions 0-2. */
export interface SaslAuthenticateResponse {
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 0+, nullable 0+) */
  errorMessage: string | null;
  /** The SASL authentication bytes from the server, as defined by the SASL mechanism. (versions 0+) */
  authBytes: Buffer;
  /** Number of milliseconds after which only re-authentication over the existing connection to create a new session can occur. (versions 1+, default 0) */
  sessionLifetimeMs: bigint;
}

/** A fresh SaslAuthenticateResponse with every field at its schema default. */
export function defaultSaslAuthenticateResponse(): SaslAuthenticateResponse {
  return {
    errorCode: 0,
    errorMessage: '',
    authBytes: EMPTY_BYTES,
    sessionLifetimeMs: 0n,
  };
}

function readSaslAuthenticateResponse(r: Reader, version: number): SaslAuthenticateResponse {
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'ErrorMessage';
  const fErrorMessage: string | null = version >= 2 ? r.compactNullableString() : r.nullableString();
  r.field = 'AuthBytes';
  const fAuthBytes: Buffer = version >= 2 ? r.compactBytes() : r.bytes();
  r.field = 'SessionLifetimeMs';
  const fSessionLifetimeMs: bigint = version >= 1 ? r.int64() : 0n;
  if (version >= 2) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
    authBytes: fAuthBytes,
    sessionLifetimeMs: fSessionLifetimeMs,
  };
}

function writeSaslAuthenticateResponse(w: Writer, version: number, v: SaslAuthenticateResponse): void {
  w.int16(v.errorCode);
  version >= 2 ? w.compactNullableString(v.errorMessage) : w.nullableString(v.errorMessage);
  version >= 2 ? w.compactBytes(v.authBytes) : w.bytes(v.authBytes);
  if (version >= 1) {
    w.int64(v.sessionLifetimeMs);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

export const SaslAuthenticateResponseCodec: MessageCodec<SaslAuthenticateResponse> = {
  name: 'SaslAuthenticateResponse',
  apiKey: 36,
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  decode(r: Reader, version: number): SaslAuthenticateResponse {
    if (version < 0 || version > 2) {
      r.fail(`unsupported version ${version}`);
      return defaultSaslAuthenticateResponse();
    }
    return readSaslAuthenticateResponse(r, version);
  },
  encode(w: Writer, version: number, value: SaslAuthenticateResponse): void {
    if (version < 0 || version > 2) unsupportedVersion('SaslAuthenticateResponse', version, 0, 2);
    writeSaslAuthenticateResponse(w, version, value);
  },
  defaults: defaultSaslAuthenticateResponse,
};
