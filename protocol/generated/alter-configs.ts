// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   AlterConfigsRequest.json, AlterConfigsResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** AlterConfigsRequest (request, API key 33), versions 0-2. */
export interface AlterConfigsRequest {
  /** The updates for each resource. (versions 0+) */
  resources: AlterConfigsRequestAlterConfigsResource[];
  /** True if we should validate the request, but not change the configurations. (versions 0+) */
  validateOnly: boolean;
}

/** AlterConfigsRequest AlterConfigsResource, versions 0-2. */
export interface AlterConfigsRequestAlterConfigsResource {
  /** The resource type. (versions 0+) */
  resourceType: number;
  /** The resource name. (versions 0+) */
  resourceName: string;
  /** The configurations. (versions 0+) */
  configs: AlterConfigsRequestAlterableConfig[];
}

/** AlterConfigsRequest AlterableConfig, versions 0-2. */
export interface AlterConfigsRequestAlterableConfig {
  /** The configuration key name. (versions 0+) */
  name: string;
  /** The value to set for the configuration key. (versions 0+, nullable 0+) */
  value: string | null;
}

/** A fresh AlterConfigsRequest with every field at its schema default. */
export function defaultAlterConfigsRequest(): AlterConfigsRequest {
  return {
    resources: [],
    validateOnly: false,
  };
}

/** A fresh AlterConfigsRequestAlterConfigsResource with every field at its schema default. */
export function defaultAlterConfigsRequestAlterConfigsResource(): AlterConfigsRequestAlterConfigsResource {
  return {
    resourceType: 0,
    resourceName: '',
    configs: [],
  };
}

/** A fresh AlterConfigsRequestAlterableConfig with every field at its schema default. */
export function defaultAlterConfigsRequestAlterableConfig(): AlterConfigsRequestAlterableConfig {
  return {
    name: '',
    value: '',
  };
}

function readAlterConfigsRequest_Resources(r: Reader, version: number): AlterConfigsRequestAlterConfigsResource[] {
  const n = version >= 2 ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AlterConfigsRequestAlterConfigsResource[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAlterConfigsRequestAlterConfigsResource(r, version));
  return items;
}

function readAlterConfigsRequest(r: Reader, version: number): AlterConfigsRequest {
  r.field = 'Resources';
  const fResources: AlterConfigsRequestAlterConfigsResource[] = readAlterConfigsRequest_Resources(r, version);
  r.field = 'ValidateOnly';
  const fValidateOnly: boolean = r.bool();
  if (version >= 2) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    resources: fResources,
    validateOnly: fValidateOnly,
  };
}

function readAlterConfigsRequestAlterConfigsResource_Configs(r: Reader, version: number): AlterConfigsRequestAlterableConfig[] {
  const n = version >= 2 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AlterConfigsRequestAlterableConfig[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAlterConfigsRequestAlterableConfig(r, version));
  return items;
}

function readAlterConfigsRequestAlterConfigsResource(r: Reader, version: number): AlterConfigsRequestAlterConfigsResource {
  r.field = 'Resources.ResourceType';
  const fResourceType: number = r.int8();
  r.field = 'Resources.ResourceName';
  const fResourceName: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'Resources.Configs';
  const fConfigs: AlterConfigsRequestAlterableConfig[] = readAlterConfigsRequestAlterConfigsResource_Configs(r, version);
  if (version >= 2) {
    r.field = 'Resources._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    resourceType: fResourceType,
    resourceName: fResourceName,
    configs: fConfigs,
  };
}

function readAlterConfigsRequestAlterableConfig(r: Reader, version: number): AlterConfigsRequestAlterableConfig {
  r.field = 'Resources.Configs.Name';
  const fName: string = version >= 2 ? r.compactString() : r.string();
  r.field = 'Resources.Configs.Value';
  const fValue: string | null = version >= 2 ? r.compactNullableString() : r.nullableString();
  if (version >= 2) {
    r.field = 'Resources.Configs._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    name: fName,
    value: fValue,
  };
}

function writeAlterConfigsRequest_Resources(w: Writer, version: number, items: AlterConfigsRequestAlterConfigsResource[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeAlterConfigsRequestAlterConfigsResource(w, version, item);
}

function writeAlterConfigsRequest(w: Writer, version: number, v: AlterConfigsRequest): void {
  writeAlterConfigsRequest_Resources(w, version, v.resources);
  w.bool(v.validateOnly);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeAlterConfigsRequestAlterConfigsResource_Configs(w: Writer, version: number, items: AlterConfigsRequestAlterableConfig[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeAlterConfigsRequestAlterableConfig(w, version, item);
}

function writeAlterConfigsRequestAlterConfigsResource(w: Writer, version: number, v: AlterConfigsRequestAlterConfigsResource): void {
  w.int8(v.resourceType);
  version >= 2 ? w.compactString(v.resourceName) : w.string(v.resourceName);
  writeAlterConfigsRequestAlterConfigsResource_Configs(w, version, v.configs);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeAlterConfigsRequestAlterableConfig(w: Writer, version: number, v: AlterConfigsRequestAlterableConfig): void {
  version >= 2 ? w.compactString(v.name) : w.string(v.name);
  version >= 2 ? w.compactNullableString(v.value) : w.nullableString(v.value);
  if (version >= 2) {
    w.uvarint(0);
  }
}

export const AlterConfigsRequestCodec: MessageCodec<AlterConfigsRequest> = {
  name: 'AlterConfigsRequest',
  apiKey: 33,
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  decode(r: Reader, version: number): AlterConfigsRequest {
    if (version < 0 || version > 2) {
      r.fail(`unsupported version ${version}`);
      return defaultAlterConfigsRequest();
    }
    return readAlterConfigsRequest(r, version);
  },
  encode(w: Writer, version: number, value: AlterConfigsRequest): void {
    if (version < 0 || version > 2) unsupportedVersion('AlterConfigsRequest', version, 0, 2);
    writeAlterConfigsRequest(w, version, value);
  },
  defaults: defaultAlterConfigsRequest,
};

/** AlterConfigsResponse (response, API key 33), versions 0-2. */
export interface AlterConfigsResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The responses for each resource. (versions 0+) */
  responses: AlterConfigsResponseAlterConfigsResourceResponse[];
}

/** AlterConfigsResponse AlterConfigsResourceResponse, versions 0-2. */
export interface AlterConfigsResponseAlterConfigsResourceResponse {
  /** The resource error code. (versions 0+) */
  errorCode: number;
  /** The resource error message, or null if there was no error. (versions 0+, nullable 0+) */
  errorMessage: string | null;
  /** The resource type. (versions 0+) */
  resourceType: number;
  /** The resource name. (versions 0+) */
  resourceName: string;
}

/** A fresh AlterConfigsResponse with every field at its schema default. */
export function defaultAlterConfigsResponse(): AlterConfigsResponse {
  return {
    throttleTimeMs: 0,
    responses: [],
  };
}

/** A fresh AlterConfigsResponseAlterConfigsResourceResponse with every field at its schema default. */
export function defaultAlterConfigsResponseAlterConfigsResourceResponse(): AlterConfigsResponseAlterConfigsResourceResponse {
  return {
    errorCode: 0,
    errorMessage: '',
    resourceType: 0,
    resourceName: '',
  };
}

function readAlterConfigsResponse_Responses(r: Reader, version: number): AlterConfigsResponseAlterConfigsResourceResponse[] {
  const n = version >= 2 ? r.compactArrayLength(6) : r.arrayLength(6);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AlterConfigsResponseAlterConfigsResourceResponse[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAlterConfigsResponseAlterConfigsResourceResponse(r, version));
  return items;
}

function readAlterConfigsResponse(r: Reader, version: number): AlterConfigsResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'Responses';
  const fResponses: AlterConfigsResponseAlterConfigsResourceResponse[] = readAlterConfigsResponse_Responses(r, version);
  if (version >= 2) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    throttleTimeMs: fThrottleTimeMs,
    responses: fResponses,
  };
}

function readAlterConfigsResponseAlterConfigsResourceResponse(r: Reader, version: number): AlterConfigsResponseAlterConfigsResourceResponse {
  r.field = 'Responses.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Responses.ErrorMessage';
  const fErrorMessage: string | null = version >= 2 ? r.compactNullableString() : r.nullableString();
  r.field = 'Responses.ResourceType';
  const fResourceType: number = r.int8();
  r.field = 'Responses.ResourceName';
  const fResourceName: string = version >= 2 ? r.compactString() : r.string();
  if (version >= 2) {
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

function writeAlterConfigsResponse_Responses(w: Writer, version: number, items: AlterConfigsResponseAlterConfigsResourceResponse[]): void {
  version >= 2 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeAlterConfigsResponseAlterConfigsResourceResponse(w, version, item);
}

function writeAlterConfigsResponse(w: Writer, version: number, v: AlterConfigsResponse): void {
  w.int32(v.throttleTimeMs);
  writeAlterConfigsResponse_Responses(w, version, v.responses);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeAlterConfigsResponseAlterConfigsResourceResponse(w: Writer, version: number, v: AlterConfigsResponseAlterConfigsResourceResponse): void {
  w.int16(v.errorCode);
  version >= 2 ? w.compactNullableString(v.errorMessage) : w.nullableString(v.errorMessage);
  w.int8(v.resourceType);
  version >= 2 ? w.compactString(v.resourceName) : w.string(v.resourceName);
  if (version >= 2) {
    w.uvarint(0);
  }
}

export const AlterConfigsResponseCodec: MessageCodec<AlterConfigsResponse> = {
  name: 'AlterConfigsResponse',
  apiKey: 33,
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  decode(r: Reader, version: number): AlterConfigsResponse {
    if (version < 0 || version > 2) {
      r.fail(`unsupported version ${version}`);
      return defaultAlterConfigsResponse();
    }
    return readAlterConfigsResponse(r, version);
  },
  encode(w: Writer, version: number, value: AlterConfigsResponse): void {
    if (version < 0 || version > 2) unsupportedVersion('AlterConfigsResponse', version, 0, 2);
    writeAlterConfigsResponse(w, version, value);
  },
  defaults: defaultAlterConfigsResponse,
};
