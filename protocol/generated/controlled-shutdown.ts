// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   ControlledShutdownRequest.json, ControlledShutdownResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** ControlledShutdownRequest (request, API key 7), versions 0-3. */
export interface ControlledShutdownRequest {
  /** The id of the broker for which controlled shutdown has been requested. (versions 0+) */
  brokerId: number;
  /** The broker epoch. (versions 2+, default -1) */
  brokerEpoch: bigint;
}

/** A fresh ControlledShutdownRequest with every field at its schema default. */
export function defaultControlledShutdownRequest(): ControlledShutdownRequest {
  return {
    brokerId: 0,
    brokerEpoch: -1n,
  };
}

function readControlledShutdownRequest(r: Reader, version: number): ControlledShutdownRequest {
  r.field = 'BrokerId';
  const fBrokerId: number = r.int32();
  r.field = 'BrokerEpoch';
  const fBrokerEpoch: bigint = version >= 2 ? r.int64() : -1n;
  if (version >= 3) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    brokerId: fBrokerId,
    brokerEpoch: fBrokerEpoch,
  };
}

function writeControlledShutdownRequest(w: Writer, version: number, v: ControlledShutdownRequest): void {
  w.int32(v.brokerId);
  if (version >= 2) {
    w.int64(v.brokerEpoch);
  }
  if (version >= 3) {
    w.uvarint(0);
  }
}

export const ControlledShutdownRequestCodec: MessageCodec<ControlledShutdownRequest> = {
  name: 'ControlledShutdownRequest',
  apiKey: 7,
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 3,
  decode(r: Reader, version: number): ControlledShutdownRequest {
    if (version < 0 || version > 3) {
      r.fail(`unsupported version ${version}`);
      return defaultControlledShutdownRequest();
    }
    return readControlledShutdownRequest(r, version);
  },
  encode(w: Writer, version: number, value: ControlledShutdownRequest): void {
    if (version < 0 || version > 3) unsupportedVersion('ControlledShutdownRequest', version, 0, 3);
    writeControlledShutdownRequest(w, version, value);
  },
  defaults: defaultControlledShutdownRequest,
};

/** ControlledShutdownResponse (response, API key 7), versions 0-3. */
export interface ControlledShutdownResponse {
  /** The top-level error code. (versions 0+) */
  errorCode: number;
  /** The partitions that the broker still leads. (versions 0+) */
  remainingPartitions: ControlledShutdownResponseRemainingPartition[];
}

/** ControlledShutdownResponse RemainingPartition, versions 0-3. */
export interface ControlledShutdownResponseRemainingPartition {
  /** The name of the topic. (versions 0+) */
  topicName: string;
  /** The index of the partition. (versions 0+) */
  partitionIndex: number;
}

/** A fresh ControlledShutdownResponse with every field at its schema default. */
export function defaultControlledShutdownResponse(): ControlledShutdownResponse {
  return {
    errorCode: 0,
    remainingPartitions: [],
  };
}

/** A fresh ControlledShutdownResponseRemainingPartition with every field at its schema default. */
export function defaultControlledShutdownResponseRemainingPartition(): ControlledShutdownResponseRemainingPartition {
  return {
    topicName: '',
    partitionIndex: 0,
  };
}

function readControlledShutdownResponse_RemainingPartitions(r: Reader, version: number): ControlledShutdownResponseRemainingPartition[] {
  const n = version >= 3 ? r.compactArrayLength(6) : r.arrayLength(6);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ControlledShutdownResponseRemainingPartition[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readControlledShutdownResponseRemainingPartition(r, version));
  return items;
}

function readControlledShutdownResponse(r: Reader, version: number): ControlledShutdownResponse {
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'RemainingPartitions';
  const fRemainingPartitions: ControlledShutdownResponseRemainingPartition[] = readControlledShutdownResponse_RemainingPartitions(r, version);
  if (version >= 3) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    errorCode: fErrorCode,
    remainingPartitions: fRemainingPartitions,
  };
}

function readControlledShutdownResponseRemainingPartition(r: Reader, version: number): ControlledShutdownResponseRemainingPartition {
  r.field = 'RemainingPartitions.TopicName';
  const fTopicName: string = version >= 3 ? r.compactString() : r.string();
  r.field = 'RemainingPartitions.PartitionIndex';
  const fPartitionIndex: number = r.int32();
  if (version >= 3) {
    r.field = 'RemainingPartitions._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    topicName: fTopicName,
    partitionIndex: fPartitionIndex,
  };
}

function writeControlledShutdownResponse_RemainingPartitions(w: Writer, version: number, items: ControlledShutdownResponseRemainingPartition[]): void {
  version >= 3 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeControlledShutdownResponseRemainingPartition(w, version, item);
}

function writeControlledShutdownResponse(w: Writer, version: number, v: ControlledShutdownResponse): void {
  w.int16(v.errorCode);
  writeControlledShutdownResponse_RemainingPartitions(w, version, v.remainingPartitions);
  if (version >= 3) {
    w.uvarint(0);
  }
}

function writeControlledShutdownResponseRemainingPartition(w: Writer, version: number, v: ControlledShutdownResponseRemainingPartition): void {
  version >= 3 ? w.compactString(v.topicName) : w.string(v.topicName);
  w.int32(v.partitionIndex);
  if (version >= 3) {
    w.uvarint(0);
  }
}

export const ControlledShutdownResponseCodec: MessageCodec<ControlledShutdownResponse> = {
  name: 'ControlledShutdownResponse',
  apiKey: 7,
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 3,
  decode(r: Reader, version: number): ControlledShutdownResponse {
    if (version < 0 || version > 3) {
      r.fail(`unsupported version ${version}`);
      return defaultControlledShutdownResponse();
    }
    return readControlledShutdownResponse(r, version);
  },
  encode(w: Writer, version: number, value: ControlledShutdownResponse): void {
    if (version < 0 || version > 3) unsupportedVersion('ControlledShutdownResponse', version, 0, 3);
    writeControlledShutdownResponse(w, version, value);
  },
  defaults: defaultControlledShutdownResponse,
};
