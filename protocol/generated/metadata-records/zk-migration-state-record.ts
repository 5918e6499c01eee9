// Code generated from Apache Kafka's metadata record schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0, kafka-metadata-4.4.0.jar, common/metadata/
//   ZkMigrationRecord.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate:metadata (tsx protocol/generator/metadata-main.ts build/kafka-4.4.0/libs/kafka-metadata-4.4.0.jar protocol/generated/metadata-records)

import type { Reader, Writer } from '../../primitives';
import { type MessageCodec, unsupportedVersion } from '../../generator/runtime';

/** ZkMigrationStateRecord (metadata, API key 21), versions 0. */
export interface ZkMigrationStateRecord {
  /** One of the possible migration states. (versions 0+) */
  zkMigrationState: number;
}

/** A fresh ZkMigrationStateRecord with every field at its schema default. */
export function defaultZkMigrationStateRecord(): ZkMigrationStateRecord {
  return {
    zkMigrationState: 0,
  };
}

function readZkMigrationStateRecord(r: Reader, _version: number): ZkMigrationStateRecord {
  r.field = 'ZkMigrationState';
  const fZkMigrationState: number = r.int8();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    zkMigrationState: fZkMigrationState,
  };
}

function writeZkMigrationStateRecord(w: Writer, _version: number, v: ZkMigrationStateRecord): void {
  w.int8(v.zkMigrationState);
  w.uvarint(0);
}

export const ZkMigrationStateRecordCodec: MessageCodec<ZkMigrationStateRecord> = {
  name: 'ZkMigrationStateRecord',
  apiKey: 21,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): ZkMigrationStateRecord {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultZkMigrationStateRecord();
    }
    return readZkMigrationStateRecord(r, version);
  },
  encode(w: Writer, version: number, value: ZkMigrationStateRecord): void {
    if (version < 0 || version > 0) unsupportedVersion('ZkMigrationStateRecord', version, 0, 0);
    writeZkMigrationStateRecord(w, version, value);
  },
  defaults: defaultZkMigrationStateRecord,
};
