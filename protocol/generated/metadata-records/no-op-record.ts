// Code generated from Apache Kafka's metadata record schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0, kafka-metadata-4.4.0.jar, common/metadata/
//   NoOpRecord.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate:metadata (tsx protocol/generator/metadata-main.ts build/kafka-4.4.0/libs/kafka-metadata-4.4.0.jar protocol/generated/metadata-records)

import type { Reader, Writer } from '../../primitives';
import { type MessageCodec, unsupportedVersion } from '../../generator/runtime';

/** NoOpRecord (metadata, API key 20), versions 0. */
export interface NoOpRecord {
}

/** A fresh NoOpRecord with every field at its schema default. */
export function defaultNoOpRecord(): NoOpRecord {
  return {
  };
}

function readNoOpRecord(r: Reader, _version: number): NoOpRecord {
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
  };
}

function writeNoOpRecord(w: Writer, _version: number, _v: NoOpRecord): void {
  w.uvarint(0);
}

export const NoOpRecordCodec: MessageCodec<NoOpRecord> = {
  name: 'NoOpRecord',
  apiKey: 20,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): NoOpRecord {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultNoOpRecord();
    }
    return readNoOpRecord(r, version);
  },
  encode(w: Writer, version: number, value: NoOpRecord): void {
    if (version < 0 || version > 0) unsupportedVersion('NoOpRecord', version, 0, 0);
    writeNoOpRecord(w, version, value);
  },
  defaults: defaultNoOpRecord,
};
