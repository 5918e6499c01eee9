// Code generated from Apache Kafka's metadata record schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0, kafka-metadata-4.4.0.jar, common/metadata/
//   EndTransactionRecord.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate:metadata (tsx protocol/generator/metadata-main.ts build/kafka-4.4.0/libs/kafka-metadata-4.4.0.jar protocol/generated/metadata-records)

import type { Reader, Writer } from '../../primitives';
import { type MessageCodec, unsupportedVersion } from '../../generator/runtime';

/** EndTransactionRecord (metadata, API key 24), versions 0. */
export interface EndTransactionRecord {
}

/** A fresh EndTransactionRecord with every field at its schema default. */
export function defaultEndTransactionRecord(): EndTransactionRecord {
  return {
  };
}

function readEndTransactionRecord(r: Reader, _version: number): EndTransactionRecord {
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
  };
}

function writeEndTransactionRecord(w: Writer, _version: number, _v: EndTransactionRecord): void {
  w.uvarint(0);
}

export const EndTransactionRecordCodec: MessageCodec<EndTransactionRecord> = {
  name: 'EndTransactionRecord',
  apiKey: 24,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): EndTransactionRecord {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultEndTransactionRecord();
    }
    return readEndTransactionRecord(r, version);
  },
  encode(w: Writer, version: number, value: EndTransactionRecord): void {
    if (version < 0 || version > 0) unsupportedVersion('EndTransactionRecord', version, 0, 0);
    writeEndTransactionRecord(w, version, value);
  },
  defaults: defaultEndTransactionRecord,
};
