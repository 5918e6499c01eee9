// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   CreateAclsRequest.json, CreateAclsResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, notInVersion, unsupportedVersion } from '../generator/runtime';

/** CreateAclsRequest (request, API key 30), versions 0-3. */
export interface CreateAclsRequest {
  /** The ACLs that we want to create. (versions 0+) */
  creations: CreateAclsRequestAclCreation[];
}

/** CreateAclsRequest AclCreation, versions 0-3. */
export interface CreateAclsRequestAclCreation {
  /** The type of the resource. (versions 0+) */
  resourceType: number;
  /** The resource name for the ACL. (versions 0+) */
  resourceName: string;
  /** The pattern type for the ACL. (versions 1+, default 3) */
  resourcePatternType: number;
  /** The principal for the ACL. (versions 0+) */
  principal: string;
  /** The host for the ACL. (versions 0+) */
  host: string;
  /** The operation type for the ACL (read, write, etc.). (versions 0+) */
  operation: number;
  /** The permission type for the ACL (allow, deny, etc.). (versions 0+) */
  permissionType: number;
}

/** A fresh CreateAclsRequest with every field at its schema default. */
export function defaultCreateAclsRequest(): CreateAclsRequest {
  return {
    creations: [],
  };
}

/** A fresh CreateAclsRequestAclCreation with every field at its schema default. */
export function defaultCreateAclsRequestAclCreation(): CreateAclsRequestAclCreation {
  return {
    resourceType: 0,
    resourceName: '',
    resourcePatternType: 3,
    principal: '',
    host: '',
    operation: 0,
    permissionType: 0,
  };
}

function readCreateAclsRequest_Creations(r: Reader, version: number): CreateAclsRequestAclCreation[] {
  const n = version >= 2 ? r.compactArrayLength(8) : r.arrayLength(8);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: CreateAclsRequestAclCreation[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readCreateAclsRequestAclCreation(r, version));
  return items;
}

function readCreateAclsRequest(r: Reader, version: number): CreateAclsRequest {
  r.field = 'Creations';
  const fCreations: CreateAclsRequestAclCreation[] = readCreateAclsRequest_Creations(r, version);
  if (version >= 2) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    creations: fCreations,
  };
}

function readCreateAclsRequestAclCreation(r: Reader, version: number): CreateAclsRequestAclCreation {
  r.field = 'Creations.ResourceType';
  const fResourceType: number = r.int8();
  r.field = 'Creations.ResourceName';
  const fResourceName: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'Creations.ResourcePatternType';
  const fResourcePatternType: number = version >= 1 ? r.int8() : 3;
  r.field = 'Creations.Principal';
  const fPrincipal: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'Creations.Host';
  const fHost: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'Creations.Operation';
  const fOperation: number = r.int8();
  r.field = 'Creations.PermissionType';
  const fPermissionType: number = r.int8();
  if (version >= 2) {
    r.field = 'Creations._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    resourceType: fResourceType,
    resourceName: fResourceName,
    resourcePatternType: fResourcePatternType,
    principal: fPrincipal,
    host: fHost,
    operation: fOperation,
    permissionType: fPermissionType,
  };
}

function writeCreateAclsRequest_Creations(w: Writer, version: number, items: CreateAclsRequestAclCreation[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeCreateAclsRequestAclCreation(w, version, item);
}

function writeCreateAclsRequest(w: Writer, version: number, v: CreateAclsRequest): void {
  writeCreateAclsRequest_Creations(w, version, v.creations);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeCreateAclsRequestAclCreation(w: Writer, version: number, v: CreateAclsRequestAclCreation): void {
  w.int8(v.resourceType);
  version >= 2 ? w.compactString(v.resourceName) : w.string(v.resourceName);
  if (version >= 1) {
    w.int8(v.resourcePatternType);
  } else if (v.resourcePatternType !== 3) {
    notInVersion('CreateAclsRequest', version, 'Creations.ResourcePatternType');
  }
  version >= 2 ? w.compactString(v.principal) : w.string(v.principal);
  version >= 2 ? w.compactString(v.host) : w.string(v.host);
  w.int8(v.operation);
  w.int8(v.permissionType);
  if (version >= 2) {
    w.uvarint(0);
  }
}

export const CreateAclsRequestCodec: MessageCodec<CreateAclsRequest> = {
  name: 'CreateAclsRequest',
  apiKey: 30,
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 2,
  decode(r: Reader, version: number): CreateAclsRequest {
    if (version < 0 || version > 3) {
      r.fail(`unsupported version ${version}`);
      return defaultCreateAclsRequest();
    }
    return readCreateAclsRequest(r, version);
  },
  encode(w: Writer, version: number, value: CreateAclsRequest): void {
    if (version < 0 || version > 3) unsupportedVersion('CreateAclsRequest', version, 0, 3);
    writeCreateAclsRequest(w, version, value);
  },
  defaults: defaultCreateAclsRequest,
};

/** CreateAclsResponse (response, API key 30), versions 0-3. */
export interface CreateAclsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The results for each ACL creation. (versions 0+) */
  results: CreateAclsResponseAclCreationResult[];
}

/** CreateAclsResponse AclCreationResult, versions 0-3. */
export interface CreateAclsResponseAclCreationResult {
  /** The result error, or zero if there was no error. (versions 0+) */
  errorCode: number;
  /** The result message, or null if there was no error. (versions 0+, nullable 0+) */
  errorMessage: string | null;
}

/** A fresh CreateAclsResponse with every field at its schema default. */
export function defaultCreateAclsResponse(): CreateAclsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
  };
}

/** A fresh CreateAclsResponseAclCreationResult with every field at its schema default. */
export function defaultCreateAclsResponseAclCreationResult(): CreateAclsResponseAclCreationResult {
  return {
    errorCode: 0,
    errorMessage: '',
  };
}

function readCreateAclsResponse_Results(r: Reader, version: number): CreateAclsResponseAclCreationResult[] {
  const n = version >= 2 ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: CreateAclsResponseAclCreationResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readCreateAclsResponseAclCreationResult(r, version));
  return items;
}

function readCreateAclsResponse(r: Reader, version: number): CreateAclsResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'Results';
  const fResults: CreateAclsResponseAclCreationResult[] = readCreateAclsResponse_Results(r, version);
  if (version >= 2) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    throttleTimeMs: fThrottleTimeMs,
    results: fResults,
  };
}

function readCreateAclsResponseAclCreationResult(r: Reader, version: number): CreateAclsResponseAclCreationResult {
  r.field = 'Results.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Results.ErrorMessage';
  const fErrorMessage: string | null = version >= 2 ? r.compactNullableString() : r.nullableString();
  if (version >= 2) {
    r.field = 'Results._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
  };
}

function writeCreateAclsResponse_Results(w: Writer, version: number, items: CreateAclsResponseAclCreationResult[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeCreateAclsResponseAclCreationResult(w, version, item);
}

function writeCreateAclsResponse(w: Writer, version: number, v: CreateAclsResponse): void {
  w.int32(v.throttleTimeMs);
  writeCreateAclsResponse_Results(w, version, v.results);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeCreateAclsResponseAclCreationResult(w: Writer, version: number, v: CreateAclsResponseAclCreationResult): void {
  w.int16(v.errorCode);
  version >= 2 ? w.compactNullableString(v.errorMessage) : w.nullableString(v.errorMessage);
  if (version >= 2) {
    w.uvarint(0);
  }
}

export const CreateAclsResponseCodec: MessageCodec<CreateAclsResponse> = {
  name: 'CreateAclsResponse',
  apiKey: 30,
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 2,
  decode(r: Reader, version: number): CreateAclsResponse {
    if (version < 0 || version > 3) {
      r.fail(`unsupported version ${version}`);
      return defaultCreateAclsResponse();
    }
    return readCreateAclsResponse(r, version);
  },
  encode(w: Writer, version: number, value: CreateAclsResponse): void {
    if (version < 0 || version > 3) unsupportedVersion('CreateAclsResponse', version, 0, 3);
    writeCreateAclsResponse(w, version, value);
  },
  defaults: defaultCreateAclsResponse,
};
