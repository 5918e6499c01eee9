/**
 * Printing with a compiled DateTimeFormatter pattern, as java.time formats a LocalDate, a LocalTime or a
 * ZonedDateTime (US English texts). Asking for a field the value lacks (hours of a DATE) throws, like Java's
 * UnsupportedTemporalTypeException.
 */
import {
  DateTimeError,
  DAYS_FULL,
  dateFieldOf,
  type Field,
  floorDiv,
  isDateField,
  MILLIS_PER_DAY,
  MONTHS_FULL,
  NANOS_PER_MILLI,
  timeFieldOf,
} from './calendar';
import type { Element, TextStyle } from './pattern';
import { offsetAt, offsetId, type Zone, zoneName } from './zones';

/** A value to print: a local date, a local time, or both with the zone they are seen in. */
export interface Temporal {
  epochDay?: number;
  nanoOfDay?: number;
  /** Offset (seconds) and zone of a zoned date-time; `epochMs` is its instant. */
  offsetSeconds?: number;
  zone?: Zone;
  epochMs?: number;
}

/** A TIMESTAMP (epoch millis) seen in a zone. */
export function zoned(epochMs: number, zone: Zone): Temporal {
  const offsetSeconds = offsetAt(zone, epochMs);
  const local = epochMs + offsetSeconds * 1000;
  const epochDay = floorDiv(local, MILLIS_PER_DAY);
  const nanoOfDay = (local - epochDay * MILLIS_PER_DAY) * NANOS_PER_MILLI;
  return { epochDay, nanoOfDay, offsetSeconds, zone, epochMs };
}

export function fieldValue(t: Temporal, field: Field): number {
  if (isDateField(field)) {
    if (t.epochDay === undefined) throw new DateTimeError(`Unsupported field: ${field}`);
    return dateFieldOf(t.epochDay, field);
  }
  if (t.nanoOfDay === undefined) throw new DateTimeError(`Unsupported field: ${field}`);
  return timeFieldOf(t.nanoOfDay, field);
}

export function textsOf(field: Field, style: TextStyle): string[] | null {
  const cut = (names: string[]) =>
    style === 'FULL' ? names : style === 'SHORT' ? names.map((n) => n.slice(0, 3)) : names.map((n) => n[0]);
  switch (field) {
    case 'MonthOfYear':
      return cut(MONTHS_FULL);
    case 'DayOfWeek':
      return cut(DAYS_FULL);
    case 'AmPmOfDay':
      return style === 'NARROW' ? ['a', 'p'] : ['AM', 'PM'];
    case 'Era':
      return style === 'FULL' ? ['Before Christ', 'Anno Domini'] : style === 'SHORT' ? ['BC', 'AD'] : ['B', 'A'];
    case 'QuarterOfYear':
      return style === 'FULL'
        ? ['1st quarter', '2nd quarter', '3rd quarter', '4th quarter']
        : style === 'SHORT'
          ? ['Q1', 'Q2', 'Q3', 'Q4']
          : ['1', '2', '3', '4'];
    default:
      return null;
  }
}

/** The lowest value of a field with texts (index 0 of `textsOf`). */
export function textBase(field: Field): number {
  return field === 'AmPmOfDay' || field === 'Era' ? 0 : 1;
}

export function formatElements(t: Temporal, els: Element[]): string {
  let out = '';
  for (const e of els) out += formatElement(t, e);
  return out;
}

function formatElement(t: Temporal, e: Element): string {
  switch (e.kind) {
    case 'literal':
      return e.text;
    case 'number':
      return formatNumber(e.field, fieldValue(t, e.field), e.min, e.max, e.sign);
    case 'reduced': {
      const v = Math.abs(fieldValue(t, e.field)) % 10 ** e.width;
      return String(v).padStart(e.width, '0');
    }
    case 'fraction': {
      const nano = fieldValue(t, 'NanoOfSecond');
      return String(nano).padStart(9, '0').padEnd(e.max, '0').slice(0, e.max);
    }
    case 'text': {
      const v = fieldValue(t, e.field);
      const texts = textsOf(e.field, e.style);
      return texts ? texts[v - textBase(e.field)] : String(v);
    }
    case 'offset':
      return formatOffset(requireOffset(t), e.pattern, e.noOffset);
    case 'localizedOffset':
      return formatLocalizedOffset(requireOffset(t), e.full);
    case 'zoneId':
      if (t.zone) return t.zone.id;
      return offsetId(requireOffset(t));
    case 'zoneText':
      if (!t.zone || t.epochMs === undefined) throw new DateTimeError('Unable to extract ZoneId from temporal');
      return zoneName(t.zone, t.epochMs, e.full);
    case 'optional':
      try {
        return formatElements(t, e.elements);
      } catch (err) {
        if (err instanceof DateTimeError) return '';
        throw err;
      }
  }
}

function requireOffset(t: Temporal): number {
  if (t.offsetSeconds === undefined) throw new DateTimeError('Unsupported field: OffsetSeconds');
  return t.offsetSeconds;
}

function formatNumber(field: Field, value: number, min: number, max: number, sign: string): string {
  const digits = String(Math.abs(value));
  if (digits.length > max) {
    throw new DateTimeError(
      `Field ${field} cannot be printed as the value ${value} exceeds the maximum print width of ${max}`,
    );
  }
  let prefix = '';
  if (value >= 0) {
    if (sign === 'EXCEEDS_PAD' && min < 19 && value >= 10 ** min) prefix = '+';
  } else if (sign === 'NOT_NEGATIVE') {
    throw new DateTimeError(
      `Field ${field} cannot be printed as the value ${value} cannot be negative according to the SignStyle`,
    );
  } else {
    prefix = '-';
  }
  return prefix + digits.padStart(min, '0');
}

const OFFSET_TYPES = ['+HH', '+HHmm', '+HH:mm', '+HHMM', '+HH:MM', '+HHMMss', '+HH:MM:ss', '+HHMMSS', '+HH:MM:SS'];

export function offsetType(pattern: string): number {
  return OFFSET_TYPES.indexOf(pattern);
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function formatOffset(secs: number, pattern: string, noOffset: string): string {
  if (secs === 0) return noOffset;
  const type = offsetType(pattern);
  const abs = Math.abs(secs);
  const h = Math.floor(abs / 3600);
  const m = Math.floor(abs / 60) % 60;
  const s = abs % 60;
  const colon = type % 2 === 0 ? ':' : '';
  let out = (secs < 0 ? '-' : '+') + two(h);
  if (type >= 3 || (type >= 1 && m > 0)) {
    out += colon + two(m);
    if (type >= 7 || (type >= 5 && s > 0)) out += colon + two(s);
  }
  return out;
}

function formatLocalizedOffset(secs: number, full: boolean): string {
  if (secs === 0) return 'GMT';
  const abs = Math.abs(secs);
  const h = Math.floor(abs / 3600);
  const m = Math.floor(abs / 60) % 60;
  const s = abs % 60;
  let out = `GMT${secs < 0 ? '-' : '+'}`;
  if (full) {
    out += `${two(h)}:${two(m)}`;
    if (s) out += `:${two(s)}`;
  } else {
    out += String(h);
    if (m || s) {
      out += `:${two(m)}`;
      if (s) out += `:${two(s)}`;
    }
  }
  return out;
}
