// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   DescribeClientQuotasRequest.json, DescribeClientQuotasResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** DescribeClientQuotasRequest (request, API key 48), versions 0-1. */
export interface DescribeClientQuotasRequest {
  /** Filter components to apply to quota entities. (versions 0+) */
  components: DescribeClientQuotasRequestComponentData[];
  /** Whether the match is strict, i.e. should exclude entities with unspecified entity types. (versions 0+) */
  strict: boolean;
}

/** DescribeClientQuotasRequest ComponentData, versions 0-1. */
export interface DescribeClientQuotasRequestComponentData {
  /** The entity type that the filter component applies to. (versions 0+) */
  entityType: string;
  /** How to match the entity {0 = exact name, 1 = default name, 2 = any specified name}. (versions 0+) */
  matchType: number;
  /** The string to match against, or null if unused for the match type. (versions 0+, nullable 0+) */
  match: string | null;
}

/** A fresh DescribeClientQuotasRequest with every field at its schema default. */
export function defaultDescribeClientQuotasRequest(): DescribeClientQuotasRequest {
  return {
    components: [],
    strict: false,
  };
}

/** A fresh DescribeClientQuotasRequestComponentData with every field at its schema default. */
export function defaultDescribeClientQuotasRequestComponentData(): DescribeClientQuotasRequestComponentData {
  return {
    entityType: '',
    matchType: 0,
    match: '',
  };
}

function readDescribeClientQuotasRequest_Components(r: Reader, version: number): DescribeClientQuotasRequestComponentData[] {
  const n = version >= 1 ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeClientQuotasRequestComponentData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeClientQuotasRequestComponentData(r, version));
  return items;
}

function readDescribeClientQuotasRequest(r: Reader, version: number): DescribeClientQuotasRequest {
  r.field = 'Components';
  const fComponents: DescribeClientQuotasRequestComponentData[] = readDescribeClientQuotasRequest_Components(r, version);
  r.field = 'Strict';
  const fStrict: boolean = r.bool();
  if (version >= 1) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    components: fComponents,
    strict: fStrict,
  };
}

function readDescribeClientQuotasRequestComponentData(r: Reader, version: number): DescribeClientQuotasRequestComponentData {
  r.field = 'Components.EntityType';
  const fEntityType: string = version >= 1 ? r.compactString() : r.string();
  r.field = 'Components.MatchType';
  const fMatchType: number = r.int8();
  r.field = 'Components.Match';
  const fMatch: string | null = version >= 1 ? r.compactNullableString() : r.nullableString();
  if (version >= 1) {
    r.field = 'Components._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    entityType: fEntityType,
    matchType: fMatchType,
    match: fMatch,
  };
}

function writeDescribeClientQuotasRequest_Components(w: Writer, version: number, items: DescribeClientQuotasRequestComponentData[]): void {
  version >= 1 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeDescribeClientQuotasRequestComponentData(w, version, item);
}

function writeDescribeClientQuotasRequest(w: Writer, version: number, v: DescribeClientQuotasRequest): void {
  writeDescribeClientQuotasRequest_Components(w, version, v.components);
  w.bool(v.strict);
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeDescribeClientQuotasRequestComponentData(w: Writer, version: number, v: DescribeClientQuotasRequestComponentData): void {
  version >= 1 ? w.compactString(v.entityType) : w.string(v.entityType);
  w.int8(v.matchType);
  version >= 1 ? w.compactNullableString(v.match) : w.nullableString(v.match);
  if (version >= 1) {
    w.uvarint(0);
  }
}

export const DescribeClientQuotasRequestCodec: MessageCodec<DescribeClientQuotasRequest> = {
  name: 'DescribeClientQuotasRequest',
  apiKey: 48,
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 1,
  decode(r: Reader, version: number): DescribeClientQuotasRequest {
    if (version < 0 || version > 1) {
      r.fail(`unsupported version ${version}`);
      return defaultDescribeClientQuotasRequest();
    }
    return readDescribeClientQuotasRequest(r, version);
  },
  encode(w: Writer, version: number, value: DescribeClientQuotasRequest): void {
    if (version < 0 || version > 1) unsupportedVersion('DescribeClientQuotasRequest', version, 0, 1);
    writeDescribeClientQuotasRequest(w, version, value);
  },
  defaults: defaultDescribeClientQuotasRequest,
};

/** DescribeClientQuotasResponse (response, API key 48), versions 0-1. */
export interface DescribeClientQuotasResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The error code, or `0` if the quota description succeeded. (versions 0+) */
  errorCode: number;
  /** The error message, or `null` if the quota description succeeded. (versions 0+, nullable 0+) */
  errorMessage: string | null;
  /** A result entry. (versions 0+, nullable 0+) */
  entries: DescribeClientQuotasResponseEntryData[] | null;
}

/** DescribeClientQuotasResponse EntryData, versions 0-1. */
export interface DescribeClientQuotasResponseEntryData {
  /** The quota entity description. (versions 0+) */
  entity: DescribeClientQuotasResponseEntityData[];
  /** The quota values for the entity. (versions 0+) */
  values: DescribeClientQuotasResponseValueData[];
}

/** DescribeClientQuotasResponse EntityData, versions 0-1. */
export interface DescribeClientQuotasResponseEntityData {
  /** The entity type. (versions 0+) */
  entityType: string;
  /** The entity name, or null if the default. (versions 0+, nullable 0+) */
  entityName: string | null;
}

/** DescribeClientQuotasResponse ValueData, versions 0-1. */
export interface DescribeClientQuotasResponseValueData {
  /** The quota configuration key. (versions 0+) */
  key: string;
  /** The quota configuration value. (versions 0+) */
  value: number;
}

/** A fresh DescribeClientQuotasResponse with every field at its schema default. */
export function defaultDescribeClientQuotasResponse(): DescribeClientQuotasResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: '',
    entries: [],
  };
}

/** A fresh DescribeClientQuotasResponseEntryData with every field at its schema default. */
export function defaultDescribeClientQuotasResponseEntryData(): DescribeClientQuotasResponseEntryData {
  return {
    entity: [],
    values: [],
  };
}

/** A fresh DescribeClientQuotasResponseEntityData with every field at its schema default. */
export function defaultDescribeClientQuotasResponseEntityData(): DescribeClientQuotasResponseEntityData {
  return {
    entityType: '',
    entityName: '',
  };
}

/** A fresh DescribeClientQuotasResponseValueData with every field at its schema default. */
export function defaultDescribeClientQuotasResponseValueData(): DescribeClientQuotasResponseValueData {
  return {
    key: '',
    value: 0,
  };
}

function readDescribeClientQuotasResponse_Entries(r: Reader, version: number): DescribeClientQuotasResponseEntryData[] | null {
  const n = version >= 1 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    return null;
  }
  const items: DescribeClientQuotasResponseEntryData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeClientQuotasResponseEntryData(r, version));
  return items;
}

function readDescribeClientQuotasResponse(r: Reader, version: number): DescribeClientQuotasResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'ErrorMessage';
  const fErrorMessage: string | null = version >= 1 ? r.compactNullableString() : r.nullableString();
  r.field = 'Entries';
  const fEntries: DescribeClientQuotasResponseEntryData[] | null = readDescribeClientQuotasResponse_Entries(r, version);
  if (version >= 1) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
    entries: fEntries,
  };
}

function readDescribeClientQuotasResponseEntryData_Entity(r: Reader, version: number): DescribeClientQuotasResponseEntityData[] {
  const n = version >= 1 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeClientQuotasResponseEntityData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeClientQuotasResponseEntityData(r, version));
  return items;
}

function readDescribeClientQuotasResponseEntryData_Values(r: Reader, version: number): DescribeClientQuotasResponseValueData[] {
  const n = version >= 1 ? r.compactArrayLength(10) : r.arrayLength(10);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: DescribeClientQuotasResponseValueData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readDescribeClientQuotasResponseValueData(r, version));
  return items;
}

function readDescribeClientQuotasResponseEntryData(r: Reader, version: number): DescribeClientQuotasResponseEntryData {
  r.field = 'Entries.Entity';
  const fEntity: DescribeClientQuotasResponseEntityData[] = readDescribeClientQuotasResponseEntryData_Entity(r, version);
  r.field = 'Entries.Values';
  const fValues: DescribeClientQuotasResponseValueData[] = readDescribeClientQuotasResponseEntryData_Values(r, version);
  if (version >= 1) {
    r.field = 'Entries._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    entity: fEntity,
    values: fValues,
  };
}

function readDescribeClientQuotasResponseEntityData(r: Reader, version: number): DescribeClientQuotasResponseEntityData {
  r.field = 'Entries.Entity.EntityType';
  const fEntityType: string = version >= 1 ? r.compactString() : r.string();
  r.field = 'Entries.Entity.EntityName';
  const fEntityName: string | null = version >= 1 ? r.compactNullableString() : r.nullableString();
  if (version >= 1) {
    r.field = 'Entries.Entity._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    entityType: fEntityType,
    entityName: fEntityName,
  };
}

function readDescribeClientQuotasResponseValueData(r: Reader, version: number): DescribeClientQuotasResponseValueData {
  r.field = 'Entries.Values.Key';
  const fKey: string = version >= 1 ? r.compactString() : r.string();
  r.field = 'Entries.Values.Value';
  const fValue: number = r.float64();
  if (version >= 1) {
    r.field = 'Entries.Values._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    key: fKey,
    value: fValue,
  };
}

function writeDescribeClientQuotasResponse_Entries(w: Writer, version: number, items: DescribeClientQuotasResponseEntryData[] | null): void {
  if (items === null) {
    version >= 1 ? w.uvarint(0) : w.int32(-1);
    return;
  }
  version >= 1 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeDescribeClientQuotasResponseEntryData(w, version, item);
}

function writeDescribeClientQuotasResponse(w: Writer, version: number, v: DescribeClientQuotasResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  version >= 1 ? w.compactNullableString(v.errorMessage) : w.nullableString(v.errorMessage);
  writeDescribeClientQuotasResponse_Entries(w, version, v.entries);
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeDescribeClientQuotasResponseEntryData_Entity(w: Writer, version: number, items: DescribeClientQuotasResponseEntityData[]): void {
  version >= 1 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeDescribeClientQuotasResponseEntityData(w, version, item);
}

function writeDescribeClientQuotasResponseEntryData_Values(w: Writer, version: number, items: DescribeClientQuotasResponseValueData[]): void {
  version >= 1 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeDescribeClientQuotasResponseValueData(w, version, item);
}

function writeDescribeClientQuotasResponseEntryData(w: Writer, version: number, v: DescribeClientQuotasResponseEntryData): void {
  writeDescribeClientQuotasResponseEntryData_Entity(w, version, v.entity);
  writeDescribeClientQuotasResponseEntryData_Values(w, version, v.values);
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeDescribeClientQuotasResponseEntityData(w: Writer, version: number, v: DescribeClientQuotasResponseEntityData): void {
  version >= 1 ? w.compactString(v.entityType) : w.string(v.entityType);
  version >= 1 ? w.compactNullableString(v.entityName) : w.nullableString(v.entityName);
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeDescribeClientQuotasResponseValueData(w: Writer, version: number, v: DescribeClientQuotasResponseValueData): void {
  version >= 1 ? w.compactString(v.key) : w.string(v.key);
  w.float64(v.value);
  if (version >= 1) {
    w.uvarint(0);
  }
}

export const DescribeClientQuotasResponseCodec: MessageCodec<DescribeClientQuotasResponse> = {
  name: 'DescribeClientQuotasResponse',
  apiKey: 48,
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 1,
  decode(r: Reader, version: number): DescribeClientQuotasResponse {
    if (version < 0 || version > 1) {
      r.fail(`unsupported version ${version}`);
      return defaultDescribeClientQuotasResponse();
    }
    return readDescribeClientQuotasResponse(r, version);
  },
  encode(w: Writer, version: number, value: DescribeClientQuotasResponse): void {
    if (version < 0 || version > 1) unsupportedVersion('DescribeClientQuotasResponse', version, 0, 1);
    writeDescribeClientQuotasResponse(w, version, value);
  },
  defaults: defaultDescribeClientQuotasResponse,
};
