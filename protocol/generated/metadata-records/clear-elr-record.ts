// Code generated from Apache Kafka's metadata record schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0, kafka-metadata-4.4.0.jar, common/metadata/
//   ClearElrRecord.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate:metadata (tsx protocol/generator/metadata-main.ts build/kafka-4.4.0/libs/kafka-metadata-4.4.0.jar protocol/generated/metadata-records)

import type { Reader, Writer } from '../../primitives';
import { type MessageCodec, unsupportedVersion } from '../../generator/runtime';

/** ClearElrRecord (metadata, API key 28), versions 0. */
export interface ClearElrRecord {
  /** The name of the topic to clear ELRs for, or empty if all ELRs should be cleared. (versions 0+) */
  topicName: string;
}

/** A fresh ClearElrRecord with every field at its schema default. */
export function defaultClearElrRecord(): ClearElrRecord {
  return {
    topicName: '',
  };
}

function readClearElrRecord(r: Reader, _version: number): ClearElrRecord {
  r.field = 'TopicName';
  const fTopicName: string = r.compactString();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    topicName: fTopicName,
  };
}

function writeClearElrRecord(w: Writer, _version: number, v: ClearElrRecord): void {
  w.compactString(v.topicName);
  w.uvarint(0);
}

export const ClearElrRecordCodec: MessageCodec<ClearElrRecord> = {
  name: 'ClearElrRecord',
  apiKey: 28,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): ClearElrRecord {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultClearElrRecord();
    }
    return readClearElrRecord(r, version);
  },
  encode(w: Writer, version: number, value: ClearElrRecord): void {
    if (version < 0 || version > 0) unsupportedVersion('ClearElrRecord', version, 0, 0);
    writeClearElrRecord(w, version, value);
  },
  defaults: defaultClearElrRecord,
};
