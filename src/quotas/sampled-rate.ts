/** `quota.window.num` samples of `quota.window.size.seconds` each, as Kafka's MetricConfig for quota sensors. */
export interface RateWindow {
  samples: number;
  windowMs: number;
}

interface Sample {
  value: number;
  eventCount: number;
  startTimeMs: number;
  lastEventMs: number;
}

/**
 * Kafka's `Rate` over a `WindowedSum` (org.apache.kafka.common.metrics.stats), the measure client quotas are checked
 * against: values are summed into samples of `windowMs`, at most `samples + 1` kept (one extra for the sample
 * overlapping the start of the monitored window); samples without an event for `samples * windowMs` are reset; the
 * rate is the sum divided by the time since the oldest sample started, counted as at least `samples - 1` full
 * windows so that a burst at the start of a window is not measured as a huge rate.
 */
export class SampledRate {
  private readonly samples: Sample[] = [];
  private current = 0;

  constructor(
    private readonly window: RateWindow,
    /**
     * 'rate': Kafka's `Rate` (client quotas). 'simple': its `SimpleRate` (replication quotas), the sum over the
     * time since the oldest sample started, at least one window: a rate known from the first second on, so a
     * throttle starts to hold back a replica as soon as it runs over.
     */
    private readonly kind: 'rate' | 'simple' = 'rate',
  ) {}

  record(value: number, nowMs: number): void {
    let sample = this.currentSample(nowMs);
    if (nowMs - sample.startTimeMs >= this.window.windowMs) sample = this.advance(nowMs);
    sample.value += value;
    sample.eventCount += 1;
    sample.lastEventMs = nowMs;
  }

  /** The rate per second at `nowMs`. */
  measure(nowMs: number): number {
    this.purgeObsolete(nowMs);
    let sum = 0;
    for (const s of this.samples) sum += s.value;
    return sum / (this.windowSizeMs(nowMs) / 1000);
  }

  /** Rate.windowSize: the time the measured sum is spread over (also what a throttle time is scaled by). */
  windowSizeMs(nowMs: number): number {
    this.purgeObsolete(nowMs);
    let elapsed = nowMs - this.oldest(nowMs).startTimeMs;
    if (this.kind === 'simple') return Math.max(elapsed, this.window.windowMs);
    const fullWindows = Math.floor(elapsed / this.window.windowMs);
    const minFullWindows = this.window.samples - 1;
    if (fullWindows < minFullWindows) elapsed += (minFullWindows - fullWindows) * this.window.windowMs;
    return Math.max(elapsed, 1);
  }

  /** When the last value was recorded (sensors of clients gone quiet are dropped). */
  get lastRecordMs(): number {
    return this.samples[this.current]?.lastEventMs ?? 0;
  }

  private currentSample(nowMs: number): Sample {
    if (this.samples.length === 0) this.samples.push(newSample(nowMs));
    return this.samples[this.current]!;
  }

  private advance(nowMs: number): Sample {
    this.current = (this.current + 1) % (this.window.samples + 1);
    if (this.current >= this.samples.length) {
      const sample = newSample(nowMs);
      this.samples.push(sample);
      return sample;
    }
    const sample = this.samples[this.current]!;
    reset(sample, nowMs);
    return sample;
  }

  private oldest(nowMs: number): Sample {
    if (this.samples.length === 0) this.samples.push(newSample(nowMs));
    let oldest = this.samples[0]!;
    for (const s of this.samples) if (s.startTimeMs < oldest.startTimeMs) oldest = s;
    return oldest;
  }

  private purgeObsolete(nowMs: number): void {
    const expireAge = this.window.samples * this.window.windowMs;
    for (const s of this.samples) if (nowMs - s.lastEventMs >= expireAge) reset(s, nowMs);
  }
}

function newSample(nowMs: number): Sample {
  return { value: 0, eventCount: 0, startTimeMs: nowMs, lastEventMs: nowMs };
}

function reset(sample: Sample, nowMs: number): void {
  sample.value = 0;
  sample.eventCount = 0;
  sample.startTimeMs = nowMs;
  sample.lastEventMs = nowMs;
}
