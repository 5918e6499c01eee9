/**
 * Parsing timestamps with Java DateTimeFormatter patterns (TIMESTAMP_FORMAT), the subset ksqlDB users write:
 * yyyy/uuuu, yy, MM, M, MMM, dd, d, HH, H, hh, mm, ss, SSS (1-9 S), a, X/XX/XXX/Z/z offsets and 'quoted' text.
 */

import { parseTimestamp as javaParseTimestamp } from '../functions/support/datetime/java-time';

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

interface Token {
  kind: 'field' | 'literal';
  text: string;
}

function tokenizePattern(pattern: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out.push({ kind: 'literal', text: "'" });
        i += 2;
        continue;
      }
      out.push({ kind: 'literal', text: pattern.slice(i + 1, end < 0 ? pattern.length : end) });
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (j < pattern.length && pattern[j] === c) j++;
      out.push({ kind: 'field', text: pattern.slice(i, j) });
      i = j;
      continue;
    }
    out.push({ kind: 'literal', text: c });
    i++;
  }
  return out;
}

/** Epoch millis (UTC unless the text has an offset, or `zone` offset minutes), or null when it does not match. */
export function parseTimestampWithFormat(text: string, pattern: string, zoneOffsetMin = 0): number | null {
  if (pattern && zoneOffsetMin === 0) {
    try {
      return javaParseTimestamp(text, pattern);
    } catch {
      return null;
    }
  }
  if (!pattern) {
    const n = Date.parse(text);
    return Number.isNaN(n) ? null : n;
  }
  let year = 1970;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let millis = 0;
  let pm: boolean | undefined;
  let offset: number | undefined;
  let i = 0;
  const digits = (min: number, max: number): number | null => {
    const m = new RegExp(`^\\d{${min},${max}}`).exec(text.slice(i));
    if (!m) return null;
    i += m[0].length;
    return Number(m[0]);
  };
  for (const t of tokenizePattern(pattern)) {
    if (t.kind === 'literal') {
      if (!text.startsWith(t.text, i)) return null;
      i += t.text.length;
      continue;
    }
    const c = t.text[0];
    const n = t.text.length;
    let v: number | null = 0;
    switch (c) {
      case 'y':
      case 'u':
        v = n === 2 ? digits(2, 2) : digits(n, 9);
        if (v === null) return null;
        year = n === 2 ? 2000 + v : v;
        break;
      case 'M':
        if (n >= 3) {
          const name = text.slice(i, i + 3).toUpperCase();
          const idx = MONTHS.indexOf(name);
          if (idx < 0) return null;
          month = idx + 1;
          i += 3;
          if (n === 4) while (i < text.length && /[a-z]/i.test(text[i])) i++;
        } else {
          v = digits(n, 2);
          if (v === null) return null;
          month = v;
        }
        break;
      case 'd':
        v = digits(n, 2);
        if (v === null) return null;
        day = v;
        break;
      case 'H':
      case 'k':
        v = digits(n, 2);
        if (v === null) return null;
        hour = v;
        break;
      case 'h':
        v = digits(n, 2);
        if (v === null) return null;
        hour = v % 12;
        break;
      case 'm':
        v = digits(n, 2);
        if (v === null) return null;
        minute = v;
        break;
      case 's':
        v = digits(n, 2);
        if (v === null) return null;
        second = v;
        break;
      case 'S': {
        const m = new RegExp(`^\\d{${n}}`).exec(text.slice(i));
        if (!m) return null;
        i += n;
        millis = Math.floor(Number(`0.${m[0]}`) * 1000 + 1e-9);
        break;
      }
      case 'a': {
        const s = text.slice(i, i + 2).toUpperCase();
        if (s !== 'AM' && s !== 'PM') return null;
        pm = s === 'PM';
        i += 2;
        break;
      }
      case 'X':
      case 'Z':
      case 'x':
      case 'z':
      case 'O': {
        if (text[i] === 'Z') {
          offset = 0;
          i++;
          break;
        }
        const m = /^(?:GMT|UTC)?([+-])(\d{2}):?(\d{2})?/.exec(text.slice(i));
        if (!m) {
          const u = /^(UTC|GMT)/.exec(text.slice(i));
          if (u) {
            offset = 0;
            i += u[0].length;
            break;
          }
          return null;
        }
        offset = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
        i += m[0].length;
        break;
      }
      case 'E':
        while (i < text.length && /[a-z]/i.test(text[i])) i++;
        break;
      default:
        return null;
    }
  }
  if (i !== text.length) return null;
  if (pm !== undefined && pm) hour += 12;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  return utc - (offset ?? zoneOffsetMin) * 60000;
}
