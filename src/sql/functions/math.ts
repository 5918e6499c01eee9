/** Math functions. */
import type { Decimal } from '../types';
import type { ScalarFunction } from './registry';

export const scalars: ScalarFunction[] = [
  {
    name: 'ABS',
    description: 'The absolute value of a number.',
    overloads: [
      { params: ['INT'], returns: 'INT', impl: (x: number) => Math.abs(x) },
      { params: ['BIGINT'], returns: 'BIGINT', impl: (x: bigint) => (x < 0n ? -x : x) },
      { params: ['DOUBLE'], returns: 'DOUBLE', impl: (x: number) => Math.abs(x) },
      {
        params: ['DECIMAL'],
        returns: (ctx) => ctx.argTypes[0],
        impl: (x: Decimal) => (x.signum() < 0 ? x.negate() : x),
      },
    ],
  },
];
