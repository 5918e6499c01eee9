/**
 * The REST client of `brook sql`: ksqlDB's CLI talks to the server only over its REST API (KsqlRestClient),
 * and so does this one: /info to check the server, /ksql for statements, /query for queries and PRINT (its
 * response read line by line as it streams), /close-query to end a push query.
 */

/** A ksqlDB error body (KsqlErrorMessage / KsqlStatementErrorMessage). */
export interface KsqlErrorBody {
  '@type'?: string;
  error_code: number;
  message: string;
  statementText?: string;
  entities?: unknown[];
}

/** The server could not be reached (or did not answer as a ksqlDB server does). */
export class ConnectionError extends Error {}

/** The server answered with a ksqlDB error. */
export class ServerError extends Error {
  constructor(readonly body: KsqlErrorBody) {
    super(body.message);
  }
}

export type Entity = Record<string, unknown> & { '@type': string };

export interface QueryHeaderLine {
  queryId?: string;
  schema: string;
}

export interface StreamedQuery {
  /** Resolves when the response ends: the final message of a push query, if any. */
  done: Promise<string | undefined>;
  /** Ends the query: /close-query when it has an id, and the response is dropped. */
  close(): Promise<void>;
  /** Whether `close` was called (the user interrupted it). */
  readonly closed: boolean;
}

export class SqlRestClient {
  /** `credentials`: `user:password` for a server with basic authentication (ksql's --user / --password). */
  constructor(
    readonly url: string,
    private readonly credentials: string | null = null,
  ) {}

  private async send(path: string, init: RequestInit): Promise<Response> {
    if (this.credentials !== null) {
      init.headers = {
        ...(init.headers as Record<string, string> | undefined),
        authorization: `Basic ${Buffer.from(this.credentials).toString('base64')}`,
      };
    }
    try {
      return await fetch(`${this.url}${path}`, init);
    } catch (error) {
      const cause = (error as { cause?: Error }).cause;
      throw new ConnectionError(cause?.message ?? (error as Error).message);
    }
  }

  private post(path: string, body: unknown, signal?: AbortSignal): Promise<Response> {
    return this.send(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      signal,
    });
  }

  private static async fail(res: Response): Promise<never> {
    const text = await res.text();
    let body: KsqlErrorBody;
    try {
      body = JSON.parse(text) as KsqlErrorBody;
    } catch {
      throw new ConnectionError(`HTTP ${res.status}: ${text.slice(0, 200)}`);
    }
    throw new ServerError(body);
  }

  /** GET /info: the server's version; throws ConnectionError when it is not a ksqlDB-compatible server. */
  async info(): Promise<{ version: string; ksqlServiceId?: string }> {
    const res = await this.send('/info', { method: 'GET' });
    if (res.status === 401) {
      throw new ConnectionError('the server asks for credentials (HTTP 401): give --user and --password');
    }
    const body = (await res.json().catch(() => null)) as { KsqlServerInfo?: { version: string } } | null;
    if (!res.ok || !body?.KsqlServerInfo) throw new ConnectionError(`GET /info answered HTTP ${res.status}`);
    return body.KsqlServerInfo;
  }

  /** POST /ksql: the statements' entities. */
  async ksql(statements: string, streamsProperties: Record<string, string>): Promise<Entity[]> {
    const res = await this.post('/ksql', { ksql: statements, streamsProperties });
    if (!res.ok) return SqlRestClient.fail(res);
    return (await res.json()) as Entity[];
  }

  /**
   * POST /query: `onLine` gets each line of the response as it arrives (a query's StreamedRow JSON items, or
   * PRINT's text lines). Resolves once the response started (an error answer throws ServerError).
   */
  async stream(
    sql: string,
    streamsProperties: Record<string, string>,
    onLine: (line: string) => void,
    queryId: () => string | undefined,
  ): Promise<StreamedQuery> {
    const abort = new AbortController();
    const res = await this.post('/query', { ksql: sql, streamsProperties }, abort.signal);
    if (!res.ok) return SqlRestClient.fail(res);
    let closed = false;
    const done = (async () => {
      const decoder = new TextDecoder();
      let buffered = '';
      try {
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
          buffered += decoder.decode(chunk, { stream: true });
          const lines = buffered.split('\n');
          buffered = lines.pop()!;
          for (const line of lines) onLine(line);
        }
        if (buffered) onLine(buffered);
      } catch (error) {
        if (!closed) throw error;
      }
      return undefined;
    })();
    return {
      done,
      get closed() {
        return closed;
      },
      close: async () => {
        if (closed) return;
        closed = true;
        const id = queryId();
        // ksqlDB's CLI closes its stream; /close-query ends the server's query at once (rather than when the
        // server notices the connection went)
        if (id) await this.post('/close-query', { queryId: id }).catch(() => undefined);
        abort.abort();
      },
    };
  }
}

/**
 * One item of /query's JSON array, which ksqlDB writes one per line: `[{"header":...},`, `{"row":...},`,
 * `{"finalMessage":...}]` (a pull query's items are joined by `,\n` with `]` at the end). Null for an empty line.
 */
export function parseStreamedRow(line: string): Record<string, unknown> | null {
  let text = line.trim();
  if (text.startsWith('[')) text = text.slice(1);
  if (text.endsWith(',') || text.endsWith(']')) text = text.slice(0, -1);
  if (text === '') return null;
  return JSON.parse(text) as Record<string, unknown>;
}
