// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   LeaveGroupRequest.json, LeaveGroupResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, notInVersion, unsupportedVersion } from '../generator/runtime';

/** LeaveGroupRequest (request, API key 13), versions 0-5. */
export interface LeaveGroupRequest {
  /** The ID of the group to leave. (versions 0+) */
  groupId: string;
  /** The member ID to remove from the group. (versions 0-2) */
  memberId: string;
  /** List of leaving member identities. (versions 3+) */
  members: LeaveGroupRequestMemberIdentity[];
}

/** LeaveGroupRequest MemberIdentity, versions 3-5. */
export interface LeaveGroupRequestMemberIdentity {
  /** The member ID to remove from the group. (versions 3+) */
  memberId: string;
  /** The group instance ID to remove from the group. (versions 3+, nullable 3+, default null) */
  groupInstanceId: string | null;
  /** The reason why the member left the group. (versions 5+, nullable 5+, default null) */
  reason: string | null;
}

/** A fresh LeaveGroupRequest with every field at its schema default. */
export function defaultLeaveGroupRequest(): LeaveGroupRequest {
  return {
    groupId: '',
    memberId: '',
    members: [],
  };
}

/** A fresh LeaveGroupRequestMemberIdentity with every field at its schema default. */
export function defaultLeaveGroupRequestMemberIdentity(): LeaveGroupRequestMemberIdentity {
  return {
    memberId: '',
    groupInstanceId: null,
    reason: null,
  };
}

function readLeaveGroupRequest_Members(r: Reader, version: number): LeaveGroupRequestMemberIdentity[] {
  const n = version >= 4 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: LeaveGroupRequestMemberIdentity[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readLeaveGroupRequestMemberIdentity(r, version));
  return items;
}

function readLeaveGroupRequest(r: Reader, version: number): LeaveGroupRequest {
  r.field = 'GroupId';
  const fGroupId: string = version >= 4 ? r.compactString() : r.string();
  r.field = 'MemberId';
  const fMemberId: string = version <= 2 ? r.string() : '';
  r.field = 'Members';
  const fMembers: LeaveGroupRequestMemberIdentity[] = version >= 3 ? readLeaveGroupRequest_Members(r, version) : [];
  if (version >= 4) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    groupId: fGroupId,
    memberId: fMemberId,
    members: fMembers,
  };
}

function readLeaveGroupRequestMemberIdentity(r: Reader, version: number): LeaveGroupRequestMemberIdentity {
  r.field = 'Members.MemberId';
  const fMemberId: string = version >= 4 ? r.compactString() : r.string();
  r.field = 'Members.GroupInstanceId';
  const fGroupInstanceId: string | null = version >= 4 ? r.compactNullableString() : r.nullableString();
  r.field = 'Members.Reason';
  const fReason: string | null = version >= 5 ? r.compactNullableString() : null;
  if (version >= 4) {
    r.field = 'Members._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    memberId: fMemberId,
    groupInstanceId: fGroupInstanceId,
    reason: fReason,
  };
}

function writeLeaveGroupRequest_Members(w: Writer, version: number, items: LeaveGroupRequestMemberIdentity[]): void {
  version >= 4 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeLeaveGroupRequestMemberIdentity(w, version, item);
}

function writeLeaveGroupRequest(w: Writer, version: number, v: LeaveGroupRequest): void {
  version >= 4 ? w.compactString(v.groupId) : w.string(v.groupId);
  if (version <= 2) {
    w.string(v.memberId);
  } else if (v.memberId !== '') {
    notInVersion('LeaveGroupRequest', version, 'MemberId');
  }
  if (version >= 3) {
    writeLeaveGroupRequest_Members(w, version, v.members);
  } else if (v.members.length !== 0) {
    notInVersion('LeaveGroupRequest', version, 'Members');
  }
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeLeaveGroupRequestMemberIdentity(w: Writer, version: number, v: LeaveGroupRequestMemberIdentity): void {
  version >= 4 ? w.compactString(v.memberId) : w.string(v.memberId);
  version >= 4 ? w.compactNullableString(v.groupInstanceId) : w.nullableString(v.groupInstanceId);
  if (version >= 5) {
    w.compactNullableString(v.reason);
  }
  if (version >= 4) {
    w.uvarint(0);
  }
}

export const LeaveGroupRequestCodec: MessageCodec<LeaveGroupRequest> = {
  name: 'LeaveGroupRequest',
  apiKey: 13,
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 4,
  decode(r: Reader, version: number): LeaveGroupRequest {
    if (version < 0 || version > 5) {
      r.fail(`unsupported version ${version}`);
      return defaultLeaveGroupRequest();
    }
    return readLeaveGroupRequest(r, version);
  },
  encode(w: Writer, version: number, value: LeaveGroupRequest): void {
    if (version < 0 || version > 5) unsupportedVersion('LeaveGroupRequest', version, 0, 5);
    writeLeaveGroupRequest(w, version, value);
  },
  defaults: defaultLeaveGroupRequest,
};

/** LeaveGroupResponse (response, API key 13), versions 0-5. */
export interface LeaveGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** List of leaving member responses. (versions 3+) */
  members: LeaveGroupResponseMemberResponse[];
}

/** LeaveGroupResponse MemberResponse, versions 3-5. */
export interface LeaveGroupResponseMemberResponse {
  /** The member ID to remove from the group. (versions 3+) */
  memberId: string;
  /** The group instance ID to remove from the group. (versions 3+, nullable 3+) */
  groupInstanceId: string | null;
  /** The error code, or 0 if there was no error. (versions 3+) */
  errorCode: number;
}

/** A fresh LeaveGroupResponse with every field at its schema default. */
export function defaultLeaveGroupResponse(): LeaveGroupResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    members: [],
  };
}

/** A fresh LeaveGroupResponseMemberResponse with every field at its schema default. */
export function defaultLeaveGroupResponseMemberResponse(): LeaveGroupResponseMemberResponse {
  return {
    memberId: '',
    groupInstanceId: '',
    errorCode: 0,
  };
}

function readLeaveGroupResponse_Members(r: Reader, version: number): LeaveGroupResponseMemberResponse[] {
  const n = version >= 4 ? r.compactArrayLength(5) : r.arrayLength(5);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: LeaveGroupResponseMemberResponse[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readLeaveGroupResponseMemberResponse(r, version));
  return items;
}

function readLeaveGroupResponse(r: Reader, version: number): LeaveGroupResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = version >= 1 ? r.int32() : 0;
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Members';
  const fMembers: LeaveGroupResponseMemberResponse[] = version >= 3 ? readLeaveGroupResponse_Members(r, version) : [];
  if (version >= 4) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
    members: fMembers,
  };
}

function readLeaveGroupResponseMemberResponse(r: Reader, version: number): LeaveGroupResponseMemberResponse {
  r.field = 'Members.MemberId';
  const fMemberId: string = version >= 4 ? r.compactString() : r.string();
  r.field = 'Members.GroupInstanceId';
  const fGroupInstanceId: string | null = version >= 4 ? r.compactNullableString() : r.nullableString();
  r.field = 'Members.ErrorCode';
  const fErrorCode: number = r.int16();
  if (version >= 4) {
    r.field = 'Members._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    memberId: fMemberId,
    groupInstanceId: fGroupInstanceId,
    errorCode: fErrorCode,
  };
}

function writeLeaveGroupResponse_Members(w: Writer, version: number, items: LeaveGroupResponseMemberResponse[]): void {
  version >= 4 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeLeaveGroupResponseMemberResponse(w, version, item);
}

function writeLeaveGroupResponse(w: Writer, version: number, v: LeaveGroupResponse): void {
  if (version >= 1) {
    w.int32(v.throttleTimeMs);
  }
  w.int16(v.errorCode);
  if (version >= 3) {
    writeLeaveGroupResponse_Members(w, version, v.members);
  } else if (v.members.length !== 0) {
    notInVersion('LeaveGroupResponse', version, 'Members');
  }
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeLeaveGroupResponseMemberResponse(w: Writer, version: number, v: LeaveGroupResponseMemberResponse): void {
  version >= 4 ? w.compactString(v.memberId) : w.string(v.memberId);
  version >= 4 ? w.compactNullableString(v.groupInstanceId) : w.nullableString(v.groupInstanceId);
  w.int16(v.errorCode);
  if (version >= 4) {
    w.uvarint(0);
  }
}

export const LeaveGroupResponseCodec: MessageCodec<LeaveGroupResponse> = {
  name: 'LeaveGroupResponse',
  apiKey: 13,
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 4,
  decode(r: Reader, version: number): LeaveGroupResponse {
    if (version < 0 || version > 5) {
      r.fail(`unsupported version ${version}`);
      return defaultLeaveGroupResponse();
    }
    return readLeaveGroupResponse(r, version);
  },
  encode(w: Writer, version: number, value: LeaveGroupResponse): void {
    if (version < 0 || version > 5) unsupportedVersion('LeaveGroupResponse', version, 0, 5);
    writeLeaveGroupResponse(w, version, value);
  },
  defaults: defaultLeaveGroupResponse,
};
