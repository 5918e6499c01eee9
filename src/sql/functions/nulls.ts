/** NULL handling: COALESCE, IFNULL, NULLIF. The contents of complex values are not inspected. */
import { valuesEqual } from '../types';
import type { ScalarFunction } from './registry';

export const scalars: ScalarFunction[] = [
  {
    name: 'COALESCE',
    description: 'The first non-NULL argument.',
    overloads: [
      {
        params: ['T', '...T'],
        returns: 'T',
        nulls: 'pass',
        impl: (...xs: unknown[]) => xs.find((x) => x !== null) ?? null,
      },
    ],
  },
  {
    name: 'IFNULL',
    description: 'The expression, or the alternative when the expression is NULL.',
    overloads: [
      { params: ['T', 'T'], returns: 'T', nulls: 'pass', impl: (x: unknown, alt: unknown) => (x === null ? alt : x) },
    ],
  },
  {
    name: 'NULLIF',
    description: 'NULL when both arguments are equal, else the first.',
    overloads: [
      {
        params: ['T', 'T'],
        returns: 'T',
        nulls: 'pass',
        impl: (a: unknown, b: unknown) => (a === null || (b !== null && valuesEqual(a, b)) ? null : a),
      },
    ],
  },
];
