/**
 * Java DateTimeFormatter-compatible formatting and parsing for ksqlDB's date/time functions and for
 * `TIMESTAMP_FORMAT` in WITH clauses. Patterns follow java.time (`yyyy-MM-dd'T'HH:mm:ss.SSSX`), texts are US
 * English, zones are java.time ZoneIds. Every function throws a DateTimeError with java-like wording on bad
 * input; the SQL functions turn that into NULL.
 *
 * Where ksqlDB reads "the system default time zone" (TIMESTAMPTOSTRING and STRINGTOTIMESTAMP without a zone),
 * Brook uses UTC so that results do not depend on the host.
 */
import { DateTimeError, MILLIS_PER_DAY, NANOS_PER_MILLI } from './calendar';
import { formatElements, zoned } from './format';
import { applyToEpoch, hasDateField, parseText } from './parse';
import { compilePattern } from './pattern';
import { localToEpochMs, UTC_ZONE, zoneOf } from './zones';

export { DateTimeError } from './calendar';
export { zoneOf } from './zones';

/** The zone ksqlDB would take from the JVM default. */
export const DEFAULT_ZONE_ID = 'UTC';

/** A DATE (days since epoch) as text (LocalDate.format). */
export function formatDate(epochDay: number, pattern: string): string {
  return formatElements({ epochDay }, compilePattern(pattern));
}

/** A TIME (millis of day) as text (LocalTime.format). */
export function formatTime(millisOfDay: number, pattern: string): string {
  if (millisOfDay < 0 || millisOfDay >= MILLIS_PER_DAY) throw new DateTimeError(`Invalid time of day: ${millisOfDay}`);
  return formatElements({ nanoOfDay: millisOfDay * NANOS_PER_MILLI }, compilePattern(pattern));
}

/** A TIMESTAMP (epoch millis) as text in a zone (Instant.atZone(zone).format). */
export function formatTimestamp(epochMs: number, pattern: string, zoneId: string = DEFAULT_ZONE_ID): string {
  const els = compilePattern(pattern);
  return formatElements(zoned(epochMs, zoneOf(zoneId)), els);
}

/** PARSE_TIME: a time-only text to millis of day; a pattern with date fields is refused. */
export function parseTime(text: string, pattern: string): number {
  const r = parseText(text, compilePattern(pattern));
  if (hasDateField(r)) throw new DateTimeError('Time format contains date field.');
  if (r.nanoOfDay === undefined) {
    throw new DateTimeError(`Text '${text}' could not be parsed: Unable to obtain LocalTime from TemporalAccessor`);
  }
  return Math.floor(r.nanoOfDay / NANOS_PER_MILLI);
}

/** STRINGTODATE: LocalDate.parse, the whole text must match and name a full date. Returns days since epoch. */
export function parseLocalDate(text: string, pattern: string): number {
  const r = parseText(text, compilePattern(pattern));
  if (r.epochDay === undefined) {
    throw new DateTimeError(`Text '${text}' could not be parsed: Unable to obtain LocalDate from TemporalAccessor`);
  }
  return r.epochDay;
}

/**
 * PARSE_DATE (SimpleDateFormat semantics, as ksqlDB's FastDateFormat): digits are counted leniently, missing
 * fields default to 1970-01-01, text after the pattern is ignored, and a time of day other than midnight is
 * refused. Returns days since epoch.
 */
export function parseDate(text: string, pattern: string): number {
  const r = parseText(text, compilePattern(pattern), { lenient: true, allowTrailing: true });
  const { epochDay, nanoOfDay } = applyToEpoch(r);
  const ms = localToEpochMs(r.zone ?? UTC_ZONE, epochDay * MILLIS_PER_DAY + Math.floor(nanoOfDay / NANOS_PER_MILLI));
  if (ms % MILLIS_PER_DAY !== 0) throw new DateTimeError('Date format contains time field.');
  return ms / MILLIS_PER_DAY;
}

/**
 * PARSE_TIMESTAMP / STRINGTOTIMESTAMP / TIMESTAMP_FORMAT: missing fields default to 1970-01-01T00:00:00, the
 * zone parsed from the text wins over `zoneId`. Returns epoch millis.
 */
export function parseTimestamp(text: string, pattern: string, zoneId: string = DEFAULT_ZONE_ID): number {
  const zone = zoneOf(zoneId);
  const r = parseText(text, compilePattern(pattern));
  const { epochDay, nanoOfDay } = applyToEpoch(r);
  return localToEpochMs(r.zone ?? zone, epochDay * MILLIS_PER_DAY + Math.floor(nanoOfDay / NANOS_PER_MILLI));
}

/** Validates a pattern (DateTimeFormatter.ofPattern), throwing a DateTimeError that names the problem. */
export function checkPattern(pattern: string): void {
  compilePattern(pattern);
}
