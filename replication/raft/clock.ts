/**
 * Time for the Raft node, injected so tests drive elections with a controllable clock instead of waiting for
 * real timeouts. `systemClock` is Node's; `ManualClock` fires timers only when a test advances it.
 */
export interface RaftClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: RaftClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, ms);
    t.unref?.();
    return t;
  },
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};

interface ManualTimer {
  at: number;
  seq: number;
  fn: () => void;
  cancelled: boolean;
}

/** A clock whose time moves only through `advance`; due timers run in time order, I/O callbacks between them. */
export class ManualClock implements RaftClock {
  private time: number;
  private seq = 0;
  private timers: ManualTimer[] = [];

  constructor(start = 1_700_000_000_000) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const timer: ManualTimer = { at: this.time + Math.max(0, ms), seq: this.seq++, fn, cancelled: false };
    this.timers.push(timer);
    return timer;
  }

  clearTimeout(handle: unknown): void {
    if (handle) (handle as ManualTimer).cancelled = true;
  }

  /**
   * Moves time forward by `ms` in steps of `stepMs`, running the timers due at each step and letting promise
   * and setImmediate callbacks (the in-memory transport's deliveries) settle after each.
   */
  async advance(ms: number, stepMs = 10): Promise<void> {
    const end = this.time + ms;
    while (this.time < end) {
      this.time = Math.min(end, this.time + stepMs);
      await this.runDue();
    }
  }

  /** Runs what is due now and lets callbacks settle (no time passes). */
  async settle(): Promise<void> {
    await this.runDue();
  }

  private async runDue(): Promise<void> {
    for (let round = 0; round < 50; round++) {
      await flushIo();
      const due = this.timers
        .filter((t) => !t.cancelled && t.at <= this.time)
        .sort((a, b) => a.at - b.at || a.seq - b.seq);
      this.timers = this.timers.filter((t) => !t.cancelled && t.at > this.time);
      if (due.length === 0) return;
      for (const t of due) t.fn();
    }
  }
}

async function flushIo(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}
