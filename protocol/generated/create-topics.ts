// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   CreateTopicsRequest.json, CreateTopicsResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, endTaggedField, notInVersion, unsupportedVersion } from '../generator/runtime';

/** CreateTopicsRequest (request, API key 19), versions 0-7. */
export interface CreateTopicsRequest {
  /** The topics to create. (versions 0+) */
  topics: CreateTopicsRequestCreatableTopic[];
  /** How long to wait in milliseconds before timing out the request. (versions 0+, default 60000) */
  timeoutMs: number;
  /** If true, check that the topics can be created as specified, but don't create anything. (versions 1+, default false) */
  validateOnly: boolean;
}

/** CreateTopicsRequest CreatableTopic, versions 0-7. */
export interface CreateTopicsRequestCreatableTopic {
  /** The topic name. (versions 0+) */
  name: string;
  /** The number of partitions to create in the topic, or -1 if we are either specifying a manual partition assignment or using the default partitions. (versions 0+) */
  numPartitions: number;
  /** The number of replicas to create for each partition in the topic, or -1 if we are either specifying a manual partition assignment or using the default replication factor. (versions 0+) */
  replicationFactor: number;
  /** The manual partition assignment, or the empty array if we are using automatic assignment. (versions 0+) */
  assignments: CreateTopicsRequestCreatableReplicaAssignment[];
  /** The custom topic configurations to set. (versions 0+) */
  configs: CreateTopicsRequestCreatableTopicConfig[];
}

/** CreateTopicsRequest CreatableReplicaAssignment, versions 0-7. */
export interface CreateTopicsRequestCreatableReplicaAssignment {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The brokers to place the partition on. (versions 0+) */
  brokerIds: number[];
}

/** CreateTopicsRequest CreatableTopicConfig, versions 0-7. */
export interface CreateTopicsRequestCreatableTopicConfig {
  /** The configuration name. (versions 0+) */
  name: string;
  /** The configuration value. (versions 0+, nullable 0+) */
  value: string | null;
}

/** A fresh CreateTopicsRequest with every field at its schema default. */
export function defaultCreateTopicsRequest(): CreateTopicsRequest {
  return {
    topics: [],
    timeoutMs: 60000,
    validateOnly: false,
  };
}

/** A fresh CreateTopicsRequestCreatableTopic with every field at its schema default. */
export function defaultCreateTopicsRequestCreatableTopic(): CreateTopicsRequestCreatableTopic {
  return {
    name: '',
    numPartitions: 0,
    replicationFactor: 0,
    assignments: [],
    configs: [],
  };
}

/** A fresh CreateTopicsRequestCreatableReplicaAssignment with every field at its schema default. */
export function defaultCreateTopicsRequestCreatableReplicaAssignment(): CreateTopicsRequestCreatableReplicaAssignment {
  return {
    partitionIndex: 0,
    brokerIds: [],
  };
}

/** A fresh CreateTopicsRequestCreatableTopicConfig with every field at its schema default. */
export function defaultCreateTopicsRequestCreatableTopicConfig(): CreateTopicsRequestCreatableTopicConfig {
  return {
    name: '',
    value: '',
  };
}

function readCreateTopicsRequest_Topics(r: Reader, version: number): CreateTopicsRequestCreatableTopic[] {
  const n = version >= 5 ? r.compactArrayLength(10) : r.arrayLength(10);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: CreateTopicsRequestCreatableTopic[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readCreateTopicsRequestCreatableTopic(r, version));
  return items;
}

function readCreateTopicsRequest(r: Reader, version: number): CreateTopicsRequest {
  r.field = 'Topics';
  const fTopics: CreateTopicsRequestCreatableTopic[] = readCreateTopicsRequest_Topics(r, version);
  r.field = 'timeoutMs';
  const ftimeoutMs: number = r.int32();
  r.field = 'validateOnly';
  const fvalidateOnly: boolean = version >= 1 ? r.bool() : false;
  if (version >= 5) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    topics: fTopics,
    timeoutMs: ftimeoutMs,
    validateOnly: fvalidateOnly,
  };
}

function readCreateTopicsRequestCreatableTopic_Assignments(r: Reader, version: number): CreateTopicsRequestCreatableReplicaAssignment[] {
  const n = version >= 5 ? r.compactArrayLength(6) : r.arrayLength(6);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: CreateTopicsRequestCreatableReplicaAssignment[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readCreateTopicsRequestCreatableReplicaAssignment(r, version));
  return items;
}

function readCreateTopicsRequestCreatableTopic_Configs(r: Reader, version: number): CreateTopicsRequestCreatableTopicConfig[] {
  const n = version >= 5 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: CreateTopicsRequestCreatableTopicConfig[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readCreateTopicsRequestCreatableTopicConfig(r, version));
  return items;
}

function readCreateTopicsRequestCreatableTopic(r: Reader, version: number): CreateTopicsRequestCreatableTopic {
  r.field = 'Topics.Name';
  const fName: string = version >= 5 ? r.compactString() : r.string();
  r.field = 'Topics.NumPartitions';
  const fNumPartitions: number = r.int32();
  r.field = 'Topics.ReplicationFactor';
  const fReplicationFactor: number = r.int16();
  r.field = 'Topics.Assignments';
  const fAssignments: CreateTopicsRequestCreatableReplicaAssignment[] = readCreateTopicsRequestCreatableTopic_Assignments(r, version);
  r.field = 'Topics.Configs';
  const fConfigs: CreateTopicsRequestCreatableTopicConfig[] = readCreateTopicsRequestCreatableTopic_Configs(r, version);
  if (version >= 5) {
    r.field = 'Topics._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    name: fName,
    numPartitions: fNumPartitions,
    replicationFactor: fReplicationFactor,
    assignments: fAssignments,
    configs: fConfigs,
  };
}

function readCreateTopicsRequestCreatableReplicaAssignment_BrokerIds(r: Reader, version: number): number[] {
  const n = version >= 5 ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int32());
  return items;
}

function readCreateTopicsRequestCreatableReplicaAssignment(r: Reader, version: number): CreateTopicsRequestCreatableReplicaAssignment {
  r.field = 'Topics.Assignments.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  r.field = 'Topics.Assignments.BrokerIds';
  const fBrokerIds: number[] = readCreateTopicsRequestCreatableReplicaAssignment_BrokerIds(r, version);
  if (version >= 5) {
    r.field = 'Topics.Assignments._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    partitionIndex: fPartitionIndex,
    brokerIds: fBrokerIds,
  };
}

function readCreateTopicsRequestCreatableTopicConfig(r: Reader, version: number): CreateTopicsRequestCreatableTopicConfig {
  r.field = 'Topics.Configs.Name';
  const fName: string = version >= 5 ? r.compactString() : r.string();
  r.field = 'Topics.Configs.Value';
  const fValue: string | null = version >= 5 ? r.compactNullableString() : r.nullableString();
  if (version >= 5) {
    r.field = 'Topics.Configs._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    name: fName,
    value: fValue,
  };
}

function writeCreateTopicsRequest_Topics(w: Writer, version: number, items: CreateTopicsRequestCreatableTopic[]): void {
  version >= 5 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeCreateTopicsRequestCreatableTopic(w, version, item);
}

function writeCreateTopicsRequest(w: Writer, version: number, v: CreateTopicsRequest): void {
  writeCreateTopicsRequest_Topics(w, version, v.topics);
  w.int32(v.timeoutMs);
  if (version >= 1) {
    w.bool(v.validateOnly);
  } else if (v.validateOnly !== false) {
    notInVersion('CreateTopicsRequest', version, 'validateOnly');
  }
  if (version >= 5) {
    w.uvarint(0);
  }
}

function writeCreateTopicsRequestCreatableTopic_Assignments(w: Writer, version: number, items: CreateTopicsRequestCreatableReplicaAssignment[]): void {
  version >= 5 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeCreateTopicsRequestCreatableReplicaAssignment(w, version, item);
}

function writeCreateTopicsRequestCreatableTopic_Configs(w: Writer, version: number, items: CreateTopicsRequestCreatableTopicConfig[]): void {
  version >= 5 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeCreateTopicsRequestCreatableTopicConfig(w, version, item);
}

function writeCreateTopicsRequestCreatableTopic(w: Writer, version: number, v: CreateTopicsRequestCreatableTopic): void {
  version >= 5 ? w.compactString(v.name) : w.string(v.name);
  w.int32(v.numPartitions);
  w.int16(v.replicationFactor);
  writeCreateTopicsRequestCreatableTopic_Assignments(w, version, v.assignments);
  writeCreateTopicsRequestCreatableTopic_Configs(w, version, v.configs);
  if (version >= 5) {
    w.uvarint(0);
  }
}

function writeCreateTopicsRequestCreatableReplicaAssignment_BrokerIds(w: Writer, version: number, items: number[]): void {
  version >= 5 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) w.int32(item);
}

function writeCreateTopicsRequestCreatableReplicaAssignment(w: Writer, version: number, v: CreateTopicsRequestCreatableReplicaAssignment): void {
  w.int32(v.partitionIndex);
  writeCreateTopicsRequestCreatableReplicaAssignment_BrokerIds(w, version, v.brokerIds);
  if (version >= 5) {
    w.uvarint(0);
  }
}

function writeCreateTopicsRequestCreatableTopicConfig(w: Writer, version: number, v: CreateTopicsRequestCreatableTopicConfig): void {
  version >= 5 ? w.compactString(v.name) : w.string(v.name);
  version >= 5 ? w.compactNullableString(v.value) : w.nullableString(v.value);
  if (version >= 5) {
    w.uvarint(0);
  }
}

export const CreateTopicsRequestCodec: MessageCodec<CreateTopicsRequest> = {
  name: 'CreateTopicsRequest',
  apiKey: 19,
  minVersion: 0,
  maxVersion: 7,
  flexibleFrom: 5,
  decode(r: Reader, version: number): CreateTopicsRequest {
    if (version < 0 || version > 7) {
      r.fail(`unsupported version ${version}`);
      return defaultCreateTopicsRequest();
    }
    return readCreateTopicsRequest(r, version);
  },
  encode(w: Writer, version: number, value: CreateTopicsRequest): void {
    if (version < 0 || version > 7) unsupportedVersion('CreateTopicsRequest', version, 0, 7);
    writeCreateTopicsRequest(w, version, value);
  },
  defaults: defaultCreateTopicsRequest,
};

/** CreateTopicsResponse (response, API key 19), versions 0-7. */
export interface CreateTopicsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 2+) */
  throttleTimeMs: number;
  /** Results for each topic we tried to create. (versions 0+) */
  topics: CreateTopicsResponseCreatableTopicResult[];
}

/** CreateTopicsResponse CreatableTopicResult, versions 0-7. */
export interface CreateTopicsResponseCreatableTopicResult {
  /** The topic name. (versions 0+) */
  name: string;
  /** The unique topic ID (versions 7+) */
  topicId: string;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 1+, nullable 0+) */
  errorMessage: string | null;
  /** Optional topic config error returned if configs are not returned in the response. (versions 5+, tag 0 in 5+) */
  topicConfigErrorCode: number;
  /** Number of partitions of the topic. (versions 5+, default -1) */
  numPartitions: number;
  /** Replication factor of the topic. (versions 5+, default -1) */
  replicationFactor: number;
  /** Configuration of the topic. (versions 5+, nullable 5+) */
  configs: CreateTopicsResponseCreatableTopicConfigs[] | null;
}

/** CreateTopicsResponse CreatableTopicConfigs, versions 5-7. */
export interface CreateTopicsResponseCreatableTopicConfigs {
  /** The configuration name. (versions 5+) */
  name: string;
  /** The configuration value. (versions 5+, nullable 5+) */
  value: string | null;
  /** True if the configuration is read-only. (versions 5+) */
  readOnly: boolean;
  /** The configuration source. (versions 5+, default -1) */
  configSource: number;
  /** True if this configuration is sensitive. (versions 5+) */
  isSensitive: boolean;
}

/** A fresh CreateTopicsResponse with every field at its schema default. */
export function defaultCreateTopicsResponse(): CreateTopicsResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
  };
}

/** A fresh CreateTopicsResponseCreatableTopicResult with every field at its schema default. */
export function defaultCreateTopicsResponseCreatableTopicResult(): CreateTopicsResponseCreatableTopicResult {
  return {
    name: '',
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    errorCode: 0,
    errorMessage: '',
    topicConfigErrorCode: 0,
    numPartitions: -1,
    replicationFactor: -1,
    configs: [],
  };
}

/** A fresh CreateTopicsResponseCreatableTopicConfigs with every field at its schema default. */
export function defaultCreateTopicsResponseCreatableTopicConfigs(): CreateTopicsResponseCreatableTopicConfigs {
  return {
    name: '',
    value: '',
    readOnly: false,
    configSource: -1,
    isSensitive: false,
  };
}

function readCreateTopicsResponse_Topics(r: Reader, version: number): CreateTopicsResponseCreatableTopicResult[] {
  const n = version >= 5 ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: CreateTopicsResponseCreatableTopicResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readCreateTopicsResponseCreatableTopicResult(r, version));
  return items;
}

function readCreateTopicsResponse(r: Reader, version: number): CreateTopicsResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = version >= 2 ? r.int32() : 0;
  r.field = 'Topics';
  const fTopics: CreateTopicsResponseCreatableTopicResult[] = readCreateTopicsResponse_Topics(r, version);
  if (version >= 5) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    throttleTimeMs: fThrottleTimeMs,
    topics: fTopics,
  };
}

function readCreateTopicsResponseCreatableTopicResult_Configs(r: Reader, version: number): CreateTopicsResponseCreatableTopicConfigs[] | null {
  const n = r.compactArrayLength(6);
  if (n < 0) {
    return null;
  }
  const items: CreateTopicsResponseCreatableTopicConfigs[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readCreateTopicsResponseCreatableTopicConfigs(r, version));
  return items;
}

function readCreateTopicsResponseCreatableTopicResult(r: Reader, version: number): CreateTopicsResponseCreatableTopicResult {
  r.field = 'Topics.Name';
  const fName: string = version >= 5 ? r.compactString() : r.string();
  r.field = 'Topics.TopicId';
  const fTopicId: string = version >= 7 ? r.uuid() : 'AAAAAAAAAAAAAAAAAAAAAA';
  r.field = 'Topics.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Topics.ErrorMessage';
  const fErrorMessage: string | null = version >= 1 ? (version >= 5 ? r.compactNullableString() : r.nullableString()) : '';
  let fTopicConfigErrorCode: number = 0;
  r.field = 'Topics.NumPartitions';
  const fNumPartitions: number = version >= 5 ? r.int32() : -1;
  r.field = 'Topics.ReplicationFactor';
  const fReplicationFactor: number = version >= 5 ? r.int16() : -1;
  r.field = 'Topics.Configs';
  const fConfigs: CreateTopicsResponseCreatableTopicConfigs[] | null = version >= 5 ? readCreateTopicsResponseCreatableTopicResult_Configs(r, version) : [];
  if (version >= 5) {
    r.field = 'Topics._tagged_fields';
    const tagCount = r.uvarint();
    for (let i = 0; i < tagCount && !r.failed; i++) {
      const tag = r.uvarint();
      const size = r.uvarint();
      switch (tag) {
        case 0: {
          r.field = 'Topics.TopicConfigErrorCode';
          const end = r.pos + size;
          fTopicConfigErrorCode = r.int16();
          endTaggedField(r, end);
          break;
        }
        default:
          r.skip(size);
      }
    }
  }
  return {
    name: fName,
    topicId: fTopicId,
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
    topicConfigErrorCode: fTopicConfigErrorCode,
    numPartitions: fNumPartitions,
    replicationFactor: fReplicationFactor,
    configs: fConfigs,
  };
}

function readCreateTopicsResponseCreatableTopicConfigs(r: Reader, _version: number): CreateTopicsResponseCreatableTopicConfigs {
  r.field = 'Topics.Configs.Name';
  const fName: string = r.compactString();
  r.field = 'Topics.Configs.Value';
  const fValue: string | null = r.compactNullableString();
  r.field = 'Topics.Configs.ReadOnly';
  const fReadOnly: boolean = r.bool();
  r.field = 'Topics.Configs.ConfigSource';
  const fConfigSource: number = r.int8();
  r.field = 'Topics.Configs.IsSensitive';
  const fIsSensitive: boolean = r.bool();
  r.field = 'Topics.Configs._tagged_fields';
  r.skipTaggedFields();
  return {
    name: fName,
    value: fValue,
    readOnly: fReadOnly,
    configSource: fConfigSource,
    isSensitive: fIsSensitive,
  };
}

function writeCreateTopicsResponse_Topics(w: Writer, version: number, items: CreateTopicsResponseCreatableTopicResult[]): void {
  version >= 5 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeCreateTopicsResponseCreatableTopicResult(w, version, item);
}

function writeCreateTopicsResponse(w: Writer, version: number, v: CreateTopicsResponse): void {
  if (version >= 2) {
    w.int32(v.throttleTimeMs);
  }
  writeCreateTopicsResponse_Topics(w, version, v.topics);
  if (version >= 5) {
    w.uvarint(0);
  }
}

function writeCreateTopicsResponseCreatableTopicResult_Configs(w: Writer, version: number, items: CreateTopicsResponseCreatableTopicConfigs[] | null): void {
  if (items === null) {
    w.uvarint(0);
    return;
  }
  w.uvarint(items.length + 1);
  for (const item of items) writeCreateTopicsResponseCreatableTopicConfigs(w, version, item);
}

function writeCreateTopicsResponseCreatableTopicResult(w: Writer, version: number, v: CreateTopicsResponseCreatableTopicResult): void {
  version >= 5 ? w.compactString(v.name) : w.string(v.name);
  if (version >= 7) {
    w.uuid(v.topicId);
  }
  w.int16(v.errorCode);
  if (version >= 1) {
    version >= 5 ? w.compactNullableString(v.errorMessage) : w.nullableString(v.errorMessage);
  }
  if (version >= 5) {
    w.int32(v.numPartitions);
  }
  if (version >= 5) {
    w.int16(v.replicationFactor);
  }
  if (version >= 5) {
    writeCreateTopicsResponseCreatableTopicResult_Configs(w, version, v.configs);
  }
  if (version >= 5) {
    const writeTopicConfigErrorCode = v.topicConfigErrorCode !== 0;
    w.uvarint((writeTopicConfigErrorCode ? 1 : 0));
    if (writeTopicConfigErrorCode) {
      w.uvarint(0).uvarint(2);
      w.int16(v.topicConfigErrorCode);
    }
  }
}

function writeCreateTopicsResponseCreatableTopicConfigs(w: Writer, _version: number, v: CreateTopicsResponseCreatableTopicConfigs): void {
  w.compactString(v.name);
  w.compactNullableString(v.value);
  w.bool(v.readOnly);
  w.int8(v.configSource);
  w.bool(v.isSensitive);
  w.uvarint(0);
}

export const CreateTopicsResponseCodec: MessageCodec<CreateTopicsResponse> = {
  name: 'CreateTopicsResponse',
  apiKey: 19,
  minVersion: 0,
  maxVersion: 7,
  flexibleFrom: 5,
  decode(r: Reader, version: number): CreateTopicsResponse {
    if (version < 0 || version > 7) {
      r.fail(`unsupported version ${version}`);
      return defaultCreateTopicsResponse();
    }
    return readCreateTopicsResponse(r, version);
  },
  encode(w: Writer, version: number, value: CreateTopicsResponse): void {
    if (version < 0 || version > 7) unsupportedVersion('CreateTopicsResponse', version, 0, 7);
    writeCreateTopicsResponse(w, version, value);
  },
  defaults: defaultCreateTopicsResponse,
};
