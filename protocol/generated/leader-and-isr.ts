// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   LeaderAndIsrRequest.json, LeaderAndIsrResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, notInVersion, unsupportedVersion } from '../generator/runtime';

/** LeaderAndIsrRequest (request, API key 4), versions 0-7. */
export interface LeaderAndIsrRequest {
  /** The current controller ID. (versions 0+) */
  controllerId: number;
  /** If KRaft controller id is used during migration. See KIP-866 (versions 7+, default false) */
  isKRaftController: boolean;
  /** The current controller epoch. (versions 0+) */
  controllerEpoch: number;
  /** The current broker epoch. (versions 2+, default -1) */
  brokerEpoch: bigint;
  /** The type that indicates whether all topics are included in the request (versions 5+) */
  type: number;
  /** The state of each partition, in a v0 or v1 message. (versions 0-1) */
  ungroupedPartitionStates: LeaderAndIsrRequestLeaderAndIsrPartitionState[];
  /** Each topic. (versions 2+) */
  topicStates: LeaderAndIsrRequestLeaderAndIsrTopicState[];
  /** The current live leaders. (versions 0+) */
  liveLeaders: LeaderAndIsrRequestLeaderAndIsrLiveLeader[];
}

/** LeaderAndIsrRequest LeaderAndIsrTopicState, versions 2-7. */
export interface LeaderAndIsrRequestLeaderAndIsrTopicState {
  /** The topic name. (versions 2+) */
  topicName: string;
  /** The unique topic ID. (versions 5+) */
  topicId: string;
  /** The state of each partition (versions 2+) */
  partitionStates: LeaderAndIsrRequestLeaderAndIsrPartitionState[];
}

/** LeaderAndIsrRequest LeaderAndIsrLiveLeader, versions 0-7. */
export interface LeaderAndIsrRequestLeaderAndIsrLiveLeader {
  /** The leader's broker ID. (versions 0+) */
  brokerId: number;
  /** The leader's hostname. (versions 0+) */
  hostName: string;
  /** The leader's port. (versions 0+) */
  port: number;
}

/** LeaderAndIsrRequest LeaderAndIsrPartitionState, versions 0-7. */
export interface LeaderAndIsrRequestLeaderAndIsrPartitionState {
  /** The topic name. This is only present in v0 or v1. (versions 0-1) */
  topicName: string;
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The controller epoch. (versions 0+) */
  controllerEpoch: number;
  /** The broker ID of the leader. (versions 0+) */
  leader: number;
  /** The leader epoch. (versions 0+) */
  leaderEpoch: number;
  /** The in-sync replica IDs. (versions 0+) */
  isr: number[];
  /** The current epoch for the partition. The epoch is a monotonically increasing value which is incremented after every partition change. (Since the LeaderAndIsr request is only used by the legacy controller, this corresponds to the zkVersion) (versions 0+) */
  partitionEpoch: number;
  /** The replica IDs. (versions 0+) */
  replicas: number[];
  /** The replica IDs that we are adding this partition to, or null if no replicas are being added. (versions 3+) */
  addingReplicas: number[];
  /** The replica IDs that we are removing this partition from, or null if no replicas are being removed. (versions 3+) */
  removingReplicas: number[];
  /** Whether the replica should have existed on the broker or not. (versions 1+, default false) */
  isNew: boolean;
  /** 1 if the partition is recovering from an unclean leader election; 0 otherwise. (versions 6+, default 0) */
  leaderRecoveryState: number;
}

/** A fresh LeaderAndIsrRequest with every field at its schema default. */
export function defaultLeaderAndIsrRequest(): LeaderAndIsrRequest {
  return {
    controllerId: 0,
    isKRaftController: false,
    controllerEpoch: 0,
    brokerEpoch: -1n,
    type: 0,
    ungroupedPartitionStates: [],
    topicStates: [],
    liveLeaders: [],
  };
}

/** A fresh LeaderAndIsrRequestLeaderAndIsrTopicState with every field at its schema default. */
export function defaultLeaderAndIsrRequestLeaderAndIsrTopicState(): LeaderAndIsrRequestLeaderAndIsrTopicState {
  return {
    topicName: '',
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitionStates: [],
  };
}

/** A fresh LeaderAndIsrRequestLeaderAndIsrLiveLeader with every field at its schema default. */
export function defaultLeaderAndIsrRequestLeaderAndIsrLiveLeader(): LeaderAndIsrRequestLeaderAndIsrLiveLeader {
  return {
    brokerId: 0,
    hostName: '',
    port: 0,
  };
}

/** A fresh LeaderAndIsrRequestLeaderAndIsrPartitionState with every field at its schema default. */
export function defaultLeaderAndIsrRequestLeaderAndIsrPartitionState(): LeaderAndIsrRequestLeaderAndIsrPartitionState {
  return {
    topicName: '',
    partitionIndex: 0,
    controllerEpoch: 0,
    leader: 0,
    leaderEpoch: 0,
    isr: [],
    partitionEpoch: 0,
    replicas: [],
    addingReplicas: [],
    removingReplicas: [],
    isNew: false,
    leaderRecoveryState: 0,
  };
}

function readLeaderAndIsrRequest_UngroupedPartitionStates(r: Reader, version: number): LeaderAndIsrRequestLeaderAndIsrPartitionState[] {
  const n = r.arrayLength(30);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: LeaderAndIsrRequestLeaderAndIsrPartitionState[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readLeaderAndIsrRequestLeaderAndIsrPartitionState(r, version));
  return items;
}

function readLeaderAndIsrRequest_TopicStates(r: Reader, version: number): LeaderAndIsrRequestLeaderAndIsrTopicState[] {
  const n = version >= 4 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: LeaderAndIsrRequestLeaderAndIsrTopicState[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readLeaderAndIsrRequestLeaderAndIsrTopicState(r, version));
  return items;
}

function readLeaderAndIsrRequest_LiveLeaders(r: Reader, version: number): LeaderAndIsrRequestLeaderAndIsrLiveLeader[] {
  const n = version >= 4 ? r.compactArrayLength(10) : r.arrayLength(10);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: LeaderAndIsrRequestLeaderAndIsrLiveLeader[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readLeaderAndIsrRequestLeaderAndIsrLiveLeader(r, version));
  return items;
}

function readLeaderAndIsrRequest(r: Reader, version: number): LeaderAndIsrRequest {
  r.field = 'ControllerId';
  const fControllerId: number = r.int32();
  r.field = 'isKRaftController';
  const fisKRaftController: boolean = version >= 7 ? r.bool() : false;
  r.field = 'ControllerEpoch';
  const fControllerEpoch: number = r.int32();
  r.field = 'BrokerEpoch';
  const fBrokerEpoch: bigint = version >= 2 ? r.int64() : -1n;
  r.field = 'Type';
  const fType: number = version >= 5 ? r.int8() : 0;
  r.field = 'UngroupedPartitionStates';
  const fUngroupedPartitionStates: LeaderAndIsrRequestLeaderAndIsrPartitionState[] = version <= 1 ? readLeaderAndIsrRequest_UngroupedPartitionStates(r, version) : [];
  r.field = 'TopicStates';
  const fTopicStates: LeaderAndIsrRequestLeaderAndIsrTopicState[] = version >= 2 ? readLeaderAndIsrRequest_TopicStates(r, version) : [];
  r.field = 'LiveLeaders';
  const fLiveLeaders: LeaderAndIsrRequestLeaderAndIsrLiveLeader[] = readLeaderAndIsrRequest_LiveLeaders(r, version);
  if (version >= 4) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    controllerId: fControllerId,
    isKRaftController: fisKRaftController,
    controllerEpoch: fControllerEpoch,
    brokerEpoch: fBrokerEpoch,
    type: fType,
    ungroupedPartitionStates: fUngroupedPartitionStates,
    topicStates: fTopicStates,
    liveLeaders: fLiveLeaders,
  };
}

function readLeaderAndIsrRequestLeaderAndIsrTopicState_PartitionStates(r: Reader, version: number): LeaderAndIsrRequestLeaderAndIsrPartitionState[] {
  const n = version >= 4 ? r.compactArrayLength(26) : r.arrayLength(26);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: LeaderAndIsrRequestLeaderAndIsrPartitionState[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readLeaderAndIsrRequestLeaderAndIsrPartitionState(r, version));
  return items;
}

function readLeaderAndIsrRequestLeaderAndIsrTopicState(r: Reader, version: number): LeaderAndIsrRequestLeaderAndIsrTopicState {
  r.field = 'TopicStates.TopicName';
  const fTopicName: string = version >= 4 ? r.compactString() : r.string();
  r.field = 'TopicStates.TopicId';
  const fTopicId: string = version >= 5 ? r.uuid() : 'AAAAAAAAAAAAAAAAAAAAAA';
  r.field = 'TopicStates.PartitionStates';
  const fPartitionStates: LeaderAndIsrRequestLeaderAndIsrPartitionState[] = readLeaderAndIsrRequestLeaderAndIsrTopicState_PartitionStates(r, version);
  if (version >= 4) {
    r.field = 'TopicStates._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    topicName: fTopicName,
    topicId: fTopicId,
    partitionStates: fPartitionStates,
  };
}

function readLeaderAndIsrRequestLeaderAndIsrLiveLeader(r: Reader, version: number): LeaderAndIsrRequestLeaderAndIsrLiveLeader {
  r.field = 'LiveLeaders.BrokerId';
  const fBrokerId: number = r.int32();
  r.field = 'LiveLeaders.HostName';
  const fHostName: string = version >= 4 ? r.compactString() : r.string();
  r.field = 'LiveLeaders.Port';
  const fPort: number = r.int32();
  if (version >= 4) {
    r.field = 'LiveLeaders._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    brokerId: fBrokerId,
    hostName: fHostName,
    port: fPort,
  };
}

function readLeaderAndIsrRequestLeaderAndIsrPartitionState_Isr(r: Reader, version: number): number[] {
  const n = version >= 4 ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readLeaderAndIsrRequestLeaderAndIsrPartitionState_Replicas(r: Reader, version: number): number[] {
  const n = version >= 4 ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readLeaderAndIsrRequestLeaderAndIsrPartitionState_AddingReplicas(r: Reader, version: number): number[] {
  const n = version >= 4 ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readLeaderAndIsrRequestLeaderAndIsrPartitionState_RemovingReplicas(r: Reader, version: number): number[] {
  const n = version >= 4 ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readLeaderAndIsrRequestLeaderAndIsrPartitionState(r: Reader, version: number): LeaderAndIsrRequestLeaderAndIsrPartitionState {
  r.field = 'LeaderAndIsrPartitionState.TopicName';
  const fTopicName: string = version <= 1 ? r.string() : '';
  r.field = 'LeaderAndIsrPartitionState.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'LeaderAndIsrPartitionState.ControllerEpoch';
  const fControllerEpoch: number = r.int32();
  r.field = 'LeaderAndIsrPartitionState.Leader';
  const fLeader: number = r.int32();
  r.field = 'LeaderAndIsrPartitionState.LeaderEpoch';
  const fLeaderEpoch: number = r.int32();
  r.field = 'LeaderAndIsrPartitionState.Isr';
  const fIsr: number[] = readLeaderAndIsrRequestLeaderAndIsrPartitionState_Isr(r, version);
  r.field = 'LeaderAndIsrPartitionState.PartitionEpoch';
  const fPartitionEpoch: number = r.int32();
  r.field = 'LeaderAndIsrPartitionState.Replicas';
  const fReplicas: number[] = readLeaderAndIsrRequestLeaderAndIsrPartitionState_Replicas(r, version);
  r.field = 'LeaderAndIsrPartitionState.AddingReplicas';
  const fAddingReplicas: number[] = version >= 3 ? readLeaderAndIsrRequestLeaderAndIsrPartitionState_AddingReplicas(r, version) : [];
  r.field = 'LeaderAndIsrPartitionState.RemovingReplicas';
  const fRemovingReplicas: number[] = version >= 3 ? readLeaderAndIsrRequestLeaderAndIsrPartitionState_RemovingReplicas(r, version) : [];
  r.field = 'LeaderAndIsrPartitionState.IsNew';
  const fIsNew: boolean = version >= 1 ? r.bool() : false;
  r.field = 'LeaderAndIsrPartitionState.LeaderRecoveryState';
  const fLeaderRecoveryState: number = version >= 6 ? r.int8() : 0;
  if (version >= 4) {
    r.field = 'LeaderAndIsrPartitionState._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    topicName: fTopicName,
    partitionIndex: fPartitionIndex,
    controllerEpoch: fControllerEpoch,
    leader: fLeader,
    leaderEpoch: fLeaderEpoch,
    isr: fIsr,
    partitionEpoch: fPartitionEpoch,
    replicas: fReplicas,
    addingReplicas: fAddingReplicas,
    removingReplicas: fRemovingReplicas,
    isNew: fIsNew,
    leaderRecoveryState: fLeaderRecoveryState,
  };
}

function writeLeaderAndIsrRequest_UngroupedPartitionStates(w: Writer, version: number, items: LeaderAndIsrRequestLeaderAndIsrPartitionState[]): void {
  w.int32(items.length);
  for (const item of items) writeLeaderAndIsrRequestLeaderAndIsrPartitionState(w, version, item);
}

function writeLeaderAndIsrRequest_TopicStates(w: Writer, version: number, items: LeaderAndIsrRequestLeaderAndIsrTopicState[]): void {
  version >= 4 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeLeaderAndIsrRequestLeaderAndIsrTopicState(w, version, item);
}

function writeLeaderAndIsrRequest_LiveLeaders(w: Writer, version: number, items: LeaderAndIsrRequestLeaderAndIsrLiveLeader[]): void {
  version >= 4 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeLeaderAndIsrRequestLeaderAndIsrLiveLeader(w, version, item);
}

function writeLeaderAndIsrRequest(w: Writer, version: number, v: LeaderAndIsrRequest): void {
  w.int32(v.controllerId);
  if (version >= 7) {
    w.bool(v.isKRaftController);
  } else if (v.isKRaftController !== false) {
    notInVersion('LeaderAndIsrRequest', version, 'isKRaftController');
  }
  w.int32(v.controllerEpoch);
  if (version >= 2) {
    w.int64(v.brokerEpoch);
  }
  if (version >= 5) {
    w.int8(v.type);
  } else if (v.type !== 0) {
    notInVersion('LeaderAndIsrRequest', version, 'Type');
  }
  if (version <= 1) {
    writeLeaderAndIsrRequest_UngroupedPartitionStates(w, version, v.ungroupedPartitionStates);
  } else if (v.ungroupedPartitionStates.length !== 0) {
    notInVersion('LeaderAndIsrRequest', version, 'UngroupedPartitionStates');
  }
  if (version >= 2) {
    writeLeaderAndIsrRequest_TopicStates(w, version, v.topicStates);
  } else if (v.topicStates.length !== 0) {
    notInVersion('LeaderAndIsrRequest', version, 'TopicStates');
  }
  writeLeaderAndIsrRequest_LiveLeaders(w, version, v.liveLeaders);
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeLeaderAndIsrRequestLeaderAndIsrTopicState_PartitionStates(w: Writer, version: number, items: LeaderAndIsrRequestLeaderAndIsrPartitionState[]): void {
  version >= 4 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeLeaderAndIsrRequestLeaderAndIsrPartitionState(w, version, item);
}

function writeLeaderAndIsrRequestLeaderAndIsrTopicState(w: Writer, version: number, v: LeaderAndIsrRequestLeaderAndIsrTopicState): void {
  version >= 4 ? w.compactString(v.topicName) : w.string(v.topicName);
  if (version >= 5) {
    w.uuid(v.topicId);
  }
  writeLeaderAndIsrRequestLeaderAndIsrTopicState_PartitionStates(w, version, v.partitionStates);
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeLeaderAndIsrRequestLeaderAndIsrLiveLeader(w: Writer, version: number, v: LeaderAndIsrRequestLeaderAndIsrLiveLeader): void {
  w.int32(v.brokerId);
  version >= 4 ? w.compactString(v.hostName) : w.string(v.hostName);
  w.int32(v.port);
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeLeaderAndIsrRequestLeaderAndIsrPartitionState_Isr(w: Writer, version: number, items: number[]): void {
  version >= 4 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) w.int32(item);
}

function writeLeaderAndIsrRequestLeaderAndIsrPartitionState_Replicas(w: Writer, version: number, items: number[]): void {
  version >= 4 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) w.int32(item);
}

function writeLeaderAndIsrRequestLeaderAndIsrPartitionState_AddingReplicas(w: Writer, version: number, items: number[]): void {
  version >= 4 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) w.int32(item);
}

function writeLeaderAndIsrRequestLeaderAndIsrPartitionState_RemovingReplicas(w: Writer, version: number, items: number[]): void {
  version >= 4 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) w.int32(item);
}

function writeLeaderAndIsrRequestLeaderAndIsrPartitionState(w: Writer, version: number, v: LeaderAndIsrRequestLeaderAndIsrPartitionState): void {
  if (version <= 1) {
    w.string(v.topicName);
  }
  w.int32(v.partitionIndex);
  w.int32(v.controllerEpoch);
  w.int32(v.leader);
  w.int32(v.leaderEpoch);
  writeLeaderAndIsrRequestLeaderAndIsrPartitionState_Isr(w, version, v.isr);
  w.int32(v.partitionEpoch);
  writeLeaderAndIsrRequestLeaderAndIsrPartitionState_Replicas(w, version, v.replicas);
  if (version >= 3) {
    writeLeaderAndIsrRequestLeaderAndIsrPartitionState_AddingReplicas(w, version, v.addingReplicas);
  }
  if (version >= 3) {
    writeLeaderAndIsrRequestLeaderAndIsrPartitionState_RemovingReplicas(w, version, v.removingReplicas);
  }
  if (version >= 1) {
    w.bool(v.isNew);
  }
  if (version >= 6) {
    w.int8(v.leaderRecoveryState);
  } else if (v.leaderRecoveryState !== 0) {
    notInVersion('LeaderAndIsrRequest', version, 'LeaderAndIsrPartitionState.LeaderRecoveryState');
  }
  if (version >= 4) {
    w.uvarint(0);
  }
}

export const LeaderAndIsrRequestCodec: MessageCodec<LeaderAndIsrRequest> = {
  name: 'LeaderAndIsrRequest',
  apiKey: 4,
  minVersion: 0,
  maxVersion: 7,
  flexibleFrom: 4,
  decode(r: Reader, version: number): LeaderAndIsrRequest {
    if (version < 0 || version > 7) {
      r.fail(`unsupported version ${version}`);
      return defaultLeaderAndIsrRequest();
    }
    return readLeaderAndIsrRequest(r, version);
  },
  encode(w: Writer, version: number, value: LeaderAndIsrRequest): void {
    if (version < 0 || version > 7) unsupportedVersion('LeaderAndIsrRequest', version, 0, 7);
    writeLeaderAndIsrRequest(w, version, value);
  },
  defaults: defaultLeaderAndIsrRequest,
};

/** LeaderAndIsrResponse (response, API key 4), versions 0-7. */
export interface LeaderAndIsrResponse {
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** Each partition in v0 to v4 message. (versions 0-4) */
  partitionErrors: LeaderAndIsrResponseLeaderAndIsrPartitionError[];
  /** Each topic (versions 5+) */
  topics: LeaderAndIsrResponseLeaderAndIsrTopicError[];
}

/** LeaderAndIsrResponse LeaderAndIsrTopicError, versions 5-7. */
export interface LeaderAndIsrResponseLeaderAndIsrTopicError {
  /** The unique topic ID (versions 5+) */
  topicId: string;
  /** Each partition. (versions 5+) */
  partitionErrors: LeaderAndIsrResponseLeaderAndIsrPartitionError[];
}

/** LeaderAndIsrResponse LeaderAndIsrPartitionError, versions 0-7. */
export interface LeaderAndIsrResponseLeaderAndIsrPartitionError {
  /** The topic name. (versions 0-4) */
  topicName: string;
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The partition error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
}

/** A fresh LeaderAndIsrResponse with every field at its schema default. */
export function defaultLeaderAndIsrResponse(): LeaderAndIsrResponse {
  return {
    errorCode: 0,
    partitionErrors: [],
    topics: [],
  };
}

/** A fresh LeaderAndIsrResponseLeaderAndIsrTopicError with every field at its schema default. */
export function defaultLeaderAndIsrResponseLeaderAndIsrTopicError(): LeaderAndIsrResponseLeaderAndIsrTopicError {
  return {
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitionErrors: [],
  };
}

/** A fresh LeaderAndIsrResponseLeaderAndIsrPartitionError with every field at its schema default. */
export function defaultLeaderAndIsrResponseLeaderAndIsrPartitionError(): LeaderAndIsrResponseLeaderAndIsrPartitionError {
  return {
    topicName: '',
    partitionIndex: 0,
    errorCode: 0,
  };
}

function readLeaderAndIsrResponse_PartitionErrors(r: Reader, version: number): LeaderAndIsrResponseLeaderAndIsrPartitionError[] {
  const n = version >= 4 ? r.compactArrayLength(8) : r.arrayLength(8);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: LeaderAndIsrResponseLeaderAndIsrPartitionError[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readLeaderAndIsrResponseLeaderAndIsrPartitionError(r, version));
  return items;
}

function readLeaderAndIsrResponse_Topics(r: Reader, version: number): LeaderAndIsrResponseLeaderAndIsrTopicError[] {
  const n = r.compactArrayLength(18);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: LeaderAndIsrResponseLeaderAndIsrTopicError[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readLeaderAndIsrResponseLeaderAndIsrTopicError(r, version));
  return items;
}

function readLeaderAndIsrResponse(r: Reader, version: number): LeaderAndIsrResponse {
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'PartitionErrors';
  const fPartitionErrors: LeaderAndIsrResponseLeaderAndIsrPartitionError[] = version <= 4 ? readLeaderAndIsrResponse_PartitionErrors(r, version) : [];
  r.field = 'Topics';
  const fTopics: LeaderAndIsrResponseLeaderAndIsrTopicError[] = version >= 5 ? readLeaderAndIsrResponse_Topics(r, version) : [];
  if (version >= 4) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    errorCode: fErrorCode,
    partitionErrors: fPartitionErrors,
    topics: fTopics,
  };
}

function readLeaderAndIsrResponseLeaderAndIsrTopicError_PartitionErrors(r: Reader, version: number): LeaderAndIsrResponseLeaderAndIsrPartitionError[] {
  const n = r.compactArrayLength(7);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: LeaderAndIsrResponseLeaderAndIsrPartitionError[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readLeaderAndIsrResponseLeaderAndIsrPartitionError(r, version));
  return items;
}

function readLeaderAndIsrResponseLeaderAndIsrTopicError(r: Reader, version: number): LeaderAndIsrResponseLeaderAndIsrTopicError {
  r.field = 'Topics.TopicId';
  const fTopicId: string = r.uuid();
  r.field = 'Topics.PartitionErrors';
  const fPartitionErrors: LeaderAndIsrResponseLeaderAndIsrPartitionError[] = readLeaderAndIsrResponseLeaderAndIsrTopicError_PartitionErrors(r, version);
  r.field = 'Topics._tagged_fields';
  r.skipTaggedFields();
  return {
    topicId: fTopicId,
    partitionErrors: fPartitionErrors,
  };
}

function readLeaderAndIsrResponseLeaderAndIsrPartitionError(r: Reader, version: number): LeaderAndIsrResponseLeaderAndIsrPartitionError {
  r.field = 'LeaderAndIsrPartitionError.TopicName';
  const fTopicName: string = version <= 4 ? (version >= 4 ? r.compactString() : r.string()) : '';
  r.field = 'LeaderAndIsrPartitionError.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'LeaderAndIsrPartitionError.ErrorCode';
  const fErrorCode: number = r.int16();
  if (version >= 4) {
    r.field = 'LeaderAndIsrPartitionError._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    topicName: fTopicName,
    partitionIndex: fPartitionIndex,
    errorCode: fErrorCode,
  };
}

function writeLeaderAndIsrResponse_PartitionErrors(w: Writer, version: number, items: LeaderAndIsrResponseLeaderAndIsrPartitionError[]): void {
  version >= 4 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeLeaderAndIsrResponseLeaderAndIsrPartitionError(w, version, item);
}

function writeLeaderAndIsrResponse_Topics(w: Writer, version: number, items: LeaderAndIsrResponseLeaderAndIsrTopicError[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeLeaderAndIsrResponseLeaderAndIsrTopicError(w, version, item);
}

function writeLeaderAndIsrResponse(w: Writer, version: number, v: LeaderAndIsrResponse): void {
  w.int16(v.errorCode);
  if (version <= 4) {
    writeLeaderAndIsrResponse_PartitionErrors(w, version, v.partitionErrors);
  } else if (v.partitionErrors.length !== 0) {
    notInVersion('LeaderAndIsrResponse', version, 'PartitionErrors');
  }
  if (version >= 5) {
    writeLeaderAndIsrResponse_Topics(w, version, v.topics);
  } else if (v.topics.length !== 0) {
    notInVersion('LeaderAndIsrResponse', version, 'Topics');
  }
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeLeaderAndIsrResponseLeaderAndIsrTopicError_PartitionErrors(w: Writer, version: number, items: LeaderAndIsrResponseLeaderAndIsrPartitionError[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeLeaderAndIsrResponseLeaderAndIsrPartitionError(w, version, item);
}

function writeLeaderAndIsrResponseLeaderAndIsrTopicError(w: Writer, version: number, v: LeaderAndIsrResponseLeaderAndIsrTopicError): void {
  w.uuid(v.topicId);
  writeLeaderAndIsrResponseLeaderAndIsrTopicError_PartitionErrors(w, version, v.partitionErrors);
  w.uvarint(0);
}

function writeLeaderAndIsrResponseLeaderAndIsrPartitionError(w: Writer, version: number, v: LeaderAndIsrResponseLeaderAndIsrPartitionError): void {
  if (version <= 4) {
    version >= 4 ? w.compactString(v.topicName) : w.string(v.topicName);
  }
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  if (version >= 4) {
    w.uvarint(0);
  }
}

export const LeaderAndIsrResponseCodec: MessageCodec<LeaderAndIsrResponse> = {
  name: 'LeaderAndIsrResponse',
  apiKey: 4,
  minVersion: 0,
  maxVersion: 7,
  flexibleFrom: 4,
  decode(r: Reader, version: number): LeaderAndIsrResponse {
    if (version < 0 || version > 7) {
      r.fail(`unsupported version ${version}`);
      return defaultLeaderAndIsrResponse();
    }
    return readLeaderAndIsrResponse(r, version);
  },
  encode(w: Writer, version: number, value: LeaderAndIsrResponse): void {
    if (version < 0 || version > 7) unsupportedVersion('LeaderAndIsrResponse', version, 0, 7);
    writeLeaderAndIsrResponse(w, version, value);
  },
  defaults: defaultLeaderAndIsrResponse,
};
