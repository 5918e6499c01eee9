// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   BrokerRegistrationRequest.json, BrokerRegistrationResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, notInVersion, unsupportedVersion } from '../generator/runtime';

/** BrokerRegistrationRequest (request, API key 62), versions 0-4. */
export interface BrokerRegistrationRequest {
  /** The broker ID. (versions 0+) */
  brokerId: number;
  /** The cluster id of the broker process. (versions 0+) */
  clusterId: string;
  /** The incarnation id of the broker process. (versions 0+) */
  incarnationId: string;
  /** The listeners of this broker (versions 0+) */
  listeners: BrokerRegistrationRequestListener[];
  /** The features on this broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted. (versions 0+) */
  features: BrokerRegistrationRequestFeature[];
  /** The rack which this broker is in. (versions 0+, nullable 0+) */
  rack: string | null;
  /** If the required configurations for ZK migration are present, this value is set to true (versions 1+, default false) */
  isMigratingZkBroker: boolean;
  /** Log directories configured in this broker which are available. (versions 2+) */
  logDirs: string[];
  /** The epoch before a clean shutdown. (versions 3+, default -1) */
  previousBrokerEpoch: bigint;
}

/** BrokerRegistrationRequest Listener, versions 0-4. */
export interface BrokerRegistrationRequestListener {
  /** The name of the endpoint. (versions 0+) */
  name: string;
  /** The hostname. (versions 0+) */
  host: string;
  /** The port. (versions 0+) */
  port: number;
  /** The security protocol. (versions 0+) */
  securityProtocol: number;
}

/** BrokerRegistrationRequest Feature, versions 0-4. */
export interface BrokerRegistrationRequestFeature {
  /** The feature name. (versions 0+) */
  name: string;
  /** The minimum supported feature level. (versions 0+) */
  minSupportedVersion: number;
  /** The maximum supported feature level. (versions 0+) */
  maxSupportedVersion: number;
}

/** A fresh BrokerRegistrationRequest with every field at its schema default. */
export function defaultBrokerRegistrationRequest(): BrokerRegistrationRequest {
  return {
    brokerId: 0,
    clusterId: '',
    incarnationId: 'AAAAAAAAAAAAAAAAAAAAAA',
    listeners: [],
    features: [],
    rack: '',
    isMigratingZkBroker: false,
    logDirs: [],
    previousBrokerEpoch: -1n,
  };
}

/** A fresh BrokerRegistrationRequestListener with every field at its schema default. */
export function defaultBrokerRegistrationRequestListener(): BrokerRegistrationRequestListener {
  return {
    name: '',
    host: '',
    port: 0,
    securityProtocol: 0,
  };
}

/** A fresh BrokerRegistrationRequestFeature with every field at its schema default. */
export function defaultBrokerRegistrationRequestFeature(): BrokerRegistrationRequestFeature {
  return {
    name: '',
    minSupportedVersion: 0,
    maxSupportedVersion: 0,
  };
}

function readBrokerRegistrationRequest_Listeners(r: Reader, version: number): BrokerRegistrationRequestListener[] {
  const n = r.compactArrayLength(7);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: BrokerRegistrationRequestListener[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readBrokerRegistrationRequestListener(r, version));
  return items;
}

function readBrokerRegistrationRequest_Features(r: Reader, version: number): BrokerRegistrationRequestFeature[] {
  const n = r.compactArrayLength(6);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: BrokerRegistrationRequestFeature[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readBrokerRegistrationRequestFeature(r, version));
  return items;
}

function readBrokerRegistrationRequest_LogDirs(r: Reader, _version: number): string[] {
  const n = r.compactArrayLength(16);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: string[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.uuid());
  return items;
}

function readBrokerRegistrationRequest(r: Reader, version: number): BrokerRegistrationRequest {
  r.field = 'BrokerId';
  const fBrokerId: number = r.int32();
  r.field = 'ClusterId';
  const fClusterId: string = r.compactString();
  r.field = 'IncarnationId';
  const fIncarnationId: string = r.uuid();
  r.field = 'Listeners';
  const fListeners: BrokerRegistrationRequestListener[] = readBrokerRegistrationRequest_Listeners(r, version);
  r.field = 'Features';
  const fFeatures: BrokerRegistrationRequestFeature[] = readBrokerRegistrationRequest_Features(r, version);
  r.field = 'Rack';
  const fRack: string | null = r.compactNullableString();
  r.field = 'IsMigratingZkBroker';
  const fIsMigratingZkBroker: boolean = version >= 1 ? r.bool() : false;
  r.field = 'LogDirs';
  const fLogDirs: string[] = version >= 2 ? readBrokerRegistrationRequest_LogDirs(r, version) : [];
  r.field = 'PreviousBrokerEpoch';
  const fPreviousBrokerEpoch: bigint = version >= 3 ? r.int64() : -1n;
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    brokerId: fBrokerId,
    clusterId: fClusterId,
    incarnationId: fIncarnationId,
    listeners: fListeners,
    features: fFeatures,
    rack: fRack,
    isMigratingZkBroker: fIsMigratingZkBroker,
    logDirs: fLogDirs,
    previousBrokerEpoch: fPreviousBrokerEpoch,
  };
}

function readBrokerRegistrationRequestListener(r: Reader, _version: number): BrokerRegistrationRequestListener {
  r.field = 'Listeners.Name';
  const fName: string = r.compactString();
  r.field = 'Listeners.Host';
  const fHost: string = r.compactString();
  r.field = 'Listeners.Port';
  const fPort: number = r.uint16();
  r.field = 'Listeners.SecurityProtocol';
  const fSecurityProtocol: number = r.int16();
  r.field = 'Listeners._tagged_fields';
  r.skipTaggedFields();
  return {
    name: fName,
    host: fHost,
    port: fPort,
    securityProtocol: fSecurityProtocol,
  };
}

function readBrokerRegistrationRequestFeature(r: Reader, _version: number): BrokerRegistrationRequestFeature {
  r.field = 'Features.Name';
  const fName: string = r.compactString();
  r.field = 'Features.MinSupportedVersion';
  const fMinSupportedVersion: number = r.int16();
  r.field = 'Features.MaxSupportedVersion';
  const fMaxSupportedVersion: number = r.int16();
  r.field = 'Features._tagged_fields';
  r.skipTaggedFields();
  return {
    name: fName,
    minSupportedVersion: fMinSupportedVersion,
    maxSupportedVersion: fMaxSupportedVersion,
  };
}

function writeBrokerRegistrationRequest_Listeners(w: Writer, version: number, items: BrokerRegistrationRequestListener[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeBrokerRegistrationRequestListener(w, version, item);
}

function writeBrokerRegistrationRequest_Features(w: Writer, version: number, items: BrokerRegistrationRequestFeature[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeBrokerRegistrationRequestFeature(w, version, item);
}

function writeBrokerRegistrationRequest_LogDirs(w: Writer, _version: number, items: string[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.uuid(item);
}

function writeBrokerRegistrationRequest(w: Writer, version: number, v: BrokerRegistrationRequest): void {
  w.int32(v.brokerId);
  w.compactString(v.clusterId);
  w.uuid(v.incarnationId);
  writeBrokerRegistrationRequest_Listeners(w, version, v.listeners);
  writeBrokerRegistrationRequest_Features(w, version, v.features);
  w.compactNullableString(v.rack);
  if (version >= 1) {
    w.bool(v.isMigratingZkBroker);
  } else if (v.isMigratingZkBroker !== false) {
    notInVersion('BrokerRegistrationRequest', version, 'IsMigratingZkBroker');
  }
  if (version >= 2) {
    writeBrokerRegistrationRequest_LogDirs(w, version, v.logDirs);
  }
  if (version >= 3) {
    w.int64(v.previousBrokerEpoch);
  }
  w.uvarint(0);
}

function writeBrokerRegistrationRequestListener(w: Writer, _version: number, v: BrokerRegistrationRequestListener): void {
  w.compactString(v.name);
  w.compactString(v.host);
  w.uint16(v.port);
  w.int16(v.securityProtocol);
  w.uvarint(0);
}

function writeBrokerRegistrationRequestFeature(w: Writer, _version: number, v: BrokerRegistrationRequestFeature): void {
  w.compactString(v.name);
  w.int16(v.minSupportedVersion);
  w.int16(v.maxSupportedVersion);
  w.uvarint(0);
}

export const BrokerRegistrationRequestCodec: MessageCodec<BrokerRegistrationRequest> = {
  name: 'BrokerRegistrationRequest',
  apiKey: 62,
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 0,
  decode(r: Reader, version: number): BrokerRegistrationRequest {
    if (version < 0 || version > 4) {
      r.fail(`unsupported version ${version}`);
      return defaultBrokerRegistrationRequest();
    }
    return readBrokerRegistrationRequest(r, version);
  },
  encode(w: Writer, version: number, value: BrokerRegistrationRequest): void {
    if (version < 0 || version > 4) unsupportedVersion('BrokerRegistrationRequest', version, 0, 4);
    writeBrokerRegistrationRequest(w, version, value);
  },
  defaults: defaultBrokerRegistrationRequest,
};

/** BrokerRegistrationResponse (response, API key 62), versions 0-4. */
export interface BrokerRegistrationResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The broker's assigned epoch, or -1 if none was assigned. (versions 0+, default -1) */
  brokerEpoch: bigint;
}

/** A fresh BrokerRegistrationResponse with every field at its schema default. */
export function defaultBrokerRegistrationResponse(): BrokerRegistrationResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    brokerEpoch: -1n,
  };
}

function readBrokerRegistrationResponse(r: Reader, _version: number): BrokerRegistrationResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'BrokerEpoch';
  const fBrokerEpoch: bigint = r.int64();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
    brokerEpoch: fBrokerEpoch,
  };
}

function writeBrokerRegistrationResponse(w: Writer, _version: number, v: BrokerRegistrationResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.int64(v.brokerEpoch);
  w.uvarint(0);
}

export const BrokerRegistrationResponseCodec: MessageCodec<BrokerRegistrationResponse> = {
  name: 'BrokerRegistrationResponse',
  apiKey: 62,
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 0,
  decode(r: Reader, version: number): BrokerRegistrationResponse {
    if (version < 0 || version > 4) {
      r.fail(`unsupported version ${version}`);
      return defaultBrokerRegistrationResponse();
    }
    return readBrokerRegistrationResponse(r, version);
  },
  encode(w: Writer, version: number, value: BrokerRegistrationResponse): void {
    if (version < 0 || version > 4) unsupportedVersion('BrokerRegistrationResponse', version, 0, 4);
    writeBrokerRegistrationResponse(w, version, value);
  },
  defaults: defaultBrokerRegistrationResponse,
};
