/**
 * Exact, self-describing encoding of runtime values for state store changelogs: JSON with tags for the
 * types JSON lacks (bigint, Decimal, Buffer, Map, undefined-free objects).
 */
import { Decimal } from '../types';

export function encodeState(v: unknown): string {
  return JSON.stringify(tag(v));
}

export function decodeState(s: string): unknown {
  return untag(JSON.parse(s));
}

function tag(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return { $b: v.toString() };
  if (v instanceof Decimal) return { $d: v.unscaled.toString(), s: v.scale };
  if (Buffer.isBuffer(v)) return { $buf: v.toString('base64') };
  if (v instanceof Map) return { $m: [...v].map(([k, x]) => [tag(k), tag(x)]) };
  if (Array.isArray(v)) return v.map(tag);
  if (typeof v === 'number' && !Number.isFinite(v)) return { $n: String(v) };
  if (typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) o[k] = tag(x);
    return { $o: o };
  }
  return v;
}

function untag(v: unknown): unknown {
  if (v === null) return null;
  if (Array.isArray(v)) return v.map(untag);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('$b' in o) return BigInt(o.$b as string);
    if ('$d' in o) return new Decimal(BigInt(o.$d as string), o.s as number);
    if ('$buf' in o) return Buffer.from(o.$buf as string, 'base64');
    if ('$m' in o) return new Map((o.$m as [unknown, unknown][]).map(([k, x]) => [untag(k), untag(x)]));
    if ('$n' in o) return Number(o.$n);
    if ('$o' in o) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(o.$o as object)) out[k] = untag(x);
      return out;
    }
  }
  return v;
}
