// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   ConsumerProtocolAssignment.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** ConsumerProtocolAssignment (data), versions 0-3. */
export interface ConsumerProtocolAssignment {
  /** (versions 0+) */
  assignedPartitions: ConsumerProtocolAssignmentTopicPartition[];
  /** (versions 0+, nullable 0+, default null) */
  userData: Buffer | null;
}

/** ConsumerProtocolAssignment TopicPartition, versions 0-3. */
export interface ConsumerProtocolAssignmentTopicPartition {
  /** (versions 0+) */
  topic: string;
  /** (versions 0+) */
  partitions: number[];
}

/** A fresh ConsumerProtocolAssignment with every field at its schema default. */
export function defaultConsumerProtocolAssignment(): ConsumerProtocolAssignment {
  return {
    assignedPartitions: [],
    userData: null,
  };
}

/** A fresh ConsumerProtocolAssignmentTopicPartition with every field at its schema default. */
export function defaultConsumerProtocolAssignmentTopicPartition(): ConsumerProtocolAssignmentTopicPartition {
  return {
    topic: '',
    partitions: [],
  };
}

function readConsumerProtocolAssignment_AssignedPartitions(r: Reader, version: number): ConsumerProtocolAssignmentTopicPartition[] {
  const n = r.arrayLength(6);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ConsumerProtocolAssignmentTopicPartition[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readConsumerProtocolAssignmentTopicPartition(r, version));
  return items;
}

function readConsumerProtocolAssignment(r: Reader, version: number): ConsumerProtocolAssignment {
  r.field = 'AssignedPartitions';
  const fAssignedPartitions: ConsumerProtocolAssignmentTopicPartition[] = readConsumerProtocolAssignment_AssignedPartitions(r, version);
  r.field = 'UserData';
  const fUserData: Buffer | null = r.nullableBytes();
  return {
    assignedPartitions: fAssignedPartitions,
    userData: fUserData,
  };
}

function readConsumerProtocolAssignmentTopicPartition_Partitions(r: Reader, _version: number): number[] {
  const n = r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readConsumerProtocolAssignmentTopicPartition(r: Reader, version: number): ConsumerProtocolAssignmentTopicPartition {
  r.field = 'AssignedPartitions.Topic';
  const fTopic: string = r.string();
  r.field = 'AssignedPartitions.Partitions';
  const fPartitions: number[] = readConsumerProtocolAssignmentTopicPartition_Partitions(r, version);
  return {
    topic: fTopic,
    partitions: fPartitions,
  };
}

function writeConsumerProtocolAssignment_AssignedPartitions(w: Writer, version: number, items: ConsumerProtocolAssignmentTopicPartition[]): void {
  w.int32(items.length);
  for (const item of items) writeConsumerProtocolAssignmentTopicPartition(w, version, item);
}

function writeConsumerProtocolAssignment(w: Writer, version: number, v: ConsumerProtocolAssignment): void {
  writeConsumerProtocolAssignment_AssignedPartitions(w, version, v.assignedPartitions);
  w.nullableBytes(v.userData);
}

function writeConsumerProtocolAssignmentTopicPartition_Partitions(w: Writer, _version: number, items: number[]): void {
  w.int32(items.length);
  for (const item of items) w.int32(item);
}

function writeConsumerProtocolAssignmentTopicPartition(w: Writer, version: number, v: ConsumerProtocolAssignmentTopicPartition): void {
  w.string(v.topic);
  writeConsumerProtocolAssignmentTopicPartition_Partitions(w, version, v.partitions);
}

export const ConsumerProtocolAssignmentCodec: MessageCodec<ConsumerProtocolAssignment> = {
  name: 'ConsumerProtocolAssignment',
  apiKey: -1,
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: null,
  decode(r: Reader, version: number): ConsumerProtocolAssignment {
    if (version < 0 || version > 3) {
      r.fail(`unsupported version ${version}`);
      return defaultConsumerProtocolAssignment();
    }
    return readConsumerProtocolAssignment(r, version);
  },
  encode(w: Writer, version: number, value: ConsumerProtocolAssignment): void {
    if (version < 0 || version > 3) unsupportedVersion('ConsumerProtocolAssignment', version, 0, 3);
    writeConsumerProtocolAssignment(w, version, value);
  },
  defaults: defaultConsumerProtocolAssignment,
};
