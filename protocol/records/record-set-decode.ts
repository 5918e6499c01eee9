import { RecordsError } from './errors';
import { decodeLegacyEntry, type LegacyMagic, type LegacyMessage } from './message-set';
import { decodeRecordBatch } from './record-batch';
import { splitRecordSet } from './record-set';
import type { DecodeOptions, RecordBatch } from './types';
import { corruptRecords } from './errors';

/** One shallow legacy entry (a message, or a compressed wrapper) expanded into its messages. */
export interface LegacyEntry {
  magic: LegacyMagic;
  /** The entry's own offset field (for a magic-1 wrapper: the last inner offset). */
  offset: bigint;
  sizeInBytes: number;
  messages: LegacyMessage[];
}

export interface DecodedRecordSet {
  /** Complete entries in order: v2 batches and legacy entries (a log may hold both after an upgrade). */
  batches: (RecordBatch | LegacyEntry)[];
  /** Bytes of a truncated entry at the end (normal at the end of a Fetch response); not an error. */
  partialBytes: number;
  /** The first entry that could not be decoded; decoding stops there and `batches` holds what came before. */
  error: RecordsError | null;
}

/**
 * Decodes a `records` blob (Fetch response, log slice) of v2 batches and/or legacy entries. Never rejects: a
 * truncated tail is reported in `partialBytes`, anything undecodable in `error`.
 */
export async function decodeRecordSet(blob: Buffer, options: DecodeOptions = {}): Promise<DecodedRecordSet> {
  const split = splitRecordSet(blob);
  const batches: (RecordBatch | LegacyEntry)[] = [];
  for (const e of split.entries) {
    try {
      if (e.magic === 2) batches.push(await decodeRecordBatch(blob.subarray(e.at, e.at + e.sizeInBytes), options));
      else if (e.magic === 0 || e.magic === 1) {
        const messages = await decodeLegacyEntry(blob, e.at, e.sizeInBytes, options);
        batches.push({ magic: e.magic, offset: blob.readBigInt64BE(e.at), sizeInBytes: e.sizeInBytes, messages });
      } else return { batches, partialBytes: 0, error: corruptRecords(`unknown magic ${e.magic}`, e.at + 16) };
    } catch (error) {
      if (!(error instanceof RecordsError)) throw error;
      // Positions inside a batch are relative to it; report them against the blob.
      return {
        batches,
        partialBytes: 0,
        error: new RecordsError(error.message, error.errorCode, e.at + error.position),
      };
    }
  }
  return { batches, partialBytes: split.partialBytes, error: split.error };
}
