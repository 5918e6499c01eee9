// Code generated from Apache Kafka's metadata record schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0, kafka-metadata-4.4.0.jar, common/metadata/
//   FeatureLevelRecord.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate:metadata (tsx protocol/generator/metadata-main.ts build/kafka-4.4.0/libs/kafka-metadata-4.4.0.jar protocol/generated/metadata-records)

import type { Reader, Writer } from '../../primitives';
import { type MessageCodec, unsupportedVersion } from '../../generator/runtime';

/** FeatureLevelRecord (metadata, API key 12), versions 0. */
export interface FeatureLevelRecord {
  /** The feature name. (versions 0+) */
  name: string;
  /** The current finalized feature level of this feature for the cluster, a value of 0 means feature not supported. (versions 0+) */
  featureLevel: number;
}

/** A fresh FeatureLevelRecord with every field at its schema default. */
export function defaultFeatureLevelRecord(): FeatureLevelRecord {
  return {
    name: '',
    featureLevel: 0,
  };
}

function readFeatureLevelRecord(r: Reader, _version: number): FeatureLevelRecord {
  r.field = 'Name';
  const fName: string = r.compactString();
  r.field = 'FeatureLevel';
  const fFeatureLevel: number = r.int16();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    name: fName,
    featureLevel: fFeatureLevel,
  };
}

function writeFeatureLevelRecord(w: Writer, _version: number, v: FeatureLevelRecord): void {
  w.compactString(v.name);
  w.int16(v.featureLevel);
  w.uvarint(0);
}

export const FeatureLevelRecordCodec: MessageCodec<FeatureLevelRecord> = {
  name: 'FeatureLevelRecord',
  apiKey: 12,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): FeatureLevelRecord {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultFeatureLevelRecord();
    }
    return readFeatureLevelRecord(r, version);
  },
  encode(w: Writer, version: number, value: FeatureLevelRecord): void {
    if (version < 0 || version > 0) unsupportedVersion('FeatureLevelRecord', version, 0, 0);
    writeFeatureLevelRecord(w, version, value);
  },
  defaults: defaultFeatureLevelRecord,
};
