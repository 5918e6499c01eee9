import { Writable } from 'node:stream';
import winston from 'winston';

/**
 * Brook's logs: winston, one line per event, quiet by default (level `warn` unless `--log-level` or
 * `BROOK_LOG_LEVEL` says otherwise). Lines are logfmt-like (`time level component msg key=value ...`) on
 * stderr, or JSON with `BROOK_LOG_FORMAT=json`. Each component takes a child logger (`logger.child({ component })`).
 *
 * Secrets never reach a line: any meta key that looks like a password, SASL payload or token is replaced by
 * `[redacted]` before formatting, whatever the caller passed.
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
}

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

const redact = winston.format((info) => {
  for (const key of Object.keys(info)) {
    if (SECRET_KEY.test(key)) (info as Record<string, unknown>)[key] = '[redacted]';
  }
  return info;
});

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

const logfmt = winston.format.printf((info) => {
  const { level, message, timestamp, component, ...rest } = info as Record<string, unknown>;
  const parts = [String(timestamp), String(level).toUpperCase().padEnd(5)];
  if (component) parts.push(`[${component}]`);
  parts.push(String(message));
  for (const [key, value] of Object.entries(rest)) {
    if (typeof key === 'symbol' || value === undefined) continue;
    parts.push(`${key}=${logfmtValue(value)}`);
  }
  return parts.join(' ');
});

function sinkTransport(sink: (entry: LogEntry) => void): winston.transport {
  const stream = new Writable({
    objectMode: true,
    write(entry: LogEntry, _encoding, done) {
      sink(entry);
      done();
    },
  });
  return new winston.transports.Stream({ stream });
}

/** The level from the environment (`BROOK_LOG_LEVEL`), or `warn`. */
export function defaultLogLevel(): LogLevel {
  const fromEnv = process.env.BROOK_LOG_LEVEL?.toLowerCase();
  return LOG_LEVELS.includes(fromEnv as LogLevel) ? (fromEnv as LogLevel) : 'warn';
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const format = options.format ?? (process.env.BROOK_LOG_FORMAT === 'json' ? 'json' : 'logfmt');
  const transport = options.sink
    ? sinkTransport(options.sink)
    : new winston.transports.Console({ stderrLevels: [...LOG_LEVELS] });
  return winston.createLogger({
    level: options.level ?? defaultLogLevel(),
    format: winston.format.combine(
      redact(),
      winston.format.timestamp(),
      format === 'json'
        ? winston.format.json({ replacer: (_k, v) => (typeof v === 'bigint' ? String(v) : v) })
        : logfmt,
    ),
    transports: [transport],
  });
}
