/** Syntax tree of the ksqlDB dialect. Positions are 1-based lines, 0-based columns (as ksqlDB prints them). */
import type { SqlType } from '../types';

export interface Pos {
  line: number;
  col: number;
}

export type BinaryOp = '+' | '-' | '*' | '/' | '%' | '=' | '<>' | '<' | '<=' | '>' | '>=' | 'AND' | 'OR';

export type Expr = { pos: Pos } & (
  | { k: 'lit'; type: SqlType; value: unknown; text: string }
  | { k: 'col'; qualifier?: string; name: string }
  | { k: 'deref'; base: Expr; field: string }
  | { k: 'subscript'; base: Expr; index: Expr }
  | { k: 'call'; name: string; args: Expr[]; star?: boolean }
  | { k: 'binary'; op: BinaryOp; left: Expr; right: Expr }
  | { k: 'not'; e: Expr }
  | { k: 'neg'; e: Expr }
  | { k: 'isnull'; e: Expr; not: boolean }
  | { k: 'distinctfrom'; left: Expr; right: Expr; not: boolean }
  | { k: 'between'; e: Expr; lo: Expr; hi: Expr; not: boolean }
  | { k: 'like'; e: Expr; pattern: Expr; escape?: string; not: boolean }
  | { k: 'in'; e: Expr; list: Expr[]; not: boolean }
  | { k: 'case'; operand?: Expr; whens: { when: Expr; result: Expr }[]; else?: Expr }
  | { k: 'cast'; e: Expr; type: SqlType }
  | { k: 'array'; items: Expr[] }
  | { k: 'map'; entries: { key: Expr; value: Expr }[] }
  | { k: 'struct'; fields: { name: string; value: Expr }[] }
  | { k: 'lambda'; params: string[]; body: Expr }
);

export type SelectItem =
  | { k: 'star'; qualifier?: string; pos: Pos }
  /** `expr->*`: every field of a struct. */
  | { k: 'structStar'; expr: Expr; pos: Pos }
  | { k: 'expr'; expr: Expr; alias?: string; pos: Pos };

export interface Duration {
  ms: number;
  text: string;
}

export interface WindowSpec {
  type: 'TUMBLING' | 'HOPPING' | 'SESSION';
  size: Duration;
  advance?: Duration;
  grace?: Duration;
  retention?: Duration;
}

export type JoinType = 'INNER' | 'LEFT' | 'RIGHT' | 'FULL';

export interface Relation {
  name: string;
  alias?: string;
  pos: Pos;
}

export interface JoinClause {
  type: JoinType;
  right: Relation;
  within?: { before: Duration; after: Duration; grace?: Duration };
  on: Expr;
  pos: Pos;
}

export interface Select {
  items: SelectItem[];
  from: Relation;
  joins: JoinClause[];
  window?: WindowSpec;
  where?: Expr;
  groupBy?: Expr[];
  partitionBy?: Expr[];
  having?: Expr;
  emit?: 'CHANGES' | 'FINAL';
  limit?: number;
  pos: Pos;
}

export interface TableElement {
  name: string;
  type: SqlType;
  key: boolean;
  primaryKey: boolean;
  headers?: { key?: string };
  pos: Pos;
}

export type Props = Map<string, { value: unknown; pos: Pos }>;

export type StatementBody =
  | {
      k: 'createSource';
      kind: 'STREAM' | 'TABLE';
      name: string;
      orReplace: boolean;
      ifNotExists: boolean;
      source: boolean;
      elements: TableElement[] | null;
      props: Props;
    }
  | {
      k: 'createAs';
      kind: 'STREAM' | 'TABLE';
      name: string;
      orReplace: boolean;
      ifNotExists: boolean;
      props: Props;
      select: Select;
    }
  | { k: 'insertInto'; name: string; props: Props; select: Select; namePos: Pos }
  | { k: 'insertValues'; name: string; columns: string[] | null; values: Expr[]; namePos: Pos }
  | { k: 'drop'; kind: 'STREAM' | 'TABLE'; name: string; ifExists: boolean; deleteTopic: boolean }
  | { k: 'createType'; name: string; type: SqlType; ifNotExists: boolean }
  | { k: 'dropType'; name: string; ifExists: boolean }
  | { k: 'select'; select: Select }
  | { k: 'set'; name: string; value: string; unset: boolean }
  | { k: 'terminate'; id: string }
  /**
   * SHOW / LIST (STREAMS, TABLES, TOPICS, QUERIES, TYPES, FUNCTIONS, PROPERTIES), DESCRIBE, EXPLAIN (of a query
   * id in `name`, or of a query's statement in `statement`: SELECT, CREATE ... AS SELECT, INSERT INTO ... SELECT).
   */
  | { k: 'info'; what: string; name?: string; extended?: boolean; statement?: StatementBody };

export type Statement = StatementBody & { pos: Pos; text: string };
