// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   ConsumerProtocolSubscription.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** ConsumerProtocolSubscription (data), versions 0-3. */
export interface ConsumerProtocolSubscription {
  /** (versions 0+) */
  topics: string[];
  /** (versions 0+, nullable 0+, default null) */
  userData: Buffer | null;
  /** (versions 1+) */
  ownedPartitions: ConsumerProtocolSubscriptionTopicPartition[];
  /** (versions 2+, default -1) */
  generationId: number;
  /** (versions 3+, nullable 3+, default null) */
  rackId: string | null;
}

/** ConsumerProtocolSubscription TopicPartition, versions 1-3. */
export interface ConsumerProtocolSubscriptionTopicPartition {
  /** (versions 1+) */
  topic: string;
  /** (versions 1+) */
  partitions: number[];
}

/** A fresh ConsumerProtocolSubscription with every field at its schema default. */
export function defaultConsumerProtocolSubscription(): ConsumerProtocolSubscription {
  return {
    topics: [],
    userData: null,
    ownedPartitions: [],
    generationId: -1,
    rackId: null,
  };
}

/** A fresh ConsumerProtocolSubscriptionTopicPartition with every field at its schema default. */
export function defaultConsumerProtocolSubscriptionTopicPartition(): ConsumerProtocolSubscriptionTopicPartition {
  return {
    topic: '',
    partitions: [],
  };
}

function readConsumerProtocolSubscription_Topics(r: Reader, _version: number): string[] {
  const n = r.arrayLength(2);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: string[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.string());
  return items;
}

function readConsumerProtocolSubscription_OwnedPartitions(r: Reader, version: number): ConsumerProtocolSubscriptionTopicPartition[] {
  const n = r.arrayLength(6);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ConsumerProtocolSubscriptionTopicPartition[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readConsumerProtocolSubscriptionTopicPartition(r, version));
  return items;
}

function readConsumerProtocolSubscription(r: Reader, version: number): ConsumerProtocolSubscription {
  r.field = 'Topics';
  const fTopics: string[] = readConsumerProtocolSubscription_Topics(r, version);
  r.field = 'UserData';
  const fUserData: Buffer | null = r.nullableBytes();
  r.field = 'OwnedPartitions';
  const fOwnedPartitions: ConsumerProtocolSubscriptionTopicPartition[] = version >= 1 ? readConsumerProtocolSubscription_OwnedPartitions(r, version) : [];
  r.field = 'GenerationId';
  const fGenerationId: number = version >= 2 ? r.int32() : -1;
  r.field = 'RackId';
  const fRackId: string | null = version >= 3 ? r.nullableString() : null;
  return {
    topics: fTopics,
    userData: fUserData,
    ownedPartitions: fOwnedPartitions,
    generationId: fGenerationId,
    rackId: fRackId,
  };
}

function readConsumerProtocolSubscriptionTopicPartition_Partitions(r: Reader, _version: number): number[] {
  const n = r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readConsumerProtocolSubscriptionTopicPartition(r: Reader, version: number): ConsumerProtocolSubscriptionTopicPartition {
  r.field = 'OwnedPartitions.Topic';
  const fTopic: string = r.string();
  r.field = 'OwnedPartitions.Partitions';
  const fPartitions: number[] = readConsumerProtocolSubscriptionTopicPartition_Partitions(r, version);
  return {
    topic: fTopic,
    partitions: fPartitions,
  };
}

function writeConsumerProtocolSubscription_Topics(w: Writer, _version: number, items: string[]): void {
  w.int32(items.length);
  for (const item of items) w.string(item);
}

function writeConsumerProtocolSubscription_OwnedPartitions(w: Writer, version: number, items: ConsumerProtocolSubscriptionTopicPartition[]): void {
  w.int32(items.length);
  for (const item of items) writeConsumerProtocolSubscriptionTopicPartition(w, version, item);
}

function writeConsumerProtocolSubscription(w: Writer, version: number, v: ConsumerProtocolSubscription): void {
  writeConsumerProtocolSubscription_Topics(w, version, v.topics);
  w.nullableBytes(v.userData);
  if (version >= 1) {
    writeConsumerProtocolSubscription_OwnedPartitions(w, version, v.ownedPartitions);
  }
  if (version >= 2) {
    w.int32(v.generationId);
  }
  if (version >= 3) {
    w.nullableString(v.rackId);
  }
}

function writeConsumerProtocolSubscriptionTopicPartition_Partitions(w: Writer, _version: number, items: number[]): void {
  w.int32(items.length);
  for (const item of items) w.int32(item);
}

function writeConsumerProtocolSubscriptionTopicPartition(w: Writer, version: number, v: ConsumerProtocolSubscriptionTopicPartition): void {
  w.string(v.topic);
  writeConsumerProtocolSubscriptionTopicPartition_Partitions(w, version, v.partitions);
}

export const ConsumerProtocolSubscriptionCodec: MessageCodec<ConsumerProtocolSubscription> = {
  name: 'ConsumerProtocolSubscription',
  apiKey: -1,
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: null,
  decode(r: Reader, version: number): ConsumerProtocolSubscription {
    if (version < 0 || version > 3) {
      r.fail(`unsupported version ${version}`);
      return defaultConsumerProtocolSubscription();
    }
    return readConsumerProtocolSubscription(r, version);
  },
  encode(w: Writer, version: number, value: ConsumerProtocolSubscription): void {
    if (version < 0 || version > 3) unsupportedVersion('ConsumerProtocolSubscription', version, 0, 3);
    writeConsumerProtocolSubscription(w, version, value);
  },
  defaults: defaultConsumerProtocolSubscription,
};
