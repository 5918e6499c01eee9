// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   DescribeAclsRequest.json, DescribeAclsResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, notInVersion, unsupportedVersion } from '../generator/runtime';

/** DescribeAclsRequest (request, API key 29), versions 0-3. */
export interface DescribeAclsRequest {
  /** The resource type. (versions 0+) */
  resourceTypeFilter: number;
  /** The resource name, or null to match any resource name. (versions 0+, nullable 0+) */
  resourceNameFilter: string | null;
  /** The resource pattern to match. (versions 1+, default 3) */
  patternTypeFilter: number;
  /** The principal to match, or null to match any principal. (versions 0+, nullable 0+) */
  principalFilter: string | null;
  /** The host to match, or null to match any host. (versions 0+, nullable 0+) */
  hostFilter: string | null;
  /** The operation to match. (versions 0+) */
  operation: number;
  /** The permission type to match. (versions 0+) */
  permissionType: number;
}

/** A fresh DescribeAclsRequest with every field at its schema default. */
export function defaultDescribeAclsRequest(): DescribeAclsRequest {
  return {
    resourceTypeFilter: 0,
    resourceNameFilter: '',
    patternTypeFilter: 3,
    principalFilter: '',
    hostFilter: '',
    operation: 0,
    permissionType: 0,
  };
}

function readDescribeAclsRequest(r: Reader, version: number): DescribeAclsRequest {
  r.field = 'ResourceTypeFilter';
  const fResourceTypeFilter: number = r.int8();
  r.field = 'ResourceNameFilter';
  const fResourceNameFilter: string | null = version >= 2 ? r.compactNullableString() : r.nullableString();
  r.field = 'PatternTypeFilter';
  const fPatternTypeFilter: number = version >= 1 ? r.int8() : 3;
  r.field = 'PrincipalFilter';
  const fPrincipalFilter: string | null = version >= 2 ? r.compactNullableString() : r.nullableString();
  r.field = 'HostFilter';
  const fHostFilter: string | null = version >= 2 ? r.compactNullableString() : r.nullableString();
  r.field = 'Operation';
  const fOperation: number = r.int8();
  r.field = 'PermissionType';
  const fPermissionType: number = r.int8();
  if (version >= 2) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    resourceTypeFilter: fResourceTypeFilter,
    resourceNameFilter: fResourceNameFilter,
    patternTypeFilter: fPatternTypeFilter,
    principalFilter: fPrincipalFilter,
    hostFilter: fHostFilter,
    operation: fOperation,
    permissionType: fPermissionType,
  };
}

function writeDescribeAclsRequest(w: Writer, version: number, v: DescribeAclsRequest): void {
  w.int8(v.resourceTypeFilter);
  version >= 2 ? w.compactNullableString(v.resourceNameFilter) : w.nullableString(v.resourceNameFilter);
  if (version >= 1) {
    w.int8(v.patternTypeFilter);
  } else if (v.patternTypeFilter !== 3) {
    notInVersion('DescribeAclsRequest', version, 'PatternTypeFilter');
  }
  version >= 2 ? w.compactNullableString(v.principalFilter) : w.nullableString(v.principalFilter);
  version >= 2 ? w.compactNullableString(v.hostFilter) : w.nullableString(v.hostFilter);
  w.int8(v.operation);
  w.int8(v.permissionType);
  if (version >= 2) {
    w.uvarint(0);
  }
}

export const DescribeAclsRequestCodec: MessageCodec<DescribeAclsRequest> = {
  name: 'DescribeAclsRequest',
  apiKey: 29,
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 2,
  decode(r: Reader, version: number): DescribeAclsRequest {
    if (version < 0 || version > 3) {
      r.fail(`unsupported version ${version}`);
      return defaultDescribeAclsRequest();
    }
    return readDescribeAclsRequest(r, version);
  },
  encode(w: Writer, version: number, value: DescribeAclsRequest): void {
    if (version < 0 || version > 3) unsupportedVersion('DescribeAclsRequest', version, 0, 3);
    writeDescribeAclsRequest(w, version, value);
  },
  defaults: defaultDescribeAclsRequest,
};

/** DescribeAclsResponse (response, API key 29), versions 0-3. */
export interface DescribeAclsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 0+, nullable 0+) */
  errorMessage: string | null;
  /** Each Resource that is referenced in an ACL. (versions 0+) */
  resources: DescribeAclsResponseDescribeAclsResource[];
}

/** DescribeAclsResponse DescribeAclsResource, versions 0-3. */
export interface DescribeAclsResponseDescribeAclsResource {
  /** The resource type. (versions 0+) */
  resourceType: number;
  /** The resource name. (versions 0+) */
  resourceName: string;
  /** The resource pattern type. (versions 1+, default 3) */
  patternType: number;
  /** The ACLs. (versions 0+) */
  acls: DescribeAclsResponseAclDescription[];
}

/** DescribeAclsResponse AclDescription, versions 0-3. */
export interface DescribeAclsResponseAclDescription {
  /** The ACL principal. (versions 0+) */
  principal: string;
  /** The ACL host. (versions 0+) */
  host: string;
  /** The ACL operation. (versions 0+) */
  operation: number;
  /** The ACL permission type. (versions 0+) */
  permissionType: number;
}

/** A fresh DescribeAclsResponse with every field at its schema default. */
export function defaultDescribeAclsResponse(): DescribeAclsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: '',
    resources: [],
  };
}

/** A fresh DescribeAclsResponseDescribeAclsResource with every field at its schema default. */
export function defaultDescribeAclsResponseDescribeAclsResource(): DescribeAclsResponseDescribeAclsResource {
  return {
    resourceType: 0,
    resourceName: '',
    patternType: 3,
    acls: [],
  };
}

/** A fresh DescribeAclsResponseAclDescription with every field at its schema default. */
export function defaultDescribeAclsResponseAclDescription(): DescribeAclsResponseAclDescription {
  return {
    principal: '',
    host: '',
    operation: 0,
    permissionType: 0,
  };
}

function readDescribeAclsResponse_Resources(r: Reader, version: number): DescribeAclsResponseDescribeAclsResource[] {
  const n = version >= 2 ? r.compactArrayLength(5) : r.arrayLength(5);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeAclsResponseDescribeAclsResource[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeAclsResponseDescribeAclsResource(r, version));
  return items;
}

function readDescribeAclsResponse(r: Reader, version: number): DescribeAclsResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'ErrorMessage';
  const fErrorMessage: string | null = version >= 2 ? r.compactNullableString() : r.nullableString();
  r.field = 'Resources';
  const fResources: DescribeAclsResponseDescribeAclsResource[] = readDescribeAclsResponse_Resources(r, version);
  if (version >= 2) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
    resources: fResources,
  };
}

function readDescribeAclsResponseDescribeAclsResource_Acls(r: Reader, version: number): DescribeAclsResponseAclDescription[] {
  const n = version >= 2 ? r.compactArrayLength(5) : r.arrayLength(5);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeAclsResponseAclDescription[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeAclsResponseAclDescription(r, version));
  return items;
}

function readDescribeAclsResponseDescribeAclsResource(r: Reader, version: number): DescribeAclsResponseDescribeAclsResource {
  r.field = 'Resources.ResourceType';
  const fResourceType: number = r.int8();
  r.field = 'Resources.ResourceName';
  const fResourceName: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'Resources.PatternType';
  const fPatternType: number = version >= 1 ? r.int8() : 3;
  r.field = 'Resources.Acls';
  const fAcls: DescribeAclsResponseAclDescription[] = readDescribeAclsResponseDescribeAclsResource_Acls(r, version);
  if (version >= 2) {
    r.field = 'Resources._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    resourceType: fResourceType,
    resourceName: fResourceName,
    patternType: fPatternType,
    acls: fAcls,
  };
}

function readDescribeAclsResponseAclDescription(r: Reader, version: number): DescribeAclsResponseAclDescription {
  r.field = 'Resources.Acls.Principal';
  const fPrincipal: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'Resources.Acls.Host';
  const fHost: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'Resources.Acls.Operation';
  const fOperation: number = r.int8();
  r.field = 'Resources.Acls.PermissionType';
  const fPermissionType: number = r.int8();
  if (version >= 2) {
    r.field = 'Resources.Acls._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    principal: fPrincipal,
    host: fHost,
    operation: fOperation,
    permissionType: fPermissionType,
  };
}

function writeDescribeAclsResponse_Resources(w: Writer, version: number, items: DescribeAclsResponseDescribeAclsResource[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeDescribeAclsResponseDescribeAclsResource(w, version, item);
}

function writeDescribeAclsResponse(w: Writer, version: number, v: DescribeAclsResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  version >= 2 ? w.compactNullableString(v.errorMessage) : w.nullableString(v.errorMessage);
  writeDescribeAclsResponse_Resources(w, version, v.resources);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeDescribeAclsResponseDescribeAclsResource_Acls(w: Writer, version: number, items: DescribeAclsResponseAclDescription[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeDescribeAclsResponseAclDescription(w, version, item);
}

function writeDescribeAclsResponseDescribeAclsResource(w: Writer, version: number, v: DescribeAclsResponseDescribeAclsResource): void {
  w.int8(v.resourceType);
  version >= 2 ? w.compactString(v.resourceName) : w.string(v.resourceName);
  if (version >= 1) {
    w.int8(v.patternType);
  } else if (v.patternType !== 3) {
    notInVersion('DescribeAclsResponse', version, 'Resources.PatternType');
  }
  writeDescribeAclsResponseDescribeAclsResource_Acls(w, version, v.acls);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeDescribeAclsResponseAclDescription(w: Writer, version: number, v: DescribeAclsResponseAclDescription): void {
  version >= 2 ? w.compactString(v.principal) : w.string(v.principal);
  version >= 2 ? w.compactString(v.host) : w.string(v.host);
  w.int8(v.operation);
  w.int8(v.permissionType);
  if (version >= 2) {
    w.uvarint(0);
  }
}

export const DescribeAclsResponseCodec: MessageCodec<DescribeAclsResponse> = {
  name: 'DescribeAclsResponse',
  apiKey: 29,
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 2,
  decode(r: Reader, version: number): DescribeAclsResponse {
    if (version < 0 || version > 3) {
      r.fail(`unsupported version ${version}`);
      return defaultDescribeAclsResponse();
    }
    return readDescribeAclsResponse(r, version);
  },
  encode(w: Writer, version: number, value: DescribeAclsResponse): void {
    if (version < 0 || version > 3) unsupportedVersion('DescribeAclsResponse', version, 0, 3);
    writeDescribeAclsResponse(w, version, value);
  },
  defaults: defaultDescribeAclsResponse,
};
