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

const NUMBER = /-?\d+(\.\d+)?([eE][+-]?\d+)?/y;
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
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(t);
    if (!m) this.fail();
    this.i += m[0].length;
    return new JsonNumber(m[0]);
  }

  str(): string {
    const t = this.text;
    this.i++;
    const start = this.i;
    // fast path: no escapes
    const close = t.indexOf('"', start);
    const backslash = t.indexOf('\\', start);
    if (close >= 0 && (backslash === -1 || backslash > close)) {
      this.i = close + 1;
      return t.slice(start, close);
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
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Decimal) return v.toString();
  if (v instanceof JsonNumber) return v.raw;
  if (typeof v === 'number') return Number.isFinite(v) ? JSON.stringify(v) : JSON.stringify(String(v));
  if (typeof v === 'string' || typeof v === 'boolean') return JSON.stringify(v);
  if (Buffer.isBuffer(v)) return JSON.stringify(v.toString('base64'));
  if (Array.isArray(v)) return `[${v.map(stringifyJson).join(',')}]`;
  if (v instanceof Map)
    return `{${[...v].map(([k, x]) => `${JSON.stringify(String(k))}:${stringifyJson(x)}`).join(',')}}`;
  return `{${Object.entries(v as object)
    .map(([k, x]) => `${JSON.stringify(k)}:${stringifyJson(x)}`)
    .join(',')}}`;
}
