// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0 (kafka-clients-4.4.0.jar, common/message/), its lowest versions
//   checked equal to apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99's (protocol/generator/overlay.ts)
//   ShareFetchRequest.json, ShareFetchResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, notInVersion, nullNotAllowed, unsupportedVersion } from '../generator/runtime';

/** ShareFetchRequest (request, API key 78), versions 1-2. */
export interface ShareFetchRequest {
  /** The group identifier. (versions 0+, nullable 0+, default null) */
  groupId: string | null;
  /** The member ID. (versions 0+, nullable 0+) */
  memberId: string | null;
  /** The current share session epoch: 0 to open a share session; -1 to close it; otherwise increments for consecutive requests. (versions 0+) */
  shareSessionEpoch: number;
  /** The maximum time in milliseconds to wait for the response. (versions 0+) */
  maxWaitMs: number;
  /** The minimum bytes to accumulate in the response. (versions 0+) */
  minBytes: number;
  /** The maximum bytes to fetch. See KIP-74 for cases where this limit may not be honored. (versions 0+, default 0x7fffffff) */
  maxBytes: number;
  /** The maximum number of records to fetch. This limit can be exceeded for alignment of batch boundaries. (versions 1+) */
  maxRecords: number;
  /** The optimal number of records for batches of acquired records and acknowledgements. (versions 1+) */
  batchSize: number;
  /** The acquire mode to control the fetch behavior - 0:batch-optimized,1:record-limit. (versions 2+, default 0) */
  shareAcquireMode: number;
  /** Whether Renew type acknowledgements present in AcknowledgementBatches. (versions 2+, default false) */
  isRenewAck: boolean;
  /** The topics to fetch. (versions 0+) */
  topics: ShareFetchRequestFetchTopic[];
  /** The partitions to remove from this share session. (versions 0+) */
  forgottenTopicsData: ShareFetchRequestForgottenTopic[];
}

/** ShareFetchRequest FetchTopic, versions 1-2. */
export interface ShareFetchRequestFetchTopic {
  /** The unique topic ID. (versions 0+) */
  topicId: string;
  /** The partitions to fetch. (versions 0+) */
  partitions: ShareFetchRequestFetchPartition[];
}

/** ShareFetchRequest FetchPartition, versions 1-2. */
export interface ShareFetchRequestFetchPartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** Record batches to acknowledge. (versions 0+) */
  acknowledgementBatches: ShareFetchRequestAcknowledgementBatch[];
}

/** ShareFetchRequest AcknowledgementBatch, versions 1-2. */
export interface ShareFetchRequestAcknowledgementBatch {
  /** First offset of batch of records to acknowledge. (versions 0+) */
  firstOffset: bigint;
  /** Last offset (inclusive) of batch of records to acknowledge. (versions 0+) */
  lastOffset: bigint;
  /** Array of acknowledge types - 0:Gap,1:Accept,2:Release,3:Reject,4:Renew. (versions 0+) */
  acknowledgeTypes: number[];
}

/** ShareFetchRequest ForgottenTopic, versions 1-2. */
export interface ShareFetchRequestForgottenTopic {
  /** The unique topic ID. (versions 0+) */
  topicId: string;
  /** The partitions indexes to forget. (versions 0+) */
  partitions: number[];
}

/** A fresh ShareFetchRequest with every field at its schema default. */
export function defaultShareFetchRequest(): ShareFetchRequest {
  return {
    groupId: null,
    memberId: '',
    shareSessionEpoch: 0,
    maxWaitMs: 0,
    minBytes: 0,
    maxBytes: 2147483647,
    maxRecords: 0,
    batchSize: 0,
    shareAcquireMode: 0,
    isRenewAck: false,
    topics: [],
    forgottenTopicsData: [],
  };
}

/** A fresh ShareFetchRequestFetchTopic with every field at its schema default. */
export function defaultShareFetchRequestFetchTopic(): ShareFetchRequestFetchTopic {
  return {
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitions: [],
  };
}

/** A fresh ShareFetchRequestFetchPartition with every field at its schema default. */
export function defaultShareFetchRequestFetchPartition(): ShareFetchRequestFetchPartition {
  return {
    partitionIndex: 0,
    acknowledgementBatches: [],
  };
}

/** A fresh ShareFetchRequestAcknowledgementBatch with every field at its schema default. */
export function defaultShareFetchRequestAcknowledgementBatch(): ShareFetchRequestAcknowledgementBatch {
  return {
    firstOffset: 0n,
    lastOffset: 0n,
    acknowledgeTypes: [],
  };
}

/** A fresh ShareFetchRequestForgottenTopic with every field at its schema default. */
export function defaultShareFetchRequestForgottenTopic(): ShareFetchRequestForgottenTopic {
  return {
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitions: [],
  };
}

function readShareFetchRequest_Topics(r: Reader, version: number): ShareFetchRequestFetchTopic[] {
  const n = r.compactArrayLength(18);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ShareFetchRequestFetchTopic[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readShareFetchRequestFetchTopic(r, version));
  return items;
}

function readShareFetchRequest_ForgottenTopicsData(r: Reader, version: number): ShareFetchRequestForgottenTopic[] {
  const n = r.compactArrayLength(18);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ShareFetchRequestForgottenTopic[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readShareFetchRequestForgottenTopic(r, version));
  return items;
}

function readShareFetchRequest(r: Reader, version: number): ShareFetchRequest {
  r.field = 'GroupId';
  const fGroupId: string | null = r.compactNullableString();
  r.field = 'MemberId';
  const fMemberId: string | null = r.compactNullableString();
  r.field = 'ShareSessionEpoch';
  const fShareSessionEpoch: number = r.int32();
  r.field = 'MaxWaitMs';
  const fMaxWaitMs: number = r.int32();
  r.field = 'MinBytes';
  const fMinBytes: number = r.int32();
  r.field = 'MaxBytes';
  const fMaxBytes: number = r.int32();
  r.field = 'MaxRecords';
  const fMaxRecords: number = r.int32();
  r.field = 'BatchSize';
  const fBatchSize: number = r.int32();
  r.field = 'ShareAcquireMode';
  const fShareAcquireMode: number = version >= 2 ? r.int8() : 0;
  r.field = 'IsRenewAck';
  const fIsRenewAck: boolean = version >= 2 ? r.bool() : false;
  r.field = 'Topics';
  const fTopics: ShareFetchRequestFetchTopic[] = readShareFetchRequest_Topics(r, version);
  r.field = 'ForgottenTopicsData';
  const fForgottenTopicsData: ShareFetchRequestForgottenTopic[] = readShareFetchRequest_ForgottenTopicsData(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    groupId: fGroupId,
    memberId: fMemberId,
    shareSessionEpoch: fShareSessionEpoch,
    maxWaitMs: fMaxWaitMs,
    minBytes: fMinBytes,
    maxBytes: fMaxBytes,
    maxRecords: fMaxRecords,
    batchSize: fBatchSize,
    shareAcquireMode: fShareAcquireMode,
    isRenewAck: fIsRenewAck,
    topics: fTopics,
    forgottenTopicsData: fForgottenTopicsData,
  };
}

function readShareFetchRequestFetchTopic_Partitions(r: Reader, version: number): ShareFetchRequestFetchPartition[] {
  const n = r.compactArrayLength(6);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ShareFetchRequestFetchPartition[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readShareFetchRequestFetchPartition(r, version));
  return items;
}

function readShareFetchRequestFetchTopic(r: Reader, version: number): ShareFetchRequestFetchTopic {
  r.field = 'Topics.TopicId';
  const fTopicId: string = r.uuid();
  r.field = 'Topics.Partitions';
  const fPartitions: ShareFetchRequestFetchPartition[] = readShareFetchRequestFetchTopic_Partitions(r, version);
  r.field = 'Topics._tagged_fields';
  r.skipTaggedFields();
  return {
    topicId: fTopicId,
    partitions: fPartitions,
  };
}

function readShareFetchRequestFetchPartition_AcknowledgementBatches(r: Reader, version: number): ShareFetchRequestAcknowledgementBatch[] {
  const n = r.compactArrayLength(18);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ShareFetchRequestAcknowledgementBatch[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readShareFetchRequestAcknowledgementBatch(r, version));
  return items;
}

function readShareFetchRequestFetchPartition(r: Reader, version: number): ShareFetchRequestFetchPartition {
  r.field = 'Topics.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Topics.Partitions.AcknowledgementBatches';
  const fAcknowledgementBatches: ShareFetchRequestAcknowledgementBatch[] = readShareFetchRequestFetchPartition_AcknowledgementBatches(r, version);
  r.field = 'Topics.Partitions._tagged_fields';
  r.skipTaggedFields();
  return {
    partitionIndex: fPartitionIndex,
    acknowledgementBatches: fAcknowledgementBatches,
  };
}

function readShareFetchRequestAcknowledgementBatch_AcknowledgeTypes(r: Reader, _version: number): number[] {
  const n = r.compactArrayLength(1);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int8());
  return items;
}

function readShareFetchRequestAcknowledgementBatch(r: Reader, version: number): ShareFetchRequestAcknowledgementBatch {
  r.field = 'Topics.Partitions.AcknowledgementBatches.FirstOffset';
  const fFirstOffset: bigint = r.int64();
  r.field = 'Topics.Partitions.AcknowledgementBatches.LastOffset';
  const fLastOffset: bigint = r.int64();
  r.field = 'Topics.Partitions.AcknowledgementBatches.AcknowledgeTypes';
  const fAcknowledgeTypes: number[] = readShareFetchRequestAcknowledgementBatch_AcknowledgeTypes(r, version);
  r.field = 'Topics.Partitions.AcknowledgementBatches._tagged_fields';
  r.skipTaggedFields();
  return {
    firstOffset: fFirstOffset,
    lastOffset: fLastOffset,
    acknowledgeTypes: fAcknowledgeTypes,
  };
}

function readShareFetchRequestForgottenTopic_Partitions(r: Reader, _version: number): number[] {
  const n = r.compactArrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readShareFetchRequestForgottenTopic(r: Reader, version: number): ShareFetchRequestForgottenTopic {
  r.field = 'ForgottenTopicsData.TopicId';
  const fTopicId: string = r.uuid();
  r.field = 'ForgottenTopicsData.Partitions';
  const fPartitions: number[] = readShareFetchRequestForgottenTopic_Partitions(r, version);
  r.field = 'ForgottenTopicsData._tagged_fields';
  r.skipTaggedFields();
  return {
    topicId: fTopicId,
    partitions: fPartitions,
  };
}

function writeShareFetchRequest_Topics(w: Writer, version: number, items: ShareFetchRequestFetchTopic[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeShareFetchRequestFetchTopic(w, version, item);
}

function writeShareFetchRequest_ForgottenTopicsData(w: Writer, version: number, items: ShareFetchRequestForgottenTopic[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeShareFetchRequestForgottenTopic(w, version, item);
}

function writeShareFetchRequest(w: Writer, version: number, v: ShareFetchRequest): void {
  w.compactNullableString(v.groupId);
  w.compactNullableString(v.memberId);
  w.int32(v.shareSessionEpoch);
  w.int32(v.maxWaitMs);
  w.int32(v.minBytes);
  w.int32(v.maxBytes);
  w.int32(v.maxRecords);
  w.int32(v.batchSize);
  if (version >= 2) {
    w.int8(v.shareAcquireMode);
  }
  if (version >= 2) {
    w.bool(v.isRenewAck);
  } else if (v.isRenewAck !== false) {
    notInVersion('ShareFetchRequest', version, 'IsRenewAck');
  }
  writeShareFetchRequest_Topics(w, version, v.topics);
  writeShareFetchRequest_ForgottenTopicsData(w, version, v.forgottenTopicsData);
  w.uvarint(0);
}

function writeShareFetchRequestFetchTopic_Partitions(w: Writer, version: number, items: ShareFetchRequestFetchPartition[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeShareFetchRequestFetchPartition(w, version, item);
}

function writeShareFetchRequestFetchTopic(w: Writer, version: number, v: ShareFetchRequestFetchTopic): void {
  w.uuid(v.topicId);
  writeShareFetchRequestFetchTopic_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeShareFetchRequestFetchPartition_AcknowledgementBatches(w: Writer, version: number, items: ShareFetchRequestAcknowledgementBatch[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeShareFetchRequestAcknowledgementBatch(w, version, item);
}

function writeShareFetchRequestFetchPartition(w: Writer, version: number, v: ShareFetchRequestFetchPartition): void {
  w.int32(v.partitionIndex);
  writeShareFetchRequestFetchPartition_AcknowledgementBatches(w, version, v.acknowledgementBatches);
  w.uvarint(0);
}

function writeShareFetchRequestAcknowledgementBatch_AcknowledgeTypes(w: Writer, _version: number, items: number[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.int8(item);
}

function writeShareFetchRequestAcknowledgementBatch(w: Writer, version: number, v: ShareFetchRequestAcknowledgementBatch): void {
  w.int64(v.firstOffset);
  w.int64(v.lastOffset);
  writeShareFetchRequestAcknowledgementBatch_AcknowledgeTypes(w, version, v.acknowledgeTypes);
  w.uvarint(0);
}

function writeShareFetchRequestForgottenTopic_Partitions(w: Writer, _version: number, items: number[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.int32(item);
}

function writeShareFetchRequestForgottenTopic(w: Writer, version: number, v: ShareFetchRequestForgottenTopic): void {
  w.uuid(v.topicId);
  writeShareFetchRequestForgottenTopic_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

export const ShareFetchRequestCodec: MessageCodec<ShareFetchRequest> = {
  name: 'ShareFetchRequest',
  apiKey: 78,
  minVersion: 1,
  maxVersion: 2,
  flexibleFrom: 0,
  decode(r: Reader, version: number): ShareFetchRequest {
    if (version < 1 || version > 2) {
      r.fail(`unsupported version ${version}`);
      return defaultShareFetchRequest();
    }
    return readShareFetchRequest(r, version);
  },
  encode(w: Writer, version: number, value: ShareFetchRequest): void {
    if (version < 1 || version > 2) unsupportedVersion('ShareFetchRequest', version, 1, 2);
    writeShareFetchRequest(w, version, value);
  },
  defaults: defaultShareFetchRequest,
};

/** ShareFetchResponse (response, API key 78), versions 0-2. */
export interface ShareFetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The top-level response error code. (versions 0+) */
  errorCode: number;
  /** The top-level error message, or null if there was no error. (versions 0+, nullable 0+, default null) */
  errorMessage: string | null;
  /** The time in milliseconds for which the acquired records are locked. (versions 1+) */
  acquisitionLockTimeoutMs: number;
  /** The response topics. (versions 0+) */
  responses: ShareFetchResponseShareFetchableTopicResponse[];
  /** Endpoints for all current leaders enumerated in PartitionData with error NOT_LEADER_OR_FOLLOWER. (versions 0+) */
  nodeEndpoints: ShareFetchResponseNodeEndpoint[];
}

/** ShareFetchResponse ShareFetchableTopicResponse, versions 0-2. */
export interface ShareFetchResponseShareFetchableTopicResponse {
  /** The unique topic ID. (versions 0+) */
  topicId: string;
  /** The topic partitions. (versions 0+) */
  partitions: ShareFetchResponsePartitionData[];
}

/** ShareFetchResponse PartitionData, versions 0-2. */
export interface ShareFetchResponsePartitionData {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The fetch error code, or 0 if there was no fetch error. (versions 0+) */
  errorCode: number;
  /** The fetch error message, or null if there was no fetch error. (versions 0+, nullable 0+, default null) */
  errorMessage: string | null;
  /** The acknowledge error code, or 0 if there was no acknowledge error. (versions 0+) */
  acknowledgeErrorCode: number;
  /** The acknowledge error message, or null if there was no acknowledge error. (versions 0+, nullable 0+, default null) */
  acknowledgeErrorMessage: string | null;
  /** The current leader of the partition. (versions 0+) */
  currentLeader: ShareFetchResponseLeaderIdAndEpoch;
  /** The record data. (versions 0+, nullable 0) */
  records: Buffer | null;
  /** The acquired records. (versions 0+) */
  acquiredRecords: ShareFetchResponseAcquiredRecords[];
}

/** ShareFetchResponse LeaderIdAndEpoch, versions 0-2. */
export interface ShareFetchResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. (versions 0+) */
  leaderId: number;
  /** The latest known leader epoch. (versions 0+) */
  leaderEpoch: number;
}

/** ShareFetchResponse AcquiredRecords, versions 0-2. */
export interface ShareFetchResponseAcquiredRecords {
  /** The earliest offset in this batch of acquired records. (versions 0+) */
  firstOffset: bigint;
  /** The last offset of this batch of acquired records. (versions 0+) */
  lastOffset: bigint;
  /** The delivery count of this batch of acquired records. (versions 0+) */
  deliveryCount: number;
}

/** ShareFetchResponse NodeEndpoint, versions 0-2. */
export interface ShareFetchResponseNodeEndpoint {
  /** The ID of the associated node. (versions 0+) */
  nodeId: number;
  /** The node's hostname. (versions 0+) */
  host: string;
  /** The node's port. (versions 0+) */
  port: number;
  /** The rack of the node, or null if it has not been assigned to a rack. (versions 0+, nullable 0+, default null) */
  rack: string | null;
}

/** A fresh ShareFetchResponse with every field at its schema default. */
export function defaultShareFetchResponse(): ShareFetchResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: null,
    acquisitionLockTimeoutMs: 0,
    responses: [],
    nodeEndpoints: [],
  };
}

/** A fresh ShareFetchResponseShareFetchableTopicResponse with every field at its schema default. */
export function defaultShareFetchResponseShareFetchableTopicResponse(): ShareFetchResponseShareFetchableTopicResponse {
  return {
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitions: [],
  };
}

/** A fresh ShareFetchResponsePartitionData with every field at its schema default. */
export function defaultShareFetchResponsePartitionData(): ShareFetchResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    errorMessage: null,
    acknowledgeErrorCode: 0,
    acknowledgeErrorMessage: null,
    currentLeader: defaultShareFetchResponseLeaderIdAndEpoch(),
    records: null,
    acquiredRecords: [],
  };
}

/** A fresh ShareFetchResponseLeaderIdAndEpoch with every field at its schema default. */
export function defaultShareFetchResponseLeaderIdAndEpoch(): ShareFetchResponseLeaderIdAndEpoch {
  return {
    leaderId: 0,
    leaderEpoch: 0,
  };
}

/** A fresh ShareFetchResponseAcquiredRecords with every field at its schema default. */
export function defaultShareFetchResponseAcquiredRecords(): ShareFetchResponseAcquiredRecords {
  return {
    firstOffset: 0n,
    lastOffset: 0n,
    deliveryCount: 0,
  };
}

/** A fresh ShareFetchResponseNodeEndpoint with every field at its schema default. */
export function defaultShareFetchResponseNodeEndpoint(): ShareFetchResponseNodeEndpoint {
  return {
    nodeId: 0,
    host: '',
    port: 0,
    rack: null,
  };
}

function readShareFetchResponse_Responses(r: Reader, version: number): ShareFetchResponseShareFetchableTopicResponse[] {
  const n = r.compactArrayLength(18);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ShareFetchResponseShareFetchableTopicResponse[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readShareFetchResponseShareFetchableTopicResponse(r, version));
  return items;
}

function readShareFetchResponse_NodeEndpoints(r: Reader, version: number): ShareFetchResponseNodeEndpoint[] {
  const n = r.compactArrayLength(11);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ShareFetchResponseNodeEndpoint[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readShareFetchResponseNodeEndpoint(r, version));
  return items;
}

function readShareFetchResponse(r: Reader, version: number): ShareFetchResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'ErrorMessage';
  const fErrorMessage: string | null = r.compactNullableString();
  r.field = 'AcquisitionLockTimeoutMs';
  const fAcquisitionLockTimeoutMs: number = version >= 1 ? r.int32() : 0;
  r.field = 'Responses';
  const fResponses: ShareFetchResponseShareFetchableTopicResponse[] = readShareFetchResponse_Responses(r, version);
  r.field = 'NodeEndpoints';
  const fNodeEndpoints: ShareFetchResponseNodeEndpoint[] = readShareFetchResponse_NodeEndpoints(r, version);
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

function readShareFetchResponseShareFetchableTopicResponse_Partitions(r: Reader, version: number): ShareFetchResponsePartitionData[] {
  const n = r.compactArrayLength(22);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ShareFetchResponsePartitionData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readShareFetchResponsePartitionData(r, version));
  return items;
}

function readShareFetchResponseShareFetchableTopicResponse(r: Reader, version: number): ShareFetchResponseShareFetchableTopicResponse {
  r.field = 'Responses.TopicId';
  const fTopicId: string = r.uuid();
  r.field = 'Responses.Partitions';
  const fPartitions: ShareFetchResponsePartitionData[] = readShareFetchResponseShareFetchableTopicResponse_Partitions(r, version);
  r.field = 'Responses._tagged_fields';
  r.skipTaggedFields();
  return {
    topicId: fTopicId,
    partitions: fPartitions,
  };
}

function readShareFetchResponsePartitionData_AcquiredRecords(r: Reader, version: number): ShareFetchResponseAcquiredRecords[] {
  const n = r.compactArrayLength(19);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ShareFetchResponseAcquiredRecords[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readShareFetchResponseAcquiredRecords(r, version));
  return items;
}

function readShareFetchResponsePartitionData(r: Reader, version: number): ShareFetchResponsePartitionData {
  r.field = 'Responses.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Responses.Partitions.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Responses.Partitions.ErrorMessage';
  const fErrorMessage: string | null = r.compactNullableString();
  r.field = 'Responses.Partitions.AcknowledgeErrorCode';
  const fAcknowledgeErrorCode: number = r.int16();
  r.field = 'Responses.Partitions.AcknowledgeErrorMessage';
  const fAcknowledgeErrorMessage: string | null = r.compactNullableString();
  r.field = 'Responses.Partitions.CurrentLeader';
  const fCurrentLeader: ShareFetchResponseLeaderIdAndEpoch = readShareFetchResponseLeaderIdAndEpoch(r, version);
  r.field = 'Responses.Partitions.Records';
  const fRecords: Buffer | null = version <= 0 ? r.compactNullableBytes() : r.compactBytes();
  r.field = 'Responses.Partitions.AcquiredRecords';
  const fAcquiredRecords: ShareFetchResponseAcquiredRecords[] = readShareFetchResponsePartitionData_AcquiredRecords(r, version);
  r.field = 'Responses.Partitions._tagged_fields';
  r.skipTaggedFields();
  return {
    partitionIndex: fPartitionIndex,
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
    acknowledgeErrorCode: fAcknowledgeErrorCode,
    acknowledgeErrorMessage: fAcknowledgeErrorMessage,
    currentLeader: fCurrentLeader,
    records: fRecords,
    acquiredRecords: fAcquiredRecords,
  };
}

function readShareFetchResponseLeaderIdAndEpoch(r: Reader, _version: number): ShareFetchResponseLeaderIdAndEpoch {
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

function readShareFetchResponseAcquiredRecords(r: Reader, _version: number): ShareFetchResponseAcquiredRecords {
  r.field = 'Responses.Partitions.AcquiredRecords.FirstOffset';
  const fFirstOffset: bigint = r.int64();
  r.field = 'Responses.Partitions.AcquiredRecords.LastOffset';
  const fLastOffset: bigint = r.int64();
  r.field = 'Responses.Partitions.AcquiredRecords.DeliveryCount';
  const fDeliveryCount: number = r.int16();
  r.field = 'Responses.Partitions.AcquiredRecords._tagged_fields';
  r.skipTaggedFields();
  return {
    firstOffset: fFirstOffset,
    lastOffset: fLastOffset,
    deliveryCount: fDeliveryCount,
  };
}

function readShareFetchResponseNodeEndpoint(r: Reader, _version: number): ShareFetchResponseNodeEndpoint {
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

function writeShareFetchResponse_Responses(w: Writer, version: number, items: ShareFetchResponseShareFetchableTopicResponse[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeShareFetchResponseShareFetchableTopicResponse(w, version, item);
}

function writeShareFetchResponse_NodeEndpoints(w: Writer, version: number, items: ShareFetchResponseNodeEndpoint[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeShareFetchResponseNodeEndpoint(w, version, item);
}

function writeShareFetchResponse(w: Writer, version: number, v: ShareFetchResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  if (version >= 1) {
    w.int32(v.acquisitionLockTimeoutMs);
  } else if (v.acquisitionLockTimeoutMs !== 0) {
    notInVersion('ShareFetchResponse', version, 'AcquisitionLockTimeoutMs');
  }
  writeShareFetchResponse_Responses(w, version, v.responses);
  writeShareFetchResponse_NodeEndpoints(w, version, v.nodeEndpoints);
  w.uvarint(0);
}

function writeShareFetchResponseShareFetchableTopicResponse_Partitions(w: Writer, version: number, items: ShareFetchResponsePartitionData[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeShareFetchResponsePartitionData(w, version, item);
}

function writeShareFetchResponseShareFetchableTopicResponse(w: Writer, version: number, v: ShareFetchResponseShareFetchableTopicResponse): void {
  w.uuid(v.topicId);
  writeShareFetchResponseShareFetchableTopicResponse_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeShareFetchResponsePartitionData_AcquiredRecords(w: Writer, version: number, items: ShareFetchResponseAcquiredRecords[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeShareFetchResponseAcquiredRecords(w, version, item);
}

function writeShareFetchResponsePartitionData(w: Writer, version: number, v: ShareFetchResponsePartitionData): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.int16(v.acknowledgeErrorCode);
  w.compactNullableString(v.acknowledgeErrorMessage);
  writeShareFetchResponseLeaderIdAndEpoch(w, version, v.currentLeader);
  if (v.records === null && !(version <= 0)) nullNotAllowed('ShareFetchResponse', version, 'Responses.Partitions.Records');
  w.compactNullableBytes(v.records);
  writeShareFetchResponsePartitionData_AcquiredRecords(w, version, v.acquiredRecords);
  w.uvarint(0);
}

function writeShareFetchResponseLeaderIdAndEpoch(w: Writer, _version: number, v: ShareFetchResponseLeaderIdAndEpoch): void {
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  w.uvarint(0);
}

function writeShareFetchResponseAcquiredRecords(w: Writer, _version: number, v: ShareFetchResponseAcquiredRecords): void {
  w.int64(v.firstOffset);
  w.int64(v.lastOffset);
  w.int16(v.deliveryCount);
  w.uvarint(0);
}

function writeShareFetchResponseNodeEndpoint(w: Writer, _version: number, v: ShareFetchResponseNodeEndpoint): void {
  w.int32(v.nodeId);
  w.compactString(v.host);
  w.int32(v.port);
  w.compactNullableString(v.rack);
  w.uvarint(0);
}

export const ShareFetchResponseCodec: MessageCodec<ShareFetchResponse> = {
  name: 'ShareFetchResponse',
  apiKey: 78,
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 0,
  decode(r: Reader, version: number): ShareFetchResponse {
    if (version < 0 || version > 2) {
      r.fail(`unsupported version ${version}`);
      return defaultShareFetchResponse();
    }
    return readShareFetchResponse(r, version);
  },
  encode(w: Writer, version: number, value: ShareFetchResponse): void {
    if (version < 0 || version > 2) unsupportedVersion('ShareFetchResponse', version, 0, 2);
    writeShareFetchResponse(w, version, value);
  },
  defaults: defaultShareFetchResponse,
};
