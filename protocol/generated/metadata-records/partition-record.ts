// Code generated from Apache Kafka's metadata record schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0, kafka-metadata-4.4.0.jar, common/metadata/
//   PartitionRecord.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate:metadata (tsx protocol/generator/metadata-main.ts build/kafka-4.4.0/libs/kafka-metadata-4.4.0.jar protocol/generated/metadata-records)

import type { Reader, Writer } from '../../primitives';
import { type MessageCodec, endTaggedField, notInVersion, unsupportedVersion, writeTaggedField } from '../../generator/runtime';

/** PartitionRecord (metadata, API key 3), versions 0-2. */
export interface PartitionRecord {
  /** The partition id. (versions 0+, default -1) */
  partitionId: number;
  /** The unique ID of this topic. (versions 0+) */
  topicId: string;
  /** The replicas of this partition, sorted by preferred order. (versions 0+) */
  replicas: number[];
  /** The in-sync replicas of this partition (versions 0+) */
  isr: number[];
  /** The replicas that we are in the process of removing. (versions 0+) */
  removingReplicas: number[];
  /** The replicas that we are in the process of adding. (versions 0+) */
  addingReplicas: number[];
  /** The lead replica, or -1 if there is no leader. (versions 0+, default -1) */
  leader: number;
  /** 1 if the partition is recovering from an unclean leader election; 0 otherwise. (versions 0+, tag 0 in 0+, default 0) */
  leaderRecoveryState: number;
  /** The epoch of the partition leader. (versions 0+, default -1) */
  leaderEpoch: number;
  /** An epoch that gets incremented each time we change anything in the partition. (versions 0+, default -1) */
  partitionEpoch: number;
  /** The log directory hosting each replica, sorted in the same exact order as the Replicas field. (versions 1+) */
  directories: string[];
  /** The eligible leader replicas of this partition. (versions 2+, nullable 2+, tag 1 in 2+, default null) */
  eligibleLeaderReplicas: number[] | null;
  /** The last known eligible leader replicas of this partition. (versions 2+, nullable 2+, tag 2 in 2+, default null) */
  lastKnownElr: number[] | null;
}

/** A fresh PartitionRecord with every field at its schema default. */
export function defaultPartitionRecord(): PartitionRecord {
  return {
    partitionId: -1,
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    replicas: [],
    isr: [],
    removingReplicas: [],
    addingReplicas: [],
    leader: -1,
    leaderRecoveryState: 0,
    leaderEpoch: -1,
    partitionEpoch: -1,
    directories: [],
    eligibleLeaderReplicas: null,
    lastKnownElr: null,
  };
}

function readPartitionRecord_Replicas(r: Reader, _version: number): number[] {
  const n = r.compactArrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readPartitionRecord_Isr(r: Reader, _version: number): number[] {
  const n = r.compactArrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readPartitionRecord_RemovingReplicas(r: Reader, _version: number): number[] {
  const n = r.compactArrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readPartitionRecord_AddingReplicas(r: Reader, _version: number): number[] {
  const n = r.compactArrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readPartitionRecord_Directories(r: Reader, _version: number): string[] {
  const n = r.compactArrayLength(16);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: string[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.uuid());
  return items;
}

function readPartitionRecord_EligibleLeaderReplicas(r: Reader, _version: number): number[] | null {
  const n = r.compactArrayLength(4);
  if (n < 0) {
    return null;
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readPartitionRecord_LastKnownElr(r: Reader, _version: number): number[] | null {
  const n = r.compactArrayLength(4);
  if (n < 0) {
    return null;
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readPartitionRecord(r: Reader, version: number): PartitionRecord {
  r.field = 'PartitionId';
  const fPartitionId: number = r.int32();
  r.field = 'TopicId';
  const fTopicId: string = r.uuid();
  r.field = 'Replicas';
  const fReplicas: number[] = readPartitionRecord_Replicas(r, version);
  r.field = 'Isr';
  const fIsr: number[] = readPartitionRecord_Isr(r, version);
  r.field = 'RemovingReplicas';
  const fRemovingReplicas: number[] = readPartitionRecord_RemovingReplicas(r, version);
  r.field = 'AddingReplicas';
  const fAddingReplicas: number[] = readPartitionRecord_AddingReplicas(r, version);
  r.field = 'Leader';
  const fLeader: number = r.int32();
  let fLeaderRecoveryState: number = 0;
  r.field = 'LeaderEpoch';
  const fLeaderEpoch: number = r.int32();
  r.field = 'PartitionEpoch';
  const fPartitionEpoch: number = r.int32();
  r.field = 'Directories';
  const fDirectories: string[] = version >= 1 ? readPartitionRecord_Directories(r, version) : [];
  let fEligibleLeaderReplicas: number[] | null = null;
  let fLastKnownElr: number[] | null = null;
  r.field = '_tagged_fields';
  const tagCount = r.uvarint();
  for (let i = 0; i < tagCount && !r.failed; i++) {
    const tag = r.uvarint();
    const size = r.uvarint();
    switch (tag) {
      case 0: {
        r.field = 'LeaderRecoveryState';
        const end = r.pos + size;
        fLeaderRecoveryState = r.int8();
        endTaggedField(r, end);
        break;
      }
      case 1: {
        if (version >= 2) {
          r.field = 'EligibleLeaderReplicas';
          const end = r.pos + size;
          fEligibleLeaderReplicas = readPartitionRecord_EligibleLeaderReplicas(r, version);
          endTaggedField(r, end);
        } else {
          r.skip(size);
        }
        break;
      }
      case 2: {
        if (version >= 2) {
          r.field = 'LastKnownElr';
          const end = r.pos + size;
          fLastKnownElr = readPartitionRecord_LastKnownElr(r, version);
          endTaggedField(r, end);
        } else {
          r.skip(size);
        }
        break;
      }
      default:
        r.skip(size);
    }
  }
  return {
    partitionId: fPartitionId,
    topicId: fTopicId,
    replicas: fReplicas,
    isr: fIsr,
    removingReplicas: fRemovingReplicas,
    addingReplicas: fAddingReplicas,
    leader: fLeader,
    leaderRecoveryState: fLeaderRecoveryState,
    leaderEpoch: fLeaderEpoch,
    partitionEpoch: fPartitionEpoch,
    directories: fDirectories,
    eligibleLeaderReplicas: fEligibleLeaderReplicas,
    lastKnownElr: fLastKnownElr,
  };
}

function writePartitionRecord_Replicas(w: Writer, _version: number, items: number[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.int32(item);
}

function writePartitionRecord_Isr(w: Writer, _version: number, items: number[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.int32(item);
}

function writePartitionRecord_RemovingReplicas(w: Writer, _version: number, items: number[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.int32(item);
}

function writePartitionRecord_AddingReplicas(w: Writer, _version: number, items: number[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.int32(item);
}

function writePartitionRecord_Directories(w: Writer, _version: number, items: string[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.uuid(item);
}

function writePartitionRecord_EligibleLeaderReplicas(w: Writer, _version: number, items: number[] | null): void {
  if (items === null) {
    w.uvarint(0);
    return;
  }
  w.uvarint(items.length + 1);
  for (const item of items) w.int32(item);
}

function writePartitionRecord_LastKnownElr(w: Writer, _version: number, items: number[] | null): void {
  if (items === null) {
    w.uvarint(0);
    return;
  }
  w.uvarint(items.length + 1);
  for (const item of items) w.int32(item);
}

function writePartitionRecord(w: Writer, version: number, v: PartitionRecord): void {
  w.int32(v.partitionId);
  w.uuid(v.topicId);
  writePartitionRecord_Replicas(w, version, v.replicas);
  writePartitionRecord_Isr(w, version, v.isr);
  writePartitionRecord_RemovingReplicas(w, version, v.removingReplicas);
  writePartitionRecord_AddingReplicas(w, version, v.addingReplicas);
  w.int32(v.leader);
  w.int32(v.leaderEpoch);
  w.int32(v.partitionEpoch);
  if (version >= 1) {
    writePartitionRecord_Directories(w, version, v.directories);
  } else if (v.directories.length !== 0) {
    notInVersion('PartitionRecord', version, 'Directories');
  }
  if (!(version >= 2) && v.eligibleLeaderReplicas !== null) notInVersion('PartitionRecord', version, 'EligibleLeaderReplicas');
  if (!(version >= 2) && v.lastKnownElr !== null) notInVersion('PartitionRecord', version, 'LastKnownElr');
  const writeLeaderRecoveryState = v.leaderRecoveryState !== 0;
  const writeEligibleLeaderReplicas = version >= 2 && v.eligibleLeaderReplicas !== null;
  const writeLastKnownElr = version >= 2 && v.lastKnownElr !== null;
  w.uvarint((writeLeaderRecoveryState ? 1 : 0) + (writeEligibleLeaderReplicas ? 1 : 0) + (writeLastKnownElr ? 1 : 0));
  if (writeLeaderRecoveryState) {
    w.uvarint(0).uvarint(1);
    w.int8(v.leaderRecoveryState);
  }
  if (writeEligibleLeaderReplicas) {
    writeTaggedField(w, 1, (w) => {
      writePartitionRecord_EligibleLeaderReplicas(w, version, v.eligibleLeaderReplicas!);
    });
  }
  if (writeLastKnownElr) {
    writeTaggedField(w, 2, (w) => {
      writePartitionRecord_LastKnownElr(w, version, v.lastKnownElr!);
    });
  }
}

export const PartitionRecordCodec: MessageCodec<PartitionRecord> = {
  name: 'PartitionRecord',
  apiKey: 3,
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 0,
  decode(r: Reader, version: number): PartitionRecord {
    if (version < 0 || version > 2) {
      r.fail(`unsupported version ${version}`);
      return defaultPartitionRecord();
    }
    return readPartitionRecord(r, version);
  },
  encode(w: Writer, version: number, value: PartitionRecord): void {
    if (version < 0 || version > 2) unsupportedVersion('PartitionRecord', version, 0, 2);
    writePartitionRecord(w, version, value);
  },
  defaults: defaultPartitionRecord,
};
