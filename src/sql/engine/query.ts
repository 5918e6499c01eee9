/**
 * A running persistent query: subscribes to its input topics through the I/O boundary, turns records into
 * rows (serdes, event time), drives the planned operators, and writes output rows and state changelogs.
 */
import type { Row } from '../expr/row';
import type { InRecord, OutRecord, Subscription, TaskOwners, TopicDriver } from '../io/driver';
import type { QueryPlan } from '../planner/plan';
import {
  DeserializationError,
  deserializeWindowedKey,
  makeSerde,
  type Serde,
  serializeWindowedKey,
} from '../serde/formats';
import { LoggedStore } from '../state/store';
import { MaterializedView } from './materialized';
import type { DataSource } from './metastore';
import { parseTimestampWithFormat } from './timeformat';

export interface QueryLogger {
  debug(msg: string, meta?: object): void;
  warn(msg: string, meta?: object): void;
}

export interface RecordCodec {
  toRow(rec: InRecord): Row | null;
}

/** Source-side codec: bytes to rows, with event time from the record or the TIMESTAMP column. */
/** A processing failure that stops the query (ksqlDB's StreamsException). */
export class QueryFailure extends Error {}

export function sourceCodec(src: DataSource, log: QueryLogger, throwOnInvalidTimestamp = false): RecordCodec {
  const valueCols = src.schema.value.filter((c) => !c.headers);
  const keySerde = makeSerde(src.keyFormat, src.schema.key, 'key');
  const valueSerde = makeSerde(src.valueFormat, valueCols, 'value');
  const hasHeaderColumns = valueCols.length !== src.schema.value.length;
  const valueCount = valueCols.length;
  const windowType = src.window ? (src.window.type === 'SESSION' ? 'session' : 'time') : undefined;
  const tsCol = src.timestamp;
  const tsIdx = tsCol ? src.schema.value.findIndex((c) => c.name === tsCol.column) : -1;
  const tsKeyIdx = tsCol ? src.schema.key.findIndex((c) => c.name === tsCol.column) : -1;
  return {
    toRow(rec) {
      try {
        let keyBytes = rec.key;
        let window: Row['window'];
        if (windowType && keyBytes) {
          const wk = deserializeWindowedKey(keyBytes, windowType, src.window?.size ?? 0);
          keyBytes = wk.key;
          window = { start: wk.start, end: wk.end };
        }
        const key = keyBytes === null ? src.schema.key.map(() => null) : (keySerde.deserialize(keyBytes) ?? []);
        const raw = valueSerde.deserialize(rec.value);
        let value: unknown[] | null = null;
        if (raw !== null && !hasHeaderColumns) {
          // the serde's fresh array is the row's value: missing columns (a short array) become null in place
          value = raw;
          for (let j = 0; j < valueCount; j++) if (raw[j] === undefined) raw[j] = null;
          raw.length = valueCount;
        } else if (raw !== null) {
          value = [];
          let j = 0;
          for (const c of src.schema.value) {
            if (c.headers) value.push(headerValue(c.headers, rec));
            else value.push(raw[j++] ?? null);
          }
        }
        let ts = rec.timestamp;
        if (tsCol) {
          const v = tsIdx >= 0 ? (value ? value[tsIdx] : null) : tsKeyIdx >= 0 ? key[tsKeyIdx] : null;
          if (v === null || v === undefined) {
            if (value === null) return { key, value, ts, partition: rec.partition, offset: rec.offset, window };
            log.warn('Skipping record with a null timestamp column', { topic: rec.topic, offset: rec.offset });
            return null;
          }
          if (typeof v === 'string') {
            const parsed = parseTimestampWithFormat(v, tsCol.format ?? '');
            if (parsed === null && throwOnInvalidTimestamp) {
              throw new QueryFailure(
                `Fatal user code error in TimestampExtractor callback for record ${rec.topic}-${rec.partition}@${rec.offset}: cannot parse '${v}' with format '${tsCol.format}'`,
              );
            }
            if (parsed === null) {
              log.warn('Skipping record with an unparseable timestamp', { topic: rec.topic, offset: rec.offset });
              return null;
            }
            ts = parsed;
          } else ts = Number(v);
          if (ts < 0) return null;
        }
        return {
          key,
          value,
          ts,
          partition: rec.partition,
          offset: rec.offset,
          window,
          headers: rec.headers,
          nullKey: keyBytes === null || undefined,
        };
      } catch (err) {
        if (err instanceof QueryFailure) throw err;
        if (err instanceof DeserializationError || err instanceof Error) {
          log.warn('Skipping a record that does not deserialize', {
            topic: rec.topic,
            offset: rec.offset,
            error: err.message,
          });
          return null;
        }
        throw err;
      }
    },
  };
}

function headerValue(spec: { key?: string }, rec: InRecord): unknown {
  if (spec.key !== undefined) {
    const hs = rec.headers.filter((h) => h.key === spec.key);
    return hs.length ? hs[hs.length - 1].value : null;
  }
  return rec.headers.map((h) => ({ KEY: h.key, VALUE: h.value }));
}

export interface SinkCodec {
  /** Null when the row cannot be written (its TIMESTAMP column does not parse): it is dropped and logged. */
  toRecord(row: Row): OutRecord | null;
}

export function sinkCodec(sink: DataSource): SinkCodec {
  const keySerde: Serde = makeSerde(sink.keyFormat, sink.schema.key, 'key');
  const valueSerde: Serde = makeSerde(sink.valueFormat, sink.schema.value, 'value');
  const windowType = sink.window ? (sink.window.type === 'SESSION' ? 'session' : 'time') : undefined;
  const tsCol = sink.timestamp;
  const tsIdx = tsCol ? sink.schema.value.findIndex((c) => c.name === tsCol.column) : -1;
  return {
    toRecord(row) {
      const nullKey = row.nullKey && row.key.every((v) => v === null);
      let key = sink.schema.key.length === 0 || nullKey ? null : keySerde.serialize(row.key);
      if (windowType && row.window) key = serializeWindowedKey(key, windowType, row.window.start, row.window.end);
      const value = valueSerde.serialize(row.value);
      let timestamp = row.ts;
      if (tsCol && row.value && tsIdx >= 0) {
        const v = row.value[tsIdx];
        if (typeof v === 'string') {
          const parsed = parseTimestampWithFormat(v, tsCol.format ?? '');
          if (parsed === null) return null;
          timestamp = parsed;
        } else if (v !== null && v !== undefined) timestamp = Number(v);
      }
      return { key, value, timestamp };
    },
  };
}

export class RunningQuery {
  private subscriptions: Subscription[] = [];
  private pending: Promise<void>[] = [];
  /** The driver's synchronous write, if it has one (in memory): looked up once, at start. */
  private produceSync?: (t: string, r: OutRecord[]) => void;
  /** While an input batch is processed (not on synchronous drivers): its writes per topic, in order. */
  private batchOut?: Map<string, OutRecord[]>;
  private stores = new Map<string, LoggedStore<unknown>>();
  /** The current rows of a TABLE sink, for pull queries (this instance's tasks when the query is shared). */
  readonly materialized: MaterializedView;
  failed?: Error;
  /**
   * processing.guarantee=exactly_once(_v2): the query is shared by every instance of the service (consumer
   * group, transactions per batch; io/shared-subscription.ts), so this instance's view of a TABLE sink holds
   * only its own tasks' keys: pull queries are routed to the owners (rest/routing/).
   */
  private exactlyOnce = false;
  /** Streams' num.standby.replicas of a shared query: how many other instances may answer for a task. */
  standbyReplicas = 0;
  /** The input partition (task) of the record being processed: the task of the rows it emits. */
  private currentTask = 0;

  constructor(
    readonly id: string,
    readonly plan: QueryPlan,
    readonly sink: DataSource,
    readonly sql: string,
    private readonly driver: TopicDriver,
    private readonly log: QueryLogger,
    private readonly changelogPrefix: string,
    private readonly config: Record<string, unknown> = {},
    /** Transient (push) queries hand rows to a callback instead of a sink topic and keep no state. */
    private readonly transient?: { onRow: (row: Row) => void; offsetReset: 'earliest' | 'latest' },
  ) {
    this.materialized = new MaterializedView(sink, driver, log);
  }

  /**
   * Whether the query is shared by the service's instances (each holds only its tasks' rows): exactly once on a
   * driver that shares subscriptions (the in-memory one runs everything here).
   */
  get shared(): boolean {
    return this.exactlyOnce && !!this.subscriptions[0]?.owners;
  }

  /** A shared query's members and their tasks (undefined until this instance joined the group). */
  async owners(): Promise<TaskOwners | undefined> {
    return this.subscriptions[0]?.owners?.();
  }

  changelogTopic(store: string): string {
    return `${this.changelogPrefix}${this.id}-${store}-changelog`;
  }

  private track(p: Promise<void>): void {
    this.pending.push(
      p.catch((err) => {
        this.log.warn('Write failed', { query: this.id, error: String(err) });
      }),
    );
    if (this.pending.length > 1024) this.pending = this.pending.slice(-256);
  }

  /**
   * Synchronous drivers (in memory) take each record at once (a chain of queries runs depth-first on them).
   * Others get an input batch's records per topic in one `produce` at the batch's end (`writeBatch`): one
   * promise per topic and batch, not per row.
   */
  private write(topic: string, rec: OutRecord): void {
    if (this.produceSync) {
      this.produceSync.call(this.driver, topic, [rec]);
      return;
    }
    if (!this.batchOut) {
      this.track(this.driver.produce(topic, [rec]));
      return;
    }
    let list = this.batchOut.get(topic);
    if (!list) {
      list = [];
      this.batchOut.set(topic, list);
    }
    list.push(rec);
  }

  /**
   * Runs `processBatch` with its writes held, then hands them to the driver, output and changelogs alike, before
   * the driver stores the batch's input positions (or commits its transaction, which captures them).
   */
  private writeBatch(processBatch: () => void): void {
    this.batchOut = new Map();
    try {
      processBatch();
    } finally {
      const out = this.batchOut;
      this.batchOut = undefined;
      for (const [topic, records] of out) this.track(this.driver.produce(topic, records));
    }
  }

  async start(): Promise<void> {
    this.produceSync = (this.driver as { produceSync?: (t: string, r: OutRecord[]) => void }).produceSync;
    const sinkCodecImpl = sinkCodec(this.sink);
    const transient = this.transient;
    const rt = {
      emit: (row: Row) => {
        if (transient) {
          transient.onRow(row);
          return;
        }
        if (this.sink.kind === 'TABLE') this.materialized.put(row, this.currentTask);
        const rec = sinkCodecImpl.toRecord(row);
        // Kafka rejects negative timestamps: such rows are dropped (and logged)
        if (!rec || (rec.timestamp !== undefined && rec.timestamp < 0)) {
          this.log.warn('Dropping an output row with a negative timestamp', { query: this.id });
          return;
        }
        this.write(this.sink.topic, rec);
      },
      store: <V>(name: string) => {
        let s = this.stores.get(name) as LoggedStore<V> | undefined;
        if (!s) {
          const topic = this.changelogTopic(name);
          s = new LoggedStore<V>(
            transient
              ? undefined
              : {
                  append: (key, value) =>
                    this.write(topic, { key: Buffer.from(key), value: value === null ? null : Buffer.from(value) }),
                },
          );
          this.stores.set(name, s as LoggedStore<unknown>);
        }
        return s;
      },
    };
    const handlers = this.plan.instantiate(rt);
    const guarantee = String(
      this.config['processing.guarantee'] ?? this.config['ksql.streams.processing.guarantee'] ?? '',
    );
    this.exactlyOnce = !transient && guarantee.startsWith('exactly_once');
    this.standbyReplicas = Number(
      this.config['num.standby.replicas'] ?? this.config['ksql.streams.num.standby.replicas'] ?? 0,
    );
    // restore state from changelogs before consuming input (a shared query does it on each assignment)
    for (const [name, store] of transient ? [] : this.stores) {
      const topic = this.changelogTopic(name);
      if (!(await this.driver.describeTopic(topic))) {
        await this.driver.createTopic(topic, { partitions: 1, compacted: true });
        continue;
      }
      if (!this.exactlyOnce) await this.restore(store, topic);
    }
    // a restarted table query rebuilds its pull-query view from its own output topic
    if (!transient && !this.exactlyOnce && this.sink.kind === 'TABLE') await this.materialized.reload();
    if (!transient) {
      // the task count: Streams makes one task per partition of the (co-partitioned) inputs
      for (const src of this.plan.inputs) {
        const parts = (await this.driver.describeTopic(src.topic))?.partitions ?? 1;
        this.materialized.taskCount = Math.max(this.materialized.taskCount, parts);
      }
    }
    const throwOnInvalid = String(this.config['ksql.timestamp.throw.on.invalid'] ?? 'false') === 'true';
    const codecs = this.plan.inputs.map((src) => sourceCodec(src, this.log, throwOnInvalid));
    const topics = [...new Set(this.plan.inputs.map((s) => s.topic))];
    const sub = await this.driver.subscribe(
      topics,
      {
        groupId: `${this.changelogPrefix}${this.id}`,
        offsetReset: transient?.offsetReset ?? 'earliest',
        exactlyOnce: this.exactlyOnce,
        sessionTimeoutMs: Number(
          this.config['session.timeout.ms'] ?? this.config['ksql.streams.session.timeout.ms'] ?? 45_000,
        ),
        // after a rebalance the stores reload, committed changes only, everything this instance may now own;
        // the pull-query view keeps the keys of its tasks
        onAssigned: async (tasks) => {
          for (const [name, store] of this.stores) {
            store.clear();
            await this.restore(store, this.changelogTopic(name));
          }
          if (this.sink.kind === 'TABLE') await this.materialized.reload(tasks);
        },
        endpoint: this.config['ksql.advertised.listener'] as string | undefined,
      },
      (records) =>
        this.writeBatch(() => {
          for (const rec of records) {
            if (this.failed) return;
            this.currentTask = rec.partition;
            this.plan.inputs.forEach((src, i) => {
              if (src.topic !== rec.topic || this.failed) return;
              let row: Row | null;
              try {
                row = codecs[i].toRow(rec);
              } catch (err) {
                this.failed = err as Error;
                this.log.warn('Query failed', { query: this.id, error: String(err) });
                return;
              }
              if (!row) return;
              try {
                handlers[i](row);
              } catch (err) {
                this.log.warn('Processing error', { query: this.id, error: String(err) });
              }
            });
          }
          // the batch's state changes go out with its output, before the driver stores the input positions
          for (const store of this.stores.values()) store.flushChangelog();
        }),
    );
    this.subscriptions.push(sub);
  }

  private async restore(store: LoggedStore<unknown>, topic: string): Promise<void> {
    const recs = await this.driver.readAll(topic, { committed: this.exactlyOnce });
    store.restore(
      recs.map((r) => ({ key: r.key?.toString() ?? '', value: r.value === null ? null : r.value.toString() })),
    );
  }

  /**
   * The current rows of a TABLE sink for pull queries: those of `partitions` (tasks), or all this instance
   * holds (materialized.ts).
   */
  currentRows(partitions?: number[]): Promise<Row[]> {
    return this.materialized.current(partitions);
  }

  /** Waits until everything emitted so far is written. */
  async flush(): Promise<void> {
    const p = this.pending;
    this.pending = [];
    await Promise.all(p);
  }

  async stop(): Promise<void> {
    for (const s of this.subscriptions) await s.close();
    this.subscriptions = [];
    await this.flush();
  }
}
