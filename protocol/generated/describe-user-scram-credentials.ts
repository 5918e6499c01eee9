// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   DescribeUserScramCredentialsRequest.json, DescribeUserScramCredentialsResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** DescribeUserScramCredentialsRequest (request, API key 50), versions 0. */
export interface DescribeUserScramCredentialsRequest {
  /** The users to describe, or null/empty to describe all users. (versions 0+, nullable 0+) */
  users: DescribeUserScramCredentialsRequestUserName[] | null;
}

/** DescribeUserScramCredentialsRequest UserName, versions 0. */
export interface DescribeUserScramCredentialsRequestUserName {
  /** The user name. (versions 0+) */
  name: string;
}

/** A fresh DescribeUserScramCredentialsRequest with every field at its schema default. */
export function defaultDescribeUserScramCredentialsRequest(): DescribeUserScramCredentialsRequest {
  return {
    users: [],
  };
}

/** A fresh DescribeUserScramCredentialsRequestUserName with every field at its schema default. */
export function defaultDescribeUserScramCredentialsRequestUserName(): DescribeUserScramCredentialsRequestUserName {
  return {
    name: '',
  };
}

function readDescribeUserScramCredentialsRequest_Users(r: Reader, version: number): DescribeUserScramCredentialsRequestUserName[] | null {
  const n = r.compactArrayLength(2);
  if (n < 0) {
    return null;
  }
  const items: DescribeUserScramCredentialsRequestUserName[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeUserScramCredentialsRequestUserName(r, version));
  return items;
}

function readDescribeUserScramCredentialsRequest(r: Reader, version: number): DescribeUserScramCredentialsRequest {
  r.field = 'Users';
  const fUsers: DescribeUserScramCredentialsRequestUserName[] | null = readDescribeUserScramCredentialsRequest_Users(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    users: fUsers,
  };
}

function readDescribeUserScramCredentialsRequestUserName(r: Reader, _version: number): DescribeUserScramCredentialsRequestUserName {
  r.field = 'Users.Name';
  const fName: string = r.compactString();
  r.field = 'Users._tagged_fields';
  r.skipTaggedFields();
  return {
    name: fName,
  };
}

function writeDescribeUserScramCredentialsRequest_Users(w: Writer, version: number, items: DescribeUserScramCredentialsRequestUserName[] | null): void {
  if (items === null) {
    w.uvarint(0);
    return;
  }
  w.uvarint(items.length + 1);
  for (const item of items) writeDescribeUserScramCredentialsRequestUserName(w, version, item);
}

function writeDescribeUserScramCredentialsRequest(w: Writer, version: number, v: DescribeUserScramCredentialsRequest): void {
  writeDescribeUserScramCredentialsRequest_Users(w, version, v.users);
  w.uvarint(0);
}

function writeDescribeUserScramCredentialsRequestUserName(w: Writer, _version: number, v: DescribeUserScramCredentialsRequestUserName): void {
  w.compactString(v.name);
  w.uvarint(0);
}

export const DescribeUserScramCredentialsRequestCodec: MessageCodec<DescribeUserScramCredentialsRequest> = {
  name: 'DescribeUserScramCredentialsRequest',
  apiKey: 50,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): DescribeUserScramCredentialsRequest {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultDescribeUserScramCredentialsRequest();
    }
    return readDescribeUserScramCredentialsRequest(r, version);
  },
  encode(w: Writer, version: number, value: DescribeUserScramCredentialsRequest): void {
    if (version < 0 || version > 0) unsupportedVersion('DescribeUserScramCredentialsRequest', version, 0, 0);
    writeDescribeUserScramCredentialsRequest(w, version, value);
  },
  defaults: defaultDescribeUserScramCredentialsRequest,
};

/** DescribeUserScramCredentialsResponse (response, API key 50), versions 0. */
export interface DescribeUserScramCredentialsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The message-level error code, 0 except for user authorization or infrastructure issues. (versions 0+) */
  errorCode: number;
  /** The message-level error message, if any. (versions 0+, nullable 0+) */
  errorMessage: string | null;
  /** The results for descriptions, one per user. (versions 0+) */
  results: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult[];
}

/** DescribeUserScramCredentialsResponse DescribeUserScramCredentialsResult, versions 0. */
export interface DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult {
  /** The user name. (versions 0+) */
  user: string;
  /** The user-level error code. (versions 0+) */
  errorCode: number;
  /** The user-level error message, if any. (versions 0+, nullable 0+) */
  errorMessage: string | null;
  /** The mechanism and related information associated with the user's SCRAM credentials. (versions 0+) */
  credentialInfos: DescribeUserScramCredentialsResponseCredentialInfo[];
}

/** DescribeUserScramCredentialsResponse CredentialInfo, versions 0. */
export interface DescribeUserScramCredentialsResponseCredentialInfo {
  /** The SCRAM mechanism. (versions 0+) */
  mechanism: number;
  /** The number of iterations used in the SCRAM credential. (versions 0+) */
  iterations: number;
}

/** A fresh DescribeUserScramCredentialsResponse with every field at its schema default. */
export function defaultDescribeUserScramCredentialsResponse(): DescribeUserScramCredentialsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: '',
    results: [],
  };
}

/** A fresh DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult with every field at its schema default. */
export function defaultDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(): DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult {
  return {
    user: '',
    errorCode: 0,
    errorMessage: '',
    credentialInfos: [],
  };
}

/** A fresh DescribeUserScramCredentialsResponseCredentialInfo with every field at its schema default. */
export function defaultDescribeUserScramCredentialsResponseCredentialInfo(): DescribeUserScramCredentialsResponseCredentialInfo {
  return {
    mechanism: 0,
    iterations: 0,
  };
}

function readDescribeUserScramCredentialsResponse_Results(r: Reader, version: number): DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult[] {
  const n = r.compactArrayLength(6);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(r, version));
  return items;
}

function readDescribeUserScramCredentialsResponse(r: Reader, version: number): DescribeUserScramCredentialsResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'ErrorMessage';
  const fErrorMessage: string | null = r.compactNullableString();
  r.field = 'Results';
  const fResults: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult[] = readDescribeUserScramCredentialsResponse_Results(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
    results: fResults,
  };
}

function readDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult_CredentialInfos(r: Reader, version: number): DescribeUserScramCredentialsResponseCredentialInfo[] {
  const n = r.compactArrayLength(6);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeUserScramCredentialsResponseCredentialInfo[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeUserScramCredentialsResponseCredentialInfo(r, version));
  return items;
}

function readDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(r: Reader, version: number): DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult {
  r.field = 'Results.User';
  const fUser: string = r.compactString();
  r.field = 'Results.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Results.ErrorMessage';
  const fErrorMessage: string | null = r.compactNullableString();
  r.field = 'Results.CredentialInfos';
  const fCredentialInfos: DescribeUserScramCredentialsResponseCredentialInfo[] = readDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult_CredentialInfos(r, version);
  r.field = 'Results._tagged_fields';
  r.skipTaggedFields();
  return {
    user: fUser,
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
    credentialInfos: fCredentialInfos,
  };
}

function readDescribeUserScramCredentialsResponseCredentialInfo(r: Reader, _version: number): DescribeUserScramCredentialsResponseCredentialInfo {
  r.field = 'Results.CredentialInfos.Mechanism';
  const fMechanism: number = r.int8();
  r.field = 'Results.CredentialInfos.Iterations';
  const fIterations: number = r.int32();
  r.field = 'Results.CredentialInfos._tagged_fields';
  r.skipTaggedFields();
  return {
    mechanism: fMechanism,
    iterations: fIterations,
  };
}

function writeDescribeUserScramCredentialsResponse_Results(w: Writer, version: number, items: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(w, version, item);
}

function writeDescribeUserScramCredentialsResponse(w: Writer, version: number, v: DescribeUserScramCredentialsResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  writeDescribeUserScramCredentialsResponse_Results(w, version, v.results);
  w.uvarint(0);
}

function writeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult_CredentialInfos(w: Writer, version: number, items: DescribeUserScramCredentialsResponseCredentialInfo[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeDescribeUserScramCredentialsResponseCredentialInfo(w, version, item);
}

function writeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(w: Writer, version: number, v: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult): void {
  w.compactString(v.user);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  writeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult_CredentialInfos(w, version, v.credentialInfos);
  w.uvarint(0);
}

function writeDescribeUserScramCredentialsResponseCredentialInfo(w: Writer, _version: number, v: DescribeUserScramCredentialsResponseCredentialInfo): void {
  w.int8(v.mechanism);
  w.int32(v.iterations);
  w.uvarint(0);
}

export const DescribeUserScramCredentialsResponseCodec: MessageCodec<DescribeUserScramCredentialsResponse> = {
  name: 'DescribeUserScramCredentialsResponse',
  apiKey: 50,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): DescribeUserScramCredentialsResponse {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultDescribeUserScramCredentialsResponse();
    }
    return readDescribeUserScramCredentialsResponse(r, version);
  },
  encode(w: Writer, version: number, value: DescribeUserScramCredentialsResponse): void {
    if (version < 0 || version > 0) unsupportedVersion('DescribeUserScramCredentialsResponse', version, 0, 0);
    writeDescribeUserScramCredentialsResponse(w, version, value);
  },
  defaults: defaultDescribeUserScramCredentialsResponse,
};
