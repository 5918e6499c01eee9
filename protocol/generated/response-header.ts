// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   ResponseHeader.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** ResponseHeader (header), versions 0-1. */
export interface ResponseHeader {
  /** The correlation ID of this response. (versions 0+) */
  correlationId: number;
}

/** A fresh ResponseHeader with every field at its schema default. */
export function defaultResponseHeader(): ResponseHeader {
  return {
    correlationId: 0,
  };
}

function readResponseHeader(r: Reader, version: number): ResponseHeader {
  r.field = 'CorrelationId';
  const fCorrelationId: number = r.int32();
  if (version >= 1) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    correlationId: fCorrelationId,
  };
}

function writeResponseHeader(w: Writer, version: number, v: ResponseHeader): void {
  w.int32(v.correlationId);
  if (version >= 1) {
    w.uvarint(0);
  }
}

export const ResponseHeaderCodec: MessageCodec<ResponseHeader> = {
  name: 'ResponseHeader',
  apiKey: -1,
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 1,
  decode(r: Reader, version: number): ResponseHeader {
    if (version < 0 || version > 1) {
      r.fail(`unsupported version ${version}`);
      return defaultResponseHeader();
    }
    return readResponseHeader(r, version);
  },
  encode(w: Writer, version: number, value: ResponseHeader): void {
    if (version < 0 || version > 1) unsupportedVersion('ResponseHeader', version, 0, 1);
    writeResponseHeader(w, version, value);
  },
  defaults: defaultResponseHeader,
};
