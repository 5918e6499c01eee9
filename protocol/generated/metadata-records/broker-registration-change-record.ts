// Code generated from Apache Kafka's metadata record schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0, kafka-metadata-4.4.0.jar, common/metadata/
//   BrokerRegistrationChangeRecord.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate:metadata (tsx protocol/generator/metadata-main.ts build/kafka-4.4.0/libs/kafka-metadata-4.4.0.jar protocol/generated/metadata-records)

import type { Reader, Writer } from '../../primitives';
import { type MessageCodec, endTaggedField, notInVersion, unsupportedVersion, writeTaggedField } from '../../generator/runtime';

/** BrokerRegistrationChangeRecord (metadata, API key 17), versions 0-3. */
export interface BrokerRegistrationChangeRecord {
  /** The broker id. (versions 0+) */
  brokerId: number;
  /** The broker epoch assigned by the controller. (versions 0+) */
  brokerEpoch: bigint;
  /** -1 if the broker has been unfenced, 0 if no change, 1 if the broker has been fenced. (versions 0+, tag 0 in 0+) */
  fenced: number;
  /** 0 if no change, 1 if the broker is in controlled shutdown. (versions 1+, tag 1 in 1+) */
  inControlledShutdown: number;
  /** Log directories configured in this broker which are available. (versions 2+, tag 2 in 2+) */
  logDirs: string[];
  /** Log directories that are cordoned or null if no change. (versions 3+, nullable 3+, tag 3 in 3+, default null) */
  cordonedLogDirs: string[] | null;
}

/** A fresh BrokerRegistrationChangeRecord with every field at its schema default. */
export function defaultBrokerRegistrationChangeRecord(): BrokerRegistrationChangeRecord {
  return {
    brokerId: 0,
    brokerEpoch: 0n,
    fenced: 0,
    inControlledShutdown: 0,
    logDirs: [],
    cordonedLogDirs: null,
  };
}

function readBrokerRegistrationChangeRecord_LogDirs(r: Reader, _version: number): string[] {
  const n = r.compactArrayLength(16);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: string[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.uuid());
  return items;
}

function readBrokerRegistrationChangeRecord_CordonedLogDirs(r: Reader, _version: number): string[] | null {
  const n = r.compactArrayLength(16);
  if (n < 0) {
    return null;
  }
  const items: string[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.uuid());
  return items;
}

function readBrokerRegistrationChangeRecord(r: Reader, version: number): BrokerRegistrationChangeRecord {
  r.field = 'BrokerId';
  const fBrokerId: number = r.int32();
  r.field = 'BrokerEpoch';
  const fBrokerEpoch: bigint = r.int64();
  let fFenced: number = 0;
  let fInControlledShutdown: number = 0;
  let fLogDirs: string[] = [];
  let fCordonedLogDirs: string[] | null = null;
  r.field = '_tagged_fields';
  const tagCount = r.uvarint();
  for (let i = 0; i < tagCount && !r.failed; i++) {
    const tag = r.uvarint();
    const size = r.uvarint();
    switch (tag) {
      case 0: {
        r.field = 'Fenced';
        const end = r.pos + size;
        fFenced = r.int8();
        endTaggedField(r, end);
        break;
      }
      case 1: {
        if (version >= 1) {
          r.field = 'InControlledShutdown';
          const end = r.pos + size;
          fInControlledShutdown = r.int8();
          endTaggedField(r, end);
        } else {
          r.skip(size);
        }
        break;
      }
      case 2: {
        if (version >= 2) {
          r.field = 'LogDirs';
          const end = r.pos + size;
          fLogDirs = readBrokerRegistrationChangeRecord_LogDirs(r, version);
          endTaggedField(r, end);
        } else {
          r.skip(size);
        }
        break;
      }
      case 3: {
        if (version >= 3) {
          r.field = 'CordonedLogDirs';
          const end = r.pos + size;
          fCordonedLogDirs = readBrokerRegistrationChangeRecord_CordonedLogDirs(r, version);
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
    brokerEpoch: fBrokerEpoch,
    fenced: fFenced,
    inControlledShutdown: fInControlledShutdown,
    logDirs: fLogDirs,
    cordonedLogDirs: fCordonedLogDirs,
  };
}

function writeBrokerRegistrationChangeRecord_LogDirs(w: Writer, _version: number, items: string[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.uuid(item);
}

function writeBrokerRegistrationChangeRecord_CordonedLogDirs(w: Writer, _version: number, items: string[] | null): void {
  if (items === null) {
    w.uvarint(0);
    return;
  }
  w.uvarint(items.length + 1);
  for (const item of items) w.uuid(item);
}

function writeBrokerRegistrationChangeRecord(w: Writer, version: number, v: BrokerRegistrationChangeRecord): void {
  w.int32(v.brokerId);
  w.int64(v.brokerEpoch);
  if (!(version >= 1) && v.inControlledShutdown !== 0) notInVersion('BrokerRegistrationChangeRecord', version, 'InControlledShutdown');
  if (!(version >= 2) && v.logDirs.length !== 0) notInVersion('BrokerRegistrationChangeRecord', version, 'LogDirs');
  if (!(version >= 3) && v.cordonedLogDirs !== null) notInVersion('BrokerRegistrationChangeRecord', version, 'CordonedLogDirs');
  const writeFenced = v.fenced !== 0;
  const writeInControlledShutdown = version >= 1 && v.inControlledShutdown !== 0;
  const writeLogDirs = version >= 2 && v.logDirs.length !== 0;
  const writeCordonedLogDirs = version >= 3 && v.cordonedLogDirs !== null;
  w.uvarint((writeFenced ? 1 : 0) + (writeInControlledShutdown ? 1 : 0) + (writeLogDirs ? 1 : 0) + (writeCordonedLogDirs ? 1 : 0));
  if (writeFenced) {
    w.uvarint(0).uvarint(1);
    w.int8(v.fenced);
  }
  if (writeInControlledShutdown) {
    w.uvarint(1).uvarint(1);
    w.int8(v.inControlledShutdown);
  }
  if (writeLogDirs) {
    writeTaggedField(w, 2, (w) => {
      writeBrokerRegistrationChangeRecord_LogDirs(w, version, v.logDirs);
    });
  }
  if (writeCordonedLogDirs) {
    writeTaggedField(w, 3, (w) => {
      writeBrokerRegistrationChangeRecord_CordonedLogDirs(w, version, v.cordonedLogDirs!);
    });
  }
}

export const BrokerRegistrationChangeRecordCodec: MessageCodec<BrokerRegistrationChangeRecord> = {
  name: 'BrokerRegistrationChangeRecord',
  apiKey: 17,
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 0,
  decode(r: Reader, version: number): BrokerRegistrationChangeRecord {
    if (version < 0 || version > 3) {
      r.fail(`unsupported version ${version}`);
      return defaultBrokerRegistrationChangeRecord();
    }
    return readBrokerRegistrationChangeRecord(r, version);
  },
  encode(w: Writer, version: number, value: BrokerRegistrationChangeRecord): void {
    if (version < 0 || version > 3) unsupportedVersion('BrokerRegistrationChangeRecord', version, 0, 3);
    writeBrokerRegistrationChangeRecord(w, version, value);
  },
  defaults: defaultBrokerRegistrationChangeRecord,
};
