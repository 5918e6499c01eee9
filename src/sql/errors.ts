/** Errors the engine raises for statements ksqlDB would reject (the names match ksqlDB's exception types). */
import type { Pos } from './parser/ast';

export class SqlError extends Error {
  constructor(
    message: string,
    readonly pos?: Pos,
    readonly type = 'KsqlStatementException',
  ) {
    super(message);
    this.name = type;
  }
}

export function at(pos: Pos | undefined, message: string): string {
  return pos ? `Line: ${pos.line}, Col: ${pos.col + 1}: ${message}` : message;
}
