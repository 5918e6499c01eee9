/**
 * String functions (ksqlDB's udf/string): case, trimming, padding, substrings, search, splitting, masking,
 * CHR, ELT/FIELD, CONCAT, MD5, UUID. Regular-expression functions are in `regexp.ts`, byte conversions in
 * `bytes.ts`.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { ScalarFunction } from './registry';

/** Java's Character.isWhitespace-free String.trim: strips every char <= U+0020 at both ends. */
function javaTrim(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) <= 32) start++;
  while (end > start && s.charCodeAt(end - 1) <= 32) end--;
  return s.slice(start, end);
}

function startIndex(length: number, pos: number): number {
  return pos < 0 ? Math.max(length + pos, 0) : Math.max(Math.min(pos - 1, length), 0);
}

function endIndex(length: number, start: number, len: number): number {
  return Math.max(Math.min(start + len, length), start);
}

function substring(s: string, pos: number, len?: number): string {
  const start = startIndex(s.length, pos);
  return len === undefined ? s.slice(start) : s.slice(start, endIndex(s.length, start, len));
}

function subBytes(b: Buffer, pos: number, len?: number): Buffer {
  const start = startIndex(b.length, pos);
  return Buffer.from(len === undefined ? b.subarray(start) : b.subarray(start, endIndex(b.length, start, len)));
}

function pad(left: boolean) {
  return (input: string | null, len: number | null, padding: string | null): string | null => {
    if (input === null || padding === null || padding === '' || len === null || len < 0) return null;
    const need = Math.max(len - input.length, 0);
    const fill = padding.repeat(Math.ceil(need / padding.length)).slice(0, need);
    return (left ? fill + input : input + fill).slice(0, len);
  };
}

function padBytes(left: boolean) {
  return (input: Buffer | null, len: number | null, padding: Buffer | null): Buffer | null => {
    if (input === null || padding === null || padding.length === 0 || len === null || len < 0) return null;
    if (input.length >= len) return Buffer.from(input.subarray(0, len));
    const out = Buffer.alloc(len);
    const need = len - input.length;
    for (let i = 0; i < need; i++) out[left ? i : input.length + i] = padding[i % padding.length];
    input.copy(out, left ? need : 0);
    return out;
  };
}

/** Java String.indexOf-based ordinalIndexOf (commons-lang): index of the n-th occurrence, or -1. */
function ordinalIndexOf(s: string, sub: string, n: number): number {
  if (n <= 0) return -1;
  let found = 0;
  let index = -1;
  do {
    index = s.indexOf(sub, index + 1);
    if (index < 0) return index;
    found++;
  } while (found < n);
  return index;
}

function reverse(s: string): string {
  return [...s].reverse().join('');
}

function instr(str: string | null, sub: string | null, position = 1, occurrence = 1): number {
  if (str === null || sub === null) return 0;
  if (position === null || occurrence === null) throw new Error('INSTR position and occurrence must not be null');
  if (Math.abs(position) > str.length) return 0;
  const find = (s: string, t: string, p: number, reversed: boolean) => {
    const i = ordinalIndexOf(s.slice(Math.max(p - 1, 0)), t, occurrence);
    if (i === -1) return 0;
    return reversed ? s.length - p - i - t.length + 2 : i + p;
  };
  if (position < 0) return find(reverse(str), reverse(sub), -position, true);
  return find(str, sub, position, false);
}

/** Java's Character.getType classes used by MASK. */
function maskClass(c: string): 'upper' | 'lower' | 'digit' | 'other' {
  if (/^\p{Lu}$/u.test(c)) return 'upper';
  if (/^\p{Ll}$/u.test(c)) return 'lower';
  if (/^\p{Nd}$/u.test(c)) return 'digit';
  return 'other';
}

interface Masks {
  upper: string | null;
  lower: string | null;
  digit: string | null;
  other: string | null;
}

const DEFAULT_MASKS: Masks = { upper: 'X', lower: 'x', digit: 'n', other: '-' };

function maskChar(m: string | null): string | null {
  if (m === null) return null;
  if ([...m].length !== 1) throw new Error(`Invalid mask character. Must be only single character, but was '${m}'`);
  return m;
}

function masksOf(upper: string | null, lower: string | null, digit: string | null, other: string | null): Masks {
  return { upper: maskChar(upper), lower: maskChar(lower), digit: maskChar(digit), other: maskChar(other) };
}

function mask(input: string, masks: Masks): string {
  let out = '';
  for (const c of input) out += masks[maskClass(c)] ?? c;
  return out;
}

type Masking = (input: string, n: number, masks: Masks) => string;

function checkChars(name: string, n: number): void {
  if (n < 0) throw new Error(`function ${name} requires a non-negative number of characters to mask or skip`);
}

const maskings: Record<string, Masking> = {
  MASK_LEFT: (s, n, m) => {
    const k = Math.min(n, s.length);
    return mask(s.slice(0, k), m) + s.slice(k);
  },
  MASK_RIGHT: (s, n, m) => {
    const k = Math.max(s.length - n, 0);
    return s.slice(0, k) + mask(s.slice(k), m);
  },
  MASK_KEEP_LEFT: (s, n, m) => {
    const k = Math.min(n, s.length);
    return s.slice(0, k) + mask(s.slice(k), m);
  },
  MASK_KEEP_RIGHT: (s, n, m) => {
    const k = Math.max(s.length - n, 0);
    return mask(s.slice(0, k), m) + s.slice(k);
  },
};

function partialMask(name: string): ScalarFunction {
  const fn = maskings[name];
  const run = (s: string | null, n: number | null, m: Masks) => {
    if (n === null) throw new Error(`function ${name.toLowerCase()} requires a number of characters`);
    checkChars(name.toLowerCase(), n);
    return s === null ? null : fn(s, n, m);
  };
  return {
    name,
    overloads: [
      { params: ['STRING', 'INT'], returns: 'STRING', nulls: 'pass', impl: (s, n) => run(s, n, DEFAULT_MASKS) },
      {
        params: ['STRING', 'INT', 'STRING', 'STRING', 'STRING', 'STRING'],
        returns: 'STRING',
        nulls: 'pass',
        impl: (s, n, u, l, d, o) => run(s, n, masksOf(u, l, d, o)),
      },
    ],
  };
}

/** Java's StringEscapeUtils.unescapeJava for the `\uXXXX` strings CHR accepts. */
function unescapeJava(s: string): string {
  if (/\\u+(?![0-9a-fA-F]{4})/.test(s)) throw new Error(`Unable to parse unicode value: ${s}`);
  return s.replace(/\\u+([0-9a-fA-F]{4})|\\([0-7]{1,3})|\\([btnfr"'\\])/g, (_m, hex, oct, esc) => {
    if (hex) return String.fromCharCode(Number.parseInt(hex, 16));
    if (oct) return String.fromCharCode(Number.parseInt(oct, 8));
    return ({ b: '\b', t: '\t', n: '\n', f: '\f', r: '\r' } as Record<string, string>)[esc] ?? esc;
  });
}

function initcap(s: string): string {
  return s.toLowerCase().replace(/[^ \t\n\v\f\r]+[ \t\n\v\f\r]*/g, (part) => {
    const first = String.fromCodePoint(part.codePointAt(0)!);
    return first.toUpperCase() + part.slice(first.length);
  });
}

/** Guava Splitter.on(delimiter).splitToList: every delimiter splits, empty pieces kept. */
function splitOn(s: string, delimiter: string): string[] {
  return s.split(delimiter);
}

function splitBytes(b: Buffer, delim: Buffer): Buffer[] {
  if (b.length === 0) return [Buffer.alloc(0)];
  if (delim.length === 0) return [...b].map((x) => Buffer.from([x]));
  const out: Buffer[] = [];
  let offset = 0;
  for (let i = b.indexOf(delim, offset); i !== -1; i = b.indexOf(delim, offset)) {
    out.push(Buffer.from(b.subarray(offset, i)));
    offset = i + delim.length;
  }
  out.push(Buffer.from(b.subarray(offset)));
  return out;
}

function concatWs(sep: string | null, ...parts: (string | null)[]): string | null {
  if (sep === null) return null;
  return parts.filter((p) => p !== null).join(sep);
}

function concatWsBytes(sep: Buffer | null, ...parts: (Buffer | null)[]): Buffer | null {
  if (sep === null) return null;
  const kept = parts.filter((p): p is Buffer => p !== null);
  const pieces: Buffer[] = [];
  kept.forEach((p, i) => {
    if (i > 0) pieces.push(sep);
    pieces.push(p);
  });
  return Buffer.concat(pieces);
}

export const scalars: ScalarFunction[] = [
  {
    name: 'UCASE',
    description: 'Converts a string to upper case.',
    overloads: [{ params: ['STRING'], returns: 'STRING', impl: (s: string) => s.toUpperCase() }],
  },
  {
    name: 'LCASE',
    description: 'Converts a string to lower case.',
    overloads: [{ params: ['STRING'], returns: 'STRING', impl: (s: string) => s.toLowerCase() }],
  },
  {
    name: 'TRIM',
    description: 'Removes whitespace (and control characters) from both ends of a string.',
    overloads: [{ params: ['STRING'], returns: 'STRING', impl: javaTrim }],
  },
  {
    name: 'LEN',
    description: 'The length of a string, or the number of bytes of a BYTES value.',
    overloads: [
      { params: ['STRING'], returns: 'INT', impl: (s: string) => s.length },
      { params: ['BYTES'], returns: 'INT', impl: (b: Buffer) => b.length },
    ],
  },
  {
    name: 'INITCAP',
    description: 'Capitalizes the first letter of each whitespace-delimited word, lower-casing the rest.',
    overloads: [{ params: ['STRING'], returns: 'STRING', impl: initcap }],
  },
  {
    name: 'SUBSTRING',
    description: 'The part of a string or bytes from a 1-based position (negative counts from the end).',
    overloads: [
      { params: ['STRING', 'INT'], returns: 'STRING', impl: (s: string, p: number) => substring(s, p) },
      {
        params: ['STRING', 'INT', 'INT'],
        returns: 'STRING',
        impl: (s: string, p: number, l: number) => substring(s, p, l),
      },
      { params: ['BYTES', 'INT'], returns: 'BYTES', impl: (b: Buffer, p: number) => subBytes(b, p) },
      {
        params: ['BYTES', 'INT', 'INT'],
        returns: 'BYTES',
        impl: (b: Buffer, p: number, l: number) => subBytes(b, p, l),
      },
    ],
  },
  {
    name: 'LPAD',
    description: 'Pads a string or bytes on the left to a length (truncating longer input).',
    overloads: [
      { params: ['STRING', 'INT', 'STRING'], returns: 'STRING', nulls: 'pass', impl: pad(true) },
      { params: ['BYTES', 'INT', 'BYTES'], returns: 'BYTES', nulls: 'pass', impl: padBytes(true) },
    ],
  },
  {
    name: 'RPAD',
    description: 'Pads a string or bytes on the right to a length (truncating longer input).',
    overloads: [
      { params: ['STRING', 'INT', 'STRING'], returns: 'STRING', nulls: 'pass', impl: pad(false) },
      { params: ['BYTES', 'INT', 'BYTES'], returns: 'BYTES', nulls: 'pass', impl: padBytes(false) },
    ],
  },
  {
    name: 'REPLACE',
    description: 'Replaces every occurrence of a substring.',
    overloads: [
      {
        params: ['STRING', 'STRING', 'STRING'],
        returns: 'STRING',
        impl: (s: string, from: string, to: string) => (from === '' ? javaReplaceEmpty(s, to) : s.split(from).join(to)),
      },
    ],
  },
  {
    name: 'INSTR',
    description: 'The 1-based position of a substring (from a position, n-th occurrence), 0 when absent.',
    overloads: [
      { params: ['STRING', 'STRING'], returns: 'INT', nulls: 'pass', impl: (s, t) => instr(s, t) },
      { params: ['STRING', 'STRING', 'INT'], returns: 'INT', nulls: 'pass', impl: (s, t, p) => instr(s, t, p) },
      {
        params: ['STRING', 'STRING', 'INT', 'INT'],
        returns: 'INT',
        nulls: 'pass',
        impl: (s, t, p, o) => instr(s, t, p, o),
      },
    ],
  },
  {
    name: 'CONCAT',
    description: 'Concatenates strings or bytes; NULL inputs are skipped.',
    overloads: [
      {
        params: ['...STRING'],
        returns: 'STRING',
        nulls: 'pass',
        impl: (...xs: (string | null)[]) => xs.filter((x) => x !== null).join(''),
      },
      {
        params: ['...BYTES'],
        returns: 'BYTES',
        nulls: 'pass',
        impl: (...xs: (Buffer | null)[]) => Buffer.concat(xs.filter((x): x is Buffer => x !== null)),
      },
    ],
  },
  {
    name: 'CONCAT_WS',
    description: 'Concatenates strings or bytes with a separator, skipping NULLs; NULL separator gives NULL.',
    overloads: [
      { params: ['STRING', 'STRING', '...STRING'], returns: 'STRING', nulls: 'pass', impl: concatWs },
      { params: ['BYTES', 'BYTES', '...BYTES'], returns: 'BYTES', nulls: 'pass', impl: concatWsBytes },
    ],
  },
  {
    name: 'SPLIT',
    description: 'Splits a string or bytes on a delimiter (empty delimiter: every character).',
    overloads: [
      {
        params: ['STRING', 'STRING'],
        returns: 'ARRAY<STRING>',
        impl: (s: string, d: string) => (d === '' ? (s === '' ? [''] : s.split('')) : splitOn(s, d)),
      },
      { params: ['BYTES', 'BYTES'], returns: 'ARRAY<BYTES>', impl: splitBytes },
    ],
  },
  {
    name: 'SPLIT_TO_MAP',
    description: 'Splits "k1=v1;k2=v2" style text into a map; the last value of a repeated key wins.',
    overloads: [
      {
        params: ['STRING', 'STRING', 'STRING'],
        returns: 'MAP<STRING, STRING>',
        impl: (s: string, entry: string, kv: string) => {
          if (entry === '' || kv === '' || entry === kv) return null;
          const out = new Map<string, string>();
          for (const e of s.split(entry)) {
            if (e === '' || !e.includes(kv)) continue;
            const parts = e.split(kv);
            out.set(parts[0], parts[1]);
          }
          return out;
        },
      },
    ],
  },
  { ...partialMask('MASK_LEFT'), description: 'Masks the first n characters.' },
  { ...partialMask('MASK_RIGHT'), description: 'Masks the last n characters.' },
  { ...partialMask('MASK_KEEP_LEFT'), description: 'Masks all but the first n characters.' },
  { ...partialMask('MASK_KEEP_RIGHT'), description: 'Masks all but the last n characters.' },
  {
    name: 'MASK',
    description: 'Masks upper-case, lower-case, digit and other characters (X, x, n, - by default).',
    overloads: [
      { params: ['STRING'], returns: 'STRING', impl: (s: string) => mask(s, DEFAULT_MASKS) },
      {
        params: ['STRING', 'STRING', 'STRING', 'STRING', 'STRING'],
        returns: 'STRING',
        nulls: 'pass',
        impl: (s, u, l, d, o) => {
          const m = masksOf(u, l, d, o);
          return s === null ? null : mask(s, m);
        },
      },
    ],
  },
  {
    name: 'CHR',
    description: 'The character of a Unicode code point, given as a number or as a "\\uXXXX" string.',
    overloads: [
      {
        params: ['INT'],
        returns: 'STRING',
        impl: (n: number) => (n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : null),
      },
      {
        params: ['STRING'],
        returns: 'STRING',
        impl: (s: string) => (s.length < 6 || !s.startsWith('\\u') ? null : unescapeJava(s)),
      },
    ],
  },
  {
    name: 'ELT',
    description: 'The n-th (1-based) of the string arguments, NULL when out of range.',
    overloads: [
      {
        params: ['INT', '...STRING'],
        returns: 'STRING',
        nulls: 'pass',
        impl: (n: number | null, ...args: (string | null)[]) => {
          if (n === null) throw new Error('ELT index must not be null');
          return n < 1 || n > args.length ? null : args[n - 1];
        },
      },
    ],
  },
  {
    name: 'FIELD',
    description: 'The 1-based position of a string among the arguments, 0 when absent or NULL.',
    overloads: [
      {
        params: ['STRING', '...STRING'],
        returns: 'INT',
        nulls: 'pass',
        impl: (s: string | null, ...args: (string | null)[]) => (s === null ? 0 : args.indexOf(s) + 1),
      },
    ],
  },
  {
    name: 'MD5',
    description: 'The hex MD5 digest of a string (UTF-8).',
    overloads: [
      { params: ['STRING'], returns: 'STRING', impl: (s: string) => createHash('md5').update(s, 'utf8').digest('hex') },
    ],
  },
  {
    name: 'UUID',
    description: 'A random (version 4) UUID, or the UUID of 16 bytes.',
    overloads: [
      { params: [], returns: 'STRING', impl: () => randomUUID() },
      {
        params: ['BYTES'],
        returns: 'STRING',
        impl: (b: Buffer) => {
          if (b.length !== 16) return null;
          const h = b.toString('hex');
          return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
        },
      },
    ],
  },
];

/** Java's String.replace("", x) inserts x between every char and at both ends. */
function javaReplaceEmpty(s: string, to: string): string {
  return to + s.split('').join(to) + (s.length ? to : '');
}
