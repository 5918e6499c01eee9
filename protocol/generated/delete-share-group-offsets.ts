// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0 (kafka-clients-4.4.0.jar, common/message/), as released: no version
//   of apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99's kept (protocol/generator/overlay.ts)
//   DeleteShareGroupOffsetsRequest.json, DeleteShareGroupOffsetsResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** DeleteShareGroupOffsetsRequest (request, API key 92), versions 0. */
export interface DeleteShareGroupOffsetsRequest {
  /** The group identifier. (versions 0+) */
  groupId: string;
  /** The topics to delete offsets for. (versions 0+) */
  topics: DeleteShareGroupOffsetsRequestDeleteShareGroupOffsetsRequestTopic[];
}

/** DeleteShareGroupOffsetsRequest DeleteShareGroupOffsetsRequestTopic, versions 0. */
export interface DeleteShareGroupOffsetsRequestDeleteShareGroupOffsetsRequestTopic {
  /** The topic name. (versions 0+) */
  topicName: string;
}

/** A fresh DeleteShareGroupOffsetsRequest with every field at its schema default. */
export function defaultDeleteShareGroupOffsetsRequest(): DeleteShareGroupOffsetsRequest {
  return {
    groupId: '',
    topics: [],
  };
}

/** A fresh DeleteShareGroupOffsetsRequestDeleteShareGroupOffsetsRequestTopic with every field at its schema default. */
export function defaultDeleteShareGroupOffsetsRequestDeleteShareGroupOffsetsRequestTopic(): DeleteShareGroupOffsetsRequestDeleteShareGroupOffsetsRequestTopic {
  return {
    topicName: '',
  };
}

function readDeleteShareGroupOffsetsRequest_Topics(r: Reader, version: number): DeleteShareGroupOffsetsRequestDeleteShareGroupOffsetsRequestTopic[] {
  const n = r.compactArrayLength(2);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DeleteShareGroupOffsetsRequestDeleteShareGroupOffsetsRequestTopic[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDeleteShareGroupOffsetsRequestDeleteShareGroupOffsetsRequestTopic(r, version));
  return items;
}

function readDeleteShareGroupOffsetsRequest(r: Reader, version: number): DeleteShareGroupOffsetsRequest {
  r.field = 'GroupId';
  const fGroupId: string = r.compactString();
  r.field = 'Topics';
  const fTopics: DeleteShareGroupOffsetsRequestDeleteShareGroupOffsetsRequestTopic[] = readDeleteShareGroupOffsetsRequest_Topics(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    groupId: fGroupId,
    topics: fTopics,
  };
}

function readDeleteShareGroupOffsetsRequestDeleteShareGroupOffsetsRequestTopic(r: Reader, _version: number): DeleteShareGroupOffsetsRequestDeleteShareGroupOffsetsRequestTopic {
  r.field = 'Topics.TopicName';
  const fTopicName: string = r.compactString();
  r.field = 'Topics._tagged_fields';
  r.skipTaggedFields();
  return {
    topicName: fTopicName,
  };
}

function writeDeleteShareGroupOffsetsRequest_Topics(w: Writer, version: number, items: DeleteShareGroupOffsetsRequestDeleteShareGroupOffsetsRequestTopic[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeDeleteShareGroupOffsetsRequestDeleteShareGroupOffsetsRequestTopic(w, version, item);
}

function writeDeleteShareGroupOffsetsRequest(w: Writer, version: number, v: DeleteShareGroupOffsetsRequest): void {
  w.compactString(v.groupId);
  writeDeleteShareGroupOffsetsRequest_Topics(w, version, v.topics);
  w.uvarint(0);
}

function writeDeleteShareGroupOffsetsRequestDeleteShareGroupOffsetsRequestTopic(w: Writer, _version: number, v: DeleteShareGroupOffsetsRequestDeleteShareGroupOffsetsRequestTopic): void {
  w.compactString(v.topicName);
  w.uvarint(0);
}

export const DeleteShareGroupOffsetsRequestCodec: MessageCodec<DeleteShareGroupOffsetsRequest> = {
  name: 'DeleteShareGroupOffsetsRequest',
  apiKey: 92,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): DeleteShareGroupOffsetsRequest {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultDeleteShareGroupOffsetsRequest();
    }
    return readDeleteShareGroupOffsetsRequest(r, version);
  },
  encode(w: Writer, version: number, value: DeleteShareGroupOffsetsRequest): void {
    if (version < 0 || version > 0) unsupportedVersion('DeleteShareGroupOffsetsRequest', version, 0, 0);
    writeDeleteShareGroupOffsetsRequest(w, version, value);
  },
  defaults: defaultDeleteShareGroupOffsetsRequest,
};

/** DeleteShareGroupOffsetsResponse (response, API key 92), versions 0. */
export interface DeleteShareGroupOffsetsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The top-level error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The top-level error message, or null if there was no error. (versions 0+, nullable 0+, default null) */
  errorMessage: string | null;
  /** The results for each topic. (versions 0+) */
  responses: DeleteShareGroupOffsetsResponseDeleteShareGroupOffsetsResponseTopic[];
}

/** DeleteShareGroupOffsetsResponse DeleteShareGroupOffsetsResponseTopic, versions 0. */
export interface DeleteShareGroupOffsetsResponseDeleteShareGroupOffsetsResponseTopic {
  /** The topic name. (versions 0+) */
  topicName: string;
  /** The unique topic ID. (versions 0+) */
  topicId: string;
  /** The topic-level error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The topic-level error message, or null if there was no error. (versions 0+, nullable 0+, default null) */
  errorMessage: string | null;
}

/** A fresh DeleteShareGroupOffsetsResponse with every field at its schema default. */
export function defaultDeleteShareGroupOffsetsResponse(): DeleteShareGroupOffsetsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: null,
    responses: [],
  };
}

/** A fresh DeleteShareGroupOffsetsResponseDeleteShareGroupOffsetsResponseTopic with every field at its schema default. */
export function defaultDeleteShareGroupOffsetsResponseDeleteShareGroupOffsetsResponseTopic(): DeleteShareGroupOffsetsResponseDeleteShareGroupOffsetsResponseTopic {
  return {
    topicName: '',
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    errorCode: 0,
    errorMessage: null,
  };
}

function readDeleteShareGroupOffsetsResponse_Responses(r: Reader, version: number): DeleteShareGroupOffsetsResponseDeleteShareGroupOffsetsResponseTopic[] {
  const n = r.compactArrayLength(21);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DeleteShareGroupOffsetsResponseDeleteShareGroupOffsetsResponseTopic[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDeleteShareGroupOffsetsResponseDeleteShareGroupOffsetsResponseTopic(r, version));
  return items;
}

function readDeleteShareGroupOffsetsResponse(r: Reader, version: number): DeleteShareGroupOffsetsResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'ErrorMessage';
  const fErrorMessage: string | null = r.compactNullableString();
  r.field = 'Responses';
  const fResponses: DeleteShareGroupOffsetsResponseDeleteShareGroupOffsetsResponseTopic[] = readDeleteShareGroupOffsetsResponse_Responses(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
    responses: fResponses,
  };
}

function readDeleteShareGroupOffsetsResponseDeleteShareGroupOffsetsResponseTopic(r: Reader, _version: number): DeleteShareGroupOffsetsResponseDeleteShareGroupOffsetsResponseTopic {
  r.field = 'Responses.TopicName';
  const fTopicName: string = r.compactString();
  r.field = 'Responses.TopicId';
  const fTopicId: string = r.uuid();
  r.field = 'Responses.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Responses.ErrorMessage';
  const fErrorMessage: string | null = r.compactNullableString();
  r.field = 'Responses._tagged_fields';
  r.skipTaggedFields();
  return {
    topicName: fTopicName,
    topicId: fTopicId,
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
  };
}

function writeDeleteShareGroupOffsetsResponse_Responses(w: Writer, version: number, items: DeleteShareGroupOffsetsResponseDeleteShareGroupOffsetsResponseTopic[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeDeleteShareGroupOffsetsResponseDeleteShareGroupOffsetsResponseTopic(w, version, item);
}

function writeDeleteShareGroupOffsetsResponse(w: Writer, version: number, v: DeleteShareGroupOffsetsResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  writeDeleteShareGroupOffsetsResponse_Responses(w, version, v.responses);
  w.uvarint(0);
}

function writeDeleteShareGroupOffsetsResponseDeleteShareGroupOffsetsResponseTopic(w: Writer, _version: number, v: DeleteShareGroupOffsetsResponseDeleteShareGroupOffsetsResponseTopic): void {
  w.compactString(v.topicName);
  w.uuid(v.topicId);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0);
}

export const DeleteShareGroupOffsetsResponseCodec: MessageCodec<DeleteShareGroupOffsetsResponse> = {
  name: 'DeleteShareGroupOffsetsResponse',
  apiKey: 92,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): DeleteShareGroupOffsetsResponse {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultDeleteShareGroupOffsetsResponse();
    }
    return readDeleteShareGroupOffsetsResponse(r, version);
  },
  encode(w: Writer, version: number, value: DeleteShareGroupOffsetsResponse): void {
    if (version < 0 || version > 0) unsupportedVersion('DeleteShareGroupOffsetsResponse', version, 0, 0);
    writeDeleteShareGroupOffsetsResponse(w, version, value);
  },
  defaults: defaultDeleteShareGroupOffsetsResponse,
};
