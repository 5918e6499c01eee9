// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0 (kafka-clients-4.4.0.jar, common/message/), as released: no version
//   of apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99's kept (protocol/generator/overlay.ts)
//   StreamsGroupDescribeRequest.json, StreamsGroupDescribeResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, notInVersion, unsupportedVersion } from '../generator/runtime';

/** StreamsGroupDescribeRequest (request, API key 89), versions 0-1. */
export interface StreamsGroupDescribeRequest {
  /** The ids of the groups to describe (versions 0+) */
  groupIds: string[];
  /** Whether to include authorized operations. (versions 0+) */
  includeAuthorizedOperations: boolean;
  /** Whether to include the full topology description from the topology description plugin in the response. (versions 1+, default false) */
  includeTopologyDescription: boolean;
}

/** A fresh StreamsGroupDescribeRequest with every field at its schema default. */
export function defaultStreamsGroupDescribeRequest(): StreamsGroupDescribeRequest {
  return {
    groupIds: [],
    includeAuthorizedOperations: false,
    includeTopologyDescription: false,
  };
}

function readStreamsGroupDescribeRequest_GroupIds(r: Reader, _version: number): string[] {
  const n = r.compactArrayLength(1);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: string[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.compactString());
  return items;
}

function readStreamsGroupDescribeRequest(r: Reader, version: number): StreamsGroupDescribeRequest {
  r.field = 'GroupIds';
  const fGroupIds: string[] = readStreamsGroupDescribeRequest_GroupIds(r, version);
  r.field = 'IncludeAuthorizedOperations';
  const fIncludeAuthorizedOperations: boolean = r.bool();
  r.field = 'IncludeTopologyDescription';
  const fIncludeTopologyDescription: boolean = version >= 1 ? r.bool() : false;
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    groupIds: fGroupIds,
    includeAuthorizedOperations: fIncludeAuthorizedOperations,
    includeTopologyDescription: fIncludeTopologyDescription,
  };
}

function writeStreamsGroupDescribeRequest_GroupIds(w: Writer, _version: number, items: string[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.compactString(item);
}

function writeStreamsGroupDescribeRequest(w: Writer, version: number, v: StreamsGroupDescribeRequest): void {
  writeStreamsGroupDescribeRequest_GroupIds(w, version, v.groupIds);
  w.bool(v.includeAuthorizedOperations);
  if (version >= 1) {
    w.bool(v.includeTopologyDescription);
  } else if (v.includeTopologyDescription !== false) {
    notInVersion('StreamsGroupDescribeRequest', version, 'IncludeTopologyDescription');
  }
  w.uvarint(0);
}

export const StreamsGroupDescribeRequestCodec: MessageCodec<StreamsGroupDescribeRequest> = {
  name: 'StreamsGroupDescribeRequest',
  apiKey: 89,
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  decode(r: Reader, version: number): StreamsGroupDescribeRequest {
    if (version < 0 || version > 1) {
      r.fail(`unsupported version ${version}`);
      return defaultStreamsGroupDescribeRequest();
    }
    return readStreamsGroupDescribeRequest(r, version);
  },
  encode(w: Writer, version: number, value: StreamsGroupDescribeRequest): void {
    if (version < 0 || version > 1) unsupportedVersion('StreamsGroupDescribeRequest', version, 0, 1);
    writeStreamsGroupDescribeRequest(w, version, value);
  },
  defaults: defaultStreamsGroupDescribeRequest,
};

/** StreamsGroupDescribeResponse (response, API key 89), versions 0-1. */
export interface StreamsGroupDescribeResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** Each described group. (versions 0+) */
  groups: StreamsGroupDescribeResponseDescribedGroup[];
}

/** StreamsGroupDescribeResponse DescribedGroup, versions 0-1. */
export interface StreamsGroupDescribeResponseDescribedGroup {
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
  /** The topology metadata currently initialized for the streams application. Can be null in case of a describe error. (versions 0+, nullable 0+, default null) */
  topology: StreamsGroupDescribeResponseTopology | null;
  /** The members. (versions 0+) */
  members: StreamsGroupDescribeResponseMember[];
  /** 32-bit bitfield to represent authorized operations for this group. (versions 0+, default -2147483648) */
  authorizedOperations: number;
  /** The full topology description for this group. Non-null if and only if TopologyDescriptionStatus is AVAILABLE (3); null otherwise. (versions 1+, nullable 1+, default null) */
  topologyDescription: StreamsGroupDescribeResponseTopologyDescription | null;
  /** The status of the topology description for this group, paired with TopologyDescription: 0=NOT_REQUESTED (client did not set IncludeTopologyDescription; TopologyDescription is null); 1=NOT_STORED (no description recorded for this group; TopologyDescription is null); 2=ERROR (broker failed to fetch the description, see broker logs; TopologyDescription is null); 3=AVAILABLE (TopologyDescription is non-null and carries the description). (versions 1+, default 0) */
  topologyDescriptionStatus: number;
  /** The task assignor that the group coordinator will use for the next assignment computation. This may differ from the assignor that computed the current assignment, because changing the assignor configuration does not trigger a rebalance. Null in case of a describe error. (versions 1+, nullable 1+, default null) */
  assignorName: string | null;
}

/** StreamsGroupDescribeResponse Topology, versions 0-1. */
export interface StreamsGroupDescribeResponseTopology {
  /** The epoch of the currently initialized topology for this group. (versions 0+) */
  epoch: number;
  /** The subtopologies of the streams application. This contains the configured subtopologies, where the number of partitions are set and any regular expressions are resolved to actual topics. Null if the group is uninitialized, source topics are missing or incorrectly partitioned. (versions 0+, nullable 0+, default null) */
  subtopologies: StreamsGroupDescribeResponseSubtopology[] | null;
}

/** StreamsGroupDescribeResponse Subtopology, versions 0-1. */
export interface StreamsGroupDescribeResponseSubtopology {
  /** String to uniquely identify the subtopology. (versions 0+) */
  subtopologyId: string;
  /** The topics the subtopology reads from. (versions 0+) */
  sourceTopics: string[];
  /** The repartition topics the subtopology writes to. (versions 0+) */
  repartitionSinkTopics: string[];
  /** The set of state changelog topics associated with this subtopology. Created automatically. (versions 0+) */
  stateChangelogTopics: StreamsGroupDescribeResponseTopicInfo[];
  /** The set of source topics that are internally created repartition topics. Created automatically. (versions 0+) */
  repartitionSourceTopics: StreamsGroupDescribeResponseTopicInfo[];
}

/** StreamsGroupDescribeResponse Member, versions 0-1. */
export interface StreamsGroupDescribeResponseMember {
  /** The member ID. (versions 0+) */
  memberId: string;
  /** The member epoch. (versions 0+) */
  memberEpoch: number;
  /** The member instance ID for static membership. (versions 0+, nullable 0+, default null) */
  instanceId: string | null;
  /** The rack ID. (versions 0+, nullable 0+, default null) */
  rackId: string | null;
  /** The client ID. (versions 0+) */
  clientId: string;
  /** The client host. (versions 0+) */
  clientHost: string;
  /** The epoch of the topology on the client. (versions 0+) */
  topologyEpoch: number;
  /** Identity of the streams instance that may have multiple clients. (versions 0+) */
  processId: string;
  /** User-defined endpoint for Interactive Queries. Null if not defined for this client. (versions 0+, nullable 0+, default null) */
  userEndpoint: StreamsGroupDescribeResponseEndpoint | null;
  /** Used for rack-aware assignment algorithm. (versions 0+) */
  clientTags: StreamsGroupDescribeResponseKeyValue[];
  /** Cumulative changelog offsets for tasks. (versions 0+) */
  taskOffsets: StreamsGroupDescribeResponseTaskOffset[];
  /** Cumulative changelog end offsets for tasks. (versions 0+) */
  taskEndOffsets: StreamsGroupDescribeResponseTaskOffset[];
  /** The current assignment. (versions 0+) */
  assignment: StreamsGroupDescribeResponseAssignment;
  /** The target assignment. (versions 0+) */
  targetAssignment: StreamsGroupDescribeResponseAssignment;
  /** True for classic members that have not been upgraded yet. (versions 0+) */
  isClassic: boolean;
}

/** StreamsGroupDescribeResponse Endpoint, versions 0-1. */
export interface StreamsGroupDescribeResponseEndpoint {
  /** host of the endpoint (versions 0+) */
  host: string;
  /** port of the endpoint (versions 0+) */
  port: number;
}

/** StreamsGroupDescribeResponse TaskOffset, versions 0-1. */
export interface StreamsGroupDescribeResponseTaskOffset {
  /** The subtopology identifier. (versions 0+) */
  subtopologyId: string;
  /** The partition. (versions 0+) */
  partition: number;
  /** The offset. (versions 0+) */
  offset: bigint;
}

/** StreamsGroupDescribeResponse Assignment, versions 0-1. */
export interface StreamsGroupDescribeResponseAssignment {
  /** Active tasks for this client. (versions 0+) */
  activeTasks: StreamsGroupDescribeResponseTaskIds[];
  /** Standby tasks for this client. (versions 0+) */
  standbyTasks: StreamsGroupDescribeResponseTaskIds[];
  /** Warm-up tasks for this client. (versions 0+) */
  warmupTasks: StreamsGroupDescribeResponseTaskIds[];
}

/** StreamsGroupDescribeResponse TaskIds, versions 0-1. */
export interface StreamsGroupDescribeResponseTaskIds {
  /** The subtopology identifier. (versions 0+) */
  subtopologyId: string;
  /** The partitions of the input topics processed by this member. (versions 0+) */
  partitions: number[];
}

/** StreamsGroupDescribeResponse KeyValue, versions 0-1. */
export interface StreamsGroupDescribeResponseKeyValue {
  /** key of the config (versions 0+) */
  key: string;
  /** value of the config (versions 0+) */
  value: string;
}

/** StreamsGroupDescribeResponse TopicInfo, versions 0-1. */
export interface StreamsGroupDescribeResponseTopicInfo {
  /** The name of the topic. (versions 0+) */
  name: string;
  /** The number of partitions in the topic. Can be 0 if no specific number of partitions is enforced. Always 0 for changelog topics. (versions 0+) */
  partitions: number;
  /** The replication factor of the topic. Can be 0 if the default replication factor should be used. (versions 0+) */
  replicationFactor: number;
  /** Topic-level configurations as key-value pairs. (versions 0+) */
  topicConfigs: StreamsGroupDescribeResponseKeyValue[];
}

/** StreamsGroupDescribeResponse TopologyDescription, versions 1. */
export interface StreamsGroupDescribeResponseTopologyDescription {
  /** The subtopologies that make up this topology. (versions 1+) */
  subtopologies: StreamsGroupDescribeResponseTopologyDescriptionSubtopology[];
  /** Global state stores used by this topology. (versions 1+) */
  globalStores: StreamsGroupDescribeResponseTopologyDescriptionGlobalStore[];
}

/** StreamsGroupDescribeResponse TopologyDescriptionSubtopology, versions 1. */
export interface StreamsGroupDescribeResponseTopologyDescriptionSubtopology {
  /** The subtopology identifier, unique within the topology. (versions 1+) */
  subtopologyId: string;
  /** The processing nodes in this subtopology. (versions 1+) */
  nodes: StreamsGroupDescribeResponseTopologyDescriptionNode[];
}

/** StreamsGroupDescribeResponse TopologyDescriptionNode, versions 1. */
export interface StreamsGroupDescribeResponseTopologyDescriptionNode {
  /** The name of this node (e.g., KSTREAM-SOURCE-0000000000). (versions 1+) */
  name: string;
  /** The type of this node: 1=SOURCE, 2=PROCESSOR, 3=SINK. (versions 1+) */
  nodeType: number;
  /** The source topics this node reads from. Defined only for source nodes, may be empty if source topics are dynamically determined. (versions 1+) */
  sourceTopics: string[];
  /** The topic this node writes to. Defined only for sink nodes, may be null if sink topic is dynamically determined. (versions 1+, nullable 1+, default null) */
  sinkTopic: string | null;
  /** The state store names accessed by this node. Defined only for processor nodes. (versions 1+) */
  stores: string[];
  /** The names of successor nodes in the processing graph. Predecessor relationships are reconstructed from this field. (versions 1+) */
  successors: string[];
}

/** StreamsGroupDescribeResponse TopologyDescriptionGlobalStore, versions 1. */
export interface StreamsGroupDescribeResponseTopologyDescriptionGlobalStore {
  /** The source node providing data to the global store. (versions 1+) */
  source: StreamsGroupDescribeResponseTopologyDescriptionNode;
  /** The processor node that populates the global store. (versions 1+) */
  processor: StreamsGroupDescribeResponseTopologyDescriptionNode;
}

/** A fresh StreamsGroupDescribeResponse with every field at its schema default. */
export function defaultStreamsGroupDescribeResponse(): StreamsGroupDescribeResponse {
  return {
    throttleTimeMs: 0,
    groups: [],
  };
}

/** A fresh StreamsGroupDescribeResponseDescribedGroup with every field at its schema default. */
export function defaultStreamsGroupDescribeResponseDescribedGroup(): StreamsGroupDescribeResponseDescribedGroup {
  return {
    errorCode: 0,
    errorMessage: null,
    groupId: '',
    groupState: '',
    groupEpoch: 0,
    assignmentEpoch: 0,
    topology: null,
    members: [],
    authorizedOperations: -2147483648,
    topologyDescription: null,
    topologyDescriptionStatus: 0,
    assignorName: null,
  };
}

/** A fresh StreamsGroupDescribeResponseTopology with every field at its schema default. */
export function defaultStreamsGroupDescribeResponseTopology(): StreamsGroupDescribeResponseTopology {
  return {
    epoch: 0,
    subtopologies: null,
  };
}

/** A fresh StreamsGroupDescribeResponseSubtopology with every field at its schema default. */
export function defaultStreamsGroupDescribeResponseSubtopology(): StreamsGroupDescribeResponseSubtopology {
  return {
    subtopologyId: '',
    sourceTopics: [],
    repartitionSinkTopics: [],
    stateChangelogTopics: [],
    repartitionSourceTopics: [],
  };
}

/** A fresh StreamsGroupDescribeResponseMember with every field at its schema default. */
export function defaultStreamsGroupDescribeResponseMember(): StreamsGroupDescribeResponseMember {
  return {
    memberId: '',
    memberEpoch: 0,
    instanceId: null,
    rackId: null,
    clientId: '',
    clientHost: '',
    topologyEpoch: 0,
    processId: '',
    userEndpoint: null,
    clientTags: [],
    taskOffsets: [],
    taskEndOffsets: [],
    assignment: defaultStreamsGroupDescribeResponseAssignment(),
    targetAssignment: defaultStreamsGroupDescribeResponseAssignment(),
    isClassic: false,
  };
}

/** A fresh StreamsGroupDescribeResponseEndpoint with every field at its schema default. */
export function defaultStreamsGroupDescribeResponseEndpoint(): StreamsGroupDescribeResponseEndpoint {
  return {
    host: '',
    port: 0,
  };
}

/** A fresh StreamsGroupDescribeResponseTaskOffset with every field at its schema default. */
export function defaultStreamsGroupDescribeResponseTaskOffset(): StreamsGroupDescribeResponseTaskOffset {
  return {
    subtopologyId: '',
    partition: 0,
    offset: 0n,
  };
}

/** A fresh StreamsGroupDescribeResponseAssignment with every field at its schema default. */
export function defaultStreamsGroupDescribeResponseAssignment(): StreamsGroupDescribeResponseAssignment {
  return {
    activeTasks: [],
    standbyTasks: [],
    warmupTasks: [],
  };
}

/** A fresh StreamsGroupDescribeResponseTaskIds with every field at its schema default. */
export function defaultStreamsGroupDescribeResponseTaskIds(): StreamsGroupDescribeResponseTaskIds {
  return {
    subtopologyId: '',
    partitions: [],
  };
}

/** A fresh StreamsGroupDescribeResponseKeyValue with every field at its schema default. */
export function defaultStreamsGroupDescribeResponseKeyValue(): StreamsGroupDescribeResponseKeyValue {
  return {
    key: '',
    value: '',
  };
}

/** A fresh StreamsGroupDescribeResponseTopicInfo with every field at its schema default. */
export function defaultStreamsGroupDescribeResponseTopicInfo(): StreamsGroupDescribeResponseTopicInfo {
  return {
    name: '',
    partitions: 0,
    replicationFactor: 0,
    topicConfigs: [],
  };
}

/** A fresh StreamsGroupDescribeResponseTopologyDescription with every field at its schema default. */
export function defaultStreamsGroupDescribeResponseTopologyDescription(): StreamsGroupDescribeResponseTopologyDescription {
  return {
    subtopologies: [],
    globalStores: [],
  };
}

/** A fresh StreamsGroupDescribeResponseTopologyDescriptionSubtopology with every field at its schema default. */
export function defaultStreamsGroupDescribeResponseTopologyDescriptionSubtopology(): StreamsGroupDescribeResponseTopologyDescriptionSubtopology {
  return {
    subtopologyId: '',
    nodes: [],
  };
}

/** A fresh StreamsGroupDescribeResponseTopologyDescriptionNode with every field at its schema default. */
export function defaultStreamsGroupDescribeResponseTopologyDescriptionNode(): StreamsGroupDescribeResponseTopologyDescriptionNode {
  return {
    name: '',
    nodeType: 0,
    sourceTopics: [],
    sinkTopic: null,
    stores: [],
    successors: [],
  };
}

/** A fresh StreamsGroupDescribeResponseTopologyDescriptionGlobalStore with every field at its schema default. */
export function defaultStreamsGroupDescribeResponseTopologyDescriptionGlobalStore(): StreamsGroupDescribeResponseTopologyDescriptionGlobalStore {
  return {
    source: defaultStreamsGroupDescribeResponseTopologyDescriptionNode(),
    processor: defaultStreamsGroupDescribeResponseTopologyDescriptionNode(),
  };
}

function readStreamsGroupDescribeResponse_Groups(r: Reader, version: number): StreamsGroupDescribeResponseDescribedGroup[] {
  const n = r.compactArrayLength(20);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: StreamsGroupDescribeResponseDescribedGroup[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readStreamsGroupDescribeResponseDescribedGroup(r, version));
  return items;
}

function readStreamsGroupDescribeResponse(r: Reader, version: number): StreamsGroupDescribeResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'Groups';
  const fGroups: StreamsGroupDescribeResponseDescribedGroup[] = readStreamsGroupDescribeResponse_Groups(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    throttleTimeMs: fThrottleTimeMs,
    groups: fGroups,
  };
}

function readStreamsGroupDescribeResponseDescribedGroup_Members(r: Reader, version: number): StreamsGroupDescribeResponseMember[] {
  const n = r.compactArrayLength(28);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: StreamsGroupDescribeResponseMember[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readStreamsGroupDescribeResponseMember(r, version));
  return items;
}

function readStreamsGroupDescribeResponseDescribedGroup(r: Reader, version: number): StreamsGroupDescribeResponseDescribedGroup {
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
  r.field = 'Groups.Topology';
  const fTopology: StreamsGroupDescribeResponseTopology | null = (r.int8() < 0 ? null : readStreamsGroupDescribeResponseTopology(r, version));
  r.field = 'Groups.Members';
  const fMembers: StreamsGroupDescribeResponseMember[] = readStreamsGroupDescribeResponseDescribedGroup_Members(r, version);
  r.field = 'Groups.AuthorizedOperations';
  const fAuthorizedOperations: number = r.int32();
  r.field = 'Groups.TopologyDescription';
  const fTopologyDescription: StreamsGroupDescribeResponseTopologyDescription | null = version >= 1 ? ((r.int8() < 0 ? null : readStreamsGroupDescribeResponseTopologyDescription(r, version))) : null;
  r.field = 'Groups.TopologyDescriptionStatus';
  const fTopologyDescriptionStatus: number = version >= 1 ? r.int8() : 0;
  r.field = 'Groups.AssignorName';
  const fAssignorName: string | null = version >= 1 ? r.compactNullableString() : null;
  r.field = 'Groups._tagged_fields';
  r.skipTaggedFields();
  return {
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
    groupId: fGroupId,
    groupState: fGroupState,
    groupEpoch: fGroupEpoch,
    assignmentEpoch: fAssignmentEpoch,
    topology: fTopology,
    members: fMembers,
    authorizedOperations: fAuthorizedOperations,
    topologyDescription: fTopologyDescription,
    topologyDescriptionStatus: fTopologyDescriptionStatus,
    assignorName: fAssignorName,
  };
}

function readStreamsGroupDescribeResponseTopology_Subtopologies(r: Reader, version: number): StreamsGroupDescribeResponseSubtopology[] | null {
  const n = r.compactArrayLength(6);
  if (n < 0) {
    return null;
  }
  const items: StreamsGroupDescribeResponseSubtopology[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readStreamsGroupDescribeResponseSubtopology(r, version));
  return items;
}

function readStreamsGroupDescribeResponseTopology(r: Reader, version: number): StreamsGroupDescribeResponseTopology {
  r.field = 'Groups.Topology.Epoch';
  const fEpoch: number = r.int32();
  r.field = 'Groups.Topology.Subtopologies';
  const fSubtopologies: StreamsGroupDescribeResponseSubtopology[] | null = readStreamsGroupDescribeResponseTopology_Subtopologies(r, version);
  r.field = 'Groups.Topology._tagged_fields';
  r.skipTaggedFields();
  return {
    epoch: fEpoch,
    subtopologies: fSubtopologies,
  };
}

function readStreamsGroupDescribeResponseSubtopology_SourceTopics(r: Reader, _version: number): string[] {
  const n = r.compactArrayLength(1);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: string[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.compactString());
  return items;
}

function readStreamsGroupDescribeResponseSubtopology_RepartitionSinkTopics(r: Reader, _version: number): string[] {
  const n = r.compactArrayLength(1);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: string[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.compactString());
  return items;
}

function readStreamsGroupDescribeResponseSubtopology_StateChangelogTopics(r: Reader, version: number): StreamsGroupDescribeResponseTopicInfo[] {
  const n = r.compactArrayLength(9);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: StreamsGroupDescribeResponseTopicInfo[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readStreamsGroupDescribeResponseTopicInfo(r, version));
  return items;
}

function readStreamsGroupDescribeResponseSubtopology_RepartitionSourceTopics(r: Reader, version: number): StreamsGroupDescribeResponseTopicInfo[] {
  const n = r.compactArrayLength(9);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: StreamsGroupDescribeResponseTopicInfo[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readStreamsGroupDescribeResponseTopicInfo(r, version));
  return items;
}

function readStreamsGroupDescribeResponseSubtopology(r: Reader, version: number): StreamsGroupDescribeResponseSubtopology {
  r.field = 'Groups.Topology.Subtopologies.SubtopologyId';
  const fSubtopologyId: string = r.compactString();
  r.field = 'Groups.Topology.Subtopologies.SourceTopics';
  const fSourceTopics: string[] = readStreamsGroupDescribeResponseSubtopology_SourceTopics(r, version);
  r.field = 'Groups.Topology.Subtopologies.RepartitionSinkTopics';
  const fRepartitionSinkTopics: string[] = readStreamsGroupDescribeResponseSubtopology_RepartitionSinkTopics(r, version);
  r.field = 'Groups.Topology.Subtopologies.StateChangelogTopics';
  const fStateChangelogTopics: StreamsGroupDescribeResponseTopicInfo[] = readStreamsGroupDescribeResponseSubtopology_StateChangelogTopics(r, version);
  r.field = 'Groups.Topology.Subtopologies.RepartitionSourceTopics';
  const fRepartitionSourceTopics: StreamsGroupDescribeResponseTopicInfo[] = readStreamsGroupDescribeResponseSubtopology_RepartitionSourceTopics(r, version);
  r.field = 'Groups.Topology.Subtopologies._tagged_fields';
  r.skipTaggedFields();
  return {
    subtopologyId: fSubtopologyId,
    sourceTopics: fSourceTopics,
    repartitionSinkTopics: fRepartitionSinkTopics,
    stateChangelogTopics: fStateChangelogTopics,
    repartitionSourceTopics: fRepartitionSourceTopics,
  };
}

function readStreamsGroupDescribeResponseMember_ClientTags(r: Reader, version: number): StreamsGroupDescribeResponseKeyValue[] {
  const n = r.compactArrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: StreamsGroupDescribeResponseKeyValue[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readStreamsGroupDescribeResponseKeyValue(r, version));
  return items;
}

function readStreamsGroupDescribeResponseMember_TaskOffsets(r: Reader, version: number): StreamsGroupDescribeResponseTaskOffset[] {
  const n = r.compactArrayLength(14);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: StreamsGroupDescribeResponseTaskOffset[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readStreamsGroupDescribeResponseTaskOffset(r, version));
  return items;
}

function readStreamsGroupDescribeResponseMember_TaskEndOffsets(r: Reader, version: number): StreamsGroupDescribeResponseTaskOffset[] {
  const n = r.compactArrayLength(14);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: StreamsGroupDescribeResponseTaskOffset[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readStreamsGroupDescribeResponseTaskOffset(r, version));
  return items;
}

function readStreamsGroupDescribeResponseMember(r: Reader, version: number): StreamsGroupDescribeResponseMember {
  r.field = 'Groups.Members.MemberId';
  const fMemberId: string = r.compactString();
  r.field = 'Groups.Members.MemberEpoch';
  const fMemberEpoch: number = r.int32();
  r.field = 'Groups.Members.InstanceId';
  const fInstanceId: string | null = r.compactNullableString();
  r.field = 'Groups.Members.RackId';
  const fRackId: string | null = r.compactNullableString();
  r.field = 'Groups.Members.ClientId';
  const fClientId: string = r.compactString();
  r.field = 'Groups.Members.ClientHost';
  const fClientHost: string = r.compactString();
  r.field = 'Groups.Members.TopologyEpoch';
  const fTopologyEpoch: number = r.int32();
  r.field = 'Groups.Members.ProcessId';
  const fProcessId: string = r.compactString();
  r.field = 'Groups.Members.UserEndpoint';
  const fUserEndpoint: StreamsGroupDescribeResponseEndpoint | null = (r.int8() < 0 ? null : readStreamsGroupDescribeResponseEndpoint(r, version));
  r.field = 'Groups.Members.ClientTags';
  const fClientTags: StreamsGroupDescribeResponseKeyValue[] = readStreamsGroupDescribeResponseMember_ClientTags(r, version);
  r.field = 'Groups.Members.TaskOffsets';
  const fTaskOffsets: StreamsGroupDescribeResponseTaskOffset[] = readStreamsGroupDescribeResponseMember_TaskOffsets(r, version);
  r.field = 'Groups.Members.TaskEndOffsets';
  const fTaskEndOffsets: StreamsGroupDescribeResponseTaskOffset[] = readStreamsGroupDescribeResponseMember_TaskEndOffsets(r, version);
  r.field = 'Groups.Members.Assignment';
  const fAssignment: StreamsGroupDescribeResponseAssignment = readStreamsGroupDescribeResponseAssignment(r, version);
  r.field = 'Groups.Members.TargetAssignment';
  const fTargetAssignment: StreamsGroupDescribeResponseAssignment = readStreamsGroupDescribeResponseAssignment(r, version);
  r.field = 'Groups.Members.IsClassic';
  const fIsClassic: boolean = r.bool();
  r.field = 'Groups.Members._tagged_fields';
  r.skipTaggedFields();
  return {
    memberId: fMemberId,
    memberEpoch: fMemberEpoch,
    instanceId: fInstanceId,
    rackId: fRackId,
    clientId: fClientId,
    clientHost: fClientHost,
    topologyEpoch: fTopologyEpoch,
    processId: fProcessId,
    userEndpoint: fUserEndpoint,
    clientTags: fClientTags,
    taskOffsets: fTaskOffsets,
    taskEndOffsets: fTaskEndOffsets,
    assignment: fAssignment,
    targetAssignment: fTargetAssignment,
    isClassic: fIsClassic,
  };
}

function readStreamsGroupDescribeResponseEndpoint(r: Reader, _version: number): StreamsGroupDescribeResponseEndpoint {
  r.field = 'Endpoint.Host';
  const fHost: string = r.compactString();
  r.field = 'Endpoint.Port';
  const fPort: number = r.uint16();
  r.field = 'Endpoint._tagged_fields';
  r.skipTaggedFields();
  return {
    host: fHost,
    port: fPort,
  };
}

function readStreamsGroupDescribeResponseTaskOffset(r: Reader, _version: number): StreamsGroupDescribeResponseTaskOffset {
  r.field = 'TaskOffset.SubtopologyId';
  const fSubtopologyId: string = r.compactString();
  r.field = 'TaskOffset.Partition';
  const fPartition: number = r.int32();
  r.field = 'TaskOffset.Offset';
  const fOffset: bigint = r.int64();
  r.field = 'TaskOffset._tagged_fields';
  r.skipTaggedFields();
  return {
    subtopologyId: fSubtopologyId,
    partition: fPartition,
    offset: fOffset,
  };
}

function readStreamsGroupDescribeResponseAssignment_ActiveTasks(r: Reader, version: number): StreamsGroupDescribeResponseTaskIds[] {
  const n = r.compactArrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: StreamsGroupDescribeResponseTaskIds[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readStreamsGroupDescribeResponseTaskIds(r, version));
  return items;
}

function readStreamsGroupDescribeResponseAssignment_StandbyTasks(r: Reader, version: number): StreamsGroupDescribeResponseTaskIds[] {
  const n = r.compactArrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: StreamsGroupDescribeResponseTaskIds[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readStreamsGroupDescribeResponseTaskIds(r, version));
  return items;
}

function readStreamsGroupDescribeResponseAssignment_WarmupTasks(r: Reader, version: number): StreamsGroupDescribeResponseTaskIds[] {
  const n = r.compactArrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: StreamsGroupDescribeResponseTaskIds[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readStreamsGroupDescribeResponseTaskIds(r, version));
  return items;
}

function readStreamsGroupDescribeResponseAssignment(r: Reader, version: number): StreamsGroupDescribeResponseAssignment {
  r.field = 'Assignment.ActiveTasks';
  const fActiveTasks: StreamsGroupDescribeResponseTaskIds[] = readStreamsGroupDescribeResponseAssignment_ActiveTasks(r, version);
  r.field = 'Assignment.StandbyTasks';
  const fStandbyTasks: StreamsGroupDescribeResponseTaskIds[] = readStreamsGroupDescribeResponseAssignment_StandbyTasks(r, version);
  r.field = 'Assignment.WarmupTasks';
  const fWarmupTasks: StreamsGroupDescribeResponseTaskIds[] = readStreamsGroupDescribeResponseAssignment_WarmupTasks(r, version);
  r.field = 'Assignment._tagged_fields';
  r.skipTaggedFields();
  return {
    activeTasks: fActiveTasks,
    standbyTasks: fStandbyTasks,
    warmupTasks: fWarmupTasks,
  };
}

function readStreamsGroupDescribeResponseTaskIds_Partitions(r: Reader, _version: number): number[] {
  const n = r.compactArrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readStreamsGroupDescribeResponseTaskIds(r: Reader, version: number): StreamsGroupDescribeResponseTaskIds {
  r.field = 'TaskIds.SubtopologyId';
  const fSubtopologyId: string = r.compactString();
  r.field = 'TaskIds.Partitions';
  const fPartitions: number[] = readStreamsGroupDescribeResponseTaskIds_Partitions(r, version);
  r.field = 'TaskIds._tagged_fields';
  r.skipTaggedFields();
  return {
    subtopologyId: fSubtopologyId,
    partitions: fPartitions,
  };
}

function readStreamsGroupDescribeResponseKeyValue(r: Reader, _version: number): StreamsGroupDescribeResponseKeyValue {
  r.field = 'KeyValue.Key';
  const fKey: string = r.compactString();
  r.field = 'KeyValue.Value';
  const fValue: string = r.compactString();
  r.field = 'KeyValue._tagged_fields';
  r.skipTaggedFields();
  return {
    key: fKey,
    value: fValue,
  };
}

function readStreamsGroupDescribeResponseTopicInfo_TopicConfigs(r: Reader, version: number): StreamsGroupDescribeResponseKeyValue[] {
  const n = r.compactArrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: StreamsGroupDescribeResponseKeyValue[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readStreamsGroupDescribeResponseKeyValue(r, version));
  return items;
}

function readStreamsGroupDescribeResponseTopicInfo(r: Reader, version: number): StreamsGroupDescribeResponseTopicInfo {
  r.field = 'TopicInfo.Name';
  const fName: string = r.compactString();
  r.field = 'TopicInfo.Partitions';
  const fPartitions: number = r.int32();
  r.field = 'TopicInfo.ReplicationFactor';
  const fReplicationFactor: number = r.int16();
  r.field = 'TopicInfo.TopicConfigs';
  const fTopicConfigs: StreamsGroupDescribeResponseKeyValue[] = readStreamsGroupDescribeResponseTopicInfo_TopicConfigs(r, version);
  r.field = 'TopicInfo._tagged_fields';
  r.skipTaggedFields();
  return {
    name: fName,
    partitions: fPartitions,
    replicationFactor: fReplicationFactor,
    topicConfigs: fTopicConfigs,
  };
}

function readStreamsGroupDescribeResponseTopologyDescription_Subtopologies(r: Reader, version: number): StreamsGroupDescribeResponseTopologyDescriptionSubtopology[] {
  const n = r.compactArrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: StreamsGroupDescribeResponseTopologyDescriptionSubtopology[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readStreamsGroupDescribeResponseTopologyDescriptionSubtopology(r, version));
  return items;
}

function readStreamsGroupDescribeResponseTopologyDescription_GlobalStores(r: Reader, version: number): StreamsGroupDescribeResponseTopologyDescriptionGlobalStore[] {
  const n = r.compactArrayLength(15);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: StreamsGroupDescribeResponseTopologyDescriptionGlobalStore[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readStreamsGroupDescribeResponseTopologyDescriptionGlobalStore(r, version));
  return items;
}

function readStreamsGroupDescribeResponseTopologyDescription(r: Reader, version: number): StreamsGroupDescribeResponseTopologyDescription {
  r.field = 'TopologyDescription.Subtopologies';
  const fSubtopologies: StreamsGroupDescribeResponseTopologyDescriptionSubtopology[] = readStreamsGroupDescribeResponseTopologyDescription_Subtopologies(r, version);
  r.field = 'TopologyDescription.GlobalStores';
  const fGlobalStores: StreamsGroupDescribeResponseTopologyDescriptionGlobalStore[] = readStreamsGroupDescribeResponseTopologyDescription_GlobalStores(r, version);
  r.field = 'TopologyDescription._tagged_fields';
  r.skipTaggedFields();
  return {
    subtopologies: fSubtopologies,
    globalStores: fGlobalStores,
  };
}

function readStreamsGroupDescribeResponseTopologyDescriptionSubtopology_Nodes(r: Reader, version: number): StreamsGroupDescribeResponseTopologyDescriptionNode[] {
  const n = r.compactArrayLength(7);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: StreamsGroupDescribeResponseTopologyDescriptionNode[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readStreamsGroupDescribeResponseTopologyDescriptionNode(r, version));
  return items;
}

function readStreamsGroupDescribeResponseTopologyDescriptionSubtopology(r: Reader, version: number): StreamsGroupDescribeResponseTopologyDescriptionSubtopology {
  r.field = 'TopologyDescriptionSubtopology.SubtopologyId';
  const fSubtopologyId: string = r.compactString();
  r.field = 'TopologyDescriptionSubtopology.Nodes';
  const fNodes: StreamsGroupDescribeResponseTopologyDescriptionNode[] = readStreamsGroupDescribeResponseTopologyDescriptionSubtopology_Nodes(r, version);
  r.field = 'TopologyDescriptionSubtopology._tagged_fields';
  r.skipTaggedFields();
  return {
    subtopologyId: fSubtopologyId,
    nodes: fNodes,
  };
}

function readStreamsGroupDescribeResponseTopologyDescriptionNode_SourceTopics(r: Reader, _version: number): string[] {
  const n = r.compactArrayLength(1);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: string[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.compactString());
  return items;
}

function readStreamsGroupDescribeResponseTopologyDescriptionNode_Stores(r: Reader, _version: number): string[] {
  const n = r.compactArrayLength(1);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: string[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.compactString());
  return items;
}

function readStreamsGroupDescribeResponseTopologyDescriptionNode_Successors(r: Reader, _version: number): string[] {
  const n = r.compactArrayLength(1);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: string[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.compactString());
  return items;
}

function readStreamsGroupDescribeResponseTopologyDescriptionNode(r: Reader, version: number): StreamsGroupDescribeResponseTopologyDescriptionNode {
  r.field = 'TopologyDescriptionNode.Name';
  const fName: string = r.compactString();
  r.field = 'TopologyDescriptionNode.NodeType';
  const fNodeType: number = r.int8();
  r.field = 'TopologyDescriptionNode.SourceTopics';
  const fSourceTopics: string[] = readStreamsGroupDescribeResponseTopologyDescriptionNode_SourceTopics(r, version);
  r.field = 'TopologyDescriptionNode.SinkTopic';
  const fSinkTopic: string | null = r.compactNullableString();
  r.field = 'TopologyDescriptionNode.Stores';
  const fStores: string[] = readStreamsGroupDescribeResponseTopologyDescriptionNode_Stores(r, version);
  r.field = 'TopologyDescriptionNode.Successors';
  const fSuccessors: string[] = readStreamsGroupDescribeResponseTopologyDescriptionNode_Successors(r, version);
  r.field = 'TopologyDescriptionNode._tagged_fields';
  r.skipTaggedFields();
  return {
    name: fName,
    nodeType: fNodeType,
    sourceTopics: fSourceTopics,
    sinkTopic: fSinkTopic,
    stores: fStores,
    successors: fSuccessors,
  };
}

function readStreamsGroupDescribeResponseTopologyDescriptionGlobalStore(r: Reader, version: number): StreamsGroupDescribeResponseTopologyDescriptionGlobalStore {
  r.field = 'TopologyDescriptionGlobalStore.Source';
  const fSource: StreamsGroupDescribeResponseTopologyDescriptionNode = readStreamsGroupDescribeResponseTopologyDescriptionNode(r, version);
  r.field = 'TopologyDescriptionGlobalStore.Processor';
  const fProcessor: StreamsGroupDescribeResponseTopologyDescriptionNode = readStreamsGroupDescribeResponseTopologyDescriptionNode(r, version);
  r.field = 'TopologyDescriptionGlobalStore._tagged_fields';
  r.skipTaggedFields();
  return {
    source: fSource,
    processor: fProcessor,
  };
}

function writeStreamsGroupDescribeResponse_Groups(w: Writer, version: number, items: StreamsGroupDescribeResponseDescribedGroup[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeStreamsGroupDescribeResponseDescribedGroup(w, version, item);
}

function writeStreamsGroupDescribeResponse(w: Writer, version: number, v: StreamsGroupDescribeResponse): void {
  w.int32(v.throttleTimeMs);
  writeStreamsGroupDescribeResponse_Groups(w, version, v.groups);
  w.uvarint(0);
}

function writeStreamsGroupDescribeResponseDescribedGroup_Members(w: Writer, version: number, items: StreamsGroupDescribeResponseMember[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeStreamsGroupDescribeResponseMember(w, version, item);
}

function writeStreamsGroupDescribeResponseDescribedGroup(w: Writer, version: number, v: StreamsGroupDescribeResponseDescribedGroup): void {
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.compactString(v.groupId);
  w.compactString(v.groupState);
  w.int32(v.groupEpoch);
  w.int32(v.assignmentEpoch);
  if (v.topology === null) {
    w.int8(-1);
  } else {
    w.int8(1);
    writeStreamsGroupDescribeResponseTopology(w, version, v.topology);
  }
  writeStreamsGroupDescribeResponseDescribedGroup_Members(w, version, v.members);
  w.int32(v.authorizedOperations);
  if (version >= 1) {
    if (v.topologyDescription === null) {
      w.int8(-1);
    } else {
      w.int8(1);
      writeStreamsGroupDescribeResponseTopologyDescription(w, version, v.topologyDescription);
    }
  } else if (v.topologyDescription !== null) {
    notInVersion('StreamsGroupDescribeResponse', version, 'Groups.TopologyDescription');
  }
  if (version >= 1) {
    w.int8(v.topologyDescriptionStatus);
  } else if (v.topologyDescriptionStatus !== 0) {
    notInVersion('StreamsGroupDescribeResponse', version, 'Groups.TopologyDescriptionStatus');
  }
  if (version >= 1) {
    w.compactNullableString(v.assignorName);
  }
  w.uvarint(0);
}

function writeStreamsGroupDescribeResponseTopology_Subtopologies(w: Writer, version: number, items: StreamsGroupDescribeResponseSubtopology[] | null): void {
  if (items === null) {
    w.uvarint(0);
    return;
  }
  w.uvarint(items.length + 1);
  for (const item of items) writeStreamsGroupDescribeResponseSubtopology(w, version, item);
}

function writeStreamsGroupDescribeResponseTopology(w: Writer, version: number, v: StreamsGroupDescribeResponseTopology): void {
  w.int32(v.epoch);
  writeStreamsGroupDescribeResponseTopology_Subtopologies(w, version, v.subtopologies);
  w.uvarint(0);
}

function writeStreamsGroupDescribeResponseSubtopology_SourceTopics(w: Writer, _version: number, items: string[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.compactString(item);
}

function writeStreamsGroupDescribeResponseSubtopology_RepartitionSinkTopics(w: Writer, _version: number, items: string[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.compactString(item);
}

function writeStreamsGroupDescribeResponseSubtopology_StateChangelogTopics(w: Writer, version: number, items: StreamsGroupDescribeResponseTopicInfo[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeStreamsGroupDescribeResponseTopicInfo(w, version, item);
}

function writeStreamsGroupDescribeResponseSubtopology_RepartitionSourceTopics(w: Writer, version: number, items: StreamsGroupDescribeResponseTopicInfo[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeStreamsGroupDescribeResponseTopicInfo(w, version, item);
}

function writeStreamsGroupDescribeResponseSubtopology(w: Writer, version: number, v: StreamsGroupDescribeResponseSubtopology): void {
  w.compactString(v.subtopologyId);
  writeStreamsGroupDescribeResponseSubtopology_SourceTopics(w, version, v.sourceTopics);
  writeStreamsGroupDescribeResponseSubtopology_RepartitionSinkTopics(w, version, v.repartitionSinkTopics);
  writeStreamsGroupDescribeResponseSubtopology_StateChangelogTopics(w, version, v.stateChangelogTopics);
  writeStreamsGroupDescribeResponseSubtopology_RepartitionSourceTopics(w, version, v.repartitionSourceTopics);
  w.uvarint(0);
}

function writeStreamsGroupDescribeResponseMember_ClientTags(w: Writer, version: number, items: StreamsGroupDescribeResponseKeyValue[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeStreamsGroupDescribeResponseKeyValue(w, version, item);
}

function writeStreamsGroupDescribeResponseMember_TaskOffsets(w: Writer, version: number, items: StreamsGroupDescribeResponseTaskOffset[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeStreamsGroupDescribeResponseTaskOffset(w, version, item);
}

function writeStreamsGroupDescribeResponseMember_TaskEndOffsets(w: Writer, version: number, items: StreamsGroupDescribeResponseTaskOffset[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeStreamsGroupDescribeResponseTaskOffset(w, version, item);
}

function writeStreamsGroupDescribeResponseMember(w: Writer, version: number, v: StreamsGroupDescribeResponseMember): void {
  w.compactString(v.memberId);
  w.int32(v.memberEpoch);
  w.compactNullableString(v.instanceId);
  w.compactNullableString(v.rackId);
  w.compactString(v.clientId);
  w.compactString(v.clientHost);
  w.int32(v.topologyEpoch);
  w.compactString(v.processId);
  if (v.userEndpoint === null) {
    w.int8(-1);
  } else {
    w.int8(1);
    writeStreamsGroupDescribeResponseEndpoint(w, version, v.userEndpoint);
  }
  writeStreamsGroupDescribeResponseMember_ClientTags(w, version, v.clientTags);
  writeStreamsGroupDescribeResponseMember_TaskOffsets(w, version, v.taskOffsets);
  writeStreamsGroupDescribeResponseMember_TaskEndOffsets(w, version, v.taskEndOffsets);
  writeStreamsGroupDescribeResponseAssignment(w, version, v.assignment);
  writeStreamsGroupDescribeResponseAssignment(w, version, v.targetAssignment);
  w.bool(v.isClassic);
  w.uvarint(0);
}

function writeStreamsGroupDescribeResponseEndpoint(w: Writer, _version: number, v: StreamsGroupDescribeResponseEndpoint): void {
  w.compactString(v.host);
  w.uint16(v.port);
  w.uvarint(0);
}

function writeStreamsGroupDescribeResponseTaskOffset(w: Writer, _version: number, v: StreamsGroupDescribeResponseTaskOffset): void {
  w.compactString(v.subtopologyId);
  w.int32(v.partition);
  w.int64(v.offset);
  w.uvarint(0);
}

function writeStreamsGroupDescribeResponseAssignment_ActiveTasks(w: Writer, version: number, items: StreamsGroupDescribeResponseTaskIds[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeStreamsGroupDescribeResponseTaskIds(w, version, item);
}

function writeStreamsGroupDescribeResponseAssignment_StandbyTasks(w: Writer, version: number, items: StreamsGroupDescribeResponseTaskIds[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeStreamsGroupDescribeResponseTaskIds(w, version, item);
}

function writeStreamsGroupDescribeResponseAssignment_WarmupTasks(w: Writer, version: number, items: StreamsGroupDescribeResponseTaskIds[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeStreamsGroupDescribeResponseTaskIds(w, version, item);
}

function writeStreamsGroupDescribeResponseAssignment(w: Writer, version: number, v: StreamsGroupDescribeResponseAssignment): void {
  writeStreamsGroupDescribeResponseAssignment_ActiveTasks(w, version, v.activeTasks);
  writeStreamsGroupDescribeResponseAssignment_StandbyTasks(w, version, v.standbyTasks);
  writeStreamsGroupDescribeResponseAssignment_WarmupTasks(w, version, v.warmupTasks);
  w.uvarint(0);
}

function writeStreamsGroupDescribeResponseTaskIds_Partitions(w: Writer, _version: number, items: number[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.int32(item);
}

function writeStreamsGroupDescribeResponseTaskIds(w: Writer, version: number, v: StreamsGroupDescribeResponseTaskIds): void {
  w.compactString(v.subtopologyId);
  writeStreamsGroupDescribeResponseTaskIds_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeStreamsGroupDescribeResponseKeyValue(w: Writer, _version: number, v: StreamsGroupDescribeResponseKeyValue): void {
  w.compactString(v.key);
  w.compactString(v.value);
  w.uvarint(0);
}

function writeStreamsGroupDescribeResponseTopicInfo_TopicConfigs(w: Writer, version: number, items: StreamsGroupDescribeResponseKeyValue[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeStreamsGroupDescribeResponseKeyValue(w, version, item);
}

function writeStreamsGroupDescribeResponseTopicInfo(w: Writer, version: number, v: StreamsGroupDescribeResponseTopicInfo): void {
  w.compactString(v.name);
  w.int32(v.partitions);
  w.int16(v.replicationFactor);
  writeStreamsGroupDescribeResponseTopicInfo_TopicConfigs(w, version, v.topicConfigs);
  w.uvarint(0);
}

function writeStreamsGroupDescribeResponseTopologyDescription_Subtopologies(w: Writer, version: number, items: StreamsGroupDescribeResponseTopologyDescriptionSubtopology[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeStreamsGroupDescribeResponseTopologyDescriptionSubtopology(w, version, item);
}

function writeStreamsGroupDescribeResponseTopologyDescription_GlobalStores(w: Writer, version: number, items: StreamsGroupDescribeResponseTopologyDescriptionGlobalStore[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeStreamsGroupDescribeResponseTopologyDescriptionGlobalStore(w, version, item);
}

function writeStreamsGroupDescribeResponseTopologyDescription(w: Writer, version: number, v: StreamsGroupDescribeResponseTopologyDescription): void {
  writeStreamsGroupDescribeResponseTopologyDescription_Subtopologies(w, version, v.subtopologies);
  writeStreamsGroupDescribeResponseTopologyDescription_GlobalStores(w, version, v.globalStores);
  w.uvarint(0);
}

function writeStreamsGroupDescribeResponseTopologyDescriptionSubtopology_Nodes(w: Writer, version: number, items: StreamsGroupDescribeResponseTopologyDescriptionNode[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeStreamsGroupDescribeResponseTopologyDescriptionNode(w, version, item);
}

function writeStreamsGroupDescribeResponseTopologyDescriptionSubtopology(w: Writer, version: number, v: StreamsGroupDescribeResponseTopologyDescriptionSubtopology): void {
  w.compactString(v.subtopologyId);
  writeStreamsGroupDescribeResponseTopologyDescriptionSubtopology_Nodes(w, version, v.nodes);
  w.uvarint(0);
}

function writeStreamsGroupDescribeResponseTopologyDescriptionNode_SourceTopics(w: Writer, _version: number, items: string[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.compactString(item);
}

function writeStreamsGroupDescribeResponseTopologyDescriptionNode_Stores(w: Writer, _version: number, items: string[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.compactString(item);
}

function writeStreamsGroupDescribeResponseTopologyDescriptionNode_Successors(w: Writer, _version: number, items: string[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.compactString(item);
}

function writeStreamsGroupDescribeResponseTopologyDescriptionNode(w: Writer, version: number, v: StreamsGroupDescribeResponseTopologyDescriptionNode): void {
  w.compactString(v.name);
  w.int8(v.nodeType);
  writeStreamsGroupDescribeResponseTopologyDescriptionNode_SourceTopics(w, version, v.sourceTopics);
  w.compactNullableString(v.sinkTopic);
  writeStreamsGroupDescribeResponseTopologyDescriptionNode_Stores(w, version, v.stores);
  writeStreamsGroupDescribeResponseTopologyDescriptionNode_Successors(w, version, v.successors);
  w.uvarint(0);
}

function writeStreamsGroupDescribeResponseTopologyDescriptionGlobalStore(w: Writer, version: number, v: StreamsGroupDescribeResponseTopologyDescriptionGlobalStore): void {
  writeStreamsGroupDescribeResponseTopologyDescriptionNode(w, version, v.source);
  writeStreamsGroupDescribeResponseTopologyDescriptionNode(w, version, v.processor);
  w.uvarint(0);
}

export const StreamsGroupDescribeResponseCodec: MessageCodec<StreamsGroupDescribeResponse> = {
  name: 'StreamsGroupDescribeResponse',
  apiKey: 89,
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  decode(r: Reader, version: number): StreamsGroupDescribeResponse {
    if (version < 0 || version > 1) {
      r.fail(`unsupported version ${version}`);
      return defaultStreamsGroupDescribeResponse();
    }
    return readStreamsGroupDescribeResponse(r, version);
  },
  encode(w: Writer, version: number, value: StreamsGroupDescribeResponse): void {
    if (version < 0 || version > 1) unsupportedVersion('StreamsGroupDescribeResponse', version, 0, 1);
    writeStreamsGroupDescribeResponse(w, version, value);
  },
  defaults: defaultStreamsGroupDescribeResponse,
};
