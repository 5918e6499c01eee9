/**
 * The text ksqlDB shows as `Statement:` in some errors: the query rewritten with qualified column
 * references, generated aliases and the implicit EMIT CHANGES, one select item per line.
 */
import { formatExpr } from '../expr/format';
import type { Expr, Props, Select, StatementBody } from '../parser/ast';
import { expandSelect, mapExpr } from '../planner/projection';
import type { SourceRef } from '../planner/scope';
import type { DataSource } from './metastore';

function qualifyAll(e: Expr, sides: SourceRef[]): Expr {
  return mapExpr(e, (x) => {
    if (x.k !== 'col' || x.qualifier) return x;
    const owner = sides.find(
      (s) => s.schema.key.some((c) => c.name === x.name) || s.schema.value.some((c) => c.name === x.name),
    );
    return owner ? { ...x, qualifier: owner.alias } : x;
  });
}

function formatProps(props: Props): string {
  if (props.size === 0) return '';
  const parts = [...props].map(([k, v]) => `${k}=${typeof v.value === 'string' ? `'${v.value}'` : String(v.value)}`);
  return ` WITH (${parts.join(', ')})`;
}

export function formatSelect(select: Select, sources: (name: string) => DataSource | undefined): string {
  const refs: SourceRef[] = [];
  const from = sources(select.from.name);
  if (from)
    refs.push({ name: from.name, alias: select.from.alias ?? from.name, schema: from.schema, windowed: !!from.window });
  for (const j of select.joins) {
    const s = sources(j.right.name);
    if (s) refs.push({ name: s.name, alias: j.right.alias ?? s.name, schema: s.schema, windowed: !!s.window });
  }
  const items = expandSelect(select.items, refs, select.joins.length > 0);
  const lines = items.map((i) => `  ${formatExpr(qualifyAll(i.expr, refs))} ${i.name}`);
  let text = `SELECT\n${lines.join(',\n')}\nFROM ${select.from.name} ${select.from.alias ?? select.from.name}`;
  for (const j of select.joins) {
    const type = j.type === 'FULL' ? 'FULL OUTER' : j.type;
    text += `\n${type} JOIN ${j.right.name} ${j.right.alias ?? j.right.name}`;
    if (j.within) text += ` WITHIN (${j.within.before.text}, ${j.within.after.text})`;
    text += ` ON (${formatExpr(qualifyAll(j.on, refs))})`;
  }
  if (select.window) text += `\nWINDOW ${select.window.type} ( SIZE ${select.window.size.text} )`;
  if (select.where) text += `\nWHERE ${formatExpr(qualifyAll(select.where, refs))}`;
  if (select.groupBy) text += `\nGROUP BY ${select.groupBy.map((g) => formatExpr(qualifyAll(g, refs))).join(', ')}`;
  if (select.partitionBy) {
    text += `\nPARTITION BY ${select.partitionBy.map((g) => formatExpr(qualifyAll(g, refs))).join(', ')}`;
  }
  if (select.having) text += `\nHAVING ${formatExpr(qualifyAll(select.having, refs))}`;
  text += `\nEMIT ${select.emit ?? 'CHANGES'}`;
  return text;
}

/** `CREATE TABLE X WITH (...) AS SELECT ...` as ksqlDB prints it after rewriting. */
export function formatCreateAs(
  st: StatementBody & { k: 'createAs' },
  sources: (name: string) => DataSource | undefined,
): string {
  try {
    return `CREATE ${st.kind} ${st.name}${formatProps(st.props)} AS ${formatSelect(st.select, sources)}`;
  } catch {
    return `CREATE ${st.kind} ${st.name} AS SELECT ...`;
  }
}
