// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   EnvelopeRequest.json, EnvelopeResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, EMPTY_BYTES, unsupportedVersion } from '../generator/runtime';

/** EnvelopeRequest (request, API key 58), versions 0. */
export interface EnvelopeRequest {
  /** The embedded request header and data. (versions 0+) */
  requestData: Buffer;
  /** Value of the initial client principal when the request is redirected by a broker. (versions 0+, nullable 0+) */
  requestPrincipal: Buffer | null;
  /** The original client's address in bytes. (versions 0+) */
  clientHostAddress: Buffer;
}

/** A fresh EnvelopeRequest with every field at its schema default. */
export function defaultEnvelopeRequest(): EnvelopeRequest {
  return {
    requestData: EMPTY_BYTES,
    requestPrincipal: EMPTY_BYTES,
    clientHostAddress: EMPTY_BYTES,
  };
}

function readEnvelopeRequest(r: Reader, _version: number): EnvelopeRequest {
  r.field = 'RequestData';
  const fRequestData: Buffer = r.compactBytes();
  r.field = 'RequestPrincipal';
  const fRequestPrincipal: Buffer | null = r.compactNullableBytes();
  r.field = 'ClientHostAddress';
  const fClientHostAddress: Buffer = r.compactBytes();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    requestData: fRequestData,
    requestPrincipal: fRequestPrincipal,
    clientHostAddress: fClientHostAddress,
  };
}

function writeEnvelopeRequest(w: Writer, _version: number, v: EnvelopeRequest): void {
  w.compactBytes(v.requestData);
  w.compactNullableBytes(v.requestPrincipal);
  w.compactBytes(v.clientHostAddress);
  w.uvarint(0);
}

export const EnvelopeRequestCodec: MessageCodec<EnvelopeRequest> = {
  name: 'EnvelopeRequest',
  apiKey: 58,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): EnvelopeRequest {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultEnvelopeRequest();
    }
    return readEnvelopeRequest(r, version);
  },
  encode(w: Writer, version: number, value: EnvelopeRequest): void {
    if (version < 0 || version > 0) unsupportedVersion('EnvelopeRequest', version, 0, 0);
    writeEnvelopeRequest(w, version, value);
  },
  defaults: defaultEnvelopeRequest,
};

/** EnvelopeResponse (response, API key 58), versions 0. */
export interface EnvelopeResponse {
  /** The embedded response header and data. (versions 0+, nullable 0+, default null) */
  responseData: Buffer | null;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
}

/** A fresh EnvelopeResponse with every field at its schema default. */
export function defaultEnvelopeResponse(): EnvelopeResponse {
  return {
    responseData: null,
    errorCode: 0,
  };
}

function readEnvelopeResponse(r: Reader, _version: number): EnvelopeResponse {
  r.field = 'ResponseData';
  const fResponseData: Buffer | null = r.compactNullableBytes();
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    responseData: fResponseData,
    errorCode: fErrorCode,
  };
}

function writeEnvelopeResponse(w: Writer, _version: number, v: EnvelopeResponse): void {
  w.compactNullableBytes(v.responseData);
  w.int16(v.errorCode);
  w.uvarint(0);
}

export const EnvelopeResponseCodec: MessageCodec<EnvelopeResponse> = {
  name: 'EnvelopeResponse',
  apiKey: 58,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): EnvelopeResponse {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultEnvelopeResponse();
    }
    return readEnvelopeResponse(r, version);
  },
  encode(w: Writer, version: number, value: EnvelopeResponse): void {
    if (version < 0 || version > 0) unsupportedVersion('EnvelopeResponse', version, 0, 0);
    writeEnvelopeResponse(w, version, value);
  },
  defaults: defaultEnvelopeResponse,
};
