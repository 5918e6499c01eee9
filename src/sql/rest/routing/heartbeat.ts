/**
 * ksqlDB's HeartbeatAgent (`ksql.heartbeat.enable=true`): every instance of the service learns the others
 * from its shared queries' groups (DiscoverClusterService), sends each a heartbeat (`POST /heartbeat`) every
 * `ksql.heartbeat.send.interval.ms`, and every `ksql.heartbeat.check.interval.ms` decides from the heartbeats
 * received within `ksql.heartbeat.window.ms` which are alive: a host that missed
 * `ksql.heartbeat.missed.threshold.ms` consecutive heartbeats (or sent none) is dead. Pull-query routing then
 * skips dead hosts (LivenessFilter) instead of waiting for a connection to fail; `GET /clusterStatus` shows
 * the view.
 */
import type { SqlEngine } from '../../engine/engine';
import { configFlag } from '../../engine/pull-where';

export interface HostStatus {
  hostAlive: boolean;
  lastStatusUpdateMs: number;
}

/** KsqlHostInfo's text, `host:port`, of an endpoint URL (the text itself when it is no URL). */
export function hostKey(endpoint: string): string {
  if (!URL.canParse(endpoint)) return endpoint;
  const url = new URL(endpoint);
  return `${url.hostname}:${url.port || (url.protocol === 'https:' ? 443 : 80)}`;
}

const setting = (config: Record<string, unknown>, name: string, fallback: number) =>
  Number(config[`ksql.heartbeat.${name}`] ?? fallback);

export class HeartbeatAgent {
  private readonly sendIntervalMs: number;
  private readonly checkIntervalMs: number;
  private readonly windowMs: number;
  private readonly missedThreshold: number;
  private readonly discoverMs: number;
  private readonly local: string;
  /** host:port -> the endpoint to send heartbeats to. */
  private readonly endpoints = new Map<string, string>();
  private readonly received = new Map<string, number[]>();
  private readonly status = new Map<string, HostStatus>();
  private readonly timers: NodeJS.Timeout[] = [];

  /** The agent when `ksql.heartbeat.enable` is true in `config`, else undefined (every host counts as alive). */
  static create(engine: SqlEngine, localEndpoint: string | undefined): HeartbeatAgent | undefined {
    if (!localEndpoint || !configFlag(engine.config, 'ksql.heartbeat.enable', false)) return undefined;
    return new HeartbeatAgent(engine, localEndpoint);
  }

  private constructor(
    private readonly engine: SqlEngine,
    localEndpoint: string,
  ) {
    const c = engine.config;
    this.sendIntervalMs = setting(c, 'send.interval.ms', 100);
    this.checkIntervalMs = setting(c, 'check.interval.ms', 200);
    this.windowMs = setting(c, 'window.ms', 2000);
    this.missedThreshold = setting(c, 'missed.threshold.ms', 3);
    this.discoverMs = setting(c, 'discover.interval.ms', 2000);
    this.local = hostKey(localEndpoint);
    this.status.set(this.local, { hostAlive: true, lastStatusUpdateMs: Date.now() });
  }

  start(): void {
    const every = (ms: number, run: () => unknown) => {
      const t = setInterval(run, ms);
      t.unref();
      this.timers.push(t);
    };
    void this.discover();
    every(this.discoverMs, () => this.discover());
    every(this.sendIntervalMs, () => this.send());
    every(this.checkIntervalMs, () => this.check(Date.now()));
  }

  stop(): void {
    for (const t of this.timers.splice(0)) clearInterval(t);
  }

  /** A heartbeat from `host` (`POST /heartbeat`). */
  receive(host: string, timestamp: number): void {
    const beats = this.received.get(host) ?? [];
    beats.push(timestamp);
    this.received.set(host, beats);
  }

  /** Every known host's status (`GET /clusterStatus`). */
  hosts(): Map<string, HostStatus> {
    return this.status;
  }

  /** The status of the host at `endpoint`; undefined for a host not discovered yet (routed to, as ksqlDB does). */
  statusOf(endpoint: string): HostStatus | undefined {
    return this.status.get(hostKey(endpoint));
  }

  /** DiscoverClusterService: the hosts of every shared query's group. */
  private async discover(): Promise<void> {
    for (const query of this.engine.queries.values()) {
      if (!query.shared) continue;
      const owners = await query.owners().catch(() => undefined);
      for (const m of owners?.members ?? []) {
        if (!m.endpoint) continue;
        const key = hostKey(m.endpoint);
        this.endpoints.set(key, m.endpoint);
        if (!this.status.has(key)) this.status.set(key, { hostAlive: true, lastStatusUpdateMs: Date.now() });
      }
    }
  }

  private send(): void {
    const at = this.local.lastIndexOf(':');
    const [host, port] = [this.local.slice(0, at), this.local.slice(at + 1)];
    const body = JSON.stringify({ hostInfo: { host, port: Number(port) }, timestamp: Date.now() });
    for (const [key, endpoint] of this.endpoints) {
      if (key === this.local) continue;
      fetch(new URL('/heartbeat', endpoint), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        signal: AbortSignal.timeout(Math.max(1000, this.windowMs)),
      })
        .then((res) => res.arrayBuffer())
        .catch(() => undefined); // a host that does not answer stops being heard from
    }
  }

  /** CheckHeartbeatService: consecutive missed heartbeats within the window decide who is alive. */
  private check(now: number): void {
    const windowStart = now - this.windowMs;
    for (const key of this.status.keys()) {
      if (key === this.local) continue;
      const beats = (this.received.get(key) ?? []).filter((ts) => ts >= windowStart && ts <= now).sort((a, b) => a - b);
      this.received.set(key, beats);
      this.status.set(key, { hostAlive: this.alive(beats, windowStart, now), lastStatusUpdateMs: now });
    }
  }

  /** HeartbeatAgent.decideStatus: fewer consecutive misses than the threshold, counted up to the window's end. */
  private alive(beats: number[], windowStart: number, windowEnd: number): boolean {
    if (!beats.length) return false;
    let missed = 0;
    let prev = windowStart;
    for (const ts of beats) {
      if (ts >= windowEnd) break;
      missed = ts - this.sendIntervalMs > prev ? Math.floor((ts - prev - 1) / this.sendIntervalMs) : 0;
      prev = ts;
    }
    if (windowEnd - prev - 1 > 0) missed = Math.floor((windowEnd - prev - 1) / this.sendIntervalMs);
    return missed < this.missedThreshold;
  }
}
