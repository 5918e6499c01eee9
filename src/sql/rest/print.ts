/**
 * PRINT topic over /query, as ksqlDB serves it (StreamedQueryResource.handlePrintTopic, TopicStreamWriter,
 * RecordFormatter): the topic's raw records as text lines, `rowtime: 2026/12/04 19:33:34.000 Z, key: k, value:
 * {...}, partition: 0`, preceded by `Key format: ` / `Value format: ` lines naming the formats the bytes could be,
 * from the latest offsets (or FROM BEGINNING), every INTERVAL-th record, until LIMIT records or the client leaves.
 *
 * It reads with Brook's own Fetch client (no group), so printing a topic changes no committed offset.
 */
import type { ServerResponse } from 'node:http';
import { WireFetcher } from '../io/wire-fetcher';
import { ERROR_CODES, genericError, RestError } from './errors';

export interface PrintTopic {
  topic: string;
  fromBeginning: boolean;
  interval: number;
  limit?: number;
}

/**
 * PRINT's grammar (SqlBase.g4 printTopic): `PRINT (identifier | STRING) (FROM BEGINNING)? ((INTERVAL | SAMPLE)
 * number)? (LIMIT number)?`. The topic name keeps its case either way. Null when `sql` is not a PRINT.
 */
export function parsePrint(sql: string): PrintTopic | null {
  const m =
    /^\s*PRINT\s+('(?:[^']|'')*'|"(?:[^"]|"")*"|`[^`]*`|[^\s;]+)(\s+FROM\s+BEGINNING)?(?:\s+(?:INTERVAL|SAMPLE)\s+([^\s;]+))?(?:\s+LIMIT\s+([^\s;]+))?\s*;?\s*$/i.exec(
      sql,
    );
  if (!m) {
    if (/^\s*PRINT\b/i.test(sql)) {
      throw new RestError(
        genericError(ERROR_CODES.BAD_STATEMENT, 'Syntax: PRINT topic [FROM BEGINNING] [INTERVAL n] [LIMIT n];'),
      );
    }
    return null;
  }
  const raw = m[1]!;
  const topic = /^['"`]/.test(raw) ? raw.slice(1, -1).replace(/''/g, "'").replace(/""/g, '"') : raw;
  const count = (text: string | undefined, what: string): number | undefined => {
    if (text === undefined) return undefined;
    if (!/^\d+$/.test(text)) {
      throw new RestError(genericError(ERROR_CODES.BAD_STATEMENT, `${what} must be a whole number, got ${text}`));
    }
    return Number(text);
  };
  const interval = count(m[3], 'INTERVAL') ?? 1;
  if (interval < 1) {
    // TopicStreamWriter's own check
    throw new RestError(
      genericError(ERROR_CODES.BAD_STATEMENT, `INTERVAL must be greater than one, but was: ${interval}`),
    );
  }
  return { topic, fromBeginning: m[2] !== undefined, interval, limit: count(m[4], 'LIMIT') };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** RecordFormatter's `yyyy/MM/dd HH:mm:ss.SSS z` in UTC. */
export function formatRowtime(ms: number): string {
  if (ms < 0) return 'N/A';
  const d = new Date(ms);
  return (
    `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)} Z`
  );
}

/**
 * The formats a key or value could be in, as RecordFormatter narrows them (only those Brook's engine reads
 * without a schema registry: KAFKA_INT / KAFKA_BIGINT / KAFKA_DOUBLE by size, JSON, KAFKA_STRING for UTF-8).
 */
function possibleFormats(bytes: Buffer | null): string[] {
  if (bytes === null || bytes.length === 0) return [];
  const text = bytes.toString('utf8');
  // text is UTF-8 that round-trips and holds no control characters other than tab and line breaks
  const utf8 = Buffer.from(text, 'utf8').equals(bytes) && ![...text].some((c) => c < ' ' && !'\t\n\r'.includes(c));
  const out: string[] = [];
  if (bytes.length === 4) out.push('KAFKA_INT');
  if (bytes.length === 8) out.push('KAFKA_BIGINT', 'KAFKA_DOUBLE');
  if (utf8) {
    try {
      JSON.parse(text);
      out.push('JSON');
    } catch {}
    out.push('KAFKA_STRING');
  }
  return out;
}

function formatBytes(bytes: Buffer | null, formats: string[]): string {
  if (bytes === null) return '<null>';
  if (formats.includes('KAFKA_STRING')) return bytes.toString('utf8');
  if (formats[0] === 'KAFKA_INT') return String(bytes.readInt32BE(0));
  if (formats[0] === 'KAFKA_BIGINT') return String(bytes.readBigInt64BE(0));
  return bytes.toString('base64');
}

export interface RunningPrint {
  close(): void;
}

/** Answers the /query request `res` with the PRINT's lines; throws a RestError before writing when the topic is missing. */
export async function runPrint(bootstrap: string[], print: PrintTopic, res: ServerResponse): Promise<RunningPrint> {
  const fetcher = new WireFetcher(bootstrap);
  let partitions: Awaited<ReturnType<WireFetcher['partitions']>>;
  try {
    partitions = await fetcher.partitions(print.topic);
  } catch (error) {
    fetcher.close();
    throw error;
  }
  if (partitions.length === 0) {
    fetcher.close();
    throw new RestError(
      genericError(
        ERROR_CODES.BAD_REQUEST,
        `Could not find topic '${print.topic}', or the KSQL user does not have permissions to list the topic. ` +
          'Topic names are case-sensitive.',
      ),
    );
  }
  const positions = await Promise.all(
    partitions.map(async (p) => ({
      topic: print.topic,
      partition: p.partition,
      leader: p.leader,
      offset: await fetcher.offset(print.topic, p, print.fromBeginning ? -2 : -1),
    })),
  );
  res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
  let running = true;
  let polled = 0;
  let written = 0;
  let keyFormats = '';
  let valueFormats = '';
  const stop = () => {
    if (!running) return;
    running = false;
    fetcher.close();
    if (!res.writableEnded) res.end();
  };
  res.on('close', stop);
  const limitReached = () => print.limit !== undefined && written >= print.limit;
  const loop = async () => {
    while (running && !limitReached()) {
      let records: Awaited<ReturnType<WireFetcher['fetch']>>['records'];
      try {
        ({ records } = await fetcher.fetch(positions, 500));
      } catch (error) {
        if (running) res.write(`${(error as Error).message}\n`);
        break;
      }
      const lines: string[] = [];
      for (const r of records) {
        const at = positions.find((p) => p.partition === r.partition)!;
        at.offset = Math.max(at.offset, r.offset + 1);
        if (limitReached()) continue;
        if (polled++ % print.interval !== 0) continue;
        written++;
        const kf = possibleFormats(r.key);
        const vf = possibleFormats(r.value);
        // FormatsTracker: the format lines again whenever what the bytes could be changes
        const keyLine = kf.length ? kf.join(' or ') : describeNoFormat(r.key);
        const valueLine = vf.length ? vf.join(' or ') : describeNoFormat(r.value);
        if (keyLine !== keyFormats) lines.push(`Key format: ${keyLine}`);
        if (valueLine !== valueFormats) lines.push(`Value format: ${valueLine}`);
        keyFormats = keyLine;
        valueFormats = valueLine;
        lines.push(
          `rowtime: ${formatRowtime(r.timestamp)}, key: ${formatBytes(r.key, kf)}, value: ${formatBytes(r.value, vf)}, partition: ${r.partition}`,
        );
      }
      if (lines.length && running) res.write(`${lines.join('\n')}\n`);
    }
    stop();
  };
  void loop();
  return { close: stop };
}

function describeNoFormat(bytes: Buffer | null): string {
  return bytes === null || bytes.length === 0
    ? '¯\\_(ツ)_/¯ - no data processed'
    : 'does not match any supported format. It may be a STRING with encoding other than UTF8, or some other format.';
}
