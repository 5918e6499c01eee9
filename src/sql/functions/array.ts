/**
 * Array functions (ksqlDB's udf/array and udf/list): ARRAY_CONTAINS, ARRAY_DISTINCT, ARRAY_EXCEPT,
 * ARRAY_INTERSECT, ARRAY_UNION, ARRAY_CONCAT, ARRAY_JOIN, ARRAY_LENGTH, ARRAY_MAX, ARRAY_MIN, ARRAY_REMOVE,
 * ARRAY_SORT, SLICE, GENERATE_SERIES. Equality is Java's equals (deep for nested values), order is the
 * natural order of the element type with NULLs last.
 */
import { valuesEqual } from '../types';
import type { ScalarFunction } from './registry';
import { compareValues, toJavaString, valueKey } from './support/values';

const PRIMITIVES = new Set(['BOOLEAN', 'INTEGER', 'BIGINT', 'DOUBLE', 'DECIMAL', 'STRING']);

/** Distinct values in first-seen order (LinkedHashSet). */
function distinct(xs: unknown[]): unknown[] {
  const seen = new Set<string>();
  const out: unknown[] = [];
  for (const x of xs) {
    const k = valueKey(x);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(x);
    }
  }
  return out;
}

function keys(xs: unknown[]): Set<string> {
  return new Set(xs.map(valueKey));
}

function extreme(xs: unknown[], pick: 1 | -1): unknown {
  let out: unknown = null;
  for (const x of xs) if (x !== null && (out === null || compareValues(x, out) * pick > 0)) out = x;
  return out;
}

function sortArray(xs: unknown[], direction: string): unknown[] | null {
  const d = direction.toUpperCase();
  const sign = d === 'ASC' || d === 'ASCENDING' ? 1 : d === 'DESC' || d === 'DESCENDING' ? -1 : 0;
  if (sign === 0) return null;
  return [...xs].sort((a, b) => {
    if (a === null) return b === null ? 0 : 1;
    if (b === null) return -1;
    return compareValues(a, b) * sign;
  });
}

function series(start: bigint, end: bigint, step: bigint): bigint[] {
  if (step === 0n) throw new Error('GENERATE_SERIES step cannot be zero');
  const diff = end - start;
  if ((diff > 0n && step < 0n) || (diff < 0n && step > 0n)) throw new Error('GENERATE_SERIES step has wrong sign');
  const size = 1n + diff / step;
  if (size > 10_000_000n) throw new Error(`GENERATE_SERIES would create ${size} elements`);
  const out: bigint[] = [];
  for (let i = 0n; i < size; i++) out.push(start + i * step);
  return out;
}

export const scalars: ScalarFunction[] = [
  {
    name: 'ARRAY_CONTAINS',
    description: 'Whether an array contains a value (NULL matches a NULL element).',
    overloads: [
      {
        params: ['ARRAY<T>', 'T'],
        returns: 'BOOLEAN',
        nulls: 'pass',
        impl: (arr: unknown[] | null, v: unknown) =>
          arr?.some((x) => (x === null ? v === null : v !== null && valuesEqual(x, v))) ?? false,
      },
    ],
  },
  {
    name: 'ARRAY_DISTINCT',
    description: 'The distinct elements of an array in first-seen order (NULL included).',
    overloads: [{ params: ['ARRAY<T>'], returns: 'ARRAY<T>', impl: distinct }],
  },
  {
    name: 'ARRAY_EXCEPT',
    description: 'The distinct elements of the first array that are not in the second.',
    overloads: [
      {
        params: ['ARRAY<T>', 'ARRAY<T>'],
        returns: 'ARRAY<T>',
        impl: (a: unknown[], b: unknown[]) => {
          const drop = keys(b);
          return distinct(a).filter((x) => !drop.has(valueKey(x)));
        },
      },
    ],
  },
  {
    name: 'ARRAY_INTERSECT',
    description: 'The distinct elements present in both arrays, in the order of the first.',
    overloads: [
      {
        params: ['ARRAY<T>', 'ARRAY<T>'],
        returns: 'ARRAY<T>',
        impl: (a: unknown[], b: unknown[]) => {
          const keep = keys(b);
          return distinct(a).filter((x) => keep.has(valueKey(x)));
        },
      },
    ],
  },
  {
    name: 'ARRAY_UNION',
    description: 'The distinct elements of both arrays, in encounter order.',
    overloads: [
      {
        params: ['ARRAY<T>', 'ARRAY<T>'],
        returns: 'ARRAY<T>',
        impl: (a: unknown[], b: unknown[]) => distinct([...a, ...b]),
      },
    ],
  },
  {
    name: 'ARRAY_CONCAT',
    description: 'Both arrays one after the other; a NULL array counts as empty unless both are NULL.',
    overloads: [
      {
        params: ['ARRAY<T>', 'ARRAY<T>'],
        returns: 'ARRAY<T>',
        nulls: 'pass',
        impl: (a: unknown[] | null, b: unknown[] | null) =>
          a === null && b === null ? null : [...(a ?? []), ...(b ?? [])],
      },
    ],
  },
  {
    name: 'ARRAY_JOIN',
    description: "The elements of an array of primitives joined into a string (delimiter ',' by default).",
    overloads: [
      {
        params: ['ARRAY<T>'],
        returns: 'STRING',
        create: (ctx) => {
          const join = joiner(ctx.argTypes[0]);
          return (arr: unknown[]) => join(arr, ',');
        },
      },
      {
        params: ['ARRAY<T>', 'STRING'],
        returns: 'STRING',
        nulls: 'pass',
        create: (ctx) => {
          const join = joiner(ctx.argTypes[0]);
          return (arr: unknown[] | null, d: string | null) => (arr === null ? null : join(arr, d ?? ''));
        },
      },
    ],
  },
  {
    name: 'ARRAY_LENGTH',
    description: 'The number of elements of an array.',
    overloads: [{ params: ['ARRAY<T>'], returns: 'INT', impl: (a: unknown[]) => a.length }],
  },
  {
    name: 'ARRAY_MAX',
    description: 'The largest non-NULL element of an array of primitives.',
    overloads: [{ params: ['ARRAY<T>'], returns: 'T', impl: (a: unknown[]) => extreme(a, 1) }],
  },
  {
    name: 'ARRAY_MIN',
    description: 'The smallest non-NULL element of an array of primitives.',
    overloads: [{ params: ['ARRAY<T>'], returns: 'T', impl: (a: unknown[]) => extreme(a, -1) }],
  },
  {
    name: 'ARRAY_REMOVE',
    description: 'The array without the elements equal to a value (NULL removes NULLs).',
    overloads: [
      {
        params: ['ARRAY<T>', 'T'],
        returns: 'ARRAY<T>',
        nulls: 'pass',
        impl: (a: unknown[] | null, v: unknown) =>
          a === null ? null : a.filter((x) => !(x === null ? v === null : v !== null && valuesEqual(x, v))),
      },
    ],
  },
  {
    name: 'ARRAY_SORT',
    description: "An array of primitives sorted 'ASC' (default) or 'DESC', NULLs last.",
    overloads: [
      { params: ['ARRAY<T>'], returns: 'ARRAY<T>', impl: (a: unknown[]) => sortArray(a, 'ASC') },
      { params: ['ARRAY<T>', 'STRING'], returns: 'ARRAY<T>', impl: sortArray },
    ],
  },
  {
    name: 'SLICE',
    description: 'The elements from a 1-based position to another, both included (NULL bounds: the ends).',
    overloads: [
      {
        params: ['ARRAY<T>', 'INT', 'INT'],
        returns: 'ARRAY<T>',
        nulls: 'pass',
        impl: (a: unknown[] | null, from: number | null, to: number | null) => {
          if (a === null) return null;
          const start = from === null ? 0 : from - 1;
          const end = to === null ? a.length : to;
          if (start < 0 || end > a.length || start > end) return null;
          return a.slice(start, end);
        },
      },
    ],
  },
  {
    name: 'GENERATE_SERIES',
    description: 'The integers from start to end inclusive, by a step (default 1 or -1).',
    overloads: [
      {
        params: ['INT', 'INT'],
        returns: 'ARRAY<INT>',
        impl: (s: number, e: number) => series(BigInt(s), BigInt(e), e - s > 0 ? 1n : -1n).map(Number),
      },
      {
        params: ['INT', 'INT', 'INT'],
        returns: 'ARRAY<INT>',
        impl: (s: number, e: number, st: number) => series(BigInt(s), BigInt(e), BigInt(st)).map(Number),
      },
      {
        params: ['BIGINT', 'BIGINT'],
        returns: 'ARRAY<BIGINT>',
        impl: (s: bigint, e: bigint) => series(s, e, e - s > 0n ? 1n : -1n),
      },
      {
        params: ['BIGINT', 'BIGINT', 'INT'],
        returns: 'ARRAY<BIGINT>',
        impl: (s: bigint, e: bigint, st: number) => series(s, e, BigInt(st)),
      },
    ],
  },
];

function joiner(arrayType: { base: string; item?: { base: string } }) {
  const item = arrayType.item?.base ?? 'STRING';
  return (arr: unknown[], delimiter: string): string => {
    if (!PRIMITIVES.has(item) && arr.some((x) => x !== null)) {
      throw new Error(`error: hit element of type ${item} which is currently not supported`);
    }
    return arr.map((x) => (x === null ? 'null' : toJavaString(x, item))).join(delimiter);
  };
}
