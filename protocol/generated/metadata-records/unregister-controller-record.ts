// Code generated from Apache Kafka's metadata record schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0, kafka-metadata-4.4.0.jar, common/metadata/
//   UnregisterControllerRecord.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate:metadata (tsx protocol/generator/metadata-main.ts build/kafka-4.4.0/libs/kafka-metadata-4.4.0.jar protocol/generated/metadata-records)

import type { Reader, Writer } from '../../primitives';
import { type MessageCodec, unsupportedVersion } from '../../generator/runtime';

/** UnregisterControllerRecord (metadata, API key 29), versions 0. */
export interface UnregisterControllerRecord {
  /** The controller id. (versions 0+) */
  controllerId: number;
}

/** A fresh UnregisterControllerRecord with every field at its schema default. */
export function defaultUnregisterControllerRecord(): UnregisterControllerRecord {
  return {
    controllerId: 0,
  };
}

function readUnregisterControllerRecord(r: Reader, _version: number): UnregisterControllerRecord {
  r.field = 'ControllerId';
  const fControllerId: number = r.int32();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    controllerId: fControllerId,
  };
}

function writeUnregisterControllerRecord(w: Writer, _version: number, v: UnregisterControllerRecord): void {
  w.int32(v.controllerId);
  w.uvarint(0);
}

export const UnregisterControllerRecordCodec: MessageCodec<UnregisterControllerRecord> = {
  name: 'UnregisterControllerRecord',
  apiKey: 29,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): UnregisterControllerRecord {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultUnregisterControllerRecord();
    }
    return readUnregisterControllerRecord(r, version);
  },
  encode(w: Writer, version: number, value: UnregisterControllerRecord): void {
    if (version < 0 || version > 0) unsupportedVersion('UnregisterControllerRecord', version, 0, 0);
    writeUnregisterControllerRecord(w, version, value);
  },
  defaults: defaultUnregisterControllerRecord,
};
