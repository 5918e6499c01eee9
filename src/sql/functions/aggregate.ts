/** Aggregate functions (UDAFs). */
import { Decimal, type SqlType } from '../types';
import type { AggregateFunction, Udaf } from './registry';

const count: Udaf<bigint, unknown, bigint> = {
  initialize: () => 0n,
  aggregate: (v, acc) => (v === null ? acc : acc + 1n),
  merge: (a, b) => a + b,
  map: (acc) => acc,
  undo: (v, acc) => (v === null ? acc : acc - 1n),
};

/** COUNT(*) counts rows, nulls included (the engine passes a non-null placeholder per row). */
const countRows: Udaf<bigint, unknown, bigint> = {
  ...count,
  aggregate: (_v, acc) => acc + 1n,
  undo: (_v, acc) => acc - 1n,
};

function sumOf(type: SqlType): Udaf {
  switch (type.base) {
    case 'INTEGER':
      return {
        initialize: () => 0,
        aggregate: (v: number | null, acc: number) => (v === null ? acc : (acc + v) | 0),
        merge: (a: number, b: number) => (a + b) | 0,
        map: (acc: number) => acc,
        undo: (v: number | null, acc: number) => (v === null ? acc : (acc - v) | 0),
      };
    case 'BIGINT':
      return {
        initialize: () => 0n,
        aggregate: (v: bigint | null, acc: bigint) => (v === null ? acc : BigInt.asIntN(64, acc + v)),
        merge: (a: bigint, b: bigint) => BigInt.asIntN(64, a + b),
        map: (acc: bigint) => acc,
        undo: (v: bigint | null, acc: bigint) => (v === null ? acc : BigInt.asIntN(64, acc - v)),
      };
    case 'DECIMAL': {
      const scale = type.scale;
      return {
        initialize: () => new Decimal(0n, scale),
        aggregate: (v: Decimal | null, acc: Decimal) => (v === null ? acc : acc.add(v).setScale(scale)),
        merge: (a: Decimal, b: Decimal) => a.add(b).setScale(scale),
        map: (acc: Decimal) => acc,
        undo: (v: Decimal | null, acc: Decimal) => (v === null ? acc : acc.sub(v).setScale(scale)),
      };
    }
    default:
      return {
        initialize: () => 0,
        aggregate: (v: number | null, acc: number) => (v === null ? acc : acc + v),
        merge: (a: number, b: number) => a + b,
        map: (acc: number) => acc,
        undo: (v: number | null, acc: number) => (v === null ? acc : acc - v),
      };
  }
}

export const aggregates: AggregateFunction[] = [
  {
    name: 'COUNT',
    description: 'Counts rows (COUNT(*)) or non-null values (COUNT(col)).',
    overloads: [
      { params: [], returns: 'BIGINT', create: () => countRows },
      { params: ['T'], returns: 'BIGINT', create: () => count },
    ],
  },
  {
    name: 'SUM',
    description: 'Sums the non-null values of a column.',
    overloads: ['INT', 'BIGINT', 'DOUBLE', 'DECIMAL'].map((p) => ({
      params: [p],
      returns: (ctx) => ctx.argTypes[0],
      create: (ctx) => sumOf(ctx.argTypes[0]),
    })),
  },
];
