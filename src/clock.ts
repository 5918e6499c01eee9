/**
 * The broker's time: `now()` and timers behind one interface, so tests can move time by hand. Everything
 * in the broker whose behaviour depends on elapsed time takes a Clock: retention (retention.ms deletes,
 * segment.ms rolls, log.retention.check.interval.ms), group session and rebalance timeouts, offsets
 * retention, transaction timeouts. Request latency, fetch long-polls and network timeouts stay on real time:
 * clients wait in real time.
 *
 * `systemClock` is Date.now and setTimeout (unref'd): the default, no wrapper objects beyond a timer handle.
 * `ManualClock` moves only when `advance(ms)` is called (unit tests, and `startBroker({ clock: 'manual' })`).
 */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  /** Runs `task` once after `delayMs` (clock time). */
  schedule(delayMs: number, task: () => void): Timer;
}

export interface Timer {
  cancel(): void;
}

export const systemClock: Clock = {
  now: Date.now,
  schedule(delayMs, task) {
    const handle = setTimeout(task, Math.max(0, delayMs));
    handle.unref();
    return { cancel: () => clearTimeout(handle) };
  },
};

/** Runs `task` every `intervalMs` of clock time until the returned timer is cancelled (setInterval on a Clock). */
export function repeat(clock: Clock, intervalMs: number, task: () => void): Timer {
  let current: Timer;
  let cancelled = false;
  const arm = () => {
    current = clock.schedule(intervalMs, () => {
      if (cancelled) return;
      arm(); // re-armed first: a task that throws does not stop the series
      task();
    });
  };
  arm();
  return {
    cancel: () => {
      cancelled = true;
      current.cancel();
    },
  };
}

/** A clock moved by hand: `advance(ms)` fires every timer due, in deadline order. */
export class ManualClock implements Clock {
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

  /**
   * Moves the clock forward, running due timers (and timers they schedule) in deadline order, each with the
   * clock at its deadline; synchronous (what the timers start asynchronously is still running on return).
   */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`advance(ms) needs ms >= 0, got ${ms}`);
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

  /** Timers waiting. */
  get pending(): number {
    return this.timers.size;
  }
}
