// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   AlterReplicaLogDirsRequest.json, AlterReplicaLogDirsResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** AlterReplicaLogDirsRequest (request, API key 34), versions 0-2. */
export interface AlterReplicaLogDirsRequest {
  /** The alterations to make for each directory. (versions 0+) */
  dirs: AlterReplicaLogDirsRequestAlterReplicaLogDir[];
}

/** AlterReplicaLogDirsRequest AlterReplicaLogDir, versions 0-2. */
export interface AlterReplicaLogDirsRequestAlterReplicaLogDir {
  /** The absolute directory path. (versions 0+) */
  path: string;
  /** The topics to add to the directory. (versions 0+) */
  topics: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic[];
}

/** AlterReplicaLogDirsRequest AlterReplicaLogDirTopic, versions 0-2. */
export interface AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  /** The topic name. (versions 0+) */
  name: string;
  /** The partition indexes. (versions 0+) */
  partitions: number[];
}

/** A fresh AlterReplicaLogDirsRequest with every field at its schema default. */
export function defaultAlterReplicaLogDirsRequest(): AlterReplicaLogDirsRequest {
  return {
    dirs: [],
  };
}

/** A fresh AlterReplicaLogDirsRequestAlterReplicaLogDir with every field at its schema default. */
export function defaultAlterReplicaLogDirsRequestAlterReplicaLogDir(): AlterReplicaLogDirsRequestAlterReplicaLogDir {
  return {
    path: '',
    topics: [],
  };
}

/** A fresh AlterReplicaLogDirsRequestAlterReplicaLogDirTopic with every field at its schema default. */
export function defaultAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(): AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  return {
    name: '',
    partitions: [],
  };
}

function readAlterReplicaLogDirsRequest_Dirs(r: Reader, version: number): AlterReplicaLogDirsRequestAlterReplicaLogDir[] {
  const n = version >= 2 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AlterReplicaLogDirsRequestAlterReplicaLogDir[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAlterReplicaLogDirsRequestAlterReplicaLogDir(r, version));
  return items;
}

function readAlterReplicaLogDirsRequest(r: Reader, version: number): AlterReplicaLogDirsRequest {
  r.field = 'Dirs';
  const fDirs: AlterReplicaLogDirsRequestAlterReplicaLogDir[] = readAlterReplicaLogDirsRequest_Dirs(r, version);
  if (version >= 2) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    dirs: fDirs,
  };
}

function readAlterReplicaLogDirsRequestAlterReplicaLogDir_Topics(r: Reader, version: number): AlterReplicaLogDirsRequestAlterReplicaLogDirTopic[] {
  const n = version >= 2 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(r, version));
  return items;
}

function readAlterReplicaLogDirsRequestAlterReplicaLogDir(r: Reader, version: number): AlterReplicaLogDirsRequestAlterReplicaLogDir {
  r.field = 'Dirs.Path';
  const fPath: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'Dirs.Topics';
  const fTopics: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic[] = readAlterReplicaLogDirsRequestAlterReplicaLogDir_Topics(r, version);
  if (version >= 2) {
    r.field = 'Dirs._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    path: fPath,
    topics: fTopics,
  };
}

function readAlterReplicaLogDirsRequestAlterReplicaLogDirTopic_Partitions(r: Reader, version: number): number[] {
  const n = version >= 2 ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(r: Reader, version: number): AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  r.field = 'Dirs.Topics.Name';
  const fName: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'Dirs.Topics.Partitions';
  const fPartitions: number[] = readAlterReplicaLogDirsRequestAlterReplicaLogDirTopic_Partitions(r, version);
  if (version >= 2) {
    r.field = 'Dirs.Topics._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    name: fName,
    partitions: fPartitions,
  };
}

function writeAlterReplicaLogDirsRequest_Dirs(w: Writer, version: number, items: AlterReplicaLogDirsRequestAlterReplicaLogDir[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeAlterReplicaLogDirsRequestAlterReplicaLogDir(w, version, item);
}

function writeAlterReplicaLogDirsRequest(w: Writer, version: number, v: AlterReplicaLogDirsRequest): void {
  writeAlterReplicaLogDirsRequest_Dirs(w, version, v.dirs);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeAlterReplicaLogDirsRequestAlterReplicaLogDir_Topics(w: Writer, version: number, items: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(w, version, item);
}

function writeAlterReplicaLogDirsRequestAlterReplicaLogDir(w: Writer, version: number, v: AlterReplicaLogDirsRequestAlterReplicaLogDir): void {
  version >= 2 ? w.compactString(v.path) : w.string(v.path);
  writeAlterReplicaLogDirsRequestAlterReplicaLogDir_Topics(w, version, v.topics);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic_Partitions(w: Writer, version: number, items: number[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) w.int32(item);
}

function writeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(w: Writer, version: number, v: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic): void {
  version >= 2 ? w.compactString(v.name) : w.string(v.name);
  writeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic_Partitions(w, version, v.partitions);
  if (version >= 2) {
    w.uvarint(0);
  }
}

export const AlterReplicaLogDirsRequestCodec: MessageCodec<AlterReplicaLogDirsRequest> = {
  name: 'AlterReplicaLogDirsRequest',
  apiKey: 34,
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  decode(r: Reader, version: number): AlterReplicaLogDirsRequest {
    if (version < 0 || version > 2) {
      r.fail(`unsupported version ${version}`);
      return defaultAlterReplicaLogDirsRequest();
    }
    return readAlterReplicaLogDirsRequest(r, version);
  },
  encode(w: Writer, version: number, value: AlterReplicaLogDirsRequest): void {
    if (version < 0 || version > 2) unsupportedVersion('AlterReplicaLogDirsRequest', version, 0, 2);
    writeAlterReplicaLogDirsRequest(w, version, value);
  },
  defaults: defaultAlterReplicaLogDirsRequest,
};

/** AlterReplicaLogDirsResponse (response, API key 34), versions 0-2. */
export interface AlterReplicaLogDirsResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The results for each topic. (versions 0+) */
  results: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult[];
}

/** AlterReplicaLogDirsResponse AlterReplicaLogDirTopicResult, versions 0-2. */
export interface AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  /** The name of the topic. (versions 0+) */
  topicName: string;
  /** The results for each partition. (versions 0+) */
  partitions: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult[];
}

/** AlterReplicaLogDirsResponse AlterReplicaLogDirPartitionResult, versions 0-2. */
export interface AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
}

/** A fresh AlterReplicaLogDirsResponse with every field at its schema default. */
export function defaultAlterReplicaLogDirsResponse(): AlterReplicaLogDirsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
  };
}

/** A fresh AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult with every field at its schema default. */
export function defaultAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(): AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  return {
    topicName: '',
    partitions: [],
  };
}

/** A fresh AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult with every field at its schema default. */
export function defaultAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(): AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  return {
    partitionIndex: 0,
    errorCode: 0,
  };
}

function readAlterReplicaLogDirsResponse_Results(r: Reader, version: number): AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult[] {
  const n = version >= 2 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(r, version));
  return items;
}

function readAlterReplicaLogDirsResponse(r: Reader, version: number): AlterReplicaLogDirsResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'Results';
  const fResults: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult[] = readAlterReplicaLogDirsResponse_Results(r, version);
  if (version >= 2) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    throttleTimeMs: fThrottleTimeMs,
    results: fResults,
  };
}

function readAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult_Partitions(r: Reader, version: number): AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult[] {
  const n = version >= 2 ? r.compactArrayLength(6) : r.arrayLength(6);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(r, version));
  return items;
}

function readAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(r: Reader, version: number): AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  r.field = 'Results.TopicName';
  const fTopicName: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'Results.Partitions';
  const fPartitions: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult[] = readAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult_Partitions(r, version);
  if (version >= 2) {
    r.field = 'Results._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    topicName: fTopicName,
    partitions: fPartitions,
  };
}

function readAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(r: Reader, version: number): AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  r.field = 'Results.Partitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Results.Partitions.ErrorCode';
  const fErrorCode: number = r.int16();
  if (version >= 2) {
    r.field = 'Results.Partitions._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    partitionIndex: fPartitionIndex,
    errorCode: fErrorCode,
  };
}

function writeAlterReplicaLogDirsResponse_Results(w: Writer, version: number, items: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(w, version, item);
}

function writeAlterReplicaLogDirsResponse(w: Writer, version: number, v: AlterReplicaLogDirsResponse): void {
  w.int32(v.throttleTimeMs);
  writeAlterReplicaLogDirsResponse_Results(w, version, v.results);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult_Partitions(w: Writer, version: number, items: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(w, version, item);
}

function writeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(w: Writer, version: number, v: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult): void {
  version >= 2 ? w.compactString(v.topicName) : w.string(v.topicName);
  writeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult_Partitions(w, version, v.partitions);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(w: Writer, version: number, v: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  if (version >= 2) {
    w.uvarint(0);
  }
}

export const AlterReplicaLogDirsResponseCodec: MessageCodec<AlterReplicaLogDirsResponse> = {
  name: 'AlterReplicaLogDirsResponse',
  apiKey: 34,
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  decode(r: Reader, version: number): AlterReplicaLogDirsResponse {
    if (version < 0 || version > 2) {
      r.fail(`unsupported version ${version}`);
      return defaultAlterReplicaLogDirsResponse();
    }
    return readAlterReplicaLogDirsResponse(r, version);
  },
  encode(w: Writer, version: number, value: AlterReplicaLogDirsResponse): void {
    if (version < 0 || version > 2) unsupportedVersion('AlterReplicaLogDirsResponse', version, 0, 2);
    writeAlterReplicaLogDirsResponse(w, version, value);
  },
  defaults: defaultAlterReplicaLogDirsResponse,
};
