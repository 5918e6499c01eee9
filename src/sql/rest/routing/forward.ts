/**
 * A pull query forwarded to the server that owns the partitions (HARouting.forwardTo): POST /query with the
 * statement, the session's properties, and the request properties that mark it internal, forbid forwarding it
 * again and name the partitions to read. The answer's rows come back as JSON texts, numbers exact.
 */
import { parseJson, stringifyJson } from '../../serde/json';
import { REQUEST } from './options';

/** The server could not be reached (or did not answer in time): the next host in the list is tried. */
export class NodeUnreachable extends Error {}

/** Java's Map.toString, as ksqlDB's messages print the properties. */
const javaMap = (m: Record<string, unknown>) =>
  `{${Object.entries(m)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ')}}`;

export async function forwardPull(
  endpoint: string,
  sql: string,
  streamsProperties: Record<string, unknown>,
  partitions: number[],
  request: {
    timeoutMs: number;
    /** The caller's Authorization header (basic or bearer): the owner checks the same credentials. */
    authorization?: string;
  },
): Promise<string[]> {
  const { timeoutMs, authorization } = request;
  const requestProperties = {
    [REQUEST.SKIP_FORWARDING]: true,
    [REQUEST.INTERNAL]: true,
    [REQUEST.PARTITIONS]: partitions.join(','),
  };
  const failed = (error: string) =>
    new Error(
      `Forwarding pull query request [${javaMap(streamsProperties)}, ${javaMap(requestProperties)}] failed with error ${error} `,
    );
  let status: number;
  let text: string;
  if (!endpoint)
    throw new NodeUnreachable('Forwarding pull query request failed: the host has no advertised listener ');
  try {
    const res = await fetch(new URL('/query', endpoint), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(authorization ? { authorization } : {}),
      },
      body: JSON.stringify({ ksql: sql, streamsProperties, requestProperties }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    status = res.status;
    text = await res.text();
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause?.message;
    throw new NodeUnreachable(`Forwarding pull query request failed with error ${cause ?? (error as Error).message} `);
  }
  let items: unknown;
  try {
    items = parseJson(text);
  } catch {
    throw failed(`unreadable response (HTTP ${status})`);
  }
  if (status !== 200) throw failed(String((items as { message?: unknown })?.message ?? `HTTP ${status}`));
  if (!Array.isArray(items) || !items.length || !(items[0] as { header?: unknown }).header) {
    throw new Error(
      `Forwarding pull query request [${javaMap(streamsProperties)}, ${javaMap(requestProperties)}] failed due to ` +
        'invalid empty response from forwarding call, expected a header row.',
    );
  }
  const rows: string[] = [];
  for (const item of items.slice(1) as { row?: { columns: unknown[] }; errorMessage?: { message?: string } }[]) {
    if (item.errorMessage) throw failed(String(item.errorMessage.message));
    if (item.row) rows.push(stringifyJson(item.row.columns));
  }
  return rows;
}
