/** Join planning: placeholder until joins land (stream-stream, stream-table, table-table). */
import { SqlError } from '../errors';
import type { Select } from '../parser/ast';
import type { Head, PlanContext } from './plan';

export function planJoin(select: Select, _ctx: PlanContext): Head {
  throw new SqlError('Joins are not supported yet', select.pos);
}
