/**
 * Numeric aggregate functions (UDAFs): COUNT, SUM, SUM_LIST, AVG, MIN, MAX, STDDEV_SAMP, STDDEV_SAMPLE,
 * CORRELATION, ATTR. Collecting aggregates (COLLECT_LIST, TOPK, LATEST_BY_OFFSET...) are in
 * `aggregate-collect.ts`. Semantics follow ksqlDB's Java implementations: NULL inputs are skipped, INT sums
 * wrap like Java ints, DECIMAL sums keep the column's precision and fail (NULL) on overflow, and only the
 * functions ksqlDB can undo (COUNT, SUM, AVG, STDDEV, CORRELATION, ATTR) aggregate tables.
 */
import { Decimal, type SqlType, valuesEqual } from '../types';
import type { AggregateFunction, CallContext, Udaf } from './registry';
import { compareValues } from './support/values';

const count: Udaf<bigint, unknown, bigint> = {
  initialize: () => 0n,
  aggregate: (v, acc) => (v === null ? acc : acc + 1n),
  merge: (a, b) => a + b,
  map: (acc) => acc,
  undo: (v, acc) => (v === null ? acc : acc - 1n),
};

/** COUNT(*) counts rows, nulls included (the engine passes a null placeholder per row). */
const countRows: Udaf<bigint, unknown, bigint> = {
  ...count,
  aggregate: (_v, acc) => acc + 1n,
  undo: (_v, acc) => acc - 1n,
};

interface Adder<T> {
  zero: () => T;
  add: (a: T, b: T) => T;
  sub: (a: T, b: T) => T;
}

const INT_ADD: Adder<number> = { zero: () => 0, add: (a, b) => (a + b) | 0, sub: (a, b) => (a - b) | 0 };
const BIGINT_ADD: Adder<bigint> = {
  zero: () => 0n,
  add: (a, b) => BigInt.asIntN(64, a + b),
  sub: (a, b) => BigInt.asIntN(64, a - b),
};
const DOUBLE_ADD: Adder<number> = { zero: () => 0, add: (a, b) => a + b, sub: (a, b) => a - b };

function adderFor(type: SqlType): Adder<unknown> {
  switch (type.base) {
    case 'INTEGER':
      return INT_ADD as Adder<unknown>;
    case 'BIGINT':
      return BIGINT_ADD as Adder<unknown>;
    default:
      return DOUBLE_ADD as Adder<unknown>;
  }
}

function sumOf(type: SqlType): Udaf {
  if (type.base === 'DECIMAL') return decimalSum(type.precision, type.scale);
  const a = adderFor(type);
  return {
    initialize: a.zero,
    aggregate: (v, acc) => (v === null ? acc : a.add(acc, v)),
    merge: (x, y) => a.add(x, y),
    map: (acc) => acc,
    undo: (v, acc) => (v === null ? acc : a.sub(acc, v)),
  };
}

/** DecimalSumKudaf: the sum keeps the column's precision and scale; overflowing it fails the row. */
function decimalSum(precision: number, scale: number): Udaf<Decimal, Decimal | null, Decimal> {
  const limit = 10n ** BigInt(precision - scale);
  const check = (d: Decimal) => {
    const whole = d.toBigInt();
    if ((whole < 0n ? -whole : whole) >= limit) {
      throw new Error(
        `Numeric field overflow: A field with precision ${precision} and scale ${scale} must round to an absolute value less than 10^${precision - scale}. Got ${d.toString()}`,
      );
    }
    return d;
  };
  return {
    initialize: () => new Decimal(0n, scale),
    aggregate: (v, acc) => (v === null ? acc : check(acc.add(v).setScale(scale))),
    merge: (a, b) => a.add(b).setScale(scale),
    map: (acc) => acc,
    undo: (v, acc) => (v === null ? acc : acc.sub(v).setScale(scale)),
  };
}

function listSum(type: SqlType): Udaf {
  const a = adderFor(type);
  const total = (xs: unknown[]) => xs.reduce((s: unknown, x) => (x === null ? s : a.add(s, x)), a.zero());
  return {
    initialize: a.zero,
    aggregate: (v: unknown[] | null, acc) => (v === null ? acc : a.add(acc, total(v))),
    merge: (x, y) => a.add(x, y),
    map: (acc) => acc,
    undo: (v: unknown[] | null, acc) => (v === null ? acc : a.sub(acc, total(v))),
  };
}

interface SumCount {
  SUM: unknown;
  COUNT: bigint;
}

function average(type: SqlType): Udaf<SumCount, unknown, number> {
  const a = adderFor(type);
  return {
    initialize: () => ({ SUM: a.zero(), COUNT: 0n }),
    aggregate: (v, acc) => (v === null ? acc : { SUM: a.add(acc.SUM, v), COUNT: acc.COUNT + 1n }),
    merge: (x, y) => ({ SUM: a.add(x.SUM, y.SUM), COUNT: x.COUNT + y.COUNT }),
    // Java divides the (int/long/double) sum by the count as doubles; an empty group averages 0.0.
    map: (acc) => (acc.COUNT === 0n ? 0 : Number(acc.SUM) / Number(acc.COUNT)),
    undo: (v, acc) => (v === null ? acc : { SUM: a.sub(acc.SUM, v), COUNT: acc.COUNT - 1n }),
  };
}

function extremum(pick: 1 | -1): Udaf<unknown, unknown, unknown> {
  const better = (v: unknown, acc: unknown) => {
    if (v === null) return acc;
    if (acc === null) return v;
    return compareValues(v, acc) * pick > 0 ? v : acc;
  };
  return { initialize: () => null, aggregate: better, merge: better, map: (acc) => acc };
}

interface Moments {
  COUNT: bigint;
  SUM: number;
  M2: number;
}

/** Welford-style sample variance as ksqlDB computes it (STDDEV_SAMP returns the variance, see its docs). */
function variance(sqrt: boolean): Udaf<Moments, unknown, number> {
  return {
    initialize: () => ({ COUNT: 0n, SUM: 0, M2: 0 }),
    aggregate: (v, acc) => {
      if (v === null) return acc;
      const x = Number(v);
      const n = Number(acc.COUNT) + 1;
      let m2 = 0;
      if (n > 1) {
        const delta = x * n - (acc.SUM + x);
        m2 = (delta * delta) / (n * (n - 1));
      }
      return { COUNT: acc.COUNT + 1n, SUM: acc.SUM + x, M2: acc.M2 + m2 };
    },
    merge: (a, b) => {
      const n1 = Number(a.COUNT);
      const n2 = Number(b.COUNT);
      let m2 = a.M2 + b.M2;
      if (n1 > 0 && n2 > 0) {
        const inner = a.SUM / n1 - b.SUM / n2;
        m2 += (n1 * n2 * inner * inner) / (n1 + n2);
      }
      return { COUNT: a.COUNT + b.COUNT, SUM: a.SUM + b.SUM, M2: m2 };
    },
    map: (acc) => {
      const n = Number(acc.COUNT);
      if (n < 2) return 0;
      const v = acc.M2 / (n - 1);
      return sqrt ? Math.sqrt(v) : v;
    },
    undo: (v, acc) => {
      if (v === null) return acc;
      const x = Number(v);
      const n = Number(acc.COUNT);
      if (n <= 1) return { COUNT: 0n, SUM: 0, M2: 0 };
      const sum = acc.SUM - x;
      const delta = x * n - acc.SUM;
      const m2 = acc.M2 - (delta * delta) / (n * (n - 1));
      return { COUNT: acc.COUNT - 1n, SUM: sum, M2: m2 };
    },
  };
}

interface CorrelationAcc {
  X_SUM: number;
  Y_SUM: number;
  X_SQUARED_SUM: number;
  Y_SQUARED_SUM: number;
  XY_SUM: number;
  COUNT: bigint;
}

function correlation(): Udaf<CorrelationAcc, [unknown, unknown], number> {
  const step = (acc: CorrelationAcc, pair: [unknown, unknown], sign: 1 | -1): CorrelationAcc => {
    const [xv, yv] = pair;
    if (xv === null || yv === null) return acc;
    const x = Number(xv);
    const y = Number(yv);
    return {
      X_SUM: acc.X_SUM + sign * x,
      Y_SUM: acc.Y_SUM + sign * y,
      X_SQUARED_SUM: acc.X_SQUARED_SUM + sign * x * x,
      Y_SQUARED_SUM: acc.Y_SQUARED_SUM + sign * y * y,
      XY_SUM: acc.XY_SUM + sign * x * y,
      COUNT: acc.COUNT + BigInt(sign),
    };
  };
  return {
    initialize: () => ({ X_SUM: 0, Y_SUM: 0, X_SQUARED_SUM: 0, Y_SQUARED_SUM: 0, XY_SUM: 0, COUNT: 0n }),
    aggregate: (v, acc) => step(acc, v, 1),
    undo: (v, acc) => step(acc, v, -1),
    merge: (a, b) => ({
      X_SUM: a.X_SUM + b.X_SUM,
      Y_SUM: a.Y_SUM + b.Y_SUM,
      X_SQUARED_SUM: a.X_SQUARED_SUM + b.X_SQUARED_SUM,
      Y_SQUARED_SUM: a.Y_SQUARED_SUM + b.Y_SQUARED_SUM,
      XY_SUM: a.XY_SUM + b.XY_SUM,
      COUNT: a.COUNT + b.COUNT,
    }),
    map: (acc) => {
      const n = Number(acc.COUNT);
      const numerator = n * acc.XY_SUM - acc.X_SUM * acc.Y_SUM;
      const dx = n * acc.X_SQUARED_SUM - acc.X_SUM * acc.X_SUM;
      const dy = n * acc.Y_SQUARED_SUM - acc.Y_SUM * acc.Y_SUM;
      return numerator / Math.sqrt(dx * dy);
    },
  };
}

interface AttrEntry {
  VALUE: unknown;
  COUNT: number;
}

/** ATTR: the single value of a column in the group, NULL when it has several. */
function attr(): Udaf<AttrEntry[], unknown, unknown> {
  const update = (agg: AttrEntry[], value: unknown, n: number): AttrEntry[] => {
    const out = agg.map((e) => ({ ...e }));
    const e = out.find((x) => (x.VALUE === null ? value === null : value !== null && valuesEqual(x.VALUE, value)));
    if (e) e.COUNT = Math.max(0, e.COUNT + n);
    else if (n > 0) out.push({ VALUE: value, COUNT: n });
    return out;
  };
  return {
    initialize: () => [],
    aggregate: (v, acc) => update(acc, v, 1),
    undo: (v, acc) => update(acc, v, -1),
    merge: (a, b) => b.reduce((acc, e) => update(acc, e.VALUE, e.COUNT), a),
    map: (acc) => {
      const live = acc.filter((e) => e.COUNT > 0);
      return live.length === 1 ? live[0].VALUE : null;
    },
  };
}

const NUMERIC = ['INT', 'BIGINT', 'DOUBLE'];
/** The column types ksqlDB's MIN and MAX accept. */
const COMPARABLE = ['INT', 'BIGINT', 'DOUBLE', 'DECIMAL', 'STRING', 'BYTES', 'DATE', 'TIME', 'TIMESTAMP'];
const argType = (ctx: CallContext) => ctx.argTypes[0];

export const aggregates: AggregateFunction[] = [
  {
    name: 'COUNT',
    description: 'Counts rows (COUNT(*)) or non-NULL values (COUNT(col)).',
    overloads: [
      { params: [], returns: 'BIGINT', create: () => countRows },
      { params: ['T'], returns: 'BIGINT', create: () => count },
    ],
  },
  {
    name: 'SUM',
    description: 'Sums the non-NULL values of a column (DECIMAL keeps its precision and scale).',
    overloads: [...NUMERIC, 'DECIMAL'].map((p) => ({
      params: [p],
      returns: argType,
      create: (ctx) => sumOf(ctx.argTypes[0]),
    })),
  },
  {
    name: 'SUM_LIST',
    description: 'Sums the non-NULL elements of array values.',
    overloads: NUMERIC.map((p) => ({
      params: [`ARRAY<${p}>`],
      returns: p,
      create: (ctx) => listSum((ctx.argTypes[0] as { item: SqlType }).item),
    })),
  },
  {
    name: 'AVG',
    description: 'The average of the non-NULL values of a column (0.0 for none).',
    overloads: NUMERIC.map((p) => ({ params: [p], returns: 'DOUBLE', create: (ctx) => average(ctx.argTypes[0]) })),
  },
  {
    name: 'MIN',
    description: 'The smallest non-NULL value of a column.',
    overloads: [
      ...COMPARABLE.map((p) => ({
        params: [p],
        returns: argType,
        create: () => extremum(-1),
      })),
    ],
  },
  {
    name: 'MAX',
    description: 'The largest non-NULL value of a column.',
    overloads: [
      ...COMPARABLE.map((p) => ({
        params: [p],
        returns: argType,
        create: () => extremum(1),
      })),
    ],
  },
  {
    name: 'STDDEV_SAMP',
    description: 'The sample variance (ksqlDB returns the square of the standard deviation here).',
    overloads: NUMERIC.map((p) => ({ params: [p], returns: 'DOUBLE', create: () => variance(false) })),
  },
  {
    name: 'STDDEV_SAMPLE',
    description: 'The sample standard deviation.',
    overloads: NUMERIC.map((p) => ({ params: [p], returns: 'DOUBLE', create: () => variance(true) })),
  },
  {
    name: 'CORRELATION',
    description: 'The Pearson correlation coefficient of two columns (rows with a NULL are skipped).',
    overloads: NUMERIC.map((p) => ({ params: [p, p], returns: 'DOUBLE', create: () => correlation() })),
  },
  {
    name: 'ATTR',
    description: 'The single value a column has in the group, NULL when it has more than one.',
    overloads: [{ params: ['T'], returns: 'T', create: () => attr() }],
  },
];
