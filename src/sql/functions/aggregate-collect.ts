/**
 * Collecting aggregate functions (UDAFs): COLLECT_LIST, COLLECT_SET, HISTOGRAM, LATEST_BY_OFFSET,
 * EARLIEST_BY_OFFSET, TOPK, TOPKDISTINCT, COUNT_DISTINCT, as ksqlDB implements them (limits from
 * `ksql.functions.collect_list.limit` / `collect_set.limit`, HISTOGRAM capped at 1000 distinct values,
 * COUNT_DISTINCT a HyperLogLog estimate with 2^14 registers).
 */
import { type SqlType, valuesEqual } from '../types';
import type { AggregateFunction, AggregateOverload, CallContext, Udaf } from './registry';
import { compareValues, valueKey } from './support/values';

function limitOf(ctx: CallContext, key: string): number {
  const raw = ctx.config[key];
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number.parseInt(raw, 10) : Number.NaN;
  return Number.isFinite(n) && n >= 0 ? Math.trunc(n) : Number.MAX_SAFE_INTEGER;
}

function same(a: unknown, b: unknown): boolean {
  return a === null ? b === null : b !== null && valuesEqual(a, b);
}

function collectList(limit: number): Udaf<unknown[], unknown, unknown[]> {
  return {
    initialize: () => [],
    aggregate: (v, acc) => {
      if (acc.length < limit) acc.push(v);
      return acc;
    },
    merge: (a, b) => {
      a.push(...b.slice(0, Math.max(0, limit - a.length)));
      return a;
    },
    map: (acc) => acc,
    undo: (v, acc) => {
      for (let i = acc.length - 1; i >= 0; i--) {
        if (same(acc[i], v)) {
          acc.splice(i, 1);
          break;
        }
      }
      return acc;
    },
  };
}

function collectSet(limit: number): Udaf<unknown[], unknown, unknown[]> {
  return {
    initialize: () => [],
    aggregate: (v, acc) => {
      if (acc.length < limit && !acc.some((x) => same(x, v))) acc.push(v);
      return acc;
    },
    merge: (a, b) => {
      for (const x of b) {
        if (a.length >= limit) break;
        if (!a.some((y) => same(y, x))) a.push(x);
      }
      return a;
    },
    map: (acc) => acc,
  };
}

const HISTOGRAM_LIMIT = 1000;

function histogram(): Udaf<Map<string, bigint>, string | null, Map<string, bigint>> {
  const add = (m: Map<string, bigint>, k: string, n: bigint) => {
    if (m.size < HISTOGRAM_LIMIT || m.has(k)) m.set(k, (m.get(k) ?? 0n) + n);
  };
  return {
    initialize: () => new Map(),
    aggregate: (v, acc) => {
      if (v !== null) add(acc, v, 1n);
      return acc;
    },
    merge: (a, b) => {
      for (const [k, n] of b) add(a, k, n);
      return a;
    },
    map: (acc) => acc,
    undo: (v, acc) => {
      if (v === null) return acc;
      const n = (acc.get(v) ?? 0n) - 1n;
      if (n < 1n) acc.delete(v);
      else acc.set(v, n);
      return acc;
    },
  };
}

/** Offsets order records within a partition; a process-wide sequence stands in for them, as in ksqlDB. */
let sequence = BigInt(Date.now()) * 1000n;

interface SeqVal {
  SEQ: bigint;
  VAL: unknown;
}

function entry(v: unknown): SeqVal {
  return { SEQ: sequence++, VAL: v };
}

function bySeq(a: SeqVal, b: SeqVal): number {
  return a.SEQ < b.SEQ ? -1 : a.SEQ > b.SEQ ? 1 : 0;
}

function latest(ignoreNulls: boolean): Udaf<SeqVal, unknown, unknown> {
  return {
    initialize: () => ({ SEQ: -1n, VAL: null }),
    aggregate: (v, acc) => (v === null && ignoreNulls ? acc : entry(v)),
    merge: (a, b) => {
      if (ignoreNulls && (a.VAL === null) !== (b.VAL === null)) return a.VAL === null ? b : a;
      return bySeq(a, b) >= 0 ? a : b;
    },
    map: (acc) => acc.VAL,
  };
}

function earliest(ignoreNulls: boolean): Udaf<SeqVal | null, unknown, unknown> {
  return {
    initialize: () => null,
    aggregate: (v, acc) => (acc !== null || (v === null && ignoreNulls) ? acc : entry(v)),
    merge: (a, b) => (a === null ? b : b === null ? a : bySeq(a, b) < 0 ? a : b),
    map: (acc) => (acc === null ? null : acc.VAL),
  };
}

function checkN(n: unknown, what: string): number {
  if (typeof n !== 'number' || n <= 0) throw new Error(`${what} must be 1 or greater`);
  return n;
}

function latestN(n: number, ignoreNulls: boolean): Udaf<SeqVal[], unknown, unknown[]> {
  return {
    initialize: () => [],
    aggregate: (v, acc) => {
      if (v === null && ignoreNulls) return acc;
      acc.push(entry(v));
      return acc.length > n ? acc.slice(acc.length - n) : acc;
    },
    merge: (a, b) => {
      const all = [...a, ...b].sort(bySeq);
      return all.slice(Math.max(0, all.length - n));
    },
    map: (acc) => acc.map((e) => e.VAL),
  };
}

function earliestN(n: number, ignoreNulls: boolean): Udaf<SeqVal[], unknown, unknown[]> {
  return {
    initialize: () => [],
    aggregate: (v, acc) => {
      if ((v === null && ignoreNulls) || acc.length >= n) return acc;
      acc.push(entry(v));
      return acc;
    },
    merge: (a, b) => [...a, ...b].sort(bySeq).slice(0, n),
    map: (acc) => acc.map((e) => e.VAL),
  };
}

function byOffset(name: 'LATEST_BY_OFFSET' | 'EARLIEST_BY_OFFSET'): AggregateFunction {
  const one = name === 'LATEST_BY_OFFSET' ? latest : earliest;
  const many = name === 'LATEST_BY_OFFSET' ? latestN : earliestN;
  const what = name === 'LATEST_BY_OFFSET' ? 'latestN' : 'earliestN';
  const overloads: AggregateOverload[] = [
    { params: ['T'], returns: 'T', create: () => one(true) as Udaf },
    { params: ['T'], initArgs: ['BOOLEAN'], returns: 'T', create: (ctx) => one(ctx.literals[1] !== false) as Udaf },
    {
      params: ['T'],
      initArgs: ['INT'],
      returns: 'ARRAY<T>',
      create: (ctx) => many(checkN(ctx.literals[1], what), true),
    },
    {
      params: ['T'],
      initArgs: ['INT', 'BOOLEAN'],
      returns: 'ARRAY<T>',
      create: (ctx) => many(checkN(ctx.literals[1], what), ctx.literals[2] !== false),
    },
  ];
  return {
    name,
    description: `The ${name === 'LATEST_BY_OFFSET' ? 'latest' : 'earliest'} value (or N values) of a column by offset; NULLs ignored by default.`,
    overloads,
  };
}

/** TOPK keeps the k largest sort values, descending; with extra columns each entry is a struct. */
function topk(k: number, withOthers: boolean): Udaf<unknown[], unknown, unknown[]> {
  const sortOf = (e: unknown) => (withOthers ? (e as Record<string, unknown>).sort_col : e);
  const toEntry = (v: unknown) => {
    if (!withOthers) return v;
    const [sortCol, ...others] = v as unknown[];
    const s: Record<string, unknown> = { sort_col: sortCol };
    others.forEach((o, i) => {
      s[`col${i}`] = o;
    });
    return s;
  };
  const desc = (a: unknown, b: unknown) => compareValues(sortOf(b), sortOf(a));
  return {
    initialize: () => [],
    aggregate: (v, acc) => {
      const sortVal = withOthers ? (v as unknown[])[0] : v;
      if (sortVal === null) return acc;
      if (acc.length === k && compareValues(sortVal, sortOf(acc[k - 1])) <= 0) return acc;
      if (acc.length === k) acc[k - 1] = toEntry(v);
      else acc.push(toEntry(v));
      return acc.sort(desc);
    },
    merge: (a, b) => [...a, ...b].sort(desc).slice(0, k),
    map: (acc) => acc,
  };
}

function topkDistinct(k: number): Udaf<unknown[], unknown, unknown[]> {
  const desc = (a: unknown, b: unknown) => compareValues(b, a);
  return {
    initialize: () => [],
    aggregate: (v, acc) => {
      if (v === null) return acc;
      if (acc.length === k && compareValues(v, acc[k - 1]) <= 0) return acc;
      if (acc.some((x) => valuesEqual(x, v))) return acc;
      if (acc.length === k) acc[k - 1] = v;
      else acc.push(v);
      return acc.sort(desc);
    },
    merge: (a, b) => {
      const out: unknown[] = [];
      for (const x of [...a, ...b].sort(desc)) {
        if (out.length >= k) break;
        if (!out.some((y) => valuesEqual(x, y))) out.push(x);
      }
      return out;
    },
    map: (acc) => acc,
  };
}

function checkK(k: unknown): number {
  if (typeof k !== 'number' || k < 1) throw new Error(`TOPK k must be 1 or greater, was ${String(k)}`);
  return k;
}

/** Sort column types of TOPK (ksqlDB's factories) and of TOPKDISTINCT. */
const TOPK_TYPES = ['INT', 'BIGINT', 'DOUBLE', 'STRING'];
const TOPK_DISTINCT_TYPES = [...TOPK_TYPES, 'DECIMAL', 'DATE', 'TIME', 'TIMESTAMP', 'BYTES'];

function topkOverloads(): AggregateOverload[] {
  const out: AggregateOverload[] = [];
  for (const t of TOPK_TYPES) {
    out.push({
      params: [t],
      initArgs: ['INT'],
      returns: (ctx) => ({ base: 'ARRAY', item: ctx.argTypes[0] }),
      create: (ctx) => topk(checkK(ctx.literals[1]), false),
    });
  }
  // TOPK(sortCol, otherCols..., k): up to four other columns of any types.
  const others = ['A', 'B', 'C', 'D'];
  for (let n = 1; n <= others.length; n++) {
    const extra = others.slice(0, n);
    for (const t of TOPK_TYPES) {
      out.push({
        params: [t, ...extra],
        initArgs: ['INT'],
        returns: (ctx) => topkStruct(ctx.argTypes.slice(0, n + 1)),
        create: (ctx) => topk(checkK(ctx.literals[n + 1]), true),
      });
    }
  }
  return out;
}

function topkStruct(types: SqlType[]): SqlType {
  const fields = types.map((type, i) => ({ name: i === 0 ? 'sort_col' : `col${i - 1}`, type }));
  return { base: 'ARRAY', item: { base: 'STRUCT', fields } };
}

/** stream-lib's HyperLogLog with log2m = 14, registers kept sparse (index -> rank). */
const LOG2M = 14;
const M = 1 << LOG2M;

function hash32(s: string): number {
  // MurmurHash3 (x86, 32-bit) of the UTF-16 code units.
  let h = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    let k = s.charCodeAt(i);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= s.length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function countDistinct(): Udaf<Map<number, number>, unknown, bigint> {
  const offer = (regs: Map<number, number>, v: unknown) => {
    const x = hash32(valueKey(v));
    const j = x >>> (32 - LOG2M);
    const rest = ((x << LOG2M) | (1 << (LOG2M - 1))) >>> 0;
    const r = Math.clz32(rest) + 1;
    if ((regs.get(j) ?? 0) < r) regs.set(j, r);
  };
  return {
    initialize: () => new Map(),
    aggregate: (v, acc) => {
      if (v !== null) offer(acc, v);
      return acc;
    },
    merge: (a, b) => {
      for (const [j, r] of b) if ((a.get(j) ?? 0) < r) a.set(j, r);
      return a;
    },
    map: (acc) => {
      let sum = M - acc.size; // empty registers contribute 2^0 each
      for (const r of acc.values()) sum += 2 ** -r;
      const alpha = 0.7213 / (1 + 1.079 / M);
      const estimate = (alpha * M * M) / sum;
      const zeros = M - acc.size;
      if (estimate <= 2.5 * M && zeros > 0) return BigInt(Math.round(M * Math.log(M / zeros)));
      return BigInt(Math.round(estimate));
    },
  };
}

export const aggregates: AggregateFunction[] = [
  {
    name: 'COLLECT_LIST',
    description: 'All values of a column (NULLs included), up to ksql.functions.collect_list.limit.',
    overloads: [
      {
        params: ['T'],
        returns: 'ARRAY<T>',
        create: (ctx) => collectList(limitOf(ctx, 'ksql.functions.collect_list.limit')),
      },
    ],
  },
  {
    name: 'COLLECT_SET',
    description: 'The distinct values of a column, up to ksql.functions.collect_set.limit.',
    overloads: [
      {
        params: ['T'],
        returns: 'ARRAY<T>',
        create: (ctx) => collectSet(limitOf(ctx, 'ksql.functions.collect_set.limit')),
      },
    ],
  },
  {
    name: 'HISTOGRAM',
    description: 'How many times each distinct string occurs (at most 1000 distinct values).',
    overloads: [{ params: ['STRING'], returns: 'MAP<STRING, BIGINT>', create: () => histogram() as Udaf }],
  },
  byOffset('LATEST_BY_OFFSET'),
  byOffset('EARLIEST_BY_OFFSET'),
  {
    name: 'TOPK',
    description: 'The k largest values of a column (with other columns as structs).',
    overloads: topkOverloads(),
  },
  {
    name: 'TOPKDISTINCT',
    description: 'The k largest distinct values of a column.',
    overloads: TOPK_DISTINCT_TYPES.map((t) => ({
      params: [t],
      initArgs: ['INT'],
      returns: (ctx: CallContext): SqlType => ({ base: 'ARRAY', item: ctx.argTypes[0] }),
      create: (ctx: CallContext) => topkDistinct(checkK(ctx.literals[1])),
    })),
  },
  {
    name: 'COUNT_DISTINCT',
    description: 'The approximate number of distinct non-NULL values (HyperLogLog).',
    overloads: [{ params: ['T'], returns: 'BIGINT', create: () => countDistinct() }],
  },
];
