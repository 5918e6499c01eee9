import { Writable } from 'node:stream';
import type * as Winston from 'winston';

/**
 * Brook's logs: winston, one line per event, quiet by default (level `warn` unless `--log-level` or
 * `BROOK_LOG_LEVEL` says otherwise). Lines are logfmt-like (`time level component msg key=value ...`) on
 * stderr, or JSON with `BROOK_LOG_FORMAT=json`. Each component takes a child logger (`logger.child({ component })`).
 *
 * Secrets never reach a line: any meta key that looks like a password, SASL payload or token is replaced by
 * `[redacted]` before formatting, whatever the caller passed.
 *
 * winston is loaded on the first line actually written, not at start-up: requiring it (and its dozens of
 * modules) took about a third of `brook serve`'s time to its first answer, and a quiet broker may never log.
 * Level checks happen here, so calls below the level cost a comparison and load nothing.
 */
export type LogLevel = 'error' | 'warn' | 'info' | 'debug';
export const LOG_LEVELS: readonly LogLevel[] = ['error', 'warn', 'info', 'debug'];

/** The structural logger type that layers below src/ accept (a winston Logger satisfies it). */
export interface Logger {
  error(msg: string, meta?: object): void;
  warn(msg: string, meta?: object): void;
  info(msg: string, meta?: object): void;
  debug(msg: string, meta?: object): void;
  child(meta: Record<string, unknown>): Logger;
  /** Whether a level would be written (to skip building costly log data); winston provides it. */
  isLevelEnabled?(level: string): boolean;
  /**
   * The same logger (same output, same meta) writing every line up to `level` whatever the configured level:
   * for what an operator asked for explicitly (request tracing on demand, src/metrics/request-trace.ts).
   */
  withMinimumLevel?(level: LogLevel): Logger;
}

/** A logger that writes nothing: for parts whose caller gave none (a validator built outside a broker). */
export const silentLogger: Logger = {
  error() {},
  warn() {},
  info() {},
  debug() {},
  child: () => silentLogger,
};

export interface LoggerOptions {
  level?: LogLevel;
  format?: 'logfmt' | 'json';
  /** Receives every formatted entry (tests use it to count lines); stderr is not written when given. */
  sink?: (entry: LogEntry) => void;
}

export interface LogEntry {
  level: string;
  message: string;
  [key: string]: unknown;
}

const SECRET_KEY = /pass(word)?|secret|token|sasl|auth_?bytes|credential/i;

function logfmtValue(value: unknown): string {
  const text =
    typeof value === 'string' || typeof value === 'bigint' || typeof value === 'number'
      ? String(value)
      : value instanceof Error
        ? value.message
        : stringify(value);
  return /^[^\s"=]+$/.test(text) ? text : JSON.stringify(text);
}

function stringify(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? v.toString() : v)) ?? String(value);
}

/** Formats an entry as `time LEVEL [component] message key=value ...`. */
function logfmtLine(info: Record<string, unknown>): string {
  const { level, message, timestamp, component, ...rest } = info;
  const parts = [String(timestamp), String(level).toUpperCase().padEnd(5)];
  if (component) parts.push(`[${component}]`);
  parts.push(String(message));
  for (const [key, value] of Object.entries(rest)) {
    if (typeof key === 'symbol' || value === undefined) continue;
    parts.push(`${key}=${logfmtValue(value)}`);
  }
  return parts.join(' ');
}

/** The winston logger behind every facade of one `createLogger` call (built on first use). */
function buildWinston(options: LoggerOptions): Winston.Logger {
  const winston = require('winston') as typeof Winston;
  const redact = winston.format((info) => {
    for (const key of Object.keys(info)) {
      if (SECRET_KEY.test(key)) (info as Record<string, unknown>)[key] = '[redacted]';
    }
    return info;
  });
  const format = options.format ?? (process.env.BROOK_LOG_FORMAT === 'json' ? 'json' : 'logfmt');
  const { sink } = options;
  const transport = sink
    ? new winston.transports.Stream({
        stream: new Writable({
          objectMode: true,
          write(entry: LogEntry, _encoding, done) {
            sink(entry);
            done();
          },
        }),
      })
    : new winston.transports.Console({ stderrLevels: [...LOG_LEVELS] });
  return winston.createLogger({
    // LazyLogger filters by level before winston sees a line; winston passes everything so that a logger made by
    // withMinimumLevel (more verbose than the configured level) shares this one's output
    level: 'debug',
    format: winston.format.combine(
      redact(),
      winston.format.timestamp(),
      format === 'json'
        ? winston.format.json({ replacer: (_k, v) => (typeof v === 'bigint' ? String(v) : v) })
        : winston.format.printf((info) => logfmtLine(info as Record<string, unknown>)),
    ),
    transports: [transport],
  });
}

/** The level from the environment (`BROOK_LOG_LEVEL`), or `warn`. */
export function defaultLogLevel(): LogLevel {
  const fromEnv = process.env.BROOK_LOG_LEVEL?.toLowerCase();
  return LOG_LEVELS.includes(fromEnv as LogLevel) ? (fromEnv as LogLevel) : 'warn';
}

/** Severity rank of each level (lower is more severe), as winston's npm levels order them. */
const RANK: Record<string, number> = { error: 0, warn: 1, info: 2, debug: 5 };

/** A logger of one `createLogger` call or a child of it: checks the level, then writes through winston. */
class LazyLogger implements Logger {
  private target: Winston.Logger | null = null;

  constructor(
    private readonly root: { rank: number; winston(): Winston.Logger },
    private readonly meta: Record<string, unknown> | null,
  ) {}

  error(msg: string, meta?: object): void {
    if (this.root.rank >= 0) this.logger().error(msg, meta);
  }

  warn(msg: string, meta?: object): void {
    if (this.root.rank >= 1) this.logger().warn(msg, meta);
  }

  info(msg: string, meta?: object): void {
    if (this.root.rank >= 2) this.logger().info(msg, meta);
  }

  debug(msg: string, meta?: object): void {
    if (this.root.rank >= 5) this.logger().debug(msg, meta);
  }

  child(meta: Record<string, unknown>): Logger {
    return new LazyLogger(this.root, { ...this.meta, ...meta });
  }

  isLevelEnabled(level: string): boolean {
    return (RANK[level] ?? Number.POSITIVE_INFINITY) <= this.root.rank;
  }

  withMinimumLevel(level: LogLevel): Logger {
    const rank = Math.max(this.root.rank, RANK[level]!);
    return new LazyLogger({ rank, winston: this.root.winston }, this.meta);
  }

  private logger(): Winston.Logger {
    if (this.target === null) this.target = this.meta ? this.root.winston().child(this.meta) : this.root.winston();
    return this.target;
  }
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const level = options.level ?? defaultLogLevel();
  let built: Winston.Logger | null = null;
  const root = {
    rank: RANK[level]!,
    winston: () => {
      built ??= buildWinston(options);
      return built;
    },
  };
  return new LazyLogger(root, null);
}
