import { encodeRecordBatchSync } from './record-batch';
import type { KafkaRecord } from './types';

/**
 * Control records (batch attribute bit 5): transaction markers written by the transaction coordinator's
 * WriteTxnMarkers. Key = int16 version (0) + int16 type; ABORT/COMMIT value = int16 version (0) + int32
 * coordinatorEpoch. Types 2-6 are KRaft-internal and decoded as their number only.
 */
export enum ControlRecordType {
  Abort = 0,
  Commit = 1,
  LeaderChange = 2,
  SnapshotHeader = 3,
  SnapshotFooter = 4,
  KRaftVersion = 5,
  KRaftVoters = 6,
}

export interface ControlRecord {
  version: number;
  type: ControlRecordType | number;
  /** ABORT/COMMIT only: the coordinator epoch in the value; -1 otherwise. */
  coordinatorEpoch: number;
}

export function encodeControlKey(type: ControlRecordType, version = 0): Buffer {
  const key = Buffer.allocUnsafe(4);
  key.writeInt16BE(version, 0);
  key.writeInt16BE(type, 2);
  return key;
}

export function encodeEndTxnMarkerValue(coordinatorEpoch: number, version = 0): Buffer {
  const value = Buffer.allocUnsafe(6);
  value.writeInt16BE(version, 0);
  value.writeInt32BE(coordinatorEpoch, 2);
  return value;
}

/** Reads a control record's key (and marker value); null if it is not a well-formed control record. */
export function decodeControlRecord(record: Pick<KafkaRecord, 'key' | 'value'>): ControlRecord | null {
  const { key, value } = record;
  if (key === null || key.length < 4) return null;
  const version = key.readInt16BE(0);
  const type = key.readInt16BE(2);
  if (version < 0) return null;
  let coordinatorEpoch = -1;
  if (type === ControlRecordType.Abort || type === ControlRecordType.Commit) {
    if (value === null || value.length < 6) return null;
    coordinatorEpoch = value.readInt32BE(2);
  }
  return { version, type, coordinatorEpoch };
}

export interface EndTxnMarkerInput {
  commit: boolean;
  producerId: bigint;
  producerEpoch: number;
  coordinatorEpoch: number;
  baseOffset?: bigint;
  partitionLeaderEpoch?: number;
  timestamp?: bigint | number;
}

/** The one-record control batch (transactional + control, uncompressed) that ends a transaction. */
export function encodeEndTxnMarker(input: EndTxnMarkerInput): Buffer {
  return encodeRecordBatchSync({
    baseOffset: input.baseOffset ?? 0n,
    partitionLeaderEpoch: input.partitionLeaderEpoch ?? -1,
    isTransactional: true,
    isControl: true,
    producerId: input.producerId,
    producerEpoch: input.producerEpoch,
    baseSequence: -1,
    records: [
      {
        timestamp: input.timestamp ?? Date.now(),
        key: encodeControlKey(input.commit ? ControlRecordType.Commit : ControlRecordType.Abort),
        value: encodeEndTxnMarkerValue(input.coordinatorEpoch),
        headers: [],
      },
    ],
  });
}
