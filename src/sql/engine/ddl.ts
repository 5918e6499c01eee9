/** WITH-clause properties and source definitions: formats, timestamps, windows, and their validation. */
import { SqlError } from '../errors';
import type { Column, Schema } from '../expr/row';
import type { Props } from '../parser/ast';
import { checkFormatSupports, type FormatInfo, KNOWN_FORMATS, parseDelimiter } from '../serde/formats';
import type { WindowInfo } from './metastore';

const KNOWN_PROPS = new Set([
  'KAFKA_TOPIC',
  'VALUE_FORMAT',
  'KEY_FORMAT',
  'FORMAT',
  'PARTITIONS',
  'REPLICAS',
  'TIMESTAMP',
  'TIMESTAMP_FORMAT',
  'WRAP_SINGLE_VALUE',
  'VALUE_DELIMITER',
  'KEY_DELIMITER',
  'WINDOW_TYPE',
  'WINDOW_SIZE',
  'RETENTION_MS',
  'VALUE_SCHEMA_ID',
  'KEY_SCHEMA_ID',
  'VALUE_AVRO_SCHEMA_FULL_NAME',
  'VALUE_SCHEMA_FULL_NAME',
  'KEY_SCHEMA_FULL_NAME',
  'CLEANUP_POLICY',
  'SOURCED_BY_CONNECTOR',
]);

export function propString(props: Props, name: string): string | undefined {
  const p = props.get(name);
  if (!p) return undefined;
  return String(p.value);
}

export function checkProps(props: Props): void {
  for (const [name, p] of props) {
    if (!KNOWN_PROPS.has(name)) throw new SqlError(`Invalid config variable(s) in the WITH clause: ${name}`, p.pos);
  }
}

function formatName(text: string): string {
  const f = text.toUpperCase();
  if (!KNOWN_FORMATS.includes(f)) throw new SqlError(`Unknown format: ${f}`);
  return f;
}

export interface FormatDefaults {
  key?: string;
  value?: string;
  wrapSingle?: boolean;
}

/** Key and value formats from KEY_FORMAT / VALUE_FORMAT / FORMAT, falling back to `defaults`. */
export function formatsFromProps(
  props: Props,
  defaults: FormatDefaults,
  statementKind: 'create' | 'createAs',
): { key: FormatInfo; value: FormatInfo; keyExplicit: boolean } {
  const format = propString(props, 'FORMAT');
  const keyFormat = propString(props, 'KEY_FORMAT');
  const valueFormat = propString(props, 'VALUE_FORMAT');
  if (format && keyFormat) {
    throw new SqlError(
      "Cannot supply both 'KEY_FORMAT' and 'FORMAT' properties, as 'FORMAT' sets both key and value formats. Either use just 'FORMAT', or use 'KEY_FORMAT' and 'VALUE_FORMAT'.",
    );
  }
  if (format && valueFormat) {
    throw new SqlError(
      "Cannot supply both 'VALUE_FORMAT' and 'FORMAT' properties, as 'FORMAT' sets both key and value formats. Either use just 'FORMAT', or use 'KEY_FORMAT' and 'VALUE_FORMAT'.",
    );
  }
  const keyName = format ?? keyFormat ?? defaults.key ?? 'KAFKA';
  const valueName = format ?? valueFormat ?? defaults.value;
  if (!valueName) {
    throw new SqlError(
      statementKind === 'create'
        ? "Missing required property \"VALUE_FORMAT\" for CREATE STREAM/TABLE. Set 'VALUE_FORMAT' in the WITH clause or set 'ksql.persistence.default.format.value'."
        : 'Missing value format.',
    );
  }
  const key: FormatInfo = { format: formatName(keyName) };
  const value: FormatInfo = { format: formatName(valueName) };
  const kd = propString(props, 'KEY_DELIMITER');
  if (kd !== undefined) key.delimiter = parseDelimiter('KEY_DELIMITER', kd);
  const vd = propString(props, 'VALUE_DELIMITER');
  if (vd !== undefined) value.delimiter = parseDelimiter('VALUE_DELIMITER', vd);
  const wrap = props.get('WRAP_SINGLE_VALUE');
  if (wrap) {
    const w = wrap.value === true || String(wrap.value).toLowerCase() === 'true';
    if (value.format === 'KAFKA' && w) {
      throw new SqlError(
        "Format 'KAFKA' does not support 'WRAP_SINGLE_VALUE' set to 'true'.",
        undefined,
        'KsqlException',
      );
    }
    value.wrapSingle = w;
  } else if (defaults.wrapSingle !== undefined) value.wrapSingle = defaults.wrapSingle;
  return { key, value, keyExplicit: !!(format || keyFormat) };
}

/** Validates a schema against its formats (WRAP_SINGLE_VALUE, format type support). */
export function checkSchemaFormats(schema: Schema, key: FormatInfo, value: FormatInfo, explicitWrap: boolean): void {
  const valueCols = schema.value.filter((c) => !c.headers);
  if (explicitWrap && valueCols.length !== 1) {
    throw new SqlError("'WRAP_SINGLE_VALUE' is only valid for single-field value schemas");
  }
  checkFormatSupports(key, schema.key, 'key');
  checkFormatSupports(value, valueCols, 'value');
}

export function windowFromProps(props: Props): WindowInfo | undefined {
  const type = propString(props, 'WINDOW_TYPE');
  const size = propString(props, 'WINDOW_SIZE');
  if (!type) return undefined;
  const t = type.toUpperCase();
  if (t !== 'TUMBLING' && t !== 'HOPPING' && t !== 'SESSION') throw new SqlError(`Unknown window type: ${type}`);
  if (t === 'SESSION') {
    if (size)
      throw new SqlError("'WINDOW_SIZE' should not be set for SESSION windows.", undefined, 'ParseFailedException');
    return { type: t };
  }
  if (!size) throw new SqlError(`'WINDOW_SIZE' is required for ${t} windows.`, undefined, 'ParseFailedException');
  return { type: t, size: parseDurationText(size) };
}

const UNIT_MS: Record<string, number> = {
  MILLISECOND: 1,
  MILLISECONDS: 1,
  SECOND: 1000,
  SECONDS: 1000,
  MINUTE: 60000,
  MINUTES: 60000,
  HOUR: 3600000,
  HOURS: 3600000,
  DAY: 86400000,
  DAYS: 86400000,
};

export function parseDurationText(text: string): number {
  const m = /^\s*(\d+)\s+([A-Za-z]+)\s*$/.exec(text);
  if (!m || !(m[2].toUpperCase() in UNIT_MS)) throw new SqlError(`Invalid duration: ${text}`);
  return Number(m[1]) * UNIT_MS[m[2].toUpperCase()];
}

/** TIMESTAMP / TIMESTAMP_FORMAT validation against the schema. */
export function timestampFromProps(props: Props, schema: Schema): { column: string; format?: string } | undefined {
  const col = propString(props, 'TIMESTAMP');
  if (!col) return undefined;
  const format = propString(props, 'TIMESTAMP_FORMAT');
  const name = col.startsWith('`') || col.startsWith('"') ? col.slice(1, -1) : col.toUpperCase();
  const c: Column | undefined = [...schema.key, ...schema.value].find((x) => x.name === name);
  if (!c) throw new SqlError(`The TIMESTAMP column set in the WITH clause does not exist in the schema: '${name}'`);
  const ok =
    c.type.base === 'BIGINT' || c.type.base === 'TIMESTAMP' || (c.type.base === 'STRING' && format !== undefined);
  if (!ok) {
    throw new SqlError(
      `Timestamp column, \`${name}\`, should be LONG(INT64), TIMESTAMP, or a String with a timestamp_format specified.`,
      undefined,
      'KsqlException',
    );
  }
  return { column: name, format };
}
