// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   SyncGroupRequest.json, SyncGroupResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, EMPTY_BYTES, notInVersion, unsupportedVersion } from '../generator/runtime';

/** SyncGroupRequest (request, API key 14), versions 0-5. */
export interface SyncGroupRequest {
  /** The unique group identifier. (versions 0+) */
  groupId: string;
  /** The generation of the group. (versions 0+) */
  generationId: number;
  /** The member ID assigned by the group. (versions 0+) */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (versions 3+, nullable 3+, default null) */
  groupInstanceId: string | null;
  /** The group protocol type. (versions 5+, nullable 5+, default null) */
  protocolType: string | null;
  /** The group protocol name. (versions 5+, nullable 5+, default null) */
  protocolName: string | null;
  /** Each assignment. (versions 0+) */
  assignments: SyncGroupRequestSyncGroupRequestAssignment[];
}

/** SyncGroupRequest SyncGroupRequestAssignment, versions 0-5. */
export interface SyncGroupRequestSyncGroupRequestAssignment {
  /** The ID of the member to assign. (versions 0+) */
  memberId: string;
  /** The member assignment. (versions 0+) */
  assignment: Buffer;
}

/** A fresh SyncGroupRequest with every field at its schema default. */
export function defaultSyncGroupRequest(): SyncGroupRequest {
  return {
    groupId: '',
    generationId: 0,
    memberId: '',
    groupInstanceId: null,
    protocolType: null,
    protocolName: null,
    assignments: [],
  };
}

/** A fresh SyncGroupRequestSyncGroupRequestAssignment with every field at its schema default. */
export function defaultSyncGroupRequestSyncGroupRequestAssignment(): SyncGroupRequestSyncGroupRequestAssignment {
  return {
    memberId: '',
    assignment: EMPTY_BYTES,
  };
}

function readSyncGroupRequest_Assignments(r: Reader, version: number): SyncGroupRequestSyncGroupRequestAssignment[] {
  const n = version >= 4 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: SyncGroupRequestSyncGroupRequestAssignment[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readSyncGroupRequestSyncGroupRequestAssignment(r, version));
  return items;
}

function readSyncGroupRequest(r: Reader, version: number): SyncGroupRequest {
  r.field = 'GroupId';
  const fGroupId: string = version >= 4 ? r.compactString() : r.string();
  r.field = 'GenerationId';
  const fGenerationId: number = r.int32();
  r.field = 'MemberId';
  const fMemberId: string = version >= 4 ? r.compactString() : r.string();
  r.field = 'GroupInstanceId';
  const fGroupInstanceId: string | null = version >= 3 ? (version >= 4 ? r.compactNullableString() : r.nullableString()) : null;
  r.field = 'ProtocolType';
  const fProtocolType: string | null = version >= 5 ? r.compactNullableString() : null;
  r.field = 'ProtocolName';
  const fProtocolName: string | null = version >= 5 ? r.compactNullableString() : null;
  r.field = 'Assignments';
  const fAssignments: SyncGroupRequestSyncGroupRequestAssignment[] = readSyncGroupRequest_Assignments(r, version);
  if (version >= 4) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    groupId: fGroupId,
    generationId: fGenerationId,
    memberId: fMemberId,
    groupInstanceId: fGroupInstanceId,
    protocolType: fProtocolType,
    protocolName: fProtocolName,
    assignments: fAssignments,
  };
}

function readSyncGroupRequestSyncGroupRequestAssignment(r: Reader, version: number): SyncGroupRequestSyncGroupRequestAssignment {
  r.field = 'Assignments.MemberId';
  const fMemberId: string = version >= 4 ? r.compactString() : r.string();
  r.field = 'Assignments.Assignment';
  const fAssignment: Buffer = version >= 4 ? r.compactBytes() : r.bytes();
  if (version >= 4) {
    r.field = 'Assignments._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    memberId: fMemberId,
    assignment: fAssignment,
  };
}

function writeSyncGroupRequest_Assignments(w: Writer, version: number, items: SyncGroupRequestSyncGroupRequestAssignment[]): void {
  version >= 4 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeSyncGroupRequestSyncGroupRequestAssignment(w, version, item);
}

function writeSyncGroupRequest(w: Writer, version: number, v: SyncGroupRequest): void {
  version >= 4 ? w.compactString(v.groupId) : w.string(v.groupId);
  w.int32(v.generationId);
  version >= 4 ? w.compactString(v.memberId) : w.string(v.memberId);
  if (version >= 3) {
    version >= 4 ? w.compactNullableString(v.groupInstanceId) : w.nullableString(v.groupInstanceId);
  } else if (v.groupInstanceId !== null) {
    notInVersion('SyncGroupRequest', version, 'GroupInstanceId');
  }
  if (version >= 5) {
    w.compactNullableString(v.protocolType);
  }
  if (version >= 5) {
    w.compactNullableString(v.protocolName);
  }
  writeSyncGroupRequest_Assignments(w, version, v.assignments);
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeSyncGroupRequestSyncGroupRequestAssignment(w: Writer, version: number, v: SyncGroupRequestSyncGroupRequestAssignment): void {
  version >= 4 ? w.compactString(v.memberId) : w.string(v.memberId);
  version >= 4 ? w.compactBytes(v.assignment) : w.bytes(v.assignment);
  if (version >= 4) {
    w.uvarint(0);
  }
}

export const SyncGroupRequestCodec: MessageCodec<SyncGroupRequest> = {
  name: 'SyncGroupRequest',
  apiKey: 14,
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 4,
  decode(r: Reader, version: number): SyncGroupRequest {
    if (version < 0 || version > 5) {
      r.fail(`unsupported version ${version}`);
      return defaultSyncGroupRequest();
    }
    return readSyncGroupRequest(r, version);
  },
  encode(w: Writer, version: number, value: SyncGroupRequest): void {
    if (version < 0 || version > 5) unsupportedVersion('SyncGroupRequest', version, 0, 5);
    writeSyncGroupRequest(w, version, value);
  },
  defaults: defaultSyncGroupRequest,
};

/** SyncGroupResponse (response, API key 14), versions 0-5. */
export interface SyncGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The group protocol type. (versions 5+, nullable 5+, default null) */
  protocolType: string | null;
  /** The group protocol name. (versions 5+, nullable 5+, default null) */
  protocolName: string | null;
  /** The member assignment. (versions 0+) */
  assignment: Buffer;
}

/** A fresh SyncGroupResponse with every field at its schema default. */
export function defaultSyncGroupResponse(): SyncGroupResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    protocolType: null,
    protocolName: null,
    assignment: EMPTY_BYTES,
  };
}

function readSyncGroupResponse(r: Reader, version: number): SyncGroupResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = version >= 1 ? r.int32() : 0;
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'ProtocolType';
  const fProtocolType: string | null = version >= 5 ? r.compactNullableString() : null;
  r.field = 'ProtocolName';
  const fProtocolName: string | null = version >= 5 ? r.compactNullableString() : null;
  r.field = 'Assignment';
  const fAssignment: Buffer = version >= 4 ? r.compactBytes() : r.bytes();
  if (version >= 4) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
    protocolType: fProtocolType,
    protocolName: fProtocolName,
    assignment: fAssignment,
  };
}

function writeSyncGroupResponse(w: Writer, version: number, v: SyncGroupResponse): void {
  if (version >= 1) {
    w.int32(v.throttleTimeMs);
  }
  w.int16(v.errorCode);
  if (version >= 5) {
    w.compactNullableString(v.protocolType);
  }
  if (version >= 5) {
    w.compactNullableString(v.protocolName);
  }
  version >= 4 ? w.compactBytes(v.assignment) : w.bytes(v.assignment);
  if (version >= 4) {
    w.uvarint(0);
  }
}

export const SyncGroupResponseCodec: MessageCodec<SyncGroupResponse> = {
  name: 'SyncGroupResponse',
  apiKey: 14,
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 4,
  decode(r: Reader, version: number): SyncGroupResponse {
    if (version < 0 || version > 5) {
      r.fail(`unsupported version ${version}`);
      return defaultSyncGroupResponse();
    }
    return readSyncGroupResponse(r, version);
  },
  encode(w: Writer, version: number, value: SyncGroupResponse): void {
    if (version < 0 || version > 5) unsupportedVersion('SyncGroupResponse', version, 0, 5);
    writeSyncGroupResponse(w, version, value);
  },
  defaults: defaultSyncGroupResponse,
};
