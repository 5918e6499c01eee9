import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { fsyncDirAsync, unlinkIfExists, writeFileAtomic, writeTempFileAsync } from './files';

/**
 * A partition's background disk work (fsyncs, checkpoint writes) runs here, on libuv's thread pool, one job
 * after another: jobs complete in the order they were queued, so a recovery point is only written after the
 * fsyncs queued before it, and a roll's directory fsync lands before the appends queued after it are durable.
 * The event loop only queues work and takes the results; nothing here blocks it on the disk.
 */
export class SerialIo {
  private tail: Promise<void> = Promise.resolve();
  private queued = 0;

  enqueue<T>(job: () => Promise<T>): Promise<T> {
    this.queued++;
    const run = this.tail.then(job);
    this.tail = run.then(
      () => {
        this.queued--;
      },
      () => {
        this.queued--;
      },
    );
    return run;
  }

  /** Resolves when no job is queued any more, including jobs queued by jobs (successful or not). */
  async idle(): Promise<void> {
    while (this.queued > 0) await this.tail;
  }

  get busy(): boolean {
    return this.queued > 0;
  }
}

/**
 * A partition directory's checkpoint files, written atomically (temp file, fsync, rename, fsync of the
 * directory) in the background. Writes coalesce: a write asked for while another waits to start joins it,
 * and each file gets the newest content asked for; content already on disk is not rewritten.
 *
 * The temp file is written and fsynced on the pool, but the rename is done synchronously, in one tick that
 * first checks the writer is still open: `closeSync()` (a clean shutdown writing the final values itself)
 * therefore never races a background rename that would put an older value back.
 */
export class CheckpointWriter {
  private readonly latest = new Map<string, string>();
  private readonly onDisk = new Map<string, string>();
  private pending: Promise<void> | null = null;
  private closed = false;

  constructor(
    private readonly dir: string,
    private readonly io: SerialIo,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Records content found on disk at open, so an unchanged value is not written again. */
  known(name: string, content: string): void {
    this.onDisk.set(name, content);
  }

  /** Asks for `content` in `name`; the promise resolves once it (or newer content) is on disk, never rejects. */
  write(name: string, content: string): Promise<void> {
    if (this.closed) return Promise.resolve();
    if ((this.latest.get(name) ?? this.onDisk.get(name)) === content) return this.pending ?? this.io.idle();
    this.latest.set(name, content);
    this.pending ??= this.io.enqueue(() => this.writeChanged()).catch(this.onError);
    return this.pending;
  }

  /** Writes `content` now, on the caller's thread (rare paths where the value must be on disk before going on). */
  writeSync(name: string, content: string): void {
    writeFileAtomic(join(this.dir, name), content);
    this.latest.set(name, content);
    this.onDisk.set(name, content);
  }

  private async writeChanged(): Promise<void> {
    this.pending = null;
    const changed = [...this.latest].filter(([name, content]) => this.onDisk.get(name) !== content);
    if (changed.length === 0) return;
    const temps: string[] = [];
    try {
      for (const [name, content] of changed) temps.push(await writeTempFileAsync(join(this.dir, name), content));
    } catch (error) {
      for (const tmp of temps) unlinkIfExists(tmp);
      // Abandoned meanwhile (a deleted partition's folder is renamed away): its checkpoints no longer matter.
      if (this.closed) return;
      throw error;
    }
    if (this.closed) {
      for (const tmp of temps) unlinkIfExists(tmp);
      return;
    }
    changed.forEach(([name, content], i) => {
      renameSync(temps[i]!, join(this.dir, name));
      this.onDisk.set(name, content);
    });
    await fsyncDirAsync(this.dir);
  }

  /** Clean close: writes whatever is not on disk yet, synchronously; background writes still running are dropped. */
  closeSync(): void {
    if (this.closed) return;
    for (const [name, content] of this.latest) if (this.onDisk.get(name) !== content) this.writeSync(name, content);
    this.closed = true;
  }

  /** Accepts writes again after closeSync (the log's files were closed while idle and are open again). */
  reopen(): void {
    this.closed = false;
  }

  /** Unclean close (a simulated crash, a deleted partition): nothing more is written. */
  abandon(): void {
    this.closed = true;
  }
}
