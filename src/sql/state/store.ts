/**
 * Key-value state stores for stateful operators. Every change is appended to the store's changelog (a
 * compacted topic, through the I/O boundary), and a restarted query rebuilds the store from it before
 * processing input, so it resumes exactly where it stopped.
 *
 * Changes are logged per processed batch, not per write: `flushChangelog()` (called by the running query after
 * each input batch) appends the latest value of each key written since the last flush, as Kafka Streams' caching
 * stores do on commit. A restore only needs the latest value of a key, and a window count written once per
 * record otherwise doubles the records a query writes.
 */
import { decodeState, encodeState } from './codec';

export interface KvStore<V> {
  get(key: string): V | undefined;
  put(key: string, value: V): void;
  delete(key: string): void;
  entries(): IterableIterator<[string, V]>;
  readonly size: number;
}

export interface ChangelogSink {
  /** Appends one change; `value` null is a tombstone. */
  append(key: string, value: string | null): void;
}

export class LoggedStore<V> implements KvStore<V> {
  private readonly map = new Map<string, V>();
  /** Keys written since the last flush (their current value, or absence, is what gets logged). */
  private readonly dirty = new Set<string>();

  constructor(private readonly changelog?: ChangelogSink) {}

  /** Forgets everything (a shared query reloads its stores after a rebalance); logs nothing. */
  clear(): void {
    this.map.clear();
    this.dirty.clear();
  }

  /** Loads changelog entries in order (restoration); does not log them again. */
  restore(entries: Iterable<{ key: string; value: string | null }>): void {
    for (const e of entries) {
      if (e.value === null) this.map.delete(e.key);
      else this.map.set(e.key, decodeState(e.value) as V);
    }
  }

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  put(key: string, value: V): void {
    this.map.set(key, value);
    if (this.changelog) this.dirty.add(key);
  }

  delete(key: string): void {
    if (!this.map.delete(key)) return;
    if (this.changelog) this.dirty.add(key);
  }

  /** Appends the latest value (or a tombstone) of every key changed since the last flush, in first-write order. */
  flushChangelog(): void {
    if (!this.changelog || this.dirty.size === 0) return;
    for (const key of this.dirty) {
      const value = this.map.get(key);
      this.changelog.append(key, value === undefined ? null : encodeState(value));
    }
    this.dirty.clear();
  }

  entries(): IterableIterator<[string, V]> {
    return this.map.entries();
  }

  get size(): number {
    return this.map.size;
  }
}
