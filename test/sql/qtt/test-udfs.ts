/**
 * The user-defined functions ksqlDB's own query-validation tests load besides the built-ins (BAD_UDF, WHENCONDITION and
 * WHENRESULT from its engine test sources, TOSTRUCT from its udf-example jar), written as Brook user-defined functions. They are
 * not built-ins: the loader does not read this folder; a test runner registers them with
 * `registerKsqlTestUdfs(registry)`, the way an application registers its own functions.
 */
import type { FunctionRegistry } from '../../../src/sql/functions/registry';

export function registerKsqlTestUdfs(registry: FunctionRegistry): FunctionRegistry {
  let calls = 0;
  registry.registerScalar({
    name: 'BAD_UDF',
    description: 'Throws when called (tests that a throwing function yields NULL, not a failed query).',
    overloads: [
      {
        params: ['INT'],
        returns: 'STRING',
        impl: () => {
          throw new Error('boom!');
        },
      },
      {
        params: ['BOOLEAN'],
        returns: 'INT',
        impl: (arg: boolean) => {
          if (arg) throw new Error('You asked me to throw...');
          return 0;
        },
      },
      {
        params: ['STRING'],
        returns: 'STRING',
        impl: (arg: string) => (calls++ % 2 === 0 ? null : arg),
      },
    ],
  });
  registry.registerScalar({
    name: 'TOSTRUCT',
    description: 'Wraps a string in STRUCT<A VARCHAR>.',
    overloads: [
      {
        params: ['STRING'],
        returns: 'STRUCT<A STRING>',
        nulls: 'pass',
        impl: (value: string | null) => ({ A: value }),
      },
    ],
  });
  // case-expression.json: each returns its first argument and throws when its second is false, so a CASE
  // that evaluated a branch it should have skipped is caught.
  registry.registerScalar({
    name: 'WHENCONDITION',
    description: 'Returns its first argument; throws if the second is false (tests lazy CASE).',
    overloads: [
      {
        params: ['BOOLEAN', 'BOOLEAN'],
        returns: 'BOOLEAN',
        impl: (ret: boolean, evaluated: boolean) => {
          if (!evaluated) throw new Error('When condition in case is not running lazily!');
          return ret;
        },
      },
    ],
  });
  registry.registerScalar({
    name: 'WHENRESULT',
    description: 'Returns its first argument; throws if the second is false (tests lazy CASE).',
    overloads: [
      {
        params: ['INT', 'BOOLEAN'],
        returns: 'INT',
        impl: (ret: number, evaluated: boolean) => {
          if (!evaluated) throw new Error('Then expression in case is not running lazily!');
          return ret;
        },
      },
    ],
  });
  return registry;
}
