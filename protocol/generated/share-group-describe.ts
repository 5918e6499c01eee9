// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0 (kafka-clients-4.4.0.jar, common/message/), its lowest versions
//   checked equal to apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99's (protocol/generator/overlay.ts)
//   ShareGroupDescribeRequest.json, ShareGroupDescribeResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** ShareGroupDescribeRequest (request, API key 77), versions 1. */
export interface ShareGroupDescribeRequest {
  /** The ids of the groups to describe. (versions 0+) */
  groupIds: string[];
  /** Whether to include authorized operations. (versions 0+) */
  includeAuthorizedOperations: boolean;
}

/** A fresh ShareGroupDescribeRequest with every field at its schema default. */
export function defaultShareGroupDescribeRequest(): ShareGroupDescribeRequest {
  return {
    groupIds: [],
    includeAuthorizedOperations: false,
  };
}

function readShareGroupDescribeRequest_GroupIds(r: Reader, _version: number): string[] {
  const n = r.compactArrayLength(1);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: string[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.compactString());
  return items;
}

function readShareGroupDescribeRequest(r: Reader, version: number): ShareGroupDescribeRequest {
  r.field = 'GroupIds';
  const fGroupIds: string[] = readShareGroupDescribeRequest_GroupIds(r, version);
  r.field = 'IncludeAuthorizedOperations';
  const fIncludeAuthorizedOperations: boolean = r.bool();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    groupIds: fGroupIds,
    includeAuthorizedOperations: fIncludeAuthorizedOperations,
  };
}

function writeShareGroupDescribeRequest_GroupIds(w: Writer, _version: number, items: string[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.compactString(item);
}

function writeShareGroupDescribeRequest(w: Writer, version: number, v: ShareGroupDescribeRequest): void {
  writeShareGroupDescribeRequest_GroupIds(w, version, v.groupIds);
  w.bool(v.includeAuthorizedOperations);
  w.uvarint(0);
}

export const ShareGroupDescribeRequestCodec: MessageCodec<ShareGroupDescribeRequest> = {
  name: 'ShareGroupDescribeRequest',
  apiKey: 77,
  minVersion: 1,
  maxVersion: 1,
  flexibleFrom: 0,
  decode(r: Reader, version: number): ShareGroupDescribeRequest {
    if (version < 1 || version > 1) {
      r.fail(`unsupported version ${version}`);
      return defaultShareGroupDescribeRequest();
    }
    return readShareGroupDescribeRequest(r, version);
  },
  encode(w: Writer, version: number, value: ShareGroupDescribeRequest): void {
    if (version < 1 || version > 1) unsupportedVersion('ShareGroupDescribeRequest', version, 1, 1);
    writeShareGroupDescribeRequest(w, version, value);
  },
  defaults: defaultShareGroupDescribeRequest,
};

/** ShareGroupDescribeResponse (response, API key 77), versions 0-1. */
export interface ShareGroupDescribeResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** Each described group. (versions 0+) */
  groups: ShareGroupDescribeResponseDescribedGroup[];
}

/** ShareGroupDescribeResponse DescribedGroup, versions 0-1. */
export interface ShareGroupDescribeResponseDescribedGroup {
  /** The describe error, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The top-level error message, or null if there was no error. (versions 0+, nullable 0+, default null) */
  errorMessage: string | null;
  /** The group ID string. (versions 0+) */
  groupId: string;
  /** The group state string, or the empty string. (versions 0+) */
  groupState: string;
  /** The group epoch. (versions 0+) */
  groupEpoch: number;
  /** The assignment epoch. (versions 0+) */
  assignmentEpoch: number;
  /** The selected assignor. (versions 0+) */
  assignorName: string;
  /** The members. (versions 0+) */
  members: ShareGroupDescribeResponseMember[];
  /** 32-bit bitfield to represent authorized operations for this group. (versions 0+, default -2147483648) */
  authorizedOperations: number;
}

/** ShareGroupDescribeResponse Member, versions 0-1. */
export interface ShareGroupDescribeResponseMember {
  /** The member ID. (versions 0+) */
  memberId: string;
  /** The member rack ID. (versions 0+, nullable 0+, default null) */
  rackId: string | null;
  /** The current member epoch. (versions 0+) */
  memberEpoch: number;
  /** The client ID. (versions 0+) */
  clientId: string;
  /** The client host. (versions 0+) */
  clientHost: string;
  /** The subscribed topic names. (versions 0+) */
  subscribedTopicNames: string[];
  /** The current assignment. (versions 0+) */
  assignment: ShareGroupDescribeResponseAssignment;
}

/** ShareGroupDescribeResponse TopicPartitions, versions 0-1. */
export interface ShareGroupDescribeResponseTopicPartitions {
  /** The topic ID. (versions 0+) */
  topicId: string;
  /** The topic name. (versions 0+) */
  topicName: string;
  /** The partitions. (versions 0+) */
  partitions: number[];
}

/** ShareGroupDescribeResponse Assignment, versions 0-1. */
export interface ShareGroupDescribeResponseAssignment {
  /** The assigned topic-partitions to the member. (versions 0+) */
  topicPartitions: ShareGroupDescribeResponseTopicPartitions[];
}

/** A fresh ShareGroupDescribeResponse with every field at its schema default. */
export function defaultShareGroupDescribeResponse(): ShareGroupDescribeResponse {
  return {
    throttleTimeMs: 0,
    groups: [],
  };
}

/** A fresh ShareGroupDescribeResponseDescribedGroup with every field at its schema default. */
export function defaultShareGroupDescribeResponseDescribedGroup(): ShareGroupDescribeResponseDescribedGroup {
  return {
    errorCode: 0,
    errorMessage: null,
    groupId: '',
    groupState: '',
    groupEpoch: 0,
    assignmentEpoch: 0,
    assignorName: '',
    members: [],
    authorizedOperations: -2147483648,
  };
}

/** A fresh ShareGroupDescribeResponseMember with every field at its schema default. */
export function defaultShareGroupDescribeResponseMember(): ShareGroupDescribeResponseMember {
  return {
    memberId: '',
    rackId: null,
    memberEpoch: 0,
    clientId: '',
    clientHost: '',
    subscribedTopicNames: [],
    assignment: defaultShareGroupDescribeResponseAssignment(),
  };
}

/** A fresh ShareGroupDescribeResponseTopicPartitions with every field at its schema default. */
export function defaultShareGroupDescribeResponseTopicPartitions(): ShareGroupDescribeResponseTopicPartitions {
  return {
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    topicName: '',
    partitions: [],
  };
}

/** A fresh ShareGroupDescribeResponseAssignment with every field at its schema default. */
export function defaultShareGroupDescribeResponseAssignment(): ShareGroupDescribeResponseAssignment {
  return {
    topicPartitions: [],
  };
}

function readShareGroupDescribeResponse_Groups(r: Reader, version: number): ShareGroupDescribeResponseDescribedGroup[] {
  const n = r.compactArrayLength(20);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ShareGroupDescribeResponseDescribedGroup[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readShareGroupDescribeResponseDescribedGroup(r, version));
  return items;
}

function readShareGroupDescribeResponse(r: Reader, version: number): ShareGroupDescribeResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'Groups';
  const fGroups: ShareGroupDescribeResponseDescribedGroup[] = readShareGroupDescribeResponse_Groups(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    throttleTimeMs: fThrottleTimeMs,
    groups: fGroups,
  };
}

function readShareGroupDescribeResponseDescribedGroup_Members(r: Reader, version: number): ShareGroupDescribeResponseMember[] {
  const n = r.compactArrayLength(12);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ShareGroupDescribeResponseMember[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readShareGroupDescribeResponseMember(r, version));
  return items;
}

function readShareGroupDescribeResponseDescribedGroup(r: Reader, version: number): ShareGroupDescribeResponseDescribedGroup {
  r.field = 'Groups.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Groups.ErrorMessage';
  const fErrorMessage: string | null = r.compactNullableString();
  r.field = 'Groups.GroupId';
  const fGroupId: string = r.compactString();
  r.field = 'Groups.GroupState';
  const fGroupState: string = r.compactString();
  r.field = 'Groups.GroupEpoch';
  const fGroupEpoch: number = r.int32();
  r.field = 'Groups.AssignmentEpoch';
  const fAssignmentEpoch: number = r.int32();
  r.field = 'Groups.AssignorName';
  const fAssignorName: string = r.compactString();
  r.field = 'Groups.Members';
  const fMembers: ShareGroupDescribeResponseMember[] = readShareGroupDescribeResponseDescribedGroup_Members(r, version);
  r.field = 'Groups.AuthorizedOperations';
  const fAuthorizedOperations: number = r.int32();
  r.field = 'Groups._tagged_fields';
  r.skipTaggedFields();
  return {
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
    groupId: fGroupId,
    groupState: fGroupState,
    groupEpoch: fGroupEpoch,
    assignmentEpoch: fAssignmentEpoch,
    assignorName: fAssignorName,
    members: fMembers,
    authorizedOperations: fAuthorizedOperations,
  };
}

function readShareGroupDescribeResponseMember_SubscribedTopicNames(r: Reader, _version: number): string[] {
  const n = r.compactArrayLength(1);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: string[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.compactString());
  return items;
}

function readShareGroupDescribeResponseMember(r: Reader, version: number): ShareGroupDescribeResponseMember {
  r.field = 'Groups.Members.MemberId';
  const fMemberId: string = r.compactString();
  r.field = 'Groups.Members.RackId';
  const fRackId: string | null = r.compactNullableString();
  r.field = 'Groups.Members.MemberEpoch';
  const fMemberEpoch: number = r.int32();
  r.field = 'Groups.Members.ClientId';
  const fClientId: string = r.compactString();
  r.field = 'Groups.Members.ClientHost';
  const fClientHost: string = r.compactString();
  r.field = 'Groups.Members.SubscribedTopicNames';
  const fSubscribedTopicNames: string[] = readShareGroupDescribeResponseMember_SubscribedTopicNames(r, version);
  r.field = 'Groups.Members.Assignment';
  const fAssignment: ShareGroupDescribeResponseAssignment = readShareGroupDescribeResponseAssignment(r, version);
  r.field = 'Groups.Members._tagged_fields';
  r.skipTaggedFields();
  return {
    memberId: fMemberId,
    rackId: fRackId,
    memberEpoch: fMemberEpoch,
    clientId: fClientId,
    clientHost: fClientHost,
    subscribedTopicNames: fSubscribedTopicNames,
    assignment: fAssignment,
  };
}

function readShareGroupDescribeResponseTopicPartitions_Partitions(r: Reader, _version: number): number[] {
  const n = r.compactArrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readShareGroupDescribeResponseTopicPartitions(r: Reader, version: number): ShareGroupDescribeResponseTopicPartitions {
  r.field = 'TopicPartitions.TopicId';
  const fTopicId: string = r.uuid();
  r.field = 'TopicPartitions.TopicName';
  const fTopicName: string = r.compactString();
  r.field = 'TopicPartitions.Partitions';
  const fPartitions: number[] = readShareGroupDescribeResponseTopicPartitions_Partitions(r, version);
  r.field = 'TopicPartitions._tagged_fields';
  r.skipTaggedFields();
  return {
    topicId: fTopicId,
    topicName: fTopicName,
    partitions: fPartitions,
  };
}

function readShareGroupDescribeResponseAssignment_TopicPartitions(r: Reader, version: number): ShareGroupDescribeResponseTopicPartitions[] {
  const n = r.compactArrayLength(19);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ShareGroupDescribeResponseTopicPartitions[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readShareGroupDescribeResponseTopicPartitions(r, version));
  return items;
}

function readShareGroupDescribeResponseAssignment(r: Reader, version: number): ShareGroupDescribeResponseAssignment {
  r.field = 'Assignment.TopicPartitions';
  const fTopicPartitions: ShareGroupDescribeResponseTopicPartitions[] = readShareGroupDescribeResponseAssignment_TopicPartitions(r, version);
  r.field = 'Assignment._tagged_fields';
  r.skipTaggedFields();
  return {
    topicPartitions: fTopicPartitions,
  };
}

function writeShareGroupDescribeResponse_Groups(w: Writer, version: number, items: ShareGroupDescribeResponseDescribedGroup[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeShareGroupDescribeResponseDescribedGroup(w, version, item);
}

function writeShareGroupDescribeResponse(w: Writer, version: number, v: ShareGroupDescribeResponse): void {
  w.int32(v.throttleTimeMs);
  writeShareGroupDescribeResponse_Groups(w, version, v.groups);
  w.uvarint(0);
}

function writeShareGroupDescribeResponseDescribedGroup_Members(w: Writer, version: number, items: ShareGroupDescribeResponseMember[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeShareGroupDescribeResponseMember(w, version, item);
}

function writeShareGroupDescribeResponseDescribedGroup(w: Writer, version: number, v: ShareGroupDescribeResponseDescribedGroup): void {
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.compactString(v.groupId);
  w.compactString(v.groupState);
  w.int32(v.groupEpoch);
  w.int32(v.assignmentEpoch);
  w.compactString(v.assignorName);
  writeShareGroupDescribeResponseDescribedGroup_Members(w, version, v.members);
  w.int32(v.authorizedOperations);
  w.uvarint(0);
}

function writeShareGroupDescribeResponseMember_SubscribedTopicNames(w: Writer, _version: number, items: string[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.compactString(item);
}

function writeShareGroupDescribeResponseMember(w: Writer, version: number, v: ShareGroupDescribeResponseMember): void {
  w.compactString(v.memberId);
  w.compactNullableString(v.rackId);
  w.int32(v.memberEpoch);
  w.compactString(v.clientId);
  w.compactString(v.clientHost);
  writeShareGroupDescribeResponseMember_SubscribedTopicNames(w, version, v.subscribedTopicNames);
  writeShareGroupDescribeResponseAssignment(w, version, v.assignment);
  w.uvarint(0);
}

function writeShareGroupDescribeResponseTopicPartitions_Partitions(w: Writer, _version: number, items: number[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.int32(item);
}

function writeShareGroupDescribeResponseTopicPartitions(w: Writer, version: number, v: ShareGroupDescribeResponseTopicPartitions): void {
  w.uuid(v.topicId);
  w.compactString(v.topicName);
  writeShareGroupDescribeResponseTopicPartitions_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeShareGroupDescribeResponseAssignment_TopicPartitions(w: Writer, version: number, items: ShareGroupDescribeResponseTopicPartitions[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeShareGroupDescribeResponseTopicPartitions(w, version, item);
}

function writeShareGroupDescribeResponseAssignment(w: Writer, version: number, v: ShareGroupDescribeResponseAssignment): void {
  writeShareGroupDescribeResponseAssignment_TopicPartitions(w, version, v.topicPartitions);
  w.uvarint(0);
}

export const ShareGroupDescribeResponseCodec: MessageCodec<ShareGroupDescribeResponse> = {
  name: 'ShareGroupDescribeResponse',
  apiKey: 77,
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  decode(r: Reader, version: number): ShareGroupDescribeResponse {
    if (version < 0 || version > 1) {
      r.fail(`unsupported version ${version}`);
      return defaultShareGroupDescribeResponse();
    }
    return readShareGroupDescribeResponse(r, version);
  },
  encode(w: Writer, version: number, value: ShareGroupDescribeResponse): void {
    if (version < 0 || version > 1) unsupportedVersion('ShareGroupDescribeResponse', version, 0, 1);
    writeShareGroupDescribeResponse(w, version, value);
  },
  defaults: defaultShareGroupDescribeResponse,
};
