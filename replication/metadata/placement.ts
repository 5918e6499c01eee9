/**
 * Replica placement for new partitions (Kafka's StripedReplicaPlacer, KIP-631): spread the replicas of each
 * partition over racks first, then over brokers within a rack, and the leaders (first replicas) of
 * successive partitions over every broker, starting at a random place so topics created one after the
 * other do not all lead on the same broker. Only unfenced brokers not shutting down are used.
 */
import { ErrorCode } from '../../protocol/error-codes';
import { PartitionError } from '../errors';

export interface UsableBroker {
  id: number;
  rack: string | null;
}

/**
 * `count` partitions of `replicationFactor` replicas each. Throws INVALID_REPLICATION_FACTOR with Kafka's
 * message when there are not enough usable brokers.
 */
export function placeReplicas(
  brokers: readonly UsableBroker[],
  count: number,
  replicationFactor: number,
  random: () => number = Math.random,
): number[][] {
  if (replicationFactor <= 0) {
    throw new PartitionError(ErrorCode.InvalidReplicationFactor, 'Replication factor must be larger than 0.');
  }
  if (brokers.length === 0) {
    throw new PartitionError(ErrorCode.InvalidReplicationFactor, 'All brokers are currently fenced.');
  }
  if (replicationFactor > brokers.length) {
    throw new PartitionError(
      ErrorCode.InvalidReplicationFactor,
      `Unable to replicate the partition ${replicationFactor} time(s): The target replication factor of ` +
        `${replicationFactor} cannot be reached because only ${brokers.length} broker(s) are registered.`,
    );
  }
  // Racks in a fixed order, each with its brokers; a broker without a rack is a rack of its own.
  const byRack = new Map<string, number[]>();
  for (const b of [...brokers].sort((x, y) => x.id - y.id)) {
    const rack = b.rack ?? `\u0000${b.id}`;
    byRack.set(rack, [...(byRack.get(rack) ?? []), b.id]);
  }
  const racks = [...byRack.keys()].sort();
  // The rack-alternating broker order (one broker of each rack in turn), as Kafka's placers stripe.
  const striped: number[] = [];
  for (let i = 0; striped.length < brokers.length; i++) {
    for (const rack of racks) {
      const ids = byRack.get(rack)!;
      if (i < ids.length) striped.push(ids[i]!);
    }
  }
  const rackOf = new Map(brokers.map((b) => [b.id, b.rack ?? `\u0000${b.id}`]));
  const start = Math.floor(random() * striped.length);
  const out: number[][] = [];
  for (let p = 0; p < count; p++) {
    const first = (start + p) % striped.length;
    const replicas: number[] = [];
    const usedRacks = new Set<string>();
    // Other racks first; once every rack holds a replica, any broker not yet chosen.
    for (const allowRepeat of [false, true]) {
      for (let k = 0; k < striped.length && replicas.length < replicationFactor; k++) {
        const id = striped[(first + k) % striped.length]!;
        if (replicas.includes(id)) continue;
        if (!allowRepeat && usedRacks.has(rackOf.get(id)!)) continue;
        replicas.push(id);
        usedRacks.add(rackOf.get(id)!);
      }
    }
    out.push(replicas);
  }
  return out;
}
