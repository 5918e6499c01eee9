// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   SnapshotHeaderRecord.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** SnapshotHeaderRecord (data), versions 0. */
export interface SnapshotHeaderRecord {
  /** The version of the snapshot header record (versions 0+) */
  version: number;
  /** The append time of the last record from the log contained in this snapshot (versions 0+) */
  lastContainedLogTimestamp: bigint;
}

/** A fresh SnapshotHeaderRecord with every field at its schema default. */
export function defaultSnapshotHeaderRecord(): SnapshotHeaderRecord {
  return {
    version: 0,
    lastContainedLogTimestamp: 0n,
  };
}

function readSnapshotHeaderRecord(r: Reader, _version: number): SnapshotHeaderRecord {
  r.field = 'Version';
  const fVersion: number = r.int16();
  r.field = 'LastContainedLogTimestamp';
  const fLastContainedLogTimestamp: bigint = r.int64();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    version: fVersion,
    lastContainedLogTimestamp: fLastContainedLogTimestamp,
  };
}

function writeSnapshotHeaderRecord(w: Writer, _version: number, v: SnapshotHeaderRecord): void {
  w.int16(v.version);
  w.int64(v.lastContainedLogTimestamp);
  w.uvarint(0);
}

export const SnapshotHeaderRecordCodec: MessageCodec<SnapshotHeaderRecord> = {
  name: 'SnapshotHeaderRecord',
  apiKey: -1,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): SnapshotHeaderRecord {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultSnapshotHeaderRecord();
    }
    return readSnapshotHeaderRecord(r, version);
  },
  encode(w: Writer, version: number, value: SnapshotHeaderRecord): void {
    if (version < 0 || version > 0) unsupportedVersion('SnapshotHeaderRecord', version, 0, 0);
    writeSnapshotHeaderRecord(w, version, value);
  },
  defaults: defaultSnapshotHeaderRecord,
};
