/**
 * POST /inserts-stream: the first line names the target (`{"target":"S"}`), each further line is a row as a
 * JSON object; each row is acknowledged on its own line, `{"status":"ok","seq":N}`, or refused with
 * `{"@type":"generic_error","error_code":...,"message":...,"status":"error","seq":N}` (ksqlDB's InsertResult / InsertError). A row
 * goes through the engine as INSERT VALUES, so it is checked and serialized exactly as that statement is.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createInterface } from 'node:readline';
import type { SqlEngine } from '../engine/engine';
import { ERROR_CODES, genericError } from './errors';

/** A JSON value as a SQL literal (objects and arrays as ksqlDB's STRUCT/ARRAY/MAP constructors). */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'string') return `'${value.replace(/'/g, "''")}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `ARRAY[${value.map(literal).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>);
  return `STRUCT(${entries.map(([k, v]) => `\`${k.toUpperCase()}\` := ${literal(v)}`).join(', ')})`;
}

/** InsertError: a KsqlErrorMessage with the row's status and sequence number. */
function insertError(seq: number, errorCode: number, message: string) {
  return { ...genericError(errorCode, message), status: 'error', seq };
}

export async function runInserts(engine: SqlEngine, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let target: string | undefined;
  let seq = 0;
  res.writeHead(200, { 'content-type': 'application/vnd.ksqlapi.delimited.v1' });
  const reply = (body: object) => res.write(`${JSON.stringify(body)}\n`);
  for await (const line of createInterface({ input: req, crlfDelay: Number.POSITIVE_INFINITY })) {
    if (!line.trim()) continue;
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(line);
    } catch {
      reply(insertError(seq, ERROR_CODES.BAD_REQUEST, 'Invalid JSON in inserts stream'));
      break;
    }
    if (target === undefined) {
      target = String(parsed.target ?? '').toUpperCase();
      if (!engine.sources.has(target)) {
        reply(
          insertError(
            0,
            ERROR_CODES.BAD_REQUEST,
            `Cannot insert values into an unknown stream/table: ${parsed.target}`,
          ),
        );
        break;
      }
      continue;
    }
    const columns = Object.keys(parsed);
    const sql = `INSERT INTO \`${target}\` (${columns.map((c) => `\`${c.toUpperCase()}\``).join(', ')}) VALUES (${columns
      .map((c) => literal(parsed[c]))
      .join(', ')});`;
    try {
      await engine.execute(sql);
      reply({ status: 'ok', seq });
    } catch (error) {
      reply(insertError(seq, ERROR_CODES.BAD_STATEMENT, (error as Error).message));
    }
    seq++;
  }
  res.end();
}
