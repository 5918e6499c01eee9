/**
 * The framings of query output, as ksqlDB writes them:
 * - /query, and /query-stream asked for `application/vnd.ksql.v1+json` (both served by ksqlDB's
 *   JsonStreamedRowResponseWriter, as that media type): a JSON array of StreamedRow objects, one per line
 *   (`{"header":{queryId, schema}}`, `{"row":{"columns":[...]}}`, for a push query `{"finalMessage":"Limit
 *   Reached"}` last), sent as it comes over chunked HTTP/1.1;
 * - /query-stream, `application/vnd.ksqlapi.delimited.v1` (the default): the metadata object on a line, then
 *   each row as a JSON array on its own line;
 * - /query-stream, `application/json`: one JSON array, the metadata object first, then the row arrays.
 */
import type { ServerResponse } from 'node:http';
import type { Column } from '../expr/row';
import { toJsonValue } from '../serde/formats';
import { stringifyJson } from '../serde/json';
import type { KsqlErrorMessage } from './errors';
import type { QueryHeader, QuerySink } from './queries';

/** A row's column values as the JSON array text the framings carry. */
export function rowJson(values: unknown[], columns: Column[]): string {
  return stringifyJson(values.map((v, i) => toJsonValue(v, columns[i].type)));
}

export const DELIMITED = 'application/vnd.ksqlapi.delimited.v1';
export const KSQL_V1_JSON = 'application/vnd.ksql.v1+json';

export function streamedRowsWriter(res: ServerResponse): QuerySink {
  // a push query's items end with ",\n" as they are written (ksqlDB's QueryStreamWriter), so each line is
  // whole on arrival; a pull query's are joined by ",\n" (PullQueryStreamWriter), making a plain JSON array
  let push = false;
  let first = true;
  const item = (json: string) => {
    if (push) res.write(`${json},\n`);
    else res.write(`${first ? '' : ',\n'}${json}`);
    first = false;
  };
  return {
    header: (h: QueryHeader) => {
      push = h.push;
      res.writeHead(200, { 'content-type': KSQL_V1_JSON });
      res.write('[');
      item(JSON.stringify({ header: { queryId: h.queryId, schema: h.schema } }));
    },
    row: (json, tombstone) => item(`{"row":{"columns":${json}${tombstone ? ',"tombstone":true' : ''}}}`),
    end: (finalMessage) => {
      if (push) res.end(`${JSON.stringify({ finalMessage: finalMessage ?? 'Query Completed' })}]\n`);
      else res.end(']');
    },
    // PullQueryStreamWriter.outputException: the error as the last item, then the array's end
    error: (error: KsqlErrorMessage) => res.end(`,\n${JSON.stringify({ errorMessage: error })}]\n`),
  };
}

export function queryStreamWriter(res: ServerResponse, contentType: string): QuerySink {
  const metadata = (h: QueryHeader) =>
    JSON.stringify({ queryId: h.queryId, columnNames: h.columnNames, columnTypes: h.columnTypes });
  if (contentType === 'application/json') {
    return {
      header: (h) => {
        res.writeHead(200, { 'content-type': contentType });
        res.write(`[${metadata(h)}`);
      },
      row: (json, tombstone) => {
        if (!tombstone) res.write(`,${json}`);
      },
      end: () => res.end(']'),
      error: (error) => res.end(`,${JSON.stringify(error)}]`),
    };
  }
  return {
    header: (h) => {
      res.writeHead(200, { 'content-type': DELIMITED });
      res.write(`${metadata(h)}\n`);
    },
    row: (json, tombstone) => {
      if (!tombstone) res.write(`${json}\n`);
    },
    end: () => res.end(),
    error: (error) => res.end(`${JSON.stringify(error)}\n`),
  };
}
