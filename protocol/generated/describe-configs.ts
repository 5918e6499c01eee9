// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   DescribeConfigsRequest.json, DescribeConfigsResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, notInVersion, unsupportedVersion } from '../generator/runtime';

/** DescribeConfigsRequest (request, API key 32), versions 0-4. */
export interface DescribeConfigsRequest {
  /** The resources whose configurations we want to describe. (versions 0+) */
  resources: DescribeConfigsRequestDescribeConfigsResource[];
  /** True if we should include all synonyms. (versions 1+, default false) */
  includeSynonyms: boolean;
  /** True if we should include configuration documentation. (versions 3+, default false) */
  includeDocumentation: boolean;
}

/** DescribeConfigsRequest DescribeConfigsResource, versions 0-4. */
export interface DescribeConfigsRequestDescribeConfigsResource {
  /** The resource type. (versions 0+) */
  resourceType: number;
  /** The resource name. (versions 0+) */
  resourceName: string;
  /** The configuration keys to list, or null to list all configuration keys. (versions 0+, nullable 0+) */
  configurationKeys: string[] | null;
}

/** A fresh DescribeConfigsRequest with every field at its schema default. */
export function defaultDescribeConfigsRequest(): DescribeConfigsRequest {
  return {
    resources: [],
    includeSynonyms: false,
    includeDocumentation: false,
  };
}

/** A fresh DescribeConfigsRequestDescribeConfigsResource with every field at its schema default. */
export function defaultDescribeConfigsRequestDescribeConfigsResource(): DescribeConfigsRequestDescribeConfigsResource {
  return {
    resourceType: 0,
    resourceName: '',
    configurationKeys: [],
  };
}

function readDescribeConfigsRequest_Resources(r: Reader, version: number): DescribeConfigsRequestDescribeConfigsResource[] {
  const n = version >= 4 ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeConfigsRequestDescribeConfigsResource[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeConfigsRequestDescribeConfigsResource(r, version));
  return items;
}

function readDescribeConfigsRequest(r: Reader, version: number): DescribeConfigsRequest {
  r.field = 'Resources';
  const fResources: DescribeConfigsRequestDescribeConfigsResource[] = readDescribeConfigsRequest_Resources(r, version);
  r.field = 'IncludeSynonyms';
  const fIncludeSynonyms: boolean = version >= 1 ? r.bool() : false;
  r.field = 'IncludeDocumentation';
  const fIncludeDocumentation: boolean = version >= 3 ? r.bool() : false;
  if (version >= 4) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    resources: fResources,
    includeSynonyms: fIncludeSynonyms,
    includeDocumentation: fIncludeDocumentation,
  };
}

function readDescribeConfigsRequestDescribeConfigsResource_ConfigurationKeys(r: Reader, version: number): string[] | null {
  const n = version >= 4 ? r.compactArrayLength(1) : r.arrayLength(1);
  if (n < 0) {
    return null;
  }
  const items: string[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(version >= 4 ? r.compactString() : r.string());
  return items;
}

function readDescribeConfigsRequestDescribeConfigsResource(r: Reader, version: number): DescribeConfigsRequestDescribeConfigsResource {
  r.field = 'Resources.ResourceType';
  const fResourceType: number = r.int8();
  r.field = 'Resources.ResourceName';
  const fResourceName: string = version >= 4 ? r.compactString() : r.string();
  r.field = 'Resources.ConfigurationKeys';
  const fConfigurationKeys: string[] | null = readDescribeConfigsRequestDescribeConfigsResource_ConfigurationKeys(r, version);
  if (version >= 4) {
    r.field = 'Resources._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    resourceType: fResourceType,
    resourceName: fResourceName,
    configurationKeys: fConfigurationKeys,
  };
}

function writeDescribeConfigsRequest_Resources(w: Writer, version: number, items: DescribeConfigsRequestDescribeConfigsResource[]): void {
  version >= 4 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeDescribeConfigsRequestDescribeConfigsResource(w, version, item);
}

function writeDescribeConfigsRequest(w: Writer, version: number, v: DescribeConfigsRequest): void {
  writeDescribeConfigsRequest_Resources(w, version, v.resources);
  if (version >= 1) {
    w.bool(v.includeSynonyms);
  } else if (v.includeSynonyms !== false) {
    notInVersion('DescribeConfigsRequest', version, 'IncludeSynonyms');
  }
  if (version >= 3) {
    w.bool(v.includeDocumentation);
  } else if (v.includeDocumentation !== false) {
    notInVersion('DescribeConfigsRequest', version, 'IncludeDocumentation');
  }
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeDescribeConfigsRequestDescribeConfigsResource_ConfigurationKeys(w: Writer, version: number, items: string[] | null): void {
  if (items === null) {
    version >= 4 ? w.uvarint(0) : w.int32(-1);
    return;
  }
  version >= 4 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) version >= 4 ? w.compactString(item) : w.string(item);
}

function writeDescribeConfigsRequestDescribeConfigsResource(w: Writer, version: number, v: DescribeConfigsRequestDescribeConfigsResource): void {
  w.int8(v.resourceType);
  version >= 4 ? w.compactString(v.resourceName) : w.string(v.resourceName);
  writeDescribeConfigsRequestDescribeConfigsResource_ConfigurationKeys(w, version, v.configurationKeys);
  if (version >= 4) {
    w.uvarint(0);
  }
}

export const DescribeConfigsRequestCodec: MessageCodec<DescribeConfigsRequest> = {
  name: 'DescribeConfigsRequest',
  apiKey: 32,
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 4,
  decode(r: Reader, version: number): DescribeConfigsRequest {
    if (version < 0 || version > 4) {
      r.fail(`unsupported version ${version}`);
      return defaultDescribeConfigsRequest();
    }
    return readDescribeConfigsRequest(r, version);
  },
  encode(w: Writer, version: number, value: DescribeConfigsRequest): void {
    if (version < 0 || version > 4) unsupportedVersion('DescribeConfigsRequest', version, 0, 4);
    writeDescribeConfigsRequest(w, version, value);
  },
  defaults: defaultDescribeConfigsRequest,
};

/** DescribeConfigsResponse (response, API key 32), versions 0-4. */
export interface DescribeConfigsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The results for each resource. (versions 0+) */
  results: DescribeConfigsResponseDescribeConfigsResult[];
}

/** DescribeConfigsResponse DescribeConfigsResult, versions 0-4. */
export interface DescribeConfigsResponseDescribeConfigsResult {
  /** The error code, or 0 if we were able to successfully describe the configurations. (versions 0+) */
  errorCode: number;
  /** The error message, or null if we were able to successfully describe the configurations. (versions 0+, nullable 0+) */
  errorMessage: string | null;
  /** The resource type. (versions 0+) */
  resourceType: number;
  /** The resource name. (versions 0+) */
  resourceName: string;
  /** Each listed configuration. (versions 0+) */
  configs: DescribeConfigsResponseDescribeConfigsResourceResult[];
}

/** DescribeConfigsResponse DescribeConfigsResourceResult, versions 0-4. */
export interface DescribeConfigsResponseDescribeConfigsResourceResult {
  /** The configuration name. (versions 0+) */
  name: string;
  /** The configuration value. (versions 0+, nullable 0+) */
  value: string | null;
  /** True if the configuration is read-only. (versions 0+) */
  readOnly: boolean;
  /** True if the configuration is not set. (versions 0) */
  isDefault: boolean;
  /** The configuration source. (versions 1+, default -1) */
  configSource: number;
  /** True if this configuration is sensitive. (versions 0+) */
  isSensitive: boolean;
  /** The synonyms for this configuration key. (versions 1+) */
  synonyms: DescribeConfigsResponseDescribeConfigsSynonym[];
  /** The configuration data type. Type can be one of the following values - BOOLEAN, STRING, INT, SHORT, LONG, DOUBLE, LIST, CLASS, PASSWORD (versions 3+, default 0) */
  configType: number;
  /** The configuration documentation. (versions 3+, nullable 0+) */
  documentation: string | null;
}

/** DescribeConfigsResponse DescribeConfigsSynonym, versions 1-4. */
export interface DescribeConfigsResponseDescribeConfigsSynonym {
  /** The synonym name. (versions 1+) */
  name: string;
  /** The synonym value. (versions 1+, nullable 0+) */
  value: string | null;
  /** The synonym source. (versions 1+) */
  source: number;
}

/** A fresh DescribeConfigsResponse with every field at its schema default. */
export function defaultDescribeConfigsResponse(): DescribeConfigsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
  };
}

/** A fresh DescribeConfigsResponseDescribeConfigsResult with every field at its schema default. */
export function defaultDescribeConfigsResponseDescribeConfigsResult(): DescribeConfigsResponseDescribeConfigsResult {
  return {
    errorCode: 0,
    errorMessage: '',
    resourceType: 0,
    resourceName: '',
    configs: [],
  };
}

/** A fresh DescribeConfigsResponseDescribeConfigsResourceResult with every field at its schema default. */
export function defaultDescribeConfigsResponseDescribeConfigsResourceResult(): DescribeConfigsResponseDescribeConfigsResourceResult {
  return {
    name: '',
    value: '',
    readOnly: false,
    isDefault: false,
    configSource: -1,
    isSensitive: false,
    synonyms: [],
    configType: 0,
    documentation: '',
  };
}

/** A fresh DescribeConfigsResponseDescribeConfigsSynonym with every field at its schema default. */
export function defaultDescribeConfigsResponseDescribeConfigsSynonym(): DescribeConfigsResponseDescribeConfigsSynonym {
  return {
    name: '',
    value: '',
    source: 0,
  };
}

function readDescribeConfigsResponse_Results(r: Reader, version: number): DescribeConfigsResponseDescribeConfigsResult[] {
  const n = version >= 4 ? r.compactArrayLength(7) : r.arrayLength(7);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeConfigsResponseDescribeConfigsResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeConfigsResponseDescribeConfigsResult(r, version));
  return items;
}

function readDescribeConfigsResponse(r: Reader, version: number): DescribeConfigsResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'Results';
  const fResults: DescribeConfigsResponseDescribeConfigsResult[] = readDescribeConfigsResponse_Results(r, version);
  if (version >= 4) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    throttleTimeMs: fThrottleTimeMs,
    results: fResults,
  };
}

function readDescribeConfigsResponseDescribeConfigsResult_Configs(r: Reader, version: number): DescribeConfigsResponseDescribeConfigsResourceResult[] {
  const n = version >= 4 ? r.compactArrayLength(7) : r.arrayLength(7);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeConfigsResponseDescribeConfigsResourceResult[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeConfigsResponseDescribeConfigsResourceResult(r, version));
  return items;
}

function readDescribeConfigsResponseDescribeConfigsResult(r: Reader, version: number): DescribeConfigsResponseDescribeConfigsResult {
  r.field = 'Results.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Results.ErrorMessage';
  const fErrorMessage: string | null = version >= 4 ? r.compactNullableString() : r.nullableString();
  r.field = 'Results.ResourceType';
  const fResourceType: number = r.int8();
  r.field = 'Results.ResourceName';
  const fResourceName: string = version >= 4 ? r.compactString() : r.string();
  r.field = 'Results.Configs';
  const fConfigs: DescribeConfigsResponseDescribeConfigsResourceResult[] = readDescribeConfigsResponseDescribeConfigsResult_Configs(r, version);
  if (version >= 4) {
    r.field = 'Results._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
    resourceType: fResourceType,
    resourceName: fResourceName,
    configs: fConfigs,
  };
}

function readDescribeConfigsResponseDescribeConfigsResourceResult_Synonyms(r: Reader, version: number): DescribeConfigsResponseDescribeConfigsSynonym[] {
  const n = version >= 4 ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeConfigsResponseDescribeConfigsSynonym[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeConfigsResponseDescribeConfigsSynonym(r, version));
  return items;
}

function readDescribeConfigsResponseDescribeConfigsResourceResult(r: Reader, version: number): DescribeConfigsResponseDescribeConfigsResourceResult {
  r.field = 'Results.Configs.Name';
  const fName: string = version >= 4 ? r.compactString() : r.string();
  r.field = 'Results.Configs.Value';
  const fValue: string | null = version >= 4 ? r.compactNullableString() : r.nullableString();
  r.field = 'Results.Configs.ReadOnly';
  const fReadOnly: boolean = r.bool();
  r.field = 'Results.Configs.IsDefault';
  const fIsDefault: boolean = version <= 0 ? r.bool() : false;
  r.field = 'Results.Configs.ConfigSource';
  const fConfigSource: number = version >= 1 ? r.int8() : -1;
  r.field = 'Results.Configs.IsSensitive';
  const fIsSensitive: boolean = r.bool();
  r.field = 'Results.Configs.Synonyms';
  const fSynonyms: DescribeConfigsResponseDescribeConfigsSynonym[] = version >= 1 ? readDescribeConfigsResponseDescribeConfigsResourceResult_Synonyms(r, version) : [];
  r.field = 'Results.Configs.ConfigType';
  const fConfigType: number = version >= 3 ? r.int8() : 0;
  r.field = 'Results.Configs.Documentation';
  const fDocumentation: string | null = version >= 3 ? (version >= 4 ? r.compactNullableString() : r.nullableString()) : '';
  if (version >= 4) {
    r.field = 'Results.Configs._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    name: fName,
    value: fValue,
    readOnly: fReadOnly,
    isDefault: fIsDefault,
    configSource: fConfigSource,
    isSensitive: fIsSensitive,
    synonyms: fSynonyms,
    configType: fConfigType,
    documentation: fDocumentation,
  };
}

function readDescribeConfigsResponseDescribeConfigsSynonym(r: Reader, version: number): DescribeConfigsResponseDescribeConfigsSynonym {
  r.field = 'Results.Configs.Synonyms.Name';
  const fName: string = version >= 4 ? r.compactString() : r.string();
  r.field = 'Results.Configs.Synonyms.Value';
  const fValue: string | null = version >= 4 ? r.compactNullableString() : r.nullableString();
  r.field = 'Results.Configs.Synonyms.Source';
  const fSource: number = r.int8();
  if (version >= 4) {
    r.field = 'Results.Configs.Synonyms._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    name: fName,
    value: fValue,
    source: fSource,
  };
}

function writeDescribeConfigsResponse_Results(w: Writer, version: number, items: DescribeConfigsResponseDescribeConfigsResult[]): void {
  version >= 4 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeDescribeConfigsResponseDescribeConfigsResult(w, version, item);
}

function writeDescribeConfigsResponse(w: Writer, version: number, v: DescribeConfigsResponse): void {
  w.int32(v.throttleTimeMs);
  writeDescribeConfigsResponse_Results(w, version, v.results);
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeDescribeConfigsResponseDescribeConfigsResult_Configs(w: Writer, version: number, items: DescribeConfigsResponseDescribeConfigsResourceResult[]): void {
  version >= 4 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeDescribeConfigsResponseDescribeConfigsResourceResult(w, version, item);
}

function writeDescribeConfigsResponseDescribeConfigsResult(w: Writer, version: number, v: DescribeConfigsResponseDescribeConfigsResult): void {
  w.int16(v.errorCode);
  version >= 4 ? w.compactNullableString(v.errorMessage) : w.nullableString(v.errorMessage);
  w.int8(v.resourceType);
  version >= 4 ? w.compactString(v.resourceName) : w.string(v.resourceName);
  writeDescribeConfigsResponseDescribeConfigsResult_Configs(w, version, v.configs);
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeDescribeConfigsResponseDescribeConfigsResourceResult_Synonyms(w: Writer, version: number, items: DescribeConfigsResponseDescribeConfigsSynonym[]): void {
  version >= 4 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeDescribeConfigsResponseDescribeConfigsSynonym(w, version, item);
}

function writeDescribeConfigsResponseDescribeConfigsResourceResult(w: Writer, version: number, v: DescribeConfigsResponseDescribeConfigsResourceResult): void {
  version >= 4 ? w.compactString(v.name) : w.string(v.name);
  version >= 4 ? w.compactNullableString(v.value) : w.nullableString(v.value);
  w.bool(v.readOnly);
  if (version <= 0) {
    w.bool(v.isDefault);
  } else if (v.isDefault !== false) {
    notInVersion('DescribeConfigsResponse', version, 'Results.Configs.IsDefault');
  }
  if (version >= 1) {
    w.int8(v.configSource);
  }
  w.bool(v.isSensitive);
  if (version >= 1) {
    writeDescribeConfigsResponseDescribeConfigsResourceResult_Synonyms(w, version, v.synonyms);
  }
  if (version >= 3) {
    w.int8(v.configType);
  }
  if (version >= 3) {
    version >= 4 ? w.compactNullableString(v.documentation) : w.nullableString(v.documentation);
  }
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeDescribeConfigsResponseDescribeConfigsSynonym(w: Writer, version: number, v: DescribeConfigsResponseDescribeConfigsSynonym): void {
  version >= 4 ? w.compactString(v.name) : w.string(v.name);
  version >= 4 ? w.compactNullableString(v.value) : w.nullableString(v.value);
  w.int8(v.source);
  if (version >= 4) {
    w.uvarint(0);
  }
}

export const DescribeConfigsResponseCodec: MessageCodec<DescribeConfigsResponse> = {
  name: 'DescribeConfigsResponse',
  apiKey: 32,
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 4,
  decode(r: Reader, version: number): DescribeConfigsResponse {
    if (version < 0 || version > 4) {
      r.fail(`unsupported version ${version}`);
      return defaultDescribeConfigsResponse();
    }
    return readDescribeConfigsResponse(r, version);
  },
  encode(w: Writer, version: number, value: DescribeConfigsResponse): void {
    if (version < 0 || version > 4) unsupportedVersion('DescribeConfigsResponse', version, 0, 4);
    writeDescribeConfigsResponse(w, version, value);
  },
  defaults: defaultDescribeConfigsResponse,
};
