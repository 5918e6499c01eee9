/**
 * Date and time functions (ksqlDB's udf/datetime). Patterns are java.time DateTimeFormatter patterns handled by
 * `support/datetime/java-time.ts`; zones are java ZoneIds. Bad patterns, zones or text throw, which the engine
 * turns into NULL for the row, as ksqlDB does.
 *
 * Time-unit arguments (`DATEADD(DAYS, 1, d)`) arrive as STRING unit names (see the questions file).
 */
import { NANOS_PER_DAY } from './support/datetime/calendar';
import {
  formatDate,
  formatTime,
  formatTimestamp,
  parseDate,
  parseLocalDate,
  parseTime,
  parseTimestamp,
  zoneOf,
} from './support/datetime/java-time';
import { offsetAt } from './support/datetime/zones';
import type { ScalarFunction } from './registry';

const MILLIS_PER_DAY = 86_400_000;

/** java.util.concurrent.TimeUnit by name (ksqlDB's time-unit keywords, singular or plural). */
const UNIT_NANOS: Record<string, number> = {
  NANOSECONDS: 1,
  MICROSECONDS: 1_000,
  MILLISECONDS: 1_000_000,
  SECONDS: 1_000_000_000,
  MINUTES: 60_000_000_000,
  HOURS: 3_600_000_000_000,
  DAYS: NANOS_PER_DAY,
};

function unitNanos(unit: string): number {
  const u = unit.toUpperCase();
  const n = UNIT_NANOS[u] ?? UNIT_NANOS[`${u}S`];
  if (n === undefined) throw new Error(`Unknown time unit: ${unit}`);
  return n;
}

/** TimeUnit.toMillis(interval): truncates sub-millisecond units toward zero. */
function toMillis(unit: string, interval: number): number {
  const n = unitNanos(unit);
  return n >= 1_000_000 ? interval * (n / 1_000_000) : Math.trunc((interval * n) / 1_000_000);
}

/** DATEADD: days of (date millis + interval millis), truncated toward zero like TimeUnit.toDays. */
function dateAdd(unit: string, interval: number, date: number): number {
  return Math.trunc((date * MILLIS_PER_DAY + toMillis(unit, interval)) / MILLIS_PER_DAY);
}

/** TIMEADD: LocalTime.plus(nanos) wraps around midnight; the result is truncated to millis. */
function timeAdd(unit: string, interval: number, time: number): number {
  const nanosOfDay = BigInt(time) * 1_000_000n;
  const delta = (BigInt(interval) * BigInt(unitNanos(unit))) % BigInt(NANOS_PER_DAY);
  const day = BigInt(NANOS_PER_DAY);
  const result = (((nanosOfDay + delta) % day) + day) % day;
  return Number(result / 1_000_000n);
}

function nowEpochDay(): number {
  return Math.floor(Date.now() / MILLIS_PER_DAY);
}

export const scalars: ScalarFunction[] = [
  {
    name: 'UNIX_TIMESTAMP',
    description: 'Milliseconds since the epoch: now, or of a TIMESTAMP.',
    overloads: [
      { params: [], returns: 'BIGINT', impl: () => BigInt(Date.now()) },
      { params: ['TIMESTAMP'], returns: 'BIGINT', impl: (ts: number) => BigInt(ts) },
    ],
  },
  {
    name: 'UNIX_DATE',
    description: 'Days since the epoch: today, or of a DATE.',
    overloads: [
      { params: [], returns: 'INT', impl: nowEpochDay },
      { params: ['DATE'], returns: 'INT', impl: (d: number) => d },
    ],
  },
  {
    name: 'FROM_UNIXTIME',
    description: 'A TIMESTAMP from milliseconds since the epoch.',
    overloads: [{ params: ['BIGINT'], returns: 'TIMESTAMP', impl: (ms: bigint) => Number(ms) }],
  },
  {
    name: 'FROM_DAYS',
    description: 'A DATE from days since the epoch.',
    overloads: [{ params: ['INT'], returns: 'DATE', impl: (d: number) => d }],
  },
  {
    name: 'DATETOSTRING',
    description: 'Deprecated (use FORMAT_DATE): days since the epoch as text in a DateTimeFormatter pattern.',
    overloads: [{ params: ['INT', 'STRING'], returns: 'STRING', impl: formatDate }],
  },
  {
    name: 'STRINGTODATE',
    description: 'Deprecated (use PARSE_DATE): text in a DateTimeFormatter pattern to days since the epoch.',
    overloads: [{ params: ['STRING', 'STRING'], returns: 'INT', impl: parseLocalDate }],
  },
  {
    name: 'TIMESTAMPTOSTRING',
    description: 'Deprecated (use FORMAT_TIMESTAMP): epoch millis as text in a pattern (and zone, default UTC).',
    overloads: [
      {
        params: ['BIGINT', 'STRING'],
        returns: 'STRING',
        impl: (ms: bigint, p: string) => formatTimestamp(Number(ms), p),
      },
      {
        params: ['BIGINT', 'STRING', 'STRING'],
        returns: 'STRING',
        impl: (ms: bigint, p: string, z: string) => formatTimestamp(Number(ms), p, z),
      },
    ],
  },
  {
    name: 'STRINGTOTIMESTAMP',
    description: 'Deprecated (use PARSE_TIMESTAMP): text in a pattern (and zone, default UTC) to epoch millis.',
    overloads: [
      { params: ['STRING', 'STRING'], returns: 'BIGINT', impl: (s: string, p: string) => BigInt(parseTimestamp(s, p)) },
      {
        params: ['STRING', 'STRING', 'STRING'],
        returns: 'BIGINT',
        impl: (s: string, p: string, z: string) => BigInt(parseTimestamp(s, p, z)),
      },
    ],
  },
  {
    name: 'FORMAT_DATE',
    description: 'A DATE as text in a DateTimeFormatter pattern.',
    overloads: [{ params: ['DATE', 'STRING'], returns: 'STRING', impl: formatDate }],
  },
  {
    name: 'FORMAT_TIME',
    description: 'A TIME as text in a DateTimeFormatter pattern.',
    overloads: [{ params: ['TIME', 'STRING'], returns: 'STRING', impl: formatTime }],
  },
  {
    name: 'FORMAT_TIMESTAMP',
    description: 'A TIMESTAMP as text in a DateTimeFormatter pattern, in a zone (default GMT).',
    overloads: [
      {
        params: ['TIMESTAMP', 'STRING'],
        returns: 'STRING',
        impl: (ts: number, p: string) => formatTimestamp(ts, p, 'GMT'),
      },
      { params: ['TIMESTAMP', 'STRING', 'STRING'], returns: 'STRING', impl: formatTimestamp },
    ],
  },
  {
    name: 'PARSE_DATE',
    description: 'Text in a date pattern to a DATE (text after the pattern is ignored; a time of day is refused).',
    overloads: [{ params: ['STRING', 'STRING'], returns: 'DATE', impl: parseDate }],
  },
  {
    name: 'PARSE_TIME',
    description: 'Text in a time pattern to a TIME (a pattern with date fields is refused).',
    overloads: [{ params: ['STRING', 'STRING'], returns: 'TIME', impl: parseTime }],
  },
  {
    name: 'PARSE_TIMESTAMP',
    description: 'Text in a DateTimeFormatter pattern to a TIMESTAMP, in a zone (default GMT) unless it names one.',
    overloads: [
      {
        params: ['STRING', 'STRING'],
        returns: 'TIMESTAMP',
        impl: (s: string, p: string) => parseTimestamp(s, p, 'GMT'),
      },
      { params: ['STRING', 'STRING', 'STRING'], returns: 'TIMESTAMP', impl: parseTimestamp },
    ],
  },
  {
    name: 'CONVERT_TZ',
    description: 'Shifts a TIMESTAMP by the difference between two zones at that instant.',
    overloads: [
      {
        params: ['TIMESTAMP', 'STRING', 'STRING'],
        returns: 'TIMESTAMP',
        impl: (ts: number, from: string, to: string) =>
          ts + (offsetAt(zoneOf(to), ts) - offsetAt(zoneOf(from), ts)) * 1000,
      },
    ],
  },
  {
    name: 'DATEADD',
    description: 'Adds an interval (unit, INT count) to a DATE.',
    overloads: [{ params: ['STRING', 'INT', 'DATE'], returns: 'DATE', impl: dateAdd }],
  },
  {
    name: 'DATESUB',
    description: 'Subtracts an interval (unit, INT count) from a DATE.',
    overloads: [
      {
        params: ['STRING', 'INT', 'DATE'],
        returns: 'DATE',
        impl: (u: string, n: number, d: number) => dateAdd(u, -n, d),
      },
    ],
  },
  {
    name: 'TIMEADD',
    description: 'Adds an interval to a TIME, wrapping around midnight.',
    overloads: [{ params: ['STRING', 'INT', 'TIME'], returns: 'TIME', impl: timeAdd }],
  },
  {
    name: 'TIMESUB',
    description: 'Subtracts an interval from a TIME, wrapping around midnight.',
    overloads: [
      {
        params: ['STRING', 'INT', 'TIME'],
        returns: 'TIME',
        impl: (u: string, n: number, t: number) => timeAdd(u, -n, t),
      },
    ],
  },
  {
    name: 'TIMESTAMPADD',
    description: 'Adds an interval to a TIMESTAMP.',
    overloads: [
      {
        params: ['STRING', 'INT', 'TIMESTAMP'],
        returns: 'TIMESTAMP',
        impl: (u: string, n: number, ts: number) => ts + toMillis(u, n),
      },
    ],
  },
  {
    name: 'TIMESTAMPSUB',
    description: 'Subtracts an interval from a TIMESTAMP.',
    overloads: [
      {
        params: ['STRING', 'INT', 'TIMESTAMP'],
        returns: 'TIMESTAMP',
        impl: (u: string, n: number, ts: number) => ts - toMillis(u, n),
      },
    ],
  },
];
