// Code generated from Apache Kafka's metadata record schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0, kafka-metadata-4.4.0.jar, common/metadata/
//   AccessControlEntryRecord.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate:metadata (tsx protocol/generator/metadata-main.ts build/kafka-4.4.0/libs/kafka-metadata-4.4.0.jar protocol/generated/metadata-records)

import type { Reader, Writer } from '../../primitives';
import { type MessageCodec, unsupportedVersion } from '../../generator/runtime';

/** AccessControlEntryRecord (metadata, API key 18), versions 0. */
export interface AccessControlEntryRecord {
  /** The unique ID of this ACL. (versions 0+) */
  id: string;
  /** The resource type. (versions 0+) */
  resourceType: number;
  /** The resource name. (versions 0+) */
  resourceName: string;
  /** The resource name pattern type. (versions 0+) */
  patternType: number;
  /** The principal name. (versions 0+) */
  principal: string;
  /** The host name. (versions 0+) */
  host: string;
  /** The AclOperation. (versions 0+) */
  operation: number;
  /** The AclPermissionType. (versions 0+) */
  permissionType: number;
}

/** A fresh AccessControlEntryRecord with every field at its schema default. */
export function defaultAccessControlEntryRecord(): AccessControlEntryRecord {
  return {
    id: 'AAAAAAAAAAAAAAAAAAAAAA',
    resourceType: 0,
    resourceName: '',
    patternType: 0,
    principal: '',
    host: '',
    operation: 0,
    permissionType: 0,
  };
}

function readAccessControlEntryRecord(r: Reader, _version: number): AccessControlEntryRecord {
  r.field = 'Id';
  const fId: string = r.uuid();
  r.field = 'ResourceType';
  const fResourceType: number = r.int8();
  r.field = 'ResourceName';
  const fResourceName: string = r.compactString();
  r.field = 'PatternType';
  const fPatternType: number = r.int8();
  r.field = 'Principal';
  const fPrincipal: string = r.compactString();
  r.field = 'Host';
  const fHost: string = r.compactString();
  r.field = 'Operation';
  const fOperation: number = r.int8();
  r.field = 'PermissionType';
  const fPermissionType: number = r.int8();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    id: fId,
    resourceType: fResourceType,
    resourceName: fResourceName,
    patternType: fPatternType,
    principal: fPrincipal,
    host: fHost,
    operation: fOperation,
    permissionType: fPermissionType,
  };
}

function writeAccessControlEntryRecord(w: Writer, _version: number, v: AccessControlEntryRecord): void {
  w.uuid(v.id);
  w.int8(v.resourceType);
  w.compactString(v.resourceName);
  w.int8(v.patternType);
  w.compactString(v.principal);
  w.compactString(v.host);
  w.int8(v.operation);
  w.int8(v.permissionType);
  w.uvarint(0);
}

export const AccessControlEntryRecordCodec: MessageCodec<AccessControlEntryRecord> = {
  name: 'AccessControlEntryRecord',
  apiKey: 18,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): AccessControlEntryRecord {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultAccessControlEntryRecord();
    }
    return readAccessControlEntryRecord(r, version);
  },
  encode(w: Writer, version: number, value: AccessControlEntryRecord): void {
    if (version < 0 || version > 0) unsupportedVersion('AccessControlEntryRecord', version, 0, 0);
    writeAccessControlEntryRecord(w, version, value);
  },
  defaults: defaultAccessControlEntryRecord,
};
