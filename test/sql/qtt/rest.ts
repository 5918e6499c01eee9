/**
 * Runs ksqlDB's REST query-translation cases (rqtt) over HTTP against the REST server on a live Kafka
 * cluster: statements through POST /ksql, push and pull queries through POST /query, the responses compared
 * with the case's (entity `@type`s, the query header's schema, the rows, the error message and status).
 * The in-process engine behind the server is read only to encode the case's input records in its sources'
 * formats (fixture setup, as ksqlDB's test harness does with its own metastore).
 */
import type { SqlEngine } from '../../../src/sql/engine/engine';
import { parseJson } from '../../../src/sql/serde/json';
import type { CaseVariant } from './cases';
import { type CaseResult, createCaseTopics, inputRecord, kafkaBackend, sameValue, show } from './runner';
import { plain } from './cases';

export interface RestTarget {
  /** The REST server's base URL. */
  url: string;
  /** Kafka bootstrap (inputs are produced there with a client). */
  bootstrap: string;
  /** The engine behind the server (read for input encoding only). */
  engine: SqlEngine;
}

const QUERY_TIMEOUT_MS = 10_000;

interface ExpectedQuery {
  header?: { schema: string };
  rows: unknown[][];
  finalMessage?: string;
}

function expectedQuery(response: unknown): ExpectedQuery {
  const entries = ((response as { query?: unknown[] })?.query ?? []) as Record<string, unknown>[];
  const header = entries.find((e) => e.header)?.header as { schema: string } | undefined;
  const rows = entries.filter((e) => e.row).map((e) => (e.row as { columns: unknown[] }).columns);
  const finalMessage = entries.find((e) => e.finalMessage)?.finalMessage as string | undefined;
  return { header: header && { schema: plain(header.schema) as string }, rows, finalMessage };
}

/** POSTs a query and reads the StreamedRow array until it ends, or until `rows` rows came (push, no LIMIT). */
async function postQuery(url: string, sql: string, props: Record<string, unknown>, rows: number) {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), QUERY_TIMEOUT_MS);
  let text = '';
  let status = 0;
  try {
    const res = await fetch(`${url}/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ksql: sql, streamsProperties: props }),
      signal: abort.signal,
    });
    status = res.status;
    const decoder = new TextDecoder();
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      text += decoder.decode(chunk, { stream: true });
      if (status === 200 && (text.match(/^\{"row":/gm)?.length ?? 0) >= rows && rows > 0 && !/LIMIT/i.test(sql)) {
        abort.abort();
        break;
      }
    }
  } catch (error) {
    if (!abort.signal.aborted) throw error;
  } finally {
    clearTimeout(timer);
  }
  return { status, text };
}

/** The items of a StreamedRow array, whole or cut short (a push query aborted mid-stream). */
function streamedItems(text: string): Record<string, unknown>[] {
  const trimmed = text.trim();
  try {
    return parseJson(trimmed) as Record<string, unknown>[];
  } catch {
    const body = trimmed.replace(/^\[/, '').replace(/,?\s*\]?$/, '');
    return body
      .split(/,\n/)
      .filter((s) => s.trim())
      .map((s) => parseJson(s) as Record<string, unknown>);
  }
}

function compareQuery(items: Record<string, unknown>[], want: ExpectedQuery, push: boolean): string | undefined {
  const header = items.find((i) => i.header)?.header as { schema: string } | undefined;
  if (want.header && header?.schema.replace(/`/g, '') !== want.header.schema.replace(/`/g, '')) {
    return `query schema ${header?.schema} != expected ${want.header.schema}`;
  }
  const got = items.filter((i) => i.row).map((i) => (i.row as { columns: unknown[] }).columns);
  if (got.length !== want.rows.length) {
    return `query returned ${got.length} rows, expected ${want.rows.length}: ${show(got)}`;
  }
  if (push) {
    for (let i = 0; i < got.length; i++) {
      if (!sameValue(want.rows[i], got[i])) return `row ${i}: ${show(got[i])} != expected ${show(want.rows[i])}`;
    }
  } else {
    const remaining = [...got];
    for (const w of want.rows) {
      const at = remaining.findIndex((g) => sameValue(w, g));
      if (at < 0) return `query row ${show(w)} missing from ${show(got)}`;
      remaining.splice(at, 1);
    }
  }
  if (want.finalMessage && !items.some((i) => i.finalMessage === want.finalMessage)) {
    return `no finalMessage "${want.finalMessage}"`;
  }
  return undefined;
}

/** Runs one rqtt case variant against `target` (a fresh cluster and server per case: cases reuse names). */
export async function runRestVariant(variant: CaseVariant, target: RestTarget): Promise<CaseResult> {
  const spec = variant.spec;
  const backend = kafkaBackend(target.bootstrap);
  const props = { 'ksql.streams.auto.offset.reset': 'earliest', ...spec.properties };
  const expectedError = spec.expectedException as { message?: string; status?: number } | undefined;
  const failed = (status: number, body: string): CaseResult => {
    if (!expectedError) return { ok: false, reason: `HTTP ${status}: ${body}` };
    const message = String((parseJson(body) as { message?: string }).message ?? body);
    if (expectedError.status !== undefined && expectedError.status !== status) {
      return { ok: false, reason: `error status ${status} != expected ${expectedError.status}: ${message}` };
    }
    if (expectedError.message && !message.includes(expectedError.message)) {
      return { ok: false, reason: `wrong error: got "${message}", want "${expectedError.message}"` };
    }
    return { ok: true };
  };
  try {
    await createCaseTopics(spec, backend.driver);
    let produced = false;
    for (let i = 0; i < spec.statements.length; i++) {
      const st = spec.statements[i];
      const response = spec.responses?.[i];
      if (!/^\s*SELECT\b/i.test(st)) {
        const res = await fetch(`${target.url}/ksql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ ksql: st, streamsProperties: props }),
        });
        const body = await res.text();
        if (res.status !== 200) return failed(res.status, body);
        const wantType = (plain(response) as { admin?: { '@type'?: string } } | undefined)?.admin?.['@type'];
        const got = parseJson(body) as { '@type': string }[];
        if (wantType && got[0]?.['@type'] !== wantType) {
          return { ok: false, reason: `statement ${i}: entity ${got[0]?.['@type']} != expected ${wantType}` };
        }
        continue;
      }
      if (!produced) {
        produced = true;
        for (const input of spec.inputs)
          await backend.produce(plain(input.topic) as string, inputRecord(input, target.engine));
        await target.engine.flush();
      }
      const want = expectedQuery(response);
      const push = /\bEMIT\s+CHANGES\b/i.test(st);
      // a pull query on a table built by a query is asked again until that query caught up with the inputs
      const deadline = Date.now() + QUERY_TIMEOUT_MS;
      for (;;) {
        const res = await postQuery(target.url, st, props, want.rows.length);
        if (res.status !== 200) return failed(res.status, res.text);
        const mismatch = compareQuery(streamedItems(res.text), want, push);
        if (!mismatch) break;
        if (push || Date.now() > deadline) return { ok: false, reason: `statement ${i}: ${mismatch}` };
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    if (expectedError)
      return { ok: false, reason: `expected error "${expectedError.message ?? ''}" but all succeeded` };
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: `crash: ${(error as Error).stack ?? error}` };
  } finally {
    await backend.driver.close();
  }
}
