// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   SaslHandshakeRequest.json, SaslHandshakeResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** SaslHandshakeRequest (request, API key 17), versions 0-1. */
export interface SaslHandshakeRequest {
  /** The SASL mechanism chosen by the client. (versions 0+) */
  mechanism: string;
}

/** A fresh SaslHandshakeRequest with every field at its schema default. */
export function defaultSaslHandshakeRequest(): SaslHandshakeRequest {
  return {
    mechanism: '',
  };
}

function readSaslHandshakeRequest(r: Reader, _version: number): SaslHandshakeRequest {
  r.field = 'Mechanism';
  const fMechanism: string = r.string();
  return {
    mechanism: fMechanism,
  };
}

function writeSaslHandshakeRequest(w: Writer, _version: number, v: SaslHandshakeRequest): void {
  w.string(v.mechanism);
}

export const SaslHandshakeRequestCodec: MessageCodec<SaslHandshakeRequest> = {
  name: 'SaslHandshakeRequest',
  apiKey: 17,
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: null,
  decode(r: Reader, version: number): SaslHandshakeRequest {
    if (version < 0 || version > 1) {
      r.fail(`unsupported version ${version}`);
      return defaultSaslHandshakeRequest();
    }
    return readSaslHandshakeRequest(r, version);
  },
  encode(w: Writer, version: number, value: SaslHandshakeRequest): void {
    if (version < 0 || version > 1) unsupportedVersion('SaslHandshakeRequest', version, 0, 1);
    writeSaslHandshakeRequest(w, version, value);
  },
  defaults: defaultSaslHandshakeRequest,
};

/** SaslHandshakeResponse (response, API key 17), versions 0-1. */
export interface SaslHandshakeResponse {
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The mechanisms enabled in the server. (versions 0+) */
  mechanisms: string[];
}

/** A fresh SaslHandshakeResponse with every field at its schema default. */
export function defaultSaslHandshakeResponse(): SaslHandshakeResponse {
  return {
    errorCode: 0,
    mechanisms: [],
  };
}

function readSaslHandshakeResponse_Mechanisms(r: Reader, _version: number): string[] {
  const n = r.arrayLength(2);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: string[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.string());
  return items;
}

function readSaslHandshakeResponse(r: Reader, version: number): SaslHandshakeResponse {
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Mechanisms';
  const fMechanisms: string[] = readSaslHandshakeResponse_Mechanisms(r, version);
  return {
    errorCode: fErrorCode,
    mechanisms: fMechanisms,
  };
}

function writeSaslHandshakeResponse_Mechanisms(w: Writer, _version: number, items: string[]): void {
  w.int32(items.length);
  for (const item of items) w.string(item);
}

function writeSaslHandshakeResponse(w: Writer, version: number, v: SaslHandshakeResponse): void {
  w.int16(v.errorCode);
  writeSaslHandshakeResponse_Mechanisms(w, version, v.mechanisms);
}

export const SaslHandshakeResponseCodec: MessageCodec<SaslHandshakeResponse> = {
  name: 'SaslHandshakeResponse',
  apiKey: 17,
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: null,
  decode(r: Reader, version: number): SaslHandshakeResponse {
    if (version < 0 || version > 1) {
      r.fail(`unsupported version ${version}`);
      return defaultSaslHandshakeResponse();
    }
    return readSaslHandshakeResponse(r, version);
  },
  encode(w: Writer, version: number, value: SaslHandshakeResponse): void {
    if (version < 0 || version > 1) unsupportedVersion('SaslHandshakeResponse', version, 0, 1);
    writeSaslHandshakeResponse(w, version, value);
  },
  defaults: defaultSaslHandshakeResponse,
};
