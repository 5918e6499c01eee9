// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   BrokerHeartbeatRequest.json, BrokerHeartbeatResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, endTaggedField, notInVersion, unsupportedVersion, writeTaggedField } from '../generator/runtime';

/** BrokerHeartbeatRequest (request, API key 63), versions 0-1. */
export interface BrokerHeartbeatRequest {
  /** The broker ID. (versions 0+) */
  brokerId: number;
  /** The broker epoch. (versions 0+, default -1) */
  brokerEpoch: bigint;
  /** The highest metadata offset which the broker has reached. (versions 0+) */
  currentMetadataOffset: bigint;
  /** True if the broker wants to be fenced, false otherwise. (versions 0+) */
  wantFence: boolean;
  /** True if the broker wants to be shut down, false otherwise. (versions 0+) */
  wantShutDown: boolean;
  /** Log directories that failed and went offline. (versions 1+, tag 0 in 1+) */
  offlineLogDirs: string[];
}

/** A fresh BrokerHeartbeatRequest with every field at its schema default. */
export function defaultBrokerHeartbeatRequest(): BrokerHeartbeatRequest {
  return {
    brokerId: 0,
    brokerEpoch: -1n,
    currentMetadataOffset: 0n,
    wantFence: false,
    wantShutDown: false,
    offlineLogDirs: [],
  };
}

function readBrokerHeartbeatRequest_OfflineLogDirs(r: Reader, _version: number): string[] {
  const n = r.compactArrayLength(16);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: string[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.uuid());
  return items;
}

function readBrokerHeartbeatRequest(r: Reader, version: number): BrokerHeartbeatRequest {
  r.field = 'BrokerId';
  const fBrokerId: number = r.int32();
  r.field = 'BrokerEpoch';
  const fBrokerEpoch: bigint = r.int64();
  r.field = 'CurrentMetadataOffset';
  const fCurrentMetadataOffset: bigint = r.int64();
  r.field = 'WantFence';
  const fWantFence: boolean = r.bool();
  r.field = 'WantShutDown';
  const fWantShutDown: boolean = r.bool();
  let fOfflineLogDirs: string[] = [];
  r.field = '_tagged_fields';
  const tagCount = r.uvarint();
  for (let i = 0; i < tagCount && !r.failed; i++) {
    const tag = r.uvarint();
    const size = r.uvarint();
    switch (tag) {
      case 0: {
        if (version >= 1) {
          r.field = 'OfflineLogDirs';
          const end = r.pos + size;
          fOfflineLogDirs = readBrokerHeartbeatRequest_OfflineLogDirs(r, version);
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
    brokerId: fBrokerId,
    brokerEpoch: fBrokerEpoch,
    currentMetadataOffset: fCurrentMetadataOffset,
    wantFence: fWantFence,
    wantShutDown: fWantShutDown,
    offlineLogDirs: fOfflineLogDirs,
  };
}

function writeBrokerHeartbeatRequest_OfflineLogDirs(w: Writer, _version: number, items: string[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.uuid(item);
}

function writeBrokerHeartbeatRequest(w: Writer, version: number, v: BrokerHeartbeatRequest): void {
  w.int32(v.brokerId);
  w.int64(v.brokerEpoch);
  w.int64(v.currentMetadataOffset);
  w.bool(v.wantFence);
  w.bool(v.wantShutDown);
  if (!(version >= 1) && v.offlineLogDirs.length !== 0) notInVersion('BrokerHeartbeatRequest', version, 'OfflineLogDirs');
  const writeOfflineLogDirs = version >= 1 && v.offlineLogDirs.length !== 0;
  w.uvarint((writeOfflineLogDirs ? 1 : 0));
  if (writeOfflineLogDirs) {
    writeTaggedField(w, 0, (w) => {
      writeBrokerHeartbeatRequest_OfflineLogDirs(w, version, v.offlineLogDirs);
    });
  }
}

export const BrokerHeartbeatRequestCodec: MessageCodec<BrokerHeartbeatRequest> = {
  name: 'BrokerHeartbeatRequest',
  apiKey: 63,
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  decode(r: Reader, version: number): BrokerHeartbeatRequest {
    if (version < 0 || version > 1) {
      r.fail(`unsupported version ${version}`);
      return defaultBrokerHeartbeatRequest();
    }
    return readBrokerHeartbeatRequest(r, version);
  },
  encode(w: Writer, version: number, value: BrokerHeartbeatRequest): void {
    if (version < 0 || version > 1) unsupportedVersion('BrokerHeartbeatRequest', version, 0, 1);
    writeBrokerHeartbeatRequest(w, version, value);
  },
  defaults: defaultBrokerHeartbeatRequest,
};

/** BrokerHeartbeatResponse (response, API key 63), versions 0-1. */
export interface BrokerHeartbeatResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** True if the broker has approximately caught up with the latest metadata. (versions 0+, default false) */
  isCaughtUp: boolean;
  /** True if the broker is fenced. (versions 0+, default true) */
  isFenced: boolean;
  /** True if the broker should proceed with its shutdown. (versions 0+) */
  shouldShutDown: boolean;
}

/** A fresh BrokerHeartbeatResponse with every field at its schema default. */
export function defaultBrokerHeartbeatResponse(): BrokerHeartbeatResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    isCaughtUp: false,
    isFenced: true,
    shouldShutDown: false,
  };
}

function readBrokerHeartbeatResponse(r: Reader, _version: number): BrokerHeartbeatResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'IsCaughtUp';
  const fIsCaughtUp: boolean = r.bool();
  r.field = 'IsFenced';
  const fIsFenced: boolean = r.bool();
  r.field = 'ShouldShutDown';
  const fShouldShutDown: boolean = r.bool();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
    isCaughtUp: fIsCaughtUp,
    isFenced: fIsFenced,
    shouldShutDown: fShouldShutDown,
  };
}

function writeBrokerHeartbeatResponse(w: Writer, _version: number, v: BrokerHeartbeatResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.bool(v.isCaughtUp);
  w.bool(v.isFenced);
  w.bool(v.shouldShutDown);
  w.uvarint(0);
}

export const BrokerHeartbeatResponseCodec: MessageCodec<BrokerHeartbeatResponse> = {
  name: 'BrokerHeartbeatResponse',
  apiKey: 63,
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  decode(r: Reader, version: number): BrokerHeartbeatResponse {
    if (version < 0 || version > 1) {
      r.fail(`unsupported version ${version}`);
      return defaultBrokerHeartbeatResponse();
    }
    return readBrokerHeartbeatResponse(r, version);
  },
  encode(w: Writer, version: number, value: BrokerHeartbeatResponse): void {
    if (version < 0 || version > 1) unsupportedVersion('BrokerHeartbeatResponse', version, 0, 1);
    writeBrokerHeartbeatResponse(w, version, value);
  },
  defaults: defaultBrokerHeartbeatResponse,
};
