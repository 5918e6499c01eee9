/**
 * What the console's charts draw: the broker's byte and record counters and its disk usage, sampled every few
 * seconds and kept in memory for the last minutes (nothing on disk: a restart starts the charts over, as
 * Control Center's without its metrics cluster). The page turns consecutive samples into rates.
 *
 * Started with the ops listener; a sample reads a handful of numbers per partition, and the timer is unref'd
 * so it never holds the process open.
 */
import type { BrokerMetrics } from '../metrics/broker-metrics';
import type { TopicService } from '../topics/topic-service';

export interface Sample {
  /** epoch ms */
  t: number;
  /** Counters since start, all topics (they only grow, except when a topic is deleted). */
  bytesIn: number;
  bytesOut: number;
  messagesIn: number;
  /** Bytes of this broker's partition logs on disk. */
  diskBytes: number;
}

export const SAMPLE_EVERY_MS = 5_000;
/** 15 minutes of samples. */
const KEEP = 180;

export class MetricsHistory {
  private readonly samples: Sample[] = [];
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly source: { readonly metrics: BrokerMetrics; readonly topics: TopicService },
    everyMs = SAMPLE_EVERY_MS,
  ) {
    this.samples.push(this.sample());
    this.timer = setInterval(() => {
      this.samples.push(this.sample());
      if (this.samples.length > KEEP) this.samples.shift();
    }, everyMs).unref();
  }

  /** The kept samples, oldest first, and one taken now. */
  read(): Sample[] {
    return [...this.samples, this.sample()];
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private sample(): Sample {
    const s: Sample = {
      t: Date.now(),
      bytesIn: 0,
      bytesOut: 0,
      messagesIn: 0,
      diskBytes: diskBytes(this.source.topics),
    };
    for (const counters of this.source.metrics.topics.values()) {
      s.bytesIn += counters.bytesIn;
      s.bytesOut += counters.bytesOut;
      s.messagesIn += counters.messagesIn;
    }
    return s;
  }
}

/** Bytes of the partition logs this broker hosts. */
export function diskBytes(topics: TopicService): number {
  let bytes = 0;
  for (const topic of topics.all()) {
    for (let p = 0; p < topic.partitionCount; p++) bytes += topics.partition(topic.name, p)?.size ?? 0;
  }
  return bytes;
}
