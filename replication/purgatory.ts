/**
 * Kafka's DelayedOperation and DelayedOperationPurgatory, on the event loop. A delayed operation (a produce
 * waiting for the high watermark, a fetch waiting for bytes) is tried once; if it cannot complete it is
 * parked under the keys it waits on (partition keys) and tried again only when something calls
 * `checkAndComplete(key)` for one of them: the partition layer does so when an offset moves (log end, high
 * watermark, last stable offset, log start, leadership, deletion). It completes at the latest on its timeout.
 *
 * Single-threaded, so Kafka's locks disappear; what stays is the discipline: `tryComplete` must be cheap
 * (no I/O: compare offsets and known byte positions) and decide; `onComplete` runs exactly once, whether
 * completion came from `tryComplete`, the timer, or `forceComplete` (connection closed, partition deleted,
 * shutdown).
 */
export abstract class DelayedOperation {
  private completed = false;
  private timer: NodeJS.Timeout | null = null;
  /** Set by the purgatory watching this operation, to unwatch it once it completes. */
  unwatch: (() => void) | null = null;

  constructor(readonly delayMs: number) {}

  get isCompleted(): boolean {
    return this.completed;
  }

  /** Checks whether the operation can complete now, and if so calls `forceComplete()`. Returns completion. */
  abstract tryComplete(): boolean;
  /** The work of completing (answering the request). Called exactly once. */
  protected abstract onComplete(): void;
  /** Called before onComplete when the operation completes because its delay passed. */
  protected onExpiration(): void {}

  /** Completes the operation if nobody did yet; returns true if this call completed it. */
  forceComplete(): boolean {
    if (this.completed) return false;
    this.completed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.unwatch?.();
    this.unwatch = null;
    this.onComplete();
    return true;
  }

  /** Arms the expiration timer (the purgatory calls it when the operation is parked). */
  startTimer(): void {
    if (this.completed || this.timer) return;
    // unref'd: a parked request never keeps a stopping process alive.
    this.timer = setTimeout(
      () => {
        if (this.completed) return;
        this.onExpiration();
        this.forceComplete();
      },
      Math.max(0, this.delayMs),
    );
    this.timer.unref();
  }
}

/** Parked operations of one kind (produce, fetch), watched by key. */
export class Purgatory<T extends DelayedOperation> {
  private readonly watchers = new Map<string, Set<T>>();

  constructor(readonly name: string) {}

  /**
   * Tries `op` at once; if it cannot complete, watches it under `keys` and arms its timer. Returns true if
   * it completed before being parked. As Kafka does, it is tried again after being watched: nothing can
   * change in between here (one thread), but the second try keeps the contract independent of that.
   */
  tryCompleteElseWatch(op: T, keys: readonly string[]): boolean {
    if (op.tryComplete()) return true;
    const watchedKeys = [...new Set(keys)];
    for (const key of watchedKeys) {
      let set = this.watchers.get(key);
      if (!set) {
        set = new Set();
        this.watchers.set(key, set);
      }
      set.add(op);
    }
    op.unwatch = () => {
      for (const key of watchedKeys) {
        const set = this.watchers.get(key);
        if (!set) continue;
        set.delete(op);
        if (set.size === 0) this.watchers.delete(key);
      }
    };
    if (op.tryComplete()) return true;
    op.startTimer();
    return false;
  }

  /** Tries every operation watching `key`; returns how many completed. */
  checkAndComplete(key: string): number {
    const set = this.watchers.get(key);
    if (!set) return 0;
    let completed = 0;
    // A copy: completing unwatches (and may park new operations under the same key).
    for (const op of [...set]) {
      if (!op.isCompleted && op.tryComplete()) completed++;
    }
    return completed;
  }

  /** Completes every operation watching `key` now, whatever their state (partition deleted). */
  completeAll(key?: string): number {
    const ops =
      key === undefined ? [...this.watchers.values()].flatMap((s) => [...s]) : [...(this.watchers.get(key) ?? [])];
    let completed = 0;
    for (const op of ops) if (op.forceComplete()) completed++;
    return completed;
  }

  /** Operations parked under `key` (or under any key): for tests and metrics. */
  watched(key?: string): number {
    if (key !== undefined) return this.watchers.get(key)?.size ?? 0;
    const all = new Set<T>();
    for (const set of this.watchers.values()) for (const op of set) all.add(op);
    return all.size;
  }
}
