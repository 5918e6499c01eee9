// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0 (kafka-clients-4.4.0.jar, common/message/), its lowest versions
//   checked equal to apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99's (protocol/generator/overlay.ts)
//   DeleteGroupsRequest.json, DeleteGroupsResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** DeleteGroupsRequest (request, API key 42), versions 0-3. */
export interface DeleteGroupsRequest {
  /** The group names to delete. (versions 0+) */
  groupsNames: string[];
}

/** A fresh DeleteGroupsRequest with every field at its schema default. */
export function defaultDeleteGroupsRequest(): DeleteGroupsRequest {
  return {
    groupsNames: [],
  };
}

function readDeleteGroupsRequest_GroupsNames(r: Reader, version: number): string[] {
  const n = version >= 2 ? r.compactArrayLength(1) : r.arrayLength(1);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: string[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(version >= 2 ? r.compactString() : r.string());
  return items;
}

function readDeleteGroupsRequest(r: Reader, version: number): DeleteGroupsRequest {
  r.field = 'GroupsNames';
  const fGroupsNames: string[] = readDeleteGroupsRequest_GroupsNames(r, version);
  if (version >= 2) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    groupsNames: fGroupsNames,
  };
}

function writeDeleteGroupsRequest_GroupsNames(w: Writer, version: number, items: string[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) version >= 2 ? w.compactString(item) : w.string(item);
}

function writeDeleteGroupsRequest(w: Writer, version: number, v: DeleteGroupsRequest): void {
  writeDeleteGroupsRequest_GroupsNames(w, version, v.groupsNames);
  if (version >= 2) {
    w.uvarint(0);
  }
}

export const DeleteGroupsRequestCodec: MessageCodec<DeleteGroupsRequest> = {
  name: 'DeleteGroupsRequest',
  apiKey: 42,
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 2,
  decode(r: Reader, version: number): DeleteGroupsRequest {
    if (version < 0 || version > 3) {
      r.fail(`unsupported version ${version}`);
      return defaultDeleteGroupsRequest();
    }
    return readDeleteGroupsRequest(r, version);
  },
  encode(w: Writer, version: number, value: DeleteGroupsRequest): void {
    if (version < 0 || version > 3) unsupportedVersion('DeleteGroupsRequest', version, 0, 3);
    writeDeleteGroupsRequest(w, version, value);
  },
  defaults: defaultDeleteGroupsRequest,
};

/** DeleteGroupsResponse (response, API key 42), versions 0-3. */
export interface DeleteGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The deletion results. (versions 0+) */
  results: DeleteGroupsResponseDeletableGroupResult[];
}

/** DeleteGroupsResponse DeletableGroupResult, versions 0-3. */
export interface DeleteGroupsResponseDeletableGroupResult {
  /** The group id. (versions 0+) */
  groupId: string;
  /** The deletion error, or 0 if the deletion succeeded. (versions 0+) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 3+, nullable 3+, default null) */
  errorMessage: string | null;
}

/** A fresh DeleteGroupsResponse with every field at its schema default. */
export function defaultDeleteGroupsResponse(): DeleteGroupsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
  };
}

/** A fresh DeleteGroupsResponseDeletableGroupResult with every field at its schema default. */
export function defaultDeleteGroupsResponseDeletableGroupResult(): DeleteGroupsResponseDeletableGroupResult {
  return {
    groupId: '',
    errorCode: 0,
    errorMessage: null,
  };
}

function readDeleteGroupsResponse_Results(r: Reader, version: number): DeleteGroupsResponseDeletableGroupResult[] {
  const n = version >= 2 ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DeleteGroupsResponseDeletableGroupResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDeleteGroupsResponseDeletableGroupResult(r, version));
  return items;
}

function readDeleteGroupsResponse(r: Reader, version: number): DeleteGroupsResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'Results';
  const fResults: DeleteGroupsResponseDeletableGroupResult[] = readDeleteGroupsResponse_Results(r, version);
  if (version >= 2) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    throttleTimeMs: fThrottleTimeMs,
    results: fResults,
  };
}

function readDeleteGroupsResponseDeletableGroupResult(r: Reader, version: number): DeleteGroupsResponseDeletableGroupResult {
  r.field = 'Results.GroupId';
  const fGroupId: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'Results.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Results.ErrorMessage';
  const fErrorMessage: string | null = version >= 3 ? r.compactNullableString() : null;
  if (version >= 2) {
    r.field = 'Results._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    groupId: fGroupId,
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
  };
}

function writeDeleteGroupsResponse_Results(w: Writer, version: number, items: DeleteGroupsResponseDeletableGroupResult[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeDeleteGroupsResponseDeletableGroupResult(w, version, item);
}

function writeDeleteGroupsResponse(w: Writer, version: number, v: DeleteGroupsResponse): void {
  w.int32(v.throttleTimeMs);
  writeDeleteGroupsResponse_Results(w, version, v.results);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeDeleteGroupsResponseDeletableGroupResult(w: Writer, version: number, v: DeleteGroupsResponseDeletableGroupResult): void {
  version >= 2 ? w.compactString(v.groupId) : w.string(v.groupId);
  w.int16(v.errorCode);
  if (version >= 3) {
    w.compactNullableString(v.errorMessage);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

export const DeleteGroupsResponseCodec: MessageCodec<DeleteGroupsResponse> = {
  name: 'DeleteGroupsResponse',
  apiKey: 42,
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 2,
  decode(r: Reader, version: number): DeleteGroupsResponse {
    if (version < 0 || version > 3) {
      r.fail(`unsupported version ${version}`);
      return defaultDeleteGroupsResponse();
    }
    return readDeleteGroupsResponse(r, version);
  },
  encode(w: Writer, version: number, value: DeleteGroupsResponse): void {
    if (version < 0 || version > 3) unsupportedVersion('DeleteGroupsResponse', version, 0, 3);
    writeDeleteGroupsResponse(w, version, value);
  },
  defaults: defaultDeleteGroupsResponse,
};
