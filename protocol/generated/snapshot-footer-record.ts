// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   SnapshotFooterRecord.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** SnapshotFooterRecord (data), versions 0. */
export interface SnapshotFooterRecord {
  /** The version of the snapshot footer record (versions 0+) */
  version: number;
}

/** A fresh SnapshotFooterRecord with every field at its schema default. */
export function defaultSnapshotFooterRecord(): SnapshotFooterRecord {
  return {
    version: 0,
  };
}

function readSnapshotFooterRecord(r: Reader, _version: number): SnapshotFooterRecord {
  r.field = 'Version';
  const fVersion: number = r.int16();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    version: fVersion,
  };
}

function writeSnapshotFooterRecord(w: Writer, _version: number, v: SnapshotFooterRecord): void {
  w.int16(v.version);
  w.uvarint(0);
}

export const SnapshotFooterRecordCodec: MessageCodec<SnapshotFooterRecord> = {
  name: 'SnapshotFooterRecord',
  apiKey: -1,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): SnapshotFooterRecord {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultSnapshotFooterRecord();
    }
    return readSnapshotFooterRecord(r, version);
  },
  encode(w: Writer, version: number, value: SnapshotFooterRecord): void {
    if (version < 0 || version > 0) unsupportedVersion('SnapshotFooterRecord', version, 0, 0);
    writeSnapshotFooterRecord(w, version, value);
  },
  defaults: defaultSnapshotFooterRecord,
};
