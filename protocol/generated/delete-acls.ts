// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   DeleteAclsRequest.json, DeleteAclsResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, notInVersion, unsupportedVersion } from '../generator/runtime';

/** DeleteAclsRequest (request, API key 31), versions 0-3. */
export interface DeleteAclsRequest {
  /** The filters to use when deleting ACLs. (versions 0+) */
  filters: DeleteAclsRequestDeleteAclsFilter[];
}

/** DeleteAclsRequest DeleteAclsFilter, versions 0-3. */
export interface DeleteAclsRequestDeleteAclsFilter {
  /** The resource type. (versions 0+) */
  resourceTypeFilter: number;
  /** The resource name. (versions 0+, nullable 0+) */
  resourceNameFilter: string | null;
  /** The pattern type. (versions 1+, default 3) */
  patternTypeFilter: number;
  /** The principal filter, or null to accept all principals. (versions 0+, nullable 0+) */
  principalFilter: string | null;
  /** The host filter, or null to accept all hosts. (versions 0+, nullable 0+) */
  hostFilter: string | null;
  /** The ACL operation. (versions 0+) */
  operation: number;
  /** The permission type. (versions 0+) */
  permissionType: number;
}

/** A fresh DeleteAclsRequest with every field at its schema default. */
export function defaultDeleteAclsRequest(): DeleteAclsRequest {
  return {
    filters: [],
  };
}

/** A fresh DeleteAclsRequestDeleteAclsFilter with every field at its schema default. */
export function defaultDeleteAclsRequestDeleteAclsFilter(): DeleteAclsRequestDeleteAclsFilter {
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

function readDeleteAclsRequest_Filters(r: Reader, version: number): DeleteAclsRequestDeleteAclsFilter[] {
  const n = version >= 2 ? r.compactArrayLength(8) : r.arrayLength(8);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DeleteAclsRequestDeleteAclsFilter[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDeleteAclsRequestDeleteAclsFilter(r, version));
  return items;
}

function readDeleteAclsRequest(r: Reader, version: number): DeleteAclsRequest {
  r.field = 'Filters';
  const fFilters: DeleteAclsRequestDeleteAclsFilter[] = readDeleteAclsRequest_Filters(r, version);
  if (version >= 2) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    filters: fFilters,
  };
}

function readDeleteAclsRequestDeleteAclsFilter(r: Reader, version: number): DeleteAclsRequestDeleteAclsFilter {
  r.field = 'Filters.ResourceTypeFilter';
  const fResourceTypeFilter: number = r.int8();
  r.field = 'Filters.ResourceNameFilter';
  const fResourceNameFilter: string | null = version >= 2 ? r.compactNullableString() : r.nullableString();
  r.field = 'Filters.PatternTypeFilter';
  const fPatternTypeFilter: number = version >= 1 ? r.int8() : 3;
  r.field = 'Filters.PrincipalFilter';
  const fPrincipalFilter: string | null = version >= 2 ? r.compactNullableString() : r.nullableString();
  r.field = 'Filters.HostFilter';
  const fHostFilter: string | null = version >= 2 ? r.compactNullableString() : r.nullableString();
  r.field = 'Filters.Operation';
  const fOperation: number = r.int8();
  r.field = 'Filters.PermissionType';
  const fPermissionType: number = r.int8();
  if (version >= 2) {
    r.field = 'Filters._tagged_fields';
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

function writeDeleteAclsRequest_Filters(w: Writer, version: number, items: DeleteAclsRequestDeleteAclsFilter[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeDeleteAclsRequestDeleteAclsFilter(w, version, item);
}

function writeDeleteAclsRequest(w: Writer, version: number, v: DeleteAclsRequest): void {
  writeDeleteAclsRequest_Filters(w, version, v.filters);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeDeleteAclsRequestDeleteAclsFilter(w: Writer, version: number, v: DeleteAclsRequestDeleteAclsFilter): void {
  w.int8(v.resourceTypeFilter);
  version >= 2 ? w.compactNullableString(v.resourceNameFilter) : w.nullableString(v.resourceNameFilter);
  if (version >= 1) {
    w.int8(v.patternTypeFilter);
  } else if (v.patternTypeFilter !== 3) {
    notInVersion('DeleteAclsRequest', version, 'Filters.PatternTypeFilter');
  }
  version >= 2 ? w.compactNullableString(v.principalFilter) : w.nullableString(v.principalFilter);
  version >= 2 ? w.compactNullableString(v.hostFilter) : w.nullableString(v.hostFilter);
  w.int8(v.operation);
  w.int8(v.permissionType);
  if (version >= 2) {
    w.uvarint(0);
  }
}

export const DeleteAclsRequestCodec: MessageCodec<DeleteAclsRequest> = {
  name: 'DeleteAclsRequest',
  apiKey: 31,
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 2,
  decode(r: Reader, version: number): DeleteAclsRequest {
    if (version < 0 || version > 3) {
      r.fail(`unsupported version ${version}`);
      return defaultDeleteAclsRequest();
    }
    return readDeleteAclsRequest(r, version);
  },
  encode(w: Writer, version: number, value: DeleteAclsRequest): void {
    if (version < 0 || version > 3) unsupportedVersion('DeleteAclsRequest', version, 0, 3);
    writeDeleteAclsRequest(w, version, value);
  },
  defaults: defaultDeleteAclsRequest,
};

/** DeleteAclsResponse (response, API key 31), versions 0-3. */
export interface DeleteAclsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The results for each filter. (versions 0+) */
  filterResults: DeleteAclsResponseDeleteAclsFilterResult[];
}

/** DeleteAclsResponse DeleteAclsFilterResult, versions 0-3. */
export interface DeleteAclsResponseDeleteAclsFilterResult {
  /** The error code, or 0 if the filter succeeded. (versions 0+) */
  errorCode: number;
  /** The error message, or null if the filter succeeded. (versions 0+, nullable 0+) */
  errorMessage: string | null;
  /** The ACLs which matched this filter. (versions 0+) */
  matchingAcls: DeleteAclsResponseDeleteAclsMatchingAcl[];
}

/** DeleteAclsResponse DeleteAclsMatchingAcl, versions 0-3. */
export interface DeleteAclsResponseDeleteAclsMatchingAcl {
  /** The deletion error code, or 0 if the deletion succeeded. (versions 0+) */
  errorCode: number;
  /** The deletion error message, or null if the deletion succeeded. (versions 0+, nullable 0+) */
  errorMessage: string | null;
  /** The ACL resource type. (versions 0+) */
  resourceType: number;
  /** The ACL resource name. (versions 0+) */
  resourceName: string;
  /** The ACL resource pattern type. (versions 1+, default 3) */
  patternType: number;
  /** The ACL principal. (versions 0+) */
  principal: string;
  /** The ACL host. (versions 0+) */
  host: string;
  /** The ACL operation. (versions 0+) */
  operation: number;
  /** The ACL permission type. (versions 0+) */
  permissionType: number;
}

/** A fresh DeleteAclsResponse with every field at its schema default. */
export function defaultDeleteAclsResponse(): DeleteAclsResponse {
  return {
    throttleTimeMs: 0,
    filterResults: [],
  };
}

/** A fresh DeleteAclsResponseDeleteAclsFilterResult with every field at its schema default. */
export function defaultDeleteAclsResponseDeleteAclsFilterResult(): DeleteAclsResponseDeleteAclsFilterResult {
  return {
    errorCode: 0,
    errorMessage: '',
    matchingAcls: [],
  };
}

/** A fresh DeleteAclsResponseDeleteAclsMatchingAcl with every field at its schema default. */
export function defaultDeleteAclsResponseDeleteAclsMatchingAcl(): DeleteAclsResponseDeleteAclsMatchingAcl {
  return {
    errorCode: 0,
    errorMessage: '',
    resourceType: 0,
    resourceName: '',
    patternType: 3,
    principal: '',
    host: '',
    operation: 0,
    permissionType: 0,
  };
}

function readDeleteAclsResponse_FilterResults(r: Reader, version: number): DeleteAclsResponseDeleteAclsFilterResult[] {
  const n = version >= 2 ? r.compactArrayLength(5) : r.arrayLength(5);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DeleteAclsResponseDeleteAclsFilterResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDeleteAclsResponseDeleteAclsFilterResult(r, version));
  return items;
}

function readDeleteAclsResponse(r: Reader, version: number): DeleteAclsResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'FilterResults';
  const fFilterResults: DeleteAclsResponseDeleteAclsFilterResult[] = readDeleteAclsResponse_FilterResults(r, version);
  if (version >= 2) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    throttleTimeMs: fThrottleTimeMs,
    filterResults: fFilterResults,
  };
}

function readDeleteAclsResponseDeleteAclsFilterResult_MatchingAcls(r: Reader, version: number): DeleteAclsResponseDeleteAclsMatchingAcl[] {
  const n = version >= 2 ? r.compactArrayLength(11) : r.arrayLength(11);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DeleteAclsResponseDeleteAclsMatchingAcl[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDeleteAclsResponseDeleteAclsMatchingAcl(r, version));
  return items;
}

function readDeleteAclsResponseDeleteAclsFilterResult(r: Reader, version: number): DeleteAclsResponseDeleteAclsFilterResult {
  r.field = 'FilterResults.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'FilterResults.ErrorMessage';
  const fErrorMessage: string | null = version >= 2 ? r.compactNullableString() : r.nullableString();
  r.field = 'FilterResults.MatchingAcls';
  const fMatchingAcls: DeleteAclsResponseDeleteAclsMatchingAcl[] = readDeleteAclsResponseDeleteAclsFilterResult_MatchingAcls(r, version);
  if (version >= 2) {
    r.field = 'FilterResults._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
    matchingAcls: fMatchingAcls,
  };
}

function readDeleteAclsResponseDeleteAclsMatchingAcl(r: Reader, version: number): DeleteAclsResponseDeleteAclsMatchingAcl {
  r.field = 'FilterResults.MatchingAcls.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'FilterResults.MatchingAcls.ErrorMessage';
  const fErrorMessage: string | null = version >= 2 ? r.compactNullableString() : r.nullableString();
  r.field = 'FilterResults.MatchingAcls.ResourceType';
  const fResourceType: number = r.int8();
  r.field = 'FilterResults.MatchingAcls.ResourceName';
  const fResourceName: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'FilterResults.MatchingAcls.PatternType';
  const fPatternType: number = version >= 1 ? r.int8() : 3;
  r.field = 'FilterResults.MatchingAcls.Principal';
  const fPrincipal: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'FilterResults.MatchingAcls.Host';
  const fHost: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'FilterResults.MatchingAcls.Operation';
  const fOperation: number = r.int8();
  r.field = 'FilterResults.MatchingAcls.PermissionType';
  const fPermissionType: number = r.int8();
  if (version >= 2) {
    r.field = 'FilterResults.MatchingAcls._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
    resourceType: fResourceType,
    resourceName: fResourceName,
    patternType: fPatternType,
    principal: fPrincipal,
    host: fHost,
    operation: fOperation,
    permissionType: fPermissionType,
  };
}

function writeDeleteAclsResponse_FilterResults(w: Writer, version: number, items: DeleteAclsResponseDeleteAclsFilterResult[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeDeleteAclsResponseDeleteAclsFilterResult(w, version, item);
}

function writeDeleteAclsResponse(w: Writer, version: number, v: DeleteAclsResponse): void {
  w.int32(v.throttleTimeMs);
  writeDeleteAclsResponse_FilterResults(w, version, v.filterResults);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeDeleteAclsResponseDeleteAclsFilterResult_MatchingAcls(w: Writer, version: number, items: DeleteAclsResponseDeleteAclsMatchingAcl[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeDeleteAclsResponseDeleteAclsMatchingAcl(w, version, item);
}

function writeDeleteAclsResponseDeleteAclsFilterResult(w: Writer, version: number, v: DeleteAclsResponseDeleteAclsFilterResult): void {
  w.int16(v.errorCode);
  version >= 2 ? w.compactNullableString(v.errorMessage) : w.nullableString(v.errorMessage);
  writeDeleteAclsResponseDeleteAclsFilterResult_MatchingAcls(w, version, v.matchingAcls);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeDeleteAclsResponseDeleteAclsMatchingAcl(w: Writer, version: number, v: DeleteAclsResponseDeleteAclsMatchingAcl): void {
  w.int16(v.errorCode);
  version >= 2 ? w.compactNullableString(v.errorMessage) : w.nullableString(v.errorMessage);
  w.int8(v.resourceType);
  version >= 2 ? w.compactString(v.resourceName) : w.string(v.resourceName);
  if (version >= 1) {
    w.int8(v.patternType);
  } else if (v.patternType !== 3) {
    notInVersion('DeleteAclsResponse', version, 'FilterResults.MatchingAcls.PatternType');
  }
  version >= 2 ? w.compactString(v.principal) : w.string(v.principal);
  version >= 2 ? w.compactString(v.host) : w.string(v.host);
  w.int8(v.operation);
  w.int8(v.permissionType);
  if (version >= 2) {
    w.uvarint(0);
  }
}

export const DeleteAclsResponseCodec: MessageCodec<DeleteAclsResponse> = {
  name: 'DeleteAclsResponse',
  apiKey: 31,
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 2,
  decode(r: Reader, version: number): DeleteAclsResponse {
    if (version < 0 || version > 3) {
      r.fail(`unsupported version ${version}`);
      return defaultDeleteAclsResponse();
    }
    return readDeleteAclsResponse(r, version);
  },
  encode(w: Writer, version: number, value: DeleteAclsResponse): void {
    if (version < 0 || version > 3) unsupportedVersion('DeleteAclsResponse', version, 0, 3);
    writeDeleteAclsResponse(w, version, value);
  },
  defaults: defaultDeleteAclsResponse,
};
