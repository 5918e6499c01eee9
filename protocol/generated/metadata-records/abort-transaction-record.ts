// Code generated from Apache Kafka's metadata record schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0, kafka-metadata-4.4.0.jar, common/metadata/
//   AbortTransactionRecord.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate:metadata (tsx protocol/generator/metadata-main.ts build/kafka-4.4.0/libs/kafka-metadata-4.4.0.jar protocol/generated/metadata-records)

import type { Reader, Writer } from '../../primitives';
import { type MessageCodec, endTaggedField, unsupportedVersion, writeTaggedField } from '../../generator/runtime';

/** AbortTransactionRecord (metadata, API key 25), versions 0. */
export interface AbortTransactionRecord {
  /** An optional textual description of why the transaction was aborted. (versions 0+, nullable 0+, tag 0 in 0+, default null) */
  reason: string | null;
}

/** A fresh AbortTransactionRecord with every field at its schema default. */
export function defaultAbortTransactionRecord(): AbortTransactionRecord {
  return {
    reason: null,
  };
}

function readAbortTransactionRecord(r: Reader, _version: number): AbortTransactionRecord {
  let fReason: string | null = null;
  r.field = '_tagged_fields';
  const tagCount = r.uvarint();
  for (let i = 0; i < tagCount && !r.failed; i++) {
    const tag = r.uvarint();
    const size = r.uvarint();
    switch (tag) {
      case 0: {
        r.field = 'Reason';
        const end = r.pos + size;
        fReason = r.compactNullableString();
        endTaggedField(r, end);
        break;
      }
      default:
        r.skip(size);
    }
  }
  return {
    reason: fReason,
  };
}

function writeAbortTransactionRecord(w: Writer, _version: number, v: AbortTransactionRecord): void {
  const writeReason = v.reason !== null;
  w.uvarint((writeReason ? 1 : 0));
  if (writeReason) {
    writeTaggedField(w, 0, (w) => {
      w.compactNullableString(v.reason);
    });
  }
}

export const AbortTransactionRecordCodec: MessageCodec<AbortTransactionRecord> = {
  name: 'AbortTransactionRecord',
  apiKey: 25,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): AbortTransactionRecord {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultAbortTransactionRecord();
    }
    return readAbortTransactionRecord(r, version);
  },
  encode(w: Writer, version: number, value: AbortTransactionRecord): void {
    if (version < 0 || version > 0) unsupportedVersion('AbortTransactionRecord', version, 0, 0);
    writeAbortTransactionRecord(w, version, value);
  },
  defaults: defaultAbortTransactionRecord,
};
