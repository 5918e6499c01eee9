// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   JoinGroupRequest.json, JoinGroupResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, EMPTY_BYTES, notInVersion, nullNotAllowed, unsupportedVersion } from '../generator/runtime';

/** JoinGroupRequest (request, API key 11), versions 0-9. */
export interface JoinGroupRequest {
  /** The group identifier. (versions 0+) */
  groupId: string;
  /** The coordinator considers the consumer dead if it receives no heartbeat after this timeout in milliseconds. (versions 0+) */
  sessionTimeoutMs: number;
  /** The maximum time in milliseconds that the coordinator will wait for each member to rejoin when rebalancing the group. (versions 1+, default -1) */
  rebalanceTimeoutMs: number;
  /** The member id assigned by the group coordinator. (versions 0+) */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (versions 5+, nullable 5+, default null) */
  groupInstanceId: string | null;
  /** The unique name the for class of protocols implemented by the group we want to join. (versions 0+) */
  protocolType: string;
  /** The list of protocols that the member supports. (versions 0+) */
  protocols: JoinGroupRequestJoinGroupRequestProtocol[];
  /** The reason why the member (re-)joins the group. (versions 8+, nullable 8+, default null) */
  reason: string | null;
}

/** JoinGroupRequest JoinGroupRequestProtocol, versions 0-9. */
export interface JoinGroupRequestJoinGroupRequestProtocol {
  /** The protocol name. (versions 0+) */
  name: string;
  /** The protocol metadata. (versions 0+) */
  metadata: Buffer;
}

/** A fresh JoinGroupRequest with every field at its schema default. */
export function defaultJoinGroupRequest(): JoinGroupRequest {
  return {
    groupId: '',
    sessionTimeoutMs: 0,
    rebalanceTimeoutMs: -1,
    memberId: '',
    groupInstanceId: null,
    protocolType: '',
    protocols: [],
    reason: null,
  };
}

/** A fresh JoinGroupRequestJoinGroupRequestProtocol with every field at its schema default. */
export function defaultJoinGroupRequestJoinGroupRequestProtocol(): JoinGroupRequestJoinGroupRequestProtocol {
  return {
    name: '',
    metadata: EMPTY_BYTES,
  };
}

function readJoinGroupRequest_Protocols(r: Reader, version: number): JoinGroupRequestJoinGroupRequestProtocol[] {
  const n = version >= 6 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: JoinGroupRequestJoinGroupRequestProtocol[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readJoinGroupRequestJoinGroupRequestProtocol(r, version));
  return items;
}

function readJoinGroupRequest(r: Reader, version: number): JoinGroupRequest {
  r.field = 'GroupId';
  const fGroupId: string = version >= 6 ? r.compactString() : r.string();
  r.field = 'SessionTimeoutMs';
  const fSessionTimeoutMs: number = r.int32();
  r.field = 'RebalanceTimeoutMs';
  const fRebalanceTimeoutMs: number = version >= 1 ? r.int32() : -1;
  r.field = 'MemberId';
  const fMemberId: string = version >= 6 ? r.compactString() : r.string();
  r.field = 'GroupInstanceId';
  const fGroupInstanceId: string | null = version >= 5 ? (version >= 6 ? r.compactNullableString() : r.nullableString()) : null;
  r.field = 'ProtocolType';
  const fProtocolType: string = version >= 6 ? r.compactString() : r.string();
  r.field = 'Protocols';
  const fProtocols: JoinGroupRequestJoinGroupRequestProtocol[] = readJoinGroupRequest_Protocols(r, version);
  r.field = 'Reason';
  const fReason: string | null = version >= 8 ? r.compactNullableString() : null;
  if (version >= 6) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    groupId: fGroupId,
    sessionTimeoutMs: fSessionTimeoutMs,
    rebalanceTimeoutMs: fRebalanceTimeoutMs,
    memberId: fMemberId,
    groupInstanceId: fGroupInstanceId,
    protocolType: fProtocolType,
    protocols: fProtocols,
    reason: fReason,
  };
}

function readJoinGroupRequestJoinGroupRequestProtocol(r: Reader, version: number): JoinGroupRequestJoinGroupRequestProtocol {
  r.field = 'Protocols.Name';
  const fName: string = version >= 6 ? r.compactString() : r.string();
  r.field = 'Protocols.Metadata';
  const fMetadata: Buffer = version >= 6 ? r.compactBytes() : r.bytes();
  if (version >= 6) {
    r.field = 'Protocols._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    name: fName,
    metadata: fMetadata,
  };
}

function writeJoinGroupRequest_Protocols(w: Writer, version: number, items: JoinGroupRequestJoinGroupRequestProtocol[]): void {
  version >= 6 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeJoinGroupRequestJoinGroupRequestProtocol(w, version, item);
}

function writeJoinGroupRequest(w: Writer, version: number, v: JoinGroupRequest): void {
  version >= 6 ? w.compactString(v.groupId) : w.string(v.groupId);
  w.int32(v.sessionTimeoutMs);
  if (version >= 1) {
    w.int32(v.rebalanceTimeoutMs);
  }
  version >= 6 ? w.compactString(v.memberId) : w.string(v.memberId);
  if (version >= 5) {
    version >= 6 ? w.compactNullableString(v.groupInstanceId) : w.nullableString(v.groupInstanceId);
  } else if (v.groupInstanceId !== null) {
    notInVersion('JoinGroupRequest', version, 'GroupInstanceId');
  }
  version >= 6 ? w.compactString(v.protocolType) : w.string(v.protocolType);
  writeJoinGroupRequest_Protocols(w, version, v.protocols);
  if (version >= 8) {
    w.compactNullableString(v.reason);
  }
  if (version >= 6) {
    w.uvarint(0);
  }
}

function writeJoinGroupRequestJoinGroupRequestProtocol(w: Writer, version: number, v: JoinGroupRequestJoinGroupRequestProtocol): void {
  version >= 6 ? w.compactString(v.name) : w.string(v.name);
  version >= 6 ? w.compactBytes(v.metadata) : w.bytes(v.metadata);
  if (version >= 6) {
    w.uvarint(0);
  }
}

export const JoinGroupRequestCodec: MessageCodec<JoinGroupRequest> = {
  name: 'JoinGroupRequest',
  apiKey: 11,
  minVersion: 0,
  maxVersion: 9,
  flexibleFrom: 6,
  decode(r: Reader, version: number): JoinGroupRequest {
    if (version < 0 || version > 9) {
      r.fail(`unsupported version ${version}`);
      return defaultJoinGroupRequest();
    }
    return readJoinGroupRequest(r, version);
  },
  encode(w: Writer, version: number, value: JoinGroupRequest): void {
    if (version < 0 || version > 9) unsupportedVersion('JoinGroupRequest', version, 0, 9);
    writeJoinGroupRequest(w, version, value);
  },
  defaults: defaultJoinGroupRequest,
};

/** JoinGroupResponse (response, API key 11), versions 0-9. */
export interface JoinGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 2+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The generation ID of the group. (versions 0+, default -1) */
  generationId: number;
  /** The group protocol name. (versions 7+, nullable 7+, default null) */
  protocolType: string | null;
  /** The group protocol selected by the coordinator. (versions 0+, nullable 7+) */
  protocolName: string | null;
  /** The leader of the group. (versions 0+) */
  leader: string;
  /** True if the leader must skip running the assignment. (versions 9+, default false) */
  skipAssignment: boolean;
  /** The member ID assigned by the group coordinator. (versions 0+) */
  memberId: string;
  /** (versions 0+) */
  members: JoinGroupResponseJoinGroupResponseMember[];
}

/** JoinGroupResponse JoinGroupResponseMember, versions 0-9. */
export interface JoinGroupResponseJoinGroupResponseMember {
  /** The group member ID. (versions 0+) */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (versions 5+, nullable 5+, default null) */
  groupInstanceId: string | null;
  /** The group member metadata. (versions 0+) */
  metadata: Buffer;
}

/** A fresh JoinGroupResponse with every field at its schema default. */
export function defaultJoinGroupResponse(): JoinGroupResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    generationId: -1,
    protocolType: null,
    protocolName: '',
    leader: '',
    skipAssignment: false,
    memberId: '',
    members: [],
  };
}

/** A fresh JoinGroupResponseJoinGroupResponseMember with every field at its schema default. */
export function defaultJoinGroupResponseJoinGroupResponseMember(): JoinGroupResponseJoinGroupResponseMember {
  return {
    memberId: '',
    groupInstanceId: null,
    metadata: EMPTY_BYTES,
  };
}

function readJoinGroupResponse_Members(r: Reader, version: number): JoinGroupResponseJoinGroupResponseMember[] {
  const n = version >= 6 ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: JoinGroupResponseJoinGroupResponseMember[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readJoinGroupResponseJoinGroupResponseMember(r, version));
  return items;
}

function readJoinGroupResponse(r: Reader, version: number): JoinGroupResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = version >= 2 ? r.int32() : 0;
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'GenerationId';
  const fGenerationId: number = r.int32();
  r.field = 'ProtocolType';
  const fProtocolType: string | null = version >= 7 ? r.compactNullableString() : null;
  r.field = 'ProtocolName';
  const fProtocolName: string | null = version >= 6 ? (version >= 7 ? r.compactNullableString() : r.compactString()) : (version >= 7 ? r.nullableString() : r.string());
  r.field = 'Leader';
  const fLeader: string = version >= 6 ? r.compactString() : r.string();
  r.field = 'SkipAssignment';
  const fSkipAssignment: boolean = version >= 9 ? r.bool() : false;
  r.field = 'MemberId';
  const fMemberId: string = version >= 6 ? r.compactString() : r.string();
  r.field = 'Members';
  const fMembers: JoinGroupResponseJoinGroupResponseMember[] = readJoinGroupResponse_Members(r, version);
  if (version >= 6) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
    generationId: fGenerationId,
    protocolType: fProtocolType,
    protocolName: fProtocolName,
    leader: fLeader,
    skipAssignment: fSkipAssignment,
    memberId: fMemberId,
    members: fMembers,
  };
}

function readJoinGroupResponseJoinGroupResponseMember(r: Reader, version: number): JoinGroupResponseJoinGroupResponseMember {
  r.field = 'Members.MemberId';
  const fMemberId: string = version >= 6 ? r.compactString() : r.string();
  r.field = 'Members.GroupInstanceId';
  const fGroupInstanceId: string | null = version >= 5 ? (version >= 6 ? r.compactNullableString() : r.nullableString()) : null;
  r.field = 'Members.Metadata';
  const fMetadata: Buffer = version >= 6 ? r.compactBytes() : r.bytes();
  if (version >= 6) {
    r.field = 'Members._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    memberId: fMemberId,
    groupInstanceId: fGroupInstanceId,
    metadata: fMetadata,
  };
}

function writeJoinGroupResponse_Members(w: Writer, version: number, items: JoinGroupResponseJoinGroupResponseMember[]): void {
  version >= 6 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeJoinGroupResponseJoinGroupResponseMember(w, version, item);
}

function writeJoinGroupResponse(w: Writer, version: number, v: JoinGroupResponse): void {
  if (version >= 2) {
    w.int32(v.throttleTimeMs);
  }
  w.int16(v.errorCode);
  w.int32(v.generationId);
  if (version >= 7) {
    w.compactNullableString(v.protocolType);
  }
  if (v.protocolName === null && !(version >= 7)) nullNotAllowed('JoinGroupResponse', version, 'ProtocolName');
  version >= 6 ? w.compactNullableString(v.protocolName) : w.nullableString(v.protocolName);
  version >= 6 ? w.compactString(v.leader) : w.string(v.leader);
  if (version >= 9) {
    w.bool(v.skipAssignment);
  } else if (v.skipAssignment !== false) {
    notInVersion('JoinGroupResponse', version, 'SkipAssignment');
  }
  version >= 6 ? w.compactString(v.memberId) : w.string(v.memberId);
  writeJoinGroupResponse_Members(w, version, v.members);
  if (version >= 6) {
    w.uvarint(0);
  }
}

function writeJoinGroupResponseJoinGroupResponseMember(w: Writer, version: number, v: JoinGroupResponseJoinGroupResponseMember): void {
  version >= 6 ? w.compactString(v.memberId) : w.string(v.memberId);
  if (version >= 5) {
    version >= 6 ? w.compactNullableString(v.groupInstanceId) : w.nullableString(v.groupInstanceId);
  }
  version >= 6 ? w.compactBytes(v.metadata) : w.bytes(v.metadata);
  if (version >= 6) {
    w.uvarint(0);
  }
}

export const JoinGroupResponseCodec: MessageCodec<JoinGroupResponse> = {
  name: 'JoinGroupResponse',
  apiKey: 11,
  minVersion: 0,
  maxVersion: 9,
  flexibleFrom: 6,
  decode(r: Reader, version: number): JoinGroupResponse {
    if (version < 0 || version > 9) {
      r.fail(`unsupported version ${version}`);
      return defaultJoinGroupResponse();
    }
    return readJoinGroupResponse(r, version);
  },
  encode(w: Writer, version: number, value: JoinGroupResponse): void {
    if (version < 0 || version > 9) unsupportedVersion('JoinGroupResponse', version, 0, 9);
    writeJoinGroupResponse(w, version, value);
  },
  defaults: defaultJoinGroupResponse,
};
