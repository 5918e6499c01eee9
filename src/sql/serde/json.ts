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
  let i = 0;
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  };
  const fail = (): never => {
    throw new JsonSyntaxError(`Invalid JSON at offset ${i}`);
  };
  const value = (): unknown => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const out: Record<string, unknown> = {};
      ws();
      if (text[i] === '}') {
        i++;
        return out;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        const k = str();
        ws();
        if (text[i++] !== ':') fail();
        out[k] = value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return out;
        }
        fail();
      }
    }
    if (c === '[') {
      i++;
      const out: unknown[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return out;
      }
      for (;;) {
        out.push(value());
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return out;
        }
        fail();
      }
    }
    if (c === '"') return str();
    if (text.startsWith('true', i)) {
      i += 4;
      return true;
    }
    if (text.startsWith('false', i)) {
      i += 5;
      return false;
    }
    if (text.startsWith('null', i)) {
      i += 4;
      return null;
    }
    const m = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
    return new JsonNumber(m![0]);
  };
  const str = (): string => {
    i++;
    let out = '';
    for (;;) {
      if (i >= text.length) fail();
      const c = text[i++];
      if (c === '"') return out;
      if (c === '\\') {
        const e = text[i++];
        if (e === 'u') {
          out += String.fromCharCode(Number.parseInt(text.slice(i, i + 4), 16));
          i += 4;
        } else out += ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e;
      } else out += c;
    }
  };
  const v = value();
  ws();
  if (i !== text.length) fail();
  return v;
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
