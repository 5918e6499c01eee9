// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0 (kafka-clients-4.4.0.jar, common/message/), its lowest versions
//   checked equal to apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99's (protocol/generator/overlay.ts)
//   ListConfigResourcesRequest.json, ListConfigResourcesResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, notInVersion, unsupportedVersion } from '../generator/runtime';

/** ListConfigResourcesRequest (request, API key 74), versions 0-1. */
export interface ListConfigResourcesRequest {
  /** The list of resource type. If the list is empty, it uses default supported config resource types. (versions 1+) */
  resourceTypes: number[];
}

/** A fresh ListConfigResourcesRequest with every field at its schema default. */
export function defaultListConfigResourcesRequest(): ListConfigResourcesRequest {
  return {
    resourceTypes: [],
  };
}

function readListConfigResourcesRequest_ResourceTypes(r: Reader, _version: number): number[] {
  const n = r.compactArrayLength(1);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: number[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.int8());
  return items;
}

function readListConfigResourcesRequest(r: Reader, version: number): ListConfigResourcesRequest {
  r.field = 'ResourceTypes';
  const fResourceTypes: number[] = version >= 1 ? readListConfigResourcesRequest_ResourceTypes(r, version) : [];
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    resourceTypes: fResourceTypes,
  };
}

function writeListConfigResourcesRequest_ResourceTypes(w: Writer, _version: number, items: number[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.int8(item);
}

function writeListConfigResourcesRequest(w: Writer, version: number, v: ListConfigResourcesRequest): void {
  if (version >= 1) {
    writeListConfigResourcesRequest_ResourceTypes(w, version, v.resourceTypes);
  } else if (v.resourceTypes.length !== 0) {
    notInVersion('ListConfigResourcesRequest', version, 'ResourceTypes');
  }
  w.uvarint(0);
}

export const ListConfigResourcesRequestCodec: MessageCodec<ListConfigResourcesRequest> = {
  name: 'ListConfigResourcesRequest',
  apiKey: 74,
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  decode(r: Reader, version: number): ListConfigResourcesRequest {
    if (version < 0 || version > 1) {
      r.fail(`unsupported version ${version}`);
      return defaultListConfigResourcesRequest();
    }
    return readListConfigResourcesRequest(r, version);
  },
  encode(w: Writer, version: number, value: ListConfigResourcesRequest): void {
    if (version < 0 || version > 1) unsupportedVersion('ListConfigResourcesRequest', version, 0, 1);
    writeListConfigResourcesRequest(w, version, value);
  },
  defaults: defaultListConfigResourcesRequest,
};

/** ListConfigResourcesResponse (response, API key 74), versions 0-1. */
export interface ListConfigResourcesResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** Each config resource in the response. (versions 0+) */
  configResources: ListConfigResourcesResponseConfigResource[];
}

/** ListConfigResourcesResponse ConfigResource, versions 0-1. */
export interface ListConfigResourcesResponseConfigResource {
  /** The resource name. (versions 0+) */
  resourceName: string;
  /** The resource type. (versions 1+, default 16) */
  resourceType: number;
}

/** A fresh ListConfigResourcesResponse with every field at its schema default. */
export function defaultListConfigResourcesResponse(): ListConfigResourcesResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    configResources: [],
  };
}

/** A fresh ListConfigResourcesResponseConfigResource with every field at its schema default. */
export function defaultListConfigResourcesResponseConfigResource(): ListConfigResourcesResponseConfigResource {
  return {
    resourceName: '',
    resourceType: 16,
  };
}

function readListConfigResourcesResponse_ConfigResources(r: Reader, version: number): ListConfigResourcesResponseConfigResource[] {
  const n = r.compactArrayLength(2);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ListConfigResourcesResponseConfigResource[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readListConfigResourcesResponseConfigResource(r, version));
  return items;
}

function readListConfigResourcesResponse(r: Reader, version: number): ListConfigResourcesResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'ConfigResources';
  const fConfigResources: ListConfigResourcesResponseConfigResource[] = readListConfigResourcesResponse_ConfigResources(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
    configResources: fConfigResources,
  };
}

function readListConfigResourcesResponseConfigResource(r: Reader, version: number): ListConfigResourcesResponseConfigResource {
  r.field = 'ConfigResources.ResourceName';
  const fResourceName: string = r.compactString();
  r.field = 'ConfigResources.ResourceType';
  const fResourceType: number = version >= 1 ? r.int8() : 16;
  r.field = 'ConfigResources._tagged_fields';
  r.skipTaggedFields();
  return {
    resourceName: fResourceName,
    resourceType: fResourceType,
  };
}

function writeListConfigResourcesResponse_ConfigResources(w: Writer, version: number, items: ListConfigResourcesResponseConfigResource[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeListConfigResourcesResponseConfigResource(w, version, item);
}

function writeListConfigResourcesResponse(w: Writer, version: number, v: ListConfigResourcesResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  writeListConfigResourcesResponse_ConfigResources(w, version, v.configResources);
  w.uvarint(0);
}

function writeListConfigResourcesResponseConfigResource(w: Writer, version: number, v: ListConfigResourcesResponseConfigResource): void {
  w.compactString(v.resourceName);
  if (version >= 1) {
    w.int8(v.resourceType);
  }
  w.uvarint(0);
}

export const ListConfigResourcesResponseCodec: MessageCodec<ListConfigResourcesResponse> = {
  name: 'ListConfigResourcesResponse',
  apiKey: 74,
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  decode(r: Reader, version: number): ListConfigResourcesResponse {
    if (version < 0 || version > 1) {
      r.fail(`unsupported version ${version}`);
      return defaultListConfigResourcesResponse();
    }
    return readListConfigResourcesResponse(r, version);
  },
  encode(w: Writer, version: number, value: ListConfigResourcesResponse): void {
    if (version < 0 || version > 1) unsupportedVersion('ListConfigResourcesResponse', version, 0, 1);
    writeListConfigResourcesResponse(w, version, value);
  },
  defaults: defaultListConfigResourcesResponse,
};
