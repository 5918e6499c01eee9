// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0 (kafka-clients-4.4.0.jar, common/message/), its lowest versions
//   checked equal to apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99's (protocol/generator/overlay.ts)
//   DescribeClusterRequest.json, DescribeClusterResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, notInVersion, unsupportedVersion } from '../generator/runtime';

/** DescribeClusterRequest (request, API key 60), versions 0-2. */
export interface DescribeClusterRequest {
  /** Whether to include cluster authorized operations. (versions 0+) */
  includeClusterAuthorizedOperations: boolean;
  /** The endpoint type to describe. 1=brokers, 2=controllers. (versions 1+, default 1) */
  endpointType: number;
  /** Whether to include fenced brokers when listing brokers. (versions 2+) */
  includeFencedBrokers: boolean;
}

/** A fresh DescribeClusterRequest with every field at its schema default. */
export function defaultDescribeClusterRequest(): DescribeClusterRequest {
  return {
    includeClusterAuthorizedOperations: false,
    endpointType: 1,
    includeFencedBrokers: false,
  };
}

function readDescribeClusterRequest(r: Reader, version: number): DescribeClusterRequest {
  r.field = 'IncludeClusterAuthorizedOperations';
  const fIncludeClusterAuthorizedOperations: boolean = r.bool();
  r.field = 'EndpointType';
  const fEndpointType: number = version >= 1 ? r.int8() : 1;
  r.field = 'IncludeFencedBrokers';
  const fIncludeFencedBrokers: boolean = version >= 2 ? r.bool() : false;
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    includeClusterAuthorizedOperations: fIncludeClusterAuthorizedOperations,
    endpointType: fEndpointType,
    includeFencedBrokers: fIncludeFencedBrokers,
  };
}

function writeDescribeClusterRequest(w: Writer, version: number, v: DescribeClusterRequest): void {
  w.bool(v.includeClusterAuthorizedOperations);
  if (version >= 1) {
    w.int8(v.endpointType);
  } else if (v.endpointType !== 1) {
    notInVersion('DescribeClusterRequest', version, 'EndpointType');
  }
  if (version >= 2) {
    w.bool(v.includeFencedBrokers);
  } else if (v.includeFencedBrokers !== false) {
    notInVersion('DescribeClusterRequest', version, 'IncludeFencedBrokers');
  }
  w.uvarint(0);
}

export const DescribeClusterRequestCodec: MessageCodec<DescribeClusterRequest> = {
  name: 'DescribeClusterRequest',
  apiKey: 60,
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 0,
  decode(r: Reader, version: number): DescribeClusterRequest {
    if (version < 0 || version > 2) {
      r.fail(`unsupported version ${version}`);
      return defaultDescribeClusterRequest();
    }
    return readDescribeClusterRequest(r, version);
  },
  encode(w: Writer, version: number, value: DescribeClusterRequest): void {
    if (version < 0 || version > 2) unsupportedVersion('DescribeClusterRequest', version, 0, 2);
    writeDescribeClusterRequest(w, version, value);
  },
  defaults: defaultDescribeClusterRequest,
};

/** DescribeClusterResponse (response, API key 60), versions 0-2. */
export interface DescribeClusterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The top-level error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The top-level error message, or null if there was no error. (versions 0+, nullable 0+, default null) */
  errorMessage: string | null;
  /** The endpoint type that was described. 1=brokers, 2=controllers. (versions 1+, default 1) */
  endpointType: number;
  /** The cluster ID that responding broker belongs to. (versions 0+) */
  clusterId: string;
  /** The ID of the controller. When handled by a controller, returns the current voter leader ID. When handled by a broker, returns a random alive broker ID as a fallback. (versions 0+, default -1) */
  controllerId: number;
  /** Each broker in the response. (versions 0+) */
  brokers: DescribeClusterResponseDescribeClusterBroker[];
  /** 32-bit bitfield to represent authorized operations for this cluster. (versions 0+, default -2147483648) */
  clusterAuthorizedOperations: number;
}

/** DescribeClusterResponse DescribeClusterBroker, versions 0-2. */
export interface DescribeClusterResponseDescribeClusterBroker {
  /** The broker ID. (versions 0+) */
  brokerId: number;
  /** The broker hostname. (versions 0+) */
  host: string;
  /** The broker port. (versions 0+) */
  port: number;
  /** The rack of the broker, or null if it has not been assigned to a rack. (versions 0+, nullable 0+, default null) */
  rack: string | null;
  /** Whether the broker is fenced (versions 2+) */
  isFenced: boolean;
}

/** A fresh DescribeClusterResponse with every field at its schema default. */
export function defaultDescribeClusterResponse(): DescribeClusterResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: null,
    endpointType: 1,
    clusterId: '',
    controllerId: -1,
    brokers: [],
    clusterAuthorizedOperations: -2147483648,
  };
}

/** A fresh DescribeClusterResponseDescribeClusterBroker with every field at its schema default. */
export function defaultDescribeClusterResponseDescribeClusterBroker(): DescribeClusterResponseDescribeClusterBroker {
  return {
    brokerId: 0,
    host: '',
    port: 0,
    rack: null,
    isFenced: false,
  };
}

function readDescribeClusterResponse_Brokers(r: Reader, version: number): DescribeClusterResponseDescribeClusterBroker[] {
  const n = r.compactArrayLength(11);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeClusterResponseDescribeClusterBroker[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeClusterResponseDescribeClusterBroker(r, version));
  return items;
}

function readDescribeClusterResponse(r: Reader, version: number): DescribeClusterResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'ErrorMessage';
  const fErrorMessage: string | null = r.compactNullableString();
  r.field = 'EndpointType';
  const fEndpointType: number = version >= 1 ? r.int8() : 1;
  r.field = 'ClusterId';
  const fClusterId: string = r.compactString();
  r.field = 'ControllerId';
  const fControllerId: number = r.int32();
  r.field = 'Brokers';
  const fBrokers: DescribeClusterResponseDescribeClusterBroker[] = readDescribeClusterResponse_Brokers(r, version);
  r.field = 'ClusterAuthorizedOperations';
  const fClusterAuthorizedOperations: number = r.int32();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
    endpointType: fEndpointType,
    clusterId: fClusterId,
    controllerId: fControllerId,
    brokers: fBrokers,
    clusterAuthorizedOperations: fClusterAuthorizedOperations,
  };
}

function readDescribeClusterResponseDescribeClusterBroker(r: Reader, version: number): DescribeClusterResponseDescribeClusterBroker {
  r.field = 'Brokers.BrokerId';
  const fBrokerId: number = r.int32();
  r.field = 'Brokers.Host';
  const fHost: string = r.compactString();
  r.field = 'Brokers.Port';
  const fPort: number = r.int32();
  r.field = 'Brokers.Rack';
  const fRack: string | null = r.compactNullableString();
  r.field = 'Brokers.IsFenced';
  const fIsFenced: boolean = version >= 2 ? r.bool() : false;
  r.field = 'Brokers._tagged_fields';
  r.skipTaggedFields();
  return {
    brokerId: fBrokerId,
    host: fHost,
    port: fPort,
    rack: fRack,
    isFenced: fIsFenced,
  };
}

function writeDescribeClusterResponse_Brokers(w: Writer, version: number, items: DescribeClusterResponseDescribeClusterBroker[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeDescribeClusterResponseDescribeClusterBroker(w, version, item);
}

function writeDescribeClusterResponse(w: Writer, version: number, v: DescribeClusterResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  if (version >= 1) {
    w.int8(v.endpointType);
  } else if (v.endpointType !== 1) {
    notInVersion('DescribeClusterResponse', version, 'EndpointType');
  }
  w.compactString(v.clusterId);
  w.int32(v.controllerId);
  writeDescribeClusterResponse_Brokers(w, version, v.brokers);
  w.int32(v.clusterAuthorizedOperations);
  w.uvarint(0);
}

function writeDescribeClusterResponseDescribeClusterBroker(w: Writer, version: number, v: DescribeClusterResponseDescribeClusterBroker): void {
  w.int32(v.brokerId);
  w.compactString(v.host);
  w.int32(v.port);
  w.compactNullableString(v.rack);
  if (version >= 2) {
    w.bool(v.isFenced);
  } else if (v.isFenced !== false) {
    notInVersion('DescribeClusterResponse', version, 'Brokers.IsFenced');
  }
  w.uvarint(0);
}

export const DescribeClusterResponseCodec: MessageCodec<DescribeClusterResponse> = {
  name: 'DescribeClusterResponse',
  apiKey: 60,
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 0,
  decode(r: Reader, version: number): DescribeClusterResponse {
    if (version < 0 || version > 2) {
      r.fail(`unsupported version ${version}`);
      return defaultDescribeClusterResponse();
    }
    return readDescribeClusterResponse(r, version);
  },
  encode(w: Writer, version: number, value: DescribeClusterResponse): void {
    if (version < 0 || version > 2) unsupportedVersion('DescribeClusterResponse', version, 0, 2);
    writeDescribeClusterResponse(w, version, value);
  },
  defaults: defaultDescribeClusterResponse,
};
