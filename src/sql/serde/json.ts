/**
 * JSON text <-> JS values without losing int64 or decimal precision: numbers parse to `JsonNumber` (keeping
 * the source text) and the writer prints `bigint` and `Decimal` exactly.
 */
import { Decimal } from '../types';

/** A JSON number as written; converted per target SQL type. */
export class JsonNumber {
  constructor(readonly raw: string) {}
  toNumber(): number {
    return Number(this.raw);
  }
  isIntegral(): boolean {
    return /^-?\d+$/.test(this.raw);
  }
}

export class JsonSyntaxError extends Error {}

export function parseJson(text: string): unknown {
  const p = new JsonParser(text);
  const v = p.value();
  p.ws();
  if (p.i !== text.length) p.fail();
  return v;
}

/** The index after the run of ASCII digits starting at `i`. */
function digitsEnd(t: string, i: number): number {
  let c = t.charCodeAt(i);
  while (c >= 48 && c <= 57) c = t.charCodeAt(++i);
  return i;
}
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' };

class JsonParser {
  i = 0;
  constructor(private readonly text: string) {}

  fail(): never {
    throw new JsonSyntaxError(`Invalid JSON at offset ${this.i}`);
  }

  ws(): void {
    const t = this.text;
    while (this.i < t.length) {
      const c = t.charCodeAt(this.i);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return;
      this.i++;
    }
  }

  value(): unknown {
    this.ws();
    const t = this.text;
    const code = t.charCodeAt(this.i);
    // a number first: the most common value, and the dispatch on a char code (not a one-char string) is cheap
    if ((code >= 48 && code <= 57) || code === 45) return this.number();
    const c = t[this.i];
    if (c === '{') {
      this.i++;
      const out: Record<string, unknown> = {};
      this.ws();
      if (t[this.i] === '}') {
        this.i++;
        return out;
      }
      for (;;) {
        this.ws();
        if (t[this.i] !== '"') this.fail();
        const k = this.str();
        this.ws();
        if (t[this.i++] !== ':') this.fail();
        out[k] = this.value();
        this.ws();
        const d = t[this.i++];
        if (d === ',') continue;
        if (d === '}') return out;
        this.fail();
      }
    }
    if (c === '[') {
      this.i++;
      const out: unknown[] = [];
      this.ws();
      if (t[this.i] === ']') {
        this.i++;
        return out;
      }
      for (;;) {
        out.push(this.value());
        this.ws();
        const d = t[this.i++];
        if (d === ',') continue;
        if (d === ']') return out;
        this.fail();
      }
    }
    if (c === '"') return this.str();
    if (t.startsWith('true', this.i)) {
      this.i += 4;
      return true;
    }
    if (t.startsWith('false', this.i)) {
      this.i += 5;
      return false;
    }
    if (t.startsWith('null', this.i)) {
      this.i += 4;
      return null;
    }
    this.fail();
  }

  /** `-?\d+(\.\d+)?([eE][+-]?\d+)?` at the position (the optional parts only when complete), by hand. */
  private number(): JsonNumber {
    const t = this.text;
    const start = this.i;
    let i = start;
    if (t.charCodeAt(i) === 45) i++;
    const intStart = i;
    i = digitsEnd(t, i);
    if (i === intStart) this.fail();
    if (t.charCodeAt(i) === 46) {
      const frac = digitsEnd(t, i + 1);
      if (frac > i + 1) i = frac;
    }
    const e = t.charCodeAt(i);
    if (e === 101 || e === 69) {
      let j = i + 1;
      const sign = t.charCodeAt(j);
      if (sign === 43 || sign === 45) j++;
      const exp = digitsEnd(t, j);
      if (exp > j) i = exp;
    }
    this.i = i;
    return new JsonNumber(t.slice(start, i));
  }

  str(): string {
    const t = this.text;
    this.i++;
    const start = this.i;
    // fast path: no escapes before the closing quote (looked for in the string only, not in the rest of the text)
    const close = t.indexOf('"', start);
    if (close >= 0) {
      const plain = t.slice(start, close);
      if (!plain.includes('\\')) {
        this.i = close + 1;
        return plain;
      }
    }
    let out = '';
    for (;;) {
      if (this.i >= t.length) this.fail();
      const c = t[this.i++];
      if (c === '"') return out;
      if (c === '\\') {
        const e = t[this.i++];
        if (e === 'u') {
          out += String.fromCharCode(Number.parseInt(t.slice(this.i, this.i + 4), 16));
          this.i += 4;
        } else out += ESCAPES[e] ?? e;
      } else out += c;
    }
  }
}

/** Converts parsed JSON (JsonNumber) to plain JS (numbers, or bigint when an integer exceeds 2^53). */
export function plainJson(v: unknown): unknown {
  if (v instanceof JsonNumber) {
    if (v.isIntegral()) {
      const n = Number(v.raw);
      return Number.isSafeInteger(n) ? n : BigInt(v.raw);
    }
    return v.toNumber();
  }
  if (Array.isArray(v)) return v.map(plainJson);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = plainJson(x);
    return out;
  }
  return v;
}

/** JSON text of runtime values: bigint and Decimal as exact numbers, Map as object, Buffer as base64. */
export function stringifyJson(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  // primitives first (the common case: a row's fields), then the classes
  if (typeof v === 'string' || typeof v === 'boolean') return JSON.stringify(v);
  if (typeof v === 'number') return Number.isFinite(v) ? JSON.stringify(v) : JSON.stringify(String(v));
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Decimal) return v.toString();
  if (v instanceof JsonNumber) return v.raw;
  if (Buffer.isBuffer(v)) return JSON.stringify(v.toString('base64'));
  if (Array.isArray(v)) return `[${v.map(stringifyJson).join(',')}]`;
  if (v instanceof Map)
    return `{${[...v].map(([k, x]) => `${JSON.stringify(String(k))}:${stringifyJson(x)}`).join(',')}}`;
  // one string built in a loop: no entry pairs nor part arrays per object (every output row passes here)
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o);
  let out = '{';
  for (let i = 0; i < keys.length; i++) {
    if (i > 0) out += ',';
    out += `${JSON.stringify(keys[i])}:${stringifyJson(o[keys[i]])}`;
  }
  return `${out}}`;
}
