// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   RemoveRaftVoterRequest.json, RemoveRaftVoterResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** RemoveRaftVoterRequest (request, API key 81), versions 0. */
export interface RemoveRaftVoterRequest {
  /** (versions 0+, nullable 0+) */
  clusterId: string | null;
  /** The replica id of the voter getting removed from the topic partition (versions 0+) */
  voterId: number;
  /** The directory id of the voter getting removed from the topic partition (versions 0+) */
  voterDirectoryId: string;
}

/** A fresh RemoveRaftVoterRequest with every field at its schema default. */
export function defaultRemoveRaftVoterRequest(): RemoveRaftVoterRequest {
  return {
    clusterId: '',
    voterId: 0,
    voterDirectoryId: 'AAAAAAAAAAAAAAAAAAAAAA',
  };
}

function readRemoveRaftVoterRequest(r: Reader, _version: number): RemoveRaftVoterRequest {
  r.field = 'ClusterId';
  const fClusterId: string | null = r.compactNullableString();
  r.field = 'VoterId';
  const fVoterId: number = r.int32();
  r.field = 'VoterDirectoryId';
  const fVoterDirectoryId: string = r.uuid();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    clusterId: fClusterId,
    voterId: fVoterId,
    voterDirectoryId: fVoterDirectoryId,
  };
}

function writeRemoveRaftVoterRequest(w: Writer, _version: number, v: RemoveRaftVoterRequest): void {
  w.compactNullableString(v.clusterId);
  w.int32(v.voterId);
  w.uuid(v.voterDirectoryId);
  w.uvarint(0);
}

export const RemoveRaftVoterRequestCodec: MessageCodec<RemoveRaftVoterRequest> = {
  name: 'RemoveRaftVoterRequest',
  apiKey: 81,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): RemoveRaftVoterRequest {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultRemoveRaftVoterRequest();
    }
    return readRemoveRaftVoterRequest(r, version);
  },
  encode(w: Writer, version: number, value: RemoveRaftVoterRequest): void {
    if (version < 0 || version > 0) unsupportedVersion('RemoveRaftVoterRequest', version, 0, 0);
    writeRemoveRaftVoterRequest(w, version, value);
  },
  defaults: defaultRemoveRaftVoterRequest,
};

/** RemoveRaftVoterResponse (response, API key 81), versions 0. */
export interface RemoveRaftVoterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error (versions 0+) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 0+, nullable 0+) */
  errorMessage: string | null;
}

/** A fresh RemoveRaftVoterResponse with every field at its schema default. */
export function defaultRemoveRaftVoterResponse(): RemoveRaftVoterResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: '',
  };
}

function readRemoveRaftVoterResponse(r: Reader, _version: number): RemoveRaftVoterResponse {
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

function writeRemoveRaftVoterResponse(w: Writer, _version: number, v: RemoveRaftVoterResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0);
}

export const RemoveRaftVoterResponseCodec: MessageCodec<RemoveRaftVoterResponse> = {
  name: 'RemoveRaftVoterResponse',
  apiKey: 81,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): RemoveRaftVoterResponse {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultRemoveRaftVoterResponse();
    }
    return readRemoveRaftVoterResponse(r, version);
  },
  encode(w: Writer, version: number, value: RemoveRaftVoterResponse): void {
    if (version < 0 || version > 0) unsupportedVersion('RemoveRaftVoterResponse', version, 0, 0);
    writeRemoveRaftVoterResponse(w, version, value);
  },
  defaults: defaultRemoveRaftVoterResponse,
};
