// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0 (kafka-clients-4.4.0.jar, common/message/), its lowest versions
//   checked equal to apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99's (protocol/generator/overlay.ts)
//   ShareAcknowledgeRequest.json, ShareAcknowledgeResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, notInVersion, unsupportedVersion } from '../generator/runtime';

/** ShareAcknowledgeRequest (request, API key 79), versions 1-2. */
export interface ShareAcknowledgeRequest {
  /** The group identifier. (versions 0+, nullable 0+, default null) */
  groupId: string | null;
  /** The member ID. (versions 0+, nullable 0+) */
  memberId: string | null;
  /** The current share session epoch: 0 to open a share session; -1 to close it; otherwise increments for consecutive requests. (versions 0+) */
  shareSessionEpoch: number;
  /** Whether Renew type acknowledgements present in AcknowledgementBatches. (versions 2+, default false) */
  isRenewAck: boolean;
  /** The topics containing records to acknowledge. (versions 0+) */
  topics: ShareAcknowledgeRequestAcknowledgeTopic[];
}

/** ShareAcknowledgeRequest AcknowledgeTopic, versions 1-2. */
export interface ShareAcknowledgeRequestAcknowledgeTopic {
  /** The unique topic ID. (versions 0+) */
  topicId: string;
  /** The partitions containing records to acknowledge. (versions 0+) */
  partitions: ShareAcknowledgeRequestAcknowledgePartition[];
}

/** ShareAcknowledgeRequest AcknowledgePartition, versions 1-2. */
export interface ShareAcknowledgeRequestAcknowledgePartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** Record batches to acknowledge. (versions 0+) */
  acknowledgementBatches: ShareAcknowledgeRequestAcknowledgementBatch[];
}

/** ShareAcknowledgeRequest AcknowledgementBatch, versions 1-2. */
export interface ShareAcknowledgeRequestAcknowledgementBatch {
  /** First offset of batch of records to acknowledge. (versions 0+) */
  firstOffset: bigint;
  /** Last offset (inclusive) of batch of records to acknowledge. (versions 0+) */
  lastOffset: bigint;
  /** Array of acknowledge types - 0:Gap,1:Accept,2:Release,3:Reject,4:Renew. (versions 0+) */
  acknowledgeTypes: number[];
}

/** A fresh ShareAcknowledgeRequest with every field at its schema default. */
export function defaultShareAcknowledgeRequest(): ShareAcknowledgeRequest {
  return {
    groupId: null,
    memberId: '',
    shareSessionEpoch: 0,
    isRenewAck: false,
    topics: [],
  };
}

/** A fresh ShareAcknowledgeRequestAcknowledgeTopic with every field at its schema default. */
export function defaultShareAcknowledgeRequestAcknowledgeTopic(): ShareAcknowledgeRequestAcknowledgeTopic {
  return {
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitions: [],
  };
}

/** A fresh ShareAcknowledgeRequestAcknowledgePartition with every field at its schema default. */
export function defaultShareAcknowledgeRequestAcknowledgePartition(): ShareAcknowledgeRequestAcknowledgePartition {
  return {
    partitionIndex: 0,
    acknowledgementBatches: [],
  };
}

/** A fresh ShareAcknowledgeRequestAcknowledgementBatch with every field at its schema default. */
export function defaultShareAcknowledgeRequestAcknowledgementBatch(): ShareAcknowledgeRequestAcknowledgementBatch {
  return {
    firstOffset: 0n,
    lastOffset: 0n,
    acknowledgeTypes: [],
  };
}

function readShareAcknowledgeRequest_Topics(r: Reader, version: number): ShareAcknowledgeRequestAcknowledgeTopic[] {
  const n = r.compactArrayLength(18);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ShareAcknowledgeRequestAcknowledgeTopic[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readShareAcknowledgeRequestAcknowledgeTopic(r, version));
  return items;
}

function readShareAcknowledgeRequest(r: Reader, version: number): ShareAcknowledgeRequest {
  r.field = 'GroupId';
  const fGroupId: string | null = r.compactNullableString();
  r.field = 'MemberId';
  const fMemberId: string | null = r.compactNullableString();
  r.field = 'ShareSessionEpoch';
  const fShareSessionEpoch: number = r.int32();
  r.field = 'IsRenewAck';
  const fIsRenewAck: boolean = version >= 2 ? r.bool() : false;
  r.field = 'Topics';
  const fTopics: ShareAcknowledgeRequestAcknowledgeTopic[] = readShareAcknowledgeRequest_Topics(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    groupId: fGroupId,
    memberId: fMemberId,
    shareSessionEpoch: fShareSessionEpoch,
    isRenewAck: fIsRenewAck,
    topics: fTopics,
  };
}

function readShareAcknowledgeRequestAcknowledgeTopic_Partitions(r: Reader, version: number): ShareAcknowledgeRequestAcknowledgePartition[] {
  const n = r.compactArrayLength(6);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ShareAcknowledgeRequestAcknowledgePartition[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readShareAcknowledgeRequestAcknowledgePartition(r, version));
  return items;
}

function readShareAcknowledgeRequestAcknowledgeTopic(r: Reader, version: number): ShareAcknowledgeRequestAcknowledgeTopic {
  r.field = 'Topics.TopicId';
  const fTopicId: string = r.uuid();
  r.field = 'Topics.Partitions';
  const fPartitions: ShareAcknowledgeRequestAcknowledgePartition[] = readShareAcknowledgeRequestAcknowledgeTopic_Partitions(r, version);
  r.field = 'Topics._tagged_fields';
  r.skipTaggedFields();
  return {
    topicId: fTopicId,
    partitions: fPartitions,
  };
}

function readShareAcknowledgeRequestAcknowledgePartition_AcknowledgementBatches(r: Reader, version: number): ShareAcknowledgeRequestAcknowledgementBatch[] {
  const n = r.compactArrayLength(18);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ShareAcknowledgeRequestAcknowledgementBatch[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readShareAcknowledgeRequestAcknowledgementBatch(r, version));
  return items;
}

function readShareAcknowledgeRequestAcknowledgePartition(r: Reader, version: number): ShareAcknowledgeRequestAcknowledgePartition {
  r.field = 'Topics.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Topics.Partitions.AcknowledgementBatches';
  const fAcknowledgementBatches: ShareAcknowledgeRequestAcknowledgementBatch[] = readShareAcknowledgeRequestAcknowledgePartition_AcknowledgementBatches(r, version);
  r.field = 'Topics.Partitions._tagged_fields';
  r.skipTaggedFields();
  return {
    partitionIndex: fPartitionIndex,
    acknowledgementBatches: fAcknowledgementBatches,
  };
}

function readShareAcknowledgeRequestAcknowledgementBatch_AcknowledgeTypes(r: Reader, _version: number): number[] {
  const n = r.compactArrayLength(1);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int8());
  return items;
}

function readShareAcknowledgeRequestAcknowledgementBatch(r: Reader, version: number): ShareAcknowledgeRequestAcknowledgementBatch {
  r.field = 'Topics.Partitions.AcknowledgementBatches.FirstOffset';
  const fFirstOffset: bigint = r.int64();
  r.field = 'Topics.Partitions.AcknowledgementBatches.LastOffset';
  const fLastOffset: bigint = r.int64();
  r.field = 'Topics.Partitions.AcknowledgementBatches.AcknowledgeTypes';
  const fAcknowledgeTypes: number[] = readShareAcknowledgeRequestAcknowledgementBatch_AcknowledgeTypes(r, version);
  r.field = 'Topics.Partitions.AcknowledgementBatches._tagged_fields';
  r.skipTaggedFields();
  return {
    firstOffset: fFirstOffset,
    lastOffset: fLastOffset,
    acknowledgeTypes: fAcknowledgeTypes,
  };
}

function writeShareAcknowledgeRequest_Topics(w: Writer, version: number, items: ShareAcknowledgeRequestAcknowledgeTopic[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeShareAcknowledgeRequestAcknowledgeTopic(w, version, item);
}

function writeShareAcknowledgeRequest(w: Writer, version: number, v: ShareAcknowledgeRequest): void {
  w.compactNullableString(v.groupId);
  w.compactNullableString(v.memberId);
  w.int32(v.shareSessionEpoch);
  if (version >= 2) {
    w.bool(v.isRenewAck);
  } else if (v.isRenewAck !== false) {
    notInVersion('ShareAcknowledgeRequest', version, 'IsRenewAck');
  }
  writeShareAcknowledgeRequest_Topics(w, version, v.topics);
  w.uvarint(0);
}

function writeShareAcknowledgeRequestAcknowledgeTopic_Partitions(w: Writer, version: number, items: ShareAcknowledgeRequestAcknowledgePartition[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeShareAcknowledgeRequestAcknowledgePartition(w, version, item);
}

function writeShareAcknowledgeRequestAcknowledgeTopic(w: Writer, version: number, v: ShareAcknowledgeRequestAcknowledgeTopic): void {
  w.uuid(v.topicId);
  writeShareAcknowledgeRequestAcknowledgeTopic_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeShareAcknowledgeRequestAcknowledgePartition_AcknowledgementBatches(w: Writer, version: number, items: ShareAcknowledgeRequestAcknowledgementBatch[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeShareAcknowledgeRequestAcknowledgementBatch(w, version, item);
}

function writeShareAcknowledgeRequestAcknowledgePartition(w: Writer, version: number, v: ShareAcknowledgeRequestAcknowledgePartition): void {
  w.int32(v.partitionIndex);
  writeShareAcknowledgeRequestAcknowledgePartition_AcknowledgementBatches(w, version, v.acknowledgementBatches);
  w.uvarint(0);
}

function writeShareAcknowledgeRequestAcknowledgementBatch_AcknowledgeTypes(w: Writer, _version: number, items: number[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.int8(item);
}

function writeShareAcknowledgeRequestAcknowledgementBatch(w: Writer, version: number, v: ShareAcknowledgeRequestAcknowledgementBatch): void {
  w.int64(v.firstOffset);
  w.int64(v.lastOffset);
  writeShareAcknowledgeRequestAcknowledgementBatch_AcknowledgeTypes(w, version, v.acknowledgeTypes);
  w.uvarint(0);
}

export const ShareAcknowledgeRequestCodec: MessageCodec<ShareAcknowledgeRequest> = {
  name: 'ShareAcknowledgeRequest',
  apiKey: 79,
  minVersion: 1,
  maxVersion: 2,
  flexibleFrom: 0,
  decode(r: Reader, version: number): ShareAcknowledgeRequest {
    if (version < 1 || version > 2) {
      r.fail(`unsupported version ${version}`);
      return defaultShareAcknowledgeRequest();
    }
    return readShareAcknowledgeRequest(r, version);
  },
  encode(w: Writer, version: number, value: ShareAcknowledgeRequest): void {
    if (version < 1 || version > 2) unsupportedVersion('ShareAcknowledgeRequest', version, 1, 2);
    writeShareAcknowledgeRequest(w, version, value);
  },
  defaults: defaultShareAcknowledgeRequest,
};

/** ShareAcknowledgeResponse (response, API key 79), versions 0-2. */
export interface ShareAcknowledgeResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The top level response error code. (versions 0+) */
  errorCode: number;
  /** The top-level error message, or null if there was no error. (versions 0+, nullable 0+, default null) */
  errorMessage: string | null;
  /** The time in milliseconds for which the acquired records are locked. (versions 2+) */
  acquisitionLockTimeoutMs: number;
  /** The response topics. (versions 0+) */
  responses: ShareAcknowledgeResponseShareAcknowledgeTopicResponse[];
  /** Endpoints for all current leaders enumerated in PartitionData with error NOT_LEADER_OR_FOLLOWER. (versions 0+) */
  nodeEndpoints: ShareAcknowledgeResponseNodeEndpoint[];
}

/** ShareAcknowledgeResponse ShareAcknowledgeTopicResponse, versions 0-2. */
export interface ShareAcknowledgeResponseShareAcknowledgeTopicResponse {
  /** The unique topic ID. (versions 0+) */
  topicId: string;
  /** The topic partitions. (versions 0+) */
  partitions: ShareAcknowledgeResponsePartitionData[];
}

/** ShareAcknowledgeResponse PartitionData, versions 0-2. */
export interface ShareAcknowledgeResponsePartitionData {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 0+, nullable 0+, default null) */
  errorMessage: string | null;
  /** The current leader of the partition. (versions 0+) */
  currentLeader: ShareAcknowledgeResponseLeaderIdAndEpoch;
}

/** ShareAcknowledgeResponse LeaderIdAndEpoch, versions 0-2. */
export interface ShareAcknowledgeResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. (versions 0+) */
  leaderId: number;
  /** The latest known leader epoch. (versions 0+) */
  leaderEpoch: number;
}

/** ShareAcknowledgeResponse NodeEndpoint, versions 0-2. */
export interface ShareAcknowledgeResponseNodeEndpoint {
  /** The ID of the associated node. (versions 0+) */
  nodeId: number;
  /** The node's hostname. (versions 0+) */
  host: string;
  /** The node's port. (versions 0+) */
  port: number;
  /** The rack of the node, or null if it has not been assigned to a rack. (versions 0+, nullable 0+, default null) */
  rack: string | null;
}

/** A fresh ShareAcknowledgeResponse with every field at its schema default. */
export function defaultShareAcknowledgeResponse(): ShareAcknowledgeResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: null,
    acquisitionLockTimeoutMs: 0,
    responses: [],
    nodeEndpoints: [],
  };
}

/** A fresh ShareAcknowledgeResponseShareAcknowledgeTopicResponse with every field at its schema default. */
export function defaultShareAcknowledgeResponseShareAcknowledgeTopicResponse(): ShareAcknowledgeResponseShareAcknowledgeTopicResponse {
  return {
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitions: [],
  };
}

/** A fresh ShareAcknowledgeResponsePartitionData with every field at its schema default. */
export function defaultShareAcknowledgeResponsePartitionData(): ShareAcknowledgeResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    errorMessage: null,
    currentLeader: defaultShareAcknowledgeResponseLeaderIdAndEpoch(),
  };
}

/** A fresh ShareAcknowledgeResponseLeaderIdAndEpoch with every field at its schema default. */
export function defaultShareAcknowledgeResponseLeaderIdAndEpoch(): ShareAcknowledgeResponseLeaderIdAndEpoch {
  return {
    leaderId: 0,
    leaderEpoch: 0,
  };
}

/** A fresh ShareAcknowledgeResponseNodeEndpoint with every field at its schema default. */
export function defaultShareAcknowledgeResponseNodeEndpoint(): ShareAcknowledgeResponseNodeEndpoint {
  return {
    nodeId: 0,
    host: '',
    port: 0,
    rack: null,
  };
}

function readShareAcknowledgeResponse_Responses(r: Reader, version: number): ShareAcknowledgeResponseShareAcknowledgeTopicResponse[] {
  const n = r.compactArrayLength(18);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ShareAcknowledgeResponseShareAcknowledgeTopicResponse[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readShareAcknowledgeResponseShareAcknowledgeTopicResponse(r, version));
  return items;
}

function readShareAcknowledgeResponse_NodeEndpoints(r: Reader, version: number): ShareAcknowledgeResponseNodeEndpoint[] {
  const n = r.compactArrayLength(11);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ShareAcknowledgeResponseNodeEndpoint[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readShareAcknowledgeResponseNodeEndpoint(r, version));
  return items;
}

function readShareAcknowledgeResponse(r: Reader, version: number): ShareAcknowledgeResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'ErrorMessage';
  const fErrorMessage: string | null = r.compactNullableString();
  r.field = 'AcquisitionLockTimeoutMs';
  const fAcquisitionLockTimeoutMs: number = version >= 2 ? r.int32() : 0;
  r.field = 'Responses';
  const fResponses: ShareAcknowledgeResponseShareAcknowledgeTopicResponse[] = readShareAcknowledgeResponse_Responses(r, version);
  r.field = 'NodeEndpoints';
  const fNodeEndpoints: ShareAcknowledgeResponseNodeEndpoint[] = readShareAcknowledgeResponse_NodeEndpoints(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
    acquisitionLockTimeoutMs: fAcquisitionLockTimeoutMs,
    responses: fResponses,
    nodeEndpoints: fNodeEndpoints,
  };
}

function readShareAcknowledgeResponseShareAcknowledgeTopicResponse_Partitions(r: Reader, version: number): ShareAcknowledgeResponsePartitionData[] {
  const n = r.compactArrayLength(17);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ShareAcknowledgeResponsePartitionData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readShareAcknowledgeResponsePartitionData(r, version));
  return items;
}

function readShareAcknowledgeResponseShareAcknowledgeTopicResponse(r: Reader, version: number): ShareAcknowledgeResponseShareAcknowledgeTopicResponse {
  r.field = 'Responses.TopicId';
  const fTopicId: string = r.uuid();
  r.field = 'Responses.Partitions';
  const fPartitions: ShareAcknowledgeResponsePartitionData[] = readShareAcknowledgeResponseShareAcknowledgeTopicResponse_Partitions(r, version);
  r.field = 'Responses._tagged_fields';
  r.skipTaggedFields();
  return {
    topicId: fTopicId,
    partitions: fPartitions,
  };
}

function readShareAcknowledgeResponsePartitionData(r: Reader, version: number): ShareAcknowledgeResponsePartitionData {
  r.field = 'Responses.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Responses.Partitions.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Responses.Partitions.ErrorMessage';
  const fErrorMessage: string | null = r.compactNullableString();
  r.field = 'Responses.Partitions.CurrentLeader';
  const fCurrentLeader: ShareAcknowledgeResponseLeaderIdAndEpoch = readShareAcknowledgeResponseLeaderIdAndEpoch(r, version);
  r.field = 'Responses.Partitions._tagged_fields';
  r.skipTaggedFields();
  return {
    partitionIndex: fPartitionIndex,
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
    currentLeader: fCurrentLeader,
  };
}

function readShareAcknowledgeResponseLeaderIdAndEpoch(r: Reader, _version: number): ShareAcknowledgeResponseLeaderIdAndEpoch {
  r.field = 'Responses.Partitions.CurrentLeader.LeaderId';
  const fLeaderId: number = r.int32();
  r.field = 'Responses.Partitions.CurrentLeader.LeaderEpoch';
  const fLeaderEpoch: number = r.int32();
  r.field = 'Responses.Partitions.CurrentLeader._tagged_fields';
  r.skipTaggedFields();
  return {
    leaderId: fLeaderId,
    leaderEpoch: fLeaderEpoch,
  };
}

function readShareAcknowledgeResponseNodeEndpoint(r: Reader, _version: number): ShareAcknowledgeResponseNodeEndpoint {
  r.field = 'NodeEndpoints.NodeId';
  const fNodeId: number = r.int32();
  r.field = 'NodeEndpoints.Host';
  const fHost: string = r.compactString();
  r.field = 'NodeEndpoints.Port';
  const fPort: number = r.int32();
  r.field = 'NodeEndpoints.Rack';
  const fRack: string | null = r.compactNullableString();
  r.field = 'NodeEndpoints._tagged_fields';
  r.skipTaggedFields();
  return {
    nodeId: fNodeId,
    host: fHost,
    port: fPort,
    rack: fRack,
  };
}

function writeShareAcknowledgeResponse_Responses(w: Writer, version: number, items: ShareAcknowledgeResponseShareAcknowledgeTopicResponse[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeShareAcknowledgeResponseShareAcknowledgeTopicResponse(w, version, item);
}

function writeShareAcknowledgeResponse_NodeEndpoints(w: Writer, version: number, items: ShareAcknowledgeResponseNodeEndpoint[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeShareAcknowledgeResponseNodeEndpoint(w, version, item);
}

function writeShareAcknowledgeResponse(w: Writer, version: number, v: ShareAcknowledgeResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  if (version >= 2) {
    w.int32(v.acquisitionLockTimeoutMs);
  }
  writeShareAcknowledgeResponse_Responses(w, version, v.responses);
  writeShareAcknowledgeResponse_NodeEndpoints(w, version, v.nodeEndpoints);
  w.uvarint(0);
}

function writeShareAcknowledgeResponseShareAcknowledgeTopicResponse_Partitions(w: Writer, version: number, items: ShareAcknowledgeResponsePartitionData[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeShareAcknowledgeResponsePartitionData(w, version, item);
}

function writeShareAcknowledgeResponseShareAcknowledgeTopicResponse(w: Writer, version: number, v: ShareAcknowledgeResponseShareAcknowledgeTopicResponse): void {
  w.uuid(v.topicId);
  writeShareAcknowledgeResponseShareAcknowledgeTopicResponse_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeShareAcknowledgeResponsePartitionData(w: Writer, version: number, v: ShareAcknowledgeResponsePartitionData): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  writeShareAcknowledgeResponseLeaderIdAndEpoch(w, version, v.currentLeader);
  w.uvarint(0);
}

function writeShareAcknowledgeResponseLeaderIdAndEpoch(w: Writer, _version: number, v: ShareAcknowledgeResponseLeaderIdAndEpoch): void {
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  w.uvarint(0);
}

function writeShareAcknowledgeResponseNodeEndpoint(w: Writer, _version: number, v: ShareAcknowledgeResponseNodeEndpoint): void {
  w.int32(v.nodeId);
  w.compactString(v.host);
  w.int32(v.port);
  w.compactNullableString(v.rack);
  w.uvarint(0);
}

export const ShareAcknowledgeResponseCodec: MessageCodec<ShareAcknowledgeResponse> = {
  name: 'ShareAcknowledgeResponse',
  apiKey: 79,
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 0,
  decode(r: Reader, version: number): ShareAcknowledgeResponse {
    if (version < 0 || version > 2) {
      r.fail(`unsupported version ${version}`);
      return defaultShareAcknowledgeResponse();
    }
    return readShareAcknowledgeResponse(r, version);
  },
  encode(w: Writer, version: number, value: ShareAcknowledgeResponse): void {
    if (version < 0 || version > 2) unsupportedVersion('ShareAcknowledgeResponse', version, 0, 2);
    writeShareAcknowledgeResponse(w, version, value);
  },
  defaults: defaultShareAcknowledgeResponse,
};
