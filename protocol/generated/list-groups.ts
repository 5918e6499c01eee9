// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   ListGroupsRequest.json, ListGroupsResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, notInVersion, unsupportedVersion } from '../generator/runtime';

/** ListGroupsRequest (request, API key 16), versions 0-5. */
export interface ListGroupsRequest {
  /** The states of the groups we want to list. If empty, all groups are returned with their state. (versions 4+) */
  statesFilter: string[];
  /** The types of the groups we want to list. If empty, all groups are returned with their type. (versions 5+) */
  typesFilter: string[];
}

/** A fresh ListGroupsRequest with every field at its schema default. */
export function defaultListGroupsRequest(): ListGroupsRequest {
  return {
    statesFilter: [],
    typesFilter: [],
  };
}

function readListGroupsRequest_StatesFilter(r: Reader, _version: number): string[] {
  const n = r.compactArrayLength(1);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: string[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.compactString());
  return items;
}

function readListGroupsRequest_TypesFilter(r: Reader, _version: number): string[] {
  const n = r.compactArrayLength(1);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: string[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.compactString());
  return items;
}

function readListGroupsRequest(r: Reader, version: number): ListGroupsRequest {
  r.field = 'StatesFilter';
  const fStatesFilter: string[] = version >= 4 ? readListGroupsRequest_StatesFilter(r, version) : [];
  r.field = 'TypesFilter';
  const fTypesFilter: string[] = version >= 5 ? readListGroupsRequest_TypesFilter(r, version) : [];
  if (version >= 3) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    statesFilter: fStatesFilter,
    typesFilter: fTypesFilter,
  };
}

function writeListGroupsRequest_StatesFilter(w: Writer, _version: number, items: string[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.compactString(item);
}

function writeListGroupsRequest_TypesFilter(w: Writer, _version: number, items: string[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.compactString(item);
}

function writeListGroupsRequest(w: Writer, version: number, v: ListGroupsRequest): void {
  if (version >= 4) {
    writeListGroupsRequest_StatesFilter(w, version, v.statesFilter);
  } else if (v.statesFilter.length !== 0) {
    notInVersion('ListGroupsRequest', version, 'StatesFilter');
  }
  if (version >= 5) {
    writeListGroupsRequest_TypesFilter(w, version, v.typesFilter);
  } else if (v.typesFilter.length !== 0) {
    notInVersion('ListGroupsRequest', version, 'TypesFilter');
  }
  if (version >= 3) {
    w.uvarint(0);
  }
}

export const ListGroupsRequestCodec: MessageCodec<ListGroupsRequest> = {
  name: 'ListGroupsRequest',
  apiKey: 16,
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 3,
  decode(r: Reader, version: number): ListGroupsRequest {
    if (version < 0 || version > 5) {
      r.fail(`unsupported version ${version}`);
      return defaultListGroupsRequest();
    }
    return readListGroupsRequest(r, version);
  },
  encode(w: Writer, version: number, value: ListGroupsRequest): void {
    if (version < 0 || version > 5) unsupportedVersion('ListGroupsRequest', version, 0, 5);
    writeListGroupsRequest(w, version, value);
  },
  defaults: defaultListGroupsRequest,
};

/** ListGroupsResponse (response, API key 16), versions 0-5. */
export interface ListGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** Each group in the response. (versions 0+) */
  groups: ListGroupsResponseListedGroup[];
}

/** ListGroupsResponse ListedGroup, versions 0-5. */
export interface ListGroupsResponseListedGroup {
  /** The group ID. (versions 0+) */
  groupId: string;
  /** The group protocol type. (versions 0+) */
  protocolType: string;
  /** The group state name. (versions 4+) */
  groupState: string;
  /** The group type name. (versions 5+) */
  groupType: string;
}

/** A fresh ListGroupsResponse with every field at its schema default. */
export function defaultListGroupsResponse(): ListGroupsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    groups: [],
  };
}

/** A fresh ListGroupsResponseListedGroup with every field at its schema default. */
export function defaultListGroupsResponseListedGroup(): ListGroupsResponseListedGroup {
  return {
    groupId: '',
    protocolType: '',
    groupState: '',
    groupType: '',
  };
}

function readListGroupsResponse_Groups(r: Reader, version: number): ListGroupsResponseListedGroup[] {
  const n = version >= 3 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ListGroupsResponseListedGroup[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readListGroupsResponseListedGroup(r, version));
  return items;
}

function readListGroupsResponse(r: Reader, version: number): ListGroupsResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = version >= 1 ? r.int32() : 0;
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Groups';
  const fGroups: ListGroupsResponseListedGroup[] = readListGroupsResponse_Groups(r, version);
  if (version >= 3) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
    groups: fGroups,
  };
}

function readListGroupsResponseListedGroup(r: Reader, version: number): ListGroupsResponseListedGroup {
  r.field = 'Groups.GroupId';
  const fGroupId: string = version >= 3 ? r.compactString() : r.string();
  r.field = 'Groups.ProtocolType';
  const fProtocolType: string = version >= 3 ? r.compactString() : r.string();
  r.field = 'Groups.GroupState';
  const fGroupState: string = version >= 4 ? r.compactString() : '';
  r.field = 'Groups.GroupType';
  const fGroupType: string = version >= 5 ? r.compactString() : '';
  if (version >= 3) {
    r.field = 'Groups._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    groupId: fGroupId,
    protocolType: fProtocolType,
    groupState: fGroupState,
    groupType: fGroupType,
  };
}

function writeListGroupsResponse_Groups(w: Writer, version: number, items: ListGroupsResponseListedGroup[]): void {
  version >= 3 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeListGroupsResponseListedGroup(w, version, item);
}

function writeListGroupsResponse(w: Writer, version: number, v: ListGroupsResponse): void {
  if (version >= 1) {
    w.int32(v.throttleTimeMs);
  }
  w.int16(v.errorCode);
  writeListGroupsResponse_Groups(w, version, v.groups);
  if (version >= 3) {
    w.uvarint(0);
  }
}

function writeListGroupsResponseListedGroup(w: Writer, version: number, v: ListGroupsResponseListedGroup): void {
  version >= 3 ? w.compactString(v.groupId) : w.string(v.groupId);
  version >= 3 ? w.compactString(v.protocolType) : w.string(v.protocolType);
  if (version >= 4) {
    w.compactString(v.groupState);
  }
  if (version >= 5) {
    w.compactString(v.groupType);
  }
  if (version >= 3) {
    w.uvarint(0);
  }
}

export const ListGroupsResponseCodec: MessageCodec<ListGroupsResponse> = {
  name: 'ListGroupsResponse',
  apiKey: 16,
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 3,
  decode(r: Reader, version: number): ListGroupsResponse {
    if (version < 0 || version > 5) {
      r.fail(`unsupported version ${version}`);
      return defaultListGroupsResponse();
    }
    return readListGroupsResponse(r, version);
  },
  encode(w: Writer, version: number, value: ListGroupsResponse): void {
    if (version < 0 || version > 5) unsupportedVersion('ListGroupsResponse', version, 0, 5);
    writeListGroupsResponse(w, version, value);
  },
  defaults: defaultListGroupsResponse,
};
