// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   ListPartitionReassignmentsRequest.json, ListPartitionReassignmentsResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** ListPartitionReassignmentsRequest (request, API key 46), versions 0. */
export interface ListPartitionReassignmentsRequest {
  /** The time in ms to wait for the request to complete. (versions 0+, default 60000) */
  timeoutMs: number;
  /** The topics to list partition reassignments for, or null to list everything. (versions 0+, nullable 0+, default null) */
  topics: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics[] | null;
}

/** ListPartitionReassignmentsRequest ListPartitionReassignmentsTopics, versions 0. */
export interface ListPartitionReassignmentsRequestListPartitionReassignmentsTopics {
  /** The topic name (versions 0+) */
  name: string;
  /** The partitions to list partition reassignments for. (versions 0+) */
  partitionIndexes: number[];
}

/** A fresh ListPartitionReassignmentsRequest with every field at its schema default. */
export function defaultListPartitionReassignmentsRequest(): ListPartitionReassignmentsRequest {
  return {
    timeoutMs: 60000,
    topics: null,
  };
}

/** A fresh ListPartitionReassignmentsRequestListPartitionReassignmentsTopics with every field at its schema default. */
export function defaultListPartitionReassignmentsRequestListPartitionReassignmentsTopics(): ListPartitionReassignmentsRequestListPartitionReassignmentsTopics {
  return {
    name: '',
    partitionIndexes: [],
  };
}

function readListPartitionReassignmentsRequest_Topics(r: Reader, version: number): ListPartitionReassignmentsRequestListPartitionReassignmentsTopics[] | null {
  const n = r.compactArrayLength(3);
  if (n < 0) {
    return null;
  }
  const items: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readListPartitionReassignmentsRequestListPartitionReassignmentsTopics(r, version));
  return items;
}

function readListPartitionReassignmentsRequest(r: Reader, version: number): ListPartitionReassignmentsRequest {
  r.field = 'TimeoutMs';
  const fTimeoutMs: number = r.int32();
  r.field = 'Topics';
  const fTopics: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics[] | null = readListPartitionReassignmentsRequest_Topics(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    timeoutMs: fTimeoutMs,
    topics: fTopics,
  };
}

function readListPartitionReassignmentsRequestListPartitionReassignmentsTopics_PartitionIndexes(r: Reader, _version: number): number[] {
  const n = r.compactArrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readListPartitionReassignmentsRequestListPartitionReassignmentsTopics(r: Reader, version: number): ListPartitionReassignmentsRequestListPartitionReassignmentsTopics {
  r.field = 'Topics.Name';
  const fName: string = r.compactString();
  r.field = 'Topics.PartitionIndexes';
  const fPartitionIndexes: number[] = readListPartitionReassignmentsRequestListPartitionReassignmentsTopics_PartitionIndexes(r, version);
  r.field = 'Topics._tagged_fields';
  r.skipTaggedFields();
  return {
    name: fName,
    partitionIndexes: fPartitionIndexes,
  };
}

function writeListPartitionReassignmentsRequest_Topics(w: Writer, version: number, items: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics[] | null): void {
  if (items === null) {
    w.uvarint(0);
    return;
  }
  w.uvarint(items.length + 1);
  for (const item of items) writeListPartitionReassignmentsRequestListPartitionReassignmentsTopics(w, version, item);
}

function writeListPartitionReassignmentsRequest(w: Writer, version: number, v: ListPartitionReassignmentsRequest): void {
  w.int32(v.timeoutMs);
  writeListPartitionReassignmentsRequest_Topics(w, version, v.topics);
  w.uvarint(0);
}

function writeListPartitionReassignmentsRequestListPartitionReassignmentsTopics_PartitionIndexes(w: Writer, _version: number, items: number[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.int32(item);
}

function writeListPartitionReassignmentsRequestListPartitionReassignmentsTopics(w: Writer, version: number, v: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics): void {
  w.compactString(v.name);
  writeListPartitionReassignmentsRequestListPartitionReassignmentsTopics_PartitionIndexes(w, version, v.partitionIndexes);
  w.uvarint(0);
}

export const ListPartitionReassignmentsRequestCodec: MessageCodec<ListPartitionReassignmentsRequest> = {
  name: 'ListPartitionReassignmentsRequest',
  apiKey: 46,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): ListPartitionReassignmentsRequest {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultListPartitionReassignmentsRequest();
    }
    return readListPartitionReassignmentsRequest(r, version);
  },
  encode(w: Writer, version: number, value: ListPartitionReassignmentsRequest): void {
    if (version < 0 || version > 0) unsupportedVersion('ListPartitionReassignmentsRequest', version, 0, 0);
    writeListPartitionReassignmentsRequest(w, version, value);
  },
  defaults: defaultListPartitionReassignmentsRequest,
};

/** ListPartitionReassignmentsResponse (response, API key 46), versions 0. */
export interface ListPartitionReassignmentsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The top-level error code, or 0 if there was no error (versions 0+) */
  errorCode: number;
  /** The top-level error message, or null if there was no error. (versions 0+, nullable 0+) */
  errorMessage: string | null;
  /** The ongoing reassignments for each topic. (versions 0+) */
  topics: ListPartitionReassignmentsResponseOngoingTopicReassignment[];
}

/** ListPartitionReassignmentsResponse OngoingTopicReassignment, versions 0. */
export interface ListPartitionReassignmentsResponseOngoingTopicReassignment {
  /** The topic name. (versions 0+) */
  name: string;
  /** The ongoing reassignments for each partition. (versions 0+) */
  partitions: ListPartitionReassignmentsResponseOngoingPartitionReassignment[];
}

/** ListPartitionReassignmentsResponse OngoingPartitionReassignment, versions 0. */
export interface ListPartitionReassignmentsResponseOngoingPartitionReassignment {
  /** The index of the partition. (versions 0+) */
  partitionIndex: number;
  /** The current replica set. (versions 0+) */
  replicas: number[];
  /** The set of replicas we are currently adding. (versions 0+) */
  addingReplicas: number[];
  /** The set of replicas we are currently removing. (versions 0+) */
  removingReplicas: number[];
}

/** A fresh ListPartitionReassignmentsResponse with every field at its schema default. */
export function defaultListPartitionReassignmentsResponse(): ListPartitionReassignmentsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: '',
    topics: [],
  };
}

/** A fresh ListPartitionReassignmentsResponseOngoingTopicReassignment with every field at its schema default. */
export function defaultListPartitionReassignmentsResponseOngoingTopicReassignment(): ListPartitionReassignmentsResponseOngoingTopicReassignment {
  return {
    name: '',
    partitions: [],
  };
}

/** A fresh ListPartitionReassignmentsResponseOngoingPartitionReassignment with every field at its schema default. */
export function defaultListPartitionReassignmentsResponseOngoingPartitionReassignment(): ListPartitionReassignmentsResponseOngoingPartitionReassignment {
  return {
    partitionIndex: 0,
    replicas: [],
    addingReplicas: [],
    removingReplicas: [],
  };
}

function readListPartitionReassignmentsResponse_Topics(r: Reader, version: number): ListPartitionReassignmentsResponseOngoingTopicReassignment[] {
  const n = r.compactArrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ListPartitionReassignmentsResponseOngoingTopicReassignment[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readListPartitionReassignmentsResponseOngoingTopicReassignment(r, version));
  return items;
}

function readListPartitionReassignmentsResponse(r: Reader, version: number): ListPartitionReassignmentsResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'ErrorMessage';
  const fErrorMessage: string | null = r.compactNullableString();
  r.field = 'Topics';
  const fTopics: ListPartitionReassignmentsResponseOngoingTopicReassignment[] = readListPartitionReassignmentsResponse_Topics(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
    topics: fTopics,
  };
}

function readListPartitionReassignmentsResponseOngoingTopicReassignment_Partitions(r: Reader, version: number): ListPartitionReassignmentsResponseOngoingPartitionReassignment[] {
  const n = r.compactArrayLength(8);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ListPartitionReassignmentsResponseOngoingPartitionReassignment[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readListPartitionReassignmentsResponseOngoingPartitionReassignment(r, version));
  return items;
}

function readListPartitionReassignmentsResponseOngoingTopicReassignment(r: Reader, version: number): ListPartitionReassignmentsResponseOngoingTopicReassignment {
  r.field = 'Topics.Name';
  const fName: string = r.compactString();
  r.field = 'Topics.Partitions';
  const fPartitions: ListPartitionReassignmentsResponseOngoingPartitionReassignment[] = readListPartitionReassignmentsResponseOngoingTopicReassignment_Partitions(r, version);
  r.field = 'Topics._tagged_fields';
  r.skipTaggedFields();
  return {
    name: fName,
    partitions: fPartitions,
  };
}

function readListPartitionReassignmentsResponseOngoingPartitionReassignment_Replicas(r: Reader, _version: number): number[] {
  const n = r.compactArrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readListPartitionReassignmentsResponseOngoingPartitionReassignment_AddingReplicas(r: Reader, _version: number): number[] {
  const n = r.compactArrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readListPartitionReassignmentsResponseOngoingPartitionReassignment_RemovingReplicas(r: Reader, _version: number): number[] {
  const n = r.compactArrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readListPartitionReassignmentsResponseOngoingPartitionReassignment(r: Reader, version: number): ListPartitionReassignmentsResponseOngoingPartitionReassignment {
  r.field = 'Topics.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Topics.Partitions.Replicas';
  const fReplicas: number[] = readListPartitionReassignmentsResponseOngoingPartitionReassignment_Replicas(r, version);
  r.field = 'Topics.Partitions.AddingReplicas';
  const fAddingReplicas: number[] = readListPartitionReassignmentsResponseOngoingPartitionReassignment_AddingReplicas(r, version);
  r.field = 'Topics.Partitions.RemovingReplicas';
  const fRemovingReplicas: number[] = readListPartitionReassignmentsResponseOngoingPartitionReassignment_RemovingReplicas(r, version);
  r.field = 'Topics.Partitions._tagged_fields';
  r.skipTaggedFields();
  return {
    partitionIndex: fPartitionIndex,
    replicas: fReplicas,
    addingReplicas: fAddingReplicas,
    removingReplicas: fRemovingReplicas,
  };
}

function writeListPartitionReassignmentsResponse_Topics(w: Writer, version: number, items: ListPartitionReassignmentsResponseOngoingTopicReassignment[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeListPartitionReassignmentsResponseOngoingTopicReassignment(w, version, item);
}

function writeListPartitionReassignmentsResponse(w: Writer, version: number, v: ListPartitionReassignmentsResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  writeListPartitionReassignmentsResponse_Topics(w, version, v.topics);
  w.uvarint(0);
}

function writeListPartitionReassignmentsResponseOngoingTopicReassignment_Partitions(w: Writer, version: number, items: ListPartitionReassignmentsResponseOngoingPartitionReassignment[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeListPartitionReassignmentsResponseOngoingPartitionReassignment(w, version, item);
}

function writeListPartitionReassignmentsResponseOngoingTopicReassignment(w: Writer, version: number, v: ListPartitionReassignmentsResponseOngoingTopicReassignment): void {
  w.compactString(v.name);
  writeListPartitionReassignmentsResponseOngoingTopicReassignment_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeListPartitionReassignmentsResponseOngoingPartitionReassignment_Replicas(w: Writer, _version: number, items: number[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.int32(item);
}

function writeListPartitionReassignmentsResponseOngoingPartitionReassignment_AddingReplicas(w: Writer, _version: number, items: number[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.int32(item);
}

function writeListPartitionReassignmentsResponseOngoingPartitionReassignment_RemovingReplicas(w: Writer, _version: number, items: number[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.int32(item);
}

function writeListPartitionReassignmentsResponseOngoingPartitionReassignment(w: Writer, version: number, v: ListPartitionReassignmentsResponseOngoingPartitionReassignment): void {
  w.int32(v.partitionIndex);
  writeListPartitionReassignmentsResponseOngoingPartitionReassignment_Replicas(w, version, v.replicas);
  writeListPartitionReassignmentsResponseOngoingPartitionReassignment_AddingReplicas(w, version, v.addingReplicas);
  writeListPartitionReassignmentsResponseOngoingPartitionReassignment_RemovingReplicas(w, version, v.removingReplicas);
  w.uvarint(0);
}

export const ListPartitionReassignmentsResponseCodec: MessageCodec<ListPartitionReassignmentsResponse> = {
  name: 'ListPartitionReassignmentsResponse',
  apiKey: 46,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): ListPartitionReassignmentsResponse {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultListPartitionReassignmentsResponse();
    }
    return readListPartitionReassignmentsResponse(r, version);
  },
  encode(w: Writer, version: number, value: ListPartitionReassignmentsResponse): void {
    if (version < 0 || version > 0) unsupportedVersion('ListPartitionReassignmentsResponse', version, 0, 0);
    writeListPartitionReassignmentsResponse(w, version, value);
  },
  defaults: defaultListPartitionReassignmentsResponse,
};
