/** String functions. */
import type { ScalarFunction } from './registry';

export const scalars: ScalarFunction[] = [
  {
    name: 'UCASE',
    description: 'Converts a string to upper case.',
    overloads: [{ params: ['STRING'], returns: 'STRING', impl: (s: string) => s.toUpperCase() }],
  },
];
