/**
 * kcat-style record formats (`-f`): `consume` prints each record through one, `produce` reads each input line
 * through one. Tokens: %t topic, %p partition, %o offset, %k key, %K key length (-1 when null), %s or %v value,
 * %S value length (-1 when null), %T timestamp (ms), %h headers as k=v,k2=v2, %% a percent sign; escapes \n \r
 * \t \\ \0. Anything else is literal text.
 */
import { UsageError } from './options';

type Part = { literal: string } | { token: string };

const OUTPUT_TOKENS = new Set(['t', 'p', 'o', 'k', 'K', 's', 'v', 'S', 'T', 'h']);
const INPUT_TOKENS = new Set(['k', 's', 'v', 'p', 'T', 'h']);

export function parseFormat(format: string, input: boolean): Part[] {
  const allowed = input ? INPUT_TOKENS : OUTPUT_TOKENS;
  const parts: Part[] = [];
  let literal = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c === '\\' && i + 1 < format.length) {
      const e = format[++i]!;
      literal += ({ n: '\n', r: '\r', t: '\t', '0': '\0', '\\': '\\' } as Record<string, string>)[e] ?? `\\${e}`;
    } else if (c === '%' && i + 1 < format.length) {
      const t = format[++i]!;
      if (t === '%') literal += '%';
      else if (!allowed.has(t)) {
        throw new UsageError(`-f: %${t} is not a ${input ? 'produce input' : 'consume output'} token`);
      } else {
        if (literal) parts.push({ literal });
        literal = '';
        parts.push({ token: t });
      }
    } else literal += c;
  }
  if (literal) parts.push({ literal });
  if (input) {
    for (let i = 1; i < parts.length; i++) {
      if ('token' in parts[i]! && 'token' in parts[i - 1]!) {
        throw new UsageError('-f: two input tokens need a separator between them');
      }
    }
  }
  return parts;
}

export interface PrintedRecord {
  topic: string;
  partition: number;
  offset: bigint;
  timestamp: bigint;
  key: Buffer | null;
  value: Buffer | null;
  headers: { key: string; value: Buffer | null }[];
}

export function formatRecord(parts: Part[], r: PrintedRecord): string {
  let out = '';
  for (const part of parts) {
    if ('literal' in part) {
      out += part.literal;
      continue;
    }
    switch (part.token) {
      case 't':
        out += r.topic;
        break;
      case 'p':
        out += r.partition;
        break;
      case 'o':
        out += r.offset;
        break;
      case 'k':
        out += r.key?.toString('utf8') ?? '';
        break;
      case 'K':
        out += r.key?.length ?? -1;
        break;
      case 's':
      case 'v':
        out += r.value?.toString('utf8') ?? '';
        break;
      case 'S':
        out += r.value?.length ?? -1;
        break;
      case 'T':
        out += r.timestamp;
        break;
      case 'h':
        out += r.headers.map((h) => `${h.key}=${h.value?.toString('utf8') ?? ''}`).join(',');
        break;
    }
  }
  return out;
}

export interface ParsedInput {
  key?: string;
  value?: string;
  partition?: number;
  timestamp?: number;
  headers?: [string, string][];
}

/**
 * Reads one input line through an input format: each token takes the text up to the next literal (the last
 * one: the rest of the line). Returns null when the line does not match (a literal is missing).
 */
export function parseInputLine(parts: Part[], line: string): ParsedInput | null {
  const out: ParsedInput = {};
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if ('literal' in part) {
      if (!line.startsWith(part.literal, at)) return null;
      at += part.literal.length;
      continue;
    }
    const next = parts[i + 1];
    const end = next && 'literal' in next ? line.indexOf(next.literal, at) : line.length;
    if (end < 0) return null;
    const text = line.slice(at, end);
    at = end;
    switch (part.token) {
      case 'k':
        out.key = text;
        break;
      case 's':
      case 'v':
        out.value = text;
        break;
      case 'p':
        if (!/^\d+$/.test(text)) return null;
        out.partition = Number(text);
        break;
      case 'T':
        if (!/^\d+$/.test(text)) return null;
        out.timestamp = Number(text);
        break;
      case 'h':
        out.headers = text
          ? text.split(',').map((kv) => {
              const eq = kv.indexOf('=');
              return eq < 0 ? [kv, ''] : [kv.slice(0, eq), kv.slice(eq + 1)];
            })
          : [];
        break;
    }
  }
  return at === line.length ? out : null;
}
