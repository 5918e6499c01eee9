// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   FindCoordinatorRequest.json, FindCoordinatorResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, notInVersion, unsupportedVersion } from '../generator/runtime';

/** FindCoordinatorRequest (request, API key 10), versions 0-6. */
export interface FindCoordinatorRequest {
  /** The coordinator key. (versions 0-3) */
  key: string;
  /** The coordinator key type. (Group, transaction, etc.) (versions 1+, default 0) */
  keyType: number;
  /** The coordinator keys. (versions 4+) */
  coordinatorKeys: string[];
}

/** A fresh FindCoordinatorRequest with every field at its schema default. */
export function defaultFindCoordinatorRequest(): FindCoordinatorRequest {
  return {
    key: '',
    keyType: 0,
    coordinatorKeys: [],
  };
}

function readFindCoordinatorRequest_CoordinatorKeys(r: Reader, _version: number): string[] {
  const n = r.compactArrayLength(1);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: string[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.compactString());
  return items;
}

function readFindCoordinatorRequest(r: Reader, version: number): FindCoordinatorRequest {
  r.field = 'Key';
  const fKey: string = version <= 3 ? (version >= 3 ? r.compactString() : r.string()) : '';
  r.field = 'KeyType';
  const fKeyType: number = version >= 1 ? r.int8() : 0;
  r.field = 'CoordinatorKeys';
  const fCoordinatorKeys: string[] = version >= 4 ? readFindCoordinatorRequest_CoordinatorKeys(r, version) : [];
  if (version >= 3) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    key: fKey,
    keyType: fKeyType,
    coordinatorKeys: fCoordinatorKeys,
  };
}

function writeFindCoordinatorRequest_CoordinatorKeys(w: Writer, _version: number, items: string[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.compactString(item);
}

function writeFindCoordinatorRequest(w: Writer, version: number, v: FindCoordinatorRequest): void {
  if (version <= 3) {
    version >= 3 ? w.compactString(v.key) : w.string(v.key);
  } else if (v.key !== '') {
    notInVersion('FindCoordinatorRequest', version, 'Key');
  }
  if (version >= 1) {
    w.int8(v.keyType);
  } else if (v.keyType !== 0) {
    notInVersion('FindCoordinatorRequest', version, 'KeyType');
  }
  if (version >= 4) {
    writeFindCoordinatorRequest_CoordinatorKeys(w, version, v.coordinatorKeys);
  } else if (v.coordinatorKeys.length !== 0) {
    notInVersion('FindCoordinatorRequest', version, 'CoordinatorKeys');
  }
  if (version >= 3) {
    w.uvarint(0);
  }
}

export const FindCoordinatorRequestCodec: MessageCodec<FindCoordinatorRequest> = {
  name: 'FindCoordinatorRequest',
  apiKey: 10,
  minVersion: 0,
  maxVersion: 6,
  flexibleFrom: 3,
  decode(r: Reader, version: number): FindCoordinatorRequest {
    if (version < 0 || version > 6) {
      r.fail(`unsupported version ${version}`);
      return defaultFindCoordinatorRequest();
    }
    return readFindCoordinatorRequest(r, version);
  },
  encode(w: Writer, version: number, value: FindCoordinatorRequest): void {
    if (version < 0 || version > 6) unsupportedVersion('FindCoordinatorRequest', version, 0, 6);
    writeFindCoordinatorRequest(w, version, value);
  },
  defaults: defaultFindCoordinatorRequest,
};

/** FindCoordinatorResponse (response, API key 10), versions 0-6. */
export interface FindCoordinatorResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0-3) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 1-3, nullable 1-3) */
  errorMessage: string | null;
  /** The node id. (versions 0-3) */
  nodeId: number;
  /** The host name. (versions 0-3) */
  host: string;
  /** The port. (versions 0-3) */
  port: number;
  /** Each coordinator result in the response (versions 4+) */
  coordinators: FindCoordinatorResponseCoordinator[];
}

/** FindCoordinatorResponse Coordinator, versions 4-6. */
export interface FindCoordinatorResponseCoordinator {
  /** The coordinator key. (versions 4+) */
  key: string;
  /** The node id. (versions 4+) */
  nodeId: number;
  /** The host name. (versions 4+) */
  host: string;
  /** The port. (versions 4+) */
  port: number;
  /** The error code, or 0 if there was no error. (versions 4+) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 4+, nullable 4+) */
  errorMessage: string | null;
}

/** A fresh FindCoordinatorResponse with every field at its schema default. */
export function defaultFindCoordinatorResponse(): FindCoordinatorResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: '',
    nodeId: 0,
    host: '',
    port: 0,
    coordinators: [],
  };
}

/** A fresh FindCoordinatorResponseCoordinator with every field at its schema default. */
export function defaultFindCoordinatorResponseCoordinator(): FindCoordinatorResponseCoordinator {
  return {
    key: '',
    nodeId: 0,
    host: '',
    port: 0,
    errorCode: 0,
    errorMessage: '',
  };
}

function readFindCoordinatorResponse_Coordinators(r: Reader, version: number): FindCoordinatorResponseCoordinator[] {
  const n = r.compactArrayLength(14);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: FindCoordinatorResponseCoordinator[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readFindCoordinatorResponseCoordinator(r, version));
  return items;
}

function readFindCoordinatorResponse(r: Reader, version: number): FindCoordinatorResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = version >= 1 ? r.int32() : 0;
  r.field = 'ErrorCode';
  const fErrorCode: number = version <= 3 ? r.int16() : 0;
  r.field = 'ErrorMessage';
  const fErrorMessage: string | null = (version >= 1 && version <= 3) ? (version >= 3 ? r.compactNullableString() : r.nullableString()) : '';
  r.field = 'NodeId';
  const fNodeId: number = version <= 3 ? r.int32() : 0;
  r.field = 'Host';
  const fHost: string = version <= 3 ? (version >= 3 ? r.compactString() : r.string()) : '';
  r.field = 'Port';
  const fPort: number = version <= 3 ? r.int32() : 0;
  r.field = 'Coordinators';
  const fCoordinators: FindCoordinatorResponseCoordinator[] = version >= 4 ? readFindCoordinatorResponse_Coordinators(r, version) : [];
  if (version >= 3) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
    nodeId: fNodeId,
    host: fHost,
    port: fPort,
    coordinators: fCoordinators,
  };
}

function readFindCoordinatorResponseCoordinator(r: Reader, _version: number): FindCoordinatorResponseCoordinator {
  r.field = 'Coordinators.Key';
  const fKey: string = r.compactString();
  r.field = 'Coordinators.NodeId';
  const fNodeId: number = r.int32();
  r.field = 'Coordinators.Host';
  const fHost: string = r.compactString();
  r.field = 'Coordinators.Port';
  const fPort: number = r.int32();
  r.field = 'Coordinators.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Coordinators.ErrorMessage';
  const fErrorMessage: string | null = r.compactNullableString();
  r.field = 'Coordinators._tagged_fields';
  r.skipTaggedFields();
  return {
    key: fKey,
    nodeId: fNodeId,
    host: fHost,
    port: fPort,
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
  };
}

function writeFindCoordinatorResponse_Coordinators(w: Writer, version: number, items: FindCoordinatorResponseCoordinator[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeFindCoordinatorResponseCoordinator(w, version, item);
}

function writeFindCoordinatorResponse(w: Writer, version: number, v: FindCoordinatorResponse): void {
  if (version >= 1) {
    w.int32(v.throttleTimeMs);
  }
  if (version <= 3) {
    w.int16(v.errorCode);
  } else if (v.errorCode !== 0) {
    notInVersion('FindCoordinatorResponse', version, 'ErrorCode');
  }
  if (version >= 1 && version <= 3) {
    version >= 3 ? w.compactNullableString(v.errorMessage) : w.nullableString(v.errorMessage);
  }
  if (version <= 3) {
    w.int32(v.nodeId);
  } else if (v.nodeId !== 0) {
    notInVersion('FindCoordinatorResponse', version, 'NodeId');
  }
  if (version <= 3) {
    version >= 3 ? w.compactString(v.host) : w.string(v.host);
  } else if (v.host !== '') {
    notInVersion('FindCoordinatorResponse', version, 'Host');
  }
  if (version <= 3) {
    w.int32(v.port);
  } else if (v.port !== 0) {
    notInVersion('FindCoordinatorResponse', version, 'Port');
  }
  if (version >= 4) {
    writeFindCoordinatorResponse_Coordinators(w, version, v.coordinators);
  } else if (v.coordinators.length !== 0) {
    notInVersion('FindCoordinatorResponse', version, 'Coordinators');
  }
  if (version >= 3) {
    w.uvarint(0);
  }
}

function writeFindCoordinatorResponseCoordinator(w: Writer, _version: number, v: FindCoordinatorResponseCoordinator): void {
  w.compactString(v.key);
  w.int32(v.nodeId);
  w.compactString(v.host);
  w.int32(v.port);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0);
}

export const FindCoordinatorResponseCodec: MessageCodec<FindCoordinatorResponse> = {
  name: 'FindCoordinatorResponse',
  apiKey: 10,
  minVersion: 0,
  maxVersion: 6,
  flexibleFrom: 3,
  decode(r: Reader, version: number): FindCoordinatorResponse {
    if (version < 0 || version > 6) {
      r.fail(`unsupported version ${version}`);
      return defaultFindCoordinatorResponse();
    }
    return readFindCoordinatorResponse(r, version);
  },
  encode(w: Writer, version: number, value: FindCoordinatorResponse): void {
    if (version < 0 || version > 6) unsupportedVersion('FindCoordinatorResponse', version, 0, 6);
    writeFindCoordinatorResponse(w, version, value);
  },
  defaults: defaultFindCoordinatorResponse,
};
