// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   ElectLeadersRequest.json, ElectLeadersResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, notInVersion, unsupportedVersion } from '../generator/runtime';

/** ElectLeadersRequest (request, API key 43), versions 0-2. */
export interface ElectLeadersRequest {
  /** Type of elections to conduct for the partition. A value of '0' elects the preferred replica. A value of '1' elects the first live replica if there are no in-sync replica. (versions 1+) */
  electionType: number;
  /** The topic partitions to elect leaders. (versions 0+, nullable 0+) */
  topicPartitions: ElectLeadersRequestTopicPartitions[] | null;
  /** The time in ms to wait for the election to complete. (versions 0+, default 60000) */
  timeoutMs: number;
}

/** ElectLeadersRequest TopicPartitions, versions 0-2. */
export interface ElectLeadersRequestTopicPartitions {
  /** The name of a topic. (versions 0+) */
  topic: string;
  /** The partitions of this topic whose leader should be elected. (versions 0+) */
  partitions: number[];
}

/** A fresh ElectLeadersRequest with every field at its schema default. */
export function defaultElectLeadersRequest(): ElectLeadersRequest {
  return {
    electionType: 0,
    topicPartitions: [],
    timeoutMs: 60000,
  };
}

/** A fresh ElectLeadersRequestTopicPartitions with every field at its schema default. */
export function defaultElectLeadersRequestTopicPartitions(): ElectLeadersRequestTopicPartitions {
  return {
    topic: '',
    partitions: [],
  };
}

function readElectLeadersRequest_TopicPartitions(r: Reader, version: number): ElectLeadersRequestTopicPartitions[] | null {
  const n = version >= 2 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    return null;
  }
  const items: ElectLeadersRequestTopicPartitions[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readElectLeadersRequestTopicPartitions(r, version));
  return items;
}

function readElectLeadersRequest(r: Reader, version: number): ElectLeadersRequest {
  r.field = 'ElectionType';
  const fElectionType: number = version >= 1 ? r.int8() : 0;
  r.field = 'TopicPartitions';
  const fTopicPartitions: ElectLeadersRequestTopicPartitions[] | null = readElectLeadersRequest_TopicPartitions(r, version);
  r.field = 'TimeoutMs';
  const fTimeoutMs: number = r.int32();
  if (version >= 2) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    electionType: fElectionType,
    topicPartitions: fTopicPartitions,
    timeoutMs: fTimeoutMs,
  };
}

function readElectLeadersRequestTopicPartitions_Partitions(r: Reader, version: number): number[] {
  const n = version >= 2 ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readElectLeadersRequestTopicPartitions(r: Reader, version: number): ElectLeadersRequestTopicPartitions {
  r.field = 'TopicPartitions.Topic';
  const fTopic: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'TopicPartitions.Partitions';
  const fPartitions: number[] = readElectLeadersRequestTopicPartitions_Partitions(r, version);
  if (version >= 2) {
    r.field = 'TopicPartitions._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    topic: fTopic,
    partitions: fPartitions,
  };
}

function writeElectLeadersRequest_TopicPartitions(w: Writer, version: number, items: ElectLeadersRequestTopicPartitions[] | null): void {
  if (items === null) {
    version >= 2 ? w.uvarint(0) : w.int32(-1);
    return;
  }
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeElectLeadersRequestTopicPartitions(w, version, item);
}

function writeElectLeadersRequest(w: Writer, version: number, v: ElectLeadersRequest): void {
  if (version >= 1) {
    w.int8(v.electionType);
  } else if (v.electionType !== 0) {
    notInVersion('ElectLeadersRequest', version, 'ElectionType');
  }
  writeElectLeadersRequest_TopicPartitions(w, version, v.topicPartitions);
  w.int32(v.timeoutMs);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeElectLeadersRequestTopicPartitions_Partitions(w: Writer, version: number, items: number[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) w.int32(item);
}

function writeElectLeadersRequestTopicPartitions(w: Writer, version: number, v: ElectLeadersRequestTopicPartitions): void {
  version >= 2 ? w.compactString(v.topic) : w.string(v.topic);
  writeElectLeadersRequestTopicPartitions_Partitions(w, version, v.partitions);
  if (version >= 2) {
    w.uvarint(0);
  }
}

export const ElectLeadersRequestCodec: MessageCodec<ElectLeadersRequest> = {
  name: 'ElectLeadersRequest',
  apiKey: 43,
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  decode(r: Reader, version: number): ElectLeadersRequest {
    if (version < 0 || version > 2) {
      r.fail(`unsupported version ${version}`);
      return defaultElectLeadersRequest();
    }
    return readElectLeadersRequest(r, version);
  },
  encode(w: Writer, version: number, value: ElectLeadersRequest): void {
    if (version < 0 || version > 2) unsupportedVersion('ElectLeadersRequest', version, 0, 2);
    writeElectLeadersRequest(w, version, value);
  },
  defaults: defaultElectLeadersRequest,
};

/** ElectLeadersResponse (response, API key 43), versions 0-2. */
export interface ElectLeadersResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The top level response error code. (versions 1+) */
  errorCode: number;
  /** The election results, or an empty array if the requester did not have permission and the request asks for all partitions. (versions 0+) */
  replicaElectionResults: ElectLeadersResponseReplicaElectionResult[];
}

/** ElectLeadersResponse ReplicaElectionResult, versions 0-2. */
export interface ElectLeadersResponseReplicaElectionResult {
  /** The topic name (versions 0+) */
  topic: string;
  /** The results for each partition (versions 0+) */
  partitionResult: ElectLeadersResponsePartitionResult[];
}

/** ElectLeadersResponse PartitionResult, versions 0-2. */
export interface ElectLeadersResponsePartitionResult {
  /** The partition id (versions 0+) */
  partitionId: number;
  /** The result error, or zero if there was no error. (versions 0+) */
  errorCode: number;
  /** The result message, or null if there was no error. (versions 0+, nullable 0+) */
  errorMessage: string | null;
}

/** A fresh ElectLeadersResponse with every field at its schema default. */
export function defaultElectLeadersResponse(): ElectLeadersResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    replicaElectionResults: [],
  };
}

/** A fresh ElectLeadersResponseReplicaElectionResult with every field at its schema default. */
export function defaultElectLeadersResponseReplicaElectionResult(): ElectLeadersResponseReplicaElectionResult {
  return {
    topic: '',
    partitionResult: [],
  };
}

/** A fresh ElectLeadersResponsePartitionResult with every field at its schema default. */
export function defaultElectLeadersResponsePartitionResult(): ElectLeadersResponsePartitionResult {
  return {
    partitionId: 0,
    errorCode: 0,
    errorMessage: '',
  };
}

function readElectLeadersResponse_ReplicaElectionResults(r: Reader, version: number): ElectLeadersResponseReplicaElectionResult[] {
  const n = version >= 2 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ElectLeadersResponseReplicaElectionResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readElectLeadersResponseReplicaElectionResult(r, version));
  return items;
}

function readElectLeadersResponse(r: Reader, version: number): ElectLeadersResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'ErrorCode';
  const fErrorCode: number = version >= 1 ? r.int16() : 0;
  r.field = 'ReplicaElectionResults';
  const fReplicaElectionResults: ElectLeadersResponseReplicaElectionResult[] = readElectLeadersResponse_ReplicaElectionResults(r, version);
  if (version >= 2) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
    replicaElectionResults: fReplicaElectionResults,
  };
}

function readElectLeadersResponseReplicaElectionResult_PartitionResult(r: Reader, version: number): ElectLeadersResponsePartitionResult[] {
  const n = version >= 2 ? r.compactArrayLength(8) : r.arrayLength(8);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ElectLeadersResponsePartitionResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readElectLeadersResponsePartitionResult(r, version));
  return items;
}

function readElectLeadersResponseReplicaElectionResult(r: Reader, version: number): ElectLeadersResponseReplicaElectionResult {
  r.field = 'ReplicaElectionResults.Topic';
  const fTopic: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'ReplicaElectionResults.PartitionResult';
  const fPartitionResult: ElectLeadersResponsePartitionResult[] = readElectLeadersResponseReplicaElectionResult_PartitionResult(r, version);
  if (version >= 2) {
    r.field = 'ReplicaElectionResults._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    topic: fTopic,
    partitionResult: fPartitionResult,
  };
}

function readElectLeadersResponsePartitionResult(r: Reader, version: number): ElectLeadersResponsePartitionResult {
  r.field = 'ReplicaElectionResults.PartitionResult.PartitionId';
  const fPartitionId: number = r.int32();
  r.field = 'ReplicaElectionResults.PartitionResult.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'ReplicaElectionResults.PartitionResult.ErrorMessage';
  const fErrorMessage: string | null = version >= 2 ? r.compactNullableString() : r.nullableString();
  if (version >= 2) {
    r.field = 'ReplicaElectionResults.PartitionResult._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    partitionId: fPartitionId,
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
  };
}

function writeElectLeadersResponse_ReplicaElectionResults(w: Writer, version: number, items: ElectLeadersResponseReplicaElectionResult[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeElectLeadersResponseReplicaElectionResult(w, version, item);
}

function writeElectLeadersResponse(w: Writer, version: number, v: ElectLeadersResponse): void {
  w.int32(v.throttleTimeMs);
  if (version >= 1) {
    w.int16(v.errorCode);
  } else if (v.errorCode !== 0) {
    notInVersion('ElectLeadersResponse', version, 'ErrorCode');
  }
  writeElectLeadersResponse_ReplicaElectionResults(w, version, v.replicaElectionResults);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeElectLeadersResponseReplicaElectionResult_PartitionResult(w: Writer, version: number, items: ElectLeadersResponsePartitionResult[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeElectLeadersResponsePartitionResult(w, version, item);
}

function writeElectLeadersResponseReplicaElectionResult(w: Writer, version: number, v: ElectLeadersResponseReplicaElectionResult): void {
  version >= 2 ? w.compactString(v.topic) : w.string(v.topic);
  writeElectLeadersResponseReplicaElectionResult_PartitionResult(w, version, v.partitionResult);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeElectLeadersResponsePartitionResult(w: Writer, version: number, v: ElectLeadersResponsePartitionResult): void {
  w.int32(v.partitionId);
  w.int16(v.errorCode);
  version >= 2 ? w.compactNullableString(v.errorMessage) : w.nullableString(v.errorMessage);
  if (version >= 2) {
    w.uvarint(0);
  }
}

export const ElectLeadersResponseCodec: MessageCodec<ElectLeadersResponse> = {
  name: 'ElectLeadersResponse',
  apiKey: 43,
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  decode(r: Reader, version: number): ElectLeadersResponse {
    if (version < 0 || version > 2) {
      r.fail(`unsupported version ${version}`);
      return defaultElectLeadersResponse();
    }
    return readElectLeadersResponse(r, version);
  },
  encode(w: Writer, version: number, value: ElectLeadersResponse): void {
    if (version < 0 || version > 2) unsupportedVersion('ElectLeadersResponse', version, 0, 2);
    writeElectLeadersResponse(w, version, value);
  },
  defaults: defaultElectLeadersResponse,
};
