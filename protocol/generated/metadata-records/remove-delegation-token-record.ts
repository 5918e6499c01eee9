// Code generated from Apache Kafka's metadata record schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0, kafka-metadata-4.4.0.jar, common/metadata/
//   RemoveDelegationTokenRecord.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate:metadata (tsx protocol/generator/metadata-main.ts build/kafka-4.4.0/libs/kafka-metadata-4.4.0.jar protocol/generated/metadata-records)

import type { Reader, Writer } from '../../primitives';
import { type MessageCodec, unsupportedVersion } from '../../generator/runtime';

/** RemoveDelegationTokenRecord (metadata, API key 26), versions 0. */
export interface RemoveDelegationTokenRecord {
  /** The tokenID to remove. (versions 0+) */
  tokenId: string;
}

/** A fresh RemoveDelegationTokenRecord with every field at its schema default. */
export function defaultRemoveDelegationTokenRecord(): RemoveDelegationTokenRecord {
  return {
    tokenId: '',
  };
}

function readRemoveDelegationTokenRecord(r: Reader, _version: number): RemoveDelegationTokenRecord {
  r.field = 'TokenId';
  const fTokenId: string = r.compactString();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    tokenId: fTokenId,
  };
}

function writeRemoveDelegationTokenRecord(w: Writer, _version: number, v: RemoveDelegationTokenRecord): void {
  w.compactString(v.tokenId);
  w.uvarint(0);
}

export const RemoveDelegationTokenRecordCodec: MessageCodec<RemoveDelegationTokenRecord> = {
  name: 'RemoveDelegationTokenRecord',
  apiKey: 26,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): RemoveDelegationTokenRecord {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultRemoveDelegationTokenRecord();
    }
    return readRemoveDelegationTokenRecord(r, version);
  },
  encode(w: Writer, version: number, value: RemoveDelegationTokenRecord): void {
    if (version < 0 || version > 0) unsupportedVersion('RemoveDelegationTokenRecord', version, 0, 0);
    writeRemoveDelegationTokenRecord(w, version, value);
  },
  defaults: defaultRemoveDelegationTokenRecord,
};
