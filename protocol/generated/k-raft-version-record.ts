// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   KRaftVersionRecord.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** KRaftVersionRecord (data), versions 0. */
export interface KRaftVersionRecord {
  /** The version of the kraft version record (versions 0+) */
  version: number;
  /** The kraft protocol version (versions 0+) */
  kRaftVersion: number;
}

/** A fresh KRaftVersionRecord with every field at its schema default. */
export function defaultKRaftVersionRecord(): KRaftVersionRecord {
  return {
    version: 0,
    kRaftVersion: 0,
  };
}

function readKRaftVersionRecord(r: Reader, _version: number): KRaftVersionRecord {
  r.field = 'Version';
  const fVersion: number = r.int16();
  r.field = 'KRaftVersion';
  const fKRaftVersion: number = r.int16();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    version: fVersion,
    kRaftVersion: fKRaftVersion,
  };
}

function writeKRaftVersionRecord(w: Writer, _version: number, v: KRaftVersionRecord): void {
  w.int16(v.version);
  w.int16(v.kRaftVersion);
  w.uvarint(0);
}

export const KRaftVersionRecordCodec: MessageCodec<KRaftVersionRecord> = {
  name: 'KRaftVersionRecord',
  apiKey: -1,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): KRaftVersionRecord {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultKRaftVersionRecord();
    }
    return readKRaftVersionRecord(r, version);
  },
  encode(w: Writer, version: number, value: KRaftVersionRecord): void {
    if (version < 0 || version > 0) unsupportedVersion('KRaftVersionRecord', version, 0, 0);
    writeKRaftVersionRecord(w, version, value);
  },
  defaults: defaultKRaftVersionRecord,
};
