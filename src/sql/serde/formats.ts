/**
 * Serialization formats for keys and values: JSON, KAFKA (Kafka's primitive serdes), DELIMITED (CSV) and
 * NONE. A serde maps the columns of one side (key or value) to bytes and back. AVRO / PROTOBUF / JSON_SR need
 * a schema registry and are rejected for now.
 */
import { SqlError } from '../errors';
import { javaDouble } from '../expr/cast';
import type { Column } from '../expr/row';
import { Decimal, formatType, type SqlType } from '../types';
import { JsonNumber, parseJson, stringifyJson } from './json';

export const SUPPORTED_FORMATS = ['JSON', 'KAFKA', 'DELIMITED', 'NONE'];
export const KNOWN_FORMATS = [...SUPPORTED_FORMATS, 'AVRO', 'PROTOBUF', 'JSON_SR', 'PROTOBUF_NOSR'];

export interface FormatInfo {
  format: string;
  /** DELIMITED only: one character. */
  delimiter?: string;
  /** Value side, single column: write the bare value instead of an object/array of one. */
  wrapSingle?: boolean;
}

export interface Serde {
  /** `values` in column order; null means a null record side (tombstone / null key). */
  serialize(values: unknown[] | null): Buffer | null;
  /** Throws DeserializationError on bytes that do not fit the schema (the record is skipped and logged). */
  deserialize(bytes: Buffer | null): unknown[] | null;
}

export class DeserializationError extends Error {}

function persistence(cols: Column[], side: 'key' | 'value'): string {
  return `Persistence{columns=[${cols.map((c) => `\`${c.name}\` ${formatType(c.type)}${side === 'key' ? ' KEY' : ''}`).join(', ')}], features=[]}`;
}

function containsMap(t: SqlType): boolean {
  if (t.base === 'MAP') return true;
  if (t.base === 'ARRAY') return containsMap(t.item);
  if (t.base === 'STRUCT') return t.fields.some((f) => containsMap(f.type));
  return false;
}

function unsupportedType(format: string, t: SqlType): string | undefined {
  // Kafka's primitive serdes: INT, BIGINT, DOUBLE, STRING, BYTES (and the temporal types over them)
  if (format === 'KAFKA' && ['BOOLEAN', 'DECIMAL', 'ARRAY', 'MAP', 'STRUCT'].includes(t.base)) return t.base;
  if (format === 'DELIMITED' && (t.base === 'ARRAY' || t.base === 'MAP' || t.base === 'STRUCT')) return t.base;
  return undefined;
}

/** Rejects schemas a format cannot carry, with ksqlDB's messages. */
export function checkFormatSupports(info: FormatInfo, cols: Column[], side: 'key' | 'value'): void {
  const format = info.format;
  if (side === 'key') {
    for (const c of cols) {
      if (containsMap(c.type)) {
        throw new SqlError(
          `Map keys, including types that contain maps, are not supported as they may lead to unexpected behavior due to inconsistent serialization. Key column name: \`${c.name}\`. Column type: ${formatType(c.type)}. See https://github.com/confluentinc/ksql/issues/6621 for more.`,
        );
      }
    }
  }
  if (format === 'NONE') {
    if (cols.length > 0) {
      throw new SqlError(
        `The 'NONE' format can only be used when no columns are defined. Got: [${cols.map((c) => `\`${c.name}\` ${formatType(c.type)}${side === 'key' ? ' KEY' : ''}`).join(', ')}]`,
      );
    }
    return;
  }
  for (const c of cols) {
    const bad = unsupportedType(format, c.type);
    if (bad) {
      const msg = `The '${format}' format does not support type '${bad}'`;
      if (side === 'key') {
        throw new SqlError(
          `Key format does not support schema.\nformat: ${format}\nschema: ${persistence(cols, side)}\nreason: ${msg}, column: \`${c.name}\``,
        );
      }
      throw new SqlError(msg);
    }
    if (format === 'JSON' && c.type.base === 'MAP' && c.type.key.base !== 'STRING') {
      throw new SqlError('JSON only supports MAP types with STRING keys');
    }
  }
  if (format === 'KAFKA' && cols.length > 1) {
    const reason = `The 'KAFKA' format only supports a single field. Got: [${cols.map((c) => `\`${c.name}\` ${formatType(c.type)}${side === 'key' ? ' KEY' : ''}`).join(', ')}]`;
    throw new SqlError(
      `${side === 'key' ? 'Key' : 'Value'} format does not support schema.\nformat: KAFKA\nschema: ${persistence(cols, side)}\nreason: ${reason}`,
    );
  }
}

export function makeSerde(info: FormatInfo, cols: Column[], side: 'key' | 'value'): Serde {
  const serde = formatSerde(info, cols, side);
  if (side === 'value') return serde;
  // a key whose columns are all NULL is a null key
  return {
    serialize: (values) =>
      values === null || (cols.length === 1 && (values[0] === null || values[0] === undefined))
        ? null
        : serde.serialize(values),
    deserialize: (bytes) => serde.deserialize(bytes),
  };
}

function formatSerde(info: FormatInfo, cols: Column[], side: 'key' | 'value'): Serde {
  switch (info.format) {
    case 'JSON':
      return jsonSerde(cols, side === 'key' ? cols.length === 1 : cols.length === 1 && info.wrapSingle === false);
    case 'KAFKA':
      return kafkaSerde(cols);
    case 'DELIMITED':
      return delimitedSerde(cols, info.delimiter ?? ',');
    case 'NONE':
      return { serialize: () => null, deserialize: () => [] };
    default:
      throw new SqlError(`The '${info.format}' format is not supported yet (it needs a schema registry).`);
  }
}

// ---- JSON

/**
 * Each column's `"NAME":` text, for writing a row's object without building it first; undefined when an object
 * would not keep the columns in order (an array-index name is enumerated first) or would drop one (`__proto__`).
 */
function jsonFieldPrefixes(cols: Column[]): string[] | undefined {
  if (cols.some((c) => /^(0|[1-9]\d*)$/.test(c.name) || c.name === '__proto__')) return undefined;
  if (new Set(cols.map((c) => c.name)).size !== cols.length) return undefined;
  return cols.map((c, i) => `${i > 0 ? ',' : '{'}${JSON.stringify(c.name)}:`);
}

function jsonSerde(cols: Column[], unwrapped: boolean): Serde {
  const prefixes = jsonFieldPrefixes(cols);
  return {
    serialize(values) {
      if (values === null) return null;
      if (unwrapped) return Buffer.from(stringifyJson(toJsonValue(values[0], cols[0].type)));
      if (prefixes && cols.length > 0) {
        let text = '';
        for (let i = 0; i < cols.length; i++) text += prefixes[i] + stringifyJson(toJsonValue(values[i], cols[i].type));
        return Buffer.from(`${text}}`);
      }
      const obj: Record<string, unknown> = {};
      cols.forEach((c, i) => {
        obj[c.name] = toJsonValue(values[i], c.type);
      });
      return Buffer.from(stringifyJson(obj));
    },
    deserialize(bytes) {
      if (bytes === null) return null;
      let v: unknown;
      try {
        v = parseJson(bytes.toString('utf8'));
      } catch (e) {
        throw new DeserializationError(`Failed to deserialize JSON: ${(e as Error).message}`);
      }
      if (v === null) return null;
      const isObject = typeof v === 'object' && !Array.isArray(v) && !(v instanceof JsonNumber);
      if (unwrapped || (cols.length === 1 && !isObject && cols[0].type.base !== 'STRUCT')) {
        return [fromJson(v, cols[0].type)];
      }
      if (cols.length === 1 && isObject && cols[0].type.base === 'STRUCT' && !findField(v as object, cols[0].name)) {
        // an anonymous struct value for a single STRUCT column
        return [fromJson(v, cols[0].type)];
      }
      if (!isObject) throw new DeserializationError('Expected a JSON object');
      return cols.map((c) => {
        const f = findField(v as object, c.name);
        return f === undefined ? null : fromJson(f, c.type);
      });
    },
  };
}

function findField(obj: object, name: string): unknown {
  const o = obj as Record<string, unknown>;
  if (name in o) return o[name];
  const upper = name.toUpperCase();
  for (const k of Object.keys(o)) if (k.toUpperCase() === upper) return o[k];
  return undefined;
}

/** Runtime value -> JSON-ready value (Maps become objects, structs keep field order). */
export function toJsonValue(v: unknown, t: SqlType): unknown {
  if (v === null || v === undefined) return null;
  switch (t.base) {
    case 'ARRAY':
      return (v as unknown[]).map((x) => toJsonValue(x, t.item));
    case 'MAP': {
      const o: Record<string, unknown> = {};
      for (const [k, x] of v as Map<unknown, unknown>) o[String(k)] = toJsonValue(x, t.value);
      return o;
    }
    case 'STRUCT': {
      const o: Record<string, unknown> = {};
      for (const f of t.fields) o[f.name] = toJsonValue((v as Record<string, unknown>)[f.name], f.type);
      return o;
    }
    default:
      return v;
  }
}

function num(v: unknown): number {
  if (v instanceof JsonNumber) return v.toNumber();
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  throw new DeserializationError(`Can't convert type. sourceType: ${typeof v}, requiredType: number`);
}

/** JSON value -> runtime value of type `t` (ksqlDB's lenient JSON coercions). */
export function fromJson(v: unknown, t: SqlType): unknown {
  if (v === null || v === undefined) return null;
  switch (t.base) {
    case 'BOOLEAN':
      if (typeof v === 'boolean') return v;
      if (typeof v === 'string' && /^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
      throw new DeserializationError(`Can't convert type. sourceType: ${typeof v}, requiredType: BOOLEAN`);
    case 'INTEGER': {
      const n = num(v);
      return Math.trunc(n) | 0;
    }
    case 'BIGINT':
      if (v instanceof JsonNumber && v.isIntegral()) return BigInt.asIntN(64, BigInt(v.raw));
      if (typeof v === 'string' && /^-?\d+$/.test(v.trim())) return BigInt(v.trim());
      return BigInt(Math.trunc(num(v)));
    case 'DOUBLE':
      return num(v);
    case 'DECIMAL': {
      const text =
        v instanceof JsonNumber ? v.raw : typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null;
      if (text === null) throw new DeserializationError('Cannot convert to DECIMAL');
      return Decimal.parse(text).setScale(t.scale);
    }
    case 'STRING':
      if (typeof v === 'string') return v;
      if (v instanceof JsonNumber) return v.raw;
      if (typeof v === 'boolean') return String(v);
      return stringifyJson(v);
    case 'BYTES':
      if (typeof v === 'string') return Buffer.from(v, 'base64');
      throw new DeserializationError('Cannot convert to BYTES');
    case 'TIMESTAMP':
    case 'TIME':
    case 'DATE':
      return Math.trunc(num(v));
    case 'ARRAY':
      if (!Array.isArray(v)) throw new DeserializationError('Expected a JSON array');
      return v.map((x) => fromJson(x, t.item));
    case 'MAP': {
      if (typeof v !== 'object' || Array.isArray(v) || v instanceof JsonNumber) {
        throw new DeserializationError('Expected a JSON object');
      }
      const m = new Map<unknown, unknown>();
      for (const [k, x] of Object.entries(v as object)) m.set(fromJson(k, t.key), fromJson(x, t.value));
      return m;
    }
    case 'STRUCT': {
      if (typeof v !== 'object' || Array.isArray(v) || v instanceof JsonNumber) {
        throw new DeserializationError('Expected a JSON object');
      }
      const out: Record<string, unknown> = {};
      for (const f of t.fields) {
        const x = findField(v as object, f.name);
        out[f.name] = x === undefined ? null : fromJson(x, f.type);
      }
      return out;
    }
    default:
      return v;
  }
}

// ---- KAFKA

function kafkaSerde(cols: Column[]): Serde {
  if (cols.length === 0) return { serialize: () => null, deserialize: () => [] };
  const t = cols[0].type;
  return {
    serialize(values) {
      if (values === null || values[0] === null || values[0] === undefined) return null;
      const v = values[0];
      switch (t.base) {
        case 'INTEGER': {
          const b = Buffer.alloc(4);
          b.writeInt32BE(v as number);
          return b;
        }
        case 'BIGINT': {
          const b = Buffer.alloc(8);
          b.writeBigInt64BE(BigInt(v as bigint));
          return b;
        }
        case 'DOUBLE': {
          const b = Buffer.alloc(8);
          b.writeDoubleBE(v as number);
          return b;
        }
        case 'BYTES':
          return v as Buffer;
        case 'BOOLEAN':
          return Buffer.from([v ? 1 : 0]);
        default:
          return Buffer.from(String(v instanceof Decimal ? v.toString() : v), 'utf8');
      }
    },
    deserialize(bytes) {
      if (bytes === null) return null;
      switch (t.base) {
        case 'INTEGER':
          if (bytes.length !== 4)
            throw new DeserializationError(`Size of data received by IntegerDeserializer is not 4`);
          return [bytes.readInt32BE(0)];
        case 'BIGINT':
          if (bytes.length !== 8) throw new DeserializationError(`Size of data received by LongDeserializer is not 8`);
          return [bytes.readBigInt64BE(0)];
        case 'DOUBLE':
          if (bytes.length !== 8)
            throw new DeserializationError(`Size of data received by DoubleDeserializer is not 8`);
          return [bytes.readDoubleBE(0)];
        case 'BYTES':
          return [bytes];
        case 'BOOLEAN':
          return [bytes[0] !== 0];
        default:
          return [bytes.toString('utf8')];
      }
    },
  };
}

// ---- DELIMITED

function parseCsvLine(line: string, delim: string): (string | null)[] {
  const out: (string | null)[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let s = '';
      i++;
      for (;;) {
        if (i >= line.length) throw new DeserializationError('Unterminated quoted field');
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            s += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += line[i++];
      }
      out.push(s);
    } else {
      const end = line.indexOf(delim, i);
      const s = end < 0 ? line.slice(i) : line.slice(i, end);
      out.push(s === '' ? null : s);
      i = end < 0 ? line.length : end;
    }
    if (i >= line.length) return out;
    if (line[i] !== delim) throw new DeserializationError('Malformed delimited record');
    i++;
    if (i === line.length) {
      out.push(null);
      return out;
    }
  }
}

/** Apache Commons CSV's QuoteMode.MINIMAL decision, which ksqlDB's DELIMITED writer uses. */
function needsQuotes(s: string, delim: string, first: boolean): boolean {
  if (s.length === 0) return first;
  const c = s.charCodeAt(0);
  if (first && !/[0-9A-Za-z]/.test(s[0])) return true;
  if (c <= 0x23) return true;
  for (const ch of s) if (ch === '\n' || ch === '\r' || ch === '"' || ch === delim) return true;
  return s.charCodeAt(s.length - 1) <= 0x20;
}

function delimitedField(v: unknown, t: SqlType, delim: string, first: boolean): string {
  if (v === null || v === undefined) return '';
  let s: string;
  if (t.base === 'DOUBLE') s = javaDouble(v as number);
  else if (t.base === 'BYTES') s = (v as Buffer).toString('base64');
  else s = String(v instanceof Decimal ? v.toString() : v);
  return needsQuotes(s, delim, first) ? `"${s.replace(/"/g, '""')}"` : s;
}

function fromDelimited(s: string, t: SqlType): unknown {
  switch (t.base) {
    case 'STRING':
      return s;
    case 'BOOLEAN':
      return s.trim().toLowerCase() === 'true';
    case 'INTEGER':
    case 'BIGINT':
    case 'DOUBLE':
    case 'TIMESTAMP':
    case 'DATE':
    case 'TIME': {
      const n = Number(s.trim());
      if (s.trim() === '' || Number.isNaN(n)) throw new DeserializationError(`Invalid ${t.base}: ${s}`);
      if (t.base === 'BIGINT') return BigInt(s.trim());
      if (t.base === 'INTEGER') return n | 0;
      return n;
    }
    case 'DECIMAL':
      return Decimal.parse(s).setScale(t.scale);
    case 'BYTES':
      return Buffer.from(s, 'base64');
    default:
      throw new DeserializationError(`DELIMITED cannot carry ${formatType(t)}`);
  }
}

function delimitedSerde(cols: Column[], delim: string): Serde {
  return {
    serialize(values) {
      if (values === null) return null;
      return Buffer.from(cols.map((c, i) => delimitedField(values[i], c.type, delim, i === 0)).join(delim), 'utf8');
    },
    deserialize(bytes) {
      if (bytes === null) return null;
      const fields = parseCsvLine(bytes.toString('utf8'), delim);
      if (fields.length !== cols.length) {
        throw new DeserializationError(
          `Unexpected field count, csvFields:${fields.length} schemaFields:${cols.length}`,
        );
      }
      return cols.map((c, i) => (fields[i] === null ? null : fromDelimited(fields[i] as string, c.type)));
    },
  };
}

/** Resolves VALUE_DELIMITER / KEY_DELIMITER text, or throws ksqlDB's configuration error. */
export function parseDelimiter(prop: string, text: string): string {
  const upper = text.toUpperCase();
  if (upper === 'TAB') return '\t';
  if (upper === 'SPACE') return ' ';
  if (text.trim() === '') {
    throw new SqlError(
      `Failed to prepare statement: Configuration ${prop} is invalid: Delimiter cannot be empty, if you meant to have a tab or space for delimiter, please use the special values 'TAB' or 'SPACE'\nExample valid value: ';'`,
    );
  }
  if (text.length !== 1) {
    throw new SqlError(
      `Failed to prepare statement: Configuration ${prop} is invalid: Invalid delimiter value: '${text}'. Delimiter must be a single character or TAB,SPACE\nExample valid value: ';'`,
    );
  }
  return text;
}

// ---- windowed keys (Kafka Streams' TimeWindowedSerde / SessionWindowedSerde)

export interface WindowedKey {
  key: Buffer | null;
  start: number;
  end: number;
}

export function serializeWindowedKey(
  inner: Buffer | null,
  type: 'time' | 'session',
  start: number,
  end: number,
): Buffer {
  const base = inner ?? Buffer.alloc(0);
  if (type === 'time') {
    const b = Buffer.alloc(base.length + 8);
    base.copy(b);
    b.writeBigInt64BE(BigInt(start), base.length);
    return b;
  }
  const b = Buffer.alloc(base.length + 16);
  base.copy(b);
  b.writeBigInt64BE(BigInt(end), base.length);
  b.writeBigInt64BE(BigInt(start), base.length + 8);
  return b;
}

/** For time windows the end is not in the bytes: `size` gives it. */
export function deserializeWindowedKey(bytes: Buffer, type: 'time' | 'session', size = 0): WindowedKey {
  if (type === 'time') {
    const start = Number(bytes.readBigInt64BE(bytes.length - 8));
    return { key: bytes.subarray(0, bytes.length - 8), start, end: start + size };
  }
  const end = Number(bytes.readBigInt64BE(bytes.length - 16));
  const start = Number(bytes.readBigInt64BE(bytes.length - 8));
  return { key: bytes.subarray(0, bytes.length - 16), start, end };
}
