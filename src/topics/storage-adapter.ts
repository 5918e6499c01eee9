import { logConfig } from '../../storage/config';
import { type Clock, repeat, systemClock, type Timer } from '../clock';
import { LogManager } from '../../storage/log-manager';
import type { PartitionLog } from '../../storage/partition-log';
import type { Logger } from '../log';

/** How often flush.ms is checked (Kafka's log.flush.scheduler.interval.ms is a config; 1 s is fine-grained enough). */
const FLUSH_CHECK_MS = 1000;
/** Kafka's log.cleaner.backoff.ms default: how often compacted logs are looked at. */
const CLEANER_BACKOFF_MS = 15000;

/**
 * The broker's view of partition storage: opening, reconfiguring and removing partition logs. Implemented
 * over storage/'s LogManager (`<log dir>/<topic>-<partition>/`, as Kafka); tests may substitute it.
 */
export interface PartitionLogs {
  /** Opens (creating if needed) a partition; `configs` are the topic's effective configs by Kafka name. */
  open(topic: string, partition: number, configs: Record<string, string>): PartitionLog;
  /** Applies a topic's changed effective configs to its open partitions. */
  updateConfig(topic: string, configs: Record<string, string>): void;
  remove(topic: string, partition: number): void;
  /** Partitions found on disk at start (the broker removes those of unknown topics). */
  onDisk(): { topic: string; partition: number }[];
  /** Flushes and closes every open log (clean shutdown). */
  close(): Promise<void>;
}

/** Validates effective topic configs against storage's LogConfig (throws storage's InvalidConfigError). */
export function checkLogConfig(configs: Record<string, string>): void {
  logConfig(configs);
}

/**
 * PartitionLogs over storage/'s LogManager in the first log dir, plus the periodic work Kafka's LogManager
 * schedules: flush.ms checks, retention and delayed deletes every log.retention.check.interval.ms, and
 * compaction of compacted topics when log.cleaner.enable.
 */
export class StoragePartitionLogs implements PartitionLogs {
  private readonly manager: LogManager;
  private readonly timers: Timer[] = [];
  private compacting = false;

  constructor(
    dataDir: string,
    private readonly logger: Logger,
    options: {
      retentionCheckMs: number;
      cleanerEnabled: boolean;
      producerIdExpirationMs?: () => number;
      /** Segment ages, retention.ms and the maintenance timers (default: real time). */
      clock?: Clock;
    },
  ) {
    const clock = options.clock ?? systemClock;
    // Partitions open their files on first use (a restart does not touch idle ones); replication/'s Partition
    // sets a lone replica's high watermark when its log first loads.
    this.manager = LogManager.open({
      dataDir,
      logger,
      producerIdExpirationMs: options.producerIdExpirationMs,
      clock: clock === systemClock ? Date.now : () => clock.now(),
    });
    // flush.ms checks and closing idle files stay on real time (durability and file handles, nothing a test
    // observes; a manual clock advanced by a week would otherwise run this 600k times).
    this.timers.push(repeat(systemClock, FLUSH_CHECK_MS, () => this.flushDue()));
    this.timers.push(repeat(clock, Math.max(100, options.retentionCheckMs), () => this.manager.runMaintenance()));
    if (options.cleanerEnabled) this.timers.push(repeat(clock, CLEANER_BACKOFF_MS, () => void this.compact()));
  }

  open(topic: string, partition: number, configs: Record<string, string>): PartitionLog {
    const existing = this.manager.get(topic, partition);
    if (existing) {
      existing.updateConfig(logConfig(configs));
      return existing;
    }
    return this.manager.getOrCreate(topic, partition, configs);
  }

  updateConfig(topic: string, configs: Record<string, string>): void {
    this.manager.setTopicConfig(topic, configs);
  }

  remove(topic: string, partition: number): void {
    this.manager.delete(topic, partition);
  }

  onDisk(): { topic: string; partition: number }[] {
    return this.manager.all().map(({ topic, partition }) => ({ topic, partition }));
  }

  private closingIdle = false;

  private flushDue(): void {
    if (!this.closingIdle) {
      this.closingIdle = true;
      void this.manager.closeIdle().finally(() => {
        this.closingIdle = false;
      });
    }
    for (const { topic, partition, log } of this.manager.all()) {
      try {
        if (!log.isClosed) log.maybeFlush();
      } catch (error) {
        this.logger.error('flush failed', { topic, partition, error: (error as Error).message });
      }
    }
  }

  private async compact(): Promise<void> {
    if (this.compacting) return;
    this.compacting = true;
    try {
      await this.manager.compact();
    } catch (error) {
      this.logger.error('compaction failed', { error: (error as Error).message });
    } finally {
      this.compacting = false;
    }
  }

  async close(): Promise<void> {
    for (const timer of this.timers) timer.cancel();
    await this.manager.closeAsync();
  }
}
