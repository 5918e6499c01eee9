/**
 * KIP-848 server-side assignors. Input: members with their subscriptions and current target assignment,
 * the subscribed topics (id, partition count); output: the new target assignment per member.
 *   - uniform: every partition of the subscribed topics spread as evenly as subscriptions allow, keeping
 *     each member's current partitions where its quota allows (sticky), as Kafka's UniformAssignor.
 *   - range: per topic, the members subscribed to it (sorted by member id) get contiguous ranges, so
 *     co-partitioned topics line up, as Kafka's RangeAssignor.
 */

export interface AssignorTopic {
  topicId: string;
  name: string;
  partitions: number;
}

export interface AssignorMember {
  memberId: string;
  /** Topic names */
  subscribed: ReadonlySet<string>;
  /** Current target assignment: topic id -> partitions */
  current: ReadonlyMap<string, ReadonlySet<number>>;
}

export type Assignment = Map<string, Set<number>>;

export interface Assignor {
  name: string;
  assign(members: AssignorMember[], topics: ReadonlyMap<string, AssignorTopic>): Map<string, Assignment>;
}

function emptyAssignments(members: AssignorMember[]): Map<string, Assignment> {
  return new Map(members.map((m) => [m.memberId, new Map()]));
}

function add(assignment: Assignment, topicId: string, partition: number): void {
  let set = assignment.get(topicId);
  if (!set) {
    set = new Set();
    assignment.set(topicId, set);
  }
  set.add(partition);
}

function sizeOf(assignment: Assignment): number {
  let n = 0;
  for (const s of assignment.values()) n += s.size;
  return n;
}

export const rangeAssignor: Assignor = {
  name: 'range',
  assign(members, topics) {
    const out = emptyAssignments(members);
    for (const topic of [...topics.values()].sort((a, b) => a.name.localeCompare(b.name))) {
      const subscribers = members
        .filter((m) => m.subscribed.has(topic.name))
        .map((m) => m.memberId)
        .sort();
      if (subscribers.length === 0) continue;
      const per = Math.floor(topic.partitions / subscribers.length);
      const extra = topic.partitions % subscribers.length;
      let next = 0;
      subscribers.forEach((memberId, i) => {
        const count = per + (i < extra ? 1 : 0);
        for (let p = next; p < next + count; p++) add(out.get(memberId)!, topic.topicId, p);
        next += count;
      });
    }
    return out;
  },
};

export const uniformAssignor: Assignor = {
  name: 'uniform',
  assign(members, topics) {
    const out = emptyAssignments(members);
    if (members.length === 0) return out;
    const byName = new Map([...topics.values()].map((t) => [t.name, t]));
    // Every partition to place, with the members allowed to own it.
    const partitions: { topicId: string; partition: number; eligible: string[] }[] = [];
    for (const topic of [...topics.values()].sort((a, b) => a.name.localeCompare(b.name))) {
      const eligible = members.filter((m) => m.subscribed.has(topic.name)).map((m) => m.memberId);
      if (eligible.length === 0) continue;
      for (let p = 0; p < topic.partitions; p++) partitions.push({ topicId: topic.topicId, partition: p, eligible });
    }
    // Quota: ceil for the first (total % n) members, floor for the others (homogeneous case is exact).
    const total = partitions.length;
    const n = members.length;
    const sortedIds = members.map((m) => m.memberId).sort();
    const quota = new Map(sortedIds.map((id, i) => [id, Math.floor(total / n) + (i < total % n ? 1 : 0)]));
    const owner = new Map<string, string>();
    const key = (topicId: string, p: number) => `${topicId}:${p}`;
    // Sticky pass: keep current partitions within quota.
    for (const m of members) {
      const mine = out.get(m.memberId)!;
      for (const [topicId, set] of m.current) {
        const topic = [...byName.values()].find((t) => t.topicId === topicId);
        if (!topic || !m.subscribed.has(topic.name)) continue;
        for (const p of [...set].sort((a, b) => a - b)) {
          if (p >= topic.partitions || owner.has(key(topicId, p))) continue;
          if (sizeOf(mine) >= quota.get(m.memberId)!) break;
          add(mine, topicId, p);
          owner.set(key(topicId, p), m.memberId);
        }
      }
    }
    // Fill pass: each unowned partition to the eligible member furthest below its quota (then least loaded).
    for (const item of partitions) {
      if (owner.has(key(item.topicId, item.partition))) continue;
      let best: string | null = null;
      let bestScore = Number.POSITIVE_INFINITY;
      for (const id of item.eligible) {
        const load = sizeOf(out.get(id)!);
        const score = (load >= quota.get(id)! ? 1e9 : 0) + load;
        if (score < bestScore || (score === bestScore && best !== null && id < best)) {
          best = id;
          bestScore = score;
        }
      }
      add(out.get(best!)!, item.topicId, item.partition);
      owner.set(key(item.topicId, item.partition), best!);
    }
    return out;
  },
};

export const ASSIGNORS: ReadonlyMap<string, Assignor> = new Map([
  [uniformAssignor.name, uniformAssignor],
  [rangeAssignor.name, rangeAssignor],
]);
