// Code generated from Apache Kafka's metadata record schemas. DO NOT EDIT BY HAND.
// Source: Apache Kafka 4.4.0, kafka-metadata-4.4.0.jar, common/metadata/
//   DelegationTokenRecord.json
//   (Apache License 2.0, Copyright The Apache Software Foundation).
// Regenerate with: npm run generate:metadata (tsx protocol/generator/metadata-main.ts build/kafka-4.4.0/libs/kafka-metadata-4.4.0.jar protocol/generated/metadata-records)

import type { Reader, Writer } from '../../primitives';
import { type MessageCodec, unsupportedVersion } from '../../generator/runtime';

/** DelegationTokenRecord (metadata, API key 10), versions 0. */
export interface DelegationTokenRecord {
  /** The delegation token owner. (versions 0+) */
  owner: string;
  /** The delegation token requester. (versions 0+) */
  requester: string;
  /** The principals which can renew this token. (versions 0+) */
  renewers: string[];
  /** The time at which this timestamp was issued. (versions 0+) */
  issueTimestamp: bigint;
  /** The time at which this token cannot be renewed any more. (versions 0+) */
  maxTimestamp: bigint;
  /** The next time at which this token must be renewed. (versions 0+) */
  expirationTimestamp: bigint;
  /** The token id. (versions 0+) */
  tokenId: string;
}

/** A fresh DelegationTokenRecord with every field at its schema default. */
export function defaultDelegationTokenRecord(): DelegationTokenRecord {
  return {
    owner: '',
    requester: '',
    renewers: [],
    issueTimestamp: 0n,
    maxTimestamp: 0n,
    expirationTimestamp: 0n,
    tokenId: '',
  };
}

function readDelegationTokenRecord_Renewers(r: Reader, _version: number): string[] {
  const n = r.compactArrayLength(1);
  if (n < 0) {
    r.fail('null where an array is required');
    return [];
  }
  const items: string[] = [];
  for (let i = 0; i < n && !r.failed; i++) items.push(r.compactString());
  return items;
}

function readDelegationTokenRecord(r: Reader, version: number): DelegationTokenRecord {
  r.field = 'Owner';
  const fOwner: string = r.compactString();
  r.field = 'Requester';
  const fRequester: string = r.compactString();
  r.field = 'Renewers';
  const fRenewers: string[] = readDelegationTokenRecord_Renewers(r, version);
  r.field = 'IssueTimestamp';
  const fIssueTimestamp: bigint = r.int64();
  r.field = 'MaxTimestamp';
  const fMaxTimestamp: bigint = r.int64();
  r.field = 'ExpirationTimestamp';
  const fExpirationTimestamp: bigint = r.int64();
  r.field = 'TokenId';
  const fTokenId: string = r.compactString();
  r.field = '_tagged_fields';
  r.skipTaggedFields();
  return {
    owner: fOwner,
    requester: fRequester,
    renewers: fRenewers,
    issueTimestamp: fIssueTimestamp,
    maxTimestamp: fMaxTimestamp,
    expirationTimestamp: fExpirationTimestamp,
    tokenId: fTokenId,
  };
}

function writeDelegationTokenRecord_Renewers(w: Writer, _version: number, items: string[]): void {
  w.uvarint(items.length + 1);
  for (const item of items) w.compactString(item);
}

function writeDelegationTokenRecord(w: Writer, version: number, v: DelegationTokenRecord): void {
  w.compactString(v.owner);
  w.compactString(v.requester);
  writeDelegationTokenRecord_Renewers(w, version, v.renewers);
  w.int64(v.issueTimestamp);
  w.int64(v.maxTimestamp);
  w.int64(v.expirationTimestamp);
  w.compactString(v.tokenId);
  w.uvarint(0);
}

export const DelegationTokenRecordCodec: MessageCodec<DelegationTokenRecord> = {
  name: 'DelegationTokenRecord',
  apiKey: 10,
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  decode(r: Reader, version: number): DelegationTokenRecord {
    if (version < 0 || version > 0) {
      r.fail(`unsupported version ${version}`);
      return defaultDelegationTokenRecord();
    }
    return readDelegationTokenRecord(r, version);
  },
  encode(w: Writer, version: number, value: DelegationTokenRecord): void {
    if (version < 0 || version > 0) unsupportedVersion('DelegationTokenRecord', version, 0, 0);
    writeDelegationTokenRecord(w, version, value);
  },
  defaults: defaultDelegationTokenRecord,
};
