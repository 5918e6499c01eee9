// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   HeartbeatRequest.json, HeartbeatResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, notInVersion, unsupportedVersion } from '../generator/runtime';

/** HeartbeatRequest (request, API key 12), versions 0-4. */
export interface HeartbeatRequest {
  /** The group id. (versions 0+) */
  groupId: string;
  /** The generation of the group. (versions 0+) */
  generationId: number;
  /** The member ID. (versions 0+) */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (versions 3+, nullable 3+, default null) */
  groupInstanceId: string | null;
}

/** A fresh HeartbeatRequest with every field at its schema default. */
export function defaultHeartbeatRequest(): HeartbeatRequest {
  return {
    groupId: '',
    generationId: 0,
    memberId: '',
    groupInstanceId: null,
  };
}

function readHeartbeatRequest(r: Reader, version: number): HeartbeatRequest {
  r.field = 'GroupId';
  const fGroupId: string = version >= 4 ? r.compactString() : r.string();
  r.field = 'GenerationId';
  const fGenerationId: number = r.int32();
  r.field = 'MemberId';
  const fMemberId: string = version >= 4 ? r.compactString() : r.string();
  r.field = 'GroupInstanceId';
  const fGroupInstanceId: string | null = version >= 3 ? (version >= 4 ? r.compactNullableString() : r.nullableString()) : null;
  if (version >= 4) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    groupId: fGroupId,
    generationId: fGenerationId,
    memberId: fMemberId,
    groupInstanceId: fGroupInstanceId,
  };
}

function writeHeartbeatRequest(w: Writer, version: number, v: HeartbeatRequest): void {
  version >= 4 ? w.compactString(v.groupId) : w.string(v.groupId);
  w.int32(v.generationId);
  version >= 4 ? w.compactString(v.memberId) : w.string(v.memberId);
  if (version >= 3) {
    version >= 4 ? w.compactNullableString(v.groupInstanceId) : w.nullableString(v.groupInstanceId);
  } else if (v.groupInstanceId !== null) {
    notInVersion('HeartbeatRequest', version, 'GroupInstanceId');
  }
  if (version >= 4) {
    w.uvarint(0);
  }
}

export const HeartbeatRequestCodec: MessageCodec<HeartbeatRequest> = {
  name: 'HeartbeatRequest',
  apiKey: 12,
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 4,
  decode(r: Reader, version: number): HeartbeatRequest {
    if (version < 0 || version > 4) {
      r.fail(`unsupported version ${version}`);
      return defaultHeartbeatRequest();
    }
    return readHeartbeatRequest(r, version);
  },
  encode(w: Writer, version: number, value: HeartbeatRequest): void {
    if (version < 0 || version > 4) unsupportedVersion('HeartbeatRequest', version, 0, 4);
    writeHeartbeatRequest(w, version, value);
  },
  defaults: defaultHeartbeatRequest,
};

/** HeartbeatResponse (response, API key 12), versions 0-4. */
export interface HeartbeatResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
}

/** A fresh HeartbeatResponse with every field at its schema default. */
export function defaultHeartbeatResponse(): HeartbeatResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
  };
}

function readHeartbeatResponse(r: Reader, version: number): HeartbeatResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = version >= 1 ? r.int32() : 0;
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  if (version >= 4) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
  };
}

function writeHeartbeatResponse(w: Writer, version: number, v: HeartbeatResponse): void {
  if (version >= 1) {
    w.int32(v.throttleTimeMs);
  }
  w.int16(v.errorCode);
  if (version >= 4) {
    w.uvarint(0);
  }
}

export const HeartbeatResponseCodec: MessageCodec<HeartbeatResponse> = {
  name: 'HeartbeatResponse',
  apiKey: 12,
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 4,
  decode(r: Reader, version: number): HeartbeatResponse {
    if (version < 0 || version > 4) {
      r.fail(`unsupported version ${version}`);
      return defaultHeartbeatResponse();
    }
    return readHeartbeatResponse(r, version);
  },
  encode(w: Writer, version: number, value: HeartbeatResponse): void {
    if (version < 0 || version > 4) unsupportedVersion('HeartbeatResponse', version, 0, 4);
    writeHeartbeatResponse(w, version, value);
  },
  defaults: defaultHeartbeatResponse,
};
