/**
 * How a pull query on a table reads its state, decided from its WHERE clause as ksqlDB does (QueryFilterNode
 * validates each disjunct of the clause in disjunctive normal form; PullPhysicalPlanBuilder picks a key
 * lookup, a range scan or a table scan). The rows answered do not depend on the choice (the engine filters
 * the table's current rows either way); what does is which queries ksqlDB refuses, with which words: a
 * clause that needs a table scan when `ksql.query.pull.table.scan.enabled` is false, a NULL or mistyped key.
 */
import { SqlError } from '../errors';
import { castValue } from '../expr/cast';
import { comparisonName, formatExpr } from '../expr/format';
import type { BinaryOp, Expr } from '../parser/ast';
import { WINDOW_BOUNDS } from '../planner/scope';
import { formatType, isNumeric, type SqlType } from '../types';
import type { DataSource } from './metastore';

/** ksqlDB's PullQueryValidator.PULL_QUERY_SYNTAX_HELP, the tail of every pull-query refusal. */
export const PULL_QUERY_SYNTAX_HELP =
  'See https://cnfl.io/queries for more info.\nAdd EMIT CHANGES if you intended to issue a push query.';

export type PullPlanType = 'KEY_LOOKUP' | 'RANGE_SCAN' | 'TABLE_SCAN';

/** A boolean config value that may come as a JSON boolean or as text (request streamsProperties). */
export function configFlag(config: Record<string, unknown>, name: string, fallback: boolean): boolean {
  const v = config[name];
  if (v === undefined || v === null) return fallback;
  return v === true || String(v).toLowerCase() === 'true';
}

/** QueryFilterNode.invalidWhereClauseException: the reason, then what a pull query's WHERE must be. */
function invalidWhere(msg: string, windowed: boolean): SqlError {
  const windowHint = windowed
    ? '\n - (optionally) limits the time bounds of the windowed table.\n\t Bounds on [WINDOWSTART, WINDOWEND] are supported' +
      '\n\t Supported operators are [EQUAL, GREATER_THAN, GREATER_THAN_OR_EQUAL, LESS_THAN, LESS_THAN_OR_EQUAL]'
    : '';
  return new SqlError(
    `${msg}. ${PULL_QUERY_SYNTAX_HELP}\nPull queries require a WHERE clause that:\n` +
      ' - includes a key equality expression, e.g. `SELECT * FROM X WHERE <key-column> = Y;`.\n' +
      ' - in the case of a multi-column key, is a conjunction of equality expressions that cover all key columns.\n' +
      ' - to support range expressions, e.g.,  SELECT * FROM X WHERE <key-column> < Y;`, range scans need to be ' +
      `enabled by setting ksql.query.pull.range.scan.enabled=true${windowHint}\n` +
      'If more flexible queries are needed, , table scans can be enabled by setting ksql.query.pull.table.scan.enabled=true.',
  );
}

const NEGATED: Partial<Record<BinaryOp, BinaryOp>> = {
  '=': '<>',
  '<>': '=',
  '<': '>=',
  '>=': '<',
  '>': '<=',
  '<=': '>',
};
const COMPARISONS = new Set<string>(['=', '<>', '<', '<=', '>', '>=']);

/** The clause as a list of conjunctions (IN and BETWEEN spelled out, NOT pushed down, AND over OR). */
export function disjuncts(e: Expr): Expr[] {
  const bin = (op: BinaryOp, left: Expr, right: Expr): Expr => ({ k: 'binary', op, left, right, pos: e.pos });
  const dnf = (x: Expr, negate: boolean): Expr[] => {
    if (x.k === 'not') return dnf(x.e, !negate);
    if (x.k === 'binary' && (x.op === 'AND' || x.op === 'OR')) {
      const isAnd = (x.op === 'AND') !== negate;
      const left = dnf(x.left, negate);
      const right = dnf(x.right, negate);
      if (!isAnd) return [...left, ...right];
      return left.flatMap((l) => right.map((r) => bin('AND', l, r)));
    }
    if (x.k === 'binary' && negate && NEGATED[x.op]) return [{ ...x, op: NEGATED[x.op]! }];
    if (x.k === 'in' && x.not === negate) return x.list.map((item) => bin('=', x.e, item));
    if (x.k === 'between' && x.not === negate) return [bin('AND', bin('>=', x.e, x.lo), bin('<=', x.e, x.hi))];
    return [negate ? { k: 'not', e: x, pos: x.pos } : x];
  };
  return dnf(e, false);
}

function conjuncts(e: Expr): Expr[] {
  return e.k === 'binary' && e.op === 'AND' ? [...conjuncts(e.left), ...conjuncts(e.right)] : [e];
}

function hasColumn(e: Expr): boolean {
  let found = false;
  const visit = (x: unknown): void => {
    if (found || !x || typeof x !== 'object') return;
    if ((x as Expr).k === 'col') found = true;
    else for (const v of Object.values(x)) visit(v);
  };
  visit(e);
  return found;
}

/** DefaultSqlValueCoercer.STRICT on a literal: no text to number or number to text, numbers only widen. */
function literalFits(value: Expr & { k: 'lit' }, type: SqlType): boolean {
  const from = value.type;
  if (from.base === type.base) return true;
  if (isNumeric(from) && isNumeric(type)) {
    const rank = ['INTEGER', 'BIGINT', 'DECIMAL', 'DOUBLE'];
    return rank.indexOf(from.base) <= rank.indexOf(type.base);
  }
  const families = (t: SqlType) => (isNumeric(t) ? 'number' : t.base === 'STRING' ? 'text' : t.base);
  return !['number', 'text', 'BOOLEAN'].includes(families(from)) || families(from) === families(type);
}

/**
 * Validates a pull query's WHERE on `table` and returns the plan ksqlDB would pick, or throws ksqlDB's
 * refusal. `config` carries the request's properties over the server's.
 */
export function pullPlanType(
  where: Expr | undefined,
  table: DataSource,
  config: Record<string, unknown>,
): PullPlanType {
  const tableScans = configFlag(config, 'ksql.query.pull.table.scan.enabled', true);
  const rangeScans = configFlag(config, 'ksql.query.pull.range.scan.enabled', true);
  const windowed = !!table.window;
  const keys = table.schema.key;
  const scanOrThrow = (): PullPlanType => {
    if (tableScans) return 'TABLE_SCAN';
    throw new SqlError(
      'Query requires table scan to be enabled. Table scans can be enabled by setting ksql.query.pull.table.scan.enabled=true',
    );
  };
  if (!where) return scanOrThrow();
  const keyList = `[${keys.map((k) => `\`${k.name}\` ${formatType(k.type)} KEY`).join(', ')}]`;
  const parts = disjuncts(where);
  // QueryFilterNode's Validator, one disjunct at a time
  let requiresScan = false;
  const needScan = (msg: string) => {
    if (!tableScans) throw invalidWhere(msg, windowed);
    requiresScan = true;
  };
  for (const disjunct of parts) {
    const seen = new Set<number>();
    let keyed = false;
    for (const c of conjuncts(disjunct)) {
      if (c.k === 'like') {
        if (c.e.k !== 'col') needScan('Like condition must be between strings');
        continue;
      }
      const comparison = c.k === 'distinctfrom' || (c.k === 'binary' && COMPARISONS.has(c.op));
      if (!comparison) throw invalidWhere(`Unsupported expression in WHERE clause: ${formatExpr(c)}`, false);
      const { left, right } = c as { left: Expr; right: Expr };
      const column = right.k === 'col' ? right : left.k === 'col' ? left : undefined;
      if (!column) {
        needScan('A comparison must directly reference a key column');
        continue;
      }
      if (hasColumn(column === right ? left : right)) {
        needScan('A comparison must be between a key column and a resolvable expression');
        continue;
      }
      const op = c.k === 'distinctfrom' ? (c.not ? 'IS_NOT_DISTINCT_FROM' : 'IS_DISTINCT_FROM') : c.op;
      if (WINDOW_BOUNDS.includes(column.name)) {
        if (!['=', '<', '<=', '>', '>='].includes(op)) {
          throw invalidWhere(`Unsupported ${column.name} bounds: ${comparisonName(op)}`, true);
        }
        if (!windowed) throw invalidWhere('Cannot use WINDOWSTART/WINDOWEND on non-windowed source', false);
        continue;
      }
      const index = keys.findIndex((k) => k.name === column.name);
      if (index < 0) continue;
      if (op === '<>' || op.includes('DISTINCT')) needScan(`Bound on key columns '${keyList}' must currently be '='`);
      if (seen.has(index) && !tableScans) {
        throw invalidWhere(
          'A comparison condition on the key column cannot be combined with other comparisons such as an IN predicate',
          windowed,
        );
      }
      seen.add(index);
      keyed = true;
    }
    if (requiresScan) return 'TABLE_SCAN';
    if (!keyed) {
      if (tableScans) return 'TABLE_SCAN';
      throw invalidWhere(`WHERE clause missing key column for disjunct: ${formatExpr(disjunct)}`, windowed);
    }
    if (seen.size !== keys.length) {
      if (tableScans) return 'TABLE_SCAN';
      const names = [...seen].sort().map((i) => `\`${keys[i].name}\``);
      throw invalidWhere(
        `Multi-column sources must specify every key in the WHERE clause. Specified: [${names.join(', ')}] Expected: ${keyList}`,
        windowed,
      );
    }
  }
  // the key values (KeyValueExtractor) and each disjunct's constraint: a lookup, a range, or none
  const constraints = parts.map((disjunct) => {
    const ops = new Map<number, string>();
    for (const c of conjuncts(disjunct)) {
      if (c.k !== 'binary' || !COMPARISONS.has(c.op)) continue;
      const column = c.right.k === 'col' ? c.right : c.left.k === 'col' ? c.left : undefined;
      const index = column ? keys.findIndex((k) => k.name === column.name) : -1;
      if (index < 0) continue;
      const other = column === c.right ? c.left : c.right;
      if (other.k === 'lit' && other.value === null) {
        throw new SqlError(`Primary key columns can not be NULL: ${formatExpr(c)}`);
      }
      if (other.k === 'lit' && !literalFits(other, keys[index].type)) {
        throw new SqlError(
          `'${other.value}' can not be converted to the type of the key column: ${keys[index].name} ${formatType(keys[index].type)} KEY`,
        );
      }
      // the most selective: an equality wins, otherwise the first bound
      if (c.op === '=' || !ops.has(index)) if (ops.get(index) !== '=') ops.set(index, c.op);
    }
    if (ops.size === 0) return 'NONE';
    const all = [...ops.values()];
    if (all.every((o) => o === '=')) return '=';
    if (ops.size > 1) return 'NONE';
    const type = keys[[...ops.keys()][0]].type.base;
    return type === 'STRING' || type === 'BYTES' ? 'RANGE' : 'NONE';
  });
  let plan: PullPlanType;
  if (constraints.includes('NONE')) plan = 'TABLE_SCAN';
  else if (constraints.every((c) => c === '=')) plan = 'KEY_LOOKUP';
  else if (constraints.length === 1) plan = 'RANGE_SCAN';
  else plan = 'TABLE_SCAN';
  if (plan === 'RANGE_SCAN' && (!rangeScans || windowed)) plan = 'TABLE_SCAN';
  return plan === 'TABLE_SCAN' ? scanOrThrow() : plan;
}

/**
 * The keys a key lookup asks for, one value per key column for each disjunct (`K = 'a' OR K IN ('b', 'c')`),
 * taken from literals and cast to the key columns' types; undefined when some disjunct does not pin every key
 * column to a literal (the query then reads every partition, as a scan does).
 */
export function lookupKeys(where: Expr | undefined, table: DataSource): unknown[][] | undefined {
  if (!where || !table.schema.key.length) return undefined;
  const keys = table.schema.key;
  const out: unknown[][] = [];
  for (const disjunct of disjuncts(where)) {
    const values = new Map<number, unknown>();
    for (const c of conjuncts(disjunct)) {
      if (c.k !== 'binary' || c.op !== '=') continue;
      const column = c.right.k === 'col' ? c.right : c.left.k === 'col' ? c.left : undefined;
      const index = column ? keys.findIndex((k) => k.name === column.name) : -1;
      const other = column === c.right ? c.left : c.right;
      if (index < 0 || other.k !== 'lit' || values.has(index)) continue;
      try {
        values.set(index, castValue(other.value, other.type, keys[index].type));
      } catch {
        return undefined;
      }
    }
    if (values.size !== keys.length) return undefined;
    out.push(keys.map((_, i) => values.get(i)));
  }
  return out;
}
