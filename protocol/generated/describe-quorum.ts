// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   DescribeQuorumRequest.json, DescribeQuorumResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, notInVersion, unsupportedVersion } from '../generator/runtime';

/** DescribeQuorumRequest (request, API key 55), versions 0-2. */
export interface DescribeQuorumRequest {
  /** (versions 0+) */
  topics: DescribeQuorumRequestTopicData[];
}

/** DescribeQuorumRequest TopicData, versions 0-2. */
export interface DescribeQuorumRequestTopicData {
  /** The topic name. (versions 0+) */
  topicName: string;
  /** (versions 0+) */
  partitions: DescribeQuorumRequestPartitionData[];
}

/** DescribeQuorumRequest PartitionData, versions 0-2. */
export interface DescribeQuorumRequestPartitionData {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
}

/** A fresh DescribeQuorumRequest with every field at its schema default. */
export function defaultDescribeQuorumRequest(): DescribeQuorumRequest {
  return {
    topics: [],
  };
}

/** A fresh DescribeQuorumRequestTopicData with every field at its schema default. */
export function defaultDescribeQuorumRequestTopicData(): DescribeQuorumRequestTopicData {
  return {
    topicName: '',
    partitions: [],
  };
}

/** A fresh DescribeQuorumRequestPartitionData with every field at its schema default. */
export function defaultDescribeQuorumRequestPartitionData(): DescribeQuorumRequestPartitionData {
  return {
    partitionIndex: 0,
  };
}

function readDescribeQuorumRequest_Topics(r: Reader, version: number): DescribeQuorumRequestTopicData[] {
  const n = r.compactArrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeQuorumRequestTopicData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeQuorumRequestTopicData(r, version));
  return items;
}

function readDescribeQuorumRequest(r: Reader, version: number): DescribeQuorumRequest {
  r.field = 'Topics';
  const fTopics: DescribeQuorumRequestTopicData[] = readDescribeQuorumRequest_Topics(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    topics: fTopics,
  };
}

function readDescribeQuorumRequestTopicData_Partitions(r: Reader, version: number): DescribeQuorumRequestPartitionData[] {
  const n = r.compactArrayLength(5);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeQuorumRequestPartitionData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeQuorumRequestPartitionData(r, version));
  return items;
}

function readDescribeQuorumRequestTopicData(r: Reader, version: number): DescribeQuorumRequestTopicData {
  r.field = 'Topics.TopicName';
  const fTopicName: string = r.compactString();
  r.field = 'Topics.Partitions';
  const fPartitions: DescribeQuorumRequestPartitionData[] = readDescribeQuorumRequestTopicData_Partitions(r, version);
  r.field = 'Topics._tagged_fields';
  r.skipTaggedFields();
  return {
    topicName: fTopicName,
    partitions: fPartitions,
  };
}

function readDescribeQuorumRequestPartitionData(r: Reader, _version: number): DescribeQuorumRequestPartitionData {
  r.field = 'Topics.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Topics.Partitions._tagged_fields';
  r.skipTaggedFields();
  return {
    partitionIndex: fPartitionIndex,
  };
}

function writeDescribeQuorumRequest_Topics(w: Writer, version: number, items: DescribeQuorumRequestTopicData[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeDescribeQuorumRequestTopicData(w, version, item);
}

function writeDescribeQuorumRequest(w: Writer, version: number, v: DescribeQuorumRequest): void {
  writeDescribeQuorumRequest_Topics(w, version, v.topics);
  w.uvarint(0);
}

function writeDescribeQuorumRequestTopicData_Partitions(w: Writer, version: number, items: DescribeQuorumRequestPartitionData[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeDescribeQuorumRequestPartitionData(w, version, item);
}

function writeDescribeQuorumRequestTopicData(w: Writer, version: number, v: DescribeQuorumRequestTopicData): void {
  w.compactString(v.topicName);
  writeDescribeQuorumRequestTopicData_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeDescribeQuorumRequestPartitionData(w: Writer, _version: number, v: DescribeQuorumRequestPartitionData): void {
  w.int32(v.partitionIndex);
  w.uvarint(0);
}

export const DescribeQuorumRequestCodec: MessageCodec<DescribeQuorumRequest> = {
  name: 'DescribeQuorumRequest',
  apiKey: 55,
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 0,
  decode(r: Reader, version: number): DescribeQuorumRequest {
    if (version < 0 || version > 2) {
      r.fail(`unsupported version ${version}`);
      return defaultDescribeQuorumRequest();
    }
    return readDescribeQuorumRequest(r, version);
  },
  encode(w: Writer, version: number, value: DescribeQuorumRequest): void {
    if (version < 0 || version > 2) unsupportedVersion('DescribeQuorumRequest', version, 0, 2);
    writeDescribeQuorumRequest(w, version, value);
  },
  defaults: defaultDescribeQuorumRequest,
};

/** DescribeQuorumResponse (response, API key 55), versions 0-2. */
export interface DescribeQuorumResponse {
  /** The top level error code. (versions 0+) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 2+, nullable 2+) */
  errorMessage: string | null;
  /** (versions 0+) */
  topics: DescribeQuorumResponseTopicData[];
  /** (versions 2+) */
  nodes: DescribeQuorumResponseNode[];
}

/** DescribeQuorumResponse TopicData, versions 0-2. */
export interface DescribeQuorumResponseTopicData {
  /** The topic name. (versions 0+) */
  topicName: string;
  /** (versions 0+) */
  partitions: DescribeQuorumResponsePartitionData[];
}

/** DescribeQuorumResponse PartitionData, versions 0-2. */
export interface DescribeQuorumResponsePartitionData {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** (versions 0+) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 2+, nullable 2+) */
  errorMessage: string | null;
  /** The ID of the current leader or -1 if the leader is unknown. (versions 0+) */
  leaderId: number;
  /** The latest known leader epoch (versions 0+) */
  leaderEpoch: number;
  /** (versions 0+) */
  highWatermark: bigint;
  /** (versions 0+) */
  currentVoters: DescribeQuorumResponseReplicaState[];
  /** (versions 0+) */
  observers: DescribeQuorumResponseReplicaState[];
}

/** DescribeQuorumResponse Node, versions 2. */
export interface DescribeQuorumResponseNode {
  /** The ID of the associated node (versions 2+) */
  nodeId: number;
  /** The listeners of this controller (versions 2+) */
  listeners: DescribeQuorumResponseListener[];
}

/** DescribeQuorumResponse Listener, versions 2. */
export interface DescribeQuorumResponseListener {
  /** The name of the endpoint (versions 2+) */
  name: string;
  /** The hostname (versions 2+) */
  host: string;
  /** The port (versions 2+) */
  port: number;
}

/** DescribeQuorumResponse ReplicaState, versions 0-2. */
export interface DescribeQuorumResponseReplicaState {
  /** (versions 0+) */
  replicaId: number;
  /** (versions 2+) */
  replicaDirectoryId: string;
  /** The last known log end offset of the follower or -1 if it is unknown (versions 0+) */
  logEndOffset: bigint;
  /** The last known leader wall clock time time when a follower fetched from the leader. This is reported as -1 both for the current leader or if it is unknown for a voter (versions 1+, default -1) */
  lastFetchTimestamp: bigint;
  /** The leader wall clock append time of the offset for which the follower made the most recent fetch request. This is reported as the current time for the leader and -1 if unknown for a voter (versions 1+, default -1) */
  lastCaughtUpTimestamp: bigint;
}

/** A fresh DescribeQuorumResponse with every field at its schema default. */
export function defaultDescribeQuorumResponse(): DescribeQuorumResponse {
  return {
    errorCode: 0,
    errorMessage: '',
    topics: [],
    nodes: [],
  };
}

/** A fresh DescribeQuorumResponseTopicData with every field at its schema default. */
export function defaultDescribeQuorumResponseTopicData(): DescribeQuorumResponseTopicData {
  return {
    topicName: '',
    partitions: [],
  };
}

/** A fresh DescribeQuorumResponsePartitionData with every field at its schema default. */
export function defaultDescribeQuorumResponsePartitionData(): DescribeQuorumResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    errorMessage: '',
    leaderId: 0,
    leaderEpoch: 0,
    highWatermark: 0n,
    currentVoters: [],
    observers: [],
  };
}

/** A fresh DescribeQuorumResponseNode with every field at its schema default. */
export function defaultDescribeQuorumResponseNode(): DescribeQuorumResponseNode {
  return {
    nodeId: 0,
    listeners: [],
  };
}

/** A fresh DescribeQuorumResponseListener with every field at its schema default. */
export function defaultDescribeQuorumResponseListener(): DescribeQuorumResponseListener {
  return {
    name: '',
    host: '',
    port: 0,
  };
}

/** A fresh DescribeQuorumResponseReplicaState with every field at its schema default. */
export function defaultDescribeQuorumResponseReplicaState(): DescribeQuorumResponseReplicaState {
  return {
    replicaId: 0,
    replicaDirectoryId: 'AAAAAAAAAAAAAAAAAAAAAA',
    logEndOffset: 0n,
    lastFetchTimestamp: -1n,
    lastCaughtUpTimestamp: -1n,
  };
}

function readDescribeQuorumResponse_Topics(r: Reader, version: number): DescribeQuorumResponseTopicData[] {
  const n = r.compactArrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeQuorumResponseTopicData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeQuorumResponseTopicData(r, version));
  return items;
}

function readDescribeQuorumResponse_Nodes(r: Reader, version: number): DescribeQuorumResponseNode[] {
  const n = r.compactArrayLength(6);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeQuorumResponseNode[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeQuorumResponseNode(r, version));
  return items;
}

function readDescribeQuorumResponse(r: Reader, version: number): DescribeQuorumResponse {
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'ErrorMessage';
  const fErrorMessage: string | null = version >= 2 ? r.compactNullableString() : '';
  r.field = 'Topics';
  const fTopics: DescribeQuorumResponseTopicData[] = readDescribeQuorumResponse_Topics(r, version);
  r.field = 'Nodes';
  const fNodes: DescribeQuorumResponseNode[] = version >= 2 ? readDescribeQuorumResponse_Nodes(r, version) : [];
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
    topics: fTopics,
    nodes: fNodes,
  };
}

function readDescribeQuorumResponseTopicData_Partitions(r: Reader, version: number): DescribeQuorumResponsePartitionData[] {
  const n = r.compactArrayLength(25);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeQuorumResponsePartitionData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeQuorumResponsePartitionData(r, version));
  return items;
}

function readDescribeQuorumResponseTopicData(r: Reader, version: number): DescribeQuorumResponseTopicData {
  r.field = 'Topics.TopicName';
  const fTopicName: string = r.compactString();
  r.field = 'Topics.Partitions';
  const fPartitions: DescribeQuorumResponsePartitionData[] = readDescribeQuorumResponseTopicData_Partitions(r, version);
  r.field = 'Topics._tagged_fields';
  r.skipTaggedFields();
  return {
    topicName: fTopicName,
    partitions: fPartitions,
  };
}

function readDescribeQuorumResponsePartitionData_CurrentVoters(r: Reader, version: number): DescribeQuorumResponseReplicaState[] {
  const n = r.compactArrayLength(13);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeQuorumResponseReplicaState[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeQuorumResponseReplicaState(r, version));
  return items;
}

function readDescribeQuorumResponsePartitionData_Observers(r: Reader, version: number): DescribeQuorumResponseReplicaState[] {
  const n = r.compactArrayLength(13);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeQuorumResponseReplicaState[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeQuorumResponseReplicaState(r, version));
  return items;
}

function readDescribeQuorumResponsePartitionData(r: Reader, version: number): DescribeQuorumResponsePartitionData {
  r.field = 'Topics.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Topics.Partitions.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Topics.Partitions.ErrorMessage';
  const fErrorMessage: string | null = version >= 2 ? r.compactNullableString() : '';
  r.field = 'Topics.Partitions.LeaderId';
  const fLeaderId: number = r.int32();
  r.field = 'Topics.Partitions.LeaderEpoch';
  const fLeaderEpoch: number = r.int32();
  r.field = 'Topics.Partitions.HighWatermark';
  const fHighWatermark: bigint = r.int64();
  r.field = 'Topics.Partitions.CurrentVoters';
  const fCurrentVoters: DescribeQuorumResponseReplicaState[] = readDescribeQuorumResponsePartitionData_CurrentVoters(r, version);
  r.field = 'Topics.Partitions.Observers';
  const fObservers: DescribeQuorumResponseReplicaState[] = readDescribeQuorumResponsePartitionData_Observers(r, version);
  r.field = 'Topics.Partitions._tagged_fields';
  r.skipTaggedFields();
  return {
    partitionIndex: fPartitionIndex,
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
    leaderId: fLeaderId,
    leaderEpoch: fLeaderEpoch,
    highWatermark: fHighWatermark,
    currentVoters: fCurrentVoters,
    observers: fObservers,
  };
}

function readDescribeQuorumResponseNode_Listeners(r: Reader, version: number): DescribeQuorumResponseListener[] {
  const n = r.compactArrayLength(5);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeQuorumResponseListener[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeQuorumResponseListener(r, version));
  return items;
}

function readDescribeQuorumResponseNode(r: Reader, version: number): DescribeQuorumResponseNode {
  r.field = 'Nodes.NodeId';
  const fNodeId: number = r.int32();
  r.field = 'Nodes.Listeners';
  const fListeners: DescribeQuorumResponseListener[] = readDescribeQuorumResponseNode_Listeners(r, version);
  r.field = 'Nodes._tagged_fields';
  r.skipTaggedFields();
  return {
    nodeId: fNodeId,
    listeners: fListeners,
  };
}

function readDescribeQuorumResponseListener(r: Reader, _version: number): DescribeQuorumResponseListener {
  r.field = 'Nodes.Listeners.Name';
  const fName: string = r.compactString();
  r.field = 'Nodes.Listeners.Host';
  const fHost: string = r.compactString();
  r.field = 'Nodes.Listeners.Port';
  const fPort: number = r.uint16();
  r.field = 'Nodes.Listeners._tagged_fields';
  r.skipTaggedFields();
  return {
    name: fName,
    host: fHost,
    port: fPort,
  };
}

function readDescribeQuorumResponseReplicaState(r: Reader, version: number): DescribeQuorumResponseReplicaState {
  r.field = 'ReplicaState.ReplicaId';
  const fReplicaId: number = r.int32();
  r.field = 'ReplicaState.ReplicaDirectoryId';
  const fReplicaDirectoryId: string = version >= 2 ? r.uuid() : 'AAAAAAAAAAAAAAAAAAAAAA';
  r.field = 'ReplicaState.LogEndOffset';
  const fLogEndOffset: bigint = r.int64();
  r.field = 'ReplicaState.LastFetchTimestamp';
  const fLastFetchTimestamp: bigint = version >= 1 ? r.int64() : -1n;
  r.field = 'ReplicaState.LastCaughtUpTimestamp';
  const fLastCaughtUpTimestamp: bigint = version >= 1 ? r.int64() : -1n;
  r.field = 'ReplicaState._tagged_fields';
  r.skipTaggedFields();
  return {
    replicaId: fReplicaId,
    replicaDirectoryId: fReplicaDirectoryId,
    logEndOffset: fLogEndOffset,
    lastFetchTimestamp: fLastFetchTimestamp,
    lastCaughtUpTimestamp: fLastCaughtUpTimestamp,
  };
}

function writeDescribeQuorumResponse_Topics(w: Writer, version: number, items: DescribeQuorumResponseTopicData[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeDescribeQuorumResponseTopicData(w, version, item);
}

function writeDescribeQuorumResponse_Nodes(w: Writer, version: number, items: DescribeQuorumResponseNode[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeDescribeQuorumResponseNode(w, version, item);
}

function writeDescribeQuorumResponse(w: Writer, version: number, v: DescribeQuorumResponse): void {
  w.int16(v.errorCode);
  if (version >= 2) {
    w.compactNullableString(v.errorMessage);
  }
  writeDescribeQuorumResponse_Topics(w, version, v.topics);
  if (version >= 2) {
    writeDescribeQuorumResponse_Nodes(w, version, v.nodes);
  } else if (v.nodes.length !== 0) {
    notInVersion('DescribeQuorumResponse', version, 'Nodes');
  }
  w.uvarint(0);
}

function writeDescribeQuorumResponseTopicData_Partitions(w: Writer, version: number, items: DescribeQuorumResponsePartitionData[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeDescribeQuorumResponsePartitionData(w, version, item);
}

function writeDescribeQuorumResponseTopicData(w: Writer, version: number, v: DescribeQuorumResponseTopicData): void {
  w.compactString(v.topicName);
  writeDescribeQuorumResponseTopicData_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeDescribeQuorumResponsePartitionData_CurrentVoters(w: Writer, version: number, items: DescribeQuorumResponseReplicaState[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeDescribeQuorumResponseReplicaState(w, version, item);
}

function writeDescribeQuorumResponsePartitionData_Observers(w: Writer, version: number, items: DescribeQuorumResponseReplicaState[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeDescribeQuorumResponseReplicaState(w, version, item);
}

function writeDescribeQuorumResponsePartitionData(w: Writer, version: number, v: DescribeQuorumResponsePartitionData): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  if (version >= 2) {
    w.compactNullableString(v.errorMessage);
  }
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  w.int64(v.highWatermark);
  writeDescribeQuorumResponsePartitionData_CurrentVoters(w, version, v.currentVoters);
  writeDescribeQuorumResponsePartitionData_Observers(w, version, v.observers);
  w.uvarint(0);
}

function writeDescribeQuorumResponseNode_Listeners(w: Writer, version: number, items: DescribeQuorumResponseListener[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeDescribeQuorumResponseListener(w, version, item);
}

function writeDescribeQuorumResponseNode(w: Writer, version: number, v: DescribeQuorumResponseNode): void {
  w.int32(v.nodeId);
  writeDescribeQuorumResponseNode_Listeners(w, version, v.listeners);
  w.uvarint(0);
}

function writeDescribeQuorumResponseListener(w: Writer, _version: number, v: DescribeQuorumResponseListener): void {
  w.compactString(v.name);
  w.compactString(v.host);
  w.uint16(v.port);
  w.uvarint(0);
}

function writeDescribeQuorumResponseReplicaState(w: Writer, version: number, v: DescribeQuorumResponseReplicaState): void {
  w.int32(v.replicaId);
  if (version >= 2) {
    w.uuid(v.replicaDirectoryId);
  } else if (v.replicaDirectoryId !== 'AAAAAAAAAAAAAAAAAAAAAA') {
    notInVersion('DescribeQuorumResponse', version, 'ReplicaState.ReplicaDirectoryId');
  }
  w.int64(v.logEndOffset);
  if (version >= 1) {
    w.int64(v.lastFetchTimestamp);
  }
  if (version >= 1) {
    w.int64(v.lastCaughtUpTimestamp);
  }
  w.uvarint(0);
}

export const DescribeQuorumResponseCodec: MessageCodec<DescribeQuorumResponse> = {
  name: 'DescribeQuorumResponse',
  apiKey: 55,
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 0,
  decode(r: Reader, version: number): DescribeQuorumResponse {
    if (version < 0 || version > 2) {
      r.fail(`unsupported version ${version}`);
      return defaultDescribeQuorumResponse();
    }
    return readDescribeQuorumResponse(r, version);
  },
  encode(w: Writer, version: number, value: DescribeQuorumResponse): void {
    if (version < 0 || version > 2) unsupportedVersion('DescribeQuorumResponse', version, 0, 2);
    writeDescribeQuorumResponse(w, version, value);
  },
  defaults: defaultDescribeQuorumResponse,
};
