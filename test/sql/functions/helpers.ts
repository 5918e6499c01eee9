/**
 * Calls built-in functions through the real registry the way the expression compiler does: resolve the
 * overload from argument types, cast arguments to the parameter types, honour the NULL policy, and turn a
 * throwing implementation into NULL.
 */
import { createRegistry } from '../../../src/sql/functions';
import type { CallContext, Udaf } from '../../../src/sql/functions/registry';
import { Decimal, parseType, type SqlType } from '../../../src/sql/types';

export const registry = createRegistry();

/** A value with an explicit SQL type, for arguments whose JS value is ambiguous (DATE vs INT, DOUBLE 1.0). */
export interface Typed {
  typed: true;
  type: SqlType;
  value: unknown;
}

export function typed(type: string, value: unknown): Typed {
  return { typed: true, type: parseType(type), value };
}

function isTyped(v: unknown): v is Typed {
  return typeof v === 'object' && v !== null && (v as Typed).typed === true;
}

export function typeOf(v: unknown): SqlType {
  if (isTyped(v)) return v.type;
  if (v === null) return { base: 'NULL' };
  if (typeof v === 'string') return { base: 'STRING' };
  if (typeof v === 'boolean') return { base: 'BOOLEAN' };
  if (typeof v === 'bigint') return { base: 'BIGINT' };
  if (typeof v === 'number') return Number.isInteger(v) ? { base: 'INTEGER' } : { base: 'DOUBLE' };
  if (Buffer.isBuffer(v)) return { base: 'BYTES' };
  if (v instanceof Decimal) return { base: 'DECIMAL', precision: Math.max(v.precision(), v.scale), scale: v.scale };
  if (Array.isArray(v)) {
    const first = v.find((x) => x !== null);
    return { base: 'ARRAY', item: first === undefined ? { base: 'STRING' } : typeOf(first) };
  }
  if (v instanceof Map) {
    const [k, x] = [...v.entries()].find(([, y]) => y !== null) ?? ['', ''];
    return { base: 'MAP', key: typeOf(k), value: typeOf(x) };
  }
  const fields = Object.entries(v as object).map(([name, x]) => ({ name, type: typeOf(x) }));
  return { base: 'STRUCT', fields };
}

function rawValue(v: unknown): unknown {
  return isTyped(v) ? v.value : v;
}

/** Implicit cast of a runtime value to a parameter type (INT -> BIGINT -> DECIMAL -> DOUBLE). */
function coerce(v: unknown, from: SqlType, to: SqlType): unknown {
  if (v === null || from.base === to.base) return v;
  if (to.base === 'BIGINT' && typeof v === 'number') return BigInt(v);
  if (to.base === 'DOUBLE' && (typeof v === 'number' || typeof v === 'bigint')) return Number(v);
  if (to.base === 'DOUBLE' && v instanceof Decimal) return v.toNumber();
  if (to.base === 'DECIMAL' && (typeof v === 'number' || typeof v === 'bigint')) return new Decimal(BigInt(v), 0);
  return v;
}

export interface CallResult {
  value: unknown;
  type: SqlType;
}

export function callTyped(name: string, ...args: unknown[]): CallResult {
  const argTypes = args.map(typeOf);
  const values = args.map(rawValue);
  const literals = values;
  const r = registry.resolveScalar(name, argTypes, { literals, config: {} });
  const ctx: CallContext = { argTypes: r.paramTypes, generics: r.generics, literals, config: {} };
  const impl = r.overload.create?.(ctx) ?? r.overload.impl!;
  const coerced = values.map((v, i) => coerce(v, argTypes[i], r.paramTypes[i] ?? argTypes[i]));
  if ((r.overload.nulls ?? 'propagate') === 'propagate' && coerced.some((v) => v === null)) {
    return { value: null, type: r.returnType };
  }
  try {
    const out = impl(...coerced);
    return { value: out === undefined ? null : out, type: r.returnType };
  } catch {
    return { value: null, type: r.returnType };
  }
}

/** The function's value for these arguments (NULL when it throws, as in a query). */
export function call(name: string, ...args: unknown[]): unknown {
  return callTyped(name, ...args).value;
}

/** The error an implementation throws (to check messages), or undefined. */
export function callError(name: string, ...args: unknown[]): string | undefined {
  const argTypes = args.map(typeOf);
  const values = args.map(rawValue);
  const r = registry.resolveScalar(name, argTypes, { literals: values, config: {} });
  const impl =
    r.overload.create?.({ argTypes: r.paramTypes, generics: r.generics, literals: values, config: {} }) ??
    r.overload.impl!;
  try {
    impl(...values.map((v, i) => coerce(v, argTypes[i], r.paramTypes[i] ?? argTypes[i])));
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

/** Runs an aggregate over column values (one per row; several columns as arrays) and returns each output. */
export function aggregate(name: string, argTypes: string[], rows: unknown[], initArgs: unknown[] = []) {
  const types = [...argTypes.map((t) => parseType(t)), ...initArgs.map(typeOf)];
  const literals = [...argTypes.map(() => undefined), ...initArgs.map(rawValue)];
  const r = registry.resolveAggregate(name, types, { literals, config: {} });
  const udaf: Udaf = r.overload.create({ argTypes: r.paramTypes, generics: r.generics, literals, config: {} });
  let acc = udaf.initialize();
  const outputs: unknown[] = [];
  for (const row of rows) {
    acc = udaf.aggregate(row, acc);
    outputs.push(structuredCloneSafe(udaf.map(acc)));
  }
  return { udaf, acc, outputs, returnType: r.returnType };
}

function structuredCloneSafe(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(structuredCloneSafe);
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, structuredCloneSafe(x)]));
  return v;
}
