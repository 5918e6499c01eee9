/**
 * Pull queries on a table whose query is shared by several instances of the service, routed as ksqlDB's
 * HARouting does: each instance holds the rows of its own tasks (partitions), so the query is split by
 * partition, each partition sent to its active host (then its standbys, when standby reads are on), the rows
 * read here for the partitions this instance owns and forwarded over HTTP for the others, and merged.
 *
 * - Locate (KsLocator): a key lookup on literal keys needs the partitions of those keys only; anything else
 *   (range or table scan) every partition. Who owns which partition comes from the query's consumer group
 *   (io/shared-subscription.ts: each member's advertised listener and tasks).
 * - Rounds (HARouting.executeRounds): round N asks each partition's N-th host; a host that cannot be reached
 *   leaves its partitions to the next round; a partition out of hosts ends the query with "Exhausted standby
 *   hosts to try.".
 * - A forwarded request (`request.ksql.query.pull.skip.forwarding`) is answered here, for the partitions it
 *   names, and never forwarded again.
 */
import type { SqlEngine } from '../../engine/engine';
import type { Column } from '../../expr/row';
import type { TaskOwners } from '../../io/driver';
import { rowJson } from '../writers';
import { forwardPull, NodeUnreachable } from './forward';
import { type HeartbeatAgent, hostKey } from './heartbeat';
import { type RoutingOptions, routingOptions } from './options';

export interface PullResult {
  columns: (Column & { key: boolean })[];
  /** Each row's column values as JSON text. */
  rows: string[];
  /** Set when routing failed after the query was planned: ksqlDB then writes the header and this error. */
  error?: string;
}

/** A host that may answer for a partition, in routing order (active first). */
interface Node {
  endpoint: string;
  local: boolean;
}

/** KsLocator's refusal when the group's assignment is unknown (the query starting or rebalancing). */
export const CANNOT_LOCATE =
  'Cannot determine which host contains the required partitions to serve the pull query. \n' +
  'The underlying persistent query may be restarting (e.g. as a result of ALTER SYSTEM) view the status of ' +
  'your by issuing <DESCRIBE foo>.';

/** Runs a pull query here or across the instances that own its rows. */
export async function executePull(
  engine: SqlEngine,
  sql: string,
  properties: Record<string, unknown>,
  requestProperties: Record<string, unknown>,
  /** The statement's LIMIT, applied again to the merged rows (each host applies it to its own). */
  limit: number | undefined,
  heartbeat?: HeartbeatAgent,
  /** The caller's Authorization header, sent on with forwarded requests (the instances share their users). */
  authorization?: string,
): Promise<PullResult> {
  const options = routingOptions(requestProperties, { ...engine.config, ...properties });
  const location = engine.pullLocation(sql);
  const local = async (partitions?: number[]) => {
    const result = await engine.pullQuery(sql, properties, partitions);
    return { columns: result.columns, rows: result.rows.map((row) => rowJson(row, result.columns)) };
  };
  if (!location) return local();
  if (options.skipForwarding || options.partitions) return local(options.partitions ?? location.tasks);
  // planned (and refused) here first: the columns, and ksqlDB's errors, before anything is forwarded
  const { columns } = await local([]);
  const partitions = location.tasks ?? [...Array(location.query.materialized.taskCount).keys()];
  const owners = await location.query.owners();
  const candidates = partitions.map((p) => ({
    p,
    nodes: hostsFor(p, owners, options, location.query.standbyReplicas),
  }));
  if (candidates.some((c) => !c.nodes.length)) throw new Error(CANNOT_LOCATE);
  // LivenessFilter: with the heartbeat on, hosts known dead are left out; a partition left with none fails now
  const notSelected = (n: Node) => {
    const status = n.local ? undefined : heartbeat?.statusOf(n.endpoint);
    return status && !status.hostAlive ? `Host is not alive as of time ${status.lastStatusUpdateMs}` : undefined;
  };
  const empty = candidates.filter((c) => c.nodes.every((n) => notSelected(n)));
  if (empty.length) {
    const scanned = (n: Node) => `${hostKey(n.endpoint)} was not selected because ${notSelected(n)}`;
    throw new Error(
      `Unable to execute pull query. [${empty
        .map((c) => `Partition ${c.p} failed to find valid host. Hosts scanned: [${c.nodes.map(scanned).join(', ')}]`)
        .join(', ')}]`,
    );
  }
  const hosts = new Map(candidates.map((c) => [c.p, c.nodes.filter((n) => !notSelected(n))]));
  const rows: string[] = [];
  let remaining = partitions;
  for (let round = 0; remaining.length; round++) {
    // the partitions grouped by their round-th host
    const byHost = new Map<string, { node: Node; partitions: number[] }>();
    for (const p of remaining) {
      const node = hosts.get(p)![round];
      if (!node) return { columns, rows, error: 'Unable to execute pull query: Exhausted standby hosts to try.' };
      const group = byHost.get(node.endpoint) ?? { node, partitions: [] };
      group.partitions.push(p);
      byHost.set(node.endpoint, group);
    }
    const results = await Promise.all(
      [...byHost.values()].map(async ({ node, partitions }) => {
        try {
          if (node.local) return { partitions, rows: (await local(partitions)).rows };
          const forwarded = await forwardPull(node.endpoint, sql, properties, partitions, {
            timeoutMs: options.forwardingTimeoutMs,
            authorization,
          });
          return { partitions, rows: forwarded };
        } catch (error) {
          if (error instanceof NodeUnreachable) return { partitions, unreachable: error };
          const where = node.local ? 'executing query locally at' : 'forwarding query to';
          return { partitions, failed: `Error ${where} node ${node.endpoint}: ${(error as Error).message}` };
        }
      }),
    );
    const failed = results.find((r) => 'failed' in r);
    if (failed && 'failed' in failed) return { columns, rows, error: `Unable to execute pull query: ${failed.failed}` };
    remaining = [];
    for (const r of results) {
      if ('unreachable' in r) remaining.push(...r.partitions);
      else if ('rows' in r && r.rows) rows.push(...r.rows);
    }
  }
  return { columns, rows: limit === undefined ? rows : rows.slice(0, limit) };
}

/**
 * A partition's hosts in routing order: its active host, then, with standby reads on, up to
 * `num.standby.replicas` other members (the next ones in member order; any member can answer for a task it
 * does not run, from the sink topic's committed records).
 */
function hostsFor(
  partition: number,
  owners: TaskOwners | undefined,
  options: RoutingOptions,
  standbys: number,
): Node[] {
  if (!owners) return [];
  const members = owners.members;
  const at = members.findIndex((m) => m.tasks.includes(partition));
  if (at < 0) return [];
  const chosen = [members[at]];
  if (options.standbyReads) {
    for (let i = 1; i < members.length && chosen.length <= standbys; i++)
      chosen.push(members[(at + i) % members.length]);
  }
  return chosen.map((m) => ({ endpoint: m.endpoint, local: m.self }));
}
