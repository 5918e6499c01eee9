// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   CreatePartitionsRequest.json, CreatePartitionsResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** CreatePartitionsRequest (request, API key 37), versions 0-3. */
export interface CreatePartitionsRequest {
  /** Each topic that we want to create new partitions inside. (versions 0+) */
  topics: CreatePartitionsRequestCreatePartitionsTopic[];
  /** The time in ms to wait for the partitions to be created. (versions 0+) */
  timeoutMs: number;
  /** If true, then validate the request, but don't actually increase the number of partitions. (versions 0+) */
  validateOnly: boolean;
}

/** CreatePartitionsRequest CreatePartitionsTopic, versions 0-3. */
export interface CreatePartitionsRequestCreatePartitionsTopic {
  /** The topic name. (versions 0+) */
  name: string;
  /** The new partition count. (versions 0+) */
  count: number;
  /** The new partition assignments. (versions 0+, nullable 0+) */
  assignments: CreatePartitionsRequestCreatePartitionsAssignment[] | null;
}

/** CreatePartitionsRequest CreatePartitionsAssignment, versions 0-3. */
export interface CreatePartitionsRequestCreatePartitionsAssignment {
  /** The assigned broker IDs. (versions 0+) */
  brokerIds: number[];
}

/** A fresh CreatePartitionsRequest with every field at its schema default. */
export function defaultCreatePartitionsRequest(): CreatePartitionsRequest {
  return {
    topics: [],
    timeoutMs: 0,
    validateOnly: false,
  };
}

/** A fresh CreatePartitionsRequestCreatePartitionsTopic with every field at its schema default. */
export function defaultCreatePartitionsRequestCreatePartitionsTopic(): CreatePartitionsRequestCreatePartitionsTopic {
  return {
    name: '',
    count: 0,
    assignments: [],
  };
}

/** A fresh CreatePartitionsRequestCreatePartitionsAssignment with every field at its schema default. */
export function defaultCreatePartitionsRequestCreatePartitionsAssignment(): CreatePartitionsRequestCreatePartitionsAssignment {
  return {
    brokerIds: [],
  };
}

function readCreatePartitionsRequest_Topics(r: Reader, version: number): CreatePartitionsRequestCreatePartitionsTopic[] {
  const n = version >= 2 ? r.compactArrayLength(7) : r.arrayLength(7);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: CreatePartitionsRequestCreatePartitionsTopic[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readCreatePartitionsRequestCreatePartitionsTopic(r, version));
  return items;
}

function readCreatePartitionsRequest(r: Reader, version: number): CreatePartitionsRequest {
  r.field = 'Topics';
  const fTopics: CreatePartitionsRequestCreatePartitionsTopic[] = readCreatePartitionsRequest_Topics(r, version);
  r.field = 'TimeoutMs';
  const fTimeoutMs: number = r.int32();
  r.field = 'ValidateOnly';
  const fValidateOnly: boolean = r.bool();
  if (version >= 2) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    topics: fTopics,
    timeoutMs: fTimeoutMs,
    validateOnly: fValidateOnly,
  };
}

function readCreatePartitionsRequestCreatePartitionsTopic_Assignments(r: Reader, version: number): CreatePartitionsRequestCreatePartitionsAssignment[] | null {
  const n = version >= 2 ? r.compactArrayLength(2) : r.arrayLength(2);
  if (n < 0) {
    return null;
  }
  const items: CreatePartitionsRequestCreatePartitionsAssignment[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readCreatePartitionsRequestCreatePartitionsAssignment(r, version));
  return items;
}

function readCreatePartitionsRequestCreatePartitionsTopic(r: Reader, version: number): CreatePartitionsRequestCreatePartitionsTopic {
  r.field = 'Topics.Name';
  const fName: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'Topics.Count';
  const fCount: number = r.int32();
  r.field = 'Topics.Assignments';
  const fAssignments: CreatePartitionsRequestCreatePartitionsAssignment[] | null = readCreatePartitionsRequestCreatePartitionsTopic_Assignments(r, version);
  if (version >= 2) {
    r.field = 'Topics._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    name: fName,
    count: fCount,
    assignments: fAssignments,
  };
}

function readCreatePartitionsRequestCreatePartitionsAssignment_BrokerIds(r: Reader, version: number): number[] {
  const n = version >= 2 ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readCreatePartitionsRequestCreatePartitionsAssignment(r: Reader, version: number): CreatePartitionsRequestCreatePartitionsAssignment {
  r.field = 'Topics.Assignments.BrokerIds';
  const fBrokerIds: number[] = readCreatePartitionsRequestCreatePartitionsAssignment_BrokerIds(r, version);
  if (version >= 2) {
    r.field = 'Topics.Assignments._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    brokerIds: fBrokerIds,
  };
}

function writeCreatePartitionsRequest_Topics(w: Writer, version: number, items: CreatePartitionsRequestCreatePartitionsTopic[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeCreatePartitionsRequestCreatePartitionsTopic(w, version, item);
}

function writeCreatePartitionsRequest(w: Writer, version: number, v: CreatePartitionsRequest): void {
  writeCreatePartitionsRequest_Topics(w, version, v.topics);
  w.int32(v.timeoutMs);
  w.bool(v.validateOnly);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeCreatePartitionsRequestCreatePartitionsTopic_Assignments(w: Writer, version: number, items: CreatePartitionsRequestCreatePartitionsAssignment[] | null): void {
  if (items === null) {
    version >= 2 ? w.uvarint(0) : w.int32(-1);
    return;
  }
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeCreatePartitionsRequestCreatePartitionsAssignment(w, version, item);
}

function writeCreatePartitionsRequestCreatePartitionsTopic(w: Writer, version: number, v: CreatePartitionsRequestCreatePartitionsTopic): void {
  version >= 2 ? w.compactString(v.name) : w.string(v.name);
  w.int32(v.count);
  writeCreatePartitionsRequestCreatePartitionsTopic_Assignments(w, version, v.assignments);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeCreatePartitionsRequestCreatePartitionsAssignment_BrokerIds(w: Writer, version: number, items: number[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) w.int32(item);
}

function writeCreatePartitionsRequestCreatePartitionsAssignment(w: Writer, version: number, v: CreatePartitionsRequestCreatePartitionsAssignment): void {
  writeCreatePartitionsRequestCreatePartitionsAssignment_BrokerIds(w, version, v.brokerIds);
  if (version >= 2) {
    w.uvarint(0);
  }
}

export const CreatePartitionsRequestCodec: MessageCodec<CreatePartitionsRequest> = {
  name: 'CreatePartitionsRequest',
  apiKey: 37,
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 2,
  decode(r: Reader, version: number): CreatePartitionsRequest {
    if (version < 0 || version > 3) {
      r.fail(`unsupported version ${version}`);
      return defaultCreatePartitionsRequest();
    }
    return readCreatePartitionsRequest(r, version);
  },
  encode(w: Writer, version: number, value: CreatePartitionsRequest): void {
    if (version < 0 || version > 3) unsupportedVersion('CreatePartitionsRequest', version, 0, 3);
    writeCreatePartitionsRequest(w, version, value);
  },
  defaults: defaultCreatePartitionsRequest,
};

/** CreatePartitionsResponse (response, API key 37), versions 0-3. */
export interface CreatePartitionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The partition creation results for each topic. (versions 0+) */
  results: CreatePartitionsResponseCreatePartitionsTopicResult[];
}

/** CreatePartitionsResponse CreatePartitionsTopicResult, versions 0-3. */
export interface CreatePartitionsResponseCreatePartitionsTopicResult {
  /** The topic name. (versions 0+) */
  name: string;
  /** The result error, or zero if there was no error. (versions 0+) */
  errorCode: number;
  /** The result message, or null if there was no error. (versions 0+, nullable 0+, default null) */
  errorMessage: string | null;
}

/** A fresh CreatePartitionsResponse with every field at its schema default. */
export function defaultCreatePartitionsResponse(): CreatePartitionsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
  };
}

/** A fresh CreatePartitionsResponseCreatePartitionsTopicResult with every field at its schema default. */
export function defaultCreatePartitionsResponseCreatePartitionsTopicResult(): CreatePartitionsResponseCreatePartitionsTopicResult {
  return {
    name: '',
    errorCode: 0,
    errorMessage: null,
  };
}

function readCreatePartitionsResponse_Results(r: Reader, version: number): CreatePartitionsResponseCreatePartitionsTopicResult[] {
  const n = version >= 2 ? r.compactArrayLength(5) : r.arrayLength(5);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: CreatePartitionsResponseCreatePartitionsTopicResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readCreatePartitionsResponseCreatePartitionsTopicResult(r, version));
  return items;
}

function readCreatePartitionsResponse(r: Reader, version: number): CreatePartitionsResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'Results';
  const fResults: CreatePartitionsResponseCreatePartitionsTopicResult[] = readCreatePartitionsResponse_Results(r, version);
  if (version >= 2) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    throttleTimeMs: fThrottleTimeMs,
    results: fResults,
  };
}

function readCreatePartitionsResponseCreatePartitionsTopicResult(r: Reader, version: number): CreatePartitionsResponseCreatePartitionsTopicResult {
  r.field = 'Results.Name';
  const fName: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'Results.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Results.ErrorMessage';
  const fErrorMessage: string | null = version >= 2 ? r.compactNullableString() : r.nullableString();
  if (version >= 2) {
    r.field = 'Results._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    name: fName,
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
  };
}

function writeCreatePartitionsResponse_Results(w: Writer, version: number, items: CreatePartitionsResponseCreatePartitionsTopicResult[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeCreatePartitionsResponseCreatePartitionsTopicResult(w, version, item);
}

function writeCreatePartitionsResponse(w: Writer, version: number, v: CreatePartitionsResponse): void {
  w.int32(v.throttleTimeMs);
  writeCreatePartitionsResponse_Results(w, version, v.results);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeCreatePartitionsResponseCreatePartitionsTopicResult(w: Writer, version: number, v: CreatePartitionsResponseCreatePartitionsTopicResult): void {
  version >= 2 ? w.compactString(v.name) : w.string(v.name);
  w.int16(v.errorCode);
  version >= 2 ? w.compactNullableString(v.errorMessage) : w.nullableString(v.errorMessage);
  if (version >= 2) {
    w.uvarint(0);
  }
}

export const CreatePartitionsResponseCodec: MessageCodec<CreatePartitionsResponse> = {
  name: 'CreatePartitionsResponse',
  apiKey: 37,
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 2,
  decode(r: Reader, version: number): CreatePartitionsResponse {
    if (version < 0 || version > 3) {
      r.fail(`unsupported version ${version}`);
      return defaultCreatePartitionsResponse();
    }
    return readCreatePartitionsResponse(r, version);
  },
  encode(w: Writer, version: number, value: CreatePartitionsResponse): void {
    if (version < 0 || version > 3) unsupportedVersion('CreatePartitionsResponse', version, 0, 3);
    writeCreatePartitionsResponse(w, version, value);
  },
  defaults: defaultCreatePartitionsResponse,
};
