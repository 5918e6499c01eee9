// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   ControllerRegistrationRequest.json, ControllerRegistrationResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** ControllerRegistrationRequest (request, API key 70), versions 0. */
export interface ControllerRegistrationRequest {
  /** The ID of the controller to register. (versions 0+) */
  controllerId: number;
  /** The controller incarnation ID, which is unique to each process run. (versions 0+) */
  incarnationId: string;
  /** Set if the required configurations for ZK migration are present. (versions 0+) */
  zkMigrationReady: boolean;
  /** The listeners of this controller (versions 0+) */
  listeners: ControllerRegistrationRequestListener[];
  /** The features on this controller (versions 0+) */
  features: ControllerRegistrationRequestFeature[];
}

/** ControllerRegistrationRequest Listener, versions 0. */
export interface ControllerRegistrationRequestListener {
  /** The name of the endpoint. (versions 0+) */
  name: string;
  /** The hostname. (versions 0+) */
  host: string;
  /** The port. (versions 0+) */
  port: number;
  /** The security protocol. (versions 0+) */
  securityProtocol: number;
}

/** ControllerRegistrationRequest Feature, versions 0. */
export interface ControllerRegistrationRequestFeature {
  /** The feature name. (versions 0+) */
  name: string;
  /** The minimum supported feature level. (versions 0+) */
  minSupportedVersion: number;
  /** The maximum supported feature level. (versions 0+) */
  maxSupportedVersion: number;
}

/** A fresh ControllerRegistrationRequest with every field at its schema default. */
export function defaultControllerRegistrationRequest(): ControllerRegistrationRequest {
  return {
    controllerId: 0,
    incarnationId: 'AAAAAAAAAAAAAAAAAAAAAA',
    zkMigrationReady: false,
    listeners: [],
    features: [],
  };
}

/** A fresh ControllerRegistrationRequestListener with every field at its schema default. */
export function defaultControllerRegistrationRequestListener(): ControllerRegistrationRequestListener {
  return {
    name: '',
    host: '',
    port: 0,
    securityProtocol: 0,
  };
}

/** A fresh ControllerRegistrationRequestFeature with every field at its schema default. */
export function defaultControllerRegistrationRequestFeature(): ControllerRegistrationRequestFeature {
  return {
    name: '',
    minSupportedVersion: 0,
    maxSupportedVersion: 0,
  };
}

function readControllerRegistrationRequest_Listeners(r: Reader, version: number): ControllerRegistrationRequestListener[] {
  const n = r.compactArrayLength(7);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ControllerRegistrationRequestListener[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readControllerRegistrationRequestListener(r, version));
  return items;
}

function readControllerRegistrationRequest_Features(r: Reader, version: number): ControllerRegistrationRequestFeature[] {
  const n = r.compactArrayLength(6);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ControllerRegistrationRequestFeature[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readControllerRegistrationRequestFeature(r, version));
  return items;
}

function readControllerRegistrationRequest(r: Reader, version: number): ControllerRegistrationRequest {
  r.field = 'ControllerId';
  const fControllerId: number = r.int32();
  r.field = 'IncarnationId';
  const fIncarnationId: string = r.uuid();
  r.field = 'ZkMigrationReady';
  const fZkMigrationReady: boolean = r.bool();
  r.field = 'Listeners';
  const fListeners: ControllerRegistrationRequestListener[] = readControllerRegistrationRequest_Listeners(r, version);
  r.field = 'Features';
  const fFeatures: ControllerRegistrationRequestFeature[] = readControllerRegistrationRequest_Features(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    controllerId: fControllerId,
    incarnationId: fIncarnationId,
    zkMigrationReady: fZkMigrationReady,
    listeners: fListeners,
    features: fFeatures,
  };
}

function readControllerRegistrationRequestListener(r: Reader, _version: number): ControllerRegistrationRequestListener {
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

function readControllerRegistrationRequestFeature(r: Reader, _version: number): ControllerRegistrationRequestFeature {
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

function writeControllerRegistrationRequest_Listeners(w: Writer, version: number, items: ControllerRegistrationRequestListener[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeControllerRegistrationRequestListener(w, version, item);
}

function writeControllerRegistrationRequest_Features(w: Writer, version: number, items: ControllerRegistrationRequestFeature[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeControllerRegistrationRequestFeature(w, version, item);
}

function writeControllerRegistrationRequest(w: Writer, version: number, v: ControllerRegistrationRequest): void {
  w.int32(v.controllerId);
  w.uuid(v.incarnationId);
  w.bool(v.zkMigrationReady);
  writeControllerRegistrationRequest_Listeners(w, version, v.listeners);
  writeControllerRegistrationRequest_Features(w, version, v.features);
  w.uvarint(0);
}

function writeControllerRegistrationRequestListener(w: Writer, _version: number, v: ControllerRegistrationRequestListener): void {
  w.compactString(v.name);
  w.compactString(v.host);
  w.uint16(v.port);
  w.int16(v.securityProtocol);
  w.uvarint(0);
}

function writeControllerRegistrationRequestFeature(w: Writer, _version: number, v: ControllerRegistrationRequestFeature): void {
  w.compactString(v.name);
  w.int16(v.minSupportedVersion);
  w.int16(v.maxSupportedVersion);
  w.uvarint(0);
}

export const ControllerRegistrationRequestCodec: MessageCodec<ControllerRegistrationRequest> = {
  name: 'ControllerRegistrationRequest',
  apiKey: 70,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): ControllerRegistrationRequest {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultControllerRegistrationRequest();
    }
    return readControllerRegistrationRequest(r, version);
  },
  encode(w: Writer, version: number, value: ControllerRegistrationRequest): void {
    if (version < 0 || version > 0) unsupportedVersion('ControllerRegistrationRequest', version, 0, 0);
    writeControllerRegistrationRequest(w, version, value);
  },
  defaults: defaultControllerRegistrationRequest,
};

/** ControllerRegistrationResponse (response, API key 70), versions 0. */
export interface ControllerRegistrationResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The response error code. (versions 0+) */
  errorCode: number;
  /** The response error message, or null if there was no error. (versions 0+, nullable 0+) */
  errorMessage: string | null;
}

/** A fresh ControllerRegistrationResponse with every field at its schema default. */
export function defaultControllerRegistrationResponse(): ControllerRegistrationResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: '',
  };
}

function readControllerRegistrationResponse(r: Reader, _version: number): ControllerRegistrationResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'ErrorMessage';
  const fErrorMessage: string | null = r.compactNullableString();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
  };
}

function writeControllerRegistrationResponse(w: Writer, _version: number, v: ControllerRegistrationResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0);
}

export const ControllerRegistrationResponseCodec: MessageCodec<ControllerRegistrationResponse> = {
  name: 'ControllerRegistrationResponse',
  apiKey: 70,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): ControllerRegistrationResponse {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultControllerRegistrationResponse();
    }
    return readControllerRegistrationResponse(r, version);
  },
  encode(w: Writer, version: number, value: ControllerRegistrationResponse): void {
    if (version < 0 || version > 0) unsupportedVersion('ControllerRegistrationResponse', version, 0, 0);
    writeControllerRegistrationResponse(w, version, value);
  },
  defaults: defaultControllerRegistrationResponse,
};
