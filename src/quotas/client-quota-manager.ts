import { SampledRate, type RateWindow } from './sampled-rate';

/** Kafka's InactiveSensorExpirationTimeSeconds: a client quiet this long loses its measured rate. */
const INACTIVE_SENSOR_MS = 3600_000;
const SWEEP_EVERY_MS = 60_000;

/**
 * Which quota an entity has, by user and client-id part: a name, DEFAULT (`<default>`), or absent from the entity.
 * Kafka's KafkaQuotaEntity(Option[BaseUserEntity], Option[ClientIdEntity]).
 */
const DEFAULT = '\u0000default';
type Part = string | typeof DEFAULT | undefined;
const slot = (user: Part, clientId: Part): string => JSON.stringify([user ?? null, clientId ?? null]);

/** The sensor a request is measured by: Kafka's metric tags (user, client-id), either possibly empty. */
interface Tags {
  user: string;
  clientId: string;
}

/**
 * One quota type's manager (Kafka's ClientQuotaManager with its DefaultQuotaCallback): which quota applies to a
 * (user principal name, client id) in Kafka's precedence order
 *   /users/<user>/clients/<client-id>, /users/<user>/clients/<default>, /users/<user>,
 *   /users/<default>/clients/<client-id>, /users/<default>/clients/<default>, /users/<default>,
 *   /clients/<client-id>, /clients/<default>,
 * and one sampled rate per sensor: clients matched by the same entity share it (all clients of a user with a user
 * quota, each client id under a client-id default...). The throttle time is the time the measured rate needs to
 * fall back to the quota: (rate - quota) / quota * window size (Kafka's QuotaUtils.throttleTime).
 */
export class ClientQuotaManager {
  /** entity slot -> quota value (only the entities that set this manager's key). */
  private quotas = new Map<string, number>();
  private readonly sensors = new Map<string, SampledRate>();
  private lastSweepMs = 0;
  /** Requests throttled, and their throttle times summed, since start (Kafka's throttle-time sensors, in short). */
  throttled = 0;
  throttledMs = 0;

  constructor(
    /** The quota key this manager enforces (`producer_byte_rate`, `consumer_byte_rate`, `request_percentage`). */
    readonly key: string,
    private readonly window: RateWindow,
    /** Kafka bounds request-time throttles to one window (ClientRequestQuotaManager); byte rates are unbounded. */
    private readonly maxThrottleMs = Number.POSITIVE_INFINITY,
  ) {}

  /** Replaces the quotas from the store's entries (after every change). */
  load(entries: readonly { entity: Readonly<Record<string, string | null>>; values: Record<string, number> }[]): void {
    const quotas = new Map<string, number>();
    for (const { entity, values } of entries) {
      const value = values[this.key];
      if (value === undefined || 'ip' in entity) continue;
      const user = 'user' in entity ? (entity.user ?? DEFAULT) : undefined;
      const clientId = 'client-id' in entity ? (entity['client-id'] ?? DEFAULT) : undefined;
      quotas.set(slot(user, clientId), value);
    }
    this.quotas = quotas;
  }

  /** Kafka records nothing while no quota of this type exists anywhere (quotasEnabled). */
  get enabled(): boolean {
    return this.quotas.size > 0;
  }

  /**
   * Records `value` (bytes, or request time in percent of a second) for the client and returns the throttle time
   * in ms, 0 when the rate stays within its quota.
   */
  recordAndGetThrottleTimeMs(user: string, clientId: string, value: number, nowMs: number): number {
    if (!this.enabled) return 0;
    const tags = this.metricTags(user, clientId);
    const rate = this.sensor(tags, nowMs);
    rate.record(value, nowMs);
    const quota = this.quotaLimit(tags);
    if (quota === undefined) return 0;
    const measured = rate.measure(nowMs);
    if (measured <= quota) return 0;
    const throttle = Math.min(Math.round(((measured - quota) / quota) * rate.windowSizeMs(nowMs)), this.maxThrottleMs);
    if (throttle > 0) {
      this.throttled++;
      this.throttledMs += throttle;
    }
    return throttle;
  }

  /** Takes back a recorded value (a throttled Fetch answers empty, so its bytes were not sent). */
  unrecord(user: string, clientId: string, value: number, nowMs: number): void {
    if (!this.enabled) return;
    this.sensor(this.metricTags(user, clientId), nowMs).record(-value, nowMs);
  }

  /**
   * The most that can be recorded at once without being throttled for sure (getMaxValueInQuotaWindow): a Fetch
   * response is capped to it so one response cannot exceed the whole window.
   */
  maxValueInQuotaWindow(user: string, clientId: string): number {
    if (!this.enabled) return Number.POSITIVE_INFINITY;
    const quota = this.quotaLimit(this.metricTags(user, clientId));
    if (quota === undefined) return Number.POSITIVE_INFINITY;
    return quota * (this.window.samples - 1) * (this.window.windowMs / 1000);
  }

  /** The quota that applies to the client, if any (tests and `describe`). */
  quotaFor(user: string, clientId: string): number | undefined {
    return this.quotaLimit(this.metricTags(user, clientId));
  }

  /** DefaultQuotaCallback.quotaMetricTags: which sensor measures the client, by the most specific entity set. */
  private metricTags(user: string, clientId: string): Tags {
    const has = (u: Part, c: Part) => this.quotas.has(slot(u, c));
    if (has(user, clientId) || has(user, DEFAULT)) return { user, clientId };
    if (has(user, undefined)) return { user, clientId: '' };
    if (has(DEFAULT, clientId) || has(DEFAULT, DEFAULT)) return { user, clientId };
    if (has(DEFAULT, undefined)) return { user, clientId: '' };
    return { user: '', clientId };
  }

  /** DefaultQuotaCallback.quotaLimit: the quota of the sensor's tags, undefined when none applies. */
  private quotaLimit({ user, clientId }: Tags): number | undefined {
    const get = (u: Part, c: Part) => this.quotas.get(slot(u, c));
    if (user !== '' && clientId !== '') {
      return get(user, clientId) ?? get(user, DEFAULT) ?? get(DEFAULT, clientId) ?? get(DEFAULT, DEFAULT);
    }
    if (user !== '') return get(user, undefined) ?? get(DEFAULT, undefined);
    if (clientId !== '') return get(undefined, clientId) ?? get(undefined, DEFAULT);
    return undefined;
  }

  private sensor(tags: Tags, nowMs: number): SampledRate {
    if (nowMs - this.lastSweepMs >= SWEEP_EVERY_MS) {
      this.lastSweepMs = nowMs;
      for (const [k, rate] of this.sensors) if (nowMs - rate.lastRecordMs >= INACTIVE_SENSOR_MS) this.sensors.delete(k);
    }
    const k = `${tags.user}\u0000${tags.clientId}`;
    let rate = this.sensors.get(k);
    if (!rate) {
      rate = new SampledRate(this.window);
      this.sensors.set(k, rate);
    }
    return rate;
  }
}
