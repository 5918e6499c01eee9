/**
 * Join planning and operators: stream-stream (WITHIN windows, eager or grace-deferred outer results),
 * stream-table (lookup), table-table on the primary key and table-table foreign-key joins.
 */
import { SqlError } from '../errors';
import { type Compiled, compile } from '../expr/compile';
import { formatExpr } from '../expr/format';
import type { Column, Schema } from '../expr/row';
import type { DataSource } from '../engine/metastore';
import type { Expr, JoinClause, Select } from '../parser/ast';
import { checkFormatSupports } from '../serde/formats';
import { formatType, T, typeEquals } from '../types';
import type { JoinStep, SourceStep, Step } from '../plan/steps';
import { type Head, type PlanContext, sourceStep } from './plan';
import { walkExpr } from './projection';
import { JoinScope, PSEUDO_COLUMNS, type SourceRef, SourceScope, WINDOW_BOUNDS } from './scope';

function sideRef(src: DataSource, alias: string | undefined): SourceRef {
  return { name: src.name, alias: alias ?? src.name, schema: src.schema, windowed: !!src.window };
}

/**
 * Flattened columns of one side inside the joined row: key, value, pseudo columns, then a windowed source's
 * window bounds (ksqlDB's DataSourceNode schema, withPseudoAndKeyColsInValue(windowed): a join of windowed
 * sources carries `S1_WINDOWSTART` and the like, which `SELECT *` keeps).
 */
function sideColumns(s: SourceRef): Column[] {
  return [
    ...s.schema.key.map((c) => ({ name: `${s.alias}_${c.name}`, type: c.type })),
    ...s.schema.value.map((c) => ({ name: `${s.alias}_${c.name}`, type: c.type })),
    { name: `${s.alias}_ROWTIME`, type: T.BIGINT },
    { name: `${s.alias}_ROWPARTITION`, type: T.INTEGER },
    { name: `${s.alias}_ROWOFFSET`, type: T.BIGINT },
    ...(s.windowed ? WINDOW_BOUNDS.map((name) => ({ name: `${s.alias}_${name}`, type: T.BIGINT })) : []),
  ];
}

/** Which side(s) an expression references; throws ksqlDB's errors for unknown columns/sources. */
function sidesReferenced(e: Expr, sides: SourceRef[], join: JoinClause): Set<number> {
  const out = new Set<number>();
  walkExpr(e, (x) => {
    if (x.k !== 'col') return true;
    if (x.qualifier) {
      const i = sides.findIndex((s) => s.alias === x.qualifier || s.name === x.qualifier);
      if (i < 0) {
        throw new SqlError(
          `Failed to prepare statement: '${x.qualifier}' is not a valid stream/table name or alias.`,
          x.pos,
        );
      }
      const s = sides[i];
      if (
        !PSEUDO_COLUMNS.includes(x.name) &&
        !s.schema.key.some((c) => c.name === x.name) &&
        !s.schema.value.some((c) => c.name === x.name)
      ) {
        throw new SqlError(
          `Line: ${x.pos.line}, Col: ${x.pos.col + 1}: JOIN ON column '${x.qualifier}.${x.name}' cannot be resolved.`,
          x.pos,
        );
      }
      out.add(i);
      return true;
    }
    const owners = sides
      .map((s, i) => ({ s, i }))
      .filter(({ s }) => s.schema.key.some((c) => c.name === x.name) || s.schema.value.some((c) => c.name === x.name));
    if (owners.length === 0) {
      throw new SqlError(
        `Line: ${x.pos.line}, Col: ${x.pos.col + 1}: JOIN ON column '${x.name}' cannot be resolved.`,
        x.pos,
      );
    }
    if (owners.length > 1) throw new SqlError(`Column '${x.name}' is ambiguous.`, x.pos);
    out.add(owners[0].i);
    return true;
  });
  void join;
  return out;
}

/** The left input of one join step: a source, or the joined rows of the previous step. */
interface JoinLeft {
  kind: 'STREAM' | 'TABLE';
  sides: SourceRef[];
  /** Set when the left input is a single source. */
  source?: { ref: SourceRef; src: DataSource };
  /** The previous step's head (multi-way joins). */
  previous?: Head;
  window?: DataSource['window'];
  columns: Column[];
  step: Step;
  inputs: DataSource[];
}

function sourceLeft(src: DataSource, alias: string | undefined): JoinLeft {
  const ref = sideRef(src, alias);
  return {
    step: sourceStep(src, ref.alias, ['KafkaTopic_Left', 'Source']),
    kind: src.kind,
    sides: [ref],
    source: { ref, src },
    window: src.window,
    columns: sideColumns(ref),
    inputs: [src],
  };
}

function headLeft(head: Head): JoinLeft {
  return {
    kind: head.kind,
    sides: head.sides,
    previous: head,
    step: head.step,
    window: head.windowed,
    columns: head.schema.value,
    inputs: head.inputs,
  };
}

/** Joins left to right for each JOIN clause in turn (multi-way joins feed each result into the next join). */
export function planJoin(select: Select, ctx: PlanContext): Head {
  let left = sourceLeft(ctx.source(select.from.name, select.from.pos), select.from.alias);
  let head: Head | undefined;
  select.joins.forEach((join, i) => {
    head = joinStep(left, join, select, ctx, i);
    left = headLeft(head);
  });
  return head!;
}

function joinStep(leftIn: JoinLeft, join: JoinClause, select: Select, ctx: PlanContext, step: number): Head {
  const rightSrc = ctx.source(join.right.name, join.right.pos);
  const leftName = leftIn.source?.src.name ?? leftIn.sides.map((s) => s.name).join('_');
  const selfJoined = leftIn.sides.find((s) => s.name === rightSrc.name);
  if (selfJoined) {
    throw new SqlError(
      `Can not join '${selfJoined.name}' to '${rightSrc.name}': self joins are not yet supported.`,
      join.pos,
    );
  }
  const right = sideRef(rightSrc, join.right.alias);
  const sides = [...leftIn.sides, right];
  if (!!leftIn.window !== !!rightSrc.window) {
    const leftRef = leftIn.sides[0];
    const [w, nw] = leftIn.window ? [leftRef, right] : [right, leftRef];
    const ws = leftIn.window ?? rightSrc.window!;
    throw new SqlError(
      `Can not join windowed source to non-windowed source.\n\`${w.name}\` is ${ws.type} windowed\n\`${nw.name}\` is not windowed`,
    );
  }
  const kinds = `${leftIn.kind}-${rightSrc.kind}`;
  const typeName = join.type === 'FULL' ? '[FULL] OUTER' : `[${join.type}]`;
  if (kinds === 'TABLE-STREAM') {
    throw new SqlError(
      `Invalid join order: table-stream joins are not supported; only stream-table joins. Got ${leftName} ${typeName} JOIN ${rightSrc.name}.`,
    );
  }
  if (kinds === 'STREAM-TABLE' && (join.type === 'FULL' || join.type === 'RIGHT')) {
    throw new SqlError(
      `Invalid join type: ${join.type === 'FULL' ? 'full-outer' : 'right'} join not supported for stream-table join. Got ${leftName} ${typeName} JOIN ${rightSrc.name}.`,
    );
  }
  // ON: one equality, each side referencing exactly one source
  const on = join.on;
  if (on.k !== 'binary' || on.op !== '=') {
    throw new SqlError(`Unsupported join expression: ${formatExpr(on)}. Only equi-joins are supported.`, on.pos);
  }
  let lExpr = on.left;
  let rExpr = on.right;
  walkExpr(on, (x) => {
    if (x.k === 'col' && x.qualifier && !sides.some((sd) => sd.alias === x.qualifier || sd.name === x.qualifier)) {
      throw new SqlError(
        `Failed to prepare statement: '${x.qualifier}' is not a valid stream/table name or alias.`,
        x.pos,
      );
    }
    return true;
  });
  const ls = sidesReferenced(lExpr, sides, join);
  const rs = sidesReferenced(rExpr, sides, join);
  for (const [e, refs] of [
    [lExpr, ls],
    [rExpr, rs],
  ] as const) {
    if (refs.size !== 1) {
      throw new SqlError(
        `Invalid comparison expression '${formatExpr(e)}' in join '${formatExpr(on)}'. Each side of the join comparision must contain references from exactly one source.`,
        on.pos,
      );
    }
  }
  const rightIdx = sides.length - 1;
  const sideOf = (refs: Set<number>) => sides[[...refs][0]];
  const written = `${qualified(on.left, sideOf(ls))} = ${qualified(on.right, sideOf(rs))}`;
  const isRight = (refs: Set<number>) => refs.has(rightIdx);
  if (isRight(ls) && !isRight(rs)) [lExpr, rExpr] = [rExpr, lExpr];
  else if (isRight(ls) || !isRight(rs)) {
    throw new SqlError(`Invalid join expression '${formatExpr(on)}': both sides reference the same source.`, on.pos);
  }
  if (kinds === 'STREAM-STREAM' && !join.within) {
    throw new SqlError(
      'Stream-Stream joins must have a WITHIN clause specified. None was provided. To learn about how to specify a WITHIN clause with a stream-stream join, please visit: https://docs.confluent.io/current/ksql/docs/syntax-reference.html#create-stream-as-select',
    );
  }
  if (kinds !== 'STREAM-STREAM' && join.within) {
    throw new SqlError(
      `A window definition was provided for a ${kinds.toLowerCase().replace('-', '-')} join. WITHIN is only supported for stream-stream joins.`,
    );
  }

  const left = leftIn.source?.ref ?? sideOf(isRight(ls) ? rs : ls);
  const lScope = leftIn.source ? new SourceScope(leftIn.source.ref) : leftIn.previous!.scope;
  const rScope = new SourceScope(right);
  const lKey = compile(lExpr, { scope: lScope, functions: ctx.functions, config: ctx.config });
  const rKey = compile(rExpr, { scope: rScope, functions: ctx.functions, config: ctx.config });

  if (!typeEquals(lKey.type, rKey.type)) {
    const swapped = lExpr !== on.left;
    const [a, at, b, bt] = swapped ? [rExpr, rKey.type, lExpr, lKey.type] : [lExpr, lKey.type, rExpr, rKey.type];
    const q = (e: Expr) => qualified(e, sideOf(sidesReferenced(e, sides, join)));
    throw new SqlError(
      `Invalid join condition: types don't match. Got ${q(a)}{${formatType(at)}} = ${q(b)}{${formatType(bt)}}.`,
    );
  }
  const isCol = (e: Expr) => e.k === 'col';
  const isKeyCol = (e: Expr, s: SourceRef) => {
    if (s === left && leftIn.previous) {
      // the joined left input is keyed by the previous join key
      const text = formatExpr(e);
      return leftIn.previous.keyNames.some((k) => k.accepted.some((a) => formatExpr(a) === text));
    }
    return e.k === 'col' && s.schema.key.length === 1 && s.schema.key[0].name === e.name;
  };
  let foreignKey = false;
  if (kinds === 'TABLE-TABLE') {
    if (!isKeyCol(rExpr, right)) {
      throw new SqlError(
        `Invalid join condition: table-table joins require to join on the primary key of the right input table. Got ${written}.`,
      );
    }
    foreignKey = !isKeyCol(lExpr, left);
    if (foreignKey && (join.type === 'RIGHT' || join.type === 'FULL')) {
      throw new SqlError(`Invalid join type: foreign-key table-table joins do not support ${join.type} OUTER joins.`);
    }
  }
  if (kinds === 'STREAM-TABLE' && !isKeyCol(rExpr, right)) {
    throw new SqlError(
      `Invalid join condition: stream-table joins require to join on the table's primary key. Got ${qualified(lExpr, left)} = ${qualified(rExpr, right)}.`,
    );
  }
  if (leftIn.window && (!isKeyCol(lExpr, left) || !isKeyCol(rExpr, right))) {
    throw new SqlError(
      'Implicit repartitioning of windowed sources is not supported. See https://github.com/confluentinc/ksql/issues/4385.',
    );
  }

  // the joined row's key column
  const synthetic = foreignKey ? false : join.type === 'FULL' ? true : !(isCol(lExpr) || isCol(rExpr));
  const value: Column[] = [...leftIn.columns, ...sideColumns(right)];
  let keyCol: Column;
  let keyNames: Head['keyNames'];
  if (foreignKey && leftIn.previous) {
    keyCol = leftIn.previous.schema.key[0];
    keyNames = leftIn.previous.keyNames;
  } else if (foreignKey) {
    const k = left.schema.key[0];
    keyCol = { name: `${left.alias}_${k.name}`, type: k.type };
    keyNames = [{ name: `${left.alias}.${k.name}`, accepted: acceptedRefs(k.name, left, sides, select) }];
  } else if (synthetic) {
    keyCol = { name: 'ROWKEY', type: lKey.type };
    keyNames = [{ name: 'ROWKEY', accepted: [{ k: 'col', name: 'ROWKEY', pos: select.pos }] }];
  } else {
    const colSide = (e: Expr & { k: 'col' }) =>
      sides.find((sd) => sd.alias === e.qualifier || sd.name === e.qualifier) ??
      sides.find(
        (sd) => sd.schema.key.some((c) => c.name === e.name) || sd.schema.value.some((c) => c.name === e.name),
      ) ??
      left;
    const keySide = isCol(lExpr) ? colSide(lExpr as Expr & { k: 'col' }) : right;
    const keyExpr = (isCol(lExpr) ? lExpr : rExpr) as Expr & { k: 'col' };
    keyCol = { name: `${keySide.alias}_${keyExpr.name}`, type: (isCol(lExpr) ? lKey : rKey).type };
    const accepted = acceptedRefs(keyExpr.name, keySide, sides, select);
    if (isCol(lExpr) && isCol(rExpr))
      accepted.push(...acceptedRefs((rExpr as Expr & { k: 'col' }).name, right, sides, select));
    keyNames = [{ name: `${keySide.alias}.${keyExpr.name}`, accepted }];
  }
  checkFormatSupports({ format: 'JSON' }, [keyCol], 'key');
  const schema: Schema = { key: [keyCol], value };
  const scope = new JoinScope(sides, schema);

  const kind = kinds === 'TABLE-TABLE' ? 'TABLE' : 'STREAM';
  const rightStep: SourceStep = sourceStep(rightSrc, right.alias, [
    step === 0 ? 'KafkaTopic_Right' : `KafkaTopic_Right${step}`,
    'Source',
  ]);
  const base = {
    ctx: [step === 0 ? 'Join' : `Join${step}`],
    schema,
    left: leftIn.step,
    right: rightStep,
    joinType: join.type,
    leftKey: lExpr,
    rightKey: rExpr,
    index: step,
  };
  const joinStepData: JoinStep =
    kinds === 'STREAM-STREAM'
      ? {
          ...base,
          type: 'StreamStreamJoin',
          within: { before: join.within!.before.ms, after: join.within!.after.ms, grace: join.within!.grace?.ms },
        }
      : kinds === 'STREAM-TABLE'
        ? { ...base, type: 'StreamTableJoin' }
        : foreignKey
          ? { ...base, type: 'ForeignKeyTableTableJoin' }
          : { ...base, type: 'TableTableJoin' };
  return {
    kind,
    sides,
    isJoin: true,
    schema,
    scope,
    inputs: [...leftIn.inputs, rightSrc],
    windowed: leftIn.window,
    keyNames,
    step: joinStepData,
  };
}

function qualified(e: Expr, s: SourceRef): string {
  if (e.k === 'col') return `${e.qualifier ?? s.alias}.${e.name}`;
  return formatExpr(e);
}

/** The projection expressions that count as selecting a side's column (qualified by alias or name, or bare). */
function acceptedRefs(name: string, side: SourceRef, sides: SourceRef[], select: Select): Expr[] {
  const pos = select.pos;
  const out: Expr[] = [
    { k: 'col', qualifier: side.alias, name, pos },
    { k: 'col', qualifier: side.name, name, pos },
  ];
  const owners = sides.filter(
    (s) => s.schema.key.some((c) => c.name === name) || s.schema.value.some((c) => c.name === name),
  );
  if (owners.length === 1) out.push({ k: 'col', name, pos });
  return out;
}

export type { Compiled };
