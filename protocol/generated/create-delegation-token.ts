// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   CreateDelegationTokenRequest.json, CreateDelegationTokenResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, EMPTY_BYTES, notInVersion, unsupportedVersion } from '../generator/runtime';

/** CreateDelegationTokenRequest (request, API key 38), versions 0-3. */
export interface CreateDelegationTokenRequest {
  /** The principal type of the owner of the token. If it's null it defaults to the token request principal. (versions 3+, nullable 3+) */
  ownerPrincipalType: string | null;
  /** The principal name of the owner of the token. If it's null it defaults to the token request principal. (versions 3+, nullable 3+) */
  ownerPrincipalName: string | null;
  /** A list of those who are allowed to renew this token before it expires. (versions 0+) */
  renewers: CreateDelegationTokenRequestCreatableRenewers[];
  /** The maximum lifetime of the token in milliseconds, or -1 to use the server side default. (versions 0+) */
  maxLifetimeMs: bigint;
}

/** CreateDelegationTokenRequest CreatableRenewers, versions 0-3. */
export interface CreateDelegationTokenRequestCreatableRenewers {
  /** The type of the Kafka principal. (versions 0+) */
  principalType: string;
  /** The name of the Kafka principal. (versions 0+) */
  principalName: string;
}

/** A fresh CreateDelegationTokenRequest with every field at its schema default. */
export function defaultCreateDelegationTokenRequest(): CreateDelegationTokenRequest {
  return {
    ownerPrincipalType: '',
    ownerPrincipalName: '',
    renewers: [],
    maxLifetimeMs: 0n,
  };
}

/** A fresh CreateDelegationTokenRequestCreatableRenewers with every field at its schema default. */
export function defaultCreateDelegationTokenRequestCreatableRenewers(): CreateDelegationTokenRequestCreatableRenewers {
  return {
    principalType: '',
    principalName: '',
  };
}

function readCreateDelegationTokenRequest_Renewers(r: Reader, version: number): CreateDelegationTokenRequestCreatableRenewers[] {
  const n = version >= 2 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: CreateDelegationTokenRequestCreatableRenewers[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readCreateDelegationTokenRequestCreatableRenewers(r, version));
  return items;
}

function readCreateDelegationTokenRequest(r: Reader, version: number): CreateDelegationTokenRequest {
  r.field = 'OwnerPrincipalType';
  const fOwnerPrincipalType: string | null = version >= 3 ? r.compactNullableString() : '';
  r.field = 'OwnerPrincipalName';
  const fOwnerPrincipalName: string | null = version >= 3 ? r.compactNullableString() : '';
  r.field = 'Renewers';
  const fRenewers: CreateDelegationTokenRequestCreatableRenewers[] = readCreateDelegationTokenRequest_Renewers(r, version);
  r.field = 'MaxLifetimeMs';
  const fMaxLifetimeMs: bigint = r.int64();
  if (version >= 2) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    ownerPrincipalType: fOwnerPrincipalType,
    ownerPrincipalName: fOwnerPrincipalName,
    renewers: fRenewers,
    maxLifetimeMs: fMaxLifetimeMs,
  };
}

function readCreateDelegationTokenRequestCreatableRenewers(r: Reader, version: number): CreateDelegationTokenRequestCreatableRenewers {
  r.field = 'Renewers.PrincipalType';
  const fPrincipalType: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'Renewers.PrincipalName';
  const fPrincipalName: string = version >= 2 ? r.compactString() : r.string();
  if (version >= 2) {
    r.field = 'Renewers._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    principalType: fPrincipalType,
    principalName: fPrincipalName,
  };
}

function writeCreateDelegationTokenRequest_Renewers(w: Writer, version: number, items: CreateDelegationTokenRequestCreatableRenewers[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeCreateDelegationTokenRequestCreatableRenewers(w, version, item);
}

function writeCreateDelegationTokenRequest(w: Writer, version: number, v: CreateDelegationTokenRequest): void {
  if (version >= 3) {
    w.compactNullableString(v.ownerPrincipalType);
  } else if (v.ownerPrincipalType !== '') {
    notInVersion('CreateDelegationTokenRequest', version, 'OwnerPrincipalType');
  }
  if (version >= 3) {
    w.compactNullableString(v.ownerPrincipalName);
  } else if (v.ownerPrincipalName !== '') {
    notInVersion('CreateDelegationTokenRequest', version, 'OwnerPrincipalName');
  }
  writeCreateDelegationTokenRequest_Renewers(w, version, v.renewers);
  w.int64(v.maxLifetimeMs);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeCreateDelegationTokenRequestCreatableRenewers(w: Writer, version: number, v: CreateDelegationTokenRequestCreatableRenewers): void {
  version >= 2 ? w.compactString(v.principalType) : w.string(v.principalType);
  version >= 2 ? w.compactString(v.principalName) : w.string(v.principalName);
  if (version >= 2) {
    w.uvarint(0);
  }
}

export const CreateDelegationTokenRequestCodec: MessageCodec<CreateDelegationTokenRequest> = {
  name: 'CreateDelegationTokenRequest',
  apiKey: 38,
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 2,
  decode(r: Reader, version: number): CreateDelegationTokenRequest {
    if (version < 0 || version > 3) {
      r.fail(`unsupported version ${version}`);
      return defaultCreateDelegationTokenRequest();
    }
    return readCreateDelegationTokenRequest(r, version);
  },
  encode(w: Writer, version: number, value: CreateDelegationTokenRequest): void {
    if (version < 0 || version > 3) unsupportedVersion('CreateDelegationTokenRequest', version, 0, 3);
    writeCreateDelegationTokenRequest(w, version, value);
  },
  defaults: defaultCreateDelegationTokenRequest,
};

/** CreateDelegationTokenResponse (response, API key 38), versions 0-3. */
export interface CreateDelegationTokenResponse {
  /** The top-level error, or zero if there was no error. (versions 0+) */
  errorCode: number;
  /** The principal type of the token owner. (versions 0+) */
  principalType: string;
  /** The name of the token owner. (versions 0+) */
  principalName: string;
  /** The principal type of the requester of the token. (versions 3+) */
  tokenRequesterPrincipalType: string;
  /** The principal type of the requester of the token. (versions 3+) */
  tokenRequesterPrincipalName: string;
  /** When this token was generated. (versions 0+) */
  issueTimestampMs: bigint;
  /** When this token expires. (versions 0+) */
  expiryTimestampMs: bigint;
  /** The maximum lifetime of this token. (versions 0+) */
  maxTimestampMs: bigint;
  /** The token UUID. (versions 0+) */
  tokenId: string;
  /** HMAC of the delegation token. (versions 0+) */
  hmac: Buffer;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
}

/** A fresh CreateDelegationTokenResponse with every field at its schema default. */
export function defaultCreateDelegationTokenResponse(): CreateDelegationTokenResponse {
  return {
    errorCode: 0,
    principalType: '',
    principalName: '',
    tokenRequesterPrincipalType: '',
    tokenRequesterPrincipalName: '',
    issueTimestampMs: 0n,
    expiryTimestampMs: 0n,
    maxTimestampMs: 0n,
    tokenId: '',
    hmac: EMPTY_BYTES,
    throttleTimeMs: 0,
  };
}

function readCreateDelegationTokenResponse(r: Reader, version: number): CreateDelegationTokenResponse {
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'PrincipalType';
  const fPrincipalType: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'PrincipalName';
  const fPrincipalName: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'TokenRequesterPrincipalType';
  const fTokenRequesterPrincipalType: string = version >= 3 ? r.compactString() : '';
  r.field = 'TokenRequesterPrincipalName';
  const fTokenRequesterPrincipalName: string = version >= 3 ? r.compactString() : '';
  r.field = 'IssueTimestampMs';
  const fIssueTimestampMs: bigint = r.int64();
  r.field = 'ExpiryTimestampMs';
  const fExpiryTimestampMs: bigint = r.int64();
  r.field = 'MaxTimestampMs';
  const fMaxTimestampMs: bigint = r.int64();
  r.field = 'TokenId';
  const fTokenId: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'Hmac';
  const fHmac: Buffer = version >= 2 ? r.compactBytes() : r.bytes();
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  if (version >= 2) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    errorCode: fErrorCode,
    principalType: fPrincipalType,
    principalName: fPrincipalName,
    tokenRequesterPrincipalType: fTokenRequesterPrincipalType,
    tokenRequesterPrincipalName: fTokenRequesterPrincipalName,
    issueTimestampMs: fIssueTimestampMs,
    expiryTimestampMs: fExpiryTimestampMs,
    maxTimestampMs: fMaxTimestampMs,
    tokenId: fTokenId,
    hmac: fHmac,
    throttleTimeMs: fThrottleTimeMs,
  };
}

function writeCreateDelegationTokenResponse(w: Writer, version: number, v: CreateDelegationTokenResponse): void {
  w.int16(v.errorCode);
  version >= 2 ? w.compactString(v.principalType) : w.string(v.principalType);
  version >= 2 ? w.compactString(v.principalName) : w.string(v.principalName);
  if (version >= 3) {
    w.compactString(v.tokenRequesterPrincipalType);
  } else if (v.tokenRequesterPrincipalType !== '') {
    notInVersion('CreateDelegationTokenResponse', version, 'TokenRequesterPrincipalType');
  }
  if (version >= 3) {
    w.compactString(v.tokenRequesterPrincipalName);
  } else if (v.tokenRequesterPrincipalName !== '') {
    notInVersion('CreateDelegationTokenResponse', version, 'TokenRequesterPrincipalName');
  }
  w.int64(v.issueTimestampMs);
  w.int64(v.expiryTimestampMs);
  w.int64(v.maxTimestampMs);
  version >= 2 ? w.compactString(v.tokenId) : w.string(v.tokenId);
  version >= 2 ? w.compactBytes(v.hmac) : w.bytes(v.hmac);
  w.int32(v.throttleTimeMs);
  if (version >= 2) {
    w.uvarint(0);
  }
}

export const CreateDelegationTokenResponseCodec: MessageCodec<CreateDelegationTokenResponse> = {
  name: 'CreateDelegationTokenResponse',
  apiKey: 38,
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 2,
  decode(r: Reader, version: number): CreateDelegationTokenResponse {
    if (version < 0 || version > 3) {
      r.fail(`unsupported version ${version}`);
      return defaultCreateDelegationTokenResponse();
    }
    return readCreateDelegationTokenResponse(r, version);
  },
  encode(w: Writer, version: number, value: CreateDelegationTokenResponse): void {
    if (version < 0 || version > 3) unsupportedVersion('CreateDelegationTokenResponse', version, 0, 3);
    writeCreateDelegationTokenResponse(w, version, value);
  },
  defaults: defaultCreateDelegationTokenResponse,
};
