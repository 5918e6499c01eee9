/**
 * /metrics: the broker's counters and state in Prometheus' text format, through prom-client, with Kafka's
 * metric names as the Prometheus JMX exporter's usual Kafka rules spell them (lowercased `kafka_<domain>_<type>_<name>`,
 * counters of `...PerSec` meters as `..._total`), so dashboards written for Kafka work unchanged; consumer-group
 * lag as kafka_exporter names it. The list with meanings is in src/metrics/README.md.
 *
 * Required on the first scrape only (prom-client and its default process metrics cost start-up nothing until
 * then). Counters are read from BrokerMetrics (broker-metrics.ts) and gauges computed from the broker's state
 * at scrape time, in each metric's `collect`: nothing here runs on the request path.
 */
import * as client from 'prom-client';
import type { GroupCoordinator } from '../groups';
import type { TopicService } from '../topics/topic-service';
import { committedLag } from '../groups/lag';
import { API_BY_KEY } from '../../protocol/generated';
import { type BrokerMetrics, LATENCY_BUCKETS_MS } from './broker-metrics';

/** What a scrape reads of the running broker. */
export interface ScrapeSource {
  readonly metrics: BrokerMetrics;
  readonly topics: TopicService;
  readonly groups: GroupCoordinator;
  readonly connectionCount: number;
}

type Value = { labels: Record<string, string | number>; value: number; metricName?: string };

/**
 * A histogram whose buckets are counted elsewhere (BrokerMetrics, on the hot path without label hashing) and
 * only exported here: prom-client's Histogram with its snapshot replaced by ours (get() is its public export
 * method; getForPromString the one its registry prefers when present).
 */
class RequestTimeHistogram extends client.Histogram<'request'> {
  constructor(
    private readonly source: BrokerMetrics,
    registry: client.Registry,
  ) {
    super({
      name: 'kafka_network_requestmetrics_totaltimems',
      help: 'Time from a request arriving to its response being ready, in ms, per API (RequestMetrics TotalTimeMs)',
      labelNames: ['request'],
      buckets: [...LATENCY_BUCKETS_MS],
      registers: [registry],
    });
  }

  override async get(): Promise<client.MetricObjectWithValues<client.MetricValueWithName<'request'>>> {
    const values: Value[] = [];
    const name = 'kafka_network_requestmetrics_totaltimems';
    this.source.requests.forEach((counters, apiKey) => {
      if (!counters) return;
      const request = apiName(apiKey);
      let cumulative = 0;
      LATENCY_BUCKETS_MS.forEach((le, i) => {
        cumulative += counters.buckets[i]!;
        values.push({ labels: { request, le }, value: cumulative, metricName: `${name}_bucket` });
      });
      values.push({ labels: { request, le: '+Inf' }, value: counters.count, metricName: `${name}_bucket` });
      values.push({ labels: { request }, value: counters.totalMs, metricName: `${name}_sum` });
      values.push({ labels: { request }, value: counters.count, metricName: `${name}_count` });
    });
    return {
      name,
      help: 'Time from a request arriving to its response being ready, in ms, per API (RequestMetrics TotalTimeMs)',
      // a d.ts-only enum: the string is what prom-client's registry writes
      type: 'histogram' as unknown as client.MetricType,
      values: values as client.MetricValueWithName<'request'>[],
      aggregator: 'sum',
      collect: () => {},
    };
  }

  getForPromString() {
    return this.get();
  }
}

function apiName(apiKey: number): string {
  return API_BY_KEY[apiKey]?.name ?? String(apiKey);
}

/** A counter whose values are read at scrape time (Kafka's meters keep their own counts). */
function countFrom<L extends string>(
  registry: client.Registry,
  name: string,
  help: string,
  labelNames: L[],
  read: (set: (labels: Partial<Record<L, string>>, value: number) => void) => void,
): void {
  new client.Counter<L>({
    name,
    help,
    labelNames,
    registers: [registry],
    collect() {
      this.reset();
      read((labels, value) => {
        if (value > 0) this.inc(labels as client.LabelValues<L>, value);
      });
    },
  });
}

/** A gauge computed at scrape time. */
function gaugeFrom<L extends string>(
  registry: client.Registry,
  name: string,
  help: string,
  labelNames: L[],
  read: (set: (labels: Partial<Record<L, string>>, value: number) => void) => void,
): void {
  new client.Gauge<L>({
    name,
    help,
    labelNames,
    registers: [registry],
    collect() {
      this.reset();
      read((labels, value) => this.set(labels as client.LabelValues<L>, value));
    },
  });
}

/** Builds the registry for one broker; `render()` answers a scrape. */
export function createPrometheusExporter(source: ScrapeSource): {
  registry: client.Registry;
  render(): Promise<string>;
} {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const { metrics } = source;

  for (const [field, name, what] of [
    ['messagesIn', 'messagesin', 'Records appended by Produce'],
    ['bytesIn', 'bytesin', 'Record bytes received by Produce (appended)'],
    ['bytesOut', 'bytesout', 'Record bytes sent in Fetch responses'],
  ] as const) {
    countFrom(
      registry,
      `kafka_server_brokertopicmetrics_${name}_total`,
      `${what}, per topic; without a topic label, all topics (BrokerTopicMetrics ${name})`,
      ['topic'],
      (set) => {
        let all = 0;
        for (const [topic, counters] of metrics.topics) {
          set({ topic }, counters[field]);
          all += counters[field];
        }
        set({}, all);
      },
    );
  }
  countFrom(
    registry,
    'kafka_network_requestmetrics_requests_total',
    'Requests handled, per API (RequestMetrics RequestsPerSec)',
    ['request'],
    (set) => {
      metrics.requests.forEach((c, apiKey) => {
        if (c) set({ request: apiName(apiKey) }, c.count);
      });
    },
  );
  new RequestTimeHistogram(metrics, registry);
  countFrom(registry, 'kafka_server_replicamanager_isrshrinks_total', 'ISR shrinks (IsrShrinksPerSec)', [], (set) =>
    set({}, metrics.isrShrinks),
  );
  countFrom(registry, 'kafka_server_replicamanager_isrexpands_total', 'ISR expansions (IsrExpandsPerSec)', [], (set) =>
    set({}, metrics.isrExpands),
  );

  // partition state, read once per scrape for the gauges below
  const partitions = () => {
    const rows: { topic: string; partition: number; p: ReturnType<TopicService['partition']> }[] = [];
    for (const topic of source.topics.all()) {
      for (let partition = 0; partition < topic.partitionCount; partition++) {
        rows.push({ topic: topic.name, partition, p: source.topics.partition(topic.name, partition) });
      }
    }
    return rows;
  };
  gaugeFrom(registry, 'kafka_server_replicamanager_partitioncount', 'Partitions on this broker', [], (set) =>
    set({}, partitions().filter((r) => r.p).length),
  );
  gaugeFrom(registry, 'kafka_server_replicamanager_leadercount', 'Partitions this broker leads', [], (set) =>
    set({}, partitions().filter((r) => r.p).length),
  );
  gaugeFrom(
    registry,
    'kafka_server_replicamanager_underreplicatedpartitions',
    'Led partitions whose ISR is smaller than their replica set',
    [],
    (set) => set({}, partitions().filter((r) => r.p && r.p.isr.size < r.p.replicas.length).length),
  );
  gaugeFrom(
    registry,
    'kafka_controller_kafkacontroller_offlinepartitionscount',
    'Partitions without a live leader',
    [],
    (set) => set({}, partitions().filter((r) => !r.p || r.p.isDeleted).length),
  );
  gaugeFrom(
    registry,
    'kafka_controller_kafkacontroller_activecontrollercount',
    'Whether this node is the active controller (a single Brook node is its own controller)',
    [],
    (set) => set({}, 1),
  );
  for (const [name, what, read] of [
    ['size', 'Bytes of the partition log on disk', (p: NonNullable<ReturnType<TopicService['partition']>>) => p.size],
    ['logendoffset', 'Log end offset', (p: NonNullable<ReturnType<TopicService['partition']>>) => p.logEndOffset],
    ['logstartoffset', 'Log start offset', (p: NonNullable<ReturnType<TopicService['partition']>>) => p.logStartOffset],
  ] as const) {
    gaugeFrom(
      registry,
      `kafka_log_log_${name}`,
      `${what}, per partition (Log ${name})`,
      ['topic', 'partition'],
      (set) => {
        for (const r of partitions()) if (r.p) set({ topic: r.topic, partition: String(r.partition) }, read(r.p));
      },
    );
  }
  gaugeFrom(registry, 'kafka_server_socket_server_metrics_connection_count', 'Open client connections', [], (set) =>
    set({}, source.connectionCount),
  );

  // consumer groups, as kafka_exporter names them: committed offset, partition end (high watermark), lag
  const groupRows = () =>
    committedLag(source.groups, source.topics).map((r) => ({
      ...r,
      consumergroup: r.group,
      partition: String(r.partition),
    }));
  gaugeFrom(
    registry,
    'kafka_consumergroup_current_offset',
    'Committed offset of a consumer group, per partition',
    ['consumergroup', 'topic', 'partition'],
    (set) => {
      for (const r of groupRows())
        set({ consumergroup: r.consumergroup, topic: r.topic, partition: r.partition }, r.committed);
    },
  );
  gaugeFrom(
    registry,
    'kafka_consumergroup_lag',
    "Records between a consumer group's committed offset and the partition's high watermark",
    ['consumergroup', 'topic', 'partition'],
    (set) => {
      for (const r of groupRows())
        set({ consumergroup: r.consumergroup, topic: r.topic, partition: r.partition }, r.lag);
    },
  );
  gaugeFrom(
    registry,
    'kafka_topic_partition_current_offset',
    'High watermark of a partition (the newest offset consumers can read)',
    ['topic', 'partition'],
    (set) => {
      for (const r of partitions()) if (r.p) set({ topic: r.topic, partition: String(r.partition) }, r.p.highWatermark);
    },
  );

  countFrom(
    registry,
    'brook_sql_requests_total',
    "Requests to the SQL processor's REST API beside this broker, per endpoint (statements, pull and push queries)",
    ['endpoint'],
    (set) => {
      for (const [endpoint, count] of metrics.sqlRequests) set({ endpoint }, count);
    },
  );

  return { registry, render: () => registry.metrics() };
}
