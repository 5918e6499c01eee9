// Code generated from Apache Kafka's metadata record schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0, kafka-metadata-4.4.0.jar, common/metadata/
//   RemoveAccessControlEntryRecord.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate:metadata (tsx protocol/generator/metadata-main.ts build/kafka-4.4.0/libs/kafka-metadata-4.4.0.jar protocol/generated/metadata-records)

import type { Reader, Writer } from '../../primitives';
import { type MessageCodec, unsupportedVersion } from '../../generator/runtime';

/** RemoveAccessControlEntryRecord (metadata, API key 19), versions 0. */
export interface RemoveAccessControlEntryRecord {
  /** The ID of the AccessControlEntry to remove. (versions 0+) */
  id: string;
}

/** A fresh RemoveAccessControlEntryRecord with every field at its schema default. */
export function defaultRemoveAccessControlEntryRecord(): RemoveAccessControlEntryRecord {
  return {
    id: 'AAAAAAAAAAAAAAAAAAAAAA',
  };
}

function readRemoveAccessControlEntryRecord(r: Reader, _version: number): RemoveAccessControlEntryRecord {
  r.field = 'Id';
  const fId: string = r.uuid();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    id: fId,
  };
}

function writeRemoveAccessControlEntryRecord(w: Writer, _version: number, v: RemoveAccessControlEntryRecord): void {
  w.uuid(v.id);
  w.uvarint(0);
}

export const RemoveAccessControlEntryRecordCodec: MessageCodec<RemoveAccessControlEntryRecord> = {
  name: 'RemoveAccessControlEntryRecord',
  apiKey: 19,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): RemoveAccessControlEntryRecord {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultRemoveAccessControlEntryRecord();
    }
    return readRemoveAccessControlEntryRecord(r, version);
  },
  encode(w: Writer, version: number, value: RemoveAccessControlEntryRecord): void {
    if (version < 0 || version > 0) unsupportedVersion('RemoveAccessControlEntryRecord', version, 0, 0);
    writeRemoveAccessControlEntryRecord(w, version, value);
  },
  defaults: defaultRemoveAccessControlEntryRecord,
};
