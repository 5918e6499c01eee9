// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   AlterClientQuotasRequest.json, AlterClientQuotasResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** AlterClientQuotasRequest (request, API key 49), versions 0-1. */
export interface AlterClientQuotasRequest {
  /** The quota configuration entries to alter. (versions 0+) */
  entries: AlterClientQuotasRequestEntryData[];
  /** Whether the alteration should be validated, but not performed. (versions 0+) */
  validateOnly: boolean;
}

/** AlterClientQuotasRequest EntryData, versions 0-1. */
export interface AlterClientQuotasRequestEntryData {
  /** The quota entity to alter. (versions 0+) */
  entity: AlterClientQuotasRequestEntityData[];
  /** An individual quota configuration entry to alter. (versions 0+) */
  ops: AlterClientQuotasRequestOpData[];
}

/** AlterClientQuotasRequest EntityData, versions 0-1. */
export interface AlterClientQuotasRequestEntityData {
  /** The entity type. (versions 0+) */
  entityType: string;
  /** The name of the entity, or null if the default. (versions 0+, nullable 0+) */
  entityName: string | null;
}

/** AlterClientQuotasRequest OpData, versions 0-1. */
export interface AlterClientQuotasRequestOpData {
  /** The quota configuration key. (versions 0+) */
  key: string;
  /** The value to set, otherwise ignored if the value is to be removed. (versions 0+) */
  value: number;
  /** Whether the quota configuration value should be removed, otherwise set. (versions 0+) */
  remove: boolean;
}

/** A fresh AlterClientQuotasRequest with every field at its schema default. */
export function defaultAlterClientQuotasRequest(): AlterClientQuotasRequest {
  return {
    entries: [],
    validateOnly: false,
  };
}

/** A fresh AlterClientQuotasRequestEntryData with every field at its schema default. */
export function defaultAlterClientQuotasRequestEntryData(): AlterClientQuotasRequestEntryData {
  return {
    entity: [],
    ops: [],
  };
}

/** A fresh AlterClientQuotasRequestEntityData with every field at its schema default. */
export function defaultAlterClientQuotasRequestEntityData(): AlterClientQuotasRequestEntityData {
  return {
    entityType: '',
    entityName: '',
  };
}

/** A fresh AlterClientQuotasRequestOpData with every field at its schema default. */
export function defaultAlterClientQuotasRequestOpData(): AlterClientQuotasRequestOpData {
  return {
    key: '',
    value: 0,
    remove: false,
  };
}

function readAlterClientQuotasRequest_Entries(r: Reader, version: number): AlterClientQuotasRequestEntryData[] {
  const n = version >= 1 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AlterClientQuotasRequestEntryData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAlterClientQuotasRequestEntryData(r, version));
  return items;
}

function readAlterClientQuotasRequest(r: Reader, version: number): AlterClientQuotasRequest {
  r.field = 'Entries';
  const fEntries: AlterClientQuotasRequestEntryData[] = readAlterClientQuotasRequest_Entries(r, version);
  r.field = 'ValidateOnly';
  const fValidateOnly: boolean = r.bool();
  if (version >= 1) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    entries: fEntries,
    validateOnly: fValidateOnly,
  };
}

function readAlterClientQuotasRequestEntryData_Entity(r: Reader, version: number): AlterClientQuotasRequestEntityData[] {
  const n = version >= 1 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AlterClientQuotasRequestEntityData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAlterClientQuotasRequestEntityData(r, version));
  return items;
}

function readAlterClientQuotasRequestEntryData_Ops(r: Reader, version: number): AlterClientQuotasRequestOpData[] {
  const n = version >= 1 ? r.compactArrayLength(11) : r.arrayLength(11);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AlterClientQuotasRequestOpData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAlterClientQuotasRequestOpData(r, version));
  return items;
}

function readAlterClientQuotasRequestEntryData(r: Reader, version: number): AlterClientQuotasRequestEntryData {
  r.field = 'Entries.Entity';
  const fEntity: AlterClientQuotasRequestEntityData[] = readAlterClientQuotasRequestEntryData_Entity(r, version);
  r.field = 'Entries.Ops';
  const fOps: AlterClientQuotasRequestOpData[] = readAlterClientQuotasRequestEntryData_Ops(r, version);
  if (version >= 1) {
    r.field = 'Entries._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    entity: fEntity,
    ops: fOps,
  };
}

function readAlterClientQuotasRequestEntityData(r: Reader, version: number): AlterClientQuotasRequestEntityData {
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

function readAlterClientQuotasRequestOpData(r: Reader, version: number): AlterClientQuotasRequestOpData {
  r.field = 'Entries.Ops.Key';
  const fKey: string = version >= 1 ? r.compactString() : r.string();
  r.field = 'Entries.Ops.Value';
  const fValue: number = r.float64();
  r.field = 'Entries.Ops.Remove';
  const fRemove: boolean = r.bool();
  if (version >= 1) {
    r.field = 'Entries.Ops._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    key: fKey,
    value: fValue,
    remove: fRemove,
  };
}

function writeAlterClientQuotasRequest_Entries(w: Writer, version: number, items: AlterClientQuotasRequestEntryData[]): void {
  version >= 1 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeAlterClientQuotasRequestEntryData(w, version, item);
}

function writeAlterClientQuotasRequest(w: Writer, version: number, v: AlterClientQuotasRequest): void {
  writeAlterClientQuotasRequest_Entries(w, version, v.entries);
  w.bool(v.validateOnly);
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeAlterClientQuotasRequestEntryData_Entity(w: Writer, version: number, items: AlterClientQuotasRequestEntityData[]): void {
  version >= 1 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeAlterClientQuotasRequestEntityData(w, version, item);
}

function writeAlterClientQuotasRequestEntryData_Ops(w: Writer, version: number, items: AlterClientQuotasRequestOpData[]): void {
  version >= 1 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeAlterClientQuotasRequestOpData(w, version, item);
}

function writeAlterClientQuotasRequestEntryData(w: Writer, version: number, v: AlterClientQuotasRequestEntryData): void {
  writeAlterClientQuotasRequestEntryData_Entity(w, version, v.entity);
  writeAlterClientQuotasRequestEntryData_Ops(w, version, v.ops);
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeAlterClientQuotasRequestEntityData(w: Writer, version: number, v: AlterClientQuotasRequestEntityData): void {
  version >= 1 ? w.compactString(v.entityType) : w.string(v.entityType);
  version >= 1 ? w.compactNullableString(v.entityName) : w.nullableString(v.entityName);
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeAlterClientQuotasRequestOpData(w: Writer, version: number, v: AlterClientQuotasRequestOpData): void {
  version >= 1 ? w.compactString(v.key) : w.string(v.key);
  w.float64(v.value);
  w.bool(v.remove);
  if (version >= 1) {
    w.uvarint(0);
  }
}

export const AlterClientQuotasRequestCodec: MessageCodec<AlterClientQuotasRequest> = {
  name: 'AlterClientQuotasRequest',
  apiKey: 49,
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 1,
  decode(r: Reader, version: number): AlterClientQuotasRequest {
    if (version < 0 || version > 1) {
      r.fail(`unsupported version ${version}`);
      return defaultAlterClientQuotasRequest();
    }
    return readAlterClientQuotasRequest(r, version);
  },
  encode(w: Writer, version: number, value: AlterClientQuotasRequest): void {
    if (version < 0 || version > 1) unsupportedVersion('AlterClientQuotasRequest', version, 0, 1);
    writeAlterClientQuotasRequest(w, version, value);
  },
  defaults: defaultAlterClientQuotasRequest,
};

/** AlterClientQuotasResponse (response, API key 49), versions 0-1. */
export interface AlterClientQuotasResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The quota configuration entries to alter. (versions 0+) */
  entries: AlterClientQuotasResponseEntryData[];
}

/** AlterClientQuotasResponse EntryData, versions 0-1. */
export interface AlterClientQuotasResponseEntryData {
  /** The error code, or `0` if the quota alteration succeeded. (versions 0+) */
  errorCode: number;
  /** The error message, or `null` if the quota alteration succeeded. (versions 0+, nullable 0+) */
  errorMessage: string | null;
  /** The quota entity to alter. (versions 0+) */
  entity: AlterClientQuotasResponseEntityData[];
}

/** AlterClientQuotasResponse EntityData, versions 0-1. */
export interface AlterClientQuotasResponseEntityData {
  /** The entity type. (versions 0+) */
  entityType: string;
  /** The name of the entity, or null if the default. (versions 0+, nullable 0+) */
  entityName: string | null;
}

/** A fresh AlterClientQuotasResponse with every field at its schema default. */
export function defaultAlterClientQuotasResponse(): AlterClientQuotasResponse {
  return {
    throttleTimeMs: 0,
    entries: [],
  };
}

/** A fresh AlterClientQuotasResponseEntryData with every field at its schema default. */
export function defaultAlterClientQuotasResponseEntryData(): AlterClientQuotasResponseEntryData {
  return {
    errorCode: 0,
    errorMessage: '',
    entity: [],
  };
}

/** A fresh AlterClientQuotasResponseEntityData with every field at its schema default. */
export function defaultAlterClientQuotasResponseEntityData(): AlterClientQuotasResponseEntityData {
  return {
    entityType: '',
    entityName: '',
  };
}

function readAlterClientQuotasResponse_Entries(r: Reader, version: number): AlterClientQuotasResponseEntryData[] {
  const n = version >= 1 ? r.compactArrayLength(5) : r.arrayLength(5);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AlterClientQuotasResponseEntryData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAlterClientQuotasResponseEntryData(r, version));
  return items;
}

function readAlterClientQuotasResponse(r: Reader, version: number): AlterClientQuotasResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'Entries';
  const fEntries: AlterClientQuotasResponseEntryData[] = readAlterClientQuotasResponse_Entries(r, version);
  if (version >= 1) {
    r.field = '_tagged_fields';
    r.skipTaggedFields();
  }
  return {
    throttleTimeMs: fThrottleTimeMs,
    entries: fEntries,
  };
}

function readAlterClientQuotasResponseEntryData_Entity(r: Reader, version: number): AlterClientQuotasResponseEntityData[] {
  const n = version >= 1 ? r.compactArrayLength(3) : r.arrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: AlterClientQuotasResponseEntityData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readAlterClientQuotasResponseEntityData(r, version));
  return items;
}

function readAlterClientQuotasResponseEntryData(r: Reader, version: number): AlterClientQuotasResponseEntryData {
  r.field = 'Entries.ErrorCode';
  const fErrorCode: number = r.int16();
  r.field = 'Entries.ErrorMessage';
  const fErrorMessage: string | null = version >= 1 ? r.compactNullableString() : r.nullableString();
  r.field = 'Entries.Entity';
  const fEntity: AlterClientQuotasResponseEntityData[] = readAlterClientQuotasResponseEntryData_Entity(r, version);
  if (version >= 1) {
    r.field = 'Entries._tagged_fields';
    r.skipTaggedFields();
  }
  return {
    errorCode: fErrorCode,
    errorMessage: fErrorMessage,
    entity: fEntity,
  };
}

function readAlterClientQuotasResponseEntityData(r: Reader, version: number): AlterClientQuotasResponseEntityData {
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

function writeAlterClientQuotasResponse_Entries(w: Writer, version: number, items: AlterClientQuotasResponseEntryData[]): void {
  version >= 1 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeAlterClientQuotasResponseEntryData(w, version, item);
}

function writeAlterClientQuotasResponse(w: Writer, version: number, v: AlterClientQuotasResponse): void {
  w.int32(v.throttleTimeMs);
  writeAlterClientQuotasResponse_Entries(w, version, v.entries);
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeAlterClientQuotasResponseEntryData_Entity(w: Writer, version: number, items: AlterClientQuotasResponseEntityData[]): void {
  version >= 1 ? w.uvarint(items.length + 1) : w.int32(items.length);
  for (const item of items) writeAlterClientQuotasResponseEntityData(w, version, item);
}

function writeAlterClientQuotasResponseEntryData(w: Writer, version: number, v: AlterClientQuotasResponseEntryData): void {
  w.int16(v.errorCode);
  version >= 1 ? w.compactNullableString(v.errorMessage) : w.nullableString(v.errorMessage);
  writeAlterClientQuotasResponseEntryData_Entity(w, version, v.entity);
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeAlterClientQuotasResponseEntityData(w: Writer, version: number, v: AlterClientQuotasResponseEntityData): void {
  version >= 1 ? w.compactString(v.entityType) : w.string(v.entityType);
  version >= 1 ? w.compactNullableString(v.entityName) : w.nullableString(v.entityName);
  if (version >= 1) {
    w.uvarint(0);
  }
}

export const AlterClientQuotasResponseCodec: MessageCodec<AlterClientQuotasResponse> = {
  name: 'AlterClientQuotasResponse',
  apiKey: 49,
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 1,
  decode(r: Reader, version: number): AlterClientQuotasResponse {
    if (version < 0 || version > 1) {
      r.fail(`unsupported version ${version}`);
      return defaultAlterClientQuotasResponse();
    }
    return readAlterClientQuotasResponse(r, version);
  },
  encode(w: Writer, version: number, value: AlterClientQuotasResponse): void {
    if (version < 0 || version > 1) unsupportedVersion('AlterClientQuotasResponse', version, 0, 1);
    writeAlterClientQuotasResponse(w, version, value);
  },
  defaults: defaultAlterClientQuotasResponse,
};
