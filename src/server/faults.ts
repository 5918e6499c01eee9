/**
 * Fault injection by API key, the shape of franz-go kfake's ControlKey: a test registers a control function
 * for an API key; for each request of that key the broker asks the controls in order. A control returns
 * undefined to let the request through, or an action. A control that acted is removed unless it was added
 * with `keep: true` (or until its `times` run out).
 *
 * Beside them, one link fault: `isolate()` cuts this node off from the other nodes of its cluster (both ways:
 * its inter-node clients refuse to send and drop their connections, and requests from the other nodes' inter-node
 * clients are refused by closing their connection), while client connections go on; `heal()` ends it. It is a
 * fault hook in Brook's own transport rather than a network namespace per node: a namespace needs root and
 * a veth or bridge per node to cut, and it would cut the node's client connections too (the fault test's
 * clients reach every node over the one loopback), where a partition between brokers is what is asked.
 *
 * Exposed through `brook/testing` as `broker.faults`.
 */
import type { InterNodeLink } from '../cluster/inter-node';

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
  /** Shown by `list()` (the admin HTTP endpoint lists installed faults by it). */
  description?: string;
}

/** An installed control as `list()` shows it. */
export interface InstalledFault {
  id: number;
  apiKey: number;
  /** Actions left before it is removed (Infinity with `keep`). */
  remaining: number;
  description: string | undefined;
}

interface Installed extends InstalledFault {
  control: FaultControl;
}

export class Faults implements InterNodeLink {
  private controls: Installed[] = [];
  private nextId = 1;
  private cutOff = false;
  private readonly linkListeners = new Set<(isolated: boolean) => void>();

  /** Whether this node is cut off from the other nodes of its cluster (the link fault). */
  get isolated(): boolean {
    return this.cutOff;
  }

  /** Cuts this node off from the other nodes (src/cluster/inter-node.ts says which connections are theirs). */
  isolate(): void {
    this.setLink(true);
  }

  /** Ends `isolate()`. */
  heal(): void {
    this.setLink(false);
  }

  onLinkChange(listener: (isolated: boolean) => void): () => void {
    this.linkListeners.add(listener);
    return () => this.linkListeners.delete(listener);
  }

  private setLink(isolated: boolean): void {
    if (this.cutOff === isolated) return;
    this.cutOff = isolated;
    for (const listener of this.linkListeners) listener(isolated);
  }

  /** Installs a control for `apiKey`; returns a function that removes it. */
  control(apiKey: number, control: FaultControl, options: ControlOptions = {}): () => void {
    const installed: Installed = {
      id: this.nextId++,
      apiKey,
      control,
      remaining: options.keep ? Number.POSITIVE_INFINITY : (options.times ?? 1),
      description: options.description,
    };
    this.controls.push(installed);
    return () => this.remove(installed.id);
  }

  /** Removes the control with this id (from `list()`); false when it was gone already. */
  remove(id: number): boolean {
    const before = this.controls.length;
    this.controls = this.controls.filter((c) => c.id !== id);
    return this.controls.length < before;
  }

  /** The installed controls, in the order they are asked. */
  list(): InstalledFault[] {
    return this.controls.map(({ id, apiKey, remaining, description }) => ({ id, apiKey, remaining, description }));
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

  /** Never answers the next `times` requests of `apiKey` (the client times out; the connection stays open). */
  drop(apiKey: number, options: ControlOptions = {}): () => void {
    return this.control(apiKey, () => ({ drop: true }), options);
  }

  /** Removes every control and heals the link. */
  clear(): void {
    this.controls = [];
    this.heal();
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
