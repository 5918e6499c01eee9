import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CompactionResult } from './cleaner';
import { type LogConfig, logConfig } from './config';
import { LEGAL_TOPIC_NAME, topicNameProblem } from '../protocol/topic-names';
import { InvalidTopicError } from './errors';
import { fsPromises, fsyncDirAsync, LOG_SUFFIX } from './files';
import { silentLogger, type StorageLogger } from './logger';
import { PartitionLog } from './partition-log';
import { ReadAhead } from './read-ahead';

/** Topic config overrides as typed fields or Kafka properties ('retention.ms': '1000'). */
export type TopicOverrides = Partial<LogConfig> | Record<string, string | number | boolean>;

export interface LogManagerOptions {
  dataDir: string;
  /** Broker-wide defaults (the broker maps `log.segment.bytes` etc. to topic-level names). */
  defaults?: TopicOverrides;
  /** Per-topic overrides known at startup (from the metadata the broker keeps). */
  topicConfigs?: Record<string, TopicOverrides>;
  logger?: StorageLogger;
  clock?: () => number;
  /** Called when a partition's files are opened (on its first use: see PartitionLog.lazy). */
  onLoad?: (log: PartitionLog) => void;
  /** closeIdle() closes the files of partitions not read, appended or truncated for this long (10 min). */
  idleCloseMs?: number;
  /**
   * The broker's producer.id.expiration.ms (default 86400000): runMaintenance forgets idle producers. A function
   * is read at each use, so a change at run time (Kafka's is a dynamic cluster-wide config) applies.
   */
  producerIdExpirationMs?: number | (() => number);
}

const DEFAULT_IDLE_CLOSE_MS = 10 * 60 * 1000;

const DELETE_DIR_SUFFIX = '-delete';

/**
 * The partitions of one data directory: `<dataDir>/<topic>-<partition>/` folders, all opened at start,
 * created and deleted on demand, with per-topic config overrides over broker defaults. The broker calls
 * `runMaintenance()` periodically (flush.ms, retention, delayed file deletes, checkpoints) and `compact()`
 * for compacted topics.
 */
export class LogManager {
  private readonly logs = new Map<string, PartitionLog>();
  private readonly overrides = new Map<string, TopicOverrides>();
  private readonly defaults: LogConfig;
  private readonly logger: StorageLogger;
  private readonly clock: () => number;
  private readonly onLoad: ((log: PartitionLog) => void) | undefined;
  private readonly idleCloseMs: number;
  private readonly producerIdExpirationMs: number | (() => number) | undefined;
  /** Use count of each open log when closeIdle() last saw it change, and when. */
  private readonly lastUse = new Map<PartitionLog, { uses: number; since: number }>();
  /** One read-ahead budget for all partitions (read-ahead.ts). */
  private readonly readAhead = new ReadAhead();
  readonly dataDir: string;

  private constructor(options: LogManagerOptions) {
    this.dataDir = options.dataDir;
    this.defaults = logConfig(options.defaults ?? {});
    this.logger = options.logger ?? silentLogger;
    this.clock = options.clock ?? Date.now;
    this.onLoad = options.onLoad;
    this.idleCloseMs = options.idleCloseMs ?? DEFAULT_IDLE_CLOSE_MS;
    this.producerIdExpirationMs = options.producerIdExpirationMs;
    for (const [topic, o] of Object.entries(options.topicConfigs ?? {})) this.overrides.set(topic, o);
  }

  /**
   * Finds every partition folder of `dataDir` (creating the directory if needed) without opening any: each
   * partition's files are opened, and after an unclean shutdown recovered (only the segments past its
   * recovery point are scanned), on its first use. A restart with thousands of partitions is as fast as the
   * directory listing, and file descriptors are held by the partitions in use only.
   */
  static open(options: LogManagerOptions): LogManager {
    const manager = new LogManager(options);
    mkdirSync(options.dataDir, { recursive: true });
    for (const name of readdirSync(options.dataDir)) {
      const path = join(options.dataDir, name);
      if (!statSync(path).isDirectory()) continue;
      if (name.endsWith(DELETE_DIR_SUFFIX)) {
        rmSync(path, { recursive: true, force: true });
        continue;
      }
      const tp = parsePartitionDir(name);
      if (!tp) continue;
      manager.logs.set(manager.key(tp.topic, tp.partition), manager.handle(tp.topic, tp.partition));
    }
    return manager;
  }

  private key(topic: string, partition: number): string {
    return `${topic}-${partition}`;
  }

  /** Effective config of `topic`: defaults plus its overrides. */
  configFor(topic: string): LogConfig {
    return logConfig(this.overrides.get(topic) ?? {}, this.defaults);
  }

  private handle(topic: string, partition: number): PartitionLog {
    return PartitionLog.lazy(join(this.dataDir, this.key(topic, partition)), this.configFor(topic), this.logger, {
      topicPartition: { topic, partition },
      clock: this.clock,
      onLoad: this.onLoad,
      producerIdExpirationMs: this.expirationMs(),
      readAhead: this.readAhead,
    });
  }

  private expirationMs(): number | undefined {
    const ms = this.producerIdExpirationMs;
    return typeof ms === 'function' ? ms() : ms;
  }

  get(topic: string, partition: number): PartitionLog | undefined {
    return this.logs.get(this.key(topic, partition));
  }

  /** Returns the partition's log, creating its folder if it does not exist yet. */
  getOrCreate(topic: string, partition: number, overrides?: TopicOverrides): PartitionLog {
    const existing = this.get(topic, partition);
    if (existing) return existing;
    validateTopicName(topic);
    if (!Number.isInteger(partition) || partition < 0) throw new InvalidTopicError(`bad partition ${partition}`);
    if (overrides) this.setTopicConfig(topic, overrides);
    const log = this.handle(topic, partition);
    log.openFiles(); // creates the folder and its first segment now
    this.logs.set(this.key(topic, partition), log);
    fsyncDirAsync(this.dataDir).catch((error) =>
      this.logger.error('data dir fsync failed', { dataDir: this.dataDir, error: String(error) }),
    );
    return log;
  }

  /** Replaces the overrides of `topic` and applies them to its open partitions. */
  setTopicConfig(topic: string, overrides: TopicOverrides): void {
    const config = logConfig(overrides, this.defaults); // validates before anything changes
    this.overrides.set(topic, overrides);
    for (const log of this.logs.values()) if (log.topicPartition.topic === topic) log.updateConfig(config);
  }

  /** Every partition, opened or not (see `PartitionLog.isLoaded`). */
  all(): { topic: string; partition: number; log: PartitionLog }[] {
    return [...this.logs.values()].map((log) => ({ ...log.topicPartition, log }));
  }

  /**
   * Deletes a partition: its folder is renamed `<topic>-<partition>.<stamp>-delete` (so a crash cannot
   * resurrect it; leftovers are removed on the next open) and then removed.
   */
  delete(topic: string, partition: number): boolean {
    const key = this.key(topic, partition);
    const log = this.logs.get(key);
    const dir = join(this.dataDir, key);
    if (!log && !existsSync(dir)) return false;
    log?.closeWithoutFlush();
    this.logs.delete(key);
    const doomed = join(this.dataDir, `${key}.${Date.now().toString(36)}${DELETE_DIR_SUFFIX}`);
    renameSync(dir, doomed);
    // The rename is the commit point (a `-delete` folder left by a crash is removed by the next open): making
    // it durable and removing the files happen in the background, off the event loop.
    fsyncDirAsync(this.dataDir)
      .then(() => fsPromises().rm(doomed, { recursive: true, force: true }))
      .catch((error) =>
        this.logger.warn('removing a deleted partition folder failed', { doomed, error: String(error) }),
      );
    this.logger.info('deleted partition log', { topic, partition });
    return true;
  }

  /**
   * Periodic work for every partition in use: flush.ms, retention and delayed deletes, checkpoints. A
   * partition not opened since the start is opened only if its files show retention may apply (more than one
   * segment and the oldest one modified longer than retention.ms ago, or more bytes than retention.bytes).
   */
  runMaintenance(now = this.clock()): { deletedSegments: number } {
    let deletedSegments = 0;
    const expirationMs = this.expirationMs();
    for (const log of this.logs.values()) {
      if (log.isClosed) continue;
      if (!log.isLoaded && !mayNeedRetention(log.dir, log.config, now)) continue;
      try {
        log.maybeFlush(now);
        deletedSegments += log.runRetention(now).deletedSegments;
        log.removeExpiredProducers(now, expirationMs);
        log.checkpoint();
      } catch (error) {
        this.logger.error('log maintenance failed', { ...log.topicPartition, error: String(error) });
      }
    }
    return { deletedSegments };
  }

  /**
   * Closes the files of partitions nobody read, appended to or truncated for `idleCloseMs` (as a clean close
   * does; they reopen on their next use), so file descriptors follow the partitions in use, not every
   * partition ever touched. Call it periodically; returns how many were closed.
   */
  async closeIdle(now = this.clock()): Promise<number> {
    let closed = 0;
    for (const log of [...this.logs.values()]) {
      if (!log.isLoaded) {
        this.lastUse.delete(log);
        continue;
      }
      const seen = this.lastUse.get(log);
      if (!seen || seen.uses !== log.useCount) {
        this.lastUse.set(log, { uses: log.useCount, since: now });
        continue;
      }
      if (now - seen.since < this.idleCloseMs) continue;
      this.lastUse.delete(log);
      try {
        if (await log.unloadAsync()) closed++;
      } catch (error) {
        this.logger.error('closing an idle partition log failed', { ...log.topicPartition, error: String(error) });
      }
    }
    return closed;
  }

  /** Runs compaction on every compacted partition whose dirty ratio (or lag) calls for it. */
  async compact(now = this.clock()): Promise<CompactionResult[]> {
    const results: CompactionResult[] = [];
    for (const log of [...this.logs.values()]) {
      // A compacted partition not used since the start is cleaned once it is (its dirty ratio is unknown).
      if (log.isClosed || !log.isLoaded || log.config.cleanupPolicy === 'delete') continue;
      const result = await log.compact({ now });
      if (result) results.push(result);
    }
    return results;
  }

  /**
   * Flushes and closes every partition (clean shutdown: the next open skips recovery). Partitions never
   * opened are left as they are. Await each log's `whenFlushed()` first (background writes in flight).
   */
  close(): void {
    this.readAhead.clear();
    for (const log of this.logs.values()) log.close();
    this.logs.clear();
  }

  /** close() with every partition's fsyncs and writes on libuv's pool, all partitions at once (see closeAsync). */
  async closeAsync(): Promise<void> {
    this.readAhead.clear();
    const logs = [...this.logs.values()];
    this.logs.clear();
    const results = await Promise.allSettled(logs.map((log) => log.closeAsync()));
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
  }
}

/** Kafka's topic name rules: a legal name is also a safe folder name. */
export function validateTopicName(topic: string): void {
  const problem = topicNameProblem(topic);
  if (problem) throw new InvalidTopicError(problem);
}

/** `<topic>-<partition>` folder names; null for anything else. */
export function parsePartitionDir(name: string): { topic: string; partition: number } | null {
  const match = /^(.+)-(\d+)$/.exec(name);
  if (!match || !LEGAL_TOPIC_NAME.test(match[1]!)) return null;
  return { topic: match[1]!, partition: Number(match[2]) };
}

/** Whether time or size retention may delete something in the partition folder `dir`, judged from its files. */
function mayNeedRetention(dir: string, config: LogConfig, now: number): boolean {
  if (!config.cleanupPolicy.includes('delete')) return false;
  let logs: string[];
  try {
    logs = readdirSync(dir).filter((name) => name.endsWith(LOG_SUFFIX));
  } catch {
    return false;
  }
  if (logs.length < 2) return false; // the active segment is never deleted by retention
  logs.sort();
  const oldest = statSync(join(dir, logs[0]!));
  if (config.retentionMs >= 0 && now - oldest.mtimeMs > config.retentionMs) return true;
  if (config.retentionBytes < 0) return false;
  let bytes = 0;
  for (const name of logs) bytes += statSync(join(dir, name)).size;
  return bytes > config.retentionBytes;
}
