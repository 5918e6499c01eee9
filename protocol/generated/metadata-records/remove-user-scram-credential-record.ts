// Code generated from Apache Kafka's metadata record schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0, kafka-metadata-4.4.0.jar, common/metadata/
//   RemoveUserScramCredentialRecord.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate:metadata (tsx protocol/generator/metadata-main.ts build/kafka-4.4.0/libs/kafka-metadata-4.4.0.jar protocol/generated/metadata-records)

import type { Reader, Writer } from '../../primitives';
import { type MessageCodec, unsupportedVersion } from '../../generator/runtime';

/** RemoveUserScramCredentialRecord (metadata, API key 22), versions 0. */
export interface RemoveUserScramCredentialRecord {
  /** The user name. (versions 0+) */
  name: string;
  /** The SCRAM mechanism. (versions 0+) */
  mechanism: number;
}

/** A fresh RemoveUserScramCredentialRecord with every field at its schema default. */
export function defaultRemoveUserScramCredentialRecord(): RemoveUserScramCredentialRecord {
  return {
    name: '',
    mechanism: 0,
  };
}

function readRemoveUserScramCredentialRecord(r: Reader, _version: number): RemoveUserScramCredentialRecord {
  r.field = 'Name';
  const fName: string = r.compactString();
  r.field = 'Mechanism';
  const fMechanism: number = r.int8();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    name: fName,
    mechanism: fMechanism,
  };
}

function writeRemoveUserScramCredentialRecord(w: Writer, _version: number, v: RemoveUserScramCredentialRecord): void {
  w.compactString(v.name);
  w.int8(v.mechanism);
  w.uvarint(0);
}

export const RemoveUserScramCredentialRecordCodec: MessageCodec<RemoveUserScramCredentialRecord> = {
  name: 'RemoveUserScramCredentialRecord',
  apiKey: 22,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): RemoveUserScramCredentialRecord {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultRemoveUserScramCredentialRecord();
    }
    return readRemoveUserScramCredentialRecord(r, version);
  },
  encode(w: Writer, version: number, value: RemoveUserScramCredentialRecord): void {
    if (version < 0 || version > 0) unsupportedVersion('RemoveUserScramCredentialRecord', version, 0, 0);
    writeRemoveUserScramCredentialRecord(w, version, value);
  },
  defaults: defaultRemoveUserScramCredentialRecord,
};
