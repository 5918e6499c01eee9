// Code generated from Apache Kafka's metadata record schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0, kafka-metadata-4.4.0.jar, common/metadata/
//   BeginTransactionRecord.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate:metadata (tsx protocol/generator/metadata-main.ts build/kafka-4.4.0/libs/kafka-metadata-4.4.0.jar protocol/generated/metadata-records)

import type { Reader, Writer } from '../../primitives';
import { type MessageCodec, endTaggedField, unsupportedVersion, writeTaggedField } from '../../generator/runtime';

/** BeginTransactionRecord (metadata, API key 23), versions 0. */
export interface BeginTransactionRecord {
  /** An optional textual description of this transaction. (versions 0+, nullable 0+, tag 0 in 0+, default null) */
  name: string | null;
}

/** A fresh BeginTransactionRecord with every field at its schema default. */
export function defaultBeginTransactionRecord(): BeginTransactionRecord {
  return {
    name: null,
  };
}

function readBeginTransactionRecord(r: Reader, _version: number): BeginTransactionRecord {
  let fName: string | null = null;
  r.field = '_tagged_fields';
  const tagCount = r.uvarint();
  for (let i = 0; i < tagCount && !r.failed; i++) {
    const tag = r.uvarint();
    const size = r.uvarint();
    switch (tag) {
      case 0: {
        r.field = 'Name';
        const end = r.pos + size;
        fName = r.compactNullableString();
        endTaggedField(r, end);
        break;
      }
      default:
        r.skip(size);
    }
  }
  return {
    name: fName,
  };
}

function writeBeginTransactionRecord(w: Writer, _version: number, v: BeginTransactionRecord): void {
  const writeName = v.name !== null;
  w.uvarint((writeName ? 1 : 0));
  if (writeName) {
    writeTaggedField(w, 0, (w) => {
      w.compactNullableString(v.name);
    });
  }
}

export const BeginTransactionRecordCodec: MessageCodec<BeginTransactionRecord> = {
  name: 'BeginTransactionRecord',
  apiKey: 23,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): BeginTransactionRecord {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultBeginTransactionRecord();
    }
    return readBeginTransactionRecord(r, version);
  },
  encode(w: Writer, version: number, value: BeginTransactionRecord): void {
    if (version < 0 || version > 0) unsupportedVersion('BeginTransactionRecord', version, 0, 0);
    writeBeginTransactionRecord(w, version, value);
  },
  defaults: defaultBeginTransactionRecord,
};
