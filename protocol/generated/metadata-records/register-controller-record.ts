// Code generated from Apache Kafka's metadata record schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0, kafka-metadata-4.4.0.jar, common/metadata/
//   RegisterControllerRecord.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate:metadata (tsx protocol/generator/metadata-main.ts build/kafka-4.4.0/libs/kafka-metadata-4.4.0.jar protocol/generated/metadata-records)

import type { Reader, Writer } from '../../primitives';
import { type MessageCodec, unsupportedVersion } from '../../generator/runtime';

/** RegisterControllerRecord (metadata, API key 27), versions 0. */
export interface RegisterControllerRecord {
  /** The controller id. (versions 0+) */
  controllerId: number;
  /** The incarnation ID of the controller process (versions 0+) */
  incarnationId: string;
  /** Set if the required configurations for ZK migration are present. (versions 0+) */
  zkMigrationReady: boolean;
  /** The endpoints that can be used to communicate with this controller. (versions 0+) */
  endPoints: RegisterControllerRecordControllerEndpoint[];
  /** The features on this controller (versions 0+) */
  features: RegisterControllerRecordControllerFeature[];
}

/** RegisterControllerRecord ControllerEndpoint, versions 0. */
export interface RegisterControllerRecordControllerEndpoint {
  /** The name of the endpoint. (versions 0+) */
  name: string;
  /** The hostname. (versions 0+) */
  host: string;
  /** The port. (versions 0+) */
  port: number;
  /** The security protocol. (versions 0+) */
  securityProtocol: number;
}

/** RegisterControllerRecord ControllerFeature, versions 0. */
export interface RegisterControllerRecordControllerFeature {
  /** The feature name. (versions 0+) */
  name: string;
  /** The minimum supported feature level. (versions 0+) */
  minSupportedVersion: number;
  /** The maximum supported feature level. (versions 0+) */
  maxSupportedVersion: number;
}

/** A fresh RegisterControllerRecord with every field at its schema default. */
export function defaultRegisterControllerRecord(): RegisterControllerRecord {
  return {
    controllerId: 0,
    incarnationId: 'AAAAAAAAAAAAAAAAAAAAAA',
    zkMigrationReady: false,
    endPoints: [],
    features: [],
  };
}

/** A fresh RegisterControllerRecordControllerEndpoint with every field at its schema default. */
export function defaultRegisterControllerRecordControllerEndpoint(): RegisterControllerRecordControllerEndpoint {
  return {
    name: '',
    host: '',
    port: 0,
    securityProtocol: 0,
  };
}

/** A fresh RegisterControllerRecordControllerFeature with every field at its schema default. */
export function defaultRegisterControllerRecordControllerFeature(): RegisterControllerRecordControllerFeature {
  return {
    name: '',
    minSupportedVersion: 0,
    maxSupportedVersion: 0,
  };
}

function readRegisterControllerRecord_EndPoints(r: Reader, version: number): RegisterControllerRecordControllerEndpoint[] {
  const n = r.compactArrayLength(7);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: RegisterControllerRecordControllerEndpoint[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readRegisterControllerRecordControllerEndpoint(r, version));
  return items;
}

function readRegisterControllerRecord_Features(r: Reader, version: number): RegisterControllerRecordControllerFeature[] {
  const n = r.compactArrayLength(6);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: RegisterControllerRecordControllerFeature[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readRegisterControllerRecordControllerFeature(r, version));
  return items;
}

function readRegisterControllerRecord(r: Reader, version: number): RegisterControllerRecord {
  r.field = 'ControllerId';
  const fControllerId: number = r.int32();
  r.field = 'IncarnationId';
  const fIncarnationId: string = r.uuid();
  r.field = 'ZkMigrationReady';
  const fZkMigrationReady: boolean = r.bool();
  r.field = 'EndPoints';
  const fEndPoints: RegisterControllerRecordControllerEndpoint[] = readRegisterControllerRecord_EndPoints(r, version);
  r.field = 'Features';
  const fFeatures: RegisterControllerRecordControllerFeature[] = readRegisterControllerRecord_Features(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    controllerId: fControllerId,
    incarnationId: fIncarnationId,
    zkMigrationReady: fZkMigrationReady,
    endPoints: fEndPoints,
    features: fFeatures,
  };
}

function readRegisterControllerRecordControllerEndpoint(r: Reader, _version: number): RegisterControllerRecordControllerEndpoint {
  r.field = 'EndPoints.Name';
  const fName: string = r.compactString();
  r.field = 'EndPoints.Host';
  const fHost: string = r.compactString();
  r.field = 'EndPoints.Port';
  const fPort: number = r.uint16();
  r.field = 'EndPoints.SecurityProtocol';
  const fSecurityProtocol: number = r.int16();
  r.field = 'EndPoints._tagged_fields';
  r.skipTaggedFields();
  return {
    name: fName,
    host: fHost,
    port: fPort,
    securityProtocol: fSecurityProtocol,
  };
}

function readRegisterControllerRecordControllerFeature(r: Reader, _version: number): RegisterControllerRecordControllerFeature {
  r.field = 'Features.Name';
  const fName: string = r.compactString();
  r.field = 'Features.MinSupportedVersion';
  const fMinSupportedVersion: number = r.int16();
  r.field = 'Features.MaxSupportedVersion';
  const fMaxSupportedVersion: number = r.int16();
  r.field = 'Features._tagged_fields';
  r.skipTaggedFields();
  return {
    name: fName,
    minSupportedVersion: fMinSupportedVersion,
    maxSupportedVersion: fMaxSupportedVersion,
  };
}

function writeRegisterControllerRecord_EndPoints(w: Writer, version: number, items: RegisterControllerRecordControllerEndpoint[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeRegisterControllerRecordControllerEndpoint(w, version, item);
}

function writeRegisterControllerRecord_Features(w: Writer, version: number, items: RegisterControllerRecordControllerFeature[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeRegisterControllerRecordControllerFeature(w, version, item);
}

function writeRegisterControllerRecord(w: Writer, version: number, v: RegisterControllerRecord): void {
  w.int32(v.controllerId);
  w.uuid(v.incarnationId);
  w.bool(v.zkMigrationReady);
  writeRegisterControllerRecord_EndPoints(w, version, v.endPoints);
  writeRegisterControllerRecord_Features(w, version, v.features);
  w.uvarint(0);
}

function writeRegisterControllerRecordControllerEndpoint(w: Writer, _version: number, v: RegisterControllerRecordControllerEndpoint): void {
  w.compactString(v.name);
  w.compactString(v.host);
  w.uint16(v.port);
  w.int16(v.securityProtocol);
  w.uvarint(0);
}

function writeRegisterControllerRecordControllerFeature(w: Writer, _version: number, v: RegisterControllerRecordControllerFeature): void {
  w.compactString(v.name);
  w.int16(v.minSupportedVersion);
  w.int16(v.maxSupportedVersion);
  w.uvarint(0);
}

export const RegisterControllerRecordCodec: MessageCodec<RegisterControllerRecord> = {
  name: 'RegisterControllerRecord',
  apiKey: 27,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): RegisterControllerRecord {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultRegisterControllerRecord();
    }
    return readRegisterControllerRecord(r, version);
  },
  encode(w: Writer, version: number, value: RegisterControllerRecord): void {
    if (version < 0 || version > 0) unsupportedVersion('RegisterControllerRecord', version, 0, 0);
    writeRegisterControllerRecord(w, version, value);
  },
  defaults: defaultRegisterControllerRecord,
};
