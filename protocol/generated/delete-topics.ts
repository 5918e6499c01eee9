// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   DeleteTopicsRequest.json, DeleteTopicsResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, notInVersion, nullNotAllowed, unsupportedVersion } from '../generator/runtime';

/** DeleteTopicsRequest (request, API key 20), versions 0-6. */
export interface DeleteTopicsRequest {
  /** The name or topic ID of the topic (versions 6+) */
  topics: DeleteTopicsRequestDeleteTopicState[];
  /** The names of the topics to delete (versions 0-5) */
  topicNames: string[];
  /** The length of time in milliseconds to wait for the deletions to complete. (versions 0+) */
  timeoutMs: number;
}

/** DeleteTopicsRequest DeleteTopicState, versions 6. */
export interface DeleteTopicsRequestDeleteTopicState {
  /** The topic name (versions 6+, nullable 6+, default null) */
  name: string | null;
  /** The unique topic ID (versions 6+) */
  topicId: string;
}

/** A fresh DeleteTopicsRequest with every field at its schema default. */
export function defaultDeleteTopicsRequest(): DeleteTopicsRequest {
  return {
    topics: [],
    topicNames: [],
    timeoutMs: 0,
  };
}

/** A fresh DeleteTopicsRequestDeleteTopicState with every field at its schema default. */
export function defaultDeleteTopicsRequestDeleteTopicState(): DeleteTopicsRequestDeleteTopicState {
  return {
    name: null,
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
  };
}

function readDeleteTopicsRequest_Topics(r: Reader, version: number): DeleteTopicsRequestDeleteTopicState[] {
  const n = r.compactArrayLength(18);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DeleteTopicsRequestDeleteTopicState[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDeleteTopicsRequestDeleteTopicState(r, version));
  return items;
}

function readDeleteTopicsRequest_TopicNames(r: Reader, version: number): string[] {
  const n = version >= 4 ? r.compactArrayLength(1) : r.arrayLength(1);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: string[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(version >= 4 ? r.compactString() : r.string());
  return items;
}

function readDeleteTopicsRequest(r: Reader, version: number): DeleteTopicsRequest {
  r.field = 'Topics';
  const fTopics: DeleteTopicsRequestDeleteTopicState[] = version >= 6 ? readDeleteTopicsRequest_Topics(r, version) : [];
  r.field = 'TopicNames';
  const fTopicNames: string[] = version <= 5 ? readDeleteTopicsRequest_TopicNames(r, version) : [];
  r.field = 'TimeoutMs';
  const fTimeoutMs: number = r.int32();
  if (version >= 4) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    topics: fTopics,
    topicNames: fTopicNames,
    timeoutMs: fTimeoutMs,
  };
}

function readDeleteTopicsRequestDeleteTopicState(r: Reader, _version: number): DeleteTopicsRequestDeleteTopicState {
  r.field = 'Topics.Name';
  const fName: string | null = r.compactNullableString();
  r.field = 'Topics.TopicId';
  const fTopicId: string = r.uuid();
  r.field = 'Topics._tagged_fields';
  r.skipTaggedFields();
  return {
    name: fName,
    topicId: fTopicId,
  };
}

function writeDeleteTopicsRequest_Topics(w: Writer, version: number, items: DeleteTopicsRequestDeleteTopicState[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeDeleteTopicsRequestDeleteTopicState(w, version, item);
}

function writeDeleteTopicsRequest_TopicNames(w: Writer, version: number, items: string[]): void {
  version >= 4 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) version >= 4 ? w.compactString(item) : w.string(item);
}

function writeDeleteTopicsRequest(w: Writer, version: number, v: DeleteTopicsRequest): void {
  if (version >= 6) {
    writeDeleteTopicsRequest_Topics(w, version, v.topics);
  } else if (v.topics.length !== 0) {
    notInVersion('DeleteTopicsRequest', version, 'Topics');
  }
  if (version <= 5) {
    writeDeleteTopicsRequest_TopicNames(w, version, v.topicNames);
  }
  w.int32(v.timeoutMs);
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeDeleteTopicsRequestDeleteTopicState(w: Writer, _version: number, v: DeleteTopicsRequestDeleteTopicState): void {
  w.compactNullableString(v.name);
  w.uuid(v.topicId);
  w.uvarint(0);
}

export const DeleteTopicsRequestCodec: MessageCodec<DeleteTopicsRequest> = {
  name: 'DeleteTopicsRequest',
  apiKey: 20,
  minVersion: 0,
  maxVersion: 6,
  flexibleFrom: 4,
  decode(r: Reader, version: number): DeleteTopicsRequest {
    if (version < 0 || version > 6) {
      r.fail(`unsupported version ${version}`);
      return defaultDeleteTopicsRequest();
    }
    return readDeleteTopicsRequest(r, version);
  },
  encode(w: Writer, version: number, value: DeleteTopicsRequest): void {
    if (version < 0 || version > 6) unsupportedVersion('DeleteTopicsRequest', version, 0, 6);
    writeDeleteTopicsRequest(w, version, value);
  },
  defaults: defaultDeleteTopicsRequest,
};

/** DeleteTopicsResponse (response, API key 20), versions 0-6. */
export interface DeleteTopicsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+) */
  throttleTimeMs: number;
  /** The results for each topic we tried to delete. (versions 0+) */
  responses: DeleteTopicsResponseDeletableTopicResult[];
}

/** DeleteTopicsResponse DeletableTopicResult, versions 0-6. */
export interface DeleteTopicsResponseDeletableTopicResult {
  /** The topic name (versions 0+, nullable 6+) */
  name: string | null;
  /** the unique topic ID (versions 6+) */
  topicId: string;
  /** The deletion error, or 0 if the deletion succeeded. (versions 0+) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 5+, nullable 5+, default null) */
  errorMessage: string | null;
}

/** A fresh DeleteTopicsResponse with every field at its schema default. */
export function defaultDeleteTopicsResponse(): DeleteTopicsResponse {
  return {
    throttleTimeMs: 0,
    responses: [],
  };
}

/** A fresh DeleteTopicsResponseDeletableTopicResult with every field at its schema default. */
export function defaultDeleteTopicsResponseDeletableTopicResult(): DeleteTopicsResponseDeletableTopicResult {
  return {
    name: '',
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    errorCode: 0,
    errorMessage: null,
  };
}

function readDeleteTopicsResponse_Responses(r: Reader, version: number): DeleteTopicsResponseDeletableTopicResult[] {
  const n = version >= 4 ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DeleteTopicsResponseDeletableTopicResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDeleteTopicsResponseDeletableTopicResult(r, version));
  return items;
}

function readDeleteTopicsResponse(r: Reader, version: number): DeleteTopicsResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = version >= 1 ? r.int32() : 0;
  r.field = 'Responses';
  const fResponses: DeleteTopicsResponseDeletableTopicResult[] = readDeleteTopicsResponse_Responses(r, version);
  if (version >= 4) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    throttleTimeMs: fThrottleTimeMs,
    responses: fResponses,
  };
}

function readDeleteTopicsResponseDeletableTopicResult(r: Reader, version: number): DeleteTopicsResponseDeletableTopicResult {
  r.field = 'Responses.Name';
  const fName: string | null = version >= 4 ? (version >= 6 ? r.compactNullableString() : r.compactString()) : (version >= 6 ? r.nullableString() : r.string());
  r.field = 'Responses.TopicId';
  const fTopicId: string = version >= 6 ? r.uuid() : 'AAAAAAAAAAAAAAAAAAAAAA';
  r.field = 'Responses.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Responses.ErrorMessage';
  const fErrorMessage: string | null = version >= 5 ? r.compactNullableString() : null;
  if (version >= 4) {
    r.field = 'Responses._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    name: fName,
    topicId: fTopicId,
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
  };
}

function writeDeleteTopicsResponse_Responses(w: Writer, version: number, items: DeleteTopicsResponseDeletableTopicResult[]): void {
  version >= 4 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeDeleteTopicsResponseDeletableTopicResult(w, version, item);
}

function writeDeleteTopicsResponse(w: Writer, version: number, v: DeleteTopicsResponse): void {
  if (version >= 1) {
    w.int32(v.throttleTimeMs);
  }
  writeDeleteTopicsResponse_Responses(w, version, v.responses);
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeDeleteTopicsResponseDeletableTopicResult(w: Writer, version: number, v: DeleteTopicsResponseDeletableTopicResult): void {
  if (v.name === null && !(version >= 6)) nullNotAllowed('DeleteTopicsResponse', version, 'Responses.Name');
  version >= 4 ? w.compactNullableString(v.name) : w.nullableString(v.name);
  if (version >= 6) {
    w.uuid(v.topicId);
  }
  w.int16(v.errorCode);
  if (version >= 5) {
    w.compactNullableString(v.errorMessage);
  }
  if (version >= 4) {
    w.uvarint(0);
  }
}

export const DeleteTopicsResponseCodec: MessageCodec<DeleteTopicsResponse> = {
  name: 'DeleteTopicsResponse',
  apiKey: 20,
  minVersion: 0,
  maxVersion: 6,
  flexibleFrom: 4,
  decode(r: Reader, version: number): DeleteTopicsResponse {
    if (version < 0 || version > 6) {
      r.fail(`unsupported version ${version}`);
      return defaultDeleteTopicsResponse();
    }
    return readDeleteTopicsResponse(r, version);
  },
  encode(w: Writer, version: number, value: DeleteTopicsResponse): void {
    if (version < 0 || version > 6) unsupportedVersion('DeleteTopicsResponse', version, 0, 6);
    writeDeleteTopicsResponse(w, version, value);
  },
  defaults: defaultDeleteTopicsResponse,
};
