/**
 * ksqlDB's REST error bodies and codes (ksqldb-rest-model Errors.java): an error code is the HTTP status
 * times 100, plus a small offset for the kinds a client tells apart.
 */
export const ERROR_CODES = {
  BAD_REQUEST: 40000,
  BAD_STATEMENT: 40001,
  /** A SELECT or PRINT sent to /ksql instead of /query. */
  QUERY_ENDPOINT: 40002,
  NOT_FOUND: 40400,
  SERVER_ERROR: 50000,
  /** Not serving yet (the command topic being replayed). */
  SERVER_NOT_READY: 50302,
} as const;

/** KsqlErrorMessage, `@type` generic_error. */
export interface KsqlErrorMessage {
  '@type': 'generic_error' | 'statement_error';
  error_code: number;
  message: string;
  statementText?: string;
  entities?: unknown[];
}

export function genericError(errorCode: number, message: string): KsqlErrorMessage {
  return { '@type': 'generic_error', error_code: errorCode, message };
}

/** KsqlStatementErrorMessage: the failing statement and the entities of the statements before it. */
export function statementError(
  errorCode: number,
  message: string,
  statementText: string,
  entities: unknown[] = [],
): KsqlErrorMessage {
  return { '@type': 'statement_error', error_code: errorCode, message, statementText, entities };
}

/** ksqlDB's answer to a query statement sent to /ksql (Errors.queryEndpoint). */
export function queryEndpointError(statementText: string, entities: unknown[]): KsqlErrorMessage {
  return statementError(
    ERROR_CODES.QUERY_ENDPOINT,
    "The following statement types should be issued to the websocket endpoint '/query':\n\t* PRINT\n\t* SELECT",
    statementText,
    entities,
  );
}

/** The HTTP status an error code stands for. */
export function statusOf(errorCode: number): number {
  return Math.floor(errorCode / 100);
}

/** A request the server refuses with a ksqlDB error body (thrown inside handlers, answered by the router). */
export class RestError extends Error {
  constructor(readonly body: KsqlErrorMessage) {
    super(body.message);
  }
}
