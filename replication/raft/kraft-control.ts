import {
  BatchAttribute,
  BatchOffset,
  ControlRecordType,
  decodeUncompressedBatchSync,
  LOG_OVERHEAD,
} from '../../protocol/records';
import type { SnapshotControlRecord } from './snapshot-store';
import {
  decodeKRaftVersion,
  decodeVoters,
  encodeKRaftVersion,
  encodeVoters,
  type VoterEndpoint,
  type VoterSet,
} from './voter-set';

interface Entry<T> {
  /** The offset of the record that set it; a snapshot's records count at its end offset - 1. */
  offset: number;
  value: T;
}

/**
 * What the KRaft control records of the log say (Kafka's KRaftControlRecordStateMachine with its
 * VoterSetHistory): kraft.version and the voter set as of each offset, from the latest snapshot (the bootstrap
 * checkpoint `0-0` written by `brook storage format`) and then every KRaftVersion and Voters record appended,
 * committed or not: a Raft node uses the latest voter set of its log at once (KIP-853), and a truncation
 * takes back what it removed.
 */
export class KRaftControlState {
  private voters: Entry<VoterSet>[] = [];
  private versions: Entry<number>[] = [];

  /** The voter set the log ends with, or null when it names none (an unformatted or joining node). */
  latestVoters(): VoterSet | null {
    return this.voters.at(-1)?.value ?? null;
  }

  /** The offset of the latest voter set's record: -1 when it came from the bootstrap checkpoint. */
  latestVotersOffset(): number {
    return this.voters.at(-1)?.offset ?? -1;
  }

  /** The kraft.version the log ends with (0 without a KRaftVersion record). */
  kraftVersion(): number {
    return this.versions.at(-1)?.value ?? 0;
  }

  /**
   * Kafka's LeaderState.appendStartOfEpochControlRecords: with kraft.version 1 a new leader whose voter set came
   * from the bootstrap checkpoint (nothing in the log yet) or names other listeners for it writes KRaftVersion
   * and Voters records after its LeaderChange, so every replica fetching the log learns the voters.
   */
  startOfEpochRecords(leaderId: number, endpoints: readonly VoterEndpoint[]): SnapshotControlRecord[] {
    const voters = this.latestVoters();
    if (!voters || this.kraftVersion() < 1) return [];
    const self = voters.nodes.get(leaderId);
    const updated = self && endpoints.length > 0 ? { ...self, endpoints: [...endpoints] } : null;
    const needsUpdate = updated !== null && voters.needsUpdate(updated);
    if (this.latestVotersOffset() !== -1 && !needsUpdate) return [];
    const next = needsUpdate ? (voters.update(updated) ?? voters) : voters;
    return [
      { type: ControlRecordType.KRaftVersion, value: encodeKRaftVersion(this.kraftVersion()) },
      { type: ControlRecordType.KRaftVoters, value: encodeVoters(next) },
    ];
  }

  /** A snapshot replaces the history: its control records hold the state at its end. */
  loadSnapshot(endOffset: number, bytes: Buffer): void {
    this.voters = [];
    this.versions = [];
    this.read(bytes, endOffset - 1);
  }

  /**
   * Batches appended to the log: their control records at their offsets, or from `baseOffset` for one batch the
   * leader encoded before the log gave it its offsets.
   */
  appended(bytes: Buffer, baseOffset: number | null = null): void {
    this.read(bytes, null, baseOffset);
  }

  /** The log was truncated to `endOffset`: what it said from there on is gone. */
  truncateTo(endOffset: number): void {
    this.voters = this.voters.filter((e) => e.offset < endOffset);
    this.versions = this.versions.filter((e) => e.offset < endOffset);
  }

  /** Reads the control batches of a record set; `at` overrides the records' offsets (a snapshot's end). */
  private read(bytes: Buffer, at: number | null, baseOffset: number | null = null): void {
    for (let pos = 0; pos + LOG_OVERHEAD <= bytes.length; ) {
      const size = LOG_OVERHEAD + bytes.readInt32BE(pos + BatchOffset.BatchLength);
      if (pos + size > bytes.length) break;
      const attributes = bytes.readInt16BE(pos + BatchOffset.Attributes);
      if (attributes & BatchAttribute.Control) {
        const batch = decodeUncompressedBatchSync(bytes.subarray(pos, pos + size));
        for (const record of batch.records) {
          if (!record.key || record.key.length < 4 || !record.value) continue;
          const offset = at ?? (baseOffset !== null ? baseOffset + record.offsetDelta : Number(record.offset));
          const type = record.key.readInt16BE(2);
          if (type === ControlRecordType.KRaftVersion) {
            this.versions.push({ offset, value: decodeKRaftVersion(record.value) });
          } else if (type === ControlRecordType.KRaftVoters) {
            this.voters.push({ offset, value: decodeVoters(record.value) });
          }
        }
      }
      pos += size;
    }
  }
}
