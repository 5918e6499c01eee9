/**
 * The records of `__transaction_state`, in Kafka's own formats (transaction-coordinator's TransactionLogKey /
 * TransactionLogValue JSON schemas), so Kafka's tools can read a Brook log:
 *   key   = int16 version (0), string TransactionalId
 *   value = int16 version, ProducerId int64, ProducerEpoch int16, TransactionTimeoutMs int32,
 *           TransactionStatus int8 (the state's id), TransactionPartitions nullable [Topic string, PartitionIds
 *           [int32]], TransactionLastUpdateTimestampMs int64, TransactionStartTimestampMs int64;
 *           v1 is the flexible form (compact strings/arrays) with tagged PreviousProducerId (0),
 *           NextProducerId (1), ClientTransactionVersion (2).
 * The value version follows the finalized `transaction.version` as Kafka's TransactionVersion.transactionLogValueVersion:
 * v0 at level 0, v1 from level 1 (Brook's default is 2), so ClientTransactionVersion and NextProducerId survive a
 * restart. Both are read. A null value is a tombstone (an expired transactional id).
 */
import { Reader } from '../../protocol/primitives/reader';
import { Writer } from '../../protocol/primitives/writer';
import type { TxnState } from './metadata';
import { txnStateFromId, txnStateId } from './metadata';

export interface TxnLogValue {
  producerId: bigint;
  producerEpoch: number;
  /** Tagged in v1; -1 when absent. */
  previousProducerId: bigint;
  nextProducerId: bigint;
  txnTimeoutMs: number;
  state: TxnState;
  /** topic -> partitions (empty in Empty, as Kafka writes null there). */
  partitions: Map<string, number[]>;
  lastUpdateTimestamp: number;
  startTimestamp: number;
  clientTransactionVersion: number;
}

export function encodeTxnKey(transactionalId: string): Buffer {
  return Buffer.from(new Writer(32).int16(0).string(transactionalId).finish());
}

/** The transactional id of a key; null for a key version Brook does not know (Kafka skips those too). */
export function decodeTxnKey(bytes: Buffer): string | null {
  const r = new Reader(bytes);
  const version = r.int16();
  if (version !== 0) return null;
  const id = r.string();
  r.check('__transaction_state key');
  return id;
}

/** The TransactionLogValue version Kafka writes at a finalized transaction.version level. */
export function txnLogValueVersion(transactionVersionLevel: number): number {
  return transactionVersionLevel >= 1 ? 1 : 0;
}

export function encodeTxnValue(v: TxnLogValue, version = 0): Buffer {
  if (version === 1) return encodeTxnValueV1(v);
  const w = new Writer(128)
    .int16(0)
    .int64(v.producerId)
    .int16(v.producerEpoch)
    .int32(v.txnTimeoutMs)
    .int8(txnStateId(v.state));
  if (v.state === 'Empty') {
    w.int32(-1);
  } else {
    w.int32(v.partitions.size);
    for (const [topic, ids] of v.partitions) {
      w.string(topic).int32(ids.length);
      for (const id of ids) w.int32(id);
    }
  }
  w.int64(BigInt(v.lastUpdateTimestamp)).int64(BigInt(v.startTimestamp));
  return Buffer.from(w.finish());
}

/** v1: compact strings and arrays, a null partition list in Empty, tags 0-2 written only when not at their default. */
function encodeTxnValueV1(v: TxnLogValue): Buffer {
  const w = new Writer(128)
    .int16(1)
    .int64(v.producerId)
    .int16(v.producerEpoch)
    .int32(v.txnTimeoutMs)
    .int8(txnStateId(v.state));
  if (v.state === 'Empty') {
    w.uvarint(0);
  } else {
    w.uvarint(v.partitions.size + 1);
    for (const [topic, ids] of v.partitions) {
      w.compactString(topic).uvarint(ids.length + 1);
      for (const id of ids) w.int32(id);
      w.uvarint(0);
    }
  }
  w.int64(BigInt(v.lastUpdateTimestamp)).int64(BigInt(v.startTimestamp));
  const tags: [number, (t: Writer) => void, number][] = [];
  if (v.previousProducerId !== -1n) tags.push([0, (t) => t.int64(v.previousProducerId), 8]);
  if (v.nextProducerId !== -1n) tags.push([1, (t) => t.int64(v.nextProducerId), 8]);
  if (v.clientTransactionVersion !== 0) tags.push([2, (t) => t.int16(v.clientTransactionVersion), 2]);
  w.uvarint(tags.length);
  for (const [tag, write, size] of tags) {
    w.uvarint(tag).uvarint(size);
    write(w);
  }
  return Buffer.from(w.finish());
}

export function decodeTxnValue(bytes: Buffer): TxnLogValue {
  const r = new Reader(bytes);
  const version = r.int16();
  if (version !== 0 && version !== 1) throw new Error(`unknown __transaction_state value version ${version}`);
  const flexible = version === 1;
  const producerId = r.int64();
  const producerEpoch = r.int16();
  const txnTimeoutMs = r.int32();
  const state = txnStateFromId(r.int8());
  const partitions = new Map<string, number[]>();
  const topics = flexible ? r.compactArrayLength(2) : r.arrayLength(4);
  for (let i = 0; i < topics; i++) {
    const topic = flexible ? r.compactString() : r.string();
    const count = flexible ? r.compactArrayLength(4) : r.arrayLength(4);
    const ids: number[] = [];
    for (let j = 0; j < count; j++) ids.push(r.int32());
    if (flexible) r.skipTaggedFields();
    partitions.set(topic, ids);
  }
  const lastUpdateTimestamp = Number(r.int64());
  const startTimestamp = Number(r.int64());
  let previousProducerId = -1n;
  let nextProducerId = -1n;
  let clientTransactionVersion = 0;
  if (flexible) {
    const tagged = r.uvarint();
    for (let i = 0; i < tagged; i++) {
      const tag = r.uvarint();
      const size = r.uvarint();
      if (tag === 0) previousProducerId = r.int64();
      else if (tag === 1) nextProducerId = r.int64();
      else if (tag === 2) clientTransactionVersion = r.int16();
      else r.raw(size);
    }
  }
  r.check('__transaction_state value');
  return {
    producerId,
    producerEpoch,
    previousProducerId,
    nextProducerId,
    txnTimeoutMs,
    state,
    partitions: state === 'Empty' ? new Map() : partitions,
    lastUpdateTimestamp,
    startTimestamp,
    clientTransactionVersion,
  };
}
