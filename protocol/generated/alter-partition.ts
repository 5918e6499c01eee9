// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   AlterPartitionRequest.json, AlterPartitionResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, notInVersion, unsupportedVersion } from '../generator/runtime';

/** AlterPartitionRequest (request, API key 56), versions 0-3. */
export interface AlterPartitionRequest {
  /** The ID of the requesting broker (versions 0+) */
  brokerId: number;
  /** The epoch of the requesting broker (versions 0+, default -1) */
  brokerEpoch: bigint;
  /** (versions 0+) */
  topics: AlterPartitionRequestTopicData[];
}

/** AlterPartitionRequest TopicData, versions 0-3. */
export interface AlterPartitionRequestTopicData {
  /** The name of the topic to alter ISRs for (versions 0-1) */
  topicName: string;
  /** The ID of the topic to alter ISRs for (versions 2+) */
  topicId: string;
  /** (versions 0+) */
  partitions: AlterPartitionRequestPartitionData[];
}

/** AlterPartitionRequest PartitionData, versions 0-3. */
export interface AlterPartitionRequestPartitionData {
  /** The partition index (versions 0+) */
  partitionIndex: number;
  /** The leader epoch of this partition (versions 0+) */
  leaderEpoch: number;
  /** The ISR for this partition. Deprecated since version 3. (versions 0-2) */
  newIsr: number[];
  /** (versions 3+) */
  newIsrWithEpochs: AlterPartitionRequestBrokerState[];
  /** 1 if the partition is recovering from an unclean leader election; 0 otherwise. (versions 1+, default 0) */
  leaderRecoveryState: number;
  /** The expected epoch of the partition which is being updated. For legacy cluster this is the ZkVersion in the LeaderAndIsr request. (versions 0+) */
  partitionEpoch: number;
}

/** AlterPartitionRequest BrokerState, versions 3. */
export interface AlterPartitionRequestBrokerState {
  /** The ID of the broker. (versions 3+) */
  brokerId: number;
  /** The epoch of the broker. It will be -1 if the epoch check is not supported. (versions 3+, default -1) */
  brokerEpoch: bigint;
}

/** A fresh AlterPartitionRequest with every field at its schema default. */
export function defaultAlterPartitionRequest(): AlterPartitionRequest {
  return {
    brokerId: 0,
    brokerEpoch: -1n,
    topics: [],
  };
}

/** A fresh AlterPartitionRequestTopicData with every field at its schema default. */
export function defaultAlterPartitionRequestTopicData(): AlterPartitionRequestTopicData {
  return {
    topicName: '',
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitions: [],
  };
}

/** A fresh AlterPartitionRequestPartitionData with every field at its schema default. */
export function defaultAlterPartitionRequestPartitionData(): AlterPartitionRequestPartitionData {
  return {
    partitionIndex: 0,
    leaderEpoch: 0,
    newIsr: [],
    newIsrWithEpochs: [],
    leaderRecoveryState: 0,
    partitionEpoch: 0,
  };
}

/** A fresh AlterPartitionRequestBrokerState with every field at its schema default. */
export function defaultAlterPartitionRequestBrokerState(): AlterPartitionRequestBrokerState {
  return {
    brokerId: 0,
    brokerEpoch: -1n,
  };
}

function readAlterPartitionRequest_Topics(r: Reader, version: number): AlterPartitionRequestTopicData[] {
  const n = r.compactArrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AlterPartitionRequestTopicData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAlterPartitionRequestTopicData(r, version));
  return items;
}

function readAlterPartitionRequest(r: Reader, version: number): AlterPartitionRequest {
  r.field = 'BrokerId';
  const fBrokerId: number = r.int32();
  r.field = 'BrokerEpoch';
  const fBrokerEpoch: bigint = r.int64();
  r.field = 'Topics';
  const fTopics: AlterPartitionRequestTopicData[] = readAlterPartitionRequest_Topics(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    brokerId: fBrokerId,
    brokerEpoch: fBrokerEpoch,
    topics: fTopics,
  };
}

function readAlterPartitionRequestTopicData_Partitions(r: Reader, version: number): AlterPartitionRequestPartitionData[] {
  const n = r.compactArrayLength(14);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AlterPartitionRequestPartitionData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAlterPartitionRequestPartitionData(r, version));
  return items;
}

function readAlterPartitionRequestTopicData(r: Reader, version: number): AlterPartitionRequestTopicData {
  r.field = 'Topics.TopicName';
  const fTopicName: string = version <= 1 ? r.compactString() : '';
  r.field = 'Topics.TopicId';
  const fTopicId: string = version >= 2 ? r.uuid() : 'AAAAAAAAAAAAAAAAAAAAAA';
  r.field = 'Topics.Partitions';
  const fPartitions: AlterPartitionRequestPartitionData[] = readAlterPartitionRequestTopicData_Partitions(r, version);
  r.field = 'Topics._tagged_fields';
  r.skipTaggedFields();
  return {
    topicName: fTopicName,
    topicId: fTopicId,
    partitions: fPartitions,
  };
}

function readAlterPartitionRequestPartitionData_NewIsr(r: Reader, _version: number): number[] {
  const n = r.compactArrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readAlterPartitionRequestPartitionData_NewIsrWithEpochs(r: Reader, version: number): AlterPartitionRequestBrokerState[] {
  const n = r.compactArrayLength(13);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AlterPartitionRequestBrokerState[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAlterPartitionRequestBrokerState(r, version));
  return items;
}

function readAlterPartitionRequestPartitionData(r: Reader, version: number): AlterPartitionRequestPartitionData {
  r.field = 'Topics.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Topics.Partitions.LeaderEpoch';
  const fLeaderEpoch: number = r.int32();
  r.field = 'Topics.Partitions.NewIsr';
  const fNewIsr: number[] = version <= 2 ? readAlterPartitionRequestPartitionData_NewIsr(r, version) : [];
  r.field = 'Topics.Partitions.NewIsrWithEpochs';
  const fNewIsrWithEpochs: AlterPartitionRequestBrokerState[] = version >= 3 ? readAlterPartitionRequestPartitionData_NewIsrWithEpochs(r, version) : [];
  r.field = 'Topics.Partitions.LeaderRecoveryState';
  const fLeaderRecoveryState: number = version >= 1 ? r.int8() : 0;
  r.field = 'Topics.Partitions.PartitionEpoch';
  const fPartitionEpoch: number = r.int32();
  r.field = 'Topics.Partitions._tagged_fields';
  r.skipTaggedFields();
  return {
    partitionIndex: fPartitionIndex,
    leaderEpoch: fLeaderEpoch,
    newIsr: fNewIsr,
    newIsrWithEpochs: fNewIsrWithEpochs,
    leaderRecoveryState: fLeaderRecoveryState,
    partitionEpoch: fPartitionEpoch,
  };
}

function readAlterPartitionRequestBrokerState(r: Reader, _version: number): AlterPartitionRequestBrokerState {
  r.field = 'Topics.Partitions.NewIsrWithEpochs.BrokerId';
  const fBrokerId: number = r.int32();
  r.field = 'Topics.Partitions.NewIsrWithEpochs.BrokerEpoch';
  const fBrokerEpoch: bigint = r.int64();
  r.field = 'Topics.Partitions.NewIsrWithEpochs._tagged_fields';
  r.skipTaggedFields();
  return {
    brokerId: fBrokerId,
    brokerEpoch: fBrokerEpoch,
  };
}

function writeAlterPartitionRequest_Topics(w: Writer, version: number, items: AlterPartitionRequestTopicData[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeAlterPartitionRequestTopicData(w, version, item);
}

function writeAlterPartitionRequest(w: Writer, version: number, v: AlterPartitionRequest): void {
  w.int32(v.brokerId);
  w.int64(v.brokerEpoch);
  writeAlterPartitionRequest_Topics(w, version, v.topics);
  w.uvarint(0);
}

function writeAlterPartitionRequestTopicData_Partitions(w: Writer, version: number, items: AlterPartitionRequestPartitionData[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeAlterPartitionRequestPartitionData(w, version, item);
}

function writeAlterPartitionRequestTopicData(w: Writer, version: number, v: AlterPartitionRequestTopicData): void {
  if (version <= 1) {
    w.compactString(v.topicName);
  }
  if (version >= 2) {
    w.uuid(v.topicId);
  }
  writeAlterPartitionRequestTopicData_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeAlterPartitionRequestPartitionData_NewIsr(w: Writer, _version: number, items: number[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.int32(item);
}

function writeAlterPartitionRequestPartitionData_NewIsrWithEpochs(w: Writer, version: number, items: AlterPartitionRequestBrokerState[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeAlterPartitionRequestBrokerState(w, version, item);
}

function writeAlterPartitionRequestPartitionData(w: Writer, version: number, v: AlterPartitionRequestPartitionData): void {
  w.int32(v.partitionIndex);
  w.int32(v.leaderEpoch);
  if (version <= 2) {
    writeAlterPartitionRequestPartitionData_NewIsr(w, version, v.newIsr);
  } else if (v.newIsr.length !== 0) {
    notInVersion('AlterPartitionRequest', version, 'Topics.Partitions.NewIsr');
  }
  if (version >= 3) {
    writeAlterPartitionRequestPartitionData_NewIsrWithEpochs(w, version, v.newIsrWithEpochs);
  } else if (v.newIsrWithEpochs.length !== 0) {
    notInVersion('AlterPartitionRequest', version, 'Topics.Partitions.NewIsrWithEpochs');
  }
  if (version >= 1) {
    w.int8(v.leaderRecoveryState);
  } else if (v.leaderRecoveryState !== 0) {
    notInVersion('AlterPartitionRequest', version, 'Topics.Partitions.LeaderRecoveryState');
  }
  w.int32(v.partitionEpoch);
  w.uvarint(0);
}

function writeAlterPartitionRequestBrokerState(w: Writer, _version: number, v: AlterPartitionRequestBrokerState): void {
  w.int32(v.brokerId);
  w.int64(v.brokerEpoch);
  w.uvarint(0);
}

export const AlterPartitionRequestCodec: MessageCodec<AlterPartitionRequest> = {
  name: 'AlterPartitionRequest',
  apiKey: 56,
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 0,
  decode(r: Reader, version: number): AlterPartitionRequest {
    if (version < 0 || version > 3) {
      r.fail(`unsupported version ${version}`);
      return defaultAlterPartitionRequest();
    }
    return readAlterPartitionRequest(r, version);
  },
  encode(w: Writer, version: number, value: AlterPartitionRequest): void {
    if (version < 0 || version > 3) unsupportedVersion('AlterPartitionRequest', version, 0, 3);
    writeAlterPartitionRequest(w, version, value);
  },
  defaults: defaultAlterPartitionRequest,
};

/** AlterPartitionResponse (response, API key 56), versions 0-3. */
export interface AlterPartitionResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The top level response error code (versions 0+) */
  errorCode: number;
  /** (versions 0+) */
  topics: AlterPartitionResponseTopicData[];
}

/** AlterPartitionResponse TopicData, versions 0-3. */
export interface AlterPartitionResponseTopicData {
  /** The name of the topic (versions 0-1) */
  topicName: string;
  /** The ID of the topic (versions 2+) */
  topicId: string;
  /** (versions 0+) */
  partitions: AlterPartitionResponsePartitionData[];
}

/** AlterPartitionResponse PartitionData, versions 0-3. */
export interface AlterPartitionResponsePartitionData {
  /** The partition index (versions 0+) */
  partitionIndex: number;
  /** The partition level error code (versions 0+) */
  errorCode: number;
  /** The broker ID of the leader. (versions 0+) */
  leaderId: number;
  /** The leader epoch. (versions 0+) */
  leaderEpoch: number;
  /** The in-sync replica IDs. (versions 0+) */
  isr: number[];
  /** 1 if the partition is recovering from an unclean leader election; 0 otherwise. (versions 1+, default 0) */
  leaderRecoveryState: number;
  /** The current epoch for the partition for KRaft controllers. The current ZK version for the legacy controllers. (versions 0+) */
  partitionEpoch: number;
}

/** A fresh AlterPartitionResponse with every field at its schema default. */
export function defaultAlterPartitionResponse(): AlterPartitionResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    topics: [],
  };
}

/** A fresh AlterPartitionResponseTopicData with every field at its schema default. */
export function defaultAlterPartitionResponseTopicData(): AlterPartitionResponseTopicData {
  return {
    topicName: '',
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitions: [],
  };
}

/** A fresh AlterPartitionResponsePartitionData with every field at its schema default. */
export function defaultAlterPartitionResponsePartitionData(): AlterPartitionResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    leaderId: 0,
    leaderEpoch: 0,
    isr: [],
    leaderRecoveryState: 0,
    partitionEpoch: 0,
  };
}

function readAlterPartitionResponse_Topics(r: Reader, version: number): AlterPartitionResponseTopicData[] {
  const n = r.compactArrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AlterPartitionResponseTopicData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAlterPartitionResponseTopicData(r, version));
  return items;
}

function readAlterPartitionResponse(r: Reader, version: number): AlterPartitionResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Topics';
  const fTopics: AlterPartitionResponseTopicData[] = readAlterPartitionResponse_Topics(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
    topics: fTopics,
  };
}

function readAlterPartitionResponseTopicData_Partitions(r: Reader, version: number): AlterPartitionResponsePartitionData[] {
  const n = r.compactArrayLength(20);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AlterPartitionResponsePartitionData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAlterPartitionResponsePartitionData(r, version));
  return items;
}

function readAlterPartitionResponseTopicData(r: Reader, version: number): AlterPartitionResponseTopicData {
  r.field = 'Topics.TopicName';
  const fTopicName: string = version <= 1 ? r.compactString() : '';
  r.field = 'Topics.TopicId';
  const fTopicId: string = version >= 2 ? r.uuid() : 'AAAAAAAAAAAAAAAAAAAAAA';
  r.field = 'Topics.Partitions';
  const fPartitions: AlterPartitionResponsePartitionData[] = readAlterPartitionResponseTopicData_Partitions(r, version);
  r.field = 'Topics._tagged_fields';
  r.skipTaggedFields();
  return {
    topicName: fTopicName,
    topicId: fTopicId,
    partitions: fPartitions,
  };
}

function readAlterPartitionResponsePartitionData_Isr(r: Reader, _version: number): number[] {
  const n = r.compactArrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readAlterPartitionResponsePartitionData(r: Reader, version: number): AlterPartitionResponsePartitionData {
  r.field = 'Topics.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Topics.Partitions.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Topics.Partitions.LeaderId';
  const fLeaderId: number = r.int32();
  r.field = 'Topics.Partitions.LeaderEpoch';
  const fLeaderEpoch: number = r.int32();
  r.field = 'Topics.Partitions.Isr';
  const fIsr: number[] = readAlterPartitionResponsePartitionData_Isr(r, version);
  r.field = 'Topics.Partitions.LeaderRecoveryState';
  const fLeaderRecoveryState: number = version >= 1 ? r.int8() : 0;
  r.field = 'Topics.Partitions.PartitionEpoch';
  const fPartitionEpoch: number = r.int32();
  r.field = 'Topics.Partitions._tagged_fields';
  r.skipTaggedFields();
  return {
    partitionIndex: fPartitionIndex,
    errorCode: fErrorCode,
    leaderId: fLeaderId,
    leaderEpoch: fLeaderEpoch,
    isr: fIsr,
    leaderRecoveryState: fLeaderRecoveryState,
    partitionEpoch: fPartitionEpoch,
  };
}

function writeAlterPartitionResponse_Topics(w: Writer, version: number, items: AlterPartitionResponseTopicData[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeAlterPartitionResponseTopicData(w, version, item);
}

function writeAlterPartitionResponse(w: Writer, version: number, v: AlterPartitionResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  writeAlterPartitionResponse_Topics(w, version, v.topics);
  w.uvarint(0);
}

function writeAlterPartitionResponseTopicData_Partitions(w: Writer, version: number, items: AlterPartitionResponsePartitionData[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeAlterPartitionResponsePartitionData(w, version, item);
}

function writeAlterPartitionResponseTopicData(w: Writer, version: number, v: AlterPartitionResponseTopicData): void {
  if (version <= 1) {
    w.compactString(v.topicName);
  }
  if (version >= 2) {
    w.uuid(v.topicId);
  }
  writeAlterPartitionResponseTopicData_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeAlterPartitionResponsePartitionData_Isr(w: Writer, _version: number, items: number[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.int32(item);
}

function writeAlterPartitionResponsePartitionData(w: Writer, version: number, v: AlterPartitionResponsePartitionData): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  writeAlterPartitionResponsePartitionData_Isr(w, version, v.isr);
  if (version >= 1) {
    w.int8(v.leaderRecoveryState);
  }
  w.int32(v.partitionEpoch);
  w.uvarint(0);
}

export const AlterPartitionResponseCodec: MessageCodec<AlterPartitionResponse> = {
  name: 'AlterPartitionResponse',
  apiKey: 56,
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 0,
  decode(r: Reader, version: number): AlterPartitionResponse {
    if (version < 0 || version > 3) {
      r.fail(`unsupported version ${version}`);
      return defaultAlterPartitionResponse();
    }
    return readAlterPartitionResponse(r, version);
  },
  encode(w: Writer, version: number, value: AlterPartitionResponse): void {
    if (version < 0 || version > 3) unsupportedVersion('AlterPartitionResponse', version, 0, 3);
    writeAlterPartitionResponse(w, version, value);
  },
  defaults: defaultAlterPartitionResponse,
};
