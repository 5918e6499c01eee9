// Code generated from Apache Kafka's metadata record schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0, kafka-metadata-4.4.0.jar, common/metadata/
//   TopicRecord.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate:metadata (tsx protocol/generator/metadata-main.ts build/kafka-4.4.0/libs/kafka-metadata-4.4.0.jar protocol/generated/metadata-records)

import type { Reader, Writer } from '../../primitives';
import { type MessageCodec, unsupportedVersion } from '../../generator/runtime';

/** TopicRecord (metadata, API key 2), versions 0. */
export interface TopicRecord {
  /** The topic name. (versions 0+) */
  name: string;
  /** The unique ID of this topic. (versions 0+) */
  topicId: string;
}

/** A fresh TopicRecord with every field at its schema default. */
export function defaultTopicRecord(): TopicRecord {
  return {
    name: '',
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
  };
}

function readTopicRecord(r: Reader, _version: number): TopicRecord {
  r.field = 'Name';
  const fName: string = r.compactString();
  r.field = 'TopicId';
  const fTopicId: string = r.uuid();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    name: fName,
    topicId: fTopicId,
  };
}

function writeTopicRecord(w: Writer, _version: number, v: TopicRecord): void {
  w.compactString(v.name);
  w.uuid(v.topicId);
  w.uvarint(0);
}

export const TopicRecordCodec: MessageCodec<TopicRecord> = {
  name: 'TopicRecord',
  apiKey: 2,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): TopicRecord {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultTopicRecord();
    }
    return readTopicRecord(r, version);
  },
  encode(w: Writer, version: number, value: TopicRecord): void {
    if (version < 0 || version > 0) unsupportedVersion('TopicRecord', version, 0, 0);
    writeTopicRecord(w, version, value);
  },
  defaults: defaultTopicRecord,
};
