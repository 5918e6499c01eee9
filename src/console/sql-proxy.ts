/**
 * The SQL editor's requests, `/api/sql/<path>`, passed to the SQL processor's REST API (`sql.listeners`) as
 * they are: `/ksql` for statements, `/query-stream` for pull and push queries (its rows stream back line by
 * line as the processor writes them), `/close-query` to stop a push query. Same origin for the page, so no
 * CORS, and the SQL port need not be reachable from the browser.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export function proxySql(sqlUrl: string, path: string, req: IncomingMessage, res: ServerResponse): void {
  const { request } = require('node:http') as typeof import('node:http');
  const headers: Record<string, string> = { 'content-type': req.headers['content-type'] ?? 'application/json' };
  if (req.headers.accept) headers.accept = req.headers.accept;
  const upstream = request(new URL(path, sqlUrl), { method: req.method, headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, {
      'content-type': answer.headers['content-type'] ?? 'application/json',
      'cache-control': 'no-store',
    });
    res.flushHeaders();
    answer.pipe(res);
  });
  upstream.on('error', (error) => {
    if (res.headersSent) res.destroy();
    else
      res
        .writeHead(502, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: `SQL processor at ${sqlUrl} unreachable: ${error.message}` }));
  });
  // The page closing a push query's stream closes the processor's side too, which ends the query.
  res.on('close', () => upstream.destroy());
  req.pipe(upstream);
}
