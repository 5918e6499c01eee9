/**
 * The broker's counters, kept as plain numbers on the hot path and turned into Prometheus text only when
 * someone scrapes (prometheus.ts, loaded on the first scrape). A produce or fetch pays a Map lookup and two
 * additions per topic, a request an array increment and a bucket search over 14 bounds: no label hashing, no
 * objects allocated, nothing loaded at start-up (bench/broker.bench.ts measured the cost, src/metrics/README.md).
 *
 * What Kafka counts and where (BrokerTopicStats, RequestMetrics):
 * - messages and bytes in per topic: records appended by Produce (bytes as they arrived), failed appends excluded;
 * - bytes out per topic: record bytes a Fetch response carries (consumers and followers alike);
 * - requests and their total time per API key, from the frame's dispatch to its response's encoding.
 */

/** Upper bounds (ms) of the request latency histogram's buckets; +Inf is implicit. */
export const LATENCY_BUCKETS_MS: readonly number[] = [
  0.5, 1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000,
];

/** Counters of one topic (BrokerTopicMetrics with a topic tag). */
export interface TopicCounters {
  messagesIn: number;
  bytesIn: number;
  bytesOut: number;
}

/** Requests of one API key (RequestMetrics with a request tag). */
export interface RequestCounters {
  count: number;
  /** Sum of total times, ms. */
  totalMs: number;
  /** Per bucket of LATENCY_BUCKETS_MS (not cumulative), plus one for +Inf. */
  buckets: Float64Array;
}

export class BrokerMetrics {
  /** By topic name; a deleted topic's counters go with it (Kafka removes its per-topic MBeans). */
  readonly topics = new Map<string, TopicCounters>();
  /** By API key. */
  readonly requests: (RequestCounters | undefined)[] = [];
  /** ISR shrinks and expansions (IsrShrinksPerSec, IsrExpandsPerSec): only a replicated cluster changes an ISR. */
  isrShrinks = 0;
  isrExpands = 0;
  /**
   * Requests to the SQL processor's REST API by endpoint, counted from the `brook:sql:request` channel while the
   * ops listener runs (the SQL wing talks to the broker only as a client, so it cannot reach this object).
   */
  readonly sqlRequests = new Map<string, number>();

  private topic(name: string): TopicCounters {
    let counters = this.topics.get(name);
    if (counters === undefined) {
      counters = { messagesIn: 0, bytesIn: 0, bytesOut: 0 };
      this.topics.set(name, counters);
    }
    return counters;
  }

  /** Records appended to a topic by Produce. */
  recordAppended(topic: string, records: number, bytes: number): void {
    const counters = this.topic(topic);
    counters.messagesIn += records;
    counters.bytesIn += bytes;
  }

  /** Record bytes of a topic sent in a Fetch response. */
  recordFetched(topic: string, bytes: number): void {
    if (bytes > 0) this.topic(topic).bytesOut += bytes;
  }

  /** One request handled in `ms` (answered, left unanswered as acks=0 asks, or refused by closing). */
  recordRequest(apiKey: number, ms: number): void {
    let counters = this.requests[apiKey];
    if (counters === undefined) {
      counters = { count: 0, totalMs: 0, buckets: new Float64Array(LATENCY_BUCKETS_MS.length + 1) };
      this.requests[apiKey] = counters;
    }
    counters.count++;
    counters.totalMs += ms;
    let at = 0;
    while (at < LATENCY_BUCKETS_MS.length && ms > LATENCY_BUCKETS_MS[at]!) at++;
    counters.buckets[at]!++;
  }

  /** Forgets a deleted topic's counters. */
  topicDeleted(topic: string): void {
    this.topics.delete(topic);
  }
}
