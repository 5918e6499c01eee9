/**
 * Request tracing on demand: while switched on (from code, `broker.requestTrace.enable(...)`, or over the ops
 * HTTP listener, `POST /trace`), each matching request is logged as one `request` line at info level through
 * winston, whatever the broker's log level: a quiet production broker can show one client's or one API's
 * requests for a minute without a restart and without the flood of `--log-level debug`.
 */
export interface TraceFilter {
  /** API names (Produce, Fetch, ...; case-insensitive); empty or absent: every API. */
  apis?: string[];
  /** Client ids; empty or absent: every client. */
  clientIds?: string[];
  /** Switches itself off after this long (default 60 s); 0: until `disable()`. */
  durationMs?: number;
}

const DEFAULT_TRACE_MS = 60_000;

export class RequestTrace {
  /** Checked first on every request: one boolean read while tracing is off. */
  active = false;
  private apis: Set<string> | null = null;
  private clientIds: Set<string> | null = null;
  private timer: NodeJS.Timeout | undefined;
  private until = 0;

  enable(filter: TraceFilter = {}): { apis: string[] | null; clientIds: string[] | null; untilMs: number | null } {
    this.disable();
    this.apis = filter.apis?.length ? new Set(filter.apis.map((a) => a.toLowerCase())) : null;
    this.clientIds = filter.clientIds?.length ? new Set(filter.clientIds) : null;
    const duration = filter.durationMs ?? DEFAULT_TRACE_MS;
    if (duration > 0) {
      this.until = Date.now() + duration;
      this.timer = setTimeout(() => this.disable(), duration);
      this.timer.unref();
    } else this.until = 0;
    this.active = true;
    return this.describe();
  }

  disable(): void {
    this.active = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  matches(api: string, clientId: string | null): boolean {
    if (this.apis && !this.apis.has(api.toLowerCase())) return false;
    if (this.clientIds && !this.clientIds.has(clientId ?? '')) return false;
    return true;
  }

  describe(): { apis: string[] | null; clientIds: string[] | null; untilMs: number | null } {
    if (!this.active) return { apis: null, clientIds: null, untilMs: null };
    return {
      apis: this.apis ? [...this.apis] : null,
      clientIds: this.clientIds ? [...this.clientIds] : null,
      untilMs: this.until || null,
    };
  }
}
