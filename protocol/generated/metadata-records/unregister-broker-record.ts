// Code generated from Apache Kafka's metadata record schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0, kafka-metadata-4.4.0.jar, common/metadata/
//   UnregisterBrokerRecord.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate:metadata (tsx protocol/generator/metadata-main.ts build/kafka-4.4.0/libs/kafka-metadata-4.4.0.jar protocol/generated/metadata-records)

import type { Reader, Writer } from '../../primitives';
import { type MessageCodec, unsupportedVersion } from '../../generator/runtime';

/** UnregisterBrokerRecord (metadata, API key 1), versions 0. */
export interface UnregisterBrokerRecord {
  /** The broker id. (versions 0+) */
  brokerId: number;
  /** The broker epoch. (versions 0+) */
  brokerEpoch: bigint;
}

/** A fresh UnregisterBrokerRecord with every field at its schema default. */
export function defaultUnregisterBrokerRecord(): UnregisterBrokerRecord {
  return {
    brokerId: 0,
    brokerEpoch: 0n,
  };
}

function readUnregisterBrokerRecord(r: Reader, _version: number): UnregisterBrokerRecord {
  r.field = 'BrokerId';
  const fBrokerId: number = r.int32();
  r.field = 'BrokerEpoch';
  const fBrokerEpoch: bigint = r.int64();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    brokerId: fBrokerId,
    brokerEpoch: fBrokerEpoch,
  };
}

function writeUnregisterBrokerRecord(w: Writer, _version: number, v: UnregisterBrokerRecord): void {
  w.int32(v.brokerId);
  w.int64(v.brokerEpoch);
  w.uvarint(0);
}

export const UnregisterBrokerRecordCodec: MessageCodec<UnregisterBrokerRecord> = {
  name: 'UnregisterBrokerRecord',
  apiKey: 1,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): UnregisterBrokerRecord {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultUnregisterBrokerRecord();
    }
    return readUnregisterBrokerRecord(r, version);
  },
  encode(w: Writer, version: number, value: UnregisterBrokerRecord): void {
    if (version < 0 || version > 0) unsupportedVersion('UnregisterBrokerRecord', version, 0, 0);
    writeUnregisterBrokerRecord(w, version, value);
  },
  defaults: defaultUnregisterBrokerRecord,
};
