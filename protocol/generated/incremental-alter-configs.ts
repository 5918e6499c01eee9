// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   IncrementalAlterConfigsRequest.json, IncrementalAlterConfigsResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** IncrementalAlterConfigsRequest (request, API key 44), versions 0-1. */
export interface IncrementalAlterConfigsRequest {
  /** The incremental updates for each resource. (versions 0+) */
  resources: IncrementalAlterConfigsRequestAlterConfigsResource[];
  /** True if we should validate the request, but not change the configurations. (versions 0+) */
  validateOnly: boolean;
}

/** IncrementalAlterConfigsRequest AlterConfigsResource, versions 0-1. */
export interface IncrementalAlterConfigsRequestAlterConfigsResource {
  /** The resource type. (versions 0+) */
  resourceType: number;
  /** The resource name. (versions 0+) */
  resourceName: string;
  /** The configurations. (versions 0+) */
  configs: IncrementalAlterConfigsRequestAlterableConfig[];
}

/** IncrementalAlterConfigsRequest AlterableConfig, versions 0-1. */
export interface IncrementalAlterConfigsRequestAlterableConfig {
  /** The configuration key name. (versions 0+) */
  name: string;
  /** The type (Set, Delete, Append, Subtract) of operation. (versions 0+) */
  configOperation: number;
  /** The value to set for the configuration key. (versions 0+, nullable 0+) */
  value: string | null;
}

/** A fresh IncrementalAlterConfigsRequest with every field at its schema default. */
export function defaultIncrementalAlterConfigsRequest(): IncrementalAlterConfigsRequest {
  return {
    resources: [],
    validateOnly: false,
  };
}

/** A fresh IncrementalAlterConfigsRequestAlterConfigsResource with every field at its schema default. */
export function defaultIncrementalAlterConfigsRequestAlterConfigsResource(): IncrementalAlterConfigsRequestAlterConfigsResource {
  return {
    resourceType: 0,
    resourceName: '',
    configs: [],
  };
}

/** A fresh IncrementalAlterConfigsRequestAlterableConfig with every field at its schema default. */
export function defaultIncrementalAlterConfigsRequestAlterableConfig(): IncrementalAlterConfigsRequestAlterableConfig {
  return {
    name: '',
    configOperation: 0,
    value: '',
  };
}

function readIncrementalAlterConfigsRequest_Resources(r: Reader, version: number): IncrementalAlterConfigsRequestAlterConfigsResource[] {
  const n = version >= 1 ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: IncrementalAlterConfigsRequestAlterConfigsResource[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readIncrementalAlterConfigsRequestAlterConfigsResource(r, version));
  return items;
}

function readIncrementalAlterConfigsRequest(r: Reader, version: number): IncrementalAlterConfigsRequest {
  r.field = 'Resources';
  const fResources: IncrementalAlterConfigsRequestAlterConfigsResource[] = readIncrementalAlterConfigsRequest_Resources(r, version);
  r.field = 'ValidateOnly';
  const fValidateOnly: boolean = r.bool();
  if (version >= 1) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    resources: fResources,
    validateOnly: fValidateOnly,
  };
}

function readIncrementalAlterConfigsRequestAlterConfigsResource_Configs(r: Reader, version: number): IncrementalAlterConfigsRequestAlterableConfig[] {
  const n = version >= 1 ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: IncrementalAlterConfigsRequestAlterableConfig[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readIncrementalAlterConfigsRequestAlterableConfig(r, version));
  return items;
}

function readIncrementalAlterConfigsRequestAlterConfigsResource(r: Reader, version: number): IncrementalAlterConfigsRequestAlterConfigsResource {
  r.field = 'Resources.ResourceType';
  const fResourceType: number = r.int8();
  r.field = 'Resources.ResourceName';
  const fResourceName: string = version >= 1 ? r.compactString() : r.string();
  r.field = 'Resources.Configs';
  const fConfigs: IncrementalAlterConfigsRequestAlterableConfig[] = readIncrementalAlterConfigsRequestAlterConfigsResource_Configs(r, version);
  if (version >= 1) {
    r.field = 'Resources._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    resourceType: fResourceType,
    resourceName: fResourceName,
    configs: fConfigs,
  };
}

function readIncrementalAlterConfigsRequestAlterableConfig(r: Reader, version: number): IncrementalAlterConfigsRequestAlterableConfig {
  r.field = 'Resources.Configs.Name';
  const fName: string = version >= 1 ? r.compactString() : r.string();
  r.field = 'Resources.Configs.ConfigOperation';
  const fConfigOperation: number = r.int8();
  r.field = 'Resources.Configs.Value';
  const fValue: string | null = version >= 1 ? r.compactNullableString() : r.nullableString();
  if (version >= 1) {
    r.field = 'Resources.Configs._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    name: fName,
    configOperation: fConfigOperation,
    value: fValue,
  };
}

function writeIncrementalAlterConfigsRequest_Resources(w: Writer, version: number, items: IncrementalAlterConfigsRequestAlterConfigsResource[]): void {
  version >= 1 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeIncrementalAlterConfigsRequestAlterConfigsResource(w, version, item);
}

function writeIncrementalAlterConfigsRequest(w: Writer, version: number, v: IncrementalAlterConfigsRequest): void {
  writeIncrementalAlterConfigsRequest_Resources(w, version, v.resources);
  w.bool(v.validateOnly);
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeIncrementalAlterConfigsRequestAlterConfigsResource_Configs(w: Writer, version: number, items: IncrementalAlterConfigsRequestAlterableConfig[]): void {
  version >= 1 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeIncrementalAlterConfigsRequestAlterableConfig(w, version, item);
}

function writeIncrementalAlterConfigsRequestAlterConfigsResource(w: Writer, version: number, v: IncrementalAlterConfigsRequestAlterConfigsResource): void {
  w.int8(v.resourceType);
  version >= 1 ? w.compactString(v.resourceName) : w.string(v.resourceName);
  writeIncrementalAlterConfigsRequestAlterConfigsResource_Configs(w, version, v.configs);
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeIncrementalAlterConfigsRequestAlterableConfig(w: Writer, version: number, v: IncrementalAlterConfigsRequestAlterableConfig): void {
  version >= 1 ? w.compactString(v.name) : w.string(v.name);
  w.int8(v.configOperation);
  version >= 1 ? w.compactNullableString(v.value) : w.nullableString(v.value);
  if (version >= 1) {
    w.uvarint(0);
  }
}

export const IncrementalAlterConfigsRequestCodec: MessageCodec<IncrementalAlterConfigsRequest> = {
  name: 'IncrementalAlterConfigsRequest',
  apiKey: 44,
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 1,
  decode(r: Reader, version: number): IncrementalAlterConfigsRequest {
    if (version < 0 || version > 1) {
      r.fail(`unsupported version ${version}`);
      return defaultIncrementalAlterConfigsRequest();
    }
    return readIncrementalAlterConfigsRequest(r, version);
  },
  encode(w: Writer, version: number, value: IncrementalAlterConfigsRequest): void {
    if (version < 0 || version > 1) unsupportedVersion('IncrementalAlterConfigsRequest', version, 0, 1);
    writeIncrementalAlterConfigsRequest(w, version, value);
  },
  defaults: defaultIncrementalAlterConfigsRequest,
};

/** IncrementalAlterConfigsResponse (response, API key 44), versions 0-1. */
export interface IncrementalAlterConfigsResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The responses for each resource. (versions 0+) */
  responses: IncrementalAlterConfigsResponseAlterConfigsResourceResponse[];
}

/** IncrementalAlterConfigsResponse AlterConfigsResourceResponse, versions 0-1. */
export interface IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
  /** The resource error code. (versions 0+) */
  errorCode: number;
  /** The resource error message, or null if there was no error. (versions 0+, nullable 0+) */
  errorMessage: string | null;
  /** The resource type. (versions 0+) */
  resourceType: number;
  /** The resource name. (versions 0+) */
  resourceName: string;
}

/** A fresh IncrementalAlterConfigsResponse with every field at its schema default. */
export function defaultIncrementalAlterConfigsResponse(): IncrementalAlterConfigsResponse {
  return {
    throttleTimeMs: 0,
    responses: [],
  };
}

/** A fresh IncrementalAlterConfigsResponseAlterConfigsResourceResponse with every field at its schema default. */
export function defaultIncrementalAlterConfigsResponseAlterConfigsResourceResponse(): IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
  return {
    errorCode: 0,
    errorMessage: '',
    resourceType: 0,
    resourceName: '',
  };
}

function readIncrementalAlterConfigsResponse_Responses(r: Reader, version: number): IncrementalAlterConfigsResponseAlterConfigsResourceResponse[] {
  const n = version >= 1 ? r.compactArrayLength(6) : r.arrayLength(6);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: IncrementalAlterConfigsResponseAlterConfigsResourceResponse[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readIncrementalAlterConfigsResponseAlterConfigsResourceResponse(r, version));
  return items;
}

function readIncrementalAlterConfigsResponse(r: Reader, version: number): IncrementalAlterConfigsResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'Responses';
  const fResponses: IncrementalAlterConfigsResponseAlterConfigsResourceResponse[] = readIncrementalAlterConfigsResponse_Responses(r, version);
  if (version >= 1) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    throttleTimeMs: fThrottleTimeMs,
    responses: fResponses,
  };
}

function readIncrementalAlterConfigsResponseAlterConfigsResourceResponse(r: Reader, version: number): IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
  r.field = 'Responses.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Responses.ErrorMessage';
  const fErrorMessage: string | null = version >= 1 ? r.compactNullableString() : r.nullableString();
  r.field = 'Responses.ResourceType';
  const fResourceType: number = r.int8();
  r.field = 'Responses.ResourceName';
  const fResourceName: string = version >= 1 ? r.compactString() : r.string();
  if (version >= 1) {
    r.field = 'Responses._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
    resourceType: fResourceType,
    resourceName: fResourceName,
  };
}

function writeIncrementalAlterConfigsResponse_Responses(w: Writer, version: number, items: IncrementalAlterConfigsResponseAlterConfigsResourceResponse[]): void {
  version >= 1 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(w, version, item);
}

function writeIncrementalAlterConfigsResponse(w: Writer, version: number, v: IncrementalAlterConfigsResponse): void {
  w.int32(v.throttleTimeMs);
  writeIncrementalAlterConfigsResponse_Responses(w, version, v.responses);
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(w: Writer, version: number, v: IncrementalAlterConfigsResponseAlterConfigsResourceResponse): void {
  w.int16(v.errorCode);
  version >= 1 ? w.compactNullableString(v.errorMessage) : w.nullableString(v.errorMessage);
  w.int8(v.resourceType);
  version >= 1 ? w.compactString(v.resourceName) : w.string(v.resourceName);
  if (version >= 1) {
    w.uvarint(0);
  }
}

export const IncrementalAlterConfigsResponseCodec: MessageCodec<IncrementalAlterConfigsResponse> = {
  name: 'IncrementalAlterConfigsResponse',
  apiKey: 44,
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 1,
  decode(r: Reader, version: number): IncrementalAlterConfigsResponse {
    if (version < 0 || version > 1) {
      r.fail(`unsupported version ${version}`);
      return defaultIncrementalAlterConfigsResponse();
    }
    return readIncrementalAlterConfigsResponse(r, version);
  },
  encode(w: Writer, version: number, value: IncrementalAlterConfigsResponse): void {
    if (version < 0 || version > 1) unsupportedVersion('IncrementalAlterConfigsResponse', version, 0, 1);
    writeIncrementalAlterConfigsResponse(w, version, value);
  },
  defaults: defaultIncrementalAlterConfigsResponse,
};
