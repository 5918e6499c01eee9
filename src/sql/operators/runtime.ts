/** What an operator is built with and what it builds: the query's runtime, row handlers, key strings. */
import type { Row } from '../expr/row';
import type { FunctionRegistry } from '../functions/registry';
import type { KvStore } from '../state/store';

/**
 * A running operator's input: called once per row. An operator that acts on time passing (suppression) also
 * takes the stream time, the newest row time its input has seen, which aggregations hand on after each row.
 */
export type RowHandler = ((row: Row) => void) & { onStreamTime?: (streamTime: number) => void };

export interface Runtime {
  /** Sends an output row to the sink. */
  emit(row: Row): void;
  /** A state store whose changes go to a changelog topic. */
  store<V>(name: string): KvStore<V>;
}

/** What builders need besides the step: the query's runtime and what expressions compile against. */
export interface BuildEnv {
  rt: Runtime;
  functions: FunctionRegistry;
  config: Record<string, unknown>;
}

/** A string identifying key values (store keys, join keys): fast for single primitive keys. */
export function keyString(values: unknown[]): string {
  if (values.length === 1) {
    const v = values[0];
    switch (typeof v) {
      case 'string':
        return `s${v}`;
      case 'number':
        return `n${v}`;
      case 'bigint':
        return `n${v}`;
      case 'boolean':
        return `b${v}`;
    }
    if (v === null) return 'null';
  }
  return `j${JSON.stringify(values, jsonReplacer)}`;
}

export function jsonReplacer(_k: string, v: unknown): unknown {
  if (typeof v === 'bigint') return `${v}n`;
  if (v instanceof Map) return [...v];
  return v;
}
