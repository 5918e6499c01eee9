// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   AddRaftVoterRequest.json, AddRaftVoterResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** AddRaftVoterRequest (request, API key 80), versions 0. */
export interface AddRaftVoterRequest {
  /** (versions 0+, nullable 0+) */
  clusterId: string | null;
  /** (versions 0+) */
  timeoutMs: number;
  /** The replica id of the voter getting added to the topic partition (versions 0+) */
  voterId: number;
  /** The directory id of the voter getting added to the topic partition (versions 0+) */
  voterDirectoryId: string;
  /** The endpoints that can be used to communicate with the voter (versions 0+) */
  listeners: AddRaftVoterRequestListener[];
}

/** AddRaftVoterRequest Listener, versions 0. */
export interface AddRaftVoterRequestListener {
  /** The name of the endpoint (versions 0+) */
  name: string;
  /** The hostname (versions 0+) */
  host: string;
  /** The port (versions 0+) */
  port: number;
}

/** A fresh AddRaftVoterRequest with every field at its schema default. */
export function defaultAddRaftVoterRequest(): AddRaftVoterRequest {
  return {
    clusterId: '',
    timeoutMs: 0,
    voterId: 0,
    voterDirectoryId: 'AAAAAAAAAAAAAAAAAAAAAA',
    listeners: [],
  };
}

/** A fresh AddRaftVoterRequestListener with every field at its schema default. */
export function defaultAddRaftVoterRequestListener(): AddRaftVoterRequestListener {
  return {
    name: '',
    host: '',
    port: 0,
  };
}

function readAddRaftVoterRequest_Listeners(r: Reader, version: number): AddRaftVoterRequestListener[] {
  const n = r.compactArrayLength(5);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AddRaftVoterRequestListener[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAddRaftVoterRequestListener(r, version));
  return items;
}

function readAddRaftVoterRequest(r: Reader, version: number): AddRaftVoterRequest {
  r.field = 'ClusterId';
  const fClusterId: string | null = r.compactNullableString();
  r.field = 'TimeoutMs';
  const fTimeoutMs: number = r.int32();
  r.field = 'VoterId';
  const fVoterId: number = r.int32();
  r.field = 'VoterDirectoryId';
  const fVoterDirectoryId: string = r.uuid();
  r.field = 'Listeners';
  const fListeners: AddRaftVoterRequestListener[] = readAddRaftVoterRequest_Listeners(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    clusterId: fClusterId,
    timeoutMs: fTimeoutMs,
    voterId: fVoterId,
    voterDirectoryId: fVoterDirectoryId,
    listeners: fListeners,
  };
}

function readAddRaftVoterRequestListener(r: Reader, _version: number): AddRaftVoterRequestListener {
  r.field = 'Listeners.Name';
  const fName: string = r.compactString();
  r.field = 'Listeners.Host';
  const fHost: string = r.compactString();
  r.field = 'Listeners.Port';
  const fPort: number = r.uint16();
  r.field = 'Listeners._tagged_fields';
  r.skipTaggedFields();
  return {
    name: fName,
    host: fHost,
    port: fPort,
  };
}

function writeAddRaftVoterRequest_Listeners(w: Writer, version: number, items: AddRaftVoterRequestListener[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeAddRaftVoterRequestListener(w, version, item);
}

function writeAddRaftVoterRequest(w: Writer, version: number, v: AddRaftVoterRequest): void {
  w.compactNullableString(v.clusterId);
  w.int32(v.timeoutMs);
  w.int32(v.voterId);
  w.uuid(v.voterDirectoryId);
  writeAddRaftVoterRequest_Listeners(w, version, v.listeners);
  w.uvarint(0);
}

function writeAddRaftVoterRequestListener(w: Writer, _version: number, v: AddRaftVoterRequestListener): void {
  w.compactString(v.name);
  w.compactString(v.host);
  w.uint16(v.port);
  w.uvarint(0);
}

export const AddRaftVoterRequestCodec: MessageCodec<AddRaftVoterRequest> = {
  name: 'AddRaftVoterRequest',
  apiKey: 80,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): AddRaftVoterRequest {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultAddRaftVoterRequest();
    }
    return readAddRaftVoterRequest(r, version);
  },
  encode(w: Writer, version: number, value: AddRaftVoterRequest): void {
    if (version < 0 || version > 0) unsupportedVersion('AddRaftVoterRequest', version, 0, 0);
    writeAddRaftVoterRequest(w, version, value);
  },
  defaults: defaultAddRaftVoterRequest,
};

/** AddRaftVoterResponse (response, API key 80), versions 0. */
export interface AddRaftVoterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error (versions 0+) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 0+, nullable 0+) */
  errorMessage: string | null;
}

/** A fresh AddRaftVoterResponse with every field at its schema default. */
export function defaultAddRaftVoterResponse(): AddRaftVoterResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: '',
  };
}

function readAddRaftVoterResponse(r: Reader, _version: number): AddRaftVoterResponse {
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

function writeAddRaftVoterResponse(w: Writer, _version: number, v: AddRaftVoterResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0);
}

export const AddRaftVoterResponseCodec: MessageCodec<AddRaftVoterResponse> = {
  name: 'AddRaftVoterResponse',
  apiKey: 80,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): AddRaftVoterResponse {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultAddRaftVoterResponse();
    }
    return readAddRaftVoterResponse(r, version);
  },
  encode(w: Writer, version: number, value: AddRaftVoterResponse): void {
    if (version < 0 || version > 0) unsupportedVersion('AddRaftVoterResponse', version, 0, 0);
    writeAddRaftVoterResponse(w, version, value);
  },
  defaults: defaultAddRaftVoterResponse,
};
