/** Function calls: scalar functions, lambda functions (TRANSFORM, FILTER, REDUCE) and time-unit arguments. */
import { SqlError } from '../errors';
import { lambdaFunctions } from '../functions/lambda';
import { FunctionResolutionError, type FunctionRegistry } from '../functions/registry';
import type { Expr } from '../parser/ast';
import { formatType, type SqlType, T } from '../types';
import { castValue } from './cast';
import { formatExpr } from './format';
import type { Row } from './row';
import { compile, coerceTo } from './compile';
import { type Compiled, type Scope, type CompileContext, constant, guarded, safe } from './runtime';

/**
 * Calls of lambda functions (TRANSFORM, FILTER, REDUCE from the function library's `lambdaFunctions`): each
 * lambda body is compiled with its parameters bound to the collection's element / key / value types and
 * handed to the implementation as a JS function.
 */
function compileLambdaCall(e: Expr & { k: 'call' }, ctx: CompileContext): Compiled {
  const fn = lambdaFunctions.find((f) => f.name === e.name);
  if (!fn) throw new SqlError(`Function '${e.name.toLowerCase()}' does not accept lambda arguments.`, e.pos);
  const coll = compile(e.args[0], ctx);
  const ct = coll.type;
  if (ct.base !== 'ARRAY' && ct.base !== 'MAP') {
    throw new SqlError(`Function '${e.name.toLowerCase()}' expects an ARRAY or a MAP, got ${formatType(ct)}.`, e.pos);
  }
  const elemTypes = ct.base === 'ARRAY' ? [ct.item] : [ct.key, ct.value];
  const lambda = (arg: Expr, paramTypes: SqlType[]) => {
    if (arg.k !== 'lambda') throw new SqlError(`Expected a lambda in ${formatExpr(e)}`, arg.pos);
    if (arg.params.length !== paramTypes.length) {
      throw new SqlError(
        `Lambda ${formatExpr(arg)} takes ${arg.params.length} arguments, ${e.name} passes ${paramTypes.length}.`,
        arg.pos,
      );
    }
    const frame: unknown[] = [];
    const outer = ctx.scope;
    const scope: Scope = {
      resolve(qualifier, name, ref) {
        const i = qualifier ? -1 : arg.params.indexOf(name);
        if (i >= 0) return { type: paramTypes[i], get: () => frame[i] ?? null };
        return outer.resolve(qualifier, name, ref);
      },
    };
    const body = compile(arg.body, { ...ctx, scope });
    return {
      type: body.type,
      make:
        (row: Row) =>
        (...values: unknown[]) => {
          const saved = frame.slice();
          values.forEach((v, i) => {
            frame[i] = v;
          });
          try {
            return safe(body)(row);
          } finally {
            saved.forEach((v, i) => {
              frame[i] = v;
            });
          }
        },
    };
  };
  let type: SqlType;
  let build: (row: Row) => unknown[];
  switch (e.name) {
    case 'TRANSFORM': {
      if (ct.base === 'ARRAY') {
        const f = lambda(e.args[1], elemTypes);
        type = T.array(f.type);
        build = (row) => [f.make(row)];
      } else {
        const fk = lambda(e.args[1], elemTypes);
        const fv = lambda(e.args[2], elemTypes);
        type = T.map(fk.type, fv.type);
        build = (row) => [fk.make(row), fv.make(row)];
      }
      break;
    }
    case 'FILTER': {
      const f = lambda(e.args[1], elemTypes);
      if (f.type.base !== 'BOOLEAN')
        throw new SqlError(`FILTER lambda must return BOOLEAN, got ${formatType(f.type)}.`, e.pos);
      type = ct;
      build = (row) => [f.make(row)];
      break;
    }
    default: {
      const init = compile(e.args[1], ctx);
      const stateType = init.type;
      const f = lambda(e.args[2], [stateType, ...elemTypes]);
      const coerced = (row: Row) => {
        const g = f.make(row);
        return (...a: unknown[]) => {
          const v = g(...a);
          return v === null ? null : castValue(v, f.type, stateType);
        };
      };
      type = stateType;
      build = (row) => [safe(init)(row), coerced(row)];
    }
  }
  return {
    type,
    eval: guarded((row) => {
      const c = coll.eval(row);
      const v = fn.impl(c, ...build(row));
      return v === undefined ? null : v;
    }),
  };
}

const TIME_UNITS = new Set([
  'NANOSECOND',
  'NANOSECONDS',
  'MICROSECOND',
  'MICROSECONDS',
  'MILLISECOND',
  'MILLISECONDS',
  'SECOND',
  'SECONDS',
  'MINUTE',
  'MINUTES',
  'HOUR',
  'HOURS',
  'DAY',
  'DAYS',
]);

/** A bare time-unit keyword argument (`DATEADD(DAYS, 1, d)`) reaches functions as a STRING literal. */
function compileArg(a: Expr, ctx: CompileContext): Compiled {
  if (a.k === 'col' && !a.qualifier && TIME_UNITS.has(a.name.toUpperCase())) {
    try {
      return compile(a, ctx);
    } catch {
      return constant(T.STRING, a.name.toUpperCase());
    }
  }
  return compile(a, ctx);
}

export function compileCall(e: Expr & { k: 'call' }, ctx: CompileContext): Compiled {
  if (ctx.functions.isAggregate(e.name)) {
    throw new SqlError(`Aggregate functions can not be used here: ${formatExpr(e)}`, e.pos);
  }
  if (e.name === 'AS_VALUE' && e.args.length === 1) return compile(e.args[0], ctx);
  if (e.args.some((a) => a.k === 'lambda')) return compileLambdaCall(e, ctx);
  const args = e.args.map((a) => compileArg(a, ctx));
  const argTypes = args.map((a) => a.type);
  let resolved: ReturnType<FunctionRegistry['resolveScalar']>;
  try {
    resolved = ctx.functions.resolveScalar(e.name, argTypes, {
      literals: args.map((a) => (a.constant ? a.constant.value : undefined)),
      config: ctx.config,
    });
  } catch (err) {
    if (err instanceof FunctionResolutionError) throw new SqlError(err.message, e.pos);
    throw err;
  }
  const coerced = args.map((a, i) => safe(coerceTo(a, resolved.paramTypes[i] ?? a.type)));
  const o = resolved.overload;
  const impl =
    o.create?.({
      argTypes: resolved.paramTypes,
      generics: resolved.generics,
      literals: args.map((a) => (a.constant ? a.constant.value : undefined)),
      config: ctx.config,
    }) ?? o.impl;
  if (!impl) throw new SqlError(`Function ${e.name} has no implementation`, e.pos);
  const propagate = (o.nulls ?? 'propagate') === 'propagate';
  return {
    type: resolved.returnType,
    eval: (row) => {
      const values = coerced.map((c) => c(row));
      if (propagate && values.some((v) => v === null)) return null;
      try {
        const out = impl(...values);
        return out === undefined ? null : out;
      } catch {
        return null;
      }
    },
  };
}
