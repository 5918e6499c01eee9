// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0 (kafka-clients-4.4.0.jar, common/message/), its lowest versions
//   checked equal to apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99's (protocol/generator/overlay.ts)
//   DescribeLogDirsRequest.json, DescribeLogDirsResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** DescribeLogDirsRequest (request, API key 35), versions 0-5. */
export interface DescribeLogDirsRequest {
  /** Each topic that we want to describe log directories for, or null for all topics. (versions 0+, nullable 0+) */
  topics: DescribeLogDirsRequestDescribableLogDirTopic[] | null;
}

/** DescribeLogDirsRequest DescribableLogDirTopic, versions 0-5. */
export interface DescribeLogDirsRequestDescribableLogDirTopic {
  /** The topic name. (versions 0+) */
  topic: string;
  /** The partition indexes. (versions 0+) */
  partitions: number[];
}

/** A fresh DescribeLogDirsRequest with every field at its schema default. */
export function defaultDescribeLogDirsRequest(): DescribeLogDirsRequest {
  return {
    topics: [],
  };
}

/** A fresh DescribeLogDirsRequestDescribableLogDirTopic with every field at its schema default. */
export function defaultDescribeLogDirsRequestDescribableLogDirTopic(): DescribeLogDirsRequestDescribableLogDirTopic {
  return {
    topic: '',
    partitions: [],
  };
}

function readDescribeLogDirsRequest_Topics(r: Reader, version: number): DescribeLogDirsRequestDescribableLogDirTopic[] | null {
  const n = version >= 2 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    return null;
  }
  const items: DescribeLogDirsRequestDescribableLogDirTopic[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeLogDirsRequestDescribableLogDirTopic(r, version));
  return items;
}

function readDescribeLogDirsRequest(r: Reader, version: number): DescribeLogDirsRequest {
  r.field = 'Topics';
  const fTopics: DescribeLogDirsRequestDescribableLogDirTopic[] | null = readDescribeLogDirsRequest_Topics(r, version);
  if (version >= 2) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    topics: fTopics,
  };
}

function readDescribeLogDirsRequestDescribableLogDirTopic_Partitions(r: Reader, version: number): number[] {
  const n = version >= 2 ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readDescribeLogDirsRequestDescribableLogDirTopic(r: Reader, version: number): DescribeLogDirsRequestDescribableLogDirTopic {
  r.field = 'Topics.Topic';
  const fTopic: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'Topics.Partitions';
  const fPartitions: number[] = readDescribeLogDirsRequestDescribableLogDirTopic_Partitions(r, version);
  if (version >= 2) {
    r.field = 'Topics._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    topic: fTopic,
    partitions: fPartitions,
  };
}

function writeDescribeLogDirsRequest_Topics(w: Writer, version: number, items: DescribeLogDirsRequestDescribableLogDirTopic[] | null): void {
  if (items === null) {
    version >= 2 ? w.uvarint(0) : w.int32(-1);
    return;
  }
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeDescribeLogDirsRequestDescribableLogDirTopic(w, version, item);
}

function writeDescribeLogDirsRequest(w: Writer, version: number, v: DescribeLogDirsRequest): void {
  writeDescribeLogDirsRequest_Topics(w, version, v.topics);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeDescribeLogDirsRequestDescribableLogDirTopic_Partitions(w: Writer, version: number, items: number[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) w.int32(item);
}

function writeDescribeLogDirsRequestDescribableLogDirTopic(w: Writer, version: number, v: DescribeLogDirsRequestDescribableLogDirTopic): void {
  version >= 2 ? w.compactString(v.topic) : w.string(v.topic);
  writeDescribeLogDirsRequestDescribableLogDirTopic_Partitions(w, version, v.partitions);
  if (version >= 2) {
    w.uvarint(0);
  }
}

export const DescribeLogDirsRequestCodec: MessageCodec<DescribeLogDirsRequest> = {
  name: 'DescribeLogDirsRequest',
  apiKey: 35,
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 2,
  decode(r: Reader, version: number): DescribeLogDirsRequest {
    if (version < 0 || version > 5) {
      r.fail(`unsupported version ${version}`);
      return defaultDescribeLogDirsRequest();
    }
    return readDescribeLogDirsRequest(r, version);
  },
  encode(w: Writer, version: number, value: DescribeLogDirsRequest): void {
    if (version < 0 || version > 5) unsupportedVersion('DescribeLogDirsRequest', version, 0, 5);
    writeDescribeLogDirsRequest(w, version, value);
  },
  defaults: defaultDescribeLogDirsRequest,
};

/** DescribeLogDirsResponse (response, API key 35), versions 0-5. */
export interface DescribeLogDirsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 3+) */
  errorCode: number;
  /** The log directories. (versions 0+) */
  results: DescribeLogDirsResponseDescribeLogDirsResult[];
}

/** DescribeLogDirsResponse DescribeLogDirsResult, versions 0-5. */
export interface DescribeLogDirsResponseDescribeLogDirsResult {
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The absolute log directory path. (versions 0+) */
  logDir: string;
  /** The topics. (versions 0+) */
  topics: DescribeLogDirsResponseDescribeLogDirsTopic[];
  /** The total size in bytes of the volume the log directory is in. This value does not include the size of data stored in remote storage. (versions 4+, default -1) */
  totalBytes: bigint;
  /** The usable size in bytes of the volume the log directory is in. This value does not include the size of data stored in remote storage. (versions 4+, default -1) */
  usableBytes: bigint;
  /** True if this log directory is cordoned. (versions 5+, default false) */
  isCordoned: boolean;
}

/** DescribeLogDirsResponse DescribeLogDirsTopic, versions 0-5. */
export interface DescribeLogDirsResponseDescribeLogDirsTopic {
  /** The topic name. (versions 0+) */
  name: string;
  /** The partitions. (versions 0+) */
  partitions: DescribeLogDirsResponseDescribeLogDirsPartition[];
}

/** DescribeLogDirsResponse DescribeLogDirsPartition, versions 0-5. */
export interface DescribeLogDirsResponseDescribeLogDirsPartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The size of the log segments in this partition in bytes. (versions 0+) */
  partitionSize: bigint;
  /** The lag of the log's LEO w.r.t. partition's HW (if it is the current log for the partition) or current replica's LEO (if it is the future log for the partition). (versions 0+) */
  offsetLag: bigint;
  /** True if this log is created by AlterReplicaLogDirsRequest and will replace the current log of the replica in the future. (versions 0+) */
  isFutureKey: boolean;
}

/** A fresh DescribeLogDirsResponse with every field at its schema default. */
export function defaultDescribeLogDirsResponse(): DescribeLogDirsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    results: [],
  };
}

/** A fresh DescribeLogDirsResponseDescribeLogDirsResult with every field at its schema default. */
export function defaultDescribeLogDirsResponseDescribeLogDirsResult(): DescribeLogDirsResponseDescribeLogDirsResult {
  return {
    errorCode: 0,
    logDir: '',
    topics: [],
    totalBytes: -1n,
    usableBytes: -1n,
    isCordoned: false,
  };
}

/** A fresh DescribeLogDirsResponseDescribeLogDirsTopic with every field at its schema default. */
export function defaultDescribeLogDirsResponseDescribeLogDirsTopic(): DescribeLogDirsResponseDescribeLogDirsTopic {
  return {
    name: '',
    partitions: [],
  };
}

/** A fresh DescribeLogDirsResponseDescribeLogDirsPartition with every field at its schema default. */
export function defaultDescribeLogDirsResponseDescribeLogDirsPartition(): DescribeLogDirsResponseDescribeLogDirsPartition {
  return {
    partitionIndex: 0,
    partitionSize: 0n,
    offsetLag: 0n,
    isFutureKey: false,
  };
}

function readDescribeLogDirsResponse_Results(r: Reader, version: number): DescribeLogDirsResponseDescribeLogDirsResult[] {
  const n = version >= 2 ? r.compactArrayLength(5) : r.arrayLength(5);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeLogDirsResponseDescribeLogDirsResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeLogDirsResponseDescribeLogDirsResult(r, version));
  return items;
}

function readDescribeLogDirsResponse(r: Reader, version: number): DescribeLogDirsResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'ErrorCode';
  const fErrorCode: number = version >= 3 ? r.int16() : 0;
  r.field = 'Results';
  const fResults: DescribeLogDirsResponseDescribeLogDirsResult[] = readDescribeLogDirsResponse_Results(r, version);
  if (version >= 2) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
    results: fResults,
  };
}

function readDescribeLogDirsResponseDescribeLogDirsResult_Topics(r: Reader, version: number): DescribeLogDirsResponseDescribeLogDirsTopic[] {
  const n = version >= 2 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeLogDirsResponseDescribeLogDirsTopic[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeLogDirsResponseDescribeLogDirsTopic(r, version));
  return items;
}

function readDescribeLogDirsResponseDescribeLogDirsResult(r: Reader, version: number): DescribeLogDirsResponseDescribeLogDirsResult {
  r.field = 'Results.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Results.LogDir';
  const fLogDir: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'Results.Topics';
  const fTopics: DescribeLogDirsResponseDescribeLogDirsTopic[] = readDescribeLogDirsResponseDescribeLogDirsResult_Topics(r, version);
  r.field = 'Results.TotalBytes';
  const fTotalBytes: bigint = version >= 4 ? r.int64() : -1n;
  r.field = 'Results.UsableBytes';
  const fUsableBytes: bigint = version >= 4 ? r.int64() : -1n;
  r.field = 'Results.IsCordoned';
  const fIsCordoned: boolean = version >= 5 ? r.bool() : false;
  if (version >= 2) {
    r.field = 'Results._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    errorCode: fErrorCode,
    logDir: fLogDir,
    topics: fTopics,
    totalBytes: fTotalBytes,
    usableBytes: fUsableBytes,
    isCordoned: fIsCordoned,
  };
}

function readDescribeLogDirsResponseDescribeLogDirsTopic_Partitions(r: Reader, version: number): DescribeLogDirsResponseDescribeLogDirsPartition[] {
  const n = version >= 2 ? r.compactArrayLength(21) : r.arrayLength(21);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeLogDirsResponseDescribeLogDirsPartition[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeLogDirsResponseDescribeLogDirsPartition(r, version));
  return items;
}

function readDescribeLogDirsResponseDescribeLogDirsTopic(r: Reader, version: number): DescribeLogDirsResponseDescribeLogDirsTopic {
  r.field = 'Results.Topics.Name';
  const fName: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'Results.Topics.Partitions';
  const fPartitions: DescribeLogDirsResponseDescribeLogDirsPartition[] = readDescribeLogDirsResponseDescribeLogDirsTopic_Partitions(r, version);
  if (version >= 2) {
    r.field = 'Results.Topics._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    name: fName,
    partitions: fPartitions,
  };
}

function readDescribeLogDirsResponseDescribeLogDirsPartition(r: Reader, version: number): DescribeLogDirsResponseDescribeLogDirsPartition {
  r.field = 'Results.Topics.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Results.Topics.Partitions.PartitionSize';
  const fPartitionSize: bigint = r.int64();
  r.field = 'Results.Topics.Partitions.OffsetLag';
  const fOffsetLag: bigint = r.int64();
  r.field = 'Results.Topics.Partitions.IsFutureKey';
  const fIsFutureKey: boolean = r.bool();
  if (version >= 2) {
    r.field = 'Results.Topics.Partitions._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    partitionIndex: fPartitionIndex,
    partitionSize: fPartitionSize,
    offsetLag: fOffsetLag,
    isFutureKey: fIsFutureKey,
  };
}

function writeDescribeLogDirsResponse_Results(w: Writer, version: number, items: DescribeLogDirsResponseDescribeLogDirsResult[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeDescribeLogDirsResponseDescribeLogDirsResult(w, version, item);
}

function writeDescribeLogDirsResponse(w: Writer, version: number, v: DescribeLogDirsResponse): void {
  w.int32(v.throttleTimeMs);
  if (version >= 3) {
    w.int16(v.errorCode);
  }
  writeDescribeLogDirsResponse_Results(w, version, v.results);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeDescribeLogDirsResponseDescribeLogDirsResult_Topics(w: Writer, version: number, items: DescribeLogDirsResponseDescribeLogDirsTopic[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeDescribeLogDirsResponseDescribeLogDirsTopic(w, version, item);
}

function writeDescribeLogDirsResponseDescribeLogDirsResult(w: Writer, version: number, v: DescribeLogDirsResponseDescribeLogDirsResult): void {
  w.int16(v.errorCode);
  version >= 2 ? w.compactString(v.logDir) : w.string(v.logDir);
  writeDescribeLogDirsResponseDescribeLogDirsResult_Topics(w, version, v.topics);
  if (version >= 4) {
    w.int64(v.totalBytes);
  }
  if (version >= 4) {
    w.int64(v.usableBytes);
  }
  if (version >= 5) {
    w.bool(v.isCordoned);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeDescribeLogDirsResponseDescribeLogDirsTopic_Partitions(w: Writer, version: number, items: DescribeLogDirsResponseDescribeLogDirsPartition[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeDescribeLogDirsResponseDescribeLogDirsPartition(w, version, item);
}

function writeDescribeLogDirsResponseDescribeLogDirsTopic(w: Writer, version: number, v: DescribeLogDirsResponseDescribeLogDirsTopic): void {
  version >= 2 ? w.compactString(v.name) : w.string(v.name);
  writeDescribeLogDirsResponseDescribeLogDirsTopic_Partitions(w, version, v.partitions);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeDescribeLogDirsResponseDescribeLogDirsPartition(w: Writer, version: number, v: DescribeLogDirsResponseDescribeLogDirsPartition): void {
  w.int32(v.partitionIndex);
  w.int64(v.partitionSize);
  w.int64(v.offsetLag);
  w.bool(v.isFutureKey);
  if (version >= 2) {
    w.uvarint(0);
  }
}

export const DescribeLogDirsResponseCodec: MessageCodec<DescribeLogDirsResponse> = {
  name: 'DescribeLogDirsResponse',
  apiKey: 35,
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 2,
  decode(r: Reader, version: number): DescribeLogDirsResponse {
    if (version < 0 || version > 5) {
      r.fail(`unsupported version ${version}`);
      return defaultDescribeLogDirsResponse();
    }
    return readDescribeLogDirsResponse(r, version);
  },
  encode(w: Writer, version: number, value: DescribeLogDirsResponse): void {
    if (version < 0 || version > 5) unsupportedVersion('DescribeLogDirsResponse', version, 0, 5);
    writeDescribeLogDirsResponse(w, version, value);
  },
  defaults: defaultDescribeLogDirsResponse,
};
