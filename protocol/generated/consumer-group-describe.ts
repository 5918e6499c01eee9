// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0 (kafka-clients-4.4.0.jar, common/message/), its lowest versions
//   checked equal to apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99's (protocol/generator/overlay.ts)
//   ConsumerGroupDescribeRequest.json, ConsumerGroupDescribeResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** ConsumerGroupDescribeRequest (request, API key 69), versions 0-1. */
export interface ConsumerGroupDescribeRequest {
  /** The ids of the groups to describe. (versions 0+) */
  groupIds: string[];
  /** Whether to include authorized operations. (versions 0+) */
  includeAuthorizedOperations: boolean;
}

/** A fresh ConsumerGroupDescribeRequest with every field at its schema default. */
export function defaultConsumerGroupDescribeRequest(): ConsumerGroupDescribeRequest {
  return {
    groupIds: [],
    includeAuthorizedOperations: false,
  };
}

function readConsumerGroupDescribeRequest_GroupIds(r: Reader, _version: number): string[] {
  const n = r.compactArrayLength(1);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: string[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.compactString());
  return items;
}

function readConsumerGroupDescribeRequest(r: Reader, version: number): ConsumerGroupDescribeRequest {
  r.field = 'GroupIds';
  const fGroupIds: string[] = readConsumerGroupDescribeRequest_GroupIds(r, version);
  r.field = 'IncludeAuthorizedOperations';
  const fIncludeAuthorizedOperations: boolean = r.bool();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    groupIds: fGroupIds,
    includeAuthorizedOperations: fIncludeAuthorizedOperations,
  };
}

function writeConsumerGroupDescribeRequest_GroupIds(w: Writer, _version: number, items: string[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.compactString(item);
}

function writeConsumerGroupDescribeRequest(w: Writer, version: number, v: ConsumerGroupDescribeRequest): void {
  writeConsumerGroupDescribeRequest_GroupIds(w, version, v.groupIds);
  w.bool(v.includeAuthorizedOperations);
  w.uvarint(0);
}

export const ConsumerGroupDescribeRequestCodec: MessageCodec<ConsumerGroupDescribeRequest> = {
  name: 'ConsumerGroupDescribeRequest',
  apiKey: 69,
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  decode(r: Reader, version: number): ConsumerGroupDescribeRequest {
    if (version < 0 || version > 1) {
      r.fail(`unsupported version ${version}`);
      return defaultConsumerGroupDescribeRequest();
    }
    return readConsumerGroupDescribeRequest(r, version);
  },
  encode(w: Writer, version: number, value: ConsumerGroupDescribeRequest): void {
    if (version < 0 || version > 1) unsupportedVersion('ConsumerGroupDescribeRequest', version, 0, 1);
    writeConsumerGroupDescribeRequest(w, version, value);
  },
  defaults: defaultConsumerGroupDescribeRequest,
};

/** ConsumerGroupDescribeResponse (response, API key 69), versions 0-1. */
export interface ConsumerGroupDescribeResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** Each described group. (versions 0+) */
  groups: ConsumerGroupDescribeResponseDescribedGroup[];
}

/** ConsumerGroupDescribeResponse DescribedGroup, versions 0-1. */
export interface ConsumerGroupDescribeResponseDescribedGroup {
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
  members: ConsumerGroupDescribeResponseMember[];
  /** 32-bit bitfield to represent authorized operations for this group. (versions 0+, default -2147483648) */
  authorizedOperations: number;
}

/** ConsumerGroupDescribeResponse Member, versions 0-1. */
export interface ConsumerGroupDescribeResponseMember {
  /** The member ID. (versions 0+) */
  memberId: string;
  /** The member instance ID. (versions 0+, nullable 0+, default null) */
  instanceId: string | null;
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
  /** the subscribed topic regex otherwise or null of not provided. (versions 0+, nullable 0+, default null) */
  subscribedTopicRegex: string | null;
  /** The current assignment. (versions 0+) */
  assignment: ConsumerGroupDescribeResponseAssignment;
  /** The target assignment. (versions 0+) */
  targetAssignment: ConsumerGroupDescribeResponseAssignment;
  /** -1 for unknown. 0 for classic member. +1 for consumer member. (versions 1+, default -1) */
  memberType: number;
}

/** ConsumerGroupDescribeResponse TopicPartitions, versions 0-1. */
export interface ConsumerGroupDescribeResponseTopicPartitions {
  /** The topic ID. (versions 0+) */
  topicId: string;
  /** The topic name. (versions 0+) */
  topicName: string;
  /** The partitions. (versions 0+) */
  partitions: number[];
}

/** ConsumerGroupDescribeResponse Assignment, versions 0-1. */
export interface ConsumerGroupDescribeResponseAssignment {
  /** The assigned topic-partitions to the member. (versions 0+) */
  topicPartitions: ConsumerGroupDescribeResponseTopicPartitions[];
}

/** A fresh ConsumerGroupDescribeResponse with every field at its schema default. */
export function defaultConsumerGroupDescribeResponse(): ConsumerGroupDescribeResponse {
  return {
    throttleTimeMs: 0,
    groups: [],
  };
}

/** A fresh ConsumerGroupDescribeResponseDescribedGroup with every field at its schema default. */
export function defaultConsumerGroupDescribeResponseDescribedGroup(): ConsumerGroupDescribeResponseDescribedGroup {
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

/** A fresh ConsumerGroupDescribeResponseMember with every field at its schema default. */
export function defaultConsumerGroupDescribeResponseMember(): ConsumerGroupDescribeResponseMember {
  return {
    memberId: '',
    instanceId: null,
    rackId: null,
    memberEpoch: 0,
    clientId: '',
    clientHost: '',
    subscribedTopicNames: [],
    subscribedTopicRegex: null,
    assignment: defaultConsumerGroupDescribeResponseAssignment(),
    targetAssignment: defaultConsumerGroupDescribeResponseAssignment(),
    memberType: -1,
  };
}

/** A fresh ConsumerGroupDescribeResponseTopicPartitions with every field at its schema default. */
export function defaultConsumerGroupDescribeResponseTopicPartitions(): ConsumerGroupDescribeResponseTopicPartitions {
  return {
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    topicName: '',
    partitions: [],
  };
}

/** A fresh ConsumerGroupDescribeResponseAssignment with every field at its schema default. */
export function defaultConsumerGroupDescribeResponseAssignment(): ConsumerGroupDescribeResponseAssignment {
  return {
    topicPartitions: [],
  };
}

function readConsumerGroupDescribeResponse_Groups(r: Reader, version: number): ConsumerGroupDescribeResponseDescribedGroup[] {
  const n = r.compactArrayLength(20);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ConsumerGroupDescribeResponseDescribedGroup[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readConsumerGroupDescribeResponseDescribedGroup(r, version));
  return items;
}

function readConsumerGroupDescribeResponse(r: Reader, version: number): ConsumerGroupDescribeResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'Groups';
  const fGroups: ConsumerGroupDescribeResponseDescribedGroup[] = readConsumerGroupDescribeResponse_Groups(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    throttleTimeMs: fThrottleTimeMs,
    groups: fGroups,
  };
}

function readConsumerGroupDescribeResponseDescribedGroup_Members(r: Reader, version: number): ConsumerGroupDescribeResponseMember[] {
  const n = r.compactArrayLength(16);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ConsumerGroupDescribeResponseMember[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readConsumerGroupDescribeResponseMember(r, version));
  return items;
}

function readConsumerGroupDescribeResponseDescribedGroup(r: Reader, version: number): ConsumerGroupDescribeResponseDescribedGroup {
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
  const fMembers: ConsumerGroupDescribeResponseMember[] = readConsumerGroupDescribeResponseDescribedGroup_Members(r, version);
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

function readConsumerGroupDescribeResponseMember_SubscribedTopicNames(r: Reader, _version: number): string[] {
  const n = r.compactArrayLength(1);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: string[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.compactString());
  return items;
}

function readConsumerGroupDescribeResponseMember(r: Reader, version: number): ConsumerGroupDescribeResponseMember {
  r.field = 'Groups.Members.MemberId';
  const fMemberId: string = r.compactString();
  r.field = 'Groups.Members.InstanceId';
  const fInstanceId: string | null = r.compactNullableString();
  r.field = 'Groups.Members.RackId';
  const fRackId: string | null = r.compactNullableString();
  r.field = 'Groups.Members.MemberEpoch';
  const fMemberEpoch: number = r.int32();
  r.field = 'Groups.Members.ClientId';
  const fClientId: string = r.compactString();
  r.field = 'Groups.Members.ClientHost';
  const fClientHost: string = r.compactString();
  r.field = 'Groups.Members.SubscribedTopicNames';
  const fSubscribedTopicNames: string[] = readConsumerGroupDescribeResponseMember_SubscribedTopicNames(r, version);
  r.field = 'Groups.Members.SubscribedTopicRegex';
  const fSubscribedTopicRegex: string | null = r.compactNullableString();
  r.field = 'Groups.Members.Assignment';
  const fAssignment: ConsumerGroupDescribeResponseAssignment = readConsumerGroupDescribeResponseAssignment(r, version);
  r.field = 'Groups.Members.TargetAssignment';
  const fTargetAssignment: ConsumerGroupDescribeResponseAssignment = readConsumerGroupDescribeResponseAssignment(r, version);
  r.field = 'Groups.Members.MemberType';
  const fMemberType: number = version >= 1 ? r.int8() : -1;
  r.field = 'Groups.Members._tagged_fields';
  r.skipTaggedFields();
  return {
    memberId: fMemberId,
    instanceId: fInstanceId,
    rackId: fRackId,
    memberEpoch: fMemberEpoch,
    clientId: fClientId,
    clientHost: fClientHost,
    subscribedTopicNames: fSubscribedTopicNames,
    subscribedTopicRegex: fSubscribedTopicRegex,
    assignment: fAssignment,
    targetAssignment: fTargetAssignment,
    memberType: fMemberType,
  };
}

function readConsumerGroupDescribeResponseTopicPartitions_Partitions(r: Reader, _version: number): number[] {
  const n = r.compactArrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readConsumerGroupDescribeResponseTopicPartitions(r: Reader, version: number): ConsumerGroupDescribeResponseTopicPartitions {
  r.field = 'TopicPartitions.TopicId';
  const fTopicId: string = r.uuid();
  r.field = 'TopicPartitions.TopicName';
  const fTopicName: string = r.compactString();
  r.field = 'TopicPartitions.Partitions';
  const fPartitions: number[] = readConsumerGroupDescribeResponseTopicPartitions_Partitions(r, version);
  r.field = 'TopicPartitions._tagged_fields';
  r.skipTaggedFields();
  return {
    topicId: fTopicId,
    topicName: fTopicName,
    partitions: fPartitions,
  };
}

function readConsumerGroupDescribeResponseAssignment_TopicPartitions(r: Reader, version: number): ConsumerGroupDescribeResponseTopicPartitions[] {
  const n = r.compactArrayLength(19);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ConsumerGroupDescribeResponseTopicPartitions[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readConsumerGroupDescribeResponseTopicPartitions(r, version));
  return items;
}

function readConsumerGroupDescribeResponseAssignment(r: Reader, version: number): ConsumerGroupDescribeResponseAssignment {
  r.field = 'Assignment.TopicPartitions';
  const fTopicPartitions: ConsumerGroupDescribeResponseTopicPartitions[] = readConsumerGroupDescribeResponseAssignment_TopicPartitions(r, version);
  r.field = 'Assignment._tagged_fields';
  r.skipTaggedFields();
  return {
    topicPartitions: fTopicPartitions,
  };
}

function writeConsumerGroupDescribeResponse_Groups(w: Writer, version: number, items: ConsumerGroupDescribeResponseDescribedGroup[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeConsumerGroupDescribeResponseDescribedGroup(w, version, item);
}

function writeConsumerGroupDescribeResponse(w: Writer, version: number, v: ConsumerGroupDescribeResponse): void {
  w.int32(v.throttleTimeMs);
  writeConsumerGroupDescribeResponse_Groups(w, version, v.groups);
  w.uvarint(0);
}

function writeConsumerGroupDescribeResponseDescribedGroup_Members(w: Writer, version: number, items: ConsumerGroupDescribeResponseMember[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeConsumerGroupDescribeResponseMember(w, version, item);
}

function writeConsumerGroupDescribeResponseDescribedGroup(w: Writer, version: number, v: ConsumerGroupDescribeResponseDescribedGroup): void {
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.compactString(v.groupId);
  w.compactString(v.groupState);
  w.int32(v.groupEpoch);
  w.int32(v.assignmentEpoch);
  w.compactString(v.assignorName);
  writeConsumerGroupDescribeResponseDescribedGroup_Members(w, version, v.members);
  w.int32(v.authorizedOperations);
  w.uvarint(0);
}

function writeConsumerGroupDescribeResponseMember_SubscribedTopicNames(w: Writer, _version: number, items: string[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.compactString(item);
}

function writeConsumerGroupDescribeResponseMember(w: Writer, version: number, v: ConsumerGroupDescribeResponseMember): void {
  w.compactString(v.memberId);
  w.compactNullableString(v.instanceId);
  w.compactNullableString(v.rackId);
  w.int32(v.memberEpoch);
  w.compactString(v.clientId);
  w.compactString(v.clientHost);
  writeConsumerGroupDescribeResponseMember_SubscribedTopicNames(w, version, v.subscribedTopicNames);
  w.compactNullableString(v.subscribedTopicRegex);
  writeConsumerGroupDescribeResponseAssignment(w, version, v.assignment);
  writeConsumerGroupDescribeResponseAssignment(w, version, v.targetAssignment);
  if (version >= 1) {
    w.int8(v.memberType);
  }
  w.uvarint(0);
}

function writeConsumerGroupDescribeResponseTopicPartitions_Partitions(w: Writer, _version: number, items: number[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.int32(item);
}

function writeConsumerGroupDescribeResponseTopicPartitions(w: Writer, version: number, v: ConsumerGroupDescribeResponseTopicPartitions): void {
  w.uuid(v.topicId);
  w.compactString(v.topicName);
  writeConsumerGroupDescribeResponseTopicPartitions_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeConsumerGroupDescribeResponseAssignment_TopicPartitions(w: Writer, version: number, items: ConsumerGroupDescribeResponseTopicPartitions[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeConsumerGroupDescribeResponseTopicPartitions(w, version, item);
}

function writeConsumerGroupDescribeResponseAssignment(w: Writer, version: number, v: ConsumerGroupDescribeResponseAssignment): void {
  writeConsumerGroupDescribeResponseAssignment_TopicPartitions(w, version, v.topicPartitions);
  w.uvarint(0);
}

export const ConsumerGroupDescribeResponseCodec: MessageCodec<ConsumerGroupDescribeResponse> = {
  name: 'ConsumerGroupDescribeResponse',
  apiKey: 69,
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  decode(r: Reader, version: number): ConsumerGroupDescribeResponse {
    if (version < 0 || version > 1) {
      r.fail(`unsupported version ${version}`);
      return defaultConsumerGroupDescribeResponse();
    }
    return readConsumerGroupDescribeResponse(r, version);
  },
  encode(w: Writer, version: number, value: ConsumerGroupDescribeResponse): void {
    if (version < 0 || version > 1) unsupportedVersion('ConsumerGroupDescribeResponse', version, 0, 1);
    writeConsumerGroupDescribeResponse(w, version, value);
  },
  defaults: defaultConsumerGroupDescribeResponse,
};
