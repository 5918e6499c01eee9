/**
 * Runs one QTT case variant in memory: statements through the engine, inputs produced through the in-memory
 * driver, outputs read back per topic and compared by value with the expected records.
 */
import { SqlEngine } from '../../../src/sql/engine/engine';
import type { DataSource } from '../../../src/sql/engine/metastore';
import type { Header, InRecord, OutRecord, TopicDriver } from '../../../src/sql/io/driver';
import { KafkaDriver } from '../../../src/sql/io/kafka';
import { registerKsqlTestUdfs } from './test-udfs';
import { MemoryDriver } from '../../../src/sql/io/memory';
import { Parser } from '../../../src/sql/parser/parser';
import {
  deserializeWindowedKey,
  fromJson,
  makeSerde,
  serializeWindowedKey,
  toJsonValue,
} from '../../../src/sql/serde/formats';
import { JsonNumber, parseJson, stringifyJson } from '../../../src/sql/serde/json';
import { formatType, type SqlType } from '../../../src/sql/types';
import { type CaseVariant, plain, type QttRecord } from './cases';

export interface CaseResult {
  ok: boolean;
  reason?: string;
}

const MAX_OUTPUT_RECORDS = 100000;

export function num(v: unknown): number | undefined {
  if (v instanceof JsonNumber) return v.toNumber();
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  return undefined;
}

/** Test representation -> bytes, using the source's format and schema for that side. */
export function encodeSide(v: unknown, src: DataSource | undefined, side: 'key' | 'value'): Buffer | null {
  if (v === null || v === undefined) return null;
  const format = src ? (side === 'key' ? src.keyFormat : src.valueFormat) : { format: 'JSON' };
  const cols = src ? (side === 'key' ? src.schema.key : src.schema.value.filter((c) => !c.headers)) : [];
  switch (format.format) {
    case 'JSON':
      return Buffer.from(stringifyJson(v));
    case 'DELIMITED':
      return Buffer.from(v instanceof JsonNumber ? v.raw : typeof v === 'string' ? v : stringifyJson(v));
    case 'NONE':
      return null;
    case 'KAFKA': {
      if (cols.length === 0) return typeof v === 'string' ? Buffer.from(v) : Buffer.from(stringifyJson(v));
      const runtime = fromJson(v, cols[0].type);
      return makeSerde(format, cols, side).serialize([runtime]);
    }
    default:
      return Buffer.from(stringifyJson(v));
  }
}

/** Bytes -> the test representation for comparison. */
function decodeSide(b: Buffer | null, src: DataSource | undefined, side: 'key' | 'value'): unknown {
  if (b === null) return null;
  const format = src ? (side === 'key' ? src.keyFormat : src.valueFormat) : { format: 'JSON' };
  const cols = src ? (side === 'key' ? src.schema.key : src.schema.value) : [];
  switch (format.format) {
    case 'JSON':
      try {
        return parseJson(b.toString('utf8'));
      } catch {
        return b.toString('utf8');
      }
    case 'DELIMITED':
      return b.toString('utf8');
    case 'NONE':
      return null;
    case 'KAFKA': {
      if (cols.length === 0) return b.toString('utf8');
      const [v] = makeSerde(format, cols, side).deserialize(b) ?? [null];
      if (typeof v === 'bigint' || typeof v === 'number') return new JsonNumber(String(v));
      if (Buffer.isBuffer(v)) return v.toString('base64');
      return v;
    }
    default:
      return b.toString('utf8');
  }
}

/** Value equality of test representations: numbers by value, objects by keys. */
export function sameValue(expected: unknown, actual: unknown): boolean {
  if (expected === undefined) expected = null;
  if (actual === undefined) actual = null;
  const en = expected instanceof JsonNumber || typeof expected === 'number';
  const an = actual instanceof JsonNumber || typeof actual === 'number';
  if (en || an) {
    if (!en || !an) return false;
    const er = expected instanceof JsonNumber ? expected.raw : String(expected);
    const ar = actual instanceof JsonNumber ? actual.raw : String(actual);
    if (/^-?\d+$/.test(er) && /^-?\d+$/.test(ar)) return BigInt(er) === BigInt(ar);
    return Number(er) === Number(ar);
  }
  if (expected === null || actual === null) return expected === actual;
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) && actual.length === expected.length && expected.every((x, i) => sameValue(x, actual[i]))
    );
  }
  if (typeof expected === 'object') {
    if (typeof actual !== 'object' || Array.isArray(actual)) return false;
    const ek = Object.keys(expected as object);
    const ak = Object.keys(actual as object);
    if (ek.length !== ak.length) return false;
    const a = actual as Record<string, unknown>;
    return ek.every((k) => {
      // JSON field names are matched case-insensitively, as ksqlDB's JSON deserializer does
      const key = k in a ? k : ak.find((x) => x.toUpperCase() === k.toUpperCase());
      return key !== undefined && sameValue((expected as Record<string, unknown>)[k], a[key]);
    });
  }
  return expected === actual;
}

export function show(v: unknown): string {
  try {
    return stringifyJson(v);
  } catch {
    return String(v);
  }
}

export function sourceForTopic(engine: SqlEngine, topic: string): DataSource | undefined {
  const all = [...engine.sources.values()].filter((s) => s.topic === topic);
  return all.find((s) => !s.queryId) ?? all[0];
}

/**
 * Where a case runs. In memory (the default) inputs are produced synchronously and outputs read at once; on
 * a live broker outputs are read once their count reaches the expected one and stays put (`settledRecords`).
 */
export interface QttBackend {
  driver: TopicDriver;
  produce(topic: string, record: OutRecord): Promise<void> | void;
  /** The records of an output topic, once processing has caught up (expected: how many the case wants). */
  outputs(topic: string, expected: number): Promise<InRecord[]> | InRecord[];
  /** Every topic name (the `post.topics.blacklist` check); absent where listing is not supported. */
  topicNames?(): string[];
}

export function memoryBackend(): QttBackend {
  const driver = new MemoryDriver();
  return {
    driver,
    produce: (topic, record) => {
      driver.produceSync(topic, [record]);
      // a query feeding its own input would loop forever in memory
      if (driver.records(topic).length > MAX_OUTPUT_RECORDS) throw new Error('runaway output');
    },
    outputs: (topic) => driver.records(topic),
    topicNames: () => driver.topicNames(),
  };
}

/** A backend over a Kafka cluster (a live Brook in tests): outputs are awaited until they stop changing. */
export function kafkaBackend(bootstrap: string): QttBackend {
  const driver = new KafkaDriver({ brokers: [bootstrap] });
  return {
    driver,
    produce: (topic, record) => driver.produce(topic, [record]),
    outputs: (topic, expected) => settledRecords(driver, topic, expected),
  };
}

async function settledRecords(driver: TopicDriver, topic: string, expected: number): Promise<InRecord[]> {
  const deadline = Date.now() + 20_000;
  let last = await driver.readAll(topic).catch((): InRecord[] => []);
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = await driver.readAll(topic).catch((): InRecord[] => []);
    if (now.length !== last.length) {
      last = now;
      stableSince = Date.now();
    } else if (now.length >= expected && Date.now() - stableSince >= 500) {
      break;
    }
  }
  return last;
}

/** A case's input record as bytes, in the formats of the source reading its topic. */
export function inputRecord(input: QttRecord, engine: SqlEngine): OutRecord {
  const topic = plain(input.topic) as string;
  const src = sourceForTopic(engine, topic);
  let key = encodeSide(input.key, src, 'key');
  if (input.window && src?.window) {
    const w = plain(input.window) as { start: number; end: number; type: string };
    key = serializeWindowedKey(key, w.type === 'session' ? 'session' : 'time', w.start, w.end);
  }
  const value = encodeSide(input.value, src, 'value');
  const headers: Header[] = ((plain(input.headers) as { KEY: string; VALUE: string | null }[]) ?? []).map((h) => ({
    key: h.KEY,
    value: h.VALUE === null ? null : Buffer.from(h.VALUE, 'base64'),
  }));
  return { key, value, timestamp: num(input.timestamp) ?? 0, headers };
}

/** The topics a case expects to exist: its `topics`, its inputs', and those its CREATE statements name. */
export async function createCaseTopics(spec: CaseVariant['spec'], driver: TopicDriver): Promise<void> {
  for (const t of spec.topics) await driver.createTopic(t.name, { partitions: t.partitions ?? 1 });
  for (const r of spec.inputs) await driver.createTopic(plain(r.topic) as string, { partitions: 1 });
  for (const st of spec.statements) {
    // the test framework creates the topics that source statements name
    if (/\bAS\s+SELECT\b/i.test(st) || /^\s*INSERT\b/i.test(st)) continue;
    const m = /kafka_topic\s*=\s*'([^']*)'/i.exec(st);
    const parts = /\bpartitions\s*=\s*(\d+)/i.exec(st);
    if (m) await driver.createTopic(m[1], { partitions: parts ? Number(parts[1]) : 1 });
  }
}

export async function runVariant(variant: CaseVariant, backend: QttBackend = memoryBackend()): Promise<CaseResult> {
  const spec = variant.spec;
  const driver = backend.driver;
  const config: Record<string, unknown> = { ...spec.properties };
  const engine = new SqlEngine({ driver, config });
  // ksqlDB's runner loads its test UDF jar; Brook registers the same functions as user functions
  registerKsqlTestUdfs(engine.functions);
  try {
    // topics: those declared, and those inputs/outputs name (created as the test framework does)
    await createCaseTopics(spec, driver);
    const produceInputs = async (): Promise<CaseResult | undefined> => {
      for (const input of spec.inputs) {
        const topic = plain(input.topic) as string;
        const rec = inputRecord(input, engine);
        try {
          await backend.produce(topic, rec);
        } catch (err) {
          return { ok: false, reason: (err as Error).message };
        }
      }
      return undefined;
    };
    let produced = false;
    try {
      if (!spec.responses && !spec.statements.some((st) => /^\s*SELECT\b/i.test(st))) {
        await engine.execute(spec.statements.join('\n'));
      } else {
        // REST cases: statements in order, the inputs go in before the first query
        for (let i = 0; i < spec.statements.length; i++) {
          const st = spec.statements[i];
          if (!/^\s*SELECT\b/i.test(st)) {
            await engine.execute('\n'.repeat(i) + st);
            continue;
          }
          if (!produced) {
            produced = true;
            const r = await produceInputs();
            if (r) return r;
            await engine.flush();
          }
          if (/\bEMIT\s+CHANGES\b/i.test(st)) {
            return { ok: false, reason: 'push queries are served by the REST layer (issue 7), not by this runner' };
          }
          const check = comparePull(await engine.pullQuery('\n'.repeat(i) + st), spec.responses?.[i]);
          if (check) return check;
        }
      }
    } catch (err) {
      const message = (err as Error).message;
      if (spec.expectedException) {
        const want = spec.expectedException.message;
        if (!want || message.includes(want)) return { ok: true };
        return { ok: false, reason: `wrong error: got "${message}", want "${want}"` };
      }
      return { ok: false, reason: `statement failed: ${message}` };
    }
    if (spec.expectedException && !spec.inputs.length) {
      return { ok: false, reason: `expected error "${spec.expectedException.message ?? ''}" but statements succeeded` };
    }
    if (!produced) {
      const r = await produceInputs();
      if (r) return r;
    }
    await engine.flush();
    const failure = [...engine.queries.values()].find((q) => q.failed)?.failed;
    if (failure) {
      const want = spec.expectedException?.message;
      if (spec.expectedException && (!want || failure.message.includes(want))) return { ok: true };
      return { ok: false, reason: `query failed: ${failure.message}` };
    }
    if (spec.expectedException) {
      return { ok: false, reason: `expected error "${spec.expectedException.message ?? ''}" but the run succeeded` };
    }
    const byTopic = new Map<string, QttRecord[]>();
    for (const o of spec.outputs ?? []) {
      const t = plain(o.topic) as string;
      if (!byTopic.has(t)) byTopic.set(t, []);
      byTopic.get(t)!.push(o);
    }
    for (const [topic, expected] of byTopic) {
      const actual = await backend.outputs(topic, expected.length);
      const src =
        [...engine.sources.values()].find((s) => s.topic === topic && s.queryId) ?? sourceForTopic(engine, topic);
      const shown = actual.map((r) => {
        let keyBytes = r.key;
        let window: { start: number; end: number } | undefined;
        if (src?.window && keyBytes) {
          const wk = deserializeWindowedKey(
            keyBytes,
            src.window.type === 'SESSION' ? 'session' : 'time',
            src.window.size ?? 0,
          );
          keyBytes = wk.key;
          window = { start: wk.start, end: wk.end };
        }
        return {
          key: decodeSide(keyBytes, src, 'key'),
          value: decodeSide(r.value, src, 'value'),
          timestamp: r.timestamp,
          window,
        };
      });
      const describe = () =>
        `\n    expected: ${expected.map((e) => show({ key: e.key ?? null, value: e.value ?? null, ts: e.timestamp })).join(' ')}` +
        `\n    actual:   ${shown.map((a) => show({ key: a.key, value: a.value, ts: a.timestamp })).join(' ')}`;
      if (shown.length !== expected.length) {
        return {
          ok: false,
          reason: `topic ${topic}: expected ${expected.length} records, got ${shown.length}${describe()}`,
        };
      }
      for (let i = 0; i < expected.length; i++) {
        const e = expected[i];
        const a = shown[i];
        if (!sameValue(e.key ?? null, a.key)) {
          return {
            ok: false,
            reason: `topic ${topic} record ${i}: key ${show(a.key)} != expected ${show(e.key)}${describe()}`,
          };
        }
        if (!sameValue(e.value ?? null, a.value)) {
          return {
            ok: false,
            reason: `topic ${topic} record ${i}: value ${show(a.value)} != expected ${show(e.value)}${describe()}`,
          };
        }
        if (e.timestamp !== undefined && num(e.timestamp) !== a.timestamp) {
          return {
            ok: false,
            reason: `topic ${topic} record ${i}: timestamp ${a.timestamp} != expected ${show(e.timestamp)}${describe()}`,
          };
        }
        if (e.window) {
          const w = plain(e.window) as { start: number; end: number };
          if (!a.window || a.window.start !== w.start || a.window.end !== w.end) {
            return { ok: false, reason: `topic ${topic} record ${i}: window ${show(a.window)} != expected ${show(w)}` };
          }
        }
      }
    }
    return checkPost(variant, engine, backend);
  } catch (err) {
    if (spec.expectedException && err instanceof Error && err.message.includes(spec.expectedException.message ?? '')) {
      return { ok: true };
    }
    return { ok: false, reason: `crash: ${(err as Error).stack ?? err}` };
  } finally {
    await engine.close();
    await driver.close();
  }
}

/** Compares a pull query's result with a REST case's `{ query: [{ header }, { row }...] }` response. */
function comparePull(res: Awaited<ReturnType<SqlEngine['pullQuery']>>, response: unknown): CaseResult | undefined {
  const entries = ((response as { query?: unknown[] })?.query ?? []) as Record<string, unknown>[];
  const header = entries.find((e) => e.header) as { header: { schema: unknown } } | undefined;
  const schema = res.columns.map((c) => `\`${c.name}\` ${formatType(c.type)}${c.key ? ' KEY' : ''}`).join(', ');
  if (header) {
    const want = plain(header.header.schema) as string;
    if (want.replace(/`/g, '') !== schema.replace(/`/g, '')) {
      return { ok: false, reason: `pull query schema ${schema} != expected ${want}` };
    }
  }
  const wantRows = entries.filter((e) => e.row).map((e) => (e.row as { columns: unknown[] }).columns);
  const gotRows = res.rows.map((r) =>
    parseJson(stringifyJson(r.map((v, i) => toJsonValue(v, res.columns[i].type)))),
  ) as unknown[][];
  if (wantRows.length !== gotRows.length) {
    return {
      ok: false,
      reason: `pull query returned ${gotRows.length} rows, expected ${wantRows.length}: ${show(gotRows)}`,
    };
  }
  const remaining = [...gotRows];
  for (const w of wantRows) {
    const i = remaining.findIndex((g) => sameValue(w, g));
    if (i < 0) return { ok: false, reason: `pull query row ${show(w)} missing from ${show(gotRows)}` };
    remaining.splice(i, 1);
  }
  return undefined;
}

function normaliseSchema(text: string, engine: SqlEngine): string[] {
  // parse "A INT KEY, B STRING" with the SQL parser's table-element rules
  const p = new Parser(`CREATE STREAM X (${text}) WITH (KAFKA_TOPIC='x');`, (n) => engine.types.get(n));
  const st = p.next();
  if (st.k !== 'createSource' || !st.elements) return [text];
  return st.elements.map((e) => `${e.name} ${formatType(e.type as SqlType)}${e.key ? ' KEY' : ''}`);
}

function checkPost(variant: CaseVariant, engine: SqlEngine, backend: QttBackend): CaseResult {
  const post = variant.spec.post;
  if (!post) return { ok: true };
  for (const s of post.sources ?? []) {
    const src = engine.sources.get(s.name);
    if (!src) return { ok: false, reason: `post: source ${s.name} does not exist` };
    if (s.type && src.kind !== s.type.toUpperCase()) {
      return { ok: false, reason: `post: ${s.name} is a ${src.kind}, expected ${s.type}` };
    }
    if (s.schema) {
      let want: string[];
      try {
        want = normaliseSchema(s.schema, engine);
      } catch (err) {
        return { ok: false, reason: `post: cannot parse expected schema ${s.schema}: ${(err as Error).message}` };
      }
      const got = [
        ...src.schema.key.map((c) => `${c.name} ${formatType(c.type)} KEY`),
        ...src.schema.value.map((c) => `${c.name} ${formatType(c.type)}`),
      ];
      if (want.join(', ') !== got.join(', ')) {
        return { ok: false, reason: `post: ${s.name} schema ${got.join(', ')} != expected ${want.join(', ')}` };
      }
    }
    if (s.keyFormat?.format && src.keyFormat.format !== s.keyFormat.format.toUpperCase()) {
      return {
        ok: false,
        reason: `post: ${s.name} key format ${src.keyFormat.format} != expected ${s.keyFormat.format}`,
      };
    }
    const kf = s.keyFormat as { windowType?: string; windowSize?: number } | undefined;
    if (kf?.windowType && src.window?.type !== kf.windowType.toUpperCase()) {
      return {
        ok: false,
        reason: `post: ${s.name} window type ${src.window?.type ?? 'none'} != expected ${kf.windowType}`,
      };
    }
    if (kf?.windowSize !== undefined && src.window?.size !== kf.windowSize) {
      return { ok: false, reason: `post: ${s.name} window size ${src.window?.size} != expected ${kf.windowSize}` };
    }
    const vf = (s as { valueFormat?: { format?: string } | string }).valueFormat;
    const vfName = typeof vf === 'string' ? vf : vf?.format;
    if (vfName && src.valueFormat.format !== vfName.toUpperCase()) {
      return { ok: false, reason: `post: ${s.name} value format ${src.valueFormat.format} != expected ${vfName}` };
    }
    const isSource = (s as { isSource?: boolean }).isSource;
    if (isSource !== undefined && src.readOnly !== isSource) {
      return { ok: false, reason: `post: ${s.name} isSource ${src.readOnly} != expected ${isSource}` };
    }
  }
  if (post.topics?.blacklist && backend.topicNames) {
    const re = new RegExp(post.topics.blacklist);
    const bad = backend.topicNames().filter((t) => re.test(t));
    if (bad.length) return { ok: false, reason: `post: unexpected topics ${bad.join(', ')}` };
  }
  return { ok: true };
}
