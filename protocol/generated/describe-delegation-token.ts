// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   DescribeDelegationTokenRequest.json, DescribeDelegationTokenResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, EMPTY_BYTES, notInVersion, unsupportedVersion } from '../generator/runtime';

/** DescribeDelegationTokenRequest (request, API key 41), versions 0-3. */
export interface DescribeDelegationTokenRequest {
  /** Each owner that we want to describe delegation tokens for, or null to describe all tokens. (versions 0+, nullable 0+) */
  owners: DescribeDelegationTokenRequestDescribeDelegationTokenOwner[] | null;
}

/** DescribeDelegationTokenRequest DescribeDelegationTokenOwner, versions 0-3. */
export interface DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
  /** The owner principal type. (versions 0+) */
  principalType: string;
  /** The owner principal name. (versions 0+) */
  principalName: string;
}

/** A fresh DescribeDelegationTokenRequest with every field at its schema default. */
export function defaultDescribeDelegationTokenRequest(): DescribeDelegationTokenRequest {
  return {
    owners: [],
  };
}

/** A fresh DescribeDelegationTokenRequestDescribeDelegationTokenOwner with every field at its schema default. */
export function defaultDescribeDelegationTokenRequestDescribeDelegationTokenOwner(): DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
  return {
    principalType: '',
    principalName: '',
  };
}

function readDescribeDelegationTokenRequest_Owners(r: Reader, version: number): DescribeDelegationTokenRequestDescribeDelegationTokenOwner[] | null {
  const n = version >= 2 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    return null;
  }
  const items: DescribeDelegationTokenRequestDescribeDelegationTokenOwner[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeDelegationTokenRequestDescribeDelegationTokenOwner(r, version));
  return items;
}

function readDescribeDelegationTokenRequest(r: Reader, version: number): DescribeDelegationTokenRequest {
  r.field = 'Owners';
  const fOwners: DescribeDelegationTokenRequestDescribeDelegationTokenOwner[] | null = readDescribeDelegationTokenRequest_Owners(r, version);
  if (version >= 2) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    owners: fOwners,
  };
}

function readDescribeDelegationTokenRequestDescribeDelegationTokenOwner(r: Reader, version: number): DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
  r.field = 'Owners.PrincipalType';
  const fPrincipalType: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'Owners.PrincipalName';
  const fPrincipalName: string = version >= 2 ? r.compactString() : r.string();
  if (version >= 2) {
    r.field = 'Owners._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    principalType: fPrincipalType,
    principalName: fPrincipalName,
  };
}

function writeDescribeDelegationTokenRequest_Owners(w: Writer, version: number, items: DescribeDelegationTokenRequestDescribeDelegationTokenOwner[] | null): void {
  if (items === null) {
    version >= 2 ? w.uvarint(0) : w.int32(-1);
    return;
  }
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeDescribeDelegationTokenRequestDescribeDelegationTokenOwner(w, version, item);
}

function writeDescribeDelegationTokenRequest(w: Writer, version: number, v: DescribeDelegationTokenRequest): void {
  writeDescribeDelegationTokenRequest_Owners(w, version, v.owners);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeDescribeDelegationTokenRequestDescribeDelegationTokenOwner(w: Writer, version: number, v: DescribeDelegationTokenRequestDescribeDelegationTokenOwner): void {
  version >= 2 ? w.compactString(v.principalType) : w.string(v.principalType);
  version >= 2 ? w.compactString(v.principalName) : w.string(v.principalName);
  if (version >= 2) {
    w.uvarint(0);
  }
}

export const DescribeDelegationTokenRequestCodec: MessageCodec<DescribeDelegationTokenRequest> = {
  name: 'DescribeDelegationTokenRequest',
  apiKey: 41,
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 2,
  decode(r: Reader, version: number): DescribeDelegationTokenRequest {
    if (version < 0 || version > 3) {
      r.fail(`unsupported version ${version}`);
      return defaultDescribeDelegationTokenRequest();
    }
    return readDescribeDelegationTokenRequest(r, version);
  },
  encode(w: Writer, version: number, value: DescribeDelegationTokenRequest): void {
    if (version < 0 || version > 3) unsupportedVersion('DescribeDelegationTokenRequest', version, 0, 3);
    writeDescribeDelegationTokenRequest(w, version, value);
  },
  defaults: defaultDescribeDelegationTokenRequest,
};

/** DescribeDelegationTokenResponse (response, API key 41), versions 0-3. */
export interface DescribeDelegationTokenResponse {
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The tokens. (versions 0+) */
  tokens: DescribeDelegationTokenResponseDescribedDelegationToken[];
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
}

/** DescribeDelegationTokenResponse DescribedDelegationToken, versions 0-3. */
export interface DescribeDelegationTokenResponseDescribedDelegationToken {
  /** The token principal type. (versions 0+) */
  principalType: string;
  /** The token principal name. (versions 0+) */
  principalName: string;
  /** The principal type of the requester of the token. (versions 3+) */
  tokenRequesterPrincipalType: string;
  /** The principal type of the requester of the token. (versions 3+) */
  tokenRequesterPrincipalName: string;
  /** The token issue timestamp in milliseconds. (versions 0+) */
  issueTimestamp: bigint;
  /** The token expiry timestamp in milliseconds. (versions 0+) */
  expiryTimestamp: bigint;
  /** The token maximum timestamp length in milliseconds. (versions 0+) */
  maxTimestamp: bigint;
  /** The token ID. (versions 0+) */
  tokenId: string;
  /** The token HMAC. (versions 0+) */
  hmac: Buffer;
  /** Those who are able to renew this token before it expires. (versions 0+) */
  renewers: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer[];
}

/** DescribeDelegationTokenResponse DescribedDelegationTokenRenewer, versions 0-3. */
export interface DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
  /** The renewer principal type (versions 0+) */
  principalType: string;
  /** The renewer principal name (versions 0+) */
  principalName: string;
}

/** A fresh DescribeDelegationTokenResponse with every field at its schema default. */
export function defaultDescribeDelegationTokenResponse(): DescribeDelegationTokenResponse {
  return {
    errorCode: 0,
    tokens: [],
    throttleTimeMs: 0,
  };
}

/** A fresh DescribeDelegationTokenResponseDescribedDelegationToken with every field at its schema default. */
export function defaultDescribeDelegationTokenResponseDescribedDelegationToken(): DescribeDelegationTokenResponseDescribedDelegationToken {
  return {
    principalType: '',
    principalName: '',
    tokenRequesterPrincipalType: '',
    tokenRequesterPrincipalName: '',
    issueTimestamp: 0n,
    expiryTimestamp: 0n,
    maxTimestamp: 0n,
    tokenId: '',
    hmac: EMPTY_BYTES,
    renewers: [],
  };
}

/** A fresh DescribeDelegationTokenResponseDescribedDelegationTokenRenewer with every field at its schema default. */
export function defaultDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(): DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
  return {
    principalType: '',
    principalName: '',
  };
}

function readDescribeDelegationTokenResponse_Tokens(r: Reader, version: number): DescribeDelegationTokenResponseDescribedDelegationToken[] {
  const n = version >= 2 ? r.compactArrayLength(30) : r.arrayLength(30);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeDelegationTokenResponseDescribedDelegationToken[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeDelegationTokenResponseDescribedDelegationToken(r, version));
  return items;
}

function readDescribeDelegationTokenResponse(r: Reader, version: number): DescribeDelegationTokenResponse {
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Tokens';
  const fTokens: DescribeDelegationTokenResponseDescribedDelegationToken[] = readDescribeDelegationTokenResponse_Tokens(r, version);
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  if (version >= 2) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    errorCode: fErrorCode,
    tokens: fTokens,
    throttleTimeMs: fThrottleTimeMs,
  };
}

function readDescribeDelegationTokenResponseDescribedDelegationToken_Renewers(r: Reader, version: number): DescribeDelegationTokenResponseDescribedDelegationTokenRenewer[] {
  const n = version >= 2 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(r, version));
  return items;
}

function readDescribeDelegationTokenResponseDescribedDelegationToken(r: Reader, version: number): DescribeDelegationTokenResponseDescribedDelegationToken {
  r.field = 'Tokens.PrincipalType';
  const fPrincipalType: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'Tokens.PrincipalName';
  const fPrincipalName: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'Tokens.TokenRequesterPrincipalType';
  const fTokenRequesterPrincipalType: string = version >= 3 ? r.compactString() : '';
  r.field = 'Tokens.TokenRequesterPrincipalName';
  const fTokenRequesterPrincipalName: string = version >= 3 ? r.compactString() : '';
  r.field = 'Tokens.IssueTimestamp';
  const fIssueTimestamp: bigint = r.int64();
  r.field = 'Tokens.ExpiryTimestamp';
  const fExpiryTimestamp: bigint = r.int64();
  r.field = 'Tokens.MaxTimestamp';
  const fMaxTimestamp: bigint = r.int64();
  r.field = 'Tokens.TokenId';
  const fTokenId: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'Tokens.Hmac';
  const fHmac: Buffer = version >= 2 ? r.compactBytes() : r.bytes();
  r.field = 'Tokens.Renewers';
  const fRenewers: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer[] = readDescribeDelegationTokenResponseDescribedDelegationToken_Renewers(r, version);
  if (version >= 2) {
    r.field = 'Tokens._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    principalType: fPrincipalType,
    principalName: fPrincipalName,
    tokenRequesterPrincipalType: fTokenRequesterPrincipalType,
    tokenRequesterPrincipalName: fTokenRequesterPrincipalName,
    issueTimestamp: fIssueTimestamp,
    expiryTimestamp: fExpiryTimestamp,
    maxTimestamp: fMaxTimestamp,
    tokenId: fTokenId,
    hmac: fHmac,
    renewers: fRenewers,
  };
}

function readDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(r: Reader, version: number): DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
  r.field = 'Tokens.Renewers.PrincipalType';
  const fPrincipalType: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'Tokens.Renewers.PrincipalName';
  const fPrincipalName: string = version >= 2 ? r.compactString() : r.string();
  if (version >= 2) {
    r.field = 'Tokens.Renewers._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    principalType: fPrincipalType,
    principalName: fPrincipalName,
  };
}

function writeDescribeDelegationTokenResponse_Tokens(w: Writer, version: number, items: DescribeDelegationTokenResponseDescribedDelegationToken[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeDescribeDelegationTokenResponseDescribedDelegationToken(w, version, item);
}

function writeDescribeDelegationTokenResponse(w: Writer, version: number, v: DescribeDelegationTokenResponse): void {
  w.int16(v.errorCode);
  writeDescribeDelegationTokenResponse_Tokens(w, version, v.tokens);
  w.int32(v.throttleTimeMs);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeDescribeDelegationTokenResponseDescribedDelegationToken_Renewers(w: Writer, version: number, items: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(w, version, item);
}

function writeDescribeDelegationTokenResponseDescribedDelegationToken(w: Writer, version: number, v: DescribeDelegationTokenResponseDescribedDelegationToken): void {
  version >= 2 ? w.compactString(v.principalType) : w.string(v.principalType);
  version >= 2 ? w.compactString(v.principalName) : w.string(v.principalName);
  if (version >= 3) {
    w.compactString(v.tokenRequesterPrincipalType);
  } else if (v.tokenRequesterPrincipalType !== '') {
    notInVersion('DescribeDelegationTokenResponse', version, 'Tokens.TokenRequesterPrincipalType');
  }
  if (version >= 3) {
    w.compactString(v.tokenRequesterPrincipalName);
  } else if (v.tokenRequesterPrincipalName !== '') {
    notInVersion('DescribeDelegationTokenResponse', version, 'Tokens.TokenRequesterPrincipalName');
  }
  w.int64(v.issueTimestamp);
  w.int64(v.expiryTimestamp);
  w.int64(v.maxTimestamp);
  version >= 2 ? w.compactString(v.tokenId) : w.string(v.tokenId);
  version >= 2 ? w.compactBytes(v.hmac) : w.bytes(v.hmac);
  writeDescribeDelegationTokenResponseDescribedDelegationToken_Renewers(w, version, v.renewers);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(w: Writer, version: number, v: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer): void {
  version >= 2 ? w.compactString(v.principalType) : w.string(v.principalType);
  version >= 2 ? w.compactString(v.principalName) : w.string(v.principalName);
  if (version >= 2) {
    w.uvarint(0);
  }
}

export const DescribeDelegationTokenResponseCodec: MessageCodec<DescribeDelegationTokenResponse> = {
  name: 'DescribeDelegationTokenResponse',
  apiKey: 41,
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 2,
  decode(r: Reader, version: number): DescribeDelegationTokenResponse {
    if (version < 0 || version > 3) {
      r.fail(`unsupported version ${version}`);
      return defaultDescribeDelegationTokenResponse();
    }
    return readDescribeDelegationTokenResponse(r, version);
  },
  encode(w: Writer, version: number, value: DescribeDelegationTokenResponse): void {
    if (version < 0 || version > 3) unsupportedVersion('DescribeDelegationTokenResponse', version, 0, 3);
    writeDescribeDelegationTokenResponse(w, version, value);
  },
  defaults: defaultDescribeDelegationTokenResponse,
};
