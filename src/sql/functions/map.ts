/** Map functions: MAP_KEYS, MAP_VALUES, MAP_UNION, AS_MAP, ENTRIES. ksqlDB's maps here have STRING keys. */
import type { ScalarFunction } from './registry';

function entries(m: Map<string, unknown>, sorted: boolean): { K: string; V: unknown }[] {
  const list = [...m];
  if (sorted) list.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return list.map(([K, V]) => ({ K, V }));
}

export const scalars: ScalarFunction[] = [
  {
    name: 'MAP_KEYS',
    description: 'The keys of a map.',
    overloads: [
      { params: ['MAP<STRING, T>'], returns: 'ARRAY<STRING>', impl: (m: Map<string, unknown>) => [...m.keys()] },
    ],
  },
  {
    name: 'MAP_VALUES',
    description: 'The values of a map.',
    overloads: [
      { params: ['MAP<STRING, T>'], returns: 'ARRAY<T>', impl: (m: Map<string, unknown>) => [...m.values()] },
    ],
  },
  {
    name: 'MAP_UNION',
    description: "The entries of both maps; the second map's value wins for a shared key.",
    overloads: [
      {
        params: ['MAP<STRING, T>', 'MAP<STRING, T>'],
        returns: 'MAP<STRING, T>',
        nulls: 'pass',
        impl: (a: Map<string, unknown> | null, b: Map<string, unknown> | null) =>
          a === null && b === null ? null : new Map([...(a ?? []), ...(b ?? [])]),
      },
    ],
  },
  {
    name: 'AS_MAP',
    description: 'A map from an array of keys and an array of values (missing values are NULL).',
    overloads: [
      {
        params: ['ARRAY<STRING>', 'ARRAY<T>'],
        returns: 'MAP<STRING, T>',
        impl: (keys: (string | null)[], values: unknown[]) => {
          const m = new Map<string | null, unknown>();
          for (let i = 0; i < keys.length; i++) m.set(keys[i], i < values.length ? values[i] : null);
          return m;
        },
      },
    ],
  },
  {
    name: 'ENTRIES',
    description: 'The entries of a map as an array of STRUCT<K STRING, V ...>, optionally sorted by key.',
    overloads: ['INT', 'BIGINT', 'DOUBLE', 'BOOLEAN', 'STRING'].map((t) => ({
      params: [`MAP<STRING, ${t}>`, 'BOOLEAN'],
      returns: `ARRAY<STRUCT<K STRING, V ${t}>>`,
      impl: entries,
    })),
  },
];
