// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   LeaderChangeMessage.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, notInVersion, unsupportedVersion } from '../generator/runtime';

/** LeaderChangeMessage (data), versions 0-1. */
export interface LeaderChangeMessage {
  /** The version of the leader change message (versions 0+) */
  version: number;
  /** The ID of the newly elected leader (versions 0+) */
  leaderId: number;
  /** The set of voters in the quorum for this epoch (versions 0+) */
  voters: LeaderChangeMessageVoter[];
  /** The voters who voted for the leader at the time of election (versions 0+) */
  grantingVoters: LeaderChangeMessageVoter[];
}

/** LeaderChangeMessage Voter, versions 0-1. */
export interface LeaderChangeMessageVoter {
  /** (versions 0+) */
  voterId: number;
  /** The directory id of the voter (versions 1+) */
  voterDirectoryId: string;
}

/** A fresh LeaderChangeMessage with every field at its schema default. */
export function defaultLeaderChangeMessage(): LeaderChangeMessage {
  return {
    version: 0,
    leaderId: 0,
    voters: [],
    grantingVoters: [],
  };
}

/** A fresh LeaderChangeMessageVoter with every field at its schema default. */
export function defaultLeaderChangeMessageVoter(): LeaderChangeMessageVoter {
  return {
    voterId: 0,
    voterDirectoryId: 'AAAAAAAAAAAAAAAAAAAAAA',
  };
}

function readLeaderChangeMessage_Voters(r: Reader, version: number): LeaderChangeMessageVoter[] {
  const n = r.compactArrayLength(5);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: LeaderChangeMessageVoter[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readLeaderChangeMessageVoter(r, version));
  return items;
}

function readLeaderChangeMessage_GrantingVoters(r: Reader, version: number): LeaderChangeMessageVoter[] {
  const n = r.compactArrayLength(5);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: LeaderChangeMessageVoter[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readLeaderChangeMessageVoter(r, version));
  return items;
}

function readLeaderChangeMessage(r: Reader, version: number): LeaderChangeMessage {
  r.field = 'Version';
  const fVersion: number = r.int16();
  r.field = 'LeaderId';
  const fLeaderId: number = r.int32();
  r.field = 'Voters';
  const fVoters: LeaderChangeMessageVoter[] = readLeaderChangeMessage_Voters(r, version);
  r.field = 'GrantingVoters';
  const fGrantingVoters: LeaderChangeMessageVoter[] = readLeaderChangeMessage_GrantingVoters(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    version: fVersion,
    leaderId: fLeaderId,
    voters: fVoters,
    grantingVoters: fGrantingVoters,
  };
}

function readLeaderChangeMessageVoter(r: Reader, version: number): LeaderChangeMessageVoter {
  r.field = 'Voter.VoterId';
  const fVoterId: number = r.int32();
  r.field = 'Voter.VoterDirectoryId';
  const fVoterDirectoryId: string = version >= 1 ? r.uuid() : 'AAAAAAAAAAAAAAAAAAAAAA';
  r.field = 'Voter._tagged_fields';
  r.skipTaggedFields();
  return {
    voterId: fVoterId,
    voterDirectoryId: fVoterDirectoryId,
  };
}

function writeLeaderChangeMessage_Voters(w: Writer, version: number, items: LeaderChangeMessageVoter[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeLeaderChangeMessageVoter(w, version, item);
}

function writeLeaderChangeMessage_GrantingVoters(w: Writer, version: number, items: LeaderChangeMessageVoter[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeLeaderChangeMessageVoter(w, version, item);
}

function writeLeaderChangeMessage(w: Writer, version: number, v: LeaderChangeMessage): void {
  w.int16(v.version);
  w.int32(v.leaderId);
  writeLeaderChangeMessage_Voters(w, version, v.voters);
  writeLeaderChangeMessage_GrantingVoters(w, version, v.grantingVoters);
  w.uvarint(0);
}

function writeLeaderChangeMessageVoter(w: Writer, version: number, v: LeaderChangeMessageVoter): void {
  w.int32(v.voterId);
  if (version >= 1) {
    w.uuid(v.voterDirectoryId);
  } else if (v.voterDirectoryId !== 'AAAAAAAAAAAAAAAAAAAAAA') {
    notInVersion('LeaderChangeMessage', version, 'Voter.VoterDirectoryId');
  }
  w.uvarint(0);
}

export const LeaderChangeMessageCodec: MessageCodec<LeaderChangeMessage> = {
  name: 'LeaderChangeMessage',
  apiKey: -1,
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  decode(r: Reader, version: number): LeaderChangeMessage {
    if (version < 0 || version > 1) {
      r.fail(`unsupported version ${version}`);
      return defaultLeaderChangeMessage();
    }
    return readLeaderChangeMessage(r, version);
  },
  encode(w: Writer, version: number, value: LeaderChangeMessage): void {
    if (version < 0 || version > 1) unsupportedVersion('LeaderChangeMessage', version, 0, 1);
    writeLeaderChangeMessage(w, version, value);
  },
  defaults: defaultLeaderChangeMessage,
};
