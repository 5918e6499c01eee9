/** The row shape every operator and compiled expression works on, and the schema that names its columns. */
import { formatType, type SqlType } from '../types';

export interface Window {
  start: number;
  end: number;
}

export interface Row {
  /** Key columns in schema order. */
  key: unknown[];
  /** Value columns in schema order; null for a tombstone / null value. */
  value: unknown[] | null;
  /** Event time (ROWTIME), epoch ms. */
  ts: number;
  partition: number;
  offset: number;
  window?: Window;
  headers?: { key: string; value: Buffer | null }[];
  /** The record's key was null (as opposed to a key whose columns are null). */
  nullKey?: boolean;
}

export interface Column {
  name: string;
  type: SqlType;
  /** HEADERS / HEADER('k') columns are read from record headers (value side, read-only). */
  headers?: { key?: string };
}

export interface Schema {
  key: Column[];
  value: Column[];
}

export function schemaToString(s: Schema): string {
  return [
    ...s.key.map((c) => `\`${c.name}\` ${formatType(c.type)} KEY`),
    ...s.value.map((c) => `\`${c.name}\` ${formatType(c.type)}`),
  ].join(', ');
}
