// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   GetTelemetrySubscriptionsRequest.json, GetTelemetrySubscriptionsResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** GetTelemetrySubscriptionsRequest (request, API key 71), versions 0. */
export interface GetTelemetrySubscriptionsRequest {
  /** Unique id for this client instance, must be set to 0 on the first request. (versions 0+) */
  clientInstanceId: string;
}

/** A fresh GetTelemetrySubscriptionsRequest with every field at its schema default. */
export function defaultGetTelemetrySubscriptionsRequest(): GetTelemetrySubscriptionsRequest {
  return {
    clientInstanceId: 'AAAAAAAAAAAAAAAAAAAAAA',
  };
}

function readGetTelemetrySubscriptionsRequest(r: Reader, _version: number): GetTelemetrySubscriptionsRequest {
  r.field = 'ClientInstanceId';
  const fClientInstanceId: string = r.uuid();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    clientInstanceId: fClientInstanceId,
  };
}

function writeGetTelemetrySubscriptionsRequest(w: Writer, _version: number, v: GetTelemetrySubscriptionsRequest): void {
  w.uuid(v.clientInstanceId);
  w.uvarint(0);
}

export const GetTelemetrySubscriptionsRequestCodec: MessageCodec<GetTelemetrySubscriptionsRequest> = {
  name: 'GetTelemetrySubscriptionsRequest',
  apiKey: 71,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): GetTelemetrySubscriptionsRequest {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultGetTelemetrySubscriptionsRequest();
    }
    return readGetTelemetrySubscriptionsRequest(r, version);
  },
  encode(w: Writer, version: number, value: GetTelemetrySubscriptionsRequest): void {
    if (version < 0 || version > 0) unsupportedVersion('GetTelemetrySubscriptionsRequest', version, 0, 0);
    writeGetTelemetrySubscriptionsRequest(w, version, value);
  },
  defaults: defaultGetTelemetrySubscriptionsRequest,
};

/** GetTelemetrySubscriptionsResponse (response, API key 71), versions 0. */
export interface GetTelemetrySubscriptionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** Assigned client instance id if ClientInstanceId was 0 in the request, else 0. (versions 0+) */
  clientInstanceId: string;
  /** Unique identifier for the current subscription set for this client instance. (versions 0+) */
  subscriptionId: number;
  /** Compression types that broker accepts for the PushTelemetryRequest. (versions 0+) */
  acceptedCompressionTypes: number[];
  /** Configured push interval, which is the lowest configured interval in the current subscription set. (versions 0+) */
  pushIntervalMs: number;
  /** The maximum bytes of binary data the broker accepts in PushTelemetryRequest. (versions 0+) */
  telemetryMaxBytes: number;
  /** Flag to indicate monotonic/counter metrics are to be emitted as deltas or cumulative values (versions 0+) */
  deltaTemporality: boolean;
  /** Requested metrics prefix string match. Empty array: No metrics subscribed, Array[0] empty string: All metrics subscribed. (versions 0+) */
  requestedMetrics: string[];
}

/** A fresh GetTelemetrySubscriptionsResponse with every field at its schema default. */
export function defaultGetTelemetrySubscriptionsResponse(): GetTelemetrySubscriptionsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    clientInstanceId: 'AAAAAAAAAAAAAAAAAAAAAA',
    subscriptionId: 0,
    acceptedCompressionTypes: [],
    pushIntervalMs: 0,
    telemetryMaxBytes: 0,
    deltaTemporality: false,
    requestedMetrics: [],
  };
}

function readGetTelemetrySubscriptionsResponse_AcceptedCompressionTypes(r: Reader, _version: number): number[] {
  const n = r.compactArrayLength(1);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int8());
  return items;
}

function readGetTelemetrySubscriptionsResponse_RequestedMetrics(r: Reader, _version: number): string[] {
  const n = r.compactArrayLength(1);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: string[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.compactString());
  return items;
}

function readGetTelemetrySubscriptionsResponse(r: Reader, version: number): GetTelemetrySubscriptionsResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'ClientInstanceId';
  const fClientInstanceId: string = r.uuid();
  r.field = 'SubscriptionId';
  const fSubscriptionId: number = r.int32();
  r.field = 'AcceptedCompressionTypes';
  const fAcceptedCompressionTypes: number[] = readGetTelemetrySubscriptionsResponse_AcceptedCompressionTypes(r, version);
  r.field = 'PushIntervalMs';
  const fPushIntervalMs: number = r.int32();
  r.field = 'TelemetryMaxBytes';
  const fTelemetryMaxBytes: number = r.int32();
  r.field = 'DeltaTemporality';
  const fDeltaTemporality: boolean = r.bool();
  r.field = 'RequestedMetrics';
  const fRequestedMetrics: string[] = readGetTelemetrySubscriptionsResponse_RequestedMetrics(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
    clientInstanceId: fClientInstanceId,
    subscriptionId: fSubscriptionId,
    acceptedCompressionTypes: fAcceptedCompressionTypes,
    pushIntervalMs: fPushIntervalMs,
    telemetryMaxBytes: fTelemetryMaxBytes,
    deltaTemporality: fDeltaTemporality,
    requestedMetrics: fRequestedMetrics,
  };
}

function writeGetTelemetrySubscriptionsResponse_AcceptedCompressionTypes(w: Writer, _version: number, items: number[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.int8(item);
}

function writeGetTelemetrySubscriptionsResponse_RequestedMetrics(w: Writer, _version: number, items: string[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.compactString(item);
}

function writeGetTelemetrySubscriptionsResponse(w: Writer, version: number, v: GetTelemetrySubscriptionsResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.uuid(v.clientInstanceId);
  w.int32(v.subscriptionId);
  writeGetTelemetrySubscriptionsResponse_AcceptedCompressionTypes(w, version, v.acceptedCompressionTypes);
  w.int32(v.pushIntervalMs);
  w.int32(v.telemetryMaxBytes);
  w.bool(v.deltaTemporality);
  writeGetTelemetrySubscriptionsResponse_RequestedMetrics(w, version, v.requestedMetrics);
  w.uvarint(0);
}

export const GetTelemetrySubscriptionsResponseCodec: MessageCodec<GetTelemetrySubscriptionsResponse> = {
  name: 'GetTelemetrySubscriptionsResponse',
  apiKey: 71,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): GetTelemetrySubscriptionsResponse {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultGetTelemetrySubscriptionsResponse();
    }
    return readGetTelemetrySubscriptionsResponse(r, version);
  },
  encode(w: Writer, version: number, value: GetTelemetrySubscriptionsResponse): void {
    if (version < 0 || version > 0) unsupportedVersion('GetTelemetrySubscriptionsResponse', version, 0, 0);
    writeGetTelemetrySubscriptionsResponse(w, version, value);
  },
  defaults: defaultGetTelemetrySubscriptionsResponse,
};
