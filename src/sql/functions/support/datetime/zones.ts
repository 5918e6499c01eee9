/**
 * Time zones as java.time's ZoneId sees them: fixed offsets (`Z`, `+05:30`, `UTC+2`), the fixed `UTC`/`GMT`/`UT`
 * regions, and tz database regions (`America/Los_Angeles`), whose rules come from the ICU data built into
 * Node's Intl. Three-letter abbreviations such as `PST` are rejected like ZoneId.of rejects them.
 */
import { DateTimeError, floorDiv } from './calendar';

export interface Zone {
  /** The id as java.time prints it (`Z`, `+05:30`, `UTC`, `America/Los_Angeles`). */
  readonly id: string;
  /** Set for zones with one constant offset, in seconds east of UTC. */
  readonly fixedOffset: number | null;
}

/** tz database ids of three letters that ZoneId.of accepts (the rest, like PST, are not region ids). */
const THREE_LETTER_TZDB = new Set([
  'UTC',
  'GMT',
  'UCT',
  'EST',
  'MST',
  'HST',
  'CET',
  'EET',
  'MET',
  'WET',
  'PRC',
  'ROC',
  'ROK',
]);

const cache = new Map<string, Zone>();
const formatters = new Map<string, Intl.DateTimeFormat>();

export const UTC_ZONE: Zone = { id: 'UTC', fixedOffset: 0 };

/** ZoneId.of: throws a DateTimeError naming the id when it is not a zone. */
export function zoneOf(id: string): Zone {
  let z = cache.get(id);
  if (!z) {
    z = resolveZone(id);
    if (cache.size > 1000) cache.clear();
    cache.set(id, z);
  }
  return z;
}

function resolveZone(id: string): Zone {
  if (id === 'Z') return { id: 'Z', fixedOffset: 0 };
  if (id.startsWith('+') || id.startsWith('-')) {
    const secs = parseOffsetId(id);
    return { id: offsetId(secs), fixedOffset: secs };
  }
  if (id === 'UTC' || id === 'GMT' || id === 'UT') return { id, fixedOffset: 0 };
  const prefixed = /^(UTC|GMT|UT)([+-].*)$/.exec(id);
  if (prefixed) {
    const secs = parseOffsetId(prefixed[2]);
    return { id: secs === 0 ? prefixed[1] : `${prefixed[1]}${offsetId(secs)}`, fixedOffset: secs };
  }
  if (!/^[A-Za-z][A-Za-z0-9~/._+-]+$/.test(id))
    throw new DateTimeError(`Invalid ID for region-based ZoneId, invalid format: ${id}`);
  if (/^[A-Z]{3}$/.test(id) && !THREE_LETTER_TZDB.has(id)) throw new DateTimeError(`Unknown time-zone ID: ${id}`);
  try {
    formatterFor(id);
  } catch {
    throw new DateTimeError(`Unknown time-zone ID: ${id}`);
  }
  return { id, fixedOffset: null };
}

/** ZoneOffset.of: `+h`, `+hh`, `+hh:mm`, `+hhmm`, `+hh:mm:ss`, `+hhmmss`, within +-18:00. */
export function parseOffsetId(text: string): number {
  const m = /^([+-])(\d{1,2})(?::?(\d{2})(?::?(\d{2}))?)?$/.exec(text);
  const bad = () => new DateTimeError(`Invalid ID for ZoneOffset, invalid format: ${text}`);
  if (!m) throw bad();
  // A colon must be used consistently: "+hh:mmss" is not an offset.
  if (text.length > 3 && /:/.test(text) !== (text[3] === ':')) throw bad();
  const h = Number(m[2]);
  const mi = m[3] ? Number(m[3]) : 0;
  const s = m[4] ? Number(m[4]) : 0;
  if (h > 18 || mi > 59 || s > 59 || (h === 18 && (mi > 0 || s > 0))) {
    throw new DateTimeError(`Zone offset not in valid range: -18:00 to +18:00 (${text})`);
  }
  const secs = h * 3600 + mi * 60 + s;
  return m[1] === '-' ? -secs : secs;
}

/** ZoneOffset.getId: `Z` for zero, else `+05:30` or `+05:30:15`. */
export function offsetId(secs: number): string {
  if (secs === 0) return 'Z';
  const abs = Math.abs(secs);
  const h = Math.floor(abs / 3600);
  const m = Math.floor(abs / 60) % 60;
  const s = abs % 60;
  const base = `${secs < 0 ? '-' : '+'}${pad2(h)}:${pad2(m)}`;
  return s ? `${base}:${pad2(s)}` : base;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function formatterFor(id: string): Intl.DateTimeFormat {
  let f = formatters.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: id,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(id, f);
  }
  return f;
}

/** The zone's offset from UTC, in seconds, at an instant (epoch millis). */
export function offsetAt(zone: Zone, epochMs: number): number {
  if (zone.fixedOffset !== null) return zone.fixedOffset;
  const wholeSecondMs = floorDiv(epochMs, 1000) * 1000;
  const parts = formatterFor(zone.id).formatToParts(new Date(wholeSecondMs));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const era = parts.find((p) => p.type === 'era')?.value;
  let year = get('year');
  if (era === 'BC' || era === 'B') year = 1 - year;
  const d = new Date(0);
  d.setUTCFullYear(year, get('month') - 1, get('day'));
  d.setUTCHours(get('hour'), get('minute'), get('second'), 0);
  return Math.round((d.getTime() - wholeSecondMs) / 1000);
}

/**
 * The instant of a local date-time in a zone (ZonedDateTime.ofLocal with no preferred offset): in an overlap
 * the earlier offset wins, in a gap the time moves later by the length of the gap.
 */
export function localToEpochMs(zone: Zone, localMs: number): number {
  if (zone.fixedOffset !== null) return localMs - zone.fixedOffset * 1000;
  const before = offsetAt(zone, localMs - 86_400_000);
  const after = offsetAt(zone, localMs + 86_400_000);
  const valid = (o: number) => offsetAt(zone, localMs - o * 1000) === o;
  if (before === after) {
    if (valid(before)) return localMs - before * 1000;
    const o = offsetAt(zone, localMs - before * 1000);
    return localMs - o * 1000;
  }
  if (valid(before)) return localMs - before * 1000;
  if (valid(after)) return localMs - after * 1000;
  return localMs - before * 1000;
}

/** Display name of a zone at an instant (`PST`, `Pacific Standard Time`), as the `z` pattern letter prints. */
export function zoneName(zone: Zone, epochMs: number, full: boolean): string {
  if (zone.fixedOffset !== null) {
    if (zone.id === 'UTC' || zone.id === 'GMT' || zone.id === 'UT') {
      if (!full) return zone.id;
      return zone.id === 'GMT' ? 'Greenwich Mean Time' : 'Coordinated Universal Time';
    }
    return zone.id;
  }
  const name = (style: 'long' | 'short') =>
    new Intl.DateTimeFormat('en-US', { timeZone: zone.id, timeZoneName: style })
      .formatToParts(new Date(epochMs))
      .find((p) => p.type === 'timeZoneName')?.value ?? zone.id;
  const long = name('long');
  if (full) return long;
  const short = name('short');
  // ICU's US-English data has abbreviations only for American zones ("GMT+2" elsewhere); java.time falls
  // back to its own names (CEST, BST, JST...).
  return /^GMT[+-]/.test(short) ? (JAVA_SHORT_NAMES[long] ?? short) : short;
}

/** java.time's short names for zones whose US-English ICU abbreviation is a bare offset, by long name. */
const JAVA_SHORT_NAMES: Record<string, string> = {
  'British Summer Time': 'BST',
  'Irish Standard Time': 'IST',
  'Central European Standard Time': 'CET',
  'Central European Summer Time': 'CEST',
  'Eastern European Standard Time': 'EET',
  'Eastern European Summer Time': 'EEST',
  'Western European Standard Time': 'WET',
  'Western European Summer Time': 'WEST',
  'Moscow Standard Time': 'MSK',
  'Japan Standard Time': 'JST',
  'Korean Standard Time': 'KST',
  'India Standard Time': 'IST',
  'China Standard Time': 'CST',
  'Hong Kong Standard Time': 'HKT',
  'Singapore Standard Time': 'SGT',
  'Australian Eastern Standard Time': 'AEST',
  'Australian Eastern Daylight Time': 'AEDT',
  'Australian Central Standard Time': 'ACST',
  'Australian Central Daylight Time': 'ACDT',
  'Australian Western Standard Time': 'AWST',
  'New Zealand Standard Time': 'NZST',
  'New Zealand Daylight Time': 'NZDT',
  'Brasilia Standard Time': 'BRT',
  'South Africa Standard Time': 'SAST',
  'Gulf Standard Time': 'GST',
  'Israel Standard Time': 'IST',
  'Israel Daylight Time': 'IDT',
};

/** Common zone abbreviations the `z` letter parses, to the region java.time maps them to. */
export const ZONE_ABBREVIATIONS: Record<string, string> = {
  PST: 'America/Los_Angeles',
  PDT: 'America/Los_Angeles',
  MST: 'America/Denver',
  MDT: 'America/Denver',
  CST: 'America/Chicago',
  CDT: 'America/Chicago',
  EST: 'America/New_York',
  EDT: 'America/New_York',
  BST: 'Europe/London',
  CET: 'Europe/Paris',
  CEST: 'Europe/Paris',
  JST: 'Asia/Tokyo',
  IST: 'Asia/Kolkata',
};
