// Code generated from Apache Kafka's metadata record schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0, kafka-metadata-4.4.0.jar, common/metadata/
//   PartitionChangeRecord.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate:metadata (tsx protocol/generator/metadata-main.ts build/kafka-4.4.0/libs/kafka-metadata-4.4.0.jar protocol/generated/metadata-records)

import type { Reader, Writer } from '../../primitives';
import { type MessageCodec, endTaggedField, notInVersion, unsupportedVersion, writeTaggedField } from '../../generator/runtime';

/** PartitionChangeRecord (metadata, API key 5), versions 0-2. */
export interface PartitionChangeRecord {
  /** The partition id. (versions 0+, default -1) */
  partitionId: number;
  /** The unique ID of this topic. (versions 0+) */
  topicId: string;
  /** null if the ISR didn't change; the new in-sync replicas otherwise. (versions 0+, nullable 0+, tag 0 in 0+, default null) */
  isr: number[] | null;
  /** -1 if there is now no leader; -2 if the leader didn't change; the new leader otherwise. (versions 0+, tag 1 in 0+, default -2) */
  leader: number;
  /** null if the replicas didn't change; the new replicas otherwise. (versions 0+, nullable 0+, tag 2 in 0+, default null) */
  replicas: number[] | null;
  /** null if the removing replicas didn't change; the new removing replicas otherwise. (versions 0+, nullable 0+, tag 3 in 0+, default null) */
  removingReplicas: number[] | null;
  /** null if the adding replicas didn't change; the new adding replicas otherwise. (versions 0+, nullable 0+, tag 4 in 0+, default null) */
  addingReplicas: number[] | null;
  /** -1 if it didn't change; 0 if the leader was elected from the ISR or recovered from an unclean election; 1 if the leader that was elected using unclean leader election and it is still recovering. (versions 0+, tag 5 in 0+, default -1) */
  leaderRecoveryState: number;
  /** null if the log dirs didn't change; the new log directory for each replica otherwise. (versions 1+, nullable 1+, tag 8 in 1+, default null) */
  directories: string[] | null;
  /** null if the ELR didn't change; the new eligible leader replicas otherwise. (versions 2+, nullable 2+, tag 6 in 2+, default null) */
  eligibleLeaderReplicas: number[] | null;
  /** null if the LastKnownElr didn't change; the last known eligible leader replicas otherwise. (versions 2+, nullable 2+, tag 7 in 2+, default null) */
  lastKnownElr: number[] | null;
}

/** A fresh PartitionChangeRecord with every field at its schema default. */
export function defaultPartitionChangeRecord(): PartitionChangeRecord {
  return {
    partitionId: -1,
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    isr: null,
    leader: -2,
    replicas: null,
    removingReplicas: null,
    addingReplicas: null,
    leaderRecoveryState: -1,
    directories: null,
    eligibleLeaderReplicas: null,
    lastKnownElr: null,
  };
}

function readPartitionChangeRecord_Isr(r: Reader, _version: number): number[] | null {
  const n = r.compactArrayLength(4);
  if (n < 0) {
    return null;
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readPartitionChangeRecord_Replicas(r: Reader, _version: number): number[] | null {
  const n = r.compactArrayLength(4);
  if (n < 0) {
    return null;
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readPartitionChangeRecord_RemovingReplicas(r: Reader, _version: number): number[] | null {
  const n = r.compactArrayLength(4);
  if (n < 0) {
    return null;
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readPartitionChangeRecord_AddingReplicas(r: Reader, _version: number): number[] | null {
  const n = r.compactArrayLength(4);
  if (n < 0) {
    return null;
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readPartitionChangeRecord_Directories(r: Reader, _version: number): string[] | null {
  const n = r.compactArrayLength(16);
  if (n < 0) {
    return null;
  }
  const items: string[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.uuid());
  return items;
}

function readPartitionChangeRecord_EligibleLeaderReplicas(r: Reader, _version: number): number[] | null {
  const n = r.compactArrayLength(4);
  if (n < 0) {
    return null;
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readPartitionChangeRecord_LastKnownElr(r: Reader, _version: number): number[] | null {
  const n = r.compactArrayLength(4);
  if (n < 0) {
    return null;
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readPartitionChangeRecord(r: Reader, version: number): PartitionChangeRecord {
  r.field = 'PartitionId';
  const fPartitionId: number = r.int32();
  r.field = 'TopicId';
  const fTopicId: string = r.uuid();
  let fIsr: number[] | null = null;
  let fLeader: number = -2;
  let fReplicas: number[] | null = null;
  let fRemovingReplicas: number[] | null = null;
  let fAddingReplicas: number[] | null = null;
  let fLeaderRecoveryState: number = -1;
  let fDirectories: string[] | null = null;
  let fEligibleLeaderReplicas: number[] | null = null;
  let fLastKnownElr: number[] | null = null;
  r.field = '_tagged_fields';
  const tagCount = r.uvarint();
  for (let i = 0; i < tagCount && !r.failed; i++) {
    const tag = r.uvarint();
    const size = r.uvarint();
    switch (tag) {
      case 0: {
        r.field = 'Isr';
        const end = r.pos + size;
        fIsr = readPartitionChangeRecord_Isr(r, version);
        endTaggedField(r, end);
        break;
      }
      case 1: {
        r.field = 'Leader';
        const end = r.pos + size;
        fLeader = r.int32();
        endTaggedField(r, end);
        break;
      }
      case 2: {
        r.field = 'Replicas';
        const end = r.pos + size;
        fReplicas = readPartitionChangeRecord_Replicas(r, version);
        endTaggedField(r, end);
        break;
      }
      case 3: {
        r.field = 'RemovingReplicas';
        const end = r.pos + size;
        fRemovingReplicas = readPartitionChangeRecord_RemovingReplicas(r, version);
        endTaggedField(r, end);
        break;
      }
      case 4: {
        r.field = 'AddingReplicas';
        const end = r.pos + size;
        fAddingReplicas = readPartitionChangeRecord_AddingReplicas(r, version);
        endTaggedField(r, end);
        break;
      }
      case 5: {
        r.field = 'LeaderRecoveryState';
        const end = r.pos + size;
        fLeaderRecoveryState = r.int8();
        endTaggedField(r, end);
        break;
      }
      case 6: {
        if (version >= 2) {
          r.field = 'EligibleLeaderReplicas';
          const end = r.pos + size;
          fEligibleLeaderReplicas = readPartitionChangeRecord_EligibleLeaderReplicas(r, version);
          endTaggedField(r, end);
        } else {
          r.skip(size);
        }
        break;
      }
      case 7: {
        if (version >= 2) {
          r.field = 'LastKnownElr';
          const end = r.pos + size;
          fLastKnownElr = readPartitionChangeRecord_LastKnownElr(r, version);
          endTaggedField(r, end);
        } else {
          r.skip(size);
        }
        break;
      }
      case 8: {
        if (version >= 1) {
          r.field = 'Directories';
          const end = r.pos + size;
          fDirectories = readPartitionChangeRecord_Directories(r, version);
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
    isr: fIsr,
    leader: fLeader,
    replicas: fReplicas,
    removingReplicas: fRemovingReplicas,
    addingReplicas: fAddingReplicas,
    leaderRecoveryState: fLeaderRecoveryState,
    directories: fDirectories,
    eligibleLeaderReplicas: fEligibleLeaderReplicas,
    lastKnownElr: fLastKnownElr,
  };
}

function writePartitionChangeRecord_Isr(w: Writer, _version: number, items: number[] | null): void {
  if (items === null) {
    w.uvarint(0);
    return;
  }
  w.uvarint(items.length + 1);
  for (const item of items) w.int32(item);
}

function writePartitionChangeRecord_Replicas(w: Writer, _version: number, items: number[] | null): void {
  if (items === null) {
    w.uvarint(0);
    return;
  }
  w.uvarint(items.length + 1);
  for (const item of items) w.int32(item);
}

function writePartitionChangeRecord_RemovingReplicas(w: Writer, _version: number, items: number[] | null): void {
  if (items === null) {
    w.uvarint(0);
    return;
  }
  w.uvarint(items.length + 1);
  for (const item of items) w.int32(item);
}

function writePartitionChangeRecord_AddingReplicas(w: Writer, _version: number, items: number[] | null): void {
  if (items === null) {
    w.uvarint(0);
    return;
  }
  w.uvarint(items.length + 1);
  for (const item of items) w.int32(item);
}

function writePartitionChangeRecord_Directories(w: Writer, _version: number, items: string[] | null): void {
  if (items === null) {
    w.uvarint(0);
    return;
  }
  w.uvarint(items.length + 1);
  for (const item of items) w.uuid(item);
}

function writePartitionChangeRecord_EligibleLeaderReplicas(w: Writer, _version: number, items: number[] | null): void {
  if (items === null) {
    w.uvarint(0);
    return;
  }
  w.uvarint(items.length + 1);
  for (const item of items) w.int32(item);
}

function writePartitionChangeRecord_LastKnownElr(w: Writer, _version: number, items: number[] | null): void {
  if (items === null) {
    w.uvarint(0);
    return;
  }
  w.uvarint(items.length + 1);
  for (const item of items) w.int32(item);
}

function writePartitionChangeRecord(w: Writer, version: number, v: PartitionChangeRecord): void {
  w.int32(v.partitionId);
  w.uuid(v.topicId);
  if (!(version >= 1) && v.directories !== null) notInVersion('PartitionChangeRecord', version, 'Directories');
  if (!(version >= 2) && v.eligibleLeaderReplicas !== null) notInVersion('PartitionChangeRecord', version, 'EligibleLeaderReplicas');
  if (!(version >= 2) && v.lastKnownElr !== null) notInVersion('PartitionChangeRecord', version, 'LastKnownElr');
  const writeIsr = v.isr !== null;
  const writeLeader = v.leader !== -2;
  const writeReplicas = v.replicas !== null;
  const writeRemovingReplicas = v.removingReplicas !== null;
  const writeAddingReplicas = v.addingReplicas !== null;
  const writeLeaderRecoveryState = v.leaderRecoveryState !== -1;
  const writeEligibleLeaderReplicas = version >= 2 && v.eligibleLeaderReplicas !== null;
  const writeLastKnownElr = version >= 2 && v.lastKnownElr !== null;
  const writeDirectories = version >= 1 && v.directories !== null;
  w.uvarint((writeIsr ? 1 : 0) + (writeLeader ? 1 : 0) + (writeReplicas ? 1 : 0) + (writeRemovingReplicas ? 1 : 0) + (writeAddingReplicas ? 1 : 0) + (writeLeaderRecoveryState ? 1 : 0) + (writeEligibleLeaderReplicas ? 1 : 0) + (writeLastKnownElr ? 1 : 0) + (writeDirectories ? 1 : 0));
  if (writeIsr) {
    writeTaggedField(w, 0, (w) => {
      writePartitionChangeRecord_Isr(w, version, v.isr!);
    });
  }
  if (writeLeader) {
    w.uvarint(1).uvarint(4);
    w.int32(v.leader);
  }
  if (writeReplicas) {
    writeTaggedField(w, 2, (w) => {
      writePartitionChangeRecord_Replicas(w, version, v.replicas!);
    });
  }
  if (writeRemovingReplicas) {
    writeTaggedField(w, 3, (w) => {
      writePartitionChangeRecord_RemovingReplicas(w, version, v.removingReplicas!);
    });
  }
  if (writeAddingReplicas) {
    writeTaggedField(w, 4, (w) => {
      writePartitionChangeRecord_AddingReplicas(w, version, v.addingReplicas!);
    });
  }
  if (writeLeaderRecoveryState) {
    w.uvarint(5).uvarint(1);
    w.int8(v.leaderRecoveryState);
  }
  if (writeEligibleLeaderReplicas) {
    writeTaggedField(w, 6, (w) => {
      writePartitionChangeRecord_EligibleLeaderReplicas(w, version, v.eligibleLeaderReplicas!);
    });
  }
  if (writeLastKnownElr) {
    writeTaggedField(w, 7, (w) => {
      writePartitionChangeRecord_LastKnownElr(w, version, v.lastKnownElr!);
    });
  }
  if (writeDirectories) {
    writeTaggedField(w, 8, (w) => {
      writePartitionChangeRecord_Directories(w, version, v.directories!);
    });
  }
}

export const PartitionChangeRecordCodec: MessageCodec<PartitionChangeRecord> = {
  name: 'PartitionChangeRecord',
  apiKey: 5,
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 0,
  decode(r: Reader, version: number): PartitionChangeRecord {
    if (version < 0 || version > 2) {
      r.fail(`unsupported version ${version}`);
      return defaultPartitionChangeRecord();
    }
    return readPartitionChangeRecord(r, version);
  },
  encode(w: Writer, version: number, value: PartitionChangeRecord): void {
    if (version < 0 || version > 2) unsupportedVersion('PartitionChangeRecord', version, 0, 2);
    writePartitionChangeRecord(w, version, value);
  },
  defaults: defaultPartitionChangeRecord,
};
