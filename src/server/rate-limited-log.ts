import type { Logger } from '../log';

/**
 * Warn lines for an event that a misbehaving or hostile peer can repeat at will (rejected connections,
 * malformed frames): at most one line per interval, then one line counting what was left out. Every event
 * still gets a `debug` line, for whoever turns debug on to see each one.
 */
export class RateLimitedWarning {
  private windowStart = Number.NEGATIVE_INFINITY;
  private suppressed = 0;
  private lastReason: unknown = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly log: Logger,
    /** What the summary line counts, e.g. `rejected connections`. */
    private readonly what: string,
    readonly intervalMs = 10_000,
  ) {}

  warn(message: string, fields: Record<string, unknown>): void {
    const now = Date.now();
    if (now - this.windowStart >= this.intervalMs) {
      this.summarize();
      this.windowStart = now;
      this.log.warn(message, fields);
      return;
    }
    this.log.debug(message, fields);
    this.suppressed++;
    this.lastReason = fields.reason ?? message;
    if (!this.timer) {
      this.timer = setTimeout(() => this.summarize(), this.windowStart + this.intervalMs - now);
      this.timer.unref();
    }
  }

  private summarize(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.suppressed === 0) return;
    this.log.warn(`more ${this.what} (lines suppressed)`, {
      suppressed: this.suppressed,
      seconds: this.intervalMs / 1000,
      lastReason: this.lastReason,
    });
    this.suppressed = 0;
    this.lastReason = null;
  }
}
