// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   RequestHeader.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** RequestHeader (header), versions 0-2. */
export interface RequestHeader {
  /** The API key of this request. (versions 0+) */
  requestApiKey: number;
  /** The API version of this request. (versions 0+) */
  requestApiVersion: number;
  /** The correlation ID of this request. (versions 0+) */
  correlationId: number;
  /** The client ID string. (versions 1+, nullable 1+) */
  clientId: string | null;
}

/** A fresh RequestHeader with every field at its schema default. */
export function defaultRequestHeader(): RequestHeader {
  return {
    requestApiKey: 0,
    requestApiVersion: 0,
    correlationId: 0,
    clientId: '',
  };
}

function readRequestHeader(r: Reader, version: number): RequestHeader {
  r.field = 'RequestApiKey';
  const fRequestApiKey: number = r.int16();
  r.field = 'RequestApiVersion';
  const fRequestApiVersion: number = r.int16();
  r.field = 'CorrelationId';
  const fCorrelationId: number = r.int32();
  r.field = 'ClientId';
  const fClientId: string | null = version >= 1 ? r.nullableString() : '';
  if (version >= 2) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    requestApiKey: fRequestApiKey,
    requestApiVersion: fRequestApiVersion,
    correlationId: fCorrelationId,
    clientId: fClientId,
  };
}

function writeRequestHeader(w: Writer, version: number, v: RequestHeader): void {
  w.int16(v.requestApiKey);
  w.int16(v.requestApiVersion);
  w.int32(v.correlationId);
  if (version >= 1) {
    w.nullableString(v.clientId);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

export const RequestHeaderCodec: MessageCodec<RequestHeader> = {
  name: 'RequestHeader',
  apiKey: -1,
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  decode(r: Reader, version: number): RequestHeader {
    if (version < 0 || version > 2) {
      r.fail(`unsupported version ${version}`);
      return defaultRequestHeader();
    }
    return readRequestHeader(r, version);
  },
  encode(w: Writer, version: number, value: RequestHeader): void {
    if (version < 0 || version > 2) unsupportedVersion('RequestHeader', version, 0, 2);
    writeRequestHeader(w, version, value);
  },
  defaults: defaultRequestHeader,
};
