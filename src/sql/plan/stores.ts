/**
 * The state stores each step's operator keeps, by name: the operators open exactly these (so EXPLAIN's topology
 * lists what runs), and each store's changes go to `<prefix><query id>-<name>-changelog`. The names are part of
 * a running query's identity: a restarted query finds its state under them, so they never change.
 */
import type { JoinStep, Step } from './steps';

export const AGGREGATE_STORES = {
  /** Per group (and window): the accumulators and the newest timestamp. */
  materialize: 'Aggregate-Materialize',
  /** Per group: its session windows (SESSION windows). */
  sessions: 'Aggregate-Sessions',
  /** Per input key of a table aggregation: the previous row, undone when the key changes. */
  input: 'Aggregate-Input',
} as const;

/** Later JOIN clauses of a multi-way join prefix their stores, so every join keeps its own. */
export function joinStore(step: JoinStep, name: string): string {
  return `${step.index === 0 ? '' : `J${step.index}-`}${name}`;
}

export function storesOf(step: Step): string[] {
  switch (step.type) {
    case 'StreamAggregate':
    case 'StreamWindowedAggregate':
    case 'TableAggregate':
      return Object.values(AGGREGATE_STORES);
    case 'StreamTableJoin':
      return [joinStore(step, 'Join-Table')];
    case 'TableTableJoin':
      return [joinStore(step, 'Join-Left'), joinStore(step, 'Join-Right')];
    case 'ForeignKeyTableTableJoin':
      return [joinStore(step, 'FkJoin-Left'), joinStore(step, 'FkJoin-Right')];
    default:
      return [];
  }
}
