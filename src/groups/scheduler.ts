/** Time and timers for the coordinator, substitutable so tests can drive session and rebalance timeouts. */
export interface Scheduler {
  now(): number;
  schedule(delayMs: number, task: () => void): Timer;
}

export interface Timer {
  cancel(): void;
}

export const realScheduler: Scheduler = {
  now: () => Date.now(),
  schedule(delayMs, task) {
    const handle = setTimeout(task, Math.max(0, delayMs));
    handle.unref();
    return { cancel: () => clearTimeout(handle) };
  },
};

/** A clock moved by hand: `advance(ms)` fires every timer due, in deadline order (unit tests). */
export class ManualScheduler implements Scheduler {
  private time: number;
  private seq = 0;
  private readonly timers = new Map<number, { at: number; task: () => void }>();

  constructor(start = 1_700_000_000_000) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  schedule(delayMs: number, task: () => void): Timer {
    const id = ++this.seq;
    this.timers.set(id, { at: this.time + Math.max(0, delayMs), task });
    return { cancel: () => this.timers.delete(id) };
  }

  /** Moves the clock forward, running due timers (and timers they schedule) in order. */
  advance(ms: number): void {
    const target = this.time + ms;
    for (;;) {
      let next: [number, { at: number; task: () => void }] | undefined;
      for (const entry of this.timers) if (entry[1].at <= target && (!next || entry[1].at < next[1].at)) next = entry;
      if (!next) break;
      this.timers.delete(next[0]);
      this.time = Math.max(this.time, next[1].at);
      next[1].task();
    }
    this.time = target;
  }

  get pending(): number {
    return this.timers.size;
  }
}
