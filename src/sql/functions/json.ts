/**
 * JSON functions: EXTRACTJSONFIELD, JSON_ARRAY_CONTAINS, IS_JSON_STRING, JSON_ARRAY_LENGTH, JSON_CONCAT,
 * JSON_KEYS, JSON_RECORDS, JSON_ITEMS, TO_JSON_STRING. JSON is read and written like ksqlDB's Jackson mapper
 * (numbers kept as written, compact output).
 */
import { Decimal, type SqlType } from '../types';
import type { CallContext, ScalarFunction } from './registry';
import { formatDate, formatTimestamp } from './support/datetime/java-time';
import { type JsonNode, parseJsonTree, stringifyJsonTree } from './support/json-tree';
import { javaDouble } from './support/values';

/** UdfJsonMapper.parseJson: null for blank text, throws "Invalid JSON format" otherwise. */
function parse(text: string): JsonNode | null {
  try {
    return parseJsonTree(text);
  } catch {
    throw new Error(`Invalid JSON format:${text}`);
  }
}

const pathCache = new Map<string, string[]>();

/** ksqlDB's JsonPathTokenizer: `$`, `.name`, `[name]`, `[0]`, `["quoted \" name"]`. */
export function jsonPathTokens(path: string): string[] {
  const cached = pathCache.get(path);
  if (cached) return cached;
  const invalid = () => new Error(`Invalid JSON path: '${path}'`);
  if (!path.startsWith('$')) throw invalid();
  const tokens: string[] = [];
  let i = 1;
  const plain = (c: string, dotted: boolean) =>
    (dotted && (c === ':' || c === '@')) || c === '_' || /[\p{L}\p{Nd}]/u.test(c);
  const run = (dotted: boolean) => {
    const start = i;
    while (i < path.length && plain(path[i], dotted)) i++;
    if (i === start) throw invalid();
    return path.slice(start, i);
  };
  while (i < path.length) {
    if (path[i] === '.') {
      i++;
      tokens.push(run(true));
    } else if (path[i] === '[') {
      i++;
      if (path[i] === '"') {
        i++;
        let tok = '';
        for (;;) {
          if (i >= path.length) throw invalid();
          const c = path[i];
          if (c === '"') break;
          if (c === '\\') {
            const n = path[i + 1];
            if (n !== '"' && n !== '\\') throw invalid();
            tok += n;
            i += 2;
          } else {
            tok += c;
            i++;
          }
        }
        i++;
        tokens.push(tok);
      } else {
        tokens.push(run(false));
      }
      if (path[i] !== ']') throw invalid();
      i++;
    } else {
      throw invalid();
    }
  }
  if (pathCache.size > 1000) pathCache.clear();
  pathCache.set(path, tokens);
  return tokens;
}

function extractJsonField(input: string, path: string): string | null {
  const tokens = jsonPathTokens(path);
  let node = parse(input);
  for (const token of tokens) {
    if (node === null) return null;
    if (node.t === 'arr') {
      if (!/^[+-]?\d+$/.test(token)) return null;
      node = node.items[Number(token)] ?? null;
    } else if (node.t === 'obj') {
      node = node.fields.get(token) ?? null;
    } else {
      node = null;
    }
    if (node === null) return null;
  }
  if (node === null) return '';
  return node.t === 'str' ? node.v : stringifyJsonTree(node);
}

function jsonArrayContains(ctx: CallContext) {
  const type = ctx.argTypes[1]?.base;
  return (json: string | null, val: unknown): boolean => {
    if (json === null) return false;
    let node: JsonNode | null;
    try {
      node = parseJsonTree(json);
    } catch {
      return false;
    }
    if (node === null || node.t !== 'arr') return false;
    return node.items.some((item) => {
      switch (item.t) {
        case 'null':
          return val === null;
        case 'bool':
          return typeof val === 'boolean' && val === item.v;
        case 'str':
          return typeof val === 'string' && val === item.v;
        case 'num':
          if (val === null) return false;
          if (item.integral) {
            if (type !== 'INTEGER' && type !== 'BIGINT') return false;
            try {
              return BigInt(item.text) === BigInt(val as number | bigint);
            } catch {
              return false;
            }
          }
          return type === 'DOUBLE' && Number(item.text) === val;
        default:
          return false;
      }
    });
  };
}

function jsonConcat(...texts: (string | null)[]): string | null {
  const nodes: JsonNode[] = [];
  for (const t of texts) {
    if (t === null) return null;
    const n = parse(t);
    if (n === null) return null;
    nodes.push(n);
  }
  if (nodes.length === 0) return null;
  if (nodes.every((n) => n.t === 'obj')) {
    const fields = new Map<string, JsonNode>();
    for (const n of nodes) for (const [k, v] of (n as { fields: Map<string, JsonNode> }).fields) fields.set(k, v);
    return stringifyJsonTree({ t: 'obj', fields });
  }
  const items: JsonNode[] = [];
  for (const n of nodes) {
    if (n.t === 'arr') items.push(...n.items);
    else items.push(n);
  }
  return stringifyJsonTree({ t: 'arr', items });
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The JSON text of a SQL value, directed by its type (TO_JSON_STRING). Struct fields and map keys sorted. */
export function toJson(v: unknown, type: SqlType): string {
  if (v === null || v === undefined) return 'null';
  switch (type.base) {
    case 'BOOLEAN':
    case 'INTEGER':
    case 'BIGINT':
      return String(v);
    case 'DOUBLE':
      return Number.isFinite(v as number) ? javaDouble(v as number) : JSON.stringify(javaDouble(v as number));
    case 'DECIMAL':
      return (v as Decimal).toString();
    case 'STRING':
      return JSON.stringify(v);
    case 'BYTES':
      return JSON.stringify((v as Buffer).toString('base64'));
    case 'DATE':
      return JSON.stringify(formatDate(v as number, 'yyyy-MM-dd'));
    case 'TIME': {
      // LocalTime.ofSecondOfDay(ms / 1000).toString(): HH:mm, or HH:mm:ss when seconds are set.
      const secs = Math.floor((v as number) / 1000);
      const hm = `${two(Math.floor(secs / 3600))}:${two(Math.floor(secs / 60) % 60)}`;
      return JSON.stringify(secs % 60 ? `${hm}:${two(secs % 60)}` : hm);
    }
    case 'TIMESTAMP':
      return JSON.stringify(formatTimestamp(v as number, "yyyy-MM-dd'T'HH:mm:ss.SSS", 'UTC'));
    case 'ARRAY':
      return `[${(v as unknown[]).map((x) => toJson(x, type.item)).join(',')}]`;
    case 'MAP': {
      const entries = [...(v as Map<unknown, unknown>)].map(([k, x]) => [String(k), toJson(x, type.value)] as const);
      entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${x}`).join(',')}}`;
    }
    case 'STRUCT': {
      const obj = v as Record<string, unknown>;
      const fields = type.anyFields
        ? Object.keys(obj).map((name) => ({ name, type: guessType(obj[name]) }))
        : type.fields;
      const sorted = [...fields].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      return `{${sorted.map((f) => `${JSON.stringify(f.name)}:${toJson(obj[f.name] ?? null, f.type)}`).join(',')}}`;
    }
    default:
      return JSON.stringify(v);
  }
}

function guessType(v: unknown): SqlType {
  if (typeof v === 'bigint') return { base: 'BIGINT' };
  if (typeof v === 'number') return { base: Number.isInteger(v) ? 'INTEGER' : 'DOUBLE' };
  if (typeof v === 'boolean') return { base: 'BOOLEAN' };
  if (v instanceof Decimal) return { base: 'DECIMAL', precision: -1, scale: -1 };
  if (Buffer.isBuffer(v)) return { base: 'BYTES' };
  return { base: 'STRING' };
}

export const scalars: ScalarFunction[] = [
  {
    name: 'EXTRACTJSONFIELD',
    description: 'The value at a JSONPath in JSON text, as a STRING (NULL when absent).',
    overloads: [{ params: ['STRING', 'STRING'], returns: 'STRING', impl: extractJsonField }],
  },
  {
    name: 'JSON_ARRAY_CONTAINS',
    description: 'Whether a JSON array text contains a value (false when the text is not a JSON array).',
    overloads: [{ params: ['STRING', 'T'], returns: 'BOOLEAN', nulls: 'pass', create: jsonArrayContains }],
  },
  {
    name: 'IS_JSON_STRING',
    description: 'Whether a string parses as a JSON value.',
    overloads: [
      {
        params: ['STRING'],
        returns: 'BOOLEAN',
        nulls: 'pass',
        impl: (s: string | null) => {
          if (s === null) return false;
          try {
            return parseJsonTree(s) !== null;
          } catch {
            return false;
          }
        },
      },
    ],
  },
  {
    name: 'JSON_ARRAY_LENGTH',
    description: 'The length of a top-level JSON array, NULL for anything else.',
    overloads: [
      {
        params: ['STRING'],
        returns: 'INT',
        impl: (s: string) => {
          const n = parse(s);
          return n !== null && n.t === 'arr' ? n.items.length : null;
        },
      },
    ],
  },
  {
    name: 'JSON_CONCAT',
    description: "Merges JSON objects (last key wins) or concatenates JSON arrays, PostgreSQL's || style.",
    overloads: [{ params: ['...STRING'], returns: 'STRING', nulls: 'pass', impl: jsonConcat }],
  },
  {
    name: 'JSON_KEYS',
    description: 'The top-level keys of a JSON object, NULL for anything else.',
    overloads: [
      {
        params: ['STRING'],
        returns: 'ARRAY<STRING>',
        impl: (s: string) => {
          const n = parse(s);
          return n !== null && n.t === 'obj' ? [...n.fields.keys()] : null;
        },
      },
    ],
  },
  {
    name: 'JSON_RECORDS',
    description: 'The top-level entries of a JSON object as a map of key to JSON text (strings unquoted).',
    overloads: [
      {
        params: ['STRING'],
        returns: 'MAP<STRING, STRING>',
        impl: (s: string) => {
          const n = parse(s);
          if (n === null || n.t !== 'obj') return null;
          return new Map([...n.fields].map(([k, v]) => [k, v.t === 'str' ? v.v : stringifyJsonTree(v)]));
        },
      },
    ],
  },
  {
    name: 'JSON_ITEMS',
    description: 'The elements of a JSON array as JSON texts.',
    overloads: [
      {
        params: ['STRING'],
        returns: 'ARRAY<STRING>',
        impl: (s: string) => {
          const n = parse(s);
          if (n === null || n.t !== 'arr') throw new Error(`Invalid JSON format:${s}`);
          return n.items.map(stringifyJsonTree);
        },
      },
    ],
  },
  {
    name: 'TO_JSON_STRING',
    description: 'The JSON text of any value.',
    overloads: [
      {
        params: ['T'],
        returns: 'STRING',
        nulls: 'pass',
        create: (ctx) => {
          const type = ctx.argTypes[0];
          return (v: unknown) => toJson(v, type);
        },
      },
    ],
  },
];
