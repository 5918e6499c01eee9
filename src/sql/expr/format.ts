/** Renders expressions the way ksqlDB prints them in messages and generated names, e.g. `(F1 + F2)`. */
import type { Expr } from '../parser/ast';
import { formatType } from '../types';

const OP_NAMES: Record<string, string> = {
  '=': 'EQUAL',
  '<>': 'NOT_EQUAL',
  '<': 'LESS_THAN',
  '<=': 'LESS_THAN_OR_EQUAL',
  '>': 'GREATER_THAN',
  '>=': 'GREATER_THAN_OR_EQUAL',
};

export function comparisonName(op: string): string {
  return OP_NAMES[op] ?? op;
}

export function formatExpr(e: Expr): string {
  switch (e.k) {
    case 'lit':
      return e.text;
    case 'col':
      return e.qualifier ? `${e.qualifier}.${e.name}` : e.name;
    case 'deref':
      return `${formatExpr(e.base)}->${e.field}`;
    case 'subscript':
      return `${formatExpr(e.base)}[${formatExpr(e.index)}]`;
    case 'call':
      return `${e.name}(${e.star ? '*' : e.args.map(formatExpr).join(', ')})`;
    case 'binary':
      return `(${formatExpr(e.left)} ${e.op} ${formatExpr(e.right)})`;
    case 'not':
      return `(NOT ${formatExpr(e.e)})`;
    case 'neg':
      return `-${formatExpr(e.e)}`;
    case 'isnull':
      return `(${formatExpr(e.e)} IS ${e.not ? 'NOT ' : ''}NULL)`;
    case 'distinctfrom':
      return `(${formatExpr(e.left)} IS ${e.not ? 'NOT ' : ''}DISTINCT FROM ${formatExpr(e.right)})`;
    case 'between':
      return `(${formatExpr(e.e)} ${e.not ? 'NOT ' : ''}BETWEEN ${formatExpr(e.lo)} AND ${formatExpr(e.hi)})`;
    case 'like':
      return `(${formatExpr(e.e)} ${e.not ? 'NOT ' : ''}LIKE ${formatExpr(e.pattern)})`;
    case 'in':
      return `(${formatExpr(e.e)} ${e.not ? 'NOT ' : ''}IN (${e.list.map(formatExpr).join(', ')}))`;
    case 'case':
      return `(CASE ${e.operand ? `${formatExpr(e.operand)} ` : ''}${e.whens.map((w) => `WHEN ${formatExpr(w.when)} THEN ${formatExpr(w.result)}`).join(' ')}${e.else ? ` ELSE ${formatExpr(e.else)}` : ''} END)`;
    case 'cast':
      return `CAST(${formatExpr(e.e)} AS ${formatType(e.type)})`;
    case 'array':
      return `ARRAY[${e.items.map(formatExpr).join(', ')}]`;
    case 'map':
      return `MAP(${e.entries.map((x) => `${formatExpr(x.key)}:=${formatExpr(x.value)}`).join(', ')})`;
    case 'struct':
      return `STRUCT(${e.fields.map((f) => `${f.name}:=${formatExpr(f.value)}`).join(', ')})`;
    case 'lambda':
      return `(${e.params.join(', ')}) => ${formatExpr(e.body)}`;
  }
}

/** Structural equality of expressions (GROUP BY matching), ignoring positions. */
export function exprEquals(a: Expr, b: Expr): boolean {
  return formatExpr(a) === formatExpr(b);
}
