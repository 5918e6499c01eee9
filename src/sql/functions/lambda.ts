/**
 * Invocation functions that take lambdas: TRANSFORM, FILTER, REDUCE (ksqlDB's udf/lambda). The engine compiles
 * each lambda to a JS function and passes it as an argument; the result types come from the lambda bodies:
 *
 * | call                               | lambda parameter types     | result type                 |
 * | ---------------------------------- | -------------------------- | --------------------------- |
 * | TRANSFORM(ARRAY<T>, x => R)        | x: T                       | ARRAY<R>                    |
 * | TRANSFORM(MAP<K,V>, (k,v) => K2, (k,v) => V2) | k: K, v: V      | MAP<K2, V2>                 |
 * | FILTER(ARRAY<T>, x => BOOLEAN)     | x: T                       | ARRAY<T>                    |
 * | FILTER(MAP<K,V>, (k,v) => BOOLEAN) | k: K, v: V                 | MAP<K, V>                   |
 * | REDUCE(ARRAY<T>, S, (s,x) => S)    | s: S, x: T                 | S                           |
 * | REDUCE(MAP<K,V>, S, (s,k,v) => S)  | s: S, k: K, v: V           | S                           |
 *
 * The family loader registers only `scalars` and `aggregates`; the engine uses `lambdaFunctions` when it
 * supports lambda expressions. NULL collections give NULL (REDUCE: the initial state), a NULL state gives
 * NULL, a FILTER predicate returning NULL and TRANSFORM producing a duplicate map key fail the row like Java.
 */
import { valueKey } from './support/values';

type Fn = (...args: unknown[]) => unknown;

export interface LambdaFunction {
  name: string;
  description: string;
  /** Implementation for an array (`collection` is an array) or a map (`collection` is a Map). */
  impl: (collection: unknown, ...rest: unknown[]) => unknown;
}

function transform(collection: unknown, f1: Fn, f2?: Fn): unknown {
  if (collection === null) return null;
  if (Array.isArray(collection)) return collection.map((x) => f1(x));
  if (!f2) throw new Error('TRANSFORM of a map needs a key lambda and a value lambda');
  const out = new Map<unknown, unknown>();
  const seen = new Set<string>();
  for (const [k, v] of collection as Map<unknown, unknown>) {
    const nk = f1(k, v);
    const key = valueKey(nk);
    if (seen.has(key)) throw new Error(`Duplicate key ${String(nk)}`);
    seen.add(key);
    out.set(nk, f2(k, v));
  }
  return out;
}

function truthy(v: unknown): boolean {
  if (v === null || v === undefined) throw new Error('FILTER lambda returned NULL');
  return v === true;
}

function filter(collection: unknown, pred: Fn): unknown {
  if (collection === null) return null;
  if (Array.isArray(collection)) return collection.filter((x) => truthy(pred(x)));
  return new Map([...(collection as Map<unknown, unknown>)].filter(([k, v]) => truthy(pred(k, v))));
}

function reduce(collection: unknown, state: unknown, f: Fn): unknown {
  if (state === null) return null;
  if (collection === null) return state;
  let s: unknown = state;
  if (Array.isArray(collection)) for (const x of collection) s = f(s, x);
  else for (const [k, v] of collection as Map<unknown, unknown>) s = f(s, k, v);
  return s;
}

export const lambdaFunctions: LambdaFunction[] = [
  {
    name: 'TRANSFORM',
    description: 'Applies a lambda to each element of an array, or two lambdas to the keys and values of a map.',
    impl: (c, f1, f2) => transform(c, f1 as Fn, f2 as Fn | undefined),
  },
  {
    name: 'FILTER',
    description: 'The elements (or map entries) for which a lambda is true.',
    impl: (c, f) => filter(c, f as Fn),
  },
  {
    name: 'REDUCE',
    description: 'Folds an array (or map entries) into a state with a lambda, from an initial state.',
    impl: (c, s, f) => reduce(c, s, f as Fn),
  },
];
