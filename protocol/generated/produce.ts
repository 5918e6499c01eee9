// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0 (kafka-clients-4.4.0.jar, common/message/), its lowest versions
//   checked equal to apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99's (protocol/generator/overlay.ts)
//   ProduceRequest.json, ProduceResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, endTaggedField, notInVersion, unsupportedVersion, writeTaggedField } from '../generator/runtime';

/** ProduceRequest (request, API key 0), versions 0-13. */
export interface ProduceRequest {
  /** The transactional ID, or null if the producer is not transactional. (versions 3+, nullable 3+, default null) */
  transactionalId: string | null;
  /** The number of acknowledgments the producer requires the leader to have received before considering a request complete. Allowed values: 0 for no acknowledgments, 1 for only the leader and -1 for the full ISR. (versions 0+) */
  acks: number;
  /** The timeout to await a response in milliseconds. (versions 0+) */
  timeoutMs: number;
  /** Each topic to produce to. (versions 0+) */
  topicData: ProduceRequestTopicProduceData[];
}

/** ProduceRequest TopicProduceData, versions 0-13. */
export interface ProduceRequestTopicProduceData {
  /** The topic name. (versions 0-12) */
  name: string;
  /** The unique topic ID (versions 13+) */
  topicId: string;
  /** Each partition to produce to. (versions 0+) */
  partitionData: ProduceRequestPartitionProduceData[];
}

/** ProduceRequest PartitionProduceData, versions 0-13. */
export interface ProduceRequestPartitionProduceData {
  /** The partition index. (versions 0+) */
  index: number;
  /** The record data to be produced. (versions 0+, nullable 0+) */
  records: Buffer | null;
}

/** A fresh ProduceRequest with every field at its schema default. */
export function defaultProduceRequest(): ProduceRequest {
  return {
    transactionalId: null,
    acks: 0,
    timeoutMs: 0,
    topicData: [],
  };
}

/** A fresh ProduceRequestTopicProduceData with every field at its schema default. */
export function defaultProduceRequestTopicProduceData(): ProduceRequestTopicProduceData {
  return {
    name: '',
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitionData: [],
  };
}

/** A fresh ProduceRequestPartitionProduceData with every field at its schema default. */
export function defaultProduceRequestPartitionProduceData(): ProduceRequestPartitionProduceData {
  return {
    index: 0,
    records: null,
  };
}

function readProduceRequest_TopicData(r: Reader, version: number): ProduceRequestTopicProduceData[] {
  const n = version >= 9 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ProduceRequestTopicProduceData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readProduceRequestTopicProduceData(r, version));
  return items;
}

function readProduceRequest(r: Reader, version: number): ProduceRequest {
  r.field = 'TransactionalId';
  const fTransactionalId: string | null = version >= 3 ? (version >= 9 ? r.compactNullableString() : r.nullableString()) : null;
  r.field = 'Acks';
  const fAcks: number = r.int16();
  r.field = 'TimeoutMs';
  const fTimeoutMs: number = r.int32();
  r.field = 'TopicData';
  const fTopicData: ProduceRequestTopicProduceData[] = readProduceRequest_TopicData(r, version);
  if (version >= 9) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    transactionalId: fTransactionalId,
    acks: fAcks,
    timeoutMs: fTimeoutMs,
    topicData: fTopicData,
  };
}

function readProduceRequestTopicProduceData_PartitionData(r: Reader, version: number): ProduceRequestPartitionProduceData[] {
  const n = version >= 9 ? r.compactArrayLength(6) : r.arrayLength(6);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ProduceRequestPartitionProduceData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readProduceRequestPartitionProduceData(r, version));
  return items;
}

function readProduceRequestTopicProduceData(r: Reader, version: number): ProduceRequestTopicProduceData {
  r.field = 'TopicData.Name';
  const fName: string = version <= 12 ? (version >= 9 ? r.compactString() : r.string()) : '';
  r.field = 'TopicData.TopicId';
  const fTopicId: string = version >= 13 ? r.uuid() : 'AAAAAAAAAAAAAAAAAAAAAA';
  r.field = 'TopicData.PartitionData';
  const fPartitionData: ProduceRequestPartitionProduceData[] = readProduceRequestTopicProduceData_PartitionData(r, version);
  if (version >= 9) {
    r.field = 'TopicData._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    name: fName,
    topicId: fTopicId,
    partitionData: fPartitionData,
  };
}

function readProduceRequestPartitionProduceData(r: Reader, version: number): ProduceRequestPartitionProduceData {
  r.field = 'TopicData.PartitionData.Index';
  const fIndex: number = r.int32();
  r.field = 'TopicData.PartitionData.Records';
  const fRecords: Buffer | null = version >= 9 ? r.compactNullableBytes() : r.nullableBytes();
  if (version >= 9) {
    r.field = 'TopicData.PartitionData._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    index: fIndex,
    records: fRecords,
  };
}

function writeProduceRequest_TopicData(w: Writer, version: number, items: ProduceRequestTopicProduceData[]): void {
  version >= 9 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeProduceRequestTopicProduceData(w, version, item);
}

function writeProduceRequest(w: Writer, version: number, v: ProduceRequest): void {
  if (version >= 3) {
    version >= 9 ? w.compactNullableString(v.transactionalId) : w.nullableString(v.transactionalId);
  } else if (v.transactionalId !== null) {
    notInVersion('ProduceRequest', version, 'TransactionalId');
  }
  w.int16(v.acks);
  w.int32(v.timeoutMs);
  writeProduceRequest_TopicData(w, version, v.topicData);
  if (version >= 9) {
    w.uvarint(0);
  }
}

function writeProduceRequestTopicProduceData_PartitionData(w: Writer, version: number, items: ProduceRequestPartitionProduceData[]): void {
  version >= 9 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeProduceRequestPartitionProduceData(w, version, item);
}

function writeProduceRequestTopicProduceData(w: Writer, version: number, v: ProduceRequestTopicProduceData): void {
  if (version <= 12) {
    version >= 9 ? w.compactString(v.name) : w.string(v.name);
  }
  if (version >= 13) {
    w.uuid(v.topicId);
  }
  writeProduceRequestTopicProduceData_PartitionData(w, version, v.partitionData);
  if (version >= 9) {
    w.uvarint(0);
  }
}

function writeProduceRequestPartitionProduceData(w: Writer, version: number, v: ProduceRequestPartitionProduceData): void {
  w.int32(v.index);
  version >= 9 ? w.compactNullableBytes(v.records) : w.nullableBytes(v.records);
  if (version >= 9) {
    w.uvarint(0);
  }
}

export const ProduceRequestCodec: MessageCodec<ProduceRequest> = {
  name: 'ProduceRequest',
  apiKey: 0,
  minVersion: 0,
  maxVersion: 13,
  flexibleFrom: 9,
  decode(r: Reader, version: number): ProduceRequest {
    if (version < 0 || version > 13) {
      r.fail(`unsupported version ${version}`);
      return defaultProduceRequest();
    }
    return readProduceRequest(r, version);
  },
  encode(w: Writer, version: number, value: ProduceRequest): void {
    if (version < 0 || version > 13) unsupportedVersion('ProduceRequest', version, 0, 13);
    writeProduceRequest(w, version, value);
  },
  defaults: defaultProduceRequest,
};

/** ProduceResponse (response, API key 0), versions 0-13. */
export interface ProduceResponse {
  /** Each produce response. (versions 0+) */
  responses: ProduceResponseTopicProduceResponse[];
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+, default 0) */
  throttleTimeMs: number;
  /** Endpoints for all current-leaders enumerated in PartitionProduceResponses, with errors NOT_LEADER_OR_FOLLOWER. (versions 10+, tag 0 in 10+) */
  nodeEndpoints: ProduceResponseNodeEndpoint[];
}

/** ProduceResponse TopicProduceResponse, versions 0-13. */
export interface ProduceResponseTopicProduceResponse {
  /** The topic name. (versions 0-12) */
  name: string;
  /** The unique topic ID (versions 13+) */
  topicId: string;
  /** Each partition that we produced to within the topic. (versions 0+) */
  partitionResponses: ProduceResponsePartitionProduceResponse[];
}

/** ProduceResponse PartitionProduceResponse, versions 0-13. */
export interface ProduceResponsePartitionProduceResponse {
  /** The partition index. (versions 0+) */
  index: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The base offset. (versions 0+) */
  baseOffset: bigint;
  /** The timestamp returned by broker after appending the messages. If CreateTime is used for the topic, the timestamp will be -1. If LogAppendTime is used for the topic, the timestamp will be the broker local time when the messages are appended. (versions 2+, default -1) */
  logAppendTimeMs: bigint;
  /** The log start offset. (versions 5+, default -1) */
  logStartOffset: bigint;
  /** The batch indices of records that caused the batch to be dropped. (versions 8+) */
  recordErrors: ProduceResponseBatchIndexAndErrorMessage[];
  /** The global error message summarizing the common root cause of the records that caused the batch to be dropped. (versions 8+, nullable 8+, default null) */
  errorMessage: string | null;
  /** The leader broker that the producer should use for future requests. (versions 10+, tag 0 in 10+) */
  currentLeader: ProduceResponseLeaderIdAndEpoch;
}

/** ProduceResponse BatchIndexAndErrorMessage, versions 8-13. */
export interface ProduceResponseBatchIndexAndErrorMessage {
  /** The batch index of the record that caused the batch to be dropped. (versions 8+) */
  batchIndex: number;
  /** The error message of the record that caused the batch to be dropped. (versions 8+, nullable 8+, default null) */
  batchIndexErrorMessage: string | null;
}

/** ProduceResponse LeaderIdAndEpoch, versions 10-13. */
export interface ProduceResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. (versions 10+, default -1) */
  leaderId: number;
  /** The latest known leader epoch. (versions 10+, default -1) */
  leaderEpoch: number;
}

/** ProduceResponse NodeEndpoint, versions 10-13. */
export interface ProduceResponseNodeEndpoint {
  /** The ID of the associated node. (versions 10+) */
  nodeId: number;
  /** The node's hostname. (versions 10+) */
  host: string;
  /** The node's port. (versions 10+) */
  port: number;
  /** The rack of the node, or null if it has not been assigned to a rack. (versions 10+, nullable 10+, default null) */
  rack: string | null;
}

/** A fresh ProduceResponse with every field at its schema default. */
export function defaultProduceResponse(): ProduceResponse {
  return {
    responses: [],
    throttleTimeMs: 0,
    nodeEndpoints: [],
  };
}

/** A fresh ProduceResponseTopicProduceResponse with every field at its schema default. */
export function defaultProduceResponseTopicProduceResponse(): ProduceResponseTopicProduceResponse {
  return {
    name: '',
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    partitionResponses: [],
  };
}

/** A fresh ProduceResponsePartitionProduceResponse with every field at its schema default. */
export function defaultProduceResponsePartitionProduceResponse(): ProduceResponsePartitionProduceResponse {
  return {
    index: 0,
    errorCode: 0,
    baseOffset: 0n,
    logAppendTimeMs: -1n,
    logStartOffset: -1n,
    recordErrors: [],
    errorMessage: null,
    currentLeader: defaultProduceResponseLeaderIdAndEpoch(),
  };
}

/** A fresh ProduceResponseBatchIndexAndErrorMessage with every field at its schema default. */
export function defaultProduceResponseBatchIndexAndErrorMessage(): ProduceResponseBatchIndexAndErrorMessage {
  return {
    batchIndex: 0,
    batchIndexErrorMessage: null,
  };
}

/** A fresh ProduceResponseLeaderIdAndEpoch with every field at its schema default. */
export function defaultProduceResponseLeaderIdAndEpoch(): ProduceResponseLeaderIdAndEpoch {
  return {
    leaderId: -1,
    leaderEpoch: -1,
  };
}

/** A fresh ProduceResponseNodeEndpoint with every field at its schema default. */
export function defaultProduceResponseNodeEndpoint(): ProduceResponseNodeEndpoint {
  return {
    nodeId: 0,
    host: '',
    port: 0,
    rack: null,
  };
}

function readProduceResponse_Responses(r: Reader, version: number): ProduceResponseTopicProduceResponse[] {
  const n = version >= 9 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ProduceResponseTopicProduceResponse[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readProduceResponseTopicProduceResponse(r, version));
  return items;
}

function readProduceResponse_NodeEndpoints(r: Reader, version: number): ProduceResponseNodeEndpoint[] {
  const n = r.compactArrayLength(11);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ProduceResponseNodeEndpoint[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readProduceResponseNodeEndpoint(r, version));
  return items;
}

function readProduceResponse(r: Reader, version: number): ProduceResponse {
  r.field = 'Responses';
  const fResponses: ProduceResponseTopicProduceResponse[] = readProduceResponse_Responses(r, version);
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = version >= 1 ? r.int32() : 0;
  let fNodeEndpoints: ProduceResponseNodeEndpoint[] = [];
  if (version >= 9) {
    r.field = '_tagged_fields';
    const tagCount = r.uvarint();
    for (let i = 0; i < tagCount && !r.failed; i++) {
      const tag = r.uvarint();
      const size = r.uvarint();
      switch (tag) {
        case 0: {
          if (version >= 10) {
            r.field = 'NodeEndpoints';
            const end = r.pos + size;
            fNodeEndpoints = readProduceResponse_NodeEndpoints(r, version);
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
    responses: fResponses,
    throttleTimeMs: fThrottleTimeMs,
    nodeEndpoints: fNodeEndpoints,
  };
}

function readProduceResponseTopicProduceResponse_PartitionResponses(r: Reader, version: number): ProduceResponsePartitionProduceResponse[] {
  const n = version >= 9 ? r.compactArrayLength(14) : r.arrayLength(14);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ProduceResponsePartitionProduceResponse[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readProduceResponsePartitionProduceResponse(r, version));
  return items;
}

function readProduceResponseTopicProduceResponse(r: Reader, version: number): ProduceResponseTopicProduceResponse {
  r.field = 'Responses.Name';
  const fName: string = version <= 12 ? (version >= 9 ? r.compactString() : r.string()) : '';
  r.field = 'Responses.TopicId';
  const fTopicId: string = version >= 13 ? r.uuid() : 'AAAAAAAAAAAAAAAAAAAAAA';
  r.field = 'Responses.PartitionResponses';
  const fPartitionResponses: ProduceResponsePartitionProduceResponse[] = readProduceResponseTopicProduceResponse_PartitionResponses(r, version);
  if (version >= 9) {
    r.field = 'Responses._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    name: fName,
    topicId: fTopicId,
    partitionResponses: fPartitionResponses,
  };
}

function readProduceResponsePartitionProduceResponse_RecordErrors(r: Reader, version: number): ProduceResponseBatchIndexAndErrorMessage[] {
  const n = version >= 9 ? r.compactArrayLength(6) : r.arrayLength(6);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ProduceResponseBatchIndexAndErrorMessage[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readProduceResponseBatchIndexAndErrorMessage(r, version));
  return items;
}

function readProduceResponsePartitionProduceResponse(r: Reader, version: number): ProduceResponsePartitionProduceResponse {
  r.field = 'Responses.PartitionResponses.Index';
  const fIndex: number = r.int32();
  r.field = 'Responses.PartitionResponses.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Responses.PartitionResponses.BaseOffset';
  const fBaseOffset: bigint = r.int64();
  r.field = 'Responses.PartitionResponses.LogAppendTimeMs';
  const fLogAppendTimeMs: bigint = version >= 2 ? r.int64() : -1n;
  r.field = 'Responses.PartitionResponses.LogStartOffset';
  const fLogStartOffset: bigint = version >= 5 ? r.int64() : -1n;
  r.field = 'Responses.PartitionResponses.RecordErrors';
  const fRecordErrors: ProduceResponseBatchIndexAndErrorMessage[] = version >= 8 ? readProduceResponsePartitionProduceResponse_RecordErrors(r, version) : [];
  r.field = 'Responses.PartitionResponses.ErrorMessage';
  const fErrorMessage: string | null = version >= 8 ? (version >= 9 ? r.compactNullableString() : r.nullableString()) : null;
  let fCurrentLeader: ProduceResponseLeaderIdAndEpoch = defaultProduceResponseLeaderIdAndEpoch();
  if (version >= 9) {
    r.field = 'Responses.PartitionResponses._tagged_fields';
    const tagCount = r.uvarint();
    for (let i = 0; i < tagCount && !r.failed; i++) {
      const tag = r.uvarint();
      const size = r.uvarint();
      switch (tag) {
        case 0: {
          if (version >= 10) {
            r.field = 'Responses.PartitionResponses.CurrentLeader';
            const end = r.pos + size;
            fCurrentLeader = readProduceResponseLeaderIdAndEpoch(r, version);
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
    index: fIndex,
    errorCode: fErrorCode,
    baseOffset: fBaseOffset,
    logAppendTimeMs: fLogAppendTimeMs,
    logStartOffset: fLogStartOffset,
    recordErrors: fRecordErrors,
    errorMessage: fErrorMessage,
    currentLeader: fCurrentLeader,
  };
}

function readProduceResponseBatchIndexAndErrorMessage(r: Reader, version: number): ProduceResponseBatchIndexAndErrorMessage {
  r.field = 'Responses.PartitionResponses.RecordErrors.BatchIndex';
  const fBatchIndex: number = r.int32();
  r.field = 'Responses.PartitionResponses.RecordErrors.BatchIndexErrorMessage';
  const fBatchIndexErrorMessage: string | null = version >= 9 ? r.compactNullableString() : r.nullableString();
  if (version >= 9) {
    r.field = 'Responses.PartitionResponses.RecordErrors._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    batchIndex: fBatchIndex,
    batchIndexErrorMessage: fBatchIndexErrorMessage,
  };
}

function readProduceResponseLeaderIdAndEpoch(r: Reader, _version: number): ProduceResponseLeaderIdAndEpoch {
  r.field = 'Responses.PartitionResponses.CurrentLeader.LeaderId';
  const fLeaderId: number = r.int32();
  r.field = 'Responses.PartitionResponses.CurrentLeader.LeaderEpoch';
  const fLeaderEpoch: number = r.int32();
  r.field = 'Responses.PartitionResponses.CurrentLeader._tagged_fields';
  r.skipTaggedFields();
  return {
    leaderId: fLeaderId,
    leaderEpoch: fLeaderEpoch,
  };
}

function readProduceResponseNodeEndpoint(r: Reader, _version: number): ProduceResponseNodeEndpoint {
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

function writeProduceResponse_Responses(w: Writer, version: number, items: ProduceResponseTopicProduceResponse[]): void {
  version >= 9 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeProduceResponseTopicProduceResponse(w, version, item);
}

function writeProduceResponse_NodeEndpoints(w: Writer, version: number, items: ProduceResponseNodeEndpoint[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeProduceResponseNodeEndpoint(w, version, item);
}

function writeProduceResponse(w: Writer, version: number, v: ProduceResponse): void {
  writeProduceResponse_Responses(w, version, v.responses);
  if (version >= 1) {
    w.int32(v.throttleTimeMs);
  }
  if (!(version >= 10) && v.nodeEndpoints.length !== 0) notInVersion('ProduceResponse', version, 'NodeEndpoints');
  if (version >= 9) {
    const writeNodeEndpoints = version >= 10 && v.nodeEndpoints.length !== 0;
    w.uvarint((writeNodeEndpoints ? 1 : 0));
    if (writeNodeEndpoints) {
      writeTaggedField(w, 0, (w) => {
        writeProduceResponse_NodeEndpoints(w, version, v.nodeEndpoints);
      });
    }
  }
}

function writeProduceResponseTopicProduceResponse_PartitionResponses(w: Writer, version: number, items: ProduceResponsePartitionProduceResponse[]): void {
  version >= 9 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeProduceResponsePartitionProduceResponse(w, version, item);
}

function writeProduceResponseTopicProduceResponse(w: Writer, version: number, v: ProduceResponseTopicProduceResponse): void {
  if (version <= 12) {
    version >= 9 ? w.compactString(v.name) : w.string(v.name);
  }
  if (version >= 13) {
    w.uuid(v.topicId);
  }
  writeProduceResponseTopicProduceResponse_PartitionResponses(w, version, v.partitionResponses);
  if (version >= 9) {
    w.uvarint(0);
  }
}

function writeProduceResponsePartitionProduceResponse_RecordErrors(w: Writer, version: number, items: ProduceResponseBatchIndexAndErrorMessage[]): void {
  version >= 9 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeProduceResponseBatchIndexAndErrorMessage(w, version, item);
}

function writeProduceResponsePartitionProduceResponse(w: Writer, version: number, v: ProduceResponsePartitionProduceResponse): void {
  w.int32(v.index);
  w.int16(v.errorCode);
  w.int64(v.baseOffset);
  if (version >= 2) {
    w.int64(v.logAppendTimeMs);
  }
  if (version >= 5) {
    w.int64(v.logStartOffset);
  }
  if (version >= 8) {
    writeProduceResponsePartitionProduceResponse_RecordErrors(w, version, v.recordErrors);
  }
  if (version >= 8) {
    version >= 9 ? w.compactNullableString(v.errorMessage) : w.nullableString(v.errorMessage);
  }
  if (!(version >= 10) && !isDefaultProduceResponseLeaderIdAndEpoch(v.currentLeader)) notInVersion('ProduceResponse', version, 'Responses.PartitionResponses.CurrentLeader');
  if (version >= 9) {
    const writeCurrentLeader = version >= 10 && !isDefaultProduceResponseLeaderIdAndEpoch(v.currentLeader);
    w.uvarint((writeCurrentLeader ? 1 : 0));
    if (writeCurrentLeader) {
      writeTaggedField(w, 0, (w) => {
        writeProduceResponseLeaderIdAndEpoch(w, version, v.currentLeader);
      });
    }
  }
}

function writeProduceResponseBatchIndexAndErrorMessage(w: Writer, version: number, v: ProduceResponseBatchIndexAndErrorMessage): void {
  w.int32(v.batchIndex);
  version >= 9 ? w.compactNullableString(v.batchIndexErrorMessage) : w.nullableString(v.batchIndexErrorMessage);
  if (version >= 9) {
    w.uvarint(0);
  }
}

function writeProduceResponseLeaderIdAndEpoch(w: Writer, _version: number, v: ProduceResponseLeaderIdAndEpoch): void {
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  w.uvarint(0);
}

function writeProduceResponseNodeEndpoint(w: Writer, _version: number, v: ProduceResponseNodeEndpoint): void {
  w.int32(v.nodeId);
  w.compactString(v.host);
  w.int32(v.port);
  w.compactNullableString(v.rack);
  w.uvarint(0);
}

export const ProduceResponseCodec: MessageCodec<ProduceResponse> = {
  name: 'ProduceResponse',
  apiKey: 0,
  minVersion: 0,
  maxVersion: 13,
  flexibleFrom: 9,
  decode(r: Reader, version: number): ProduceResponse {
    if (version < 0 || version > 13) {
      r.fail(`unsupported version ${version}`);
      return defaultProduceResponse();
    }
    return readProduceResponse(r, version);
  },
  encode(w: Writer, version: number, value: ProduceResponse): void {
    if (version < 0 || version > 13) unsupportedVersion('ProduceResponse', version, 0, 13);
    writeProduceResponse(w, version, value);
  },
  defaults: defaultProduceResponse,
};

function isDefaultProduceResponseLeaderIdAndEpoch(v: ProduceResponseLeaderIdAndEpoch): boolean {
  return !(v.leaderId !== -1) &&
    !(v.leaderEpoch !== -1);
}
