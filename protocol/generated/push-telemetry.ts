// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   PushTelemetryRequest.json, PushTelemetryResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, EMPTY_BYTES, unsupportedVersion } from '../generator/runtime';

/** PushTelemetryRequest (request, API key 72), versions 0. */
export interface PushTelemetryRequest {
  /** Unique id for this client instance. (versions 0+) */
  clientInstanceId: string;
  /** Unique identifier for the current subscription. (versions 0+) */
  subscriptionId: number;
  /** Client is terminating the connection. (versions 0+) */
  terminating: boolean;
  /** Compression codec used to compress the metrics. (versions 0+) */
  compressionType: number;
  /** Metrics encoded in OpenTelemetry MetricsData v1 protobuf format. (versions 0+) */
  metrics: Buffer;
}

/** A fresh PushTelemetryRequest with every field at its schema default. */
export function defaultPushTelemetryRequest(): PushTelemetryRequest {
  return {
    clientInstanceId: 'AAAAAAAAAAAAAAAAAAAAAA',
    subscriptionId: 0,
    terminating: false,
    compressionType: 0,
    metrics: EMPTY_BYTES,
  };
}

function readPushTelemetryRequest(r: Reader, _version: number): PushTelemetryRequest {
  r.field = 'ClientInstanceId';
  const fClientInstanceId: string = r.uuid();
  r.field = 'SubscriptionId';
  const fSubscriptionId: number = r.int32();
  r.field = 'Terminating';
  const fTerminating: boolean = r.bool();
  r.field = 'CompressionType';
  const fCompressionType: number = r.int8();
  r.field = 'Metrics';
  const fMetrics: Buffer = r.compactBytes();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    clientInstanceId: fClientInstanceId,
    subscriptionId: fSubscriptionId,
    terminating: fTerminating,
    compressionType: fCompressionType,
    metrics: fMetrics,
  };
}

function writePushTelemetryRequest(w: Writer, _version: number, v: PushTelemetryRequest): void {
  w.uuid(v.clientInstanceId);
  w.int32(v.subscriptionId);
  w.bool(v.terminating);
  w.int8(v.compressionType);
  w.compactBytes(v.metrics);
  w.uvarint(0);
}

export const PushTelemetryRequestCodec: MessageCodec<PushTelemetryRequest> = {
  name: 'PushTelemetryRequest',
  apiKey: 72,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): PushTelemetryRequest {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultPushTelemetryRequest();
    }
    return readPushTelemetryRequest(r, version);
  },
  encode(w: Writer, version: number, value: PushTelemetryRequest): void {
    if (version < 0 || version > 0) unsupportedVersion('PushTelemetryRequest', version, 0, 0);
    writePushTelemetryRequest(w, version, value);
  },
  defaults: defaultPushTelemetryRequest,
};

/** PushTelemetryResponse (response, API key 72), versions 0. */
export interface PushTelemetryResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
}

/** A fresh PushTelemetryResponse with every field at its schema default. */
export function defaultPushTelemetryResponse(): PushTelemetryResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
  };
}

function readPushTelemetryResponse(r: Reader, _version: number): PushTelemetryResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
  };
}

function writePushTelemetryResponse(w: Writer, _version: number, v: PushTelemetryResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.uvarint(0);
}

export const PushTelemetryResponseCodec: MessageCodec<PushTelemetryResponse> = {
  name: 'PushTelemetryResponse',
  apiKey: 72,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): PushTelemetryResponse {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultPushTelemetryResponse();
    }
    return readPushTelemetryResponse(r, version);
  },
  encode(w: Writer, version: number, value: PushTelemetryResponse): void {
    if (version < 0 || version > 0) unsupportedVersion('PushTelemetryResponse', version, 0, 0);
    writePushTelemetryResponse(w, version, value);
  },
  defaults: defaultPushTelemetryResponse,
};
