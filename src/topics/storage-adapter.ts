import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { logConfig } from '../../storage/config';
import { PartitionLog } from '../../storage/partition-log';
import type { Logger } from '../log';

/** The leader epoch of every partition on a single node (KRaft starts partition epochs at 0). */
export const LEADER_EPOCH = 0;

/**
 * Opens and removes partition logs. The broker's only dependency on storage/'s directory layout:
 * `<log dir>/<topic>-<partition>/`, as Kafka.
 */
export interface PartitionLogs {
  open(topic: string, partition: number, configs: Record<string, string>): PartitionLog;
  remove(topic: string, partition: number, log: PartitionLog | undefined): void;
  /** Flushes and closes every open log (clean shutdown). */
  close(): Promise<void>;
  /** Bytes per log dir, for DescribeLogDirs. */
  readonly dirs: string[];
}

/** Kafka names of topic configs -> storage's LogConfig (unknown names are the broker's and are skipped). */
export function toLogConfig(configs: Record<string, string>) {
  return logConfig(configs);
}

/**
 * PartitionLogs over storage/'s PartitionLog in the first log dir (one dir is what Brook places partitions
 * in today), with the periodic work a Kafka LogManager does: flush.ms checks, retention every
 * log.retention.check.interval.ms, and reaping of files scheduled for deletion.
 */
export class StoragePartitionLogs implements PartitionLogs {
  private readonly open_ = new Map<string, PartitionLog>();
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(
    readonly dirs: string[],
    private readonly logger: Logger,
    retentionCheckMs: number,
  ) {
    this.timers.push(setInterval(() => this.periodic('flush'), 1000).unref());
    this.timers.push(setInterval(() => this.periodic('retention'), Math.max(100, retentionCheckMs)).unref());
  }

  private dirOf(topic: string, partition: number): string {
    return join(this.dirs[0]!, `${topic}-${partition}`);
  }

  open(topic: string, partition: number, configs: Record<string, string>): PartitionLog {
    const key = `${topic}-${partition}`;
    const existing = this.open_.get(key);
    if (existing && !existing.isClosed) return existing;
    const log = PartitionLog.open(this.dirOf(topic, partition), toLogConfig(configs), this.logger, {
      topicPartition: { topic, partition },
    });
    // A single replica: everything appended is committed.
    log.setHighWatermark(log.logEndOffset);
    this.open_.set(key, log);
    return log;
  }

  remove(topic: string, partition: number, log: PartitionLog | undefined): void {
    const key = `${topic}-${partition}`;
    (log ?? this.open_.get(key))?.closeWithoutFlush();
    this.open_.delete(key);
    const dir = this.dirOf(topic, partition);
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  }

  private periodic(kind: 'flush' | 'retention'): void {
    for (const [key, log] of this.open_) {
      if (log.isClosed) continue;
      try {
        if (kind === 'flush') log.maybeFlush();
        else {
          log.runRetention();
          log.reapDeletedFiles();
        }
      } catch (error) {
        this.logger.error(`periodic ${kind} failed`, { partition: key, error: (error as Error).message });
      }
    }
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    for (const [key, log] of this.open_) {
      try {
        await log.whenFlushed();
        log.close();
      } catch (error) {
        this.logger.error('closing partition log failed', { partition: key, error: (error as Error).message });
      }
    }
    this.open_.clear();
  }
}
