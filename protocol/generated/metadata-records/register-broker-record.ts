// Code generated from Apache Kafka's metadata record schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0, kafka-metadata-4.4.0.jar, common/metadata/
//   RegisterBrokerRecord.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate:metadata (tsx protocol/generator/metadata-main.ts build/kafka-4.4.0/libs/kafka-metadata-4.4.0.jar protocol/generated/metadata-records)

import type { Reader, Writer } from '../../primitives';
import { type MessageCodec, endTaggedField, notInVersion, unsupportedVersion, writeTaggedField } from '../../generator/runtime';

/** RegisterBrokerRecord (metadata, API key 0), versions 0-4. */
export interface RegisterBrokerRecord {
  /** The broker id. (versions 0+) */
  brokerId: number;
  /** True if the broker is a ZK broker in migration mode. Otherwise, false (versions 2+, default false) */
  isMigratingZkBroker: boolean;
  /** The incarnation ID of the broker process (versions 0+) */
  incarnationId: string;
  /** The broker epoch assigned by the controller. (versions 0+) */
  brokerEpoch: bigint;
  /** The endpoints that can be used to communicate with this broker. (versions 0+) */
  endPoints: RegisterBrokerRecordBrokerEndpoint[];
  /** The features on this broker (versions 0+) */
  features: RegisterBrokerRecordBrokerFeature[];
  /** The broker rack. (versions 0+, nullable 0+) */
  rack: string | null;
  /** True if the broker is fenced. (versions 0+, default true) */
  fenced: boolean;
  /** True if the broker is in controlled shutdown. (versions 1+, default false) */
  inControlledShutdown: boolean;
  /** Log directories configured in this broker which are available. (versions 3+, tag 0 in 3+) */
  logDirs: string[];
  /** Log directories that are cordoned. This is initially null before the broker starts sending the value via its heartbeats. (versions 4+, nullable 4+, tag 1 in 4+, default null) */
  cordonedLogDirs: string[] | null;
}

/** RegisterBrokerRecord BrokerEndpoint, versions 0-4. */
export interface RegisterBrokerRecordBrokerEndpoint {
  /** The name of the endpoint. (versions 0+) */
  name: string;
  /** The hostname. (versions 0+) */
  host: string;
  /** The port. (versions 0+) */
  port: number;
  /** The security protocol. (versions 0+) */
  securityProtocol: number;
}

/** RegisterBrokerRecord BrokerFeature, versions 0-4. */
export interface RegisterBrokerRecordBrokerFeature {
  /** The feature name. (versions 0+) */
  name: string;
  /** The minimum supported feature level. (versions 0+) */
  minSupportedVersion: number;
  /** The maximum supported feature level. (versions 0+) */
  maxSupportedVersion: number;
}

/** A fresh RegisterBrokerRecord with every field at its schema default. */
export function defaultRegisterBrokerRecord(): RegisterBrokerRecord {
  return {
    brokerId: 0,
    isMigratingZkBroker: false,
    incarnationId: 'AAAAAAAAAAAAAAAAAAAAAA',
    brokerEpoch: 0n,
    endPoints: [],
    features: [],
    rack: '',
    fenced: true,
    inControlledShutdown: false,
    logDirs: [],
    cordonedLogDirs: null,
  };
}

/** A fresh RegisterBrokerRecordBrokerEndpoint with every field at its schema default. */
export function defaultRegisterBrokerRecordBrokerEndpoint(): RegisterBrokerRecordBrokerEndpoint {
  return {
    name: '',
    host: '',
    port: 0,
    securityProtocol: 0,
  };
}

/** A fresh RegisterBrokerRecordBrokerFeature with every field at its schema default. */
export function defaultRegisterBrokerRecordBrokerFeature(): RegisterBrokerRecordBrokerFeature {
  return {
    name: '',
    minSupportedVersion: 0,
    maxSupportedVersion: 0,
  };
}

function readRegisterBrokerRecord_EndPoints(r: Reader, version: number): RegisterBrokerRecordBrokerEndpoint[] {
  const n = r.compactArrayLength(7);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: RegisterBrokerRecordBrokerEndpoint[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readRegisterBrokerRecordBrokerEndpoint(r, version));
  return items;
}

function readRegisterBrokerRecord_Features(r: Reader, version: number): RegisterBrokerRecordBrokerFeature[] {
  const n = r.compactArrayLength(6);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: RegisterBrokerRecordBrokerFeature[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readRegisterBrokerRecordBrokerFeature(r, version));
  return items;
}

function readRegisterBrokerRecord_LogDirs(r: Reader, _version: number): string[] {
  const n = r.compactArrayLength(16);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: string[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.uuid());
  return items;
}

function readRegisterBrokerRecord_CordonedLogDirs(r: Reader, _version: number): string[] | null {
  const n = r.compactArrayLength(16);
  if (n < 0) {
    return null;
  }
  const items: string[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.uuid());
  return items;
}

function readRegisterBrokerRecord(r: Reader, version: number): RegisterBrokerRecord {
  r.field = 'BrokerId';
  const fBrokerId: number = r.int32();
  r.field = 'IsMigratingZkBroker';
  const fIsMigratingZkBroker: boolean = version >= 2 ? r.bool() : false;
  r.field = 'IncarnationId';
  const fIncarnationId: string = r.uuid();
  r.field = 'BrokerEpoch';
  const fBrokerEpoch: bigint = r.int64();
  r.field = 'EndPoints';
  const fEndPoints: RegisterBrokerRecordBrokerEndpoint[] = readRegisterBrokerRecord_EndPoints(r, version);
  r.field = 'Features';
  const fFeatures: RegisterBrokerRecordBrokerFeature[] = readRegisterBrokerRecord_Features(r, version);
  r.field = 'Rack';
  const fRack: string | null = r.compactNullableString();
  r.field = 'Fenced';
  const fFenced: boolean = r.bool();
  r.field = 'InControlledShutdown';
  const fInControlledShutdown: boolean = version >= 1 ? r.bool() : false;
  let fLogDirs: string[] = [];
  let fCordonedLogDirs: string[] | null = null;
  r.field = '_tagged_fields';
  const tagCount = r.uvarint();
  for (let i = 0; i < tagCount && !r.failed; i++) {
    const tag = r.uvarint();
    const size = r.uvarint();
    switch (tag) {
      case 0: {
        if (version >= 3) {
          r.field = 'LogDirs';
          const end = r.pos + size;
          fLogDirs = readRegisterBrokerRecord_LogDirs(r, version);
          endTaggedField(r, end);
        } else {
          r.skip(size);
        }
        break;
      }
      case 1: {
        if (version >= 4) {
          r.field = 'CordonedLogDirs';
          const end = r.pos + size;
          fCordonedLogDirs = readRegisterBrokerRecord_CordonedLogDirs(r, version);
          endTaggedField(r, end);
        } else {
          r.skip(size);
        }
        break;
      }
      default:
        r.skip(size);
    }
  }
  return {
    brokerId: fBrokerId,
    isMigratingZkBroker: fIsMigratingZkBroker,
    incarnationId: fIncarnationId,
    brokerEpoch: fBrokerEpoch,
    endPoints: fEndPoints,
    features: fFeatures,
    rack: fRack,
    fenced: fFenced,
    inControlledShutdown: fInControlledShutdown,
    logDirs: fLogDirs,
    cordonedLogDirs: fCordonedLogDirs,
  };
}

function readRegisterBrokerRecordBrokerEndpoint(r: Reader, _version: number): RegisterBrokerRecordBrokerEndpoint {
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

function readRegisterBrokerRecordBrokerFeature(r: Reader, _version: number): RegisterBrokerRecordBrokerFeature {
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

function writeRegisterBrokerRecord_EndPoints(w: Writer, version: number, items: RegisterBrokerRecordBrokerEndpoint[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeRegisterBrokerRecordBrokerEndpoint(w, version, item);
}

function writeRegisterBrokerRecord_Features(w: Writer, version: number, items: RegisterBrokerRecordBrokerFeature[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeRegisterBrokerRecordBrokerFeature(w, version, item);
}

function writeRegisterBrokerRecord_LogDirs(w: Writer, _version: number, items: string[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.uuid(item);
}

function writeRegisterBrokerRecord_CordonedLogDirs(w: Writer, _version: number, items: string[] | null): void {
  if (items === null) {
    w.uvarint(0);
    return;
  }
  w.uvarint(items.length + 1);
  for (const item of items) w.uuid(item);
}

function writeRegisterBrokerRecord(w: Writer, version: number, v: RegisterBrokerRecord): void {
  w.int32(v.brokerId);
  if (version >= 2) {
    w.bool(v.isMigratingZkBroker);
  } else if (v.isMigratingZkBroker !== false) {
    notInVersion('RegisterBrokerRecord', version, 'IsMigratingZkBroker');
  }
  w.uuid(v.incarnationId);
  w.int64(v.brokerEpoch);
  writeRegisterBrokerRecord_EndPoints(w, version, v.endPoints);
  writeRegisterBrokerRecord_Features(w, version, v.features);
  w.compactNullableString(v.rack);
  w.bool(v.fenced);
  if (version >= 1) {
    w.bool(v.inControlledShutdown);
  } else if (v.inControlledShutdown !== false) {
    notInVersion('RegisterBrokerRecord', version, 'InControlledShutdown');
  }
  if (!(version >= 3) && v.logDirs.length !== 0) notInVersion('RegisterBrokerRecord', version, 'LogDirs');
  if (!(version >= 4) && v.cordonedLogDirs !== null) notInVersion('RegisterBrokerRecord', version, 'CordonedLogDirs');
  const writeLogDirs = version >= 3 && v.logDirs.length !== 0;
  const writeCordonedLogDirs = version >= 4 && v.cordonedLogDirs !== null;
  w.uvarint((writeLogDirs ? 1 : 0) + (writeCordonedLogDirs ? 1 : 0));
  if (writeLogDirs) {
    writeTaggedField(w, 0, (w) => {
      writeRegisterBrokerRecord_LogDirs(w, version, v.logDirs);
    });
  }
  if (writeCordonedLogDirs) {
    writeTaggedField(w, 1, (w) => {
      writeRegisterBrokerRecord_CordonedLogDirs(w, version, v.cordonedLogDirs!);
    });
  }
}

function writeRegisterBrokerRecordBrokerEndpoint(w: Writer, _version: number, v: RegisterBrokerRecordBrokerEndpoint): void {
  w.compactString(v.name);
  w.compactString(v.host);
  w.uint16(v.port);
  w.int16(v.securityProtocol);
  w.uvarint(0);
}

function writeRegisterBrokerRecordBrokerFeature(w: Writer, _version: number, v: RegisterBrokerRecordBrokerFeature): void {
  w.compactString(v.name);
  w.int16(v.minSupportedVersion);
  w.int16(v.maxSupportedVersion);
  w.uvarint(0);
}

export const RegisterBrokerRecordCodec: MessageCodec<RegisterBrokerRecord> = {
  name: 'RegisterBrokerRecord',
  apiKey: 0,
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 0,
  decode(r: Reader, version: number): RegisterBrokerRecord {
    if (version < 0 || version > 4) {
      r.fail(`unsupported version ${version}`);
      return defaultRegisterBrokerRecord();
    }
    return readRegisterBrokerRecord(r, version);
  },
  encode(w: Writer, version: number, value: RegisterBrokerRecord): void {
    if (version < 0 || version > 4) unsupportedVersion('RegisterBrokerRecord', version, 0, 4);
    writeRegisterBrokerRecord(w, version, value);
  },
  defaults: defaultRegisterBrokerRecord,
};
