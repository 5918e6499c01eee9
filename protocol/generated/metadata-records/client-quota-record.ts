// Code generated from Apache Kafka's metadata record schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0, kafka-metadata-4.4.0.jar, common/metadata/
//   ClientQuotaRecord.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate:metadata (tsx protocol/generator/metadata-main.ts build/kafka-4.4.0/libs/kafka-metadata-4.4.0.jar protocol/generated/metadata-records)

import type { Reader, Writer } from '../../primitives';
import { type MessageCodec, unsupportedVersion } from '../../generator/runtime';

/** ClientQuotaRecord (metadata, API key 14), versions 0. */
export interface ClientQuotaRecord {
  /** The quota entity to alter. (versions 0+) */
  entity: ClientQuotaRecordEntityData[];
  /** The quota configuration key. (versions 0+) */
  key: string;
  /** The value to set, otherwise ignored if the value is to be removed. (versions 0+) */
  value: number;
  /** Whether the quota configuration value should be removed, otherwise set. (versions 0+) */
  remove: boolean;
}

/** ClientQuotaRecord EntityData, versions 0. */
export interface ClientQuotaRecordEntityData {
  /** The entity type. (versions 0+) */
  entityType: string;
  /** The name of the entity, or null if the default. (versions 0+, nullable 0+) */
  entityName: string | null;
}

/** A fresh ClientQuotaRecord with every field at its schema default. */
export function defaultClientQuotaRecord(): ClientQuotaRecord {
  return {
    entity: [],
    key: '',
    value: 0,
    remove: false,
  };
}

/** A fresh ClientQuotaRecordEntityData with every field at its schema default. */
export function defaultClientQuotaRecordEntityData(): ClientQuotaRecordEntityData {
  return {
    entityType: '',
    entityName: '',
  };
}

function readClientQuotaRecord_Entity(r: Reader, version: number): ClientQuotaRecordEntityData[] {
  const n = r.compactArrayLength(3);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: ClientQuotaRecordEntityData[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readClientQuotaRecordEntityData(r, version));
  return items;
}

function readClientQuotaRecord(r: Reader, version: number): ClientQuotaRecord {
  r.field = 'Entity';
  const fEntity: ClientQuotaRecordEntityData[] = readClientQuotaRecord_Entity(r, version);
  r.field = 'Key';
  const fKey: string = r.compactString();
  r.field = 'Value';
  const fValue: number = r.float64();
  r.field = 'Remove';
  const fRemove: boolean = r.bool();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    entity: fEntity,
    key: fKey,
    value: fValue,
    remove: fRemove,
  };
}

function readClientQuotaRecordEntityData(r: Reader, _version: number): ClientQuotaRecordEntityData {
  r.field = 'Entity.EntityType';
  const fEntityType: string = r.compactString();
  r.field = 'Entity.EntityName';
  const fEntityName: string | null = r.compactNullableString();
  r.field = 'Entity._tagged_fields';
  r.skipTaggedFields();
  return {
    entityType: fEntityType,
    entityName: fEntityName,
  };
}

function writeClientQuotaRecord_Entity(w: Writer, version: number, items: ClientQuotaRecordEntityData[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeClientQuotaRecordEntityData(w, version, item);
}

function writeClientQuotaRecord(w: Writer, version: number, v: ClientQuotaRecord): void {
  writeClientQuotaRecord_Entity(w, version, v.entity);
  w.compactString(v.key);
  w.float64(v.value);
  w.bool(v.remove);
  w.uvarint(0);
}

function writeClientQuotaRecordEntityData(w: Writer, _version: number, v: ClientQuotaRecordEntityData): void {
  w.compactString(v.entityType);
  w.compactNullableString(v.entityName);
  w.uvarint(0);
}

export const ClientQuotaRecordCodec: MessageCodec<ClientQuotaRecord> = {
  name: 'ClientQuotaRecord',
  apiKey: 14,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): ClientQuotaRecord {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultClientQuotaRecord();
    }
    return readClientQuotaRecord(r, version);
  },
  encode(w: Writer, version: number, value: ClientQuotaRecord): void {
    if (version < 0 || version > 0) unsupportedVersion('ClientQuotaRecord', version, 0, 0);
    writeClientQuotaRecord(w, version, value);
  },
  defaults: defaultClientQuotaRecord,
};
