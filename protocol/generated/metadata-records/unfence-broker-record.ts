// Code generated from Apache Kafka's metadata record schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0, kafka-metadata-4.4.0.jar, common/metadata/
//   UnfenceBrokerRecord.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate:metadata (tsx protocol/generator/metadata-main.ts build/kafka-4.4.0/libs/kafka-metadata-4.4.0.jar protocol/generated/metadata-records)

import type { Reader, Writer } from '../../primitives';
import { type MessageCodec, unsupportedVersion } from '../../generator/runtime';

/** UnfenceBrokerRecord (metadata, API key 8), versions 0. */
export interface UnfenceBrokerRecord {
  /** The broker ID to unfence. (versions 0+) */
  id: number;
  /** The epoch of the broker to unfence. (versions 0+) */
  epoch: bigint;
}

/** A fresh UnfenceBrokerRecord with every field at its schema default. */
export function defaultUnfenceBrokerRecord(): UnfenceBrokerRecord {
  return {
    id: 0,
    epoch: 0n,
  };
}

function readUnfenceBrokerRecord(r: Reader, _version: number): UnfenceBrokerRecord {
  r.field = 'Id';
  const fId: number = r.int32();
  r.field = 'Epoch';
  const fEpoch: bigint = r.int64();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    id: fId,
    epoch: fEpoch,
  };
}

function writeUnfenceBrokerRecord(w: Writer, _version: number, v: UnfenceBrokerRecord): void {
  w.int32(v.id);
  w.int64(v.epoch);
  w.uvarint(0);
}

export const UnfenceBrokerRecordCodec: MessageCodec<UnfenceBrokerRecord> = {
  name: 'UnfenceBrokerRecord',
  apiKey: 8,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): UnfenceBrokerRecord {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultUnfenceBrokerRecord();
    }
    return readUnfenceBrokerRecord(r, version);
  },
  encode(w: Writer, version: number, value: UnfenceBrokerRecord): void {
    if (version < 0 || version > 0) unsupportedVersion('UnfenceBrokerRecord', version, 0, 0);
    writeUnfenceBrokerRecord(w, version, value);
  },
  defaults: defaultUnfenceBrokerRecord,
};
