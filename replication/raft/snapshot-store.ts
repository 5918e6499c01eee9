import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { SnapshotFooterRecordCodec } from '../../protocol/generated/snapshot-footer-record';
import { SnapshotHeaderRecordCodec } from '../../protocol/generated/snapshot-header-record';
import { Writer } from '../../protocol/primitives';
import { ControlRecordType, encodeControlKey, encodeRecordBatchSync } from '../../protocol/records';

/** A snapshot names the log prefix it replaces: every record below `endOffset`, the last one of `epoch`. */
export interface SnapshotId {
  endOffset: number;
  epoch: number;
}

/** A control record a snapshot carries after its header (KRaftVersion, Voters with kraft.version 1). */
export interface SnapshotControlRecord {
  type: ControlRecordType;
  value: Buffer;
}

/** Kafka's Snapshots.BOOTSTRAP_SNAPSHOT_ID: the checkpoint `format` writes, before any record of the log. */
export const BOOTSTRAP_SNAPSHOT_ID: SnapshotId = { endOffset: 0, epoch: 0 };

const SUFFIX = '.checkpoint';
const PART = '.checkpoint.part';

/** Kafka's snapshot file name: `<20-digit end offset>-<10-digit epoch>.checkpoint`. */
export function snapshotFileName(id: SnapshotId): string {
  return `${String(id.endOffset).padStart(20, '0')}-${String(id.epoch).padStart(10, '0')}${SUFFIX}`;
}

function parseName(name: string): SnapshotId | null {
  const m = /^(\d{20})-(\d{10})\.checkpoint$/.exec(name);
  return m ? { endOffset: Number(m[1]), epoch: Number(m[2]) } : null;
}

/**
 * The metadata partition's snapshots, as Kafka keeps them beside the log segments: each file is record
 * batches, a SnapshotHeader control batch, the state machine's records, a SnapshotFooter control batch.
 * A file is written as `.checkpoint.part` and renamed once complete (and fsynced), so a crash never leaves a
 * half snapshot under a real name; leftover parts are removed on open.
 */
export class SnapshotStore {
  constructor(private readonly dir: string) {
    for (const name of readdirSync(dir)) if (name.endsWith(PART)) rmSync(join(dir, name), { force: true });
  }

  list(): SnapshotId[] {
    const ids: SnapshotId[] = [];
    for (const name of readdirSync(this.dir)) {
      const id = parseName(name);
      if (id) ids.push(id);
    }
    return ids.sort((a, b) => a.endOffset - b.endOffset || a.epoch - b.epoch);
  }

  latest(): SnapshotId | null {
    return this.list().at(-1) ?? null;
  }

  path(id: SnapshotId): string {
    return join(this.dir, snapshotFileName(id));
  }

  size(id: SnapshotId): number {
    return statSync(this.path(id)).size;
  }

  /** Bytes [position, position + maxBytes) of a snapshot file (FetchSnapshot serves them unaligned, as Kafka). */
  readChunk(id: SnapshotId, position: number, maxBytes: number): Buffer {
    const fd = openSync(this.path(id), 'r');
    try {
      const size = statSync(this.path(id)).size;
      const length = Math.max(0, Math.min(maxBytes, size - position));
      const buf = Buffer.allocUnsafe(length);
      let done = 0;
      while (done < length) done += readSync(fd, buf, done, length - done, position + done);
      return buf;
    } finally {
      closeSync(fd);
    }
  }

  readAll(id: SnapshotId): Buffer {
    return readFileSync(this.path(id));
  }

  /** Writes a snapshot of `records` (opaque values, one batch) taken at `id`; replaces none, returns its path. */
  write(
    id: SnapshotId,
    records: readonly Buffer[],
    lastContainedLogTimestamp: number,
    control: readonly SnapshotControlRecord[] = [],
  ): string {
    const header = new Writer();
    SnapshotHeaderRecordCodec.encode(header, 0, {
      version: 0,
      lastContainedLogTimestamp: BigInt(lastContainedLogTimestamp),
    });
    const footer = new Writer();
    SnapshotFooterRecordCodec.encode(footer, 0, { version: 0 });
    const now = Date.now();
    // The header batch holds the control records too (one batch, as Kafka's RecordsSnapshotWriter builds it).
    const headed = [{ type: ControlRecordType.SnapshotHeader, value: header.finish() }, ...control];
    const first = BigInt(headed.length);
    const parts = [
      controlBatch(0n, headed, id.epoch, now),
      ...(records.length > 0
        ? [
            encodeRecordBatchSync({
              baseOffset: first,
              partitionLeaderEpoch: id.epoch,
              baseTimestamp: now,
              records: records.map((value) => ({ key: null, value, timestamp: now })),
            }),
          ]
        : []),
      controlBatch(
        first + BigInt(records.length),
        [{ type: ControlRecordType.SnapshotFooter, value: footer.finish() }],
        id.epoch,
        now,
      ),
    ];
    return this.install(id, [Buffer.concat(parts)]);
  }

  /** Appends a received chunk to the part file of `id` (FetchSnapshot on a follower). */
  appendPart(id: SnapshotId, position: number, chunk: Buffer): number {
    const part = `${this.path(id)}.part`;
    if (position === 0) writeFileSync(part, Buffer.alloc(0));
    else if (!existsSync(part) || statSync(part).size !== position) return existsSync(part) ? statSync(part).size : 0;
    const fd = openSync(part, 'a');
    try {
      writeSync(fd, chunk);
    } finally {
      closeSync(fd);
    }
    return position + chunk.length;
  }

  /** The part file of `id` is complete: fsync and rename it into place. */
  completePart(id: SnapshotId): void {
    const part = `${this.path(id)}.part`;
    fsyncFile(part);
    renameSync(part, this.path(id));
    fsyncFile(this.dir);
  }

  private install(id: SnapshotId, chunks: Buffer[]): string {
    const part = `${this.path(id)}.part`;
    writeFileSync(part, Buffer.concat(chunks));
    this.completePart(id);
    return this.path(id);
  }

  /** Removes snapshots older than `keep` (Kafka keeps the latest; older ones go once the log start passed them). */
  deleteBefore(keep: SnapshotId): void {
    for (const id of this.list()) if (id.endOffset < keep.endOffset) rmSync(this.path(id), { force: true });
  }
}

function controlBatch(
  baseOffset: bigint,
  records: readonly SnapshotControlRecord[],
  epoch: number,
  now: number,
): Buffer {
  return encodeRecordBatchSync({
    baseOffset,
    partitionLeaderEpoch: epoch,
    isControl: true,
    baseTimestamp: now,
    records: records.map((r) => ({ key: encodeControlKey(r.type), value: r.value, timestamp: now })),
  });
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
