/**
 * Parsing with a compiled DateTimeFormatter pattern the way ksqlDB's parsers do: case-insensitive, strict
 * widths (java.time's default), adjacent value parsing (`yyyyMMdd`), then java.time's SMART resolution of the
 * parsed fields into a date and/or a time.
 */
import {
  checkRange,
  DateTimeError,
  dateFieldOf,
  epochDayOf,
  type Field,
  isDateField,
  isLeapYear,
  monthLength,
  NANOS_PER_DAY,
  timeFieldOf,
} from './calendar';
import { offsetType, textBase, textsOf } from './format';
import type { Element } from './pattern';
import { parseOffsetId, type Zone, ZONE_ABBREVIATIONS, zoneOf } from './zones';

export interface ParseOptions {
  /** java.time strict widths (default) or SimpleDateFormat-like lenient digit counts. */
  lenient?: boolean;
  /** Ignore text after the pattern (SimpleDateFormat.parse(String) does); java.time rejects it. */
  allowTrailing?: boolean;
}

/** Fields after resolution: a full date and/or time when they could be built, plus whatever is left over. */
export interface Resolved {
  fields: Map<Field, number>;
  epochDay?: number;
  nanoOfDay?: number;
  zone?: Zone;
}

interface State {
  fields: Map<Field, number>;
  zone?: Zone;
}

class ParseFailure extends Error {
  constructor(readonly index: number) {
    super('parse failure');
  }
}

export function parseText(text: string, els: Element[], options: ParseOptions = {}): Resolved {
  const st: State = { fields: new Map() };
  let pos: number;
  try {
    pos = parseElements(text, 0, els, st, options);
  } catch (e) {
    if (e instanceof ParseFailure) throw new DateTimeError(`Text '${text}' could not be parsed at index ${e.index}`);
    throw e;
  }
  if (pos < text.length && !options.allowTrailing) {
    throw new DateTimeError(`Text '${text}' could not be parsed, unparsed text found at index ${pos}`);
  }
  try {
    return resolve(st);
  } catch (e) {
    if (e instanceof DateTimeError) {
      throw new DateTimeError(`Text '${text}' could not be parsed: ${e.message}`);
    }
    throw e;
  }
}

/** Width of a fixed-width numeric element that can follow a variable one without a separator. */
function fixedWidth(e: Element): number {
  if (e.kind === 'number' && e.min === e.max && e.sign === 'NOT_NEGATIVE') return e.max;
  if (e.kind === 'reduced') return e.width;
  if (e.kind === 'fraction' && e.min === e.max) return e.max;
  return 0;
}

function parseElements(text: string, start: number, els: Element[], st: State, opt: ParseOptions): number {
  let pos = start;
  for (let i = 0; i < els.length; i++) {
    const e = els[i];
    let subsequent = 0;
    if (e.kind === 'number' || e.kind === 'reduced' || e.kind === 'fraction') {
      for (let j = i + 1; j < els.length && fixedWidth(els[j]) > 0; j++) subsequent += fixedWidth(els[j]);
    }
    pos = parseElement(text, pos, e, st, opt, subsequent);
  }
  return pos;
}

function setField(st: State, field: Field, value: number, pos: number): void {
  const old = st.fields.get(field);
  if (old !== undefined && old !== value) throw new ParseFailure(pos);
  st.fields.set(field, value);
}

function countDigits(text: string, pos: number, max: number): number {
  let n = 0;
  while (n < max && pos + n < text.length && text.charCodeAt(pos + n) >= 48 && text.charCodeAt(pos + n) <= 57) n++;
  return n;
}

function parseElement(text: string, pos: number, e: Element, st: State, opt: ParseOptions, subsequent: number): number {
  switch (e.kind) {
    case 'literal': {
      const part = text.slice(pos, pos + e.text.length);
      if (part.toLowerCase() !== e.text.toLowerCase()) throw new ParseFailure(pos);
      return pos + e.text.length;
    }
    case 'number': {
      let p = pos;
      let negative = false;
      let positive = false;
      const c = text[p];
      if (c === '+' || c === '-') {
        const allowed = e.sign === 'EXCEEDS_PAD' || (c === '-' && e.sign === 'NORMAL') || opt.lenient;
        if (!allowed) throw new ParseFailure(pos);
        negative = c === '-';
        positive = c === '+';
        p++;
      }
      const min = opt.lenient ? 1 : e.min;
      const available = countDigits(text, p, e.max + subsequent);
      const take = subsequent > 0 ? Math.max(min, available - subsequent) : available;
      if (available < min || take > available) throw new ParseFailure(p);
      if (e.sign === 'EXCEEDS_PAD' && !opt.lenient) {
        if ((negative || positive) && take <= e.min) throw new ParseFailure(pos);
        if (!negative && !positive && take > e.min) throw new ParseFailure(pos);
      }
      const v = Number(text.slice(p, p + take));
      setField(st, e.field, negative ? -v : v, pos);
      return p + take;
    }
    case 'reduced': {
      const min = opt.lenient ? 1 : e.width;
      const available = countDigits(text, pos, e.width + subsequent);
      const take = subsequent > 0 ? Math.max(min, available - subsequent) : available;
      if (available < min || take > available) throw new ParseFailure(pos);
      let v = Number(text.slice(pos, pos + take));
      if (take === e.width) {
        const range = 10 ** e.width;
        v += e.base - (e.base % range);
        if (v < e.base) v += range;
      }
      setField(st, e.field, v, pos);
      return pos + take;
    }
    case 'fraction': {
      const min = opt.lenient ? 1 : e.min;
      const available = countDigits(text, pos, e.max + subsequent);
      const take = subsequent > 0 ? Math.max(min, available - subsequent) : available;
      if (available < min || take > available) throw new ParseFailure(pos);
      setField(st, 'NanoOfSecond', Number(text.slice(pos, pos + take).padEnd(9, '0')), pos);
      return pos + take;
    }
    case 'text': {
      const texts = textsOf(e.field, e.style);
      if (!texts)
        return parseElement(text, pos, { kind: 'number', field: e.field, min: 1, max: 19, sign: 'NORMAL' }, st, opt, 0);
      let best = -1;
      for (let i = 0; i < texts.length; i++) {
        const t = texts[i];
        if (
          text.slice(pos, pos + t.length).toLowerCase() === t.toLowerCase() &&
          (best < 0 || t.length > texts[best].length)
        ) {
          best = i;
        }
      }
      if (best < 0) throw new ParseFailure(pos);
      setField(st, e.field, best + textBase(e.field), pos);
      return pos + texts[best].length;
    }
    case 'offset': {
      const { secs, end } = parseOffset(text, pos, e.pattern, e.noOffset);
      setZone(st, zoneOf(secs === 0 ? 'Z' : offsetString(secs)), pos);
      return end;
    }
    case 'localizedOffset': {
      if (text.slice(pos, pos + 3).toUpperCase() !== 'GMT') throw new ParseFailure(pos);
      const m = /^([+-])(\d{1,2})(?::(\d{2})(?::(\d{2}))?)?/.exec(text.slice(pos + 3));
      if (!m) {
        setZone(st, zoneOf('Z'), pos);
        return pos + 3;
      }
      const secs = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
      setZone(st, zoneOf(offsetString(m[1] === '-' ? -secs : secs)), pos);
      return pos + 3 + m[0].length;
    }
    case 'zoneId':
    case 'zoneText': {
      const rest = text.slice(pos);
      if (e.kind === 'zoneText') {
        const abbr = /^[A-Za-z]+/.exec(rest)?.[0].toUpperCase();
        if (abbr && ZONE_ABBREVIATIONS[abbr]) {
          setZone(st, zoneOf(ZONE_ABBREVIATIONS[abbr]), pos);
          return pos + abbr.length;
        }
      }
      const m =
        /^(?:UTC|GMT|UT)[+-]\d{1,2}(?::?\d{2}(?::?\d{2})?)?/.exec(rest) ??
        /^[+-]\d{1,2}(?::?\d{2}(?::?\d{2})?)?/.exec(rest) ??
        /^[A-Za-z][A-Za-z0-9~/._+-]*/.exec(rest);
      if (!m) throw new ParseFailure(pos);
      try {
        setZone(st, zoneOf(m[0]), pos);
      } catch (err) {
        if (err instanceof DateTimeError) throw new ParseFailure(pos);
        throw err;
      }
      return pos + m[0].length;
    }
    case 'optional': {
      const saved: State = { fields: new Map(st.fields), zone: st.zone };
      try {
        return parseElements(text, pos, e.elements, st, opt);
      } catch (err) {
        if (!(err instanceof ParseFailure)) throw err;
        st.fields = saved.fields;
        st.zone = saved.zone;
        return pos;
      }
    }
  }
}

function setZone(st: State, zone: Zone, pos: number): void {
  if (st.zone && st.zone.id !== zone.id) throw new ParseFailure(pos);
  st.zone = zone;
}

function offsetString(secs: number): string {
  const abs = Math.abs(secs);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${secs < 0 ? '-' : '+'}${two(Math.floor(abs / 3600))}:${two(Math.floor(abs / 60) % 60)}:${two(abs % 60)}`;
}

function parseOffset(text: string, pos: number, pattern: string, noOffset: string): { secs: number; end: number } {
  if (text.slice(pos, pos + noOffset.length).toLowerCase() === noOffset.toLowerCase()) {
    return { secs: 0, end: pos + noOffset.length };
  }
  const sign = text[pos];
  if (sign !== '+' && sign !== '-') throw new ParseFailure(pos);
  const type = offsetType(pattern);
  const colon = type % 2 === 0 ? ':' : '';
  let p = pos + 1;
  const two = (required: boolean): number | null => {
    const start = p;
    if (colon && start !== pos + 1) {
      if (text[p] !== ':') {
        if (required) throw new ParseFailure(p);
        return null;
      }
      p++;
    }
    if (countDigits(text, p, 2) !== 2) {
      if (required) throw new ParseFailure(p);
      p = start;
      return null;
    }
    p += 2;
    return Number(text.slice(p - 2, p));
  };
  const h = two(true)!;
  let m = 0;
  let s = 0;
  if (type >= 1) {
    const mm = two(type >= 3);
    if (mm !== null) {
      m = mm;
      if (type >= 5) s = two(type >= 7) ?? 0;
    }
  }
  if (h > 18 || m > 59 || s > 59) throw new ParseFailure(pos);
  const secs = h * 3600 + m * 60 + s;
  parseOffsetId(offsetString(sign === '-' ? -secs : secs));
  return { secs: sign === '-' ? -secs : secs, end: p };
}

/** java.time's SMART resolver, for the ISO fields Brook parses. */
export function resolve(st: State): Resolved {
  const f = new Map(st.fields);
  for (const [field, v] of f) checkRange(field, v);
  const out: Resolved = { fields: f, zone: st.zone };
  const move = (from: Field, to: Field, value: number) => {
    f.delete(from);
    const old = f.get(to);
    if (old !== undefined && old !== value) {
      throw new DateTimeError(`Conflict found: ${to} ${old} differs from ${to} ${value} derived from ${from}`);
    }
    f.set(to, value);
  };
  // Dates
  const yoe = f.get('YearOfEra');
  if (yoe !== undefined) {
    const era = f.get('Era');
    move('YearOfEra', 'Year', era === 0 ? 1 - yoe : yoe);
  }
  const year = f.get('Year');
  const month = f.get('MonthOfYear');
  const dom = f.get('DayOfMonth');
  const doy = f.get('DayOfYear');
  if (year !== undefined && month !== undefined && dom !== undefined) {
    out.epochDay = epochDayOf(year, month, Math.min(dom, monthLength(year, month)));
    for (const k of ['Year', 'MonthOfYear', 'DayOfMonth'] as Field[]) f.delete(k);
  } else if (year !== undefined && doy !== undefined) {
    if (doy === 366 && !isLeapYear(year))
      throw new DateTimeError(`Invalid date 'DayOfYear 366' as '${year}' is not a leap year`);
    out.epochDay = epochDayOf(year, 1, 1) + doy - 1;
    f.delete('Year');
    f.delete('DayOfYear');
  }
  if (out.epochDay !== undefined) {
    for (const [field, v] of [...f]) {
      if (!isDateField(field)) continue;
      const actual = dateFieldOf(out.epochDay, field);
      if (actual !== v) throw new DateTimeError(`Conflict found: Field ${field} ${actual} differs from ${field} ${v}`);
      f.delete(field);
    }
  }
  // Times
  const ch = f.get('ClockHourOfDay');
  if (ch !== undefined) move('ClockHourOfDay', 'HourOfDay', ch === 24 ? 0 : ch);
  const cha = f.get('ClockHourOfAmPm');
  if (cha !== undefined) move('ClockHourOfAmPm', 'HourOfAmPm', cha === 12 ? 0 : cha);
  const ampm = f.get('AmPmOfDay');
  const hoa = f.get('HourOfAmPm');
  if (ampm !== undefined && hoa !== undefined) {
    f.delete('AmPmOfDay');
    move('HourOfAmPm', 'HourOfDay', ampm * 12 + hoa);
  }
  const nod = f.get('NanoOfDay');
  if (nod !== undefined) {
    f.delete('NanoOfDay');
    for (const k of ['HourOfDay', 'MinuteOfHour', 'SecondOfMinute', 'NanoOfSecond'] as Field[]) {
      move('NanoOfDay', k, timeFieldOf(nod, k));
    }
  }
  const mod = f.get('MilliOfDay');
  if (mod !== undefined) {
    f.delete('MilliOfDay');
    const n = mod * 1_000_000;
    for (const k of ['HourOfDay', 'MinuteOfHour', 'SecondOfMinute'] as Field[])
      move('MilliOfDay', k, timeFieldOf(n, k));
    const nos = f.get('NanoOfSecond');
    if (nos === undefined || Math.floor(nos / 1_000_000) !== mod % 1000)
      move('MilliOfDay', 'NanoOfSecond', (mod % 1000) * 1_000_000);
  }
  const hod = f.get('HourOfDay');
  if (hod !== undefined) {
    const moh = f.get('MinuteOfHour');
    const som = f.get('SecondOfMinute');
    const nos = f.get('NanoOfSecond');
    const invalid =
      (moh === undefined && (som !== undefined || nos !== undefined)) ||
      (moh !== undefined && som === undefined && nos !== undefined);
    if (!invalid) {
      out.nanoOfDay = ((hod * 60 + (moh ?? 0)) * 60 + (som ?? 0)) * 1_000_000_000 + (nos ?? 0);
      for (const k of ['HourOfDay', 'MinuteOfHour', 'SecondOfMinute', 'NanoOfSecond'] as Field[]) f.delete(k);
      for (const [field, v] of [...f]) {
        if (isDateField(field)) continue;
        const actual = timeFieldOf(out.nanoOfDay, field);
        if (actual !== v)
          throw new DateTimeError(`Conflict found: Field ${field} ${actual} differs from ${field} ${v}`);
        f.delete(field);
      }
    }
  }
  return out;
}

/** Whether a date-based field is available in the resolved value (java's TemporalAccessor.isSupported). */
export function hasDateField(r: Resolved): boolean {
  return r.epochDay !== undefined || [...r.fields.keys()].some(isDateField);
}

/**
 * ksqlDB's StringToTimestampParser: starts from 1970-01-01T00:00 in the parsed zone (else `zone`) and
 * overrides it with every parsed field, largest unit first. Returns the local date and nano-of-day.
 */
export function applyToEpoch(r: Resolved): { epochDay: number; nanoOfDay: number } {
  let epochDay = r.epochDay ?? 0;
  let nano = r.nanoOfDay ?? 0;
  const f = r.fields;
  if (r.epochDay === undefined) {
    let { year, month, day } = { year: 1970, month: 1, day: 1 };
    const y = f.get('Year');
    const doy = f.get('DayOfYear');
    if (y !== undefined) year = y;
    else if (doy === 366) throw new DateTimeError('Leap day cannot be parsed without supplying the year field');
    const mo = f.get('MonthOfYear');
    if (mo !== undefined) {
      month = mo;
      day = Math.min(day, monthLength(year, month));
    }
    epochDay = epochDayOf(year, month, day);
    const dow = f.get('DayOfWeek');
    if (dow !== undefined) epochDay += dow - dateFieldOf(epochDay, 'DayOfWeek');
    const dom = f.get('DayOfMonth');
    if (dom !== undefined) {
      const c = { year: dateFieldOf(epochDay, 'Year'), month: dateFieldOf(epochDay, 'MonthOfYear') };
      if (dom > monthLength(c.year, c.month)) throw new DateTimeError(`Invalid date: day ${dom} of month ${c.month}`);
      epochDay = epochDayOf(c.year, c.month, dom);
    }
    if (doy !== undefined) epochDay = epochDayOf(dateFieldOf(epochDay, 'Year'), 1, 1) + doy - 1;
  }
  if (r.nanoOfDay === undefined) {
    const hourNanos = 3_600_000_000_000;
    const hour = () => Math.floor(nano / hourNanos);
    const ampm = f.get('AmPmOfDay');
    if (ampm !== undefined) nano += (ampm - Math.floor(hour() / 12)) * 12 * hourNanos;
    const hoa = f.get('HourOfAmPm');
    if (hoa !== undefined) nano += (hoa - (hour() % 12)) * hourNanos;
    const hod = f.get('HourOfDay');
    if (hod !== undefined) nano += (hod - hour()) * hourNanos;
    const min = f.get('MinuteOfHour');
    if (min !== undefined) nano += (min - timeFieldOf(nano, 'MinuteOfHour')) * 60_000_000_000;
    const sec = f.get('SecondOfMinute');
    if (sec !== undefined) nano += (sec - timeFieldOf(nano, 'SecondOfMinute')) * 1_000_000_000;
    const nos = f.get('NanoOfSecond');
    if (nos !== undefined) nano += nos - timeFieldOf(nano, 'NanoOfSecond');
    nano = ((nano % NANOS_PER_DAY) + NANOS_PER_DAY) % NANOS_PER_DAY;
  }
  return { epochDay, nanoOfDay: nano };
}
