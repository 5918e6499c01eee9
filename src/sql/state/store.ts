/**
 * Key-value state stores for stateful operators. Every change is appended to the store's changelog (a
 * compacted topic, through the I/O boundary), and a restarted query rebuilds the store from it before
 * processing input, so it resumes exactly where it stopped.
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

  constructor(private readonly changelog?: ChangelogSink) {}

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
    this.changelog?.append(key, encodeState(value));
  }

  delete(key: string): void {
    if (!this.map.delete(key)) return;
    this.changelog?.append(key, null);
  }

  entries(): IterableIterator<[string, V]> {
    return this.map.entries();
  }

  get size(): number {
    return this.map.size;
  }
}
