// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0 (kafka-clients-4.4.0.jar, common/message/), its lowest versions
//   checked equal to apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99's (protocol/generator/overlay.ts)
//   FetchRequest.json, FetchResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, endTaggedField, notInVersion, unsupportedVersion, writeTaggedField } from '../generator/runtime';

/** FetchRequest (request, API key 1), versions 0-18. */
export interface FetchRequest {
  /** The clusterId if known. This is used to validate metadata fetches prior to broker registration. (versions 12+, nullable 12+, tag 0 in 12+, default null) */
  clusterId: string | null;
  /** The broker ID of the follower, of -1 if this request is from a consumer. (versions 0-14, default -1) */
  replicaId: number;
  /** The state of the replica in the follower. (versions 15+, tag 1 in 15+) */
  replicaState: FetchRequestReplicaState;
  /** The maximum time in milliseconds to wait for the response. (versions 0+) */
  maxWaitMs: number;
  /** The minimum bytes to accumulate in the response. (versions 0+) */
  minBytes: number;
  /** The maximum bytes to fetch. See KIP-74 for cases where this limit may not be honored. (versions 3+, default 0x7fffffff) */
  maxBytes: number;
  /** This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records. (versions 4+, default 0) */
  isolationLevel: number;
  /** The fetch session ID. (versions 7+, default 0) */
  sessionId: number;
  /** The fetch session epoch, which is used for ordering requests in a session. (versions 7+, default -1) */
  sessionEpoch: number;
  /** The topics to fetch. (versions 0+) */
  topics: FetchRequestFetchTopic[];
  /** In an incremental fetch request, the partitions to remove. (versions 7+) */
  forgottenTopicsData: FetchRequestForgottenTopic[];
  /** Rack ID of the consumer making this request. (versions 11+) */
  rackId: string;
}

/** FetchRequest ReplicaState, versions 15-18. */
export interface FetchRequestReplicaState {
  /** The replica ID of the follower, or -1 if this request is from a consumer. (versions 15+, default -1) */
  replicaId: number;
  /** The epoch of this follower, or -1 if not available. (versions 15+, default -1) */
  replicaEpoch: bigint;
}

/** FetchRequest FetchTopic, versions 0-18. */
export interface FetchRequestFetchTopic {
  /** The name of the topic to fetch. (versions 0-12) */
  topic: string;
  /** The unique topic ID. (versions 13+) */
  topicId: string;
  /** The partitions to fetch. (versions 0+) */
  partitions: FetchRequestFetchPartition[];
}

/** FetchRequest FetchPartition, versions 0-18. */
export interface FetchRequestFetchPartition {
  /** The partition index. (versions 0+) */
  partition: number;
  /** The current leader epoch of the partition. (versions 9+, default -1) */
  currentLeaderEpoch: number;
  /** The message offset. (versions 0+) */
  fetchOffset: bigint;
  /** The epoch of the last fetched record or -1 if there is none. (versions 12+, default -1) */
  lastFetchedEpoch: number;
  /** The earliest available offset of the follower replica. The field is only used when the request is sent by the follower. (versions 5+, default -1) */
  logStartOffset: bigint;
  /** The maximum bytes to fetch from this partition. See KIP-74 for cases where this limit may not be honored. (versions 0+) */
  partitionMaxBytes: number;
  /** The directory id of the follower fetching. (versions 17+, tag 0 in 17+) */
  replicaDirectoryId: string;
  /** The high-watermark known by the replica. -1 if the high-watermark is not known and 9223372036854775807 if the feature is not supported. (versions 18+, tag 1 in 18+, default 9223372036854775807) */
  highWatermark: bigint;
}

/** FetchRequest ForgottenTopic, versions 7-18. */
export interface FetchRequestForgottenTopic {
  /** The topic name. (versions 7-12) */
  topic: string;
  /** The unique topic ID. (versions 13+) */
  topicId: string;
  /** The partitions indexes to forget. (versions 7+) */
  partitions: number[];
}

/** A fresh FetchRequest with every field at its schema default. */
export function defaultFetchRequest(): FetchRequest {
  return {
    clusterId: null,
    replicaId: -1,
    replicaState: defaultFetchRequestReplicaState(),
    maxWaitMs: 0,
    minBytes: 0,
    maxBytes: 2147483647,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics: [],
    forgottenTopicsData: [],
    rackId: '',
  };
}

/** A fresh FetchRequestReplicaState with every field at its schema default. */
export function defaultFetchRequestReplicaState(): FetchRequestReplicaState {
  return {
    replicaId: -1,
    replicaEpoch: -1n,
  };
}

/** A fresh FetchRequestFetchTopic with every field at its schema default. */
export function defaultFetchRequestFetchTopic(): FetchRequestFetchTopic {
  return {
    topic: '',
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitions: [],
  };
}

/** A fresh FetchRequestFetchPartition with every field at its schema default. */
export function defaultFetchRequestFetchPartition(): FetchRequestFetchPartition {
  return {
    partition: 0,
    currentLeaderEpoch: -1,
    fetchOffset: 0n,
    lastFetchedEpoch: -1,
    logStartOffset: -1n,
    partitionMaxBytes: 0,
    replicaDirectoryId: 'AAAAAAAAAAAAAAAAAAAAAA',
    highWatermark: 9223372036854775807n,
  };
}

/** A fresh FetchRequestForgottenTopic with every field at its schema default. */
export function defaultFetchRequestForgottenTopic(): FetchRequestForgottenTopic {
  return {
    topic: '',
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitions: [],
  };
}

function readFetchRequest_Topics(r: Reader, version: number): FetchRequestFetchTopic[] {
  const n = version >= 12 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: FetchRequestFetchTopic[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readFetchRequestFetchTopic(r, version));
  return items;
}

function readFetchRequest_ForgottenTopicsData(r: Reader, version: number): FetchRequestForgottenTopic[] {
  const n = version >= 12 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: FetchRequestForgottenTopic[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readFetchRequestForgottenTopic(r, version));
  return items;
}

function readFetchRequest(r: Reader, version: number): FetchRequest {
  let fClusterId: string | null = null;
  r.field = 'ReplicaId';
  const fReplicaId: number = version <= 14 ? r.int32() : -1;
  let fReplicaState: FetchRequestReplicaState = defaultFetchRequestReplicaState();
  r.field = 'MaxWaitMs';
  const fMaxWaitMs: number = r.int32();
  r.field = 'MinBytes';
  const fMinBytes: number = r.int32();
  r.field = 'MaxBytes';
  const fMaxBytes: number = version >= 3 ? r.int32() : 2147483647;
  r.field = 'IsolationLevel';
  const fIsolationLevel: number = version >= 4 ? r.int8() : 0;
  r.field = 'SessionId';
  const fSessionId: number = version >= 7 ? r.int32() : 0;
  r.field = 'SessionEpoch';
  const fSessionEpoch: number = version >= 7 ? r.int32() : -1;
  r.field = 'Topics';
  const fTopics: FetchRequestFetchTopic[] = readFetchRequest_Topics(r, version);
  r.field = 'ForgottenTopicsData';
  const fForgottenTopicsData: FetchRequestForgottenTopic[] = version >= 7 ? readFetchRequest_ForgottenTopicsData(r, version) : [];
  r.field = 'RackId';
  const fRackId: string = version >= 11 ? (version >= 12 ? r.compactString() : r.string()) : '';
  if (version >= 12) {
    r.field = '_tagged_fields';
    const tagCount = r.uvarint();
    for (let i = 0; i < tagCount && !r.failed; i++) {
      const tag = r.uvarint();
      const size = r.uvarint();
      switch (tag) {
        case 0: {
          r.field = 'ClusterId';
          const end = r.pos + size;
          fClusterId = r.compactNullableString();
          endTaggedField(r, end);
          break;
        }
        case 1: {
          if (version >= 15) {
            r.field = 'ReplicaState';
            const end = r.pos + size;
            fReplicaState = readFetchRequestReplicaState(r, version);
            endTaggedField(r, end);
          } else {
            r.skip(size);
          }
          break;
        }
        default:
          r.skip(size);
      }
    }
  }
  return {
    clusterId: fClusterId,
    replicaId: fReplicaId,
    replicaState: fReplicaState,
    maxWaitMs: fMaxWaitMs,
    minBytes: fMinBytes,
    maxBytes: fMaxBytes,
    isolationLevel: fIsolationLevel,
    sessionId: fSessionId,
    sessionEpoch: fSessionEpoch,
    topics: fTopics,
    forgottenTopicsData: fForgottenTopicsData,
    rackId: fRackId,
  };
}

function readFetchRequestReplicaState(r: Reader, _version: number): FetchRequestReplicaState {
  r.field = 'ReplicaState.ReplicaId';
  const fReplicaId: number = r.int32();
  r.field = 'ReplicaState.ReplicaEpoch';
  const fReplicaEpoch: bigint = r.int64();
  r.field = 'ReplicaState._tagged_fields';
  r.skipTaggedFields();
  return {
    replicaId: fReplicaId,
    replicaEpoch: fReplicaEpoch,
  };
}

function readFetchRequestFetchTopic_Partitions(r: Reader, version: number): FetchRequestFetchPartition[] {
  const n = version >= 12 ? r.compactArrayLength(16) : r.arrayLength(16);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: FetchRequestFetchPartition[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readFetchRequestFetchPartition(r, version));
  return items;
}

function readFetchRequestFetchTopic(r: Reader, version: number): FetchRequestFetchTopic {
  r.field = 'Topics.Topic';
  const fTopic: string = version <= 12 ? (version >= 12 ? r.compactString() : r.string()) : '';
  r.field = 'Topics.TopicId';
  const fTopicId: string = version >= 13 ? r.uuid() : 'AAAAAAAAAAAAAAAAAAAAAA';
  r.field = 'Topics.Partitions';
  const fPartitions: FetchRequestFetchPartition[] = readFetchRequestFetchTopic_Partitions(r, version);
  if (version >= 12) {
    r.field = 'Topics._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    topic: fTopic,
    topicId: fTopicId,
    partitions: fPartitions,
  };
}

function readFetchRequestFetchPartition(r: Reader, version: number): FetchRequestFetchPartition {
  r.field = 'Topics.Partitions.Partition';
  const fPartition: number = r.int32();
  r.field = 'Topics.Partitions.CurrentLeaderEpoch';
  const fCurrentLeaderEpoch: number = version >= 9 ? r.int32() : -1;
  r.field = 'Topics.Partitions.FetchOffset';
  const fFetchOffset: bigint = r.int64();
  r.field = 'Topics.Partitions.LastFetchedEpoch';
  const fLastFetchedEpoch: number = version >= 12 ? r.int32() : -1;
  r.field = 'Topics.Partitions.LogStartOffset';
  const fLogStartOffset: bigint = version >= 5 ? r.int64() : -1n;
  r.field = 'Topics.Partitions.PartitionMaxBytes';
  const fPartitionMaxBytes: number = r.int32();
  let fReplicaDirectoryId: string = 'AAAAAAAAAAAAAAAAAAAAAA';
  let fHighWatermark: bigint = 9223372036854775807n;
  if (version >= 12) {
    r.field = 'Topics.Partitions._tagged_fields';
    const tagCount = r.uvarint();
    for (let i = 0; i < tagCount && !r.failed; i++) {
      const tag = r.uvarint();
      const size = r.uvarint();
      switch (tag) {
        case 0: {
          if (version >= 17) {
            r.field = 'Topics.Partitions.ReplicaDirectoryId';
            const end = r.pos + size;
            fReplicaDirectoryId = r.uuid();
            endTaggedField(r, end);
          } else {
            r.skip(size);
          }
          break;
        }
        case 1: {
          if (version >= 18) {
            r.field = 'Topics.Partitions.HighWatermark';
            const end = r.pos + size;
            fHighWatermark = r.int64();
            endTaggedField(r, end);
          } else {
            r.skip(size);
          }
          break;
        }
        default:
          r.skip(size);
      }
    }
  }
  return {
    partition: fPartition,
    currentLeaderEpoch: fCurrentLeaderEpoch,
    fetchOffset: fFetchOffset,
    lastFetchedEpoch: fLastFetchedEpoch,
    logStartOffset: fLogStartOffset,
    partitionMaxBytes: fPartitionMaxBytes,
    replicaDirectoryId: fReplicaDirectoryId,
    highWatermark: fHighWatermark,
  };
}

function readFetchRequestForgottenTopic_Partitions(r: Reader, version: number): number[] {
  const n = version >= 12 ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readFetchRequestForgottenTopic(r: Reader, version: number): FetchRequestForgottenTopic {
  r.field = 'ForgottenTopicsData.Topic';
  const fTopic: string = version <= 12 ? (version >= 12 ? r.compactString() : r.string()) : '';
  r.field = 'ForgottenTopicsData.TopicId';
  const fTopicId: string = version >= 13 ? r.uuid() : 'AAAAAAAAAAAAAAAAAAAAAA';
  r.field = 'ForgottenTopicsData.Partitions';
  const fPartitions: number[] = readFetchRequestForgottenTopic_Partitions(r, version);
  if (version >= 12) {
    r.field = 'ForgottenTopicsData._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    topic: fTopic,
    topicId: fTopicId,
    partitions: fPartitions,
  };
}

function writeFetchRequest_Topics(w: Writer, version: number, items: FetchRequestFetchTopic[]): void {
  version >= 12 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeFetchRequestFetchTopic(w, version, item);
}

function writeFetchRequest_ForgottenTopicsData(w: Writer, version: number, items: FetchRequestForgottenTopic[]): void {
  version >= 12 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeFetchRequestForgottenTopic(w, version, item);
}

function writeFetchRequest(w: Writer, version: number, v: FetchRequest): void {
  if (version <= 14) {
    w.int32(v.replicaId);
  } else if (v.replicaId !== -1) {
    notInVersion('FetchRequest', version, 'ReplicaId');
  }
  if (!(version >= 15) && !isDefaultFetchRequestReplicaState(v.replicaState)) notInVersion('FetchRequest', version, 'ReplicaState');
  w.int32(v.maxWaitMs);
  w.int32(v.minBytes);
  if (version >= 3) {
    w.int32(v.maxBytes);
  }
  if (version >= 4) {
    w.int8(v.isolationLevel);
  }
  if (version >= 7) {
    w.int32(v.sessionId);
  }
  if (version >= 7) {
    w.int32(v.sessionEpoch);
  }
  writeFetchRequest_Topics(w, version, v.topics);
  if (version >= 7) {
    writeFetchRequest_ForgottenTopicsData(w, version, v.forgottenTopicsData);
  } else if (v.forgottenTopicsData.length !== 0) {
    notInVersion('FetchRequest', version, 'ForgottenTopicsData');
  }
  if (version >= 11) {
    version >= 12 ? w.compactString(v.rackId) : w.string(v.rackId);
  }
  if (version >= 12) {
    const writeClusterId = v.clusterId !== null;
    const writeReplicaState = version >= 15 && !isDefaultFetchRequestReplicaState(v.replicaState);
    w.uvarint((writeClusterId ? 1 : 0) + (writeReplicaState ? 1 : 0));
    if (writeClusterId) {
      writeTaggedField(w, 0, (w) => {
        w.compactNullableString(v.clusterId);
      });
    }
    if (writeReplicaState) {
      writeTaggedField(w, 1, (w) => {
        writeFetchRequestReplicaState(w, version, v.replicaState);
      });
    }
  }
}

function writeFetchRequestReplicaState(w: Writer, _version: number, v: FetchRequestReplicaState): void {
  w.int32(v.replicaId);
  w.int64(v.replicaEpoch);
  w.uvarint(0);
}

function writeFetchRequestFetchTopic_Partitions(w: Writer, version: number, items: FetchRequestFetchPartition[]): void {
  version >= 12 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeFetchRequestFetchPartition(w, version, item);
}

function writeFetchRequestFetchTopic(w: Writer, version: number, v: FetchRequestFetchTopic): void {
  if (version <= 12) {
    version >= 12 ? w.compactString(v.topic) : w.string(v.topic);
  }
  if (version >= 13) {
    w.uuid(v.topicId);
  }
  writeFetchRequestFetchTopic_Partitions(w, version, v.partitions);
  if (version >= 12) {
    w.uvarint(0);
  }
}

function writeFetchRequestFetchPartition(w: Writer, version: number, v: FetchRequestFetchPartition): void {
  w.int32(v.partition);
  if (version >= 9) {
    w.int32(v.currentLeaderEpoch);
  }
  w.int64(v.fetchOffset);
  if (version >= 12) {
    w.int32(v.lastFetchedEpoch);
  } else if (v.lastFetchedEpoch !== -1) {
    notInVersion('FetchRequest', version, 'Topics.Partitions.LastFetchedEpoch');
  }
  if (version >= 5) {
    w.int64(v.logStartOffset);
  }
  w.int32(v.partitionMaxBytes);
  if (version >= 12) {
    const writeReplicaDirectoryId = version >= 17 && v.replicaDirectoryId !== 'AAAAAAAAAAAAAAAAAAAAAA';
    const writeHighWatermark = version >= 18 && v.highWatermark !== 9223372036854775807n;
    w.uvarint((writeReplicaDirectoryId ? 1 : 0) + (writeHighWatermark ? 1 : 0));
    if (writeReplicaDirectoryId) {
      w.uvarint(0).uvarint(16);
      w.uuid(v.replicaDirectoryId);
    }
    if (writeHighWatermark) {
      w.uvarint(1).uvarint(8);
      w.int64(v.highWatermark);
    }
  }
}

function writeFetchRequestForgottenTopic_Partitions(w: Writer, version: number, items: number[]): void {
  version >= 12 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) w.int32(item);
}

function writeFetchRequestForgottenTopic(w: Writer, version: number, v: FetchRequestForgottenTopic): void {
  if (version <= 12) {
    version >= 12 ? w.compactString(v.topic) : w.string(v.topic);
  }
  if (version >= 13) {
    w.uuid(v.topicId);
  }
  writeFetchRequestForgottenTopic_Partitions(w, version, v.partitions);
  if (version >= 12) {
    w.uvarint(0);
  }
}

export const FetchRequestCodec: MessageCodec<FetchRequest> = {
  name: 'FetchRequest',
  apiKey: 1,
  minVersion: 0,
  maxVersion: 18,
  flexibleFrom: 12,
  decode(r: Reader, version: number): FetchRequest {
    if (version < 0 || version > 18) {
      r.fail(`unsupported version ${version}`);
      return defaultFetchRequest();
    }
    return readFetchRequest(r, version);
  },
  encode(w: Writer, version: number, value: FetchRequest): void {
    if (version < 0 || version > 18) unsupportedVersion('FetchRequest', version, 0, 18);
    writeFetchRequest(w, version, value);
  },
  defaults: defaultFetchRequest,
};

function isDefaultFetchRequestReplicaState(v: FetchRequestReplicaState): boolean {
  return !(v.replicaId !== -1) &&
    !(v.replicaEpoch !== -1n);
}

/** FetchResponse (response, API key 1), versions 0-18. */
export interface FetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+) */
  throttleTimeMs: number;
  /** The top level response error code. (versions 7+) */
  errorCode: number;
  /** The fetch session ID, or 0 if this is not part of a fetch session. (versions 7+, default 0) */
  sessionId: number;
  /** The response topics. (versions 0+) */
  responses: FetchResponseFetchableTopicResponse[];
  /** Endpoints for all current-leaders enumerated in PartitionData, with errors NOT_LEADER_OR_FOLLOWER & FENCED_LEADER_EPOCH. (versions 16+, tag 0 in 16+) */
  nodeEndpoints: FetchResponseNodeEndpoint[];
}

/** FetchResponse FetchableTopicResponse, versions 0-18. */
export interface FetchResponseFetchableTopicResponse {
  /** The topic name. (versions 0-12) */
  topic: string;
  /** The unique topic ID. (versions 13+) */
  topicId: string;
  /** The topic partitions. (versions 0+) */
  partitions: FetchResponsePartitionData[];
}

/** FetchResponse PartitionData, versions 0-18. */
export interface FetchResponsePartitionData {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The error code, or 0 if there was no fetch error. (versions 0+) */
  errorCode: number;
  /** The current high water mark. (versions 0+) */
  highWatermark: bigint;
  /** The last stable offset (or LSO) of the partition. This is the last offset such that the state of all transactional records prior to this offset have been decided (ABORTED or COMMITTED). (versions 4+, default -1) */
  lastStableOffset: bigint;
  /** The current log start offset. (versions 5+, default -1) */
  logStartOffset: bigint;
  /** In case divergence is detected based on the `LastFetchedEpoch` and `FetchOffset` in the request, this field indicates the largest epoch and its end offset such that subsequent records are known to diverge. (versions 12+, tag 0 in 12+) */
  divergingEpoch: FetchResponseEpochEndOffset;
  /** The current leader of the partition. (versions 12+, tag 1 in 12+) */
  currentLeader: FetchResponseLeaderIdAndEpoch;
  /** In the case of fetching an offset less than the LogStartOffset, this is the end offset and epoch that should be used in the FetchSnapshot request. (versions 12+, tag 2 in 12+) */
  snapshotId: FetchResponseSnapshotId;
  /** The aborted transactions. (versions 4+, nullable 4+) */
  abortedTransactions: FetchResponseAbortedTransaction[] | null;
  /** The preferred read replica for the consumer to use on its next fetch request. (versions 11+, default -1) */
  preferredReadReplica: number;
  /** The record data. (versions 0+, nullable 0+) */
  records: Buffer | null;
}

/** FetchResponse EpochEndOffset, versions 12-18. */
export interface FetchResponseEpochEndOffset {
  /** The largest epoch. (versions 12+, default -1) */
  epoch: number;
  /** The end offset of the epoch. (versions 12+, default -1) */
  endOffset: bigint;
}

/** FetchResponse LeaderIdAndEpoch, versions 12-18. */
export interface FetchResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. (versions 12+, default -1) */
  leaderId: number;
  /** The latest known leader epoch. (versions 12+, default -1) */
  leaderEpoch: number;
}

/** FetchResponse SnapshotId, versions 12-18. */
export interface FetchResponseSnapshotId {
  /** The end offset of the epoch. (versions 0+, default -1) */
  endOffset: bigint;
  /** The largest epoch. (versions 0+, default -1) */
  epoch: number;
}

/** FetchResponse AbortedTransaction, versions 4-18. */
export interface FetchResponseAbortedTransaction {
  /** The producer id associated with the aborted transaction. (versions 4+) */
  producerId: bigint;
  /** The first offset in the aborted transaction. (versions 4+) */
  firstOffset: bigint;
}

/** FetchResponse NodeEndpoint, versions 16-18. */
export interface FetchResponseNodeEndpoint {
  /** The ID of the associated node. (versions 16+) */
  nodeId: number;
  /** The node's hostname. (versions 16+) */
  host: string;
  /** The node's port. (versions 16+) */
  port: number;
  /** The rack of the node, or null if it has not been assigned to a rack. (versions 16+, nullable 16+, default null) */
  rack: string | null;
}

/** A fresh FetchResponse with every field at its schema default. */
export function defaultFetchResponse(): FetchResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    sessionId: 0,
    responses: [],
    nodeEndpoints: [],
  };
}

/** A fresh FetchResponseFetchableTopicResponse with every field at its schema default. */
export function defaultFetchResponseFetchableTopicResponse(): FetchResponseFetchableTopicResponse {
  return {
    topic: '',
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitions: [],
  };
}

/** A fresh FetchResponsePartitionData with every field at its schema default. */
export function defaultFetchResponsePartitionData(): FetchResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    highWatermark: 0n,
    lastStableOffset: -1n,
    logStartOffset: -1n,
    divergingEpoch: defaultFetchResponseEpochEndOffset(),
    currentLeader: defaultFetchResponseLeaderIdAndEpoch(),
    snapshotId: defaultFetchResponseSnapshotId(),
    abortedTransactions: [],
    preferredReadReplica: -1,
    records: null,
  };
}

/** A fresh FetchResponseEpochEndOffset with every field at its schema default. */
export function defaultFetchResponseEpochEndOffset(): FetchResponseEpochEndOffset {
  return {
    epoch: -1,
    endOffset: -1n,
  };
}

/** A fresh FetchResponseLeaderIdAndEpoch with every field at its schema default. */
export function defaultFetchResponseLeaderIdAndEpoch(): FetchResponseLeaderIdAndEpoch {
  return {
    leaderId: -1,
    leaderEpoch: -1,
  };
}

/** A fresh FetchResponseSnapshotId with every field at its schema default. */
export function defaultFetchResponseSnapshotId(): FetchResponseSnapshotId {
  return {
    endOffset: -1n,
    epoch: -1,
  };
}

/** A fresh FetchResponseAbortedTransaction with every field at its schema default. */
export function defaultFetchResponseAbortedTransaction(): FetchResponseAbortedTransaction {
  return {
    producerId: 0n,
    firstOffset: 0n,
  };
}

/** A fresh FetchResponseNodeEndpoint with every field at its schema default. */
export function defaultFetchResponseNodeEndpoint(): FetchResponseNodeEndpoint {
  return {
    nodeId: 0,
    host: '',
    port: 0,
    rack: null,
  };
}

function readFetchResponse_Responses(r: Reader, version: number): FetchResponseFetchableTopicResponse[] {
  const n = version >= 12 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: FetchResponseFetchableTopicResponse[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readFetchResponseFetchableTopicResponse(r, version));
  return items;
}

function readFetchResponse_NodeEndpoints(r: Reader, version: number): FetchResponseNodeEndpoint[] {
  const n = r.compactArrayLength(11);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: FetchResponseNodeEndpoint[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readFetchResponseNodeEndpoint(r, version));
  return items;
}

function readFetchResponse(r: Reader, version: number): FetchResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = version >= 1 ? r.int32() : 0;
  r.field = 'ErrorCode';
  const fErrorCode: number = version >= 7 ? r.int16() : 0;
  r.field = 'SessionId';
  const fSessionId: number = version >= 7 ? r.int32() : 0;
  r.field = 'Responses';
  const fResponses: FetchResponseFetchableTopicResponse[] = readFetchResponse_Responses(r, version);
  let fNodeEndpoints: FetchResponseNodeEndpoint[] = [];
  if (version >= 12) {
    r.field = '_tagged_fields';
    const tagCount = r.uvarint();
    for (let i = 0; i < tagCount && !r.failed; i++) {
      const tag = r.uvarint();
      const size = r.uvarint();
      switch (tag) {
        case 0: {
          if (version >= 16) {
            r.field = 'NodeEndpoints';
            const end = r.pos + size;
            fNodeEndpoints = readFetchResponse_NodeEndpoints(r, version);
            endTaggedField(r, end);
          } else {
            r.skip(size);
          }
          break;
        }
        default:
          r.skip(size);
      }
    }
  }
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
    sessionId: fSessionId,
    responses: fResponses,
    nodeEndpoints: fNodeEndpoints,
  };
}

function readFetchResponseFetchableTopicResponse_Partitions(r: Reader, version: number): FetchResponsePartitionData[] {
  const n = version >= 12 ? r.compactArrayLength(18) : r.arrayLength(18);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: FetchResponsePartitionData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readFetchResponsePartitionData(r, version));
  return items;
}

function readFetchResponseFetchableTopicResponse(r: Reader, version: number): FetchResponseFetchableTopicResponse {
  r.field = 'Responses.Topic';
  const fTopic: string = version <= 12 ? (version >= 12 ? r.compactString() : r.string()) : '';
  r.field = 'Responses.TopicId';
  const fTopicId: string = version >= 13 ? r.uuid() : 'AAAAAAAAAAAAAAAAAAAAAA';
  r.field = 'Responses.Partitions';
  const fPartitions: FetchResponsePartitionData[] = readFetchResponseFetchableTopicResponse_Partitions(r, version);
  if (version >= 12) {
    r.field = 'Responses._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    topic: fTopic,
    topicId: fTopicId,
    partitions: fPartitions,
  };
}

function readFetchResponsePartitionData_AbortedTransactions(r: Reader, version: number): FetchResponseAbortedTransaction[] | null {
  const n = version >= 12 ? r.compactArrayLength(16) : r.arrayLength(16);
  if (n < 0) {
    return null;
  }
  const items: FetchResponseAbortedTransaction[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readFetchResponseAbortedTransaction(r, version));
  return items;
}

function readFetchResponsePartitionData(r: Reader, version: number): FetchResponsePartitionData {
  r.field = 'Responses.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Responses.Partitions.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Responses.Partitions.HighWatermark';
  const fHighWatermark: bigint = r.int64();
  r.field = 'Responses.Partitions.LastStableOffset';
  const fLastStableOffset: bigint = version >= 4 ? r.int64() : -1n;
  r.field = 'Responses.Partitions.LogStartOffset';
  const fLogStartOffset: bigint = version >= 5 ? r.int64() : -1n;
  let fDivergingEpoch: FetchResponseEpochEndOffset = defaultFetchResponseEpochEndOffset();
  let fCurrentLeader: FetchResponseLeaderIdAndEpoch = defaultFetchResponseLeaderIdAndEpoch();
  let fSnapshotId: FetchResponseSnapshotId = defaultFetchResponseSnapshotId();
  r.field = 'Responses.Partitions.AbortedTransactions';
  const fAbortedTransactions: FetchResponseAbortedTransaction[] | null = version >= 4 ? readFetchResponsePartitionData_AbortedTransactions(r, version) : [];
  r.field = 'Responses.Partitions.PreferredReadReplica';
  const fPreferredReadReplica: number = version >= 11 ? r.int32() : -1;
  r.field = 'Responses.Partitions.Records';
  const fRecords: Buffer | null = version >= 12 ? r.compactNullableBytes() : r.nullableBytes();
  if (version >= 12) {
    r.field = 'Responses.Partitions._tagged_fields';
    const tagCount = r.uvarint();
    for (let i = 0; i < tagCount && !r.failed; i++) {
      const tag = r.uvarint();
      const size = r.uvarint();
      switch (tag) {
        case 0: {
          r.field = 'Responses.Partitions.DivergingEpoch';
          const end = r.pos + size;
          fDivergingEpoch = readFetchResponseEpochEndOffset(r, version);
          endTaggedField(r, end);
          break;
        }
        case 1: {
          r.field = 'Responses.Partitions.CurrentLeader';
          const end = r.pos + size;
          fCurrentLeader = readFetchResponseLeaderIdAndEpoch(r, version);
          endTaggedField(r, end);
          break;
        }
        case 2: {
          r.field = 'Responses.Partitions.SnapshotId';
          const end = r.pos + size;
          fSnapshotId = readFetchResponseSnapshotId(r, version);
          endTaggedField(r, end);
          break;
        }
        default:
          r.skip(size);
      }
    }
  }
  return {
    partitionIndex: fPartitionIndex,
    errorCode: fErrorCode,
    highWatermark: fHighWatermark,
    lastStableOffset: fLastStableOffset,
    logStartOffset: fLogStartOffset,
    divergingEpoch: fDivergingEpoch,
    currentLeader: fCurrentLeader,
    snapshotId: fSnapshotId,
    abortedTransactions: fAbortedTransactions,
    preferredReadReplica: fPreferredReadReplica,
    records: fRecords,
  };
}

function readFetchResponseEpochEndOffset(r: Reader, _version: number): FetchResponseEpochEndOffset {
  r.field = 'Responses.Partitions.DivergingEpoch.Epoch';
  const fEpoch: number = r.int32();
  r.field = 'Responses.Partitions.DivergingEpoch.EndOffset';
  const fEndOffset: bigint = r.int64();
  r.field = 'Responses.Partitions.DivergingEpoch._tagged_fields';
  r.skipTaggedFields();
  return {
    epoch: fEpoch,
    endOffset: fEndOffset,
  };
}

function readFetchResponseLeaderIdAndEpoch(r: Reader, _version: number): FetchResponseLeaderIdAndEpoch {
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

function readFetchResponseSnapshotId(r: Reader, _version: number): FetchResponseSnapshotId {
  r.field = 'Responses.Partitions.SnapshotId.EndOffset';
  const fEndOffset: bigint = r.int64();
  r.field = 'Responses.Partitions.SnapshotId.Epoch';
  const fEpoch: number = r.int32();
  r.field = 'Responses.Partitions.SnapshotId._tagged_fields';
  r.skipTaggedFields();
  return {
    endOffset: fEndOffset,
    epoch: fEpoch,
  };
}

function readFetchResponseAbortedTransaction(r: Reader, version: number): FetchResponseAbortedTransaction {
  r.field = 'Responses.Partitions.AbortedTransactions.ProducerId';
  const fProducerId: bigint = r.int64();
  r.field = 'Responses.Partitions.AbortedTransactions.FirstOffset';
  const fFirstOffset: bigint = r.int64();
  if (version >= 12) {
    r.field = 'Responses.Partitions.AbortedTransactions._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    producerId: fProducerId,
    firstOffset: fFirstOffset,
  };
}

function readFetchResponseNodeEndpoint(r: Reader, _version: number): FetchResponseNodeEndpoint {
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

function writeFetchResponse_Responses(w: Writer, version: number, items: FetchResponseFetchableTopicResponse[]): void {
  version >= 12 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeFetchResponseFetchableTopicResponse(w, version, item);
}

function writeFetchResponse_NodeEndpoints(w: Writer, version: number, items: FetchResponseNodeEndpoint[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeFetchResponseNodeEndpoint(w, version, item);
}

function writeFetchResponse(w: Writer, version: number, v: FetchResponse): void {
  if (version >= 1) {
    w.int32(v.throttleTimeMs);
  }
  if (version >= 7) {
    w.int16(v.errorCode);
  }
  if (version >= 7) {
    w.int32(v.sessionId);
  } else if (v.sessionId !== 0) {
    notInVersion('FetchResponse', version, 'SessionId');
  }
  writeFetchResponse_Responses(w, version, v.responses);
  if (!(version >= 16) && v.nodeEndpoints.length !== 0) notInVersion('FetchResponse', version, 'NodeEndpoints');
  if (version >= 12) {
    const writeNodeEndpoints = version >= 16 && v.nodeEndpoints.length !== 0;
    w.uvarint((writeNodeEndpoints ? 1 : 0));
    if (writeNodeEndpoints) {
      writeTaggedField(w, 0, (w) => {
        writeFetchResponse_NodeEndpoints(w, version, v.nodeEndpoints);
      });
    }
  }
}

function writeFetchResponseFetchableTopicResponse_Partitions(w: Writer, version: number, items: FetchResponsePartitionData[]): void {
  version >= 12 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeFetchResponsePartitionData(w, version, item);
}

function writeFetchResponseFetchableTopicResponse(w: Writer, version: number, v: FetchResponseFetchableTopicResponse): void {
  if (version <= 12) {
    version >= 12 ? w.compactString(v.topic) : w.string(v.topic);
  }
  if (version >= 13) {
    w.uuid(v.topicId);
  }
  writeFetchResponseFetchableTopicResponse_Partitions(w, version, v.partitions);
  if (version >= 12) {
    w.uvarint(0);
  }
}

function writeFetchResponsePartitionData_AbortedTransactions(w: Writer, version: number, items: FetchResponseAbortedTransaction[] | null): void {
  if (items === null) {
    version >= 12 ? w.uvarint(0) : w.int32(-1);
    return;
  }
  version >= 12 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeFetchResponseAbortedTransaction(w, version, item);
}

function writeFetchResponsePartitionData(w: Writer, version: number, v: FetchResponsePartitionData): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.int64(v.highWatermark);
  if (version >= 4) {
    w.int64(v.lastStableOffset);
  }
  if (version >= 5) {
    w.int64(v.logStartOffset);
  }
  if (!(version >= 12) && !isDefaultFetchResponseEpochEndOffset(v.divergingEpoch)) notInVersion('FetchResponse', version, 'Responses.Partitions.DivergingEpoch');
  if (!(version >= 12) && !isDefaultFetchResponseLeaderIdAndEpoch(v.currentLeader)) notInVersion('FetchResponse', version, 'Responses.Partitions.CurrentLeader');
  if (!(version >= 12) && !isDefaultFetchResponseSnapshotId(v.snapshotId)) notInVersion('FetchResponse', version, 'Responses.Partitions.SnapshotId');
  if (version >= 4) {
    writeFetchResponsePartitionData_AbortedTransactions(w, version, v.abortedTransactions);
  }
  if (version >= 11) {
    w.int32(v.preferredReadReplica);
  } else if (v.preferredReadReplica !== -1) {
    notInVersion('FetchResponse', version, 'Responses.Partitions.PreferredReadReplica');
  }
  version >= 12 ? w.compactNullableBytes(v.records) : w.nullableBytes(v.records);
  if (version >= 12) {
    const writeDivergingEpoch = !isDefaultFetchResponseEpochEndOffset(v.divergingEpoch);
    const writeCurrentLeader = !isDefaultFetchResponseLeaderIdAndEpoch(v.currentLeader);
    const writeSnapshotId = !isDefaultFetchResponseSnapshotId(v.snapshotId);
    w.uvarint((writeDivergingEpoch ? 1 : 0) + (writeCurrentLeader ? 1 : 0) + (writeSnapshotId ? 1 : 0));
    if (writeDivergingEpoch) {
      writeTaggedField(w, 0, (w) => {
        writeFetchResponseEpochEndOffset(w, version, v.divergingEpoch);
      });
    }
    if (writeCurrentLeader) {
      writeTaggedField(w, 1, (w) => {
        writeFetchResponseLeaderIdAndEpoch(w, version, v.currentLeader);
      });
    }
    if (writeSnapshotId) {
      writeTaggedField(w, 2, (w) => {
        writeFetchResponseSnapshotId(w, version, v.snapshotId);
      });
    }
  }
}

function writeFetchResponseEpochEndOffset(w: Writer, _version: number, v: FetchResponseEpochEndOffset): void {
  w.int32(v.epoch);
  w.int64(v.endOffset);
  w.uvarint(0);
}

function writeFetchResponseLeaderIdAndEpoch(w: Writer, _version: number, v: FetchResponseLeaderIdAndEpoch): void {
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  w.uvarint(0);
}

function writeFetchResponseSnapshotId(w: Writer, _version: number, v: FetchResponseSnapshotId): void {
  w.int64(v.endOffset);
  w.int32(v.epoch);
  w.uvarint(0);
}

function writeFetchResponseAbortedTransaction(w: Writer, version: number, v: FetchResponseAbortedTransaction): void {
  w.int64(v.producerId);
  w.int64(v.firstOffset);
  if (version >= 12) {
    w.uvarint(0);
  }
}

function writeFetchResponseNodeEndpoint(w: Writer, _version: number, v: FetchResponseNodeEndpoint): void {
  w.int32(v.nodeId);
  w.compactString(v.host);
  w.int32(v.port);
  w.compactNullableString(v.rack);
  w.uvarint(0);
}

export const FetchResponseCodec: MessageCodec<FetchResponse> = {
  name: 'FetchResponse',
  apiKey: 1,
  minVersion: 0,
  maxVersion: 18,
  flexibleFrom: 12,
  decode(r: Reader, version: number): FetchResponse {
    if (version < 0 || version > 18) {
      r.fail(`unsupported version ${version}`);
      return defaultFetchResponse();
    }
    return readFetchResponse(r, version);
  },
  encode(w: Writer, version: number, value: FetchResponse): void {
    if (version < 0 || version > 18) unsupportedVersion('FetchResponse', version, 0, 18);
    writeFetchResponse(w, version, value);
  },
  defaults: defaultFetchResponse,
};

function isDefaultFetchResponseEpochEndOffset(v: FetchResponseEpochEndOffset): boolean {
  return !(v.epoch !== -1) &&
    !(v.endOffset !== -1n);
}

function isDefaultFetchResponseLeaderIdAndEpoch(v: FetchResponseLeaderIdAndEpoch): boolean {
  return !(v.leaderId !== -1) &&
    !(v.leaderEpoch !== -1);
}

function isDefaultFetchResponseSnapshotId(v: FetchResponseSnapshotId): boolean {
  return !(v.endOffset !== -1n) &&
    !(v.epoch !== -1);
}
