// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   ListClientMetricsResourcesRequest.json, ListClientMetricsResourcesResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** ListClientMetricsResourcesRequest (request, API key 74), versions 0. */
export interface ListClientMetricsResourcesRequest {
}

/** A fresh ListClientMetricsResourcesRequest with every field at its schema default. */
export function defaultListClientMetricsResourcesRequest(): ListClientMetricsResourcesRequest {
  return {
  };
}

function readListClientMetricsResourcesRequest(r: Reader, _version: number): ListClientMetricsResourcesRequest {
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
  };
}

function writeListClientMetricsResourcesRequest(w: Writer, _version: number, _v: ListClientMetricsResourcesRequest): void {
  w.uvarint(0);
}

export const ListClientMetricsResourcesRequestCodec: MessageCodec<ListClientMetricsResourcesRequest> = {
  name: 'ListClientMetricsResourcesRequest',
  apiKey: 74,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): ListClientMetricsResourcesRequest {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultListClientMetricsResourcesRequest();
    }
    return readListClientMetricsResourcesRequest(r, version);
  },
  encode(w: Writer, version: number, value: ListClientMetricsResourcesRequest): void {
    if (version < 0 || version > 0) unsupportedVersion('ListClientMetricsResourcesRequest', version, 0, 0);
    writeListClientMetricsResourcesRequest(w, version, value);
  },
  defaults: defaultListClientMetricsResourcesRequest,
};

/** ListClientMetricsResourcesResponse (response, API key 74), versions 0. */
export interface ListClientMetricsResourcesResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** Each client metrics resource in the response. (versions 0+) */
  clientMetricsResources: ListClientMetricsResourcesResponseClientMetricsResource[];
}

/** ListClientMetricsResourcesResponse ClientMetricsResource, versions 0. */
export interface ListClientMetricsResourcesResponseClientMetricsResource {
  /** The resource name. (versions 0+) */
  name: string;
}

/** A fresh ListClientMetricsResourcesResponse with every field at its schema default. */
export function defaultListClientMetricsResourcesResponse(): ListClientMetricsResourcesResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    clientMetricsResources: [],
  };
}

/** A fresh ListClientMetricsResourcesResponseClientMetricsResource with every field at its schema default. */
export function defaultListClientMetricsResourcesResponseClientMetricsResource(): ListClientMetricsResourcesResponseClientMetricsResource {
  return {
    name: '',
  };
}

function readListClientMetricsResourcesResponse_ClientMetricsResources(r: Reader, version: number): ListClientMetricsResourcesResponseClientMetricsResource[] {
  const n = r.compactArrayLength(2);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ListClientMetricsResourcesResponseClientMetricsResource[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readListClientMetricsResourcesResponseClientMetricsResource(r, version));
  return items;
}

function readListClientMetricsResourcesResponse(r: Reader, version: number): ListClientMetricsResourcesResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'ClientMetricsResources';
  const fClientMetricsResources: ListClientMetricsResourcesResponseClientMetricsResource[] = readListClientMetricsResourcesResponse_ClientMetricsResources(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
    clientMetricsResources: fClientMetricsResources,
  };
}

function readListClientMetricsResourcesResponseClientMetricsResource(r: Reader, _version: number): ListClientMetricsResourcesResponseClientMetricsResource {
  r.field = 'ClientMetricsResources.Name';
  const fName: string = r.compactString();
  r.field = 'ClientMetricsResources._tagged_fields';
  r.skipTaggedFields();
  return {
    name: fName,
  };
}

function writeListClientMetricsResourcesResponse_ClientMetricsResources(w: Writer, version: number, items: ListClientMetricsResourcesResponseClientMetricsResource[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeListClientMetricsResourcesResponseClientMetricsResource(w, version, item);
}

function writeListClientMetricsResourcesResponse(w: Writer, version: number, v: ListClientMetricsResourcesResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  writeListClientMetricsResourcesResponse_ClientMetricsResources(w, version, v.clientMetricsResources);
  w.uvarint(0);
}

function writeListClientMetricsResourcesResponseClientMetricsResource(w: Writer, _version: number, v: ListClientMetricsResourcesResponseClientMetricsResource): void {
  w.compactString(v.name);
  w.uvarint(0);
}

export const ListClientMetricsResourcesResponseCodec: MessageCodec<ListClientMetricsResourcesResponse> = {
  name: 'ListClientMetricsResourcesResponse',
  apiKey: 74,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): ListClientMetricsResourcesResponse {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultListClientMetricsResourcesResponse();
    }
    return readListClientMetricsResourcesResponse(r, version);
  },
  encode(w: Writer, version: number, value: ListClientMetricsResourcesResponse): void {
    if (version < 0 || version > 0) unsupportedVersion('ListClientMetricsResourcesResponse', version, 0, 0);
    writeListClientMetricsResourcesResponse(w, version, value);
  },
  defaults: defaultListClientMetricsResourcesResponse,
};
