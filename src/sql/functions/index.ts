/**
 * Loads every function family in this folder into one registry. A family is any module here other than
 * `registry` and `index` that exports `scalars: ScalarFunction[]` and/or `aggregates: AggregateFunction[]`;
 * dropping a new `<family>.ts` file in is enough (no list to edit, so families are added without conflicts).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type AggregateFunction, FunctionRegistry, type ScalarFunction } from './registry';

let builtins: FunctionRegistry | undefined;

function familyModules(): string[] {
  return readdirSync(__dirname)
    .filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts') && !/^(index|registry)\./.test(f))
    .filter((f) => !f.endsWith('.test.ts') && !f.endsWith('.map'))
    .map((f) => f.replace(/\.(ts|js)$/, ''))
    .filter((f, i, all) => all.indexOf(f) === i)
    .sort();
}

/** Registers all built-in families into `registry`. */
export function registerBuiltins(registry: FunctionRegistry): FunctionRegistry {
  for (const name of familyModules()) {
    // require, not import: the families are discovered on disk at run time
    const mod = require(join(__dirname, name)) as { scalars?: ScalarFunction[]; aggregates?: AggregateFunction[] };
    for (const fn of mod.scalars ?? []) registry.registerScalar(fn);
    for (const fn of mod.aggregates ?? []) registry.registerAggregate(fn);
  }
  return registry;
}

/** A fresh registry holding the built-ins (each engine gets its own, so user functions stay local). */
export function createRegistry(): FunctionRegistry {
  return registerBuiltins(new FunctionRegistry());
}

/** Shared read-only view of the built-ins (loaded once). */
export function builtinRegistry(): FunctionRegistry {
  builtins ??= createRegistry();
  return builtins;
}

export * from './registry';
