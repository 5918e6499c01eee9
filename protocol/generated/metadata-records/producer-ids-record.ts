// Code generated from Apache Kafka's metadata record schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0, kafka-metadata-4.4.0.jar, common/metadata/
//   ProducerIdsRecord.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate:metadata (tsx protocol/generator/metadata-main.ts build/kafka-4.4.0/libs/kafka-metadata-4.4.0.jar protocol/generated/metadata-records)

import type { Reader, Writer } from '../../primitives';
import { type MessageCodec, unsupportedVersion } from '../../generator/runtime';

/** ProducerIdsRecord (metadata, API key 15), versions 0. */
export interface ProducerIdsRecord {
  /** The ID of the requesting broker (versions 0+) */
  brokerId: number;
  /** The epoch of the requesting broker (versions 0+, default -1) */
  brokerEpoch: bigint;
  /** The next producerId that will be assigned (i.e. the first producerId in the next assigned block) (versions 0+) */
  nextProducerId: bigint;
}

/** A fresh ProducerIdsRecord with every field at its schema default. */
export function defaultProducerIdsRecord(): ProducerIdsRecord {
  return {
    brokerId: 0,
    brokerEpoch: -1n,
    nextProducerId: 0n,
  };
}

function readProducerIdsRecord(r: Reader, _version: number): ProducerIdsRecord {
  r.field = 'BrokerId';
  const fBrokerId: number = r.int32();
  r.field = 'BrokerEpoch';
  const fBrokerEpoch: bigint = r.int64();
  r.field = 'NextProducerId';
  const fNextProducerId: bigint = r.int64();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    brokerId: fBrokerId,
    brokerEpoch: fBrokerEpoch,
    nextProducerId: fNextProducerId,
  };
}

function writeProducerIdsRecord(w: Writer, _version: number, v: ProducerIdsRecord): void {
  w.int32(v.brokerId);
  w.int64(v.brokerEpoch);
  w.int64(v.nextProducerId);
  w.uvarint(0);
}

export const ProducerIdsRecordCodec: MessageCodec<ProducerIdsRecord> = {
  name: 'ProducerIdsRecord',
  apiKey: 15,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): ProducerIdsRecord {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultProducerIdsRecord();
    }
    return readProducerIdsRecord(r, version);
  },
  encode(w: Writer, version: number, value: ProducerIdsRecord): void {
    if (version < 0 || version > 0) unsupportedVersion('ProducerIdsRecord', version, 0, 0);
    writeProducerIdsRecord(w, version, value);
  },
  defaults: defaultProducerIdsRecord,
};
