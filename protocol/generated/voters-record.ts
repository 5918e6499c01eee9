// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   VotersRecord.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, unsupportedVersion } from '../generator/runtime';

/** VotersRecord (data), versions 0. */
export interface VotersRecord {
  /** The version of the voters record (versions 0+) */
  version: number;
  /** (versions 0+) */
  voters: VotersRecordVoter[];
}

/** VotersRecord Voter, versions 0. */
export interface VotersRecordVoter {
  /** The replica id of the voter in the topic partition (versions 0+) */
  voterId: number;
  /** The directory id of the voter in the topic partition (versions 0+) */
  voterDirectoryId: string;
  /** The endpoint that can be used to communicate with the voter (versions 0+) */
  endpoints: VotersRecordEndpoint[];
  /** The range of versions of the protocol that the replica supports (versions 0+) */
  kRaftVersionFeature: VotersRecordKRaftVersionFeature;
}

/** VotersRecord Endpoint, versions 0. */
export interface VotersRecordEndpoint {
  /** The name of the endpoint (versions 0+) */
  name: string;
  /** The hostname (versions 0+) */
  host: string;
  /** The port (versions 0+) */
  port: number;
}

/** VotersRecord KRaftVersionFeature, versions 0. */
export interface VotersRecordKRaftVersionFeature {
  /** The minimum supported KRaft protocol version (versions 0+) */
  minSupportedVersion: number;
  /** The maximum supported KRaft protocol version (versions 0+) */
  maxSupportedVersion: number;
}

/** A fresh VotersRecord with every field at its schema default. */
export function defaultVotersRecord(): VotersRecord {
  return {
    version: 0,
    voters: [],
  };
}

/** A fresh VotersRecordVoter with every field at its schema default. */
export function defaultVotersRecordVoter(): VotersRecordVoter {
  return {
    voterId: 0,
    voterDirectoryId: 'AAAAAAAAAAAAAAAAAAAAAA',
    endpoints: [],
    kRaftVersionFeature: defaultVotersRecordKRaftVersionFeature(),
  };
}

/** A fresh VotersRecordEndpoint with every field at its schema default. */
export function defaultVotersRecordEndpoint(): VotersRecordEndpoint {
  return {
    name: '',
    host: '',
    port: 0,
  };
}

/** A fresh VotersRecordKRaftVersionFeature with every field at its schema default. */
export function defaultVotersRecordKRaftVersionFeature(): VotersRecordKRaftVersionFeature {
  return {
    minSupportedVersion: 0,
    maxSupportedVersion: 0,
  };
}

function readVotersRecord_Voters(r: Reader, version: number): VotersRecordVoter[] {
  const n = r.compactArrayLength(27);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: VotersRecordVoter[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readVotersRecordVoter(r, version));
  return items;
}

function readVotersRecord(r: Reader, version: number): VotersRecord {
  r.field = 'Version';
  const fVersion: number = r.int16();
  r.field = 'Voters';
  const fVoters: VotersRecordVoter[] = readVotersRecord_Voters(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    version: fVersion,
    voters: fVoters,
  };
}

function readVotersRecordVoter_Endpoints(r: Reader, version: number): VotersRecordEndpoint[] {
  const n = r.compactArrayLength(5);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: VotersRecordEndpoint[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readVotersRecordEndpoint(r, version));
  return items;
}

function readVotersRecordVoter(r: Reader, version: number): VotersRecordVoter {
  r.field = 'Voters.VoterId';
  const fVoterId: number = r.int32();
  r.field = 'Voters.VoterDirectoryId';
  const fVoterDirectoryId: string = r.uuid();
  r.field = 'Voters.Endpoints';
  const fEndpoints: VotersRecordEndpoint[] = readVotersRecordVoter_Endpoints(r, version);
  r.field = 'Voters.KRaftVersionFeature';
  const fKRaftVersionFeature: VotersRecordKRaftVersionFeature = readVotersRecordKRaftVersionFeature(r, version);
  r.field = 'Voters._tagged_fields';
  r.skipTaggedFields();
  return {
    voterId: fVoterId,
    voterDirectoryId: fVoterDirectoryId,
    endpoints: fEndpoints,
    kRaftVersionFeature: fKRaftVersionFeature,
  };
}

function readVotersRecordEndpoint(r: Reader, _version: number): VotersRecordEndpoint {
  r.field = 'Voters.Endpoints.Name';
  const fName: string = r.compactString();
  r.field = 'Voters.Endpoints.Host';
  const fHost: string = r.compactString();
  r.field = 'Voters.Endpoints.Port';
  const fPort: number = r.uint16();
  r.field = 'Voters.Endpoints._tagged_fields';
  r.skipTaggedFields();
  return {
    name: fName,
    host: fHost,
    port: fPort,
  };
}

function readVotersRecordKRaftVersionFeature(r: Reader, _version: number): VotersRecordKRaftVersionFeature {
  r.field = 'Voters.KRaftVersionFeature.MinSupportedVersion';
  const fMinSupportedVersion: number = r.int16();
  r.field = 'Voters.KRaftVersionFeature.MaxSupportedVersion';
  const fMaxSupportedVersion: number = r.int16();
  r.field = 'Voters.KRaftVersionFeature._tagged_fields';
  r.skipTaggedFields();
  return {
    minSupportedVersion: fMinSupportedVersion,
    maxSupportedVersion: fMaxSupportedVersion,
  };
}

function writeVotersRecord_Voters(w: Writer, version: number, items: VotersRecordVoter[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeVotersRecordVoter(w, version, item);
}

function writeVotersRecord(w: Writer, version: number, v: VotersRecord): void {
  w.int16(v.version);
  writeVotersRecord_Voters(w, version, v.voters);
  w.uvarint(0);
}

function writeVotersRecordVoter_Endpoints(w: Writer, version: number, items: VotersRecordEndpoint[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeVotersRecordEndpoint(w, version, item);
}

function writeVotersRecordVoter(w: Writer, version: number, v: VotersRecordVoter): void {
  w.int32(v.voterId);
  w.uuid(v.voterDirectoryId);
  writeVotersRecordVoter_Endpoints(w, version, v.endpoints);
  writeVotersRecordKRaftVersionFeature(w, version, v.kRaftVersionFeature);
  w.uvarint(0);
}

function writeVotersRecordEndpoint(w: Writer, _version: number, v: VotersRecordEndpoint): void {
  w.compactString(v.name);
  w.compactString(v.host);
  w.uint16(v.port);
  w.uvarint(0);
}

function writeVotersRecordKRaftVersionFeature(w: Writer, _version: number, v: VotersRecordKRaftVersionFeature): void {
  w.int16(v.minSupportedVersion);
  w.int16(v.maxSupportedVersion);
  w.uvarint(0);
}

export const VotersRecordCodec: MessageCodec<VotersRecord> = {
  name: 'VotersRecord',
  apiKey: -1,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): VotersRecord {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultVotersRecord();
    }
    return readVotersRecord(r, version);
  },
  encode(w: Writer, version: number, value: VotersRecord): void {
    if (version < 0 || version > 0) unsupportedVersion('VotersRecord', version, 0, 0);
    writeVotersRecord(w, version, value);
  },
  defaults: defaultVotersRecord,
};
