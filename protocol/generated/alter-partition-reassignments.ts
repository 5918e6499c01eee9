// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0 (kafka-clients-4.4.0.jar, common/message/), its lowest versions
//   checked equal to apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99's (protocol/generator/overlay.ts)
//   AlterPartitionReassignmentsRequest.json, AlterPartitionReassignmentsResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, notInVersion, unsupportedVersion } from '../generator/runtime';

/** AlterPartitionReassignmentsRequest (request, API key 45), versions 0-1. */
export interface AlterPartitionReassignmentsRequest {
  /** The time in ms to wait for the request to complete. (versions 0+, default 60000) */
  timeoutMs: number;
  /** The option indicating whether changing the replication factor of any given partition as part of this request is a valid move. (versions 1+, default true) */
  allowReplicationFactorChange: boolean;
  /** The topics to reassign. (versions 0+) */
  topics: AlterPartitionReassignmentsRequestReassignableTopic[];
}

/** AlterPartitionReassignmentsRequest ReassignableTopic, versions 0-1. */
export interface AlterPartitionReassignmentsRequestReassignableTopic {
  /** The topic name. (versions 0+) */
  name: string;
  /** The partitions to reassign. (versions 0+) */
  partitions: AlterPartitionReassignmentsRequestReassignablePartition[];
}

/** AlterPartitionReassignmentsRequest ReassignablePartition, versions 0-1. */
export interface AlterPartitionReassignmentsRequestReassignablePartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The replicas to place the partitions on, or null to cancel a pending reassignment for this partition. (versions 0+, nullable 0+, default null) */
  replicas: number[] | null;
}

/** A fresh AlterPartitionReassignmentsRequest with every field at its schema default. */
export function defaultAlterPartitionReassignmentsRequest(): AlterPartitionReassignmentsRequest {
  return {
    timeoutMs: 60000,
    allowReplicationFactorChange: true,
    topics: [],
  };
}

/** A fresh AlterPartitionReassignmentsRequestReassignableTopic with every field at its schema default. */
export function defaultAlterPartitionReassignmentsRequestReassignableTopic(): AlterPartitionReassignmentsRequestReassignableTopic {
  return {
    name: '',
    partitions: [],
  };
}

/** A fresh AlterPartitionReassignmentsRequestReassignablePartition with every field at its schema default. */
export function defaultAlterPartitionReassignmentsRequestReassignablePartition(): AlterPartitionReassignmentsRequestReassignablePartition {
  return {
    partitionIndex: 0,
    replicas: null,
  };
}

function readAlterPartitionReassignmentsRequest_Topics(r: Reader, version: number): AlterPartitionReassignmentsRequestReassignableTopic[] {
  const n = r.compactArrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AlterPartitionReassignmentsRequestReassignableTopic[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAlterPartitionReassignmentsRequestReassignableTopic(r, version));
  return items;
}

function readAlterPartitionReassignmentsRequest(r: Reader, version: number): AlterPartitionReassignmentsRequest {
  r.field = 'TimeoutMs';
  const fTimeoutMs: number = r.int32();
  r.field = 'AllowReplicationFactorChange';
  const fAllowReplicationFactorChange: boolean = version >= 1 ? r.bool() : true;
  r.field = 'Topics';
  const fTopics: AlterPartitionReassignmentsRequestReassignableTopic[] = readAlterPartitionReassignmentsRequest_Topics(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    timeoutMs: fTimeoutMs,
    allowReplicationFactorChange: fAllowReplicationFactorChange,
    topics: fTopics,
  };
}

function readAlterPartitionReassignmentsRequestReassignableTopic_Partitions(r: Reader, version: number): AlterPartitionReassignmentsRequestReassignablePartition[] {
  const n = r.compactArrayLength(6);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AlterPartitionReassignmentsRequestReassignablePartition[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAlterPartitionReassignmentsRequestReassignablePartition(r, version));
  return items;
}

function readAlterPartitionReassignmentsRequestReassignableTopic(r: Reader, version: number): AlterPartitionReassignmentsRequestReassignableTopic {
  r.field = 'Topics.Name';
  const fName: string = r.compactString();
  r.field = 'Topics.Partitions';
  const fPartitions: AlterPartitionReassignmentsRequestReassignablePartition[] = readAlterPartitionReassignmentsRequestReassignableTopic_Partitions(r, version);
  r.field = 'Topics._tagged_fields';
  r.skipTaggedFields();
  return {
    name: fName,
    partitions: fPartitions,
  };
}

function readAlterPartitionReassignmentsRequestReassignablePartition_Replicas(r: Reader, _version: number): number[] | null {
  const n = r.compactArrayLength(4);
  if (n < 0) {
    return null;
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readAlterPartitionReassignmentsRequestReassignablePartition(r: Reader, version: number): AlterPartitionReassignmentsRequestReassignablePartition {
  r.field = 'Topics.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Topics.Partitions.Replicas';
  const fReplicas: number[] | null = readAlterPartitionReassignmentsRequestReassignablePartition_Replicas(r, version);
  r.field = 'Topics.Partitions._tagged_fields';
  r.skipTaggedFields();
  return {
    partitionIndex: fPartitionIndex,
    replicas: fReplicas,
  };
}

function writeAlterPartitionReassignmentsRequest_Topics(w: Writer, version: number, items: AlterPartitionReassignmentsRequestReassignableTopic[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeAlterPartitionReassignmentsRequestReassignableTopic(w, version, item);
}

function writeAlterPartitionReassignmentsRequest(w: Writer, version: number, v: AlterPartitionReassignmentsRequest): void {
  w.int32(v.timeoutMs);
  if (version >= 1) {
    w.bool(v.allowReplicationFactorChange);
  } else if (v.allowReplicationFactorChange !== true) {
    notInVersion('AlterPartitionReassignmentsRequest', version, 'AllowReplicationFactorChange');
  }
  writeAlterPartitionReassignmentsRequest_Topics(w, version, v.topics);
  w.uvarint(0);
}

function writeAlterPartitionReassignmentsRequestReassignableTopic_Partitions(w: Writer, version: number, items: AlterPartitionReassignmentsRequestReassignablePartition[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeAlterPartitionReassignmentsRequestReassignablePartition(w, version, item);
}

function writeAlterPartitionReassignmentsRequestReassignableTopic(w: Writer, version: number, v: AlterPartitionReassignmentsRequestReassignableTopic): void {
  w.compactString(v.name);
  writeAlterPartitionReassignmentsRequestReassignableTopic_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeAlterPartitionReassignmentsRequestReassignablePartition_Replicas(w: Writer, _version: number, items: number[] | null): void {
  if (items === null) {
    w.uvarint(0);
    return;
  }
  w.uvarint(items.length + 1);
  for (const item of items) w.int32(item);
}

function writeAlterPartitionReassignmentsRequestReassignablePartition(w: Writer, version: number, v: AlterPartitionReassignmentsRequestReassignablePartition): void {
  w.int32(v.partitionIndex);
  writeAlterPartitionReassignmentsRequestReassignablePartition_Replicas(w, version, v.replicas);
  w.uvarint(0);
}

export const AlterPartitionReassignmentsRequestCodec: MessageCodec<AlterPartitionReassignmentsRequest> = {
  name: 'AlterPartitionReassignmentsRequest',
  apiKey: 45,
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  decode(r: Reader, version: number): AlterPartitionReassignmentsRequest {
    if (version < 0 || version > 1) {
      r.fail(`unsupported version ${version}`);
      return defaultAlterPartitionReassignmentsRequest();
    }
    return readAlterPartitionReassignmentsRequest(r, version);
  },
  encode(w: Writer, version: number, value: AlterPartitionReassignmentsRequest): void {
    if (version < 0 || version > 1) unsupportedVersion('AlterPartitionReassignmentsRequest', version, 0, 1);
    writeAlterPartitionReassignmentsRequest(w, version, value);
  },
  defaults: defaultAlterPartitionReassignmentsRequest,
};

/** AlterPartitionReassignmentsResponse (response, API key 45), versions 0-1. */
export interface AlterPartitionReassignmentsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The option indicating whether changing the replication factor of any given partition as part of the request was allowed. (versions 1+, default true) */
  allowReplicationFactorChange: boolean;
  /** The top-level error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The top-level error message, or null if there was no error. (versions 0+, nullable 0+) */
  errorMessage: string | null;
  /** The responses to topics to reassign. (versions 0+) */
  responses: AlterPartitionReassignmentsResponseReassignableTopicResponse[];
}

/** AlterPartitionReassignmentsResponse ReassignableTopicResponse, versions 0-1. */
export interface AlterPartitionReassignmentsResponseReassignableTopicResponse {
  /** The topic name. (versions 0+) */
  name: string;
  /** The responses to partitions to reassign. (versions 0+) */
  partitions: AlterPartitionReassignmentsResponseReassignablePartitionResponse[];
}

/** AlterPartitionReassignmentsResponse ReassignablePartitionResponse, versions 0-1. */
export interface AlterPartitionReassignmentsResponseReassignablePartitionResponse {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The error code for this partition, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The error message for this partition, or null if there was no error. (versions 0+, nullable 0+) */
  errorMessage: string | null;
}

/** A fresh AlterPartitionReassignmentsResponse with every field at its schema default. */
export function defaultAlterPartitionReassignmentsResponse(): AlterPartitionReassignmentsResponse {
  return {
    throttleTimeMs: 0,
    allowReplicationFactorChange: true,
    errorCode: 0,
    errorMessage: '',
    responses: [],
  };
}

/** A fresh AlterPartitionReassignmentsResponseReassignableTopicResponse with every field at its schema default. */
export function defaultAlterPartitionReassignmentsResponseReassignableTopicResponse(): AlterPartitionReassignmentsResponseReassignableTopicResponse {
  return {
    name: '',
    partitions: [],
  };
}

/** A fresh AlterPartitionReassignmentsResponseReassignablePartitionResponse with every field at its schema default. */
export function defaultAlterPartitionReassignmentsResponseReassignablePartitionResponse(): AlterPartitionReassignmentsResponseReassignablePartitionResponse {
  return {
    partitionIndex: 0,
    errorCode: 0,
    errorMessage: '',
  };
}

function readAlterPartitionReassignmentsResponse_Responses(r: Reader, version: number): AlterPartitionReassignmentsResponseReassignableTopicResponse[] {
  const n = r.compactArrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AlterPartitionReassignmentsResponseReassignableTopicResponse[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAlterPartitionReassignmentsResponseReassignableTopicResponse(r, version));
  return items;
}

function readAlterPartitionReassignmentsResponse(r: Reader, version: number): AlterPartitionReassignmentsResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'AllowReplicationFactorChange';
  const fAllowReplicationFactorChange: boolean = version >= 1 ? r.bool() : true;
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'ErrorMessage';
  const fErrorMessage: string | null = r.compactNullableString();
  r.field = 'Responses';
  const fResponses: AlterPartitionReassignmentsResponseReassignableTopicResponse[] = readAlterPartitionReassignmentsResponse_Responses(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    throttleTimeMs: fThrottleTimeMs,
    allowReplicationFactorChange: fAllowReplicationFactorChange,
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
    responses: fResponses,
  };
}

function readAlterPartitionReassignmentsResponseReassignableTopicResponse_Partitions(r: Reader, version: number): AlterPartitionReassignmentsResponseReassignablePartitionResponse[] {
  const n = r.compactArrayLength(8);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AlterPartitionReassignmentsResponseReassignablePartitionResponse[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAlterPartitionReassignmentsResponseReassignablePartitionResponse(r, version));
  return items;
}

function readAlterPartitionReassignmentsResponseReassignableTopicResponse(r: Reader, version: number): AlterPartitionReassignmentsResponseReassignableTopicResponse {
  r.field = 'Responses.Name';
  const fName: string = r.compactString();
  r.field = 'Responses.Partitions';
  const fPartitions: AlterPartitionReassignmentsResponseReassignablePartitionResponse[] = readAlterPartitionReassignmentsResponseReassignableTopicResponse_Partitions(r, version);
  r.field = 'Responses._tagged_fields';
  r.skipTaggedFields();
  return {
    name: fName,
    partitions: fPartitions,
  };
}

function readAlterPartitionReassignmentsResponseReassignablePartitionResponse(r: Reader, _version: number): AlterPartitionReassignmentsResponseReassignablePartitionResponse {
  r.field = 'Responses.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Responses.Partitions.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Responses.Partitions.ErrorMessage';
  const fErrorMessage: string | null = r.compactNullableString();
  r.field = 'Responses.Partitions._tagged_fields';
  r.skipTaggedFields();
  return {
    partitionIndex: fPartitionIndex,
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
  };
}

function writeAlterPartitionReassignmentsResponse_Responses(w: Writer, version: number, items: AlterPartitionReassignmentsResponseReassignableTopicResponse[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeAlterPartitionReassignmentsResponseReassignableTopicResponse(w, version, item);
}

function writeAlterPartitionReassignmentsResponse(w: Writer, version: number, v: AlterPartitionReassignmentsResponse): void {
  w.int32(v.throttleTimeMs);
  if (version >= 1) {
    w.bool(v.allowReplicationFactorChange);
  }
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  writeAlterPartitionReassignmentsResponse_Responses(w, version, v.responses);
  w.uvarint(0);
}

function writeAlterPartitionReassignmentsResponseReassignableTopicResponse_Partitions(w: Writer, version: number, items: AlterPartitionReassignmentsResponseReassignablePartitionResponse[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeAlterPartitionReassignmentsResponseReassignablePartitionResponse(w, version, item);
}

function writeAlterPartitionReassignmentsResponseReassignableTopicResponse(w: Writer, version: number, v: AlterPartitionReassignmentsResponseReassignableTopicResponse): void {
  w.compactString(v.name);
  writeAlterPartitionReassignmentsResponseReassignableTopicResponse_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeAlterPartitionReassignmentsResponseReassignablePartitionResponse(w: Writer, _version: number, v: AlterPartitionReassignmentsResponseReassignablePartitionResponse): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0);
}

export const AlterPartitionReassignmentsResponseCodec: MessageCodec<AlterPartitionReassignmentsResponse> = {
  name: 'AlterPartitionReassignmentsResponse',
  apiKey: 45,
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  decode(r: Reader, version: number): AlterPartitionReassignmentsResponse {
    if (version < 0 || version > 1) {
      r.fail(`unsupported version ${version}`);
      return defaultAlterPartitionReassignmentsResponse();
    }
    return readAlterPartitionReassignmentsResponse(r, version);
  },
  encode(w: Writer, version: number, value: AlterPartitionReassignmentsResponse): void {
    if (version < 0 || version > 1) unsupportedVersion('AlterPartitionReassignmentsResponse', version, 0, 1);
    writeAlterPartitionReassignmentsResponse(w, version, value);
  },
  defaults: defaultAlterPartitionReassignmentsResponse,
};
