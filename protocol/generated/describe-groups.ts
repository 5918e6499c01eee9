// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0 (kafka-clients-4.4.0.jar, common/message/), its lowest versions
//   checked equal to apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99's (protocol/generator/overlay.ts)
//   DescribeGroupsRequest.json, DescribeGroupsResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, EMPTY_BYTES, notInVersion, unsupportedVersion } from '../generator/runtime';

/** DescribeGroupsRequest (request, API key 15), versions 0-6. */
export interface DescribeGroupsRequest {
  /** The names of the groups to describe. (versions 0+) */
  groups: string[];
  /** Whether to include authorized operations. (versions 3+) */
  includeAuthorizedOperations: boolean;
}

/** A fresh DescribeGroupsRequest with every field at its schema default. */
export function defaultDescribeGroupsRequest(): DescribeGroupsRequest {
  return {
    groups: [],
    includeAuthorizedOperations: false,
  };
}

function readDescribeGroupsRequest_Groups(r: Reader, version: number): string[] {
  const n = version >= 5 ? r.compactArrayLength(1) : r.arrayLength(1);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: string[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(version >= 5 ? r.compactString() : r.string());
  return items;
}

function readDescribeGroupsRequest(r: Reader, version: number): DescribeGroupsRequest {
  r.field = 'Groups';
  const fGroups: string[] = readDescribeGroupsRequest_Groups(r, version);
  r.field = 'IncludeAuthorizedOperations';
  const fIncludeAuthorizedOperations: boolean = version >= 3 ? r.bool() : false;
  if (version >= 5) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    groups: fGroups,
    includeAuthorizedOperations: fIncludeAuthorizedOperations,
  };
}

function writeDescribeGroupsRequest_Groups(w: Writer, version: number, items: string[]): void {
  version >= 5 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) version >= 5 ? w.compactString(item) : w.string(item);
}

function writeDescribeGroupsRequest(w: Writer, version: number, v: DescribeGroupsRequest): void {
  writeDescribeGroupsRequest_Groups(w, version, v.groups);
  if (version >= 3) {
    w.bool(v.includeAuthorizedOperations);
  } else if (v.includeAuthorizedOperations !== false) {
    notInVersion('DescribeGroupsRequest', version, 'IncludeAuthorizedOperations');
  }
  if (version >= 5) {
    w.uvarint(0);
  }
}

export const DescribeGroupsRequestCodec: MessageCodec<DescribeGroupsRequest> = {
  name: 'DescribeGroupsRequest',
  apiKey: 15,
  minVersion: 0,
  maxVersion: 6,
  flexibleFrom: 5,
  decode(r: Reader, version: number): DescribeGroupsRequest {
    if (version < 0 || version > 6) {
      r.fail(`unsupported version ${version}`);
      return defaultDescribeGroupsRequest();
    }
    return readDescribeGroupsRequest(r, version);
  },
  encode(w: Writer, version: number, value: DescribeGroupsRequest): void {
    if (version < 0 || version > 6) unsupportedVersion('DescribeGroupsRequest', version, 0, 6);
    writeDescribeGroupsRequest(w, version, value);
  },
  defaults: defaultDescribeGroupsRequest,
};

/** DescribeGroupsResponse (response, API key 15), versions 0-6. */
export interface DescribeGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+) */
  throttleTimeMs: number;
  /** Each described group. (versions 0+) */
  groups: DescribeGroupsResponseDescribedGroup[];
}

/** DescribeGroupsResponse DescribedGroup, versions 0-6. */
export interface DescribeGroupsResponseDescribedGroup {
  /** The describe error, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The describe error message, or null if there was no error. (versions 6+, nullable 6+, default null) */
  errorMessage: string | null;
  /** The group ID string. (versions 0+) */
  groupId: string;
  /** The group state string, or the empty string. (versions 0+) */
  groupState: string;
  /** The group protocol type, or the empty string. (versions 0+) */
  protocolType: string;
  /** The group protocol data, or the empty string. (versions 0+) */
  protocolData: string;
  /** The group members. (versions 0+) */
  members: DescribeGroupsResponseDescribedGroupMember[];
  /** 32-bit bitfield to represent authorized operations for this group. (versions 3+, default -2147483648) */
  authorizedOperations: number;
}

/** DescribeGroupsResponse DescribedGroupMember, versions 0-6. */
export interface DescribeGroupsResponseDescribedGroupMember {
  /** The member id. (versions 0+) */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (versions 4+, nullable 4+, default null) */
  groupInstanceId: string | null;
  /** The client ID used in the member's latest join group request. (versions 0+) */
  clientId: string;
  /** The client host. (versions 0+) */
  clientHost: string;
  /** The metadata corresponding to the current group protocol in use. (versions 0+) */
  memberMetadata: Buffer;
  /** The current assignment provided by the group leader. (versions 0+) */
  memberAssignment: Buffer;
}

/** A fresh DescribeGroupsResponse with every field at its schema default. */
export function defaultDescribeGroupsResponse(): DescribeGroupsResponse {
  return {
    throttleTimeMs: 0,
    groups: [],
  };
}

/** A fresh DescribeGroupsResponseDescribedGroup with every field at its schema default. */
export function defaultDescribeGroupsResponseDescribedGroup(): DescribeGroupsResponseDescribedGroup {
  return {
    errorCode: 0,
    errorMessage: null,
    groupId: '',
    groupState: '',
    protocolType: '',
    protocolData: '',
    members: [],
    authorizedOperations: -2147483648,
  };
}

/** A fresh DescribeGroupsResponseDescribedGroupMember with every field at its schema default. */
export function defaultDescribeGroupsResponseDescribedGroupMember(): DescribeGroupsResponseDescribedGroupMember {
  return {
    memberId: '',
    groupInstanceId: null,
    clientId: '',
    clientHost: '',
    memberMetadata: EMPTY_BYTES,
    memberAssignment: EMPTY_BYTES,
  };
}

function readDescribeGroupsResponse_Groups(r: Reader, version: number): DescribeGroupsResponseDescribedGroup[] {
  const n = version >= 5 ? r.compactArrayLength(12) : r.arrayLength(12);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeGroupsResponseDescribedGroup[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeGroupsResponseDescribedGroup(r, version));
  return items;
}

function readDescribeGroupsResponse(r: Reader, version: number): DescribeGroupsResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = version >= 1 ? r.int32() : 0;
  r.field = 'Groups';
  const fGroups: DescribeGroupsResponseDescribedGroup[] = readDescribeGroupsResponse_Groups(r, version);
  if (version >= 5) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    throttleTimeMs: fThrottleTimeMs,
    groups: fGroups,
  };
}

function readDescribeGroupsResponseDescribedGroup_Members(r: Reader, version: number): DescribeGroupsResponseDescribedGroupMember[] {
  const n = version >= 5 ? r.compactArrayLength(7) : r.arrayLength(7);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeGroupsResponseDescribedGroupMember[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeGroupsResponseDescribedGroupMember(r, version));
  return items;
}

function readDescribeGroupsResponseDescribedGroup(r: Reader, version: number): DescribeGroupsResponseDescribedGroup {
  r.field = 'Groups.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Groups.ErrorMessage';
  const fErrorMessage: string | null = version >= 6 ? r.compactNullableString() : null;
  r.field = 'Groups.GroupId';
  const fGroupId: string = version >= 5 ? r.compactString() : r.string();
  r.field = 'Groups.GroupState';
  const fGroupState: string = version >= 5 ? r.compactString() : r.string();
  r.field = 'Groups.ProtocolType';
  const fProtocolType: string = version >= 5 ? r.compactString() : r.string();
  r.field = 'Groups.ProtocolData';
  const fProtocolData: string = version >= 5 ? r.compactString() : r.string();
  r.field = 'Groups.Members';
  const fMembers: DescribeGroupsResponseDescribedGroupMember[] = readDescribeGroupsResponseDescribedGroup_Members(r, version);
  r.field = 'Groups.AuthorizedOperations';
  const fAuthorizedOperations: number = version >= 3 ? r.int32() : -2147483648;
  if (version >= 5) {
    r.field = 'Groups._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
    groupId: fGroupId,
    groupState: fGroupState,
    protocolType: fProtocolType,
    protocolData: fProtocolData,
    members: fMembers,
    authorizedOperations: fAuthorizedOperations,
  };
}

function readDescribeGroupsResponseDescribedGroupMember(r: Reader, version: number): DescribeGroupsResponseDescribedGroupMember {
  r.field = 'Groups.Members.MemberId';
  const fMemberId: string = version >= 5 ? r.compactString() : r.string();
  r.field = 'Groups.Members.GroupInstanceId';
  const fGroupInstanceId: string | null = version >= 4 ? (version >= 5 ? r.compactNullableString() : r.nullableString()) : null;
  r.field = 'Groups.Members.ClientId';
  const fClientId: string = version >= 5 ? r.compactString() : r.string();
  r.field = 'Groups.Members.ClientHost';
  const fClientHost: string = version >= 5 ? r.compactString() : r.string();
  r.field = 'Groups.Members.MemberMetadata';
  const fMemberMetadata: Buffer = version >= 5 ? r.compactBytes() : r.bytes();
  r.field = 'Groups.Members.MemberAssignment';
  const fMemberAssignment: Buffer = version >= 5 ? r.compactBytes() : r.bytes();
  if (version >= 5) {
    r.field = 'Groups.Members._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    memberId: fMemberId,
    groupInstanceId: fGroupInstanceId,
    clientId: fClientId,
    clientHost: fClientHost,
    memberMetadata: fMemberMetadata,
    memberAssignment: fMemberAssignment,
  };
}

function writeDescribeGroupsResponse_Groups(w: Writer, version: number, items: DescribeGroupsResponseDescribedGroup[]): void {
  version >= 5 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeDescribeGroupsResponseDescribedGroup(w, version, item);
}

function writeDescribeGroupsResponse(w: Writer, version: number, v: DescribeGroupsResponse): void {
  if (version >= 1) {
    w.int32(v.throttleTimeMs);
  }
  writeDescribeGroupsResponse_Groups(w, version, v.groups);
  if (version >= 5) {
    w.uvarint(0);
  }
}

function writeDescribeGroupsResponseDescribedGroup_Members(w: Writer, version: number, items: DescribeGroupsResponseDescribedGroupMember[]): void {
  version >= 5 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeDescribeGroupsResponseDescribedGroupMember(w, version, item);
}

function writeDescribeGroupsResponseDescribedGroup(w: Writer, version: number, v: DescribeGroupsResponseDescribedGroup): void {
  w.int16(v.errorCode);
  if (version >= 6) {
    w.compactNullableString(v.errorMessage);
  } else if (v.errorMessage !== null) {
    notInVersion('DescribeGroupsResponse', version, 'Groups.ErrorMessage');
  }
  version >= 5 ? w.compactString(v.groupId) : w.string(v.groupId);
  version >= 5 ? w.compactString(v.groupState) : w.string(v.groupState);
  version >= 5 ? w.compactString(v.protocolType) : w.string(v.protocolType);
  version >= 5 ? w.compactString(v.protocolData) : w.string(v.protocolData);
  writeDescribeGroupsResponseDescribedGroup_Members(w, version, v.members);
  if (version >= 3) {
    w.int32(v.authorizedOperations);
  } else if (v.authorizedOperations !== -2147483648) {
    notInVersion('DescribeGroupsResponse', version, 'Groups.AuthorizedOperations');
  }
  if (version >= 5) {
    w.uvarint(0);
  }
}

function writeDescribeGroupsResponseDescribedGroupMember(w: Writer, version: number, v: DescribeGroupsResponseDescribedGroupMember): void {
  version >= 5 ? w.compactString(v.memberId) : w.string(v.memberId);
  if (version >= 4) {
    version >= 5 ? w.compactNullableString(v.groupInstanceId) : w.nullableString(v.groupInstanceId);
  }
  version >= 5 ? w.compactString(v.clientId) : w.string(v.clientId);
  version >= 5 ? w.compactString(v.clientHost) : w.string(v.clientHost);
  version >= 5 ? w.compactBytes(v.memberMetadata) : w.bytes(v.memberMetadata);
  version >= 5 ? w.compactBytes(v.memberAssignment) : w.bytes(v.memberAssignment);
  if (version >= 5) {
    w.uvarint(0);
  }
}

export const DescribeGroupsResponseCodec: MessageCodec<DescribeGroupsResponse> = {
  name: 'DescribeGroupsResponse',
  apiKey: 15,
  minVersion: 0,
  maxVersion: 6,
  flexibleFrom: 5,
  decode(r: Reader, version: number): DescribeGroupsResponse {
    if (version < 0 || version > 6) {
      r.fail(`unsupported version ${version}`);
      return defaultDescribeGroupsResponse();
    }
    return readDescribeGroupsResponse(r, version);
  },
  encode(w: Writer, version: number, value: DescribeGroupsResponse): void {
    if (version < 0 || version > 6) unsupportedVersion('DescribeGroupsResponse', version, 0, 6);
    writeDescribeGroupsResponse(w, version, value);
  },
  defaults: defaultDescribeGroupsResponse,
};
