/**
 * How the coordinator gets transaction markers written (Kafka's TransactionMarkerChannelManager sends
 * WriteTxnMarkers to each partition's leader; every partition is local here, so the broker hands them to its
 * replica manager). The partition layer (replication/, the producer-state work of issue 12) owns what a marker
 * does to a partition: ends the producer's transaction, moves the last stable offset, indexes aborts.
 */
import { ErrorCode } from '../errors';

export interface TxnMarkerEntry {
  topic: string;
  partition: number;
  producerId: bigint;
  producerEpoch: number;
  coordinatorEpoch: number;
  result: 'commit' | 'abort';
  /** 0, or 2 (KIP-890 part 2: the partition checks the marker's epoch is above the data's). */
  transactionVersion: number;
}

export interface TxnMarkerResult {
  topic: string;
  partition: number;
  errorCode: number;
}

export interface TxnMarkerWriter {
  /** Writes one marker per entry; a per-partition error code (0 = written). May reject as a whole. */
  writeTxnMarkers(entries: TxnMarkerEntry[]): Promise<TxnMarkerResult[]>;
}

/** Records the markers asked for (unit tests); `failWith` answers that code for matching partitions. */
export class RecordingMarkerWriter implements TxnMarkerWriter {
  readonly written: TxnMarkerEntry[] = [];
  /** "topic-partition" -> error code to answer (kept until deleted). */
  readonly failWith = new Map<string, number>();
  /** While set, calls wait for it (a marker write in flight). */
  gate: Promise<void> | null = null;
  calls = 0;

  async writeTxnMarkers(entries: TxnMarkerEntry[]): Promise<TxnMarkerResult[]> {
    this.calls++;
    if (this.gate) await this.gate;
    return entries.map((e) => {
      const errorCode = this.failWith.get(`${e.topic}-${e.partition}`) ?? ErrorCode.None;
      if (errorCode === ErrorCode.None) this.written.push(e);
      return { topic: e.topic, partition: e.partition, errorCode };
    });
  }
}
