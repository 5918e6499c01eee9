// Code generated from Apache Kafka's metadata record schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0, kafka-metadata-4.4.0.jar, common/metadata/
//   ConfigRecord.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate:metadata (tsx protocol/generator/metadata-main.ts build/kafka-4.4.0/libs/kafka-metadata-4.4.0.jar protocol/generated/metadata-records)

import type { Reader, Writer } from '../../primitives';
import { type MessageCodec, unsupportedVersion } from '../../generator/runtime';

/** ConfigRecord (metadata, API key 4), versions 0. */
export interface ConfigRecord {
  /** The type of resource this configuration applies to. (versions 0+) */
  resourceType: number;
  /** The name of the resource this configuration applies to. (versions 0+) */
  resourceName: string;
  /** The name of the configuration key. (versions 0+) */
  name: string;
  /** The value of the configuration, or null if the it should be deleted. (versions 0+, nullable 0+) */
  value: string | null;
}

/** A fresh ConfigRecord with every field at its schema default. */
export function defaultConfigRecord(): ConfigRecord {
  return {
    resourceType: 0,
    resourceName: '',
    name: '',
    value: '',
  };
}

function readConfigRecord(r: Reader, _version: number): ConfigRecord {
  r.field = 'ResourceType';
  const fResourceType: number = r.int8();
  r.field = 'ResourceName';
  const fResourceName: string = r.compactString();
  r.field = 'Name';
  const fName: string = r.compactString();
  r.field = 'Value';
  const fValue: string | null = r.compactNullableString();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    resourceType: fResourceType,
    resourceName: fResourceName,
    name: fName,
    value: fValue,
  };
}

function writeConfigRecord(w: Writer, _version: number, v: ConfigRecord): void {
  w.int8(v.resourceType);
  w.compactString(v.resourceName);
  w.compactString(v.name);
  w.compactNullableString(v.value);
  w.uvarint(0);
}

export const ConfigRecordCodec: MessageCodec<ConfigRecord> = {
  name: 'ConfigRecord',
  apiKey: 4,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): ConfigRecord {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultConfigRecord();
    }
    return readConfigRecord(r, version);
  },
  encode(w: Writer, version: number, value: ConfigRecord): void {
    if (version < 0 || version > 0) unsupportedVersion('ConfigRecord', version, 0, 0);
    writeConfigRecord(w, version, value);
  },
  defaults: defaultConfigRecord,
};
