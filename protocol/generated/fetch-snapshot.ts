// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   FetchSnapshotRequest.json, FetchSnapshotResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, endTaggedField, notInVersion, nullNotAllowed, unsupportedVersion, writeTaggedField } from '../generator/runtime';

/** FetchSnapshotRequest (request, API key 59), versions 0-1. */
export interface FetchSnapshotRequest {
  /** The clusterId if known, this is used to validate metadata fetches prior to broker registration (versions 0+, nullable 0+, tag 0 in 0+, default null) */
  clusterId: string | null;
  /** The broker ID of the follower (versions 0+, default -1) */
  replicaId: number;
  /** The maximum bytes to fetch from all of the snapshots (versions 0+, default 0x7fffffff) */
  maxBytes: number;
  /** The topics to fetch (versions 0+) */
  topics: FetchSnapshotRequestTopicSnapshot[];
}

/** FetchSnapshotRequest TopicSnapshot, versions 0-1. */
export interface FetchSnapshotRequestTopicSnapshot {
  /** The name of the topic to fetch (versions 0+) */
  name: string;
  /** The partitions to fetch (versions 0+) */
  partitions: FetchSnapshotRequestPartitionSnapshot[];
}

/** FetchSnapshotRequest PartitionSnapshot, versions 0-1. */
export interface FetchSnapshotRequestPartitionSnapshot {
  /** The partition index (versions 0+) */
  partition: number;
  /** The current leader epoch of the partition, -1 for unknown leader epoch (versions 0+) */
  currentLeaderEpoch: number;
  /** The snapshot endOffset and epoch to fetch (versions 0+) */
  snapshotId: FetchSnapshotRequestSnapshotId;
  /** The byte position within the snapshot to start fetching from (versions 0+) */
  position: bigint;
  /** The directory id of the follower fetching (versions 1+, tag 0 in 1+) */
  replicaDirectoryId: string;
}

/** FetchSnapshotRequest SnapshotId, versions 0-1. */
export interface FetchSnapshotRequestSnapshotId {
  /** (versions 0+) */
  endOffset: bigint;
  /** (versions 0+) */
  epoch: number;
}

/** A fresh FetchSnapshotRequest with every field at its schema default. */
export function defaultFetchSnapshotRequest(): FetchSnapshotRequest {
  return {
    clusterId: null,
    replicaId: -1,
    maxBytes: 2147483647,
    topics: [],
  };
}

/** A fresh FetchSnapshotRequestTopicSnapshot with every field at its schema default. */
export function defaultFetchSnapshotRequestTopicSnapshot(): FetchSnapshotRequestTopicSnapshot {
  return {
    name: '',
    partitions: [],
  };
}

/** A fresh FetchSnapshotRequestPartitionSnapshot with every field at its schema default. */
export function defaultFetchSnapshotRequestPartitionSnapshot(): FetchSnapshotRequestPartitionSnapshot {
  return {
    partition: 0,
    currentLeaderEpoch: 0,
    snapshotId: defaultFetchSnapshotRequestSnapshotId(),
    position: 0n,
    replicaDirectoryId: 'AAAAAAAAAAAAAAAAAAAAAA',
  };
}

/** A fresh FetchSnapshotRequestSnapshotId with every field at its schema default. */
export function defaultFetchSnapshotRequestSnapshotId(): FetchSnapshotRequestSnapshotId {
  return {
    endOffset: 0n,
    epoch: 0,
  };
}

function readFetchSnapshotRequest_Topics(r: Reader, version: number): FetchSnapshotRequestTopicSnapshot[] {
  const n = r.compactArrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: FetchSnapshotRequestTopicSnapshot[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readFetchSnapshotRequestTopicSnapshot(r, version));
  return items;
}

function readFetchSnapshotRequest(r: Reader, version: number): FetchSnapshotRequest {
  let fClusterId: string | null = null;
  r.field = 'ReplicaId';
  const fReplicaId: number = r.int32();
  r.field = 'MaxBytes';
  const fMaxBytes: number = r.int32();
  r.field = 'Topics';
  const fTopics: FetchSnapshotRequestTopicSnapshot[] = readFetchSnapshotRequest_Topics(r, version);
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
      default:
        r.skip(size);
    }
  }
  return {
    clusterId: fClusterId,
    replicaId: fReplicaId,
    maxBytes: fMaxBytes,
    topics: fTopics,
  };
}

function readFetchSnapshotRequestTopicSnapshot_Partitions(r: Reader, version: number): FetchSnapshotRequestPartitionSnapshot[] {
  const n = r.compactArrayLength(30);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: FetchSnapshotRequestPartitionSnapshot[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readFetchSnapshotRequestPartitionSnapshot(r, version));
  return items;
}

function readFetchSnapshotRequestTopicSnapshot(r: Reader, version: number): FetchSnapshotRequestTopicSnapshot {
  r.field = 'Topics.Name';
  const fName: string = r.compactString();
  r.field = 'Topics.Partitions';
  const fPartitions: FetchSnapshotRequestPartitionSnapshot[] = readFetchSnapshotRequestTopicSnapshot_Partitions(r, version);
  r.field = 'Topics._tagged_fields';
  r.skipTaggedFields();
  return {
    name: fName,
    partitions: fPartitions,
  };
}

function readFetchSnapshotRequestPartitionSnapshot(r: Reader, version: number): FetchSnapshotRequestPartitionSnapshot {
  r.field = 'Topics.Partitions.Partition';
  const fPartition: number = r.int32();
  r.field = 'Topics.Partitions.CurrentLeaderEpoch';
  const fCurrentLeaderEpoch: number = r.int32();
  r.field = 'Topics.Partitions.SnapshotId';
  const fSnapshotId: FetchSnapshotRequestSnapshotId = readFetchSnapshotRequestSnapshotId(r, version);
  r.field = 'Topics.Partitions.Position';
  const fPosition: bigint = r.int64();
  let fReplicaDirectoryId: string = 'AAAAAAAAAAAAAAAAAAAAAA';
  r.field = 'Topics.Partitions._tagged_fields';
  const tagCount = r.uvarint();
  for (let i = 0; i < tagCount && !r.failed; i++) {
    const tag = r.uvarint();
    const size = r.uvarint();
    switch (tag) {
      case 0: {
        if (version >= 1) {
          r.field = 'Topics.Partitions.ReplicaDirectoryId';
          const end = r.pos + size;
          fReplicaDirectoryId = r.uuid();
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
  return {
    partition: fPartition,
    currentLeaderEpoch: fCurrentLeaderEpoch,
    snapshotId: fSnapshotId,
    position: fPosition,
    replicaDirectoryId: fReplicaDirectoryId,
  };
}

function readFetchSnapshotRequestSnapshotId(r: Reader, _version: number): FetchSnapshotRequestSnapshotId {
  r.field = 'Topics.Partitions.SnapshotId.EndOffset';
  const fEndOffset: bigint = r.int64();
  r.field = 'Topics.Partitions.SnapshotId.Epoch';
  const fEpoch: number = r.int32();
  r.field = 'Topics.Partitions.SnapshotId._tagged_fields';
  r.skipTaggedFields();
  return {
    endOffset: fEndOffset,
    epoch: fEpoch,
  };
}

function writeFetchSnapshotRequest_Topics(w: Writer, version: number, items: FetchSnapshotRequestTopicSnapshot[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeFetchSnapshotRequestTopicSnapshot(w, version, item);
}

function writeFetchSnapshotRequest(w: Writer, version: number, v: FetchSnapshotRequest): void {
  w.int32(v.replicaId);
  w.int32(v.maxBytes);
  writeFetchSnapshotRequest_Topics(w, version, v.topics);
  const writeClusterId = v.clusterId !== null;
  w.uvarint((writeClusterId ? 1 : 0));
  if (writeClusterId) {
    writeTaggedField(w, 0, (w) => {
      w.compactNullableString(v.clusterId);
    });
  }
}

function writeFetchSnapshotRequestTopicSnapshot_Partitions(w: Writer, version: number, items: FetchSnapshotRequestPartitionSnapshot[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeFetchSnapshotRequestPartitionSnapshot(w, version, item);
}

function writeFetchSnapshotRequestTopicSnapshot(w: Writer, version: number, v: FetchSnapshotRequestTopicSnapshot): void {
  w.compactString(v.name);
  writeFetchSnapshotRequestTopicSnapshot_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeFetchSnapshotRequestPartitionSnapshot(w: Writer, version: number, v: FetchSnapshotRequestPartitionSnapshot): void {
  w.int32(v.partition);
  w.int32(v.currentLeaderEpoch);
  writeFetchSnapshotRequestSnapshotId(w, version, v.snapshotId);
  w.int64(v.position);
  const writeReplicaDirectoryId = version >= 1 && v.replicaDirectoryId !== 'AAAAAAAAAAAAAAAAAAAAAA';
  w.uvarint((writeReplicaDirectoryId ? 1 : 0));
  if (writeReplicaDirectoryId) {
    w.uvarint(0).uvarint(16);
    w.uuid(v.replicaDirectoryId);
  }
}

function writeFetchSnapshotRequestSnapshotId(w: Writer, _version: number, v: FetchSnapshotRequestSnapshotId): void {
  w.int64(v.endOffset);
  w.int32(v.epoch);
  w.uvarint(0);
}

export const FetchSnapshotRequestCodec: MessageCodec<FetchSnapshotRequest> = {
  name: 'FetchSnapshotRequest',
  apiKey: 59,
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  decode(r: Reader, version: number): FetchSnapshotRequest {
    if (version < 0 || version > 1) {
      r.fail(`unsupported version ${version}`);
      return defaultFetchSnapshotRequest();
    }
    return readFetchSnapshotRequest(r, version);
  },
  encode(w: Writer, version: number, value: FetchSnapshotRequest): void {
    if (version < 0 || version > 1) unsupportedVersion('FetchSnapshotRequest', version, 0, 1);
    writeFetchSnapshotRequest(w, version, value);
  },
  defaults: defaultFetchSnapshotRequest,
};

/** FetchSnapshotResponse (response, API key 59), versions 0-1. */
export interface FetchSnapshotResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The top level response error code. (versions 0+) */
  errorCode: number;
  /** The topics to fetch. (versions 0+) */
  topics: FetchSnapshotResponseTopicSnapshot[];
  /** Endpoints for all current-leaders enumerated in PartitionSnapshot (versions 1+, tag 0 in 1+) */
  nodeEndpoints: FetchSnapshotResponseNodeEndpoint[];
}

/** FetchSnapshotResponse TopicSnapshot, versions 0-1. */
export interface FetchSnapshotResponseTopicSnapshot {
  /** The name of the topic to fetch. (versions 0+) */
  name: string;
  /** The partitions to fetch. (versions 0+) */
  partitions: FetchSnapshotResponsePartitionSnapshot[];
}

/** FetchSnapshotResponse PartitionSnapshot, versions 0-1. */
export interface FetchSnapshotResponsePartitionSnapshot {
  /** The partition index. (versions 0+) */
  index: number;
  /** The error code, or 0 if there was no fetch error. (versions 0+) */
  errorCode: number;
  /** The snapshot endOffset and epoch fetched (versions 0+) */
  snapshotId: FetchSnapshotResponseSnapshotId;
  /** (versions 0+, tag 0 in 0+) */
  currentLeader: FetchSnapshotResponseLeaderIdAndEpoch;
  /** The total size of the snapshot. (versions 0+) */
  size: bigint;
  /** The starting byte position within the snapshot included in the Bytes field. (versions 0+) */
  position: bigint;
  /** Snapshot data in records format which may not be aligned on an offset boundary (versions 0+) */
  unalignedRecords: Buffer | null;
}

/** FetchSnapshotResponse SnapshotId, versions 0-1. */
export interface FetchSnapshotResponseSnapshotId {
  /** (versions 0+) */
  endOffset: bigint;
  /** (versions 0+) */
  epoch: number;
}

/** FetchSnapshotResponse LeaderIdAndEpoch, versions 0-1. */
export interface FetchSnapshotResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. (versions 0+) */
  leaderId: number;
  /** The latest known leader epoch (versions 0+) */
  leaderEpoch: number;
}

/** FetchSnapshotResponse NodeEndpoint, versions 1. */
export interface FetchSnapshotResponseNodeEndpoint {
  /** The ID of the associated node (versions 1+) */
  nodeId: number;
  /** The node's hostname (versions 1+) */
  host: string;
  /** The node's port (versions 1+) */
  port: number;
}

/** A fresh FetchSnapshotResponse with every field at its schema default. */
export function defaultFetchSnapshotResponse(): FetchSnapshotResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    topics: [],
    nodeEndpoints: [],
  };
}

/** A fresh FetchSnapshotResponseTopicSnapshot with every field at its schema default. */
export function defaultFetchSnapshotResponseTopicSnapshot(): FetchSnapshotResponseTopicSnapshot {
  return {
    name: '',
    partitions: [],
  };
}

/** A fresh FetchSnapshotResponsePartitionSnapshot with every field at its schema default. */
export function defaultFetchSnapshotResponsePartitionSnapshot(): FetchSnapshotResponsePartitionSnapshot {
  return {
    index: 0,
    errorCode: 0,
    snapshotId: defaultFetchSnapshotResponseSnapshotId(),
    currentLeader: defaultFetchSnapshotResponseLeaderIdAndEpoch(),
    size: 0n,
    position: 0n,
    unalignedRecords: null,
  };
}

/** A fresh FetchSnapshotResponseSnapshotId with every field at its schema default. */
export function defaultFetchSnapshotResponseSnapshotId(): FetchSnapshotResponseSnapshotId {
  return {
    endOffset: 0n,
    epoch: 0,
  };
}

/** A fresh FetchSnapshotResponseLeaderIdAndEpoch with every field at its schema default. */
export function defaultFetchSnapshotResponseLeaderIdAndEpoch(): FetchSnapshotResponseLeaderIdAndEpoch {
  return {
    leaderId: 0,
    leaderEpoch: 0,
  };
}

/** A fresh FetchSnapshotResponseNodeEndpoint with every field at its schema default. */
export function defaultFetchSnapshotResponseNodeEndpoint(): FetchSnapshotResponseNodeEndpoint {
  return {
    nodeId: 0,
    host: '',
    port: 0,
  };
}

function readFetchSnapshotResponse_Topics(r: Reader, version: number): FetchSnapshotResponseTopicSnapshot[] {
  const n = r.compactArrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: FetchSnapshotResponseTopicSnapshot[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readFetchSnapshotResponseTopicSnapshot(r, version));
  return items;
}

function readFetchSnapshotResponse_NodeEndpoints(r: Reader, version: number): FetchSnapshotResponseNodeEndpoint[] {
  const n = r.compactArrayLength(8);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: FetchSnapshotResponseNodeEndpoint[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readFetchSnapshotResponseNodeEndpoint(r, version));
  return items;
}

function readFetchSnapshotResponse(r: Reader, version: number): FetchSnapshotResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Topics';
  const fTopics: FetchSnapshotResponseTopicSnapshot[] = readFetchSnapshotResponse_Topics(r, version);
  let fNodeEndpoints: FetchSnapshotResponseNodeEndpoint[] = [];
  r.field = '_tagged_fields';
  const tagCount = r.uvarint();
  for (let i = 0; i < tagCount && !r.failed; i++) {
    const tag = r.uvarint();
    const size = r.uvarint();
    switch (tag) {
      case 0: {
        if (version >= 1) {
          r.field = 'NodeEndpoints';
          const end = r.pos + size;
          fNodeEndpoints = readFetchSnapshotResponse_NodeEndpoints(r, version);
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
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
    topics: fTopics,
    nodeEndpoints: fNodeEndpoints,
  };
}

function readFetchSnapshotResponseTopicSnapshot_Partitions(r: Reader, version: number): FetchSnapshotResponsePartitionSnapshot[] {
  const n = r.compactArrayLength(37);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: FetchSnapshotResponsePartitionSnapshot[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readFetchSnapshotResponsePartitionSnapshot(r, version));
  return items;
}

function readFetchSnapshotResponseTopicSnapshot(r: Reader, version: number): FetchSnapshotResponseTopicSnapshot {
  r.field = 'Topics.Name';
  const fName: string = r.compactString();
  r.field = 'Topics.Partitions';
  const fPartitions: FetchSnapshotResponsePartitionSnapshot[] = readFetchSnapshotResponseTopicSnapshot_Partitions(r, version);
  r.field = 'Topics._tagged_fields';
  r.skipTaggedFields();
  return {
    name: fName,
    partitions: fPartitions,
  };
}

function readFetchSnapshotResponsePartitionSnapshot(r: Reader, version: number): FetchSnapshotResponsePartitionSnapshot {
  r.field = 'Topics.Partitions.Index';
  const fIndex: number = r.int32();
  r.field = 'Topics.Partitions.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Topics.Partitions.SnapshotId';
  const fSnapshotId: FetchSnapshotResponseSnapshotId = readFetchSnapshotResponseSnapshotId(r, version);
  let fCurrentLeader: FetchSnapshotResponseLeaderIdAndEpoch = defaultFetchSnapshotResponseLeaderIdAndEpoch();
  r.field = 'Topics.Partitions.Size';
  const fSize: bigint = r.int64();
  r.field = 'Topics.Partitions.Position';
  const fPosition: bigint = r.int64();
  r.field = 'Topics.Partitions.UnalignedRecords';
  const fUnalignedRecords: Buffer | null = r.compactBytes();
  r.field = 'Topics.Partitions._tagged_fields';
  const tagCount = r.uvarint();
  for (let i = 0; i < tagCount && !r.failed; i++) {
    const tag = r.uvarint();
    const size = r.uvarint();
    switch (tag) {
      case 0: {
        r.field = 'Topics.Partitions.CurrentLeader';
        const end = r.pos + size;
        fCurrentLeader = readFetchSnapshotResponseLeaderIdAndEpoch(r, version);
        endTaggedField(r, end);
        break;
      }
      default:
        r.skip(size);
    }
  }
  return {
    index: fIndex,
    errorCode: fErrorCode,
    snapshotId: fSnapshotId,
    currentLeader: fCurrentLeader,
    size: fSize,
    position: fPosition,
    unalignedRecords: fUnalignedRecords,
  };
}

function readFetchSnapshotResponseSnapshotId(r: Reader, _version: number): FetchSnapshotResponseSnapshotId {
  r.field = 'Topics.Partitions.SnapshotId.EndOffset';
  const fEndOffset: bigint = r.int64();
  r.field = 'Topics.Partitions.SnapshotId.Epoch';
  const fEpoch: number = r.int32();
  r.field = 'Topics.Partitions.SnapshotId._tagged_fields';
  r.skipTaggedFields();
  return {
    endOffset: fEndOffset,
    epoch: fEpoch,
  };
}

function readFetchSnapshotResponseLeaderIdAndEpoch(r: Reader, _version: number): FetchSnapshotResponseLeaderIdAndEpoch {
  r.field = 'Topics.Partitions.CurrentLeader.LeaderId';
  const fLeaderId: number = r.int32();
  r.field = 'Topics.Partitions.CurrentLeader.LeaderEpoch';
  const fLeaderEpoch: number = r.int32();
  r.field = 'Topics.Partitions.CurrentLeader._tagged_fields';
  r.skipTaggedFields();
  return {
    leaderId: fLeaderId,
    leaderEpoch: fLeaderEpoch,
  };
}

function readFetchSnapshotResponseNodeEndpoint(r: Reader, _version: number): FetchSnapshotResponseNodeEndpoint {
  r.field = 'NodeEndpoints.NodeId';
  const fNodeId: number = r.int32();
  r.field = 'NodeEndpoints.Host';
  const fHost: string = r.compactString();
  r.field = 'NodeEndpoints.Port';
  const fPort: number = r.uint16();
  r.field = 'NodeEndpoints._tagged_fields';
  r.skipTaggedFields();
  return {
    nodeId: fNodeId,
    host: fHost,
    port: fPort,
  };
}

function writeFetchSnapshotResponse_Topics(w: Writer, version: number, items: FetchSnapshotResponseTopicSnapshot[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeFetchSnapshotResponseTopicSnapshot(w, version, item);
}

function writeFetchSnapshotResponse_NodeEndpoints(w: Writer, version: number, items: FetchSnapshotResponseNodeEndpoint[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeFetchSnapshotResponseNodeEndpoint(w, version, item);
}

function writeFetchSnapshotResponse(w: Writer, version: number, v: FetchSnapshotResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  writeFetchSnapshotResponse_Topics(w, version, v.topics);
  if (!(version >= 1) && v.nodeEndpoints.length !== 0) notInVersion('FetchSnapshotResponse', version, 'NodeEndpoints');
  const writeNodeEndpoints = version >= 1 && v.nodeEndpoints.length !== 0;
  w.uvarint((writeNodeEndpoints ? 1 : 0));
  if (writeNodeEndpoints) {
    writeTaggedField(w, 0, (w) => {
      writeFetchSnapshotResponse_NodeEndpoints(w, version, v.nodeEndpoints);
    });
  }
}

function writeFetchSnapshotResponseTopicSnapshot_Partitions(w: Writer, version: number, items: FetchSnapshotResponsePartitionSnapshot[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeFetchSnapshotResponsePartitionSnapshot(w, version, item);
}

function writeFetchSnapshotResponseTopicSnapshot(w: Writer, version: number, v: FetchSnapshotResponseTopicSnapshot): void {
  w.compactString(v.name);
  writeFetchSnapshotResponseTopicSnapshot_Partitions(w, version, v.partitions);
  w.uvarint(0);
}

function writeFetchSnapshotResponsePartitionSnapshot(w: Writer, version: number, v: FetchSnapshotResponsePartitionSnapshot): void {
  w.int32(v.index);
  w.int16(v.errorCode);
  writeFetchSnapshotResponseSnapshotId(w, version, v.snapshotId);
  w.int64(v.size);
  w.int64(v.position);
  if (v.unalignedRecords === null) nullNotAllowed('FetchSnapshotResponse', version, 'Topics.Partitions.UnalignedRecords');
  w.compactNullableBytes(v.unalignedRecords);
  const writeCurrentLeader = !isDefaultFetchSnapshotResponseLeaderIdAndEpoch(v.currentLeader);
  w.uvarint((writeCurrentLeader ? 1 : 0));
  if (writeCurrentLeader) {
    writeTaggedField(w, 0, (w) => {
      writeFetchSnapshotResponseLeaderIdAndEpoch(w, version, v.currentLeader);
    });
  }
}

function writeFetchSnapshotResponseSnapshotId(w: Writer, _version: number, v: FetchSnapshotResponseSnapshotId): void {
  w.int64(v.endOffset);
  w.int32(v.epoch);
  w.uvarint(0);
}

function writeFetchSnapshotResponseLeaderIdAndEpoch(w: Writer, _version: number, v: FetchSnapshotResponseLeaderIdAndEpoch): void {
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  w.uvarint(0);
}

function writeFetchSnapshotResponseNodeEndpoint(w: Writer, _version: number, v: FetchSnapshotResponseNodeEndpoint): void {
  w.int32(v.nodeId);
  w.compactString(v.host);
  w.uint16(v.port);
  w.uvarint(0);
}

export const FetchSnapshotResponseCodec: MessageCodec<FetchSnapshotResponse> = {
  name: 'FetchSnapshotResponse',
  apiKey: 59,
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  decode(r: Reader, version: number): FetchSnapshotResponse {
    if (version < 0 || version > 1) {
      r.fail(`unsupported version ${version}`);
      return defaultFetchSnapshotResponse();
    }
    return readFetchSnapshotResponse(r, version);
  },
  encode(w: Writer, version: number, value: FetchSnapshotResponse): void {
    if (version < 0 || version > 1) unsupportedVersion('FetchSnapshotResponse', version, 0, 1);
    writeFetchSnapshotResponse(w, version, value);
  },
  defaults: defaultFetchSnapshotResponse,
};

function isDefaultFetchSnapshotResponseLeaderIdAndEpoch(v: FetchSnapshotResponseLeaderIdAndEpoch): boolean {
  return !(v.leaderId !== 0) &&
    !(v.leaderEpoch !== 0);
}
