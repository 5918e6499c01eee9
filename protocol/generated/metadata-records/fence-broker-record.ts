// Code generated from Apache Kafka's metadata record schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0, kafka-metadata-4.4.0.jar, common/metadata/
//   FenceBrokerRecord.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate:metadata (tsx protocol/generator/metadata-main.ts build/kafka-4.4.0/libs/kafka-metadata-4.4.0.jar protocol/generated/metadata-records)

import type { Reader, Writer } from '../../primitives';
import { type MessageCodec, unsupportedVersion } from '../../generator/runtime';

/** FenceBrokerRecord (metadata, API key 7), versions 0. */
export interface FenceBrokerRecord {
  /** The broker ID to fence. It will be removed from all ISRs. (versions 0+) */
  id: number;
  /** The epoch of the broker to fence. (versions 0+) */
  epoch: bigint;
}

/** A fresh FenceBrokerRecord with every field at its schema default. */
export function defaultFenceBrokerRecord(): FenceBrokerRecord {
  return {
    id: 0,
    epoch: 0n,
  };
}

function readFenceBrokerRecord(r: Reader, _version: number): FenceBrokerRecord {
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

function writeFenceBrokerRecord(w: Writer, _version: number, v: FenceBrokerRecord): void {
  w.int32(v.id);
  w.int64(v.epoch);
  w.uvarint(0);
}

export const FenceBrokerRecordCodec: MessageCodec<FenceBrokerRecord> = {
  name: 'FenceBrokerRecord',
  apiKey: 7,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): FenceBrokerRecord {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultFenceBrokerRecord();
    }
    return readFenceBrokerRecord(r, version);
  },
  encode(w: Writer, version: number, value: FenceBrokerRecord): void {
    if (version < 0 || version > 0) unsupportedVersion('FenceBrokerRecord', version, 0, 0);
    writeFenceBrokerRecord(w, version, value);
  },
  defaults: defaultFenceBrokerRecord,
};
