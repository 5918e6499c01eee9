/**
 * Loading ksqlDB query-validation test (QTT) files: comments stripped, numbers kept exact, and each case
 * expanded into its `format` x `config` variants (only the variants whose formats this engine supports).
 */
import { readFileSync } from 'node:fs';
import { JsonNumber, parseJson } from '../../../src/sql/serde/json';

export const RUNNABLE_FORMATS = new Set(['JSON', 'KAFKA', 'DELIMITED', 'NONE']);

export interface QttRecord {
  topic: string;
  key?: unknown;
  value?: unknown;
  timestamp?: unknown;
  window?: { start: unknown; end: unknown; type: string };
  headers?: { KEY: string; VALUE: string | null }[];
}

export interface QttCase {
  name: string;
  statements: string[];
  properties: Record<string, unknown>;
  topics: { name: string; partitions?: number; keyFormat?: string; valueFormat?: string }[];
  inputs: QttRecord[];
  outputs?: QttRecord[];
  expectedException?: { type?: string; message?: string };
  /** REST cases: one response per statement (`{ admin }` or `{ query: [...] }`). */
  responses?: unknown[];
  post?: {
    sources?: { name: string; type: string; schema?: string; keyFormat?: { format?: string }; valueFormat?: string }[];
    topics?: { blacklist?: string };
  };
}

/** Removes `//` and `/* *\/` comments outside strings. */
export function stripComments(text: string): string {
  let out = '';
  let i = 0;
  let inString = false;
  while (i < text.length) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') {
        out += text[i + 1] ?? '';
        i += 2;
        continue;
      }
      if (c === '"') inString = false;
      i++;
      continue;
    }
    if (c === '"') {
      inString = true;
      out += c;
      i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

/** Plain-JS view of parsed JSON for fields the runner reads as settings (names, partitions, flags). */
export function plain(v: unknown): unknown {
  if (v instanceof JsonNumber) return v.toNumber();
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) o[k] = plain(x);
    return o;
  }
  return v;
}

export interface CaseVariant {
  /** The test case's own name. */
  caseName: string;
  /** Name with the variant suffix, e.g. `name - JSON`. */
  name: string;
  spec: QttCase;
}

export interface LoadedCase {
  name: string;
  enabled: boolean;
  variants: CaseVariant[];
  /** Variants skipped because they need a schema registry format. */
  skippedVariants: number;
}

function replaceAll(v: unknown, token: string, by: string): unknown {
  if (typeof v === 'string') return v.split(token).join(by);
  if (Array.isArray(v)) return v.map((x) => replaceAll(x, token, by));
  if (v && typeof v === 'object' && !(v instanceof JsonNumber)) {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) o[k] = replaceAll(x, token, by);
    return o;
  }
  return v;
}

export function loadCaseFile(path: string): LoadedCase[] {
  const doc = parseJson(stripComments(readFileSync(path, 'utf8'))) as { tests?: Record<string, unknown>[] };
  const out: LoadedCase[] = [];
  for (const raw of doc.tests ?? []) {
    const name = String(raw.name);
    const enabled = raw.enabled !== false;
    const formats = (plain(raw.format) as string[] | undefined) ?? [undefined];
    const configs = (plain(raw.config) as string[] | undefined) ?? [undefined];
    const variants: CaseVariant[] = [];
    let skipped = 0;
    for (const f of formats) {
      for (const cfg of configs) {
        let spec = raw as unknown;
        if (f !== undefined) spec = replaceAll(spec, '{FORMAT}', f as string);
        if (cfg !== undefined) spec = replaceAll(spec, '{CONFIG}', cfg as string);
        const s = spec as Record<string, unknown>;
        const statements = (plain(s.statements) as string[]) ?? [];
        const usedFormats = formatsUsed(statements, s);
        if ([...usedFormats].some((x) => !RUNNABLE_FORMATS.has(x))) {
          skipped++;
          continue;
        }
        const suffix = [f, cfg].filter((x) => x !== undefined).join(' - ');
        variants.push({
          caseName: name,
          name: suffix ? `${name} - ${suffix}` : name,
          spec: {
            name,
            statements,
            properties: (plain(s.properties) as Record<string, unknown>) ?? {},
            topics: (plain(s.topics) as QttCase['topics']) ?? [],
            inputs: (s.inputs as QttRecord[]) ?? [],
            outputs: s.outputs as QttRecord[] | undefined,
            // REST cases name it expectedError; the check is the same (message substring)
            expectedException: plain(s.expectedException ?? s.expectedError) as QttCase['expectedException'],
            post: plain(s.post) as QttCase['post'],
            responses: s.responses as unknown[] | undefined,
          },
        });
      }
    }
    out.push({ name, enabled, variants, skippedVariants: skipped });
  }
  return out;
}

/** Formats named by the statements, topics and properties of a variant (upper-case). */
function formatsUsed(statements: string[], s: Record<string, unknown>): Set<string> {
  const found = new Set<string>();
  for (const st of statements) {
    for (const m of st.matchAll(/(?:^|[\s,(])(?:value_format|key_format|format)\s*=\s*'([^']*)'/gi)) {
      found.add(m[1].toUpperCase());
    }
  }
  const topics = (plain(s.topics) as { keyFormat?: string; valueFormat?: string; format?: string }[]) ?? [];
  for (const t of topics) {
    for (const f of [t.keyFormat, t.valueFormat, t.format]) if (f) found.add(String(f).toUpperCase());
    const rec = t as Record<string, unknown>;
    if (rec.valueSchema || rec.keySchema || rec.schema) found.add('AVRO');
  }
  const props = (plain(s.properties) as Record<string, unknown>) ?? {};
  for (const k of ['ksql.persistence.default.format.value', 'ksql.persistence.default.format.key']) {
    if (props[k]) found.add(String(props[k]).toUpperCase());
  }
  // schema-registry formats appear under other names too
  for (const f of [...found])
    if (f === 'PROTOBUF_NOSR' || f === 'JSON_SR' || f === 'AVRO' || f === 'PROTOBUF') found.add(f);
  // unknown names (e.g. 'FOO' in negative tests) are fine: the engine rejects them
  for (const f of [...found]) if (!['AVRO', 'PROTOBUF', 'JSON_SR', 'PROTOBUF_NOSR'].includes(f)) found.delete(f);
  return found;
}
