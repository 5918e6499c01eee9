/**
 * Table functions (UDTFs): EXPLODE and CUBE_EXPLODE. A table function returns zero or more values per input
 * row; the query emits one row per value, zipping several table functions of one SELECT (shorter ones padded
 * with NULL). Their overloads use the scalar contract (`params`, `returns` = the type of ONE produced value)
 * with an implementation that returns the array of values; the family loader registers only `scalars` and
 * `aggregates`, so the engine reads `tableFunctions` from here when it supports them.
 */
import type { ScalarFunction } from './registry';

const MAX_CUBE_COLUMNS = 20;

/** All combinations of the columns with NULLs, skipping duplicates produced by NULL columns (ksqlDB's Cube). */
export function cube(columns: unknown[] | null): unknown[][] {
  if (columns === null) return [];
  const n = columns.length;
  if (n > MAX_CUBE_COLUMNS) throw new Error(`cube_explode: too many columns (${n}); max is ${MAX_CUBE_COLUMNS}`);
  let nullMask = 0;
  for (let i = 0; i < n; i++) if (columns[i] !== null) nullMask |= 1 << (n - 1 - i);
  const out: unknown[][] = [];
  for (let mask = 0; mask < 1 << n; mask++) {
    if ((mask & nullMask) !== mask) continue;
    const row: unknown[] = [];
    for (let i = 0; i < n; i++) row.unshift((mask & (1 << i)) === 0 ? null : columns[n - 1 - i]);
    out.push(row);
  }
  return out;
}

export const tableFunctions: ScalarFunction[] = [
  {
    name: 'EXPLODE',
    description: 'One row per element of an array (none for a NULL array).',
    overloads: [{ params: ['ARRAY<T>'], returns: 'T', nulls: 'pass', impl: (a: unknown[] | null) => a ?? [] }],
  },
  {
    name: 'CUBE_EXPLODE',
    description: 'One row per combination of the array elements with NULLs (2^n rows, NULL duplicates skipped).',
    overloads: [{ params: ['ARRAY<T>'], returns: 'ARRAY<T>', nulls: 'pass', impl: cube }],
  },
];
