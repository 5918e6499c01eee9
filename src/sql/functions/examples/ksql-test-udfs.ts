/**
 * The user-defined functions ksqlDB's own query-validation tests load besides the built-ins (BAD_UDF from its
 * engine test sources, TOSTRUCT from its udf-example jar), written as Brook user-defined functions. They are
 * not built-ins: the loader does not read this folder; a test runner registers them with
 * `registerKsqlTestUdfs(registry)`, the way an application registers its own functions.
 */
import type { FunctionRegistry } from '../registry';

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
  return registry;
}
