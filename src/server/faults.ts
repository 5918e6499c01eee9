/**
 * Fault injection by API key, the shape of franz-go kfake's ControlKey: a test registers a control function
 * for an API key; for each request of that key the broker asks the controls in order. A control returns
 * undefined to let the request through, or an action. A control that acted is removed unless it was added
 * with `keep: true` (or until its `times` run out).
 *
 * Exposed through `brook/testing` as `broker.faults`.
 */
export interface InterceptedRequest {
  apiKey: number;
  apiVersion: number;
  correlationId: number;
  clientId: string | null;
  /** The decoded request body (generated codec shape). */
  body: unknown;
}

export type FaultAction =
  /** Answer with this response body instead of running the handler. */
  | { respond: unknown }
  /** Answer with the handler's error response carrying this Kafka error code (top level and per partition). */
  | { errorCode: number }
  /** Wait this long, then run the handler normally. */
  | { delayMs: number }
  /** Close the connection without answering (earlier responses are still written). */
  | { close: true }
  /** Never answer this request (the client times out); the connection stays open. */
  | { drop: true };

export type FaultControl = (request: InterceptedRequest) => FaultAction | undefined | Promise<FaultAction | undefined>;

export interface ControlOptions {
  /** Stay installed after acting (default: removed after acting once, or after `times` actions). */
  keep?: boolean;
  times?: number;
}

interface Installed {
  apiKey: number;
  control: FaultControl;
  remaining: number;
}

export class Faults {
  private controls: Installed[] = [];

  /** Installs a control for `apiKey`; returns a function that removes it. */
  control(apiKey: number, control: FaultControl, options: ControlOptions = {}): () => void {
    const installed: Installed = {
      apiKey,
      control,
      remaining: options.keep ? Number.POSITIVE_INFINITY : (options.times ?? 1),
    };
    this.controls.push(installed);
    return () => {
      this.controls = this.controls.filter((c) => c !== installed);
    };
  }

  /** Delays the next `times` (default 1) requests of `apiKey` by `ms`. */
  delay(apiKey: number, ms: number, options: ControlOptions = {}): () => void {
    return this.control(apiKey, () => ({ delayMs: ms }), options);
  }

  /** Fails the next `times` requests of `apiKey` with `errorCode`. */
  fail(apiKey: number, errorCode: number, options: ControlOptions = {}): () => void {
    return this.control(apiKey, () => ({ errorCode }), options);
  }

  /** Closes the connection on the next `times` requests of `apiKey`. */
  closeConnection(apiKey: number, options: ControlOptions = {}): () => void {
    return this.control(apiKey, () => ({ close: true }), options);
  }

  clear(): void {
    this.controls = [];
  }

  get active(): boolean {
    return this.controls.length > 0;
  }

  /** Runs the controls for a request; the first that acts decides. */
  async decide(request: InterceptedRequest): Promise<FaultAction | undefined> {
    for (const installed of this.controls) {
      if (installed.apiKey !== request.apiKey) continue;
      const action = await installed.control(request);
      if (action === undefined) continue;
      installed.remaining--;
      if (installed.remaining <= 0) this.controls = this.controls.filter((c) => c !== installed);
      return action;
    }
    return undefined;
  }
}
