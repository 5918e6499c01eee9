// Code generated from Apache Kafka's metadata record schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0, kafka-metadata-4.4.0.jar, common/metadata/
//   RemoveTopicRecord.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate:metadata (tsx protocol/generator/metadata-main.ts build/kafka-4.4.0/libs/kafka-metadata-4.4.0.jar protocol/generated/metadata-records)

import type { Reader, Writer } from '../../primitives';
import { type MessageCodec, unsupportedVersion } from '../../generator/runtime';

/** RemoveTopicRecord (metadata, API key 9), versions 0. */
export interface RemoveTopicRecord {
  /** The topic to remove. All associated partitions will be removed as well. (versions 0+) */
  topicId: string;
}

/** A fresh RemoveTopicRecord with every field at its schema default. */
export function defaultRemoveTopicRecord(): RemoveTopicRecord {
  return {
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
  };
}

function readRemoveTopicRecord(r: Reader, _version: number): RemoveTopicRecord {
  r.field = 'TopicId';
  const fTopicId: string = r.uuid();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    topicId: fTopicId,
  };
}

function writeRemoveTopicRecord(w: Writer, _version: number, v: RemoveTopicRecord): void {
  w.uuid(v.topicId);
  w.uvarint(0);
}

export const RemoveTopicRecordCodec: MessageCodec<RemoveTopicRecord> = {
  name: 'RemoveTopicRecord',
  apiKey: 9,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): RemoveTopicRecord {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultRemoveTopicRecord();
    }
    return readRemoveTopicRecord(r, version);
  },
  encode(w: Writer, version: number, value: RemoveTopicRecord): void {
    if (version < 0 || version > 0) unsupportedVersion('RemoveTopicRecord', version, 0, 0);
    writeRemoveTopicRecord(w, version, value);
  },
  defaults: defaultRemoveTopicRecord,
};
