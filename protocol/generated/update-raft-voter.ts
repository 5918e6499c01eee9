// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.
// Source: apache/kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99, clients/src/main/resources/common/message/
//   UpdateRaftVoterRequest.json, UpdateRaftVoterResponse.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages build/kafka-4.4.0/libs/kafka-clients-4.4.0.jar protocol/generated)

import type { Reader, Writer } from '../primitives';
import { type MessageCodec, endTaggedField, unsupportedVersion, writeTaggedField } from '../generator/runtime';

/** UpdateRaftVoterRequest (request, API key 82), versions 0. */
export interface UpdateRaftVoterRequest {
  /** (versions 0+, nullable 0+) */
  clusterId: string | null;
  /** The current leader epoch of the partition, -1 for unknown leader epoch (versions 0+) */
  currentLeaderEpoch: number;
  /** The replica id of the voter getting updated in the topic partition (versions 0+) */
  voterId: number;
  /** The directory id of the voter getting updated in the topic partition (versions 0+) */
  voterDirectoryId: string;
  /** The endpoint that can be used to communicate with the leader (versions 0+) */
  listeners: UpdateRaftVoterRequestListener[];
  /** The range of versions of the protocol that the replica supports (versions 0+) */
  kRaftVersionFeature: UpdateRaftVoterRequestKRaftVersionFeature;
}

/** UpdateRaftVoterRequest Listener, versions 0. */
export interface UpdateRaftVoterRequestListener {
  /** The name of the endpoint (versions 0+) */
  name: string;
  /** The hostname (versions 0+) */
  host: string;
  /** The port (versions 0+) */
  port: number;
}

/** UpdateRaftVoterRequest KRaftVersionFeature, versions 0. */
export interface UpdateRaftVoterRequestKRaftVersionFeature {
  /** The minimum supported KRaft protocol version (versions 0+) */
  minSupportedVersion: number;
  /** The maximum supported KRaft protocol version (versions 0+) */
  maxSupportedVersion: number;
}

/** A fresh UpdateRaftVoterRequest with every field at its schema default. */
export function defaultUpdateRaftVoterRequest(): UpdateRaftVoterRequest {
  return {
    clusterId: '',
    currentLeaderEpoch: 0,
    voterId: 0,
    voterDirectoryId: 'AAAAAAAAAAAAAAAAAAAAAA',
    listeners: [],
    kRaftVersionFeature: defaultUpdateRaftVoterRequestKRaftVersionFeature(),
  };
}

/** A fresh UpdateRaftVoterRequestListener with every field at its schema default. */
export function defaultUpdateRaftVoterRequestListener(): UpdateRaftVoterRequestListener {
  return {
    name: '',
    host: '',
    port: 0,
  };
}

/** A fresh UpdateRaftVoterRequestKRaftVersionFeature with every field at its schema default. */
export function defaultUpdateRaftVoterRequestKRaftVersionFeature(): UpdateRaftVoterRequestKRaftVersionFeature {
  return {
    minSupportedVersion: 0,
    maxSupportedVersion: 0,
  };
}

function readUpdateRaftVoterRequest_Listeners(r: Reader, version: number): UpdateRaftVoterRequestListener[] {
  const n = r.compactArrayLength(5);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: UpdateRaftVoterRequestListener[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(readUpdateRaftVoterRequestListener(r, version));
  return items;
}

function readUpdateRaftVoterRequest(r: Reader, version: number): UpdateRaftVoterRequest {
  r.field = 'ClusterId';
  const fClusterId: string | null = r.compactNullableString();
  r.field = 'CurrentLeaderEpoch';
  const fCurrentLeaderEpoch: number = r.int32();
  r.field = 'VoterId';
  const fVoterId: number = r.int32();
  r.field = 'VoterDirectoryId';
  const fVoterDirectoryId: string = r.uuid();
  r.field = 'Listeners';
  const fListeners: UpdateRaftVoterRequestListener[] = readUpdateRaftVoterRequest_Listeners(r, version);
  r.field = 'KRaftVersionFeature';
  const fKRaftVersionFeature: UpdateRaftVoterRequestKRaftVersionFeature = readUpdateRaftVoterRequestKRaftVersionFeature(r, version);
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    clusterId: fClusterId,
    currentLeaderEpoch: fCurrentLeaderEpoch,
    voterId: fVoterId,
    voterDirectoryId: fVoterDirectoryId,
    listeners: fListeners,
    kRaftVersionFeature: fKRaftVersionFeature,
  };
}

function readUpdateRaftVoterRequestListener(r: Reader, _version: number): UpdateRaftVoterRequestListener {
  r.field = 'Listeners.Name';
  const fName: string = r.compactString();
  r.field = 'Listeners.Host';
  const fHost: string = r.compactString();
  r.field = 'Listeners.Port';
  const fPort: number = r.uint16();
  r.field = 'Listeners._tagged_fields';
  r.skipTaggedFields();
  return {
    name: fName,
    host: fHost,
    port: fPort,
  };
}

function readUpdateRaftVoterRequestKRaftVersionFeature(r: Reader, _version: number): UpdateRaftVoterRequestKRaftVersionFeature {
  r.field = 'KRaftVersionFeature.MinSupportedVersion';
  const fMinSupportedVersion: number = r.int16();
  r.field = 'KRaftVersionFeature.MaxSupportedVersion';
  const fMaxSupportedVersion: number = r.int16();
  r.field = 'KRaftVersionFeature._tagged_fields';
  r.skipTaggedFields();
  return {
    minSupportedVersion: fMinSupportedVersion,
    maxSupportedVersion: fMaxSupportedVersion,
  };
}

function writeUpdateRaftVoterRequest_Listeners(w: Writer, version: number, items: UpdateRaftVoterRequestListener[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) writeUpdateRaftVoterRequestListener(w, version, item);
}

function writeUpdateRaftVoterRequest(w: Writer, version: number, v: UpdateRaftVoterRequest): void {
  w.compactNullableString(v.clusterId);
  w.int32(v.currentLeaderEpoch);
  w.int32(v.voterId);
  w.uuid(v.voterDirectoryId);
  writeUpdateRaftVoterRequest_Listeners(w, version, v.listeners);
  writeUpdateRaftVoterRequestKRaftVersionFeature(w, version, v.kRaftVersionFeature);
  w.uvarint(0);
}

function writeUpdateRaftVoterRequestListener(w: Writer, _version: number, v: UpdateRaftVoterRequestListener): void {
  w.compactString(v.name);
  w.compactString(v.host);
  w.uint16(v.port);
  w.uvarint(0);
}

function writeUpdateRaftVoterRequestKRaftVersionFeature(w: Writer, _version: number, v: UpdateRaftVoterRequestKRaftVersionFeature): void {
  w.int16(v.minSupportedVersion);
  w.int16(v.maxSupportedVersion);
  w.uvarint(0);
}

export const UpdateRaftVoterRequestCodec: MessageCodec<UpdateRaftVoterRequest> = {
  name: 'UpdateRaftVoterRequest',
  apiKey: 82,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): UpdateRaftVoterRequest {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultUpdateRaftVoterRequest();
    }
    return readUpdateRaftVoterRequest(r, version);
  },
  encode(w: Writer, version: number, value: UpdateRaftVoterRequest): void {
    if (version < 0 || version > 0) unsupportedVersion('UpdateRaftVoterRequest', version, 0, 0);
    writeUpdateRaftVoterRequest(w, version, value);
  },
  defaults: defaultUpdateRaftVoterRequest,
};

/** UpdateRaftVoterResponse (response, API key 82), versions 0. */
export interface UpdateRaftVoterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error (versions 0+) */
  errorCode: number;
  /** (versions 0+, tag 0 in 0+) */
  currentLeader: UpdateRaftVoterResponseCurrentLeader;
}

/** UpdateRaftVoterResponse CurrentLeader, versions 0. */
export interface UpdateRaftVoterResponseCurrentLeader {
  /** The replica id of the current leader or -1 if the leader is unknown (versions 0+, default -1) */
  leaderId: number;
  /** The latest known leader epoch (versions 0+, default -1) */
  leaderEpoch: number;
  /** The node's hostname (versions 0+) */
  host: string;
  /** The node's port (versions 0+) */
  port: number;
}

/** A fresh UpdateRaftVoterResponse with every field at its schema default. */
export function defaultUpdateRaftVoterResponse(): UpdateRaftVoterResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    currentLeader: defaultUpdateRaftVoterResponseCurrentLeader(),
  };
}

/** A fresh UpdateRaftVoterResponseCurrentLeader with every field at its schema default. */
export function defaultUpdateRaftVoterResponseCurrentLeader(): UpdateRaftVoterResponseCurrentLeader {
  return {
    leaderId: -1,
    leaderEpoch: -1,
    host: '',
    port: 0,
  };
}

function readUpdateRaftVoterResponse(r: Reader, version: number): UpdateRaftVoterResponse {
  r.field = 'ThrottleTimeMs';
  const fThrottleTimeMs: number = r.int32();
  r.field = 'ErrorCode';
  const fErrorCode: number = r.int16();
  let fCurrentLeader: UpdateRaftVoterResponseCurrentLeader = defaultUpdateRaftVoterResponseCurrentLeader();
  r.field = '_tagged_fields';
  const tagCount = r.uvarint();
  for (let i = 0; i < tagCount && !r.failed; i++) {
    const tag = r.uvarint();
    const size = r.uvarint();
    switch (tag) {
      case 0: {
        r.field = 'CurrentLeader';
        const end = r.pos + size;
        fCurrentLeader = readUpdateRaftVoterResponseCurrentLeader(r, version);
        endTaggedField(r, end);
        break;
      }
      default:
        r.skip(size);
    }
  }
  return {
    throttleTimeMs: fThrottleTimeMs,
    errorCode: fErrorCode,
    currentLeader: fCurrentLeader,
  };
}

function readUpdateRaftVoterResponseCurrentLeader(r: Reader, _version: number): UpdateRaftVoterResponseCurrentLeader {
  r.field = 'CurrentLeader.LeaderId';
  const fLeaderId: number = r.int32();
  r.field = 'CurrentLeader.LeaderEpoch';
  const fLeaderEpoch: number = r.int32();
  r.field = 'CurrentLeader.Host';
  const fHost: string = r.compactString();
  r.field = 'CurrentLeader.Port';
  const fPort: number = r.int32();
  r.field = 'CurrentLeader._tagged_fields';
  r.skipTaggedFields();
  return {
    leaderId: fLeaderId,
    leaderEpoch: fLeaderEpoch,
    host: fHost,
    port: fPort,
  };
}

function writeUpdateRaftVoterResponse(w: Writer, version: number, v: UpdateRaftVoterResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  const writeCurrentLeader = !isDefaultUpdateRaftVoterResponseCurrentLeader(v.currentLeader);
  w.uvarint((writeCurrentLeader ? 1 : 0));
  if (writeCurrentLeader) {
    writeTaggedField(w, 0, (w) => {
      writeUpdateRaftVoterResponseCurrentLeader(w, version, v.currentLeader);
    });
  }
}

function writeUpdateRaftVoterResponseCurrentLeader(w: Writer, _version: number, v: UpdateRaftVoterResponseCurrentLeader): void {
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  w.compactString(v.host);
  w.int32(v.port);
  w.uvarint(0);
}

export const UpdateRaftVoterResponseCodec: MessageCodec<UpdateRaftVoterResponse> = {
  name: 'UpdateRaftVoterResponse',
  apiKey: 82,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): UpdateRaftVoterResponse {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultUpdateRaftVoterResponse();
    }
    return readUpdateRaftVoterResponse(r, version);
  },
  encode(w: Writer, version: number, value: UpdateRaftVoterResponse): void {
    if (version < 0 || version > 0) unsupportedVersion('UpdateRaftVoterResponse', version, 0, 0);
    writeUpdateRaftVoterResponse(w, version, value);
  },
  defaults: defaultUpdateRaftVoterResponse,
};

function isDefaultUpdateRaftVoterResponseCurrentLeader(v: UpdateRaftVoterResponseCurrentLeader): boolean {
  return !(v.leaderId !== -1) &&
    !(v.leaderEpoch !== -1) &&
    !(v.host !== '') &&
    !(v.port !== 0);
}
