// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   StopReplicaRequest.json, StopReplicaResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, notInVersion, unsupportedVersion } from '../generator/runtime';

/** StopReplicaRequest (request, API key 5), versions 0-4. */
export interface StopReplicaRequest {
  /** The controller id. (versions 0+) */
  controllerId: number;
  /** If KRaft controller id is used during migration. See KIP-866 (versions 4+, default false) */
  isKRaftController: boolean;
  /** The controller epoch. (versions 0+) */
  controllerEpoch: number;
  /** The broker epoch. (versions 1+, default -1) */
  brokerEpoch: bigint;
  /** Whether these partitions should be deleted. (versions 0-2) */
  deletePartitions: boolean;
  /** The partitions to stop. (versions 0) */
  ungroupedPartitions: StopReplicaRequestStopReplicaPartitionV0[];
  /** The topics to stop. (versions 1-2) */
  topics: StopReplicaRequestStopReplicaTopicV1[];
  /** Each topic. (versions 3+) */
  topicStates: StopReplicaRequestStopReplicaTopicState[];
}

/** StopReplicaRequest StopReplicaPartitionV0, versions 0. */
export interface StopReplicaRequestStopReplicaPartitionV0 {
  /** The topic name. (versions 0) */
  topicName: string;
  /** The partition index. (versions 0) */
  partitionIndex: number;
}

/** StopReplicaRequest StopReplicaTopicV1, versions 1-2. */
export interface StopReplicaRequestStopReplicaTopicV1 {
  /** The topic name. (versions 1-2) */
  name: string;
  /** The partition indexes. (versions 1-2) */
  partitionIndexes: number[];
}

/** StopReplicaRequest StopReplicaTopicState, versions 3-4. */
export interface StopReplicaRequestStopReplicaTopicState {
  /** The topic name. (versions 3+) */
  topicName: string;
  /** The state of each partition (versions 3+) */
  partitionStates: StopReplicaRequestStopReplicaPartitionState[];
}

/** StopReplicaRequest StopReplicaPartitionState, versions 3-4. */
export interface StopReplicaRequestStopReplicaPartitionState {
  /** The partition index. (versions 3+) */
  partitionIndex: number;
  /** The leader epoch. (versions 3+, default -1) */
  leaderEpoch: number;
  /** Whether this partition should be deleted. (versions 3+) */
  deletePartition: boolean;
}

/** A fresh StopReplicaRequest with every field at its schema default. */
export function defaultStopReplicaRequest(): StopReplicaRequest {
  return {
    controllerId: 0,
    isKRaftController: false,
    controllerEpoch: 0,
    brokerEpoch: -1n,
    deletePartitions: false,
    ungroupedPartitions: [],
    topics: [],
    topicStates: [],
  };
}

/** A fresh StopReplicaRequestStopReplicaPartitionV0 with every field at its schema default. */
export function defaultStopReplicaRequestStopReplicaPartitionV0(): StopReplicaRequestStopReplicaPartitionV0 {
  return {
    topicName: '',
    partitionIndex: 0,
  };
}

/** A fresh StopReplicaRequestStopReplicaTopicV1 with every field at its schema default. */
export function defaultStopReplicaRequestStopReplicaTopicV1(): StopReplicaRequestStopReplicaTopicV1 {
  return {
    name: '',
    partitionIndexes: [],
  };
}

/** A fresh StopReplicaRequestStopReplicaTopicState with every field at its schema default. */
export function defaultStopReplicaRequestStopReplicaTopicState(): StopReplicaRequestStopReplicaTopicState {
  return {
    topicName: '',
    partitionStates: [],
  };
}

/** A fresh StopReplicaRequestStopReplicaPartitionState with every field at its schema default. */
export function defaultStopReplicaRequestStopReplicaPartitionState(): StopReplicaRequestStopReplicaPartitionState {
  return {
    partitionIndex: 0,
    leaderEpoch: -1,
    deletePartition: false,
  };
}

function readStopReplicaRequest_UngroupedPartitions(r: Reader, version: number): StopReplicaRequestStopReplicaPartitionV0[] {
  const n = r.arrayLength(6);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: StopReplicaRequestStopReplicaPartitionV0[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readStopReplicaRequestStopReplicaPartitionV0(r, version));
  return items;
}

function readStopReplicaRequest_Topics(r: Reader, version: number): StopReplicaRequestStopReplicaTopicV1[] {
  const n = version >= 2 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: StopReplicaRequestStopReplicaTopicV1[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readStopReplicaRequestStopReplicaTopicV1(r, version));
  return items;
}

function readStopReplicaRequest_TopicStates(r: Reader, version: number): StopReplicaRequestStopReplicaTopicState[] {
  const n = r.compactArrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: StopReplicaRequestStopReplicaTopicState[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readStopReplicaRequestStopReplicaTopicState(r, version));
  return items;
}

function readStopReplicaRequest(r: Reader, version: number): StopReplicaRequest {
  r.field = 'ControllerId';
  const fControllerId: number = r.int32();
  r.field = 'isKRaftController';
  const fisKRaftController: boolean = version >= 4 ? r.bool() : false;
  r.field = 'ControllerEpoch';
  const fControllerEpoch: number = r.int32();
  r.field = 'BrokerEpoch';
  const fBrokerEpoch: bigint = version >= 1 ? r.int64() : -1n;
  r.field = 'DeletePartitions';
  const fDeletePartitions: boolean = version <= 2 ? r.bool() : false;
  r.field = 'UngroupedPartitions';
  const fUngroupedPartitions: StopReplicaRequestStopReplicaPartitionV0[] = version <= 0 ? readStopReplicaRequest_UngroupedPartitions(r, version) : [];
  r.field = 'Topics';
  const fTopics: StopReplicaRequestStopReplicaTopicV1[] = (version >= 1 && version <= 2) ? readStopReplicaRequest_Topics(r, version) : [];
  r.field = 'TopicStates';
  const fTopicStates: StopReplicaRequestStopReplicaTopicState[] = version >= 3 ? readStopReplicaRequest_TopicStates(r, version) : [];
  if (version >= 2) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    controllerId: fControllerId,
    isKRaftController: fisKRaftController,
    controllerEpoch: fControllerEpoch,
    brokerEpoch: fBrokerEpoch,
    deletePartitions: fDeletePartitions,
    ungroupedPartitions: fUngroupedPartitions,
    topics: fTopics,
    topicStates: fTopicStates,
  };
}

function readStopReplicaRequestStopReplicaPartitionV0(r: Reader, _version: number): StopReplicaRequestStopReplicaPartitionV0 {
  r.field = 'UngroupedPartitions.TopicName';
  const fTopicName: string = r.string();
  r.field = 'UngroupedPartitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  return {
    topicName: fTopicName,
    partitionIndex: fPartitionIndex,
  };
}

function readStopReplicaRequestStopReplicaTopicV1_PartitionIndexes(r: Reader, version: number): number[] {
  const n = version >= 2 ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readStopReplicaRequestStopReplicaTopicV1(r: Reader, version: number): StopReplicaRequestStopReplicaTopicV1 {
  r.field = 'Topics.Name';
  const fName: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'Topics.PartitionIndexes';
  const fPartitionIndexes: number[] = readStopReplicaRequestStopReplicaTopicV1_PartitionIndexes(r, version);
  if (version >= 2) {
    r.field = 'Topics._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    name: fName,
    partitionIndexes: fPartitionIndexes,
  };
}

function readStopReplicaRequestStopReplicaTopicState_PartitionStates(r: Reader, version: number): StopReplicaRequestStopReplicaPartitionState[] {
  const n = r.compactArrayLength(10);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: StopReplicaRequestStopReplicaPartitionState[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readStopReplicaRequestStopReplicaPartitionState(r, version));
  return items;
}

function readStopReplicaRequestStopReplicaTopicState(r: Reader, version: number): StopReplicaRequestStopReplicaTopicState {
  r.field = 'TopicStates.TopicName';
  const fTopicName: string = r.compactString();
  r.field = 'TopicStates.PartitionStates';
  const fPartitionStates: StopReplicaRequestStopReplicaPartitionState[] = readStopReplicaRequestStopReplicaTopicState_PartitionStates(r, version);
  r.field = 'TopicStates._tagged_fields';
  r.skipTaggedFields();
  return {
    topicName: fTopicName,
    partitionStates: fPartitionStates,
  };
}

function readStopReplicaRequestStopReplicaPartitionState(r: Reader, _version: number): StopReplicaRequestStopReplicaPartitionState {
  r.field = 'TopicStates.PartitionStates.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'TopicStates.PartitionStates.LeaderEpoch';
  const fLeaderEpoch: number = r.int32();
  r.field = 'TopicStates.PartitionStates.DeletePartition';
  const fDeletePartition: boolean = r.bool();
  r.field = 'TopicStates.PartitionStates._tagged_fields';
  r.skipTaggedFields();
  return {
    partitionIndex: fPartitionIndex,
    leaderEpoch: fLeaderEpoch,
    deletePartition: fDeletePartition,
  };
}

function writeStopReplicaRequest_UngroupedPartitions(w: Writer, version: number, items: StopReplicaRequestStopReplicaPartitionV0[]): void {
  w.int32(items.length);
  for (const item of items) writeStopReplicaRequestStopReplicaPartitionV0(w, version, item);
}

function writeStopReplicaRequest_Topics(w: Writer, version: number, items: StopReplicaRequestStopReplicaTopicV1[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeStopReplicaRequestStopReplicaTopicV1(w, version, item);
}

function writeStopReplicaRequest_TopicStates(w: Writer, version: number, items: StopReplicaRequestStopReplicaTopicState[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeStopReplicaRequestStopReplicaTopicState(w, version, item);
}

function writeStopReplicaRequest(w: Writer, version: number, v: StopReplicaRequest): void {
  w.int32(v.controllerId);
  if (version >= 4) {
    w.bool(v.isKRaftController);
  } else if (v.isKRaftController !== false) {
    notInVersion('StopReplicaRequest', version, 'isKRaftController');
  }
  w.int32(v.controllerEpoch);
  if (version >= 1) {
    w.int64(v.brokerEpoch);
  }
  if (version <= 2) {
    w.bool(v.deletePartitions);
  } else if (v.deletePartitions !== false) {
    notInVersion('StopReplicaRequest', version, 'DeletePartitions');
  }
  if (version <= 0) {
    writeStopReplicaRequest_UngroupedPartitions(w, version, v.ungroupedPartitions);
  } else if (v.ungroupedPartitions.length !== 0) {
    notInVersion('StopReplicaRequest', version, 'UngroupedPartitions');
  }
  if (version >= 1 && version <= 2) {
    writeStopReplicaRequest_Topics(w, version, v.topics);
  } else if (v.topics.length !== 0) {
    notInVersion('StopReplicaRequest', version, 'Topics');
  }
  if (version >= 3) {
    writeStopReplicaRequest_TopicStates(w, version, v.topicStates);
  } else if (v.topicStates.length !== 0) {
    notInVersion('StopReplicaRequest', version, 'TopicStates');
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeStopReplicaRequestStopReplicaPartitionV0(w: Writer, _version: number, v: StopReplicaRequestStopReplicaPartitionV0): void {
  w.string(v.topicName);
  w.int32(v.partitionIndex);
}

function writeStopReplicaRequestStopReplicaTopicV1_PartitionIndexes(w: Writer, version: number, items: number[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) w.int32(item);
}

function writeStopReplicaRequestStopReplicaTopicV1(w: Writer, version: number, v: StopReplicaRequestStopReplicaTopicV1): void {
  version >= 2 ? w.compactString(v.name) : w.string(v.name);
  writeStopReplicaRequestStopReplicaTopicV1_PartitionIndexes(w, version, v.partitionIndexes);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeStopReplicaRequestStopReplicaTopicState_PartitionStates(w: Writer, version: number, items: StopReplicaRequestStopReplicaPartitionState[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeStopReplicaRequestStopReplicaPartitionState(w, version, item);
}

function writeStopReplicaRequestStopReplicaTopicState(w: Writer, version: number, v: StopReplicaRequestStopReplicaTopicState): void {
  w.compactString(v.topicName);
  writeStopReplicaRequestStopReplicaTopicState_PartitionStates(w, version, v.partitionStates);
  w.uvarint(0);
}

function writeStopReplicaRequestStopReplicaPartitionState(w: Writer, _version: number, v: StopReplicaRequestStopReplicaPartitionState): void {
  w.int32(v.partitionIndex);
  w.int32(v.leaderEpoch);
  w.bool(v.deletePartition);
  w.uvarint(0);
}

export const StopReplicaRequestCodec: MessageCodec<StopReplicaRequest> = {
  name: 'StopReplicaRequest',
  apiKey: 5,
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 2,
  decode(r: Reader, version: number): StopReplicaRequest {
    if (version < 0 || version > 4) {
      r.fail(`unsupported version ${version}`);
      return defaultStopReplicaRequest();
    }
    return readStopReplicaRequest(r, version);
  },
  encode(w: Writer, version: number, value: StopReplicaRequest): void {
    if (version < 0 || version > 4) unsupportedVersion('StopReplicaRequest', version, 0, 4);
    writeStopReplicaRequest(w, version, value);
  },
  defaults: defaultStopReplicaRequest,
};

/** StopReplicaResponse (response, API key 5), versions 0-4. */
export interface StopReplicaResponse {
  /** The top-level error code, or 0 if there was no top-level error. (versions 0+) */
  errorCode: number;
  /** The responses for each partition. (versions 0+) */
  partitionErrors: StopReplicaResponseStopReplicaPartitionError[];
}

/** StopReplicaResponse StopReplicaPartitionError, versions 0-4. */
export interface StopReplicaResponseStopReplicaPartitionError {
  /** The topic name. (versions 0+) */
  topicName: string;
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The partition error code, or 0 if there was no partition error. (versions 0+) */
  errorCode: number;
}

/** A fresh StopReplicaResponse with every field at its schema default. */
export function defaultStopReplicaResponse(): StopReplicaResponse {
  return {
    errorCode: 0,
    partitionErrors: [],
  };
}

/** A fresh StopReplicaResponseStopReplicaPartitionError with every field at its schema default. */
export function defaultStopReplicaResponseStopReplicaPartitionError(): StopReplicaResponseStopReplicaPartitionError {
  return {
    topicName: '',
    partitionIndex: 0,
    errorCode: 0,
  };
}

function readStopReplicaResponse_PartitionErrors(r: Reader, version: number): StopReplicaResponseStopReplicaPartitionError[] {
  const n = version >= 2 ? r.compactArrayLength(8) : r.arrayLength(8);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: StopReplicaResponseStopReplicaPartitionError[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readStopReplicaResponseStopReplicaPartitionError(r, version));
  return items;
}

function readStopReplicaResponse(r: Reader, version: number): StopReplicaResponse {
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'PartitionErrors';
  const fPartitionErrors: StopReplicaResponseStopReplicaPartitionError[] = readStopReplicaResponse_PartitionErrors(r, version);
  if (version >= 2) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    errorCode: fErrorCode,
    partitionErrors: fPartitionErrors,
  };
}

function readStopReplicaResponseStopReplicaPartitionError(r: Reader, version: number): StopReplicaResponseStopReplicaPartitionError {
  r.field = 'PartitionErrors.TopicName';
  const fTopicName: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'PartitionErrors.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'PartitionErrors.ErrorCode';
  const fErrorCode: number = r.int16();
  if (version >= 2) {
    r.field = 'PartitionErrors._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    topicName: fTopicName,
    partitionIndex: fPartitionIndex,
    errorCode: fErrorCode,
  };
}

function writeStopReplicaResponse_PartitionErrors(w: Writer, version: number, items: StopReplicaResponseStopReplicaPartitionError[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeStopReplicaResponseStopReplicaPartitionError(w, version, item);
}

function writeStopReplicaResponse(w: Writer, version: number, v: StopReplicaResponse): void {
  w.int16(v.errorCode);
  writeStopReplicaResponse_PartitionErrors(w, version, v.partitionErrors);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeStopReplicaResponseStopReplicaPartitionError(w: Writer, version: number, v: StopReplicaResponseStopReplicaPartitionError): void {
  version >= 2 ? w.compactString(v.topicName) : w.string(v.topicName);
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  if (version >= 2) {
    w.uvarint(0);
  }
}

export const StopReplicaResponseCodec: MessageCodec<StopReplicaResponse> = {
  name: 'StopReplicaResponse',
  apiKey: 5,
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 2,
  decode(r: Reader, version: number): StopReplicaResponse {
    if (version < 0 || version > 4) {
      r.fail(`unsupported version ${version}`);
      return defaultStopReplicaResponse();
    }
    return readStopReplicaResponse(r, version);
  },
  encode(w: Writer, version: number, value: StopReplicaResponse): void {
    if (version < 0 || version > 4) unsupportedVersion('StopReplicaResponse', version, 0, 4);
    writeStopReplicaResponse(w, version, value);
  },
  defaults: defaultStopReplicaResponse,
};
