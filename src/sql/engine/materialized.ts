/**
 * A TABLE sink's current rows as this instance holds them, for pull queries: what ksqlDB reads from the state
 * store of the query's materialization, one store per task (partition N of the inputs is task N).
 *
 * - Each row is kept with the task that produced it, so a pull query can ask for some partitions only, as
 *   ksqlDB's forwarded requests do (`request.ksql.query.pull.partition`).
 * - A query shared by several instances (exactly once, io/shared-subscription.ts) owns only its tasks: after
 *   each rebalance the view is rebuilt from the sink topic's committed records, keeping the keys of the tasks
 *   now owned (a key's task is the default partitioner's choice over the task count, as Streams locates a key).
 * - A standby read (`ksql.query.pull.enable.standby.reads`) of a task this instance does not own is answered
 *   from the sink topic's committed records, read on demand: the sink is the table's changelog.
 */
import { defaultPartition } from '../../../protocol/murmur2';
import type { Row } from '../expr/row';
import type { TopicDriver } from '../io/driver';
import { keyString } from '../planner/plan';
import { makeSerde } from '../serde/formats';
import type { DataSource } from './metastore';
import { type QueryLogger, sourceCodec } from './query';

const rowKey = (row: Row) => keyString(row.key) + (row.window ? `@${row.window.start}-${row.window.end}` : '');

export class MaterializedView {
  private readonly rows = new Map<string, Row>();
  private readonly taskOf = new Map<string, number>();
  /** The tasks this instance runs; undefined when the query is not shared (it runs them all). */
  private owned?: Set<number>;
  /** The sink read for standby reads: the rows read so far and where the reads stopped, per partition. */
  private readonly sinkView = { rows: new Map<string, Row>(), positions: new Map<number, number>() };
  private readonly keySerde;
  /** How many tasks the query has: the most partitions among its input topics. */
  taskCount = 1;

  constructor(
    private readonly sink: DataSource,
    private readonly driver: TopicDriver,
    private readonly log: QueryLogger,
  ) {
    this.keySerde = makeSerde(sink.keyFormat, sink.schema.key, 'key');
  }

  /** The task a key belongs to: murmur2 of its serialized form over the task count (Streams' KeyQueryMetadata). */
  taskOfKey(key: unknown[]): number {
    const bytes = this.sink.schema.key.length ? this.keySerde.serialize(key) : null;
    return bytes ? defaultPartition(bytes, this.taskCount) : 0;
  }

  /** A row the query emitted while processing a record of `task` (a null value deletes). */
  put(row: Row, task: number): void {
    const k = rowKey(row);
    if (row.value === null) {
      this.rows.delete(k);
      this.taskOf.delete(k);
    } else {
      this.rows.set(k, row);
      this.taskOf.set(k, task);
    }
  }

  /**
   * Reloads the view from the sink topic: all of it (`tasks` undefined: a restarted query that is not shared),
   * or, for a shared query after a rebalance, the committed records of the keys of `tasks`.
   */
  async reload(tasks?: number[]): Promise<void> {
    this.owned = tasks && new Set(tasks);
    const rows = new Map<string, Row>();
    const taskOf = new Map<string, number>();
    if (await this.driver.describeTopic(this.sink.topic)) {
      const codec = sourceCodec({ ...this.sink, timestamp: undefined }, this.log);
      for (const rec of await this.driver.readAll(this.sink.topic, { committed: !!tasks })) {
        const row = codec.toRow(rec);
        if (!row) continue;
        const k = rowKey(row);
        const task = this.taskOfKey(row.key);
        if (row.value === null || (this.owned && !this.owned.has(task))) {
          rows.delete(k);
          taskOf.delete(k);
        } else {
          rows.set(k, row);
          taskOf.set(k, task);
        }
      }
    }
    this.rows.clear();
    this.taskOf.clear();
    for (const [k, row] of rows) this.put(row, taskOf.get(k)!);
  }

  /** Whether this instance runs `task` (every task when the query is not shared). */
  owns(task: number): boolean {
    return !this.owned || this.owned.has(task);
  }

  /**
   * The rows of `partitions` (all this instance holds when undefined): its own tasks from the view, the others
   * as a standby from the sink topic's committed records.
   */
  async current(partitions?: number[]): Promise<Row[]> {
    if (!partitions) return [...this.rows.values()];
    const wanted = new Set(partitions);
    const out = [...this.rows].filter(([k]) => wanted.has(this.taskOf.get(k)!)).map(([, row]) => row);
    const standby = new Set(partitions.filter((p) => !this.owns(p)));
    if (standby.size) {
      for (const row of await this.committedSink()) if (standby.has(this.taskOfKey(row.key))) out.push(row);
    }
    return out;
  }

  /** The sink topic's committed records, latest per key; reads only what was committed since the last call. */
  private async committedSink(): Promise<Iterable<Row>> {
    const codec = sourceCodec({ ...this.sink, timestamp: undefined }, this.log);
    const { rows, positions } = this.sinkView;
    for (const rec of await this.driver.readAll(this.sink.topic, { committed: true, positions })) {
      const row = codec.toRow(rec);
      if (!row) continue;
      if (row.value === null) rows.delete(rowKey(row));
      else rows.set(rowKey(row), row);
    }
    return rows.values();
  }
}
