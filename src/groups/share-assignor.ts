/**
 * The `simple` assignor of share groups (Kafka 4.4's SimpleAssignor): a partition may be shared by several members,
 * since its records are handed out record by record. With M members and N partitions each partition goes to
 * ceil(M/N) members (one when there are at least as many partitions as members), the M members' counts as even as
 * those slots allow, and what a member held before is kept where it still fits (sticky). Members subscribed to the
 * same topics are assigned together over all their partitions (Kafka's homogeneous builder); otherwise each topic
 * is assigned among its own subscribers (the heterogeneous builder).
 */
import type { Assignment } from './assignors';

export interface ShareAssignorMember {
  memberId: string;
  /** Topic ids the member subscribes to (those that exist). */
  topicIds: ReadonlySet<string>;
  /** What it was assigned before (kept where it still fits). */
  previous: Assignment;
}

/** topic id -> partition count */
export type ShareAssignorTopics = ReadonlyMap<string, number>;

const partitionKey = (topicId: string, partition: number) => `${topicId}:${partition}`;

export function assignShared(
  members: readonly ShareAssignorMember[],
  topics: ShareAssignorTopics,
): Map<string, Assignment> {
  const result = new Map<string, Assignment>(members.map((m) => [m.memberId, new Map()]));
  const subscriptions = new Set(members.map((m) => [...m.topicIds].sort().join(',')));
  if (subscriptions.size <= 1) {
    const topicIds = [...(members[0]?.topicIds ?? [])].filter((t) => topics.has(t)).sort();
    assignAmong(members, topicIds, topics, result);
  } else {
    const allTopics = [...new Set(members.flatMap((m) => [...m.topicIds]))].filter((t) => topics.has(t)).sort();
    for (const topicId of allTopics) {
      assignAmong(
        members.filter((m) => m.topicIds.has(topicId)),
        [topicId],
        topics,
        result,
      );
    }
  }
  return result;
}

const ceilDiv = (a: number, b: number) => Math.floor((a + b - 1) / b);

/** Kafka's SimpleHomogeneousAssignmentBuilder over `topicIds`' partitions, added to `result`. */
function assignAmong(
  members: readonly ShareAssignorMember[],
  topicIds: readonly string[],
  topics: ShareAssignorTopics,
  result: Map<string, Assignment>,
): void {
  const partitions: [topicId: string, partition: number][] = [];
  for (const topicId of topicIds) for (let p = 0; p < topics.get(topicId)!; p++) partitions.push([topicId, p]);
  const m = members.length;
  const n = partitions.length;
  if (m === 0 || n === 0) return;
  const sharing = ceilDiv(m, n);
  const slots = sharing * n;
  // desired[i] = ceil(slots*(i+1)/m) - ceil(slots*i/m): the slots spread evenly over the members in order.
  const desired = members.map((_, i) => ceilDiv(slots * (i + 1), m) - ceilDiv(slots * i, m));
  const inScope = new Set(partitions.map(([t, p]) => partitionKey(t, p)));
  const holders = new Map<string, string[]>(partitions.map(([t, p]) => [partitionKey(t, p), []]));
  const held = members.map(() => [] as [string, number][]);
  // Keep what each member held that is still assignable, up to its desired count.
  members.forEach((member, i) => {
    for (const [topicId, set] of member.previous) {
      for (const p of [...set].sort((a, b) => a - b)) {
        const key = partitionKey(topicId, p);
        if (!inScope.has(key) || held[i]!.length >= desired[i]!) continue;
        // A partition already shared by as many members as it should be is not kept by one more.
        if (holders.get(key)!.length >= sharing) continue;
        holders.get(key)!.push(member.memberId);
        held[i]!.push([topicId, p]);
      }
    }
  });
  // Fill each partition up to its sharing, round robin over the members still short of their count.
  let next = 0;
  for (const [topicId, p] of partitions) {
    const key = partitionKey(topicId, p);
    const list = holders.get(key)!;
    let tried = 0;
    while (list.length < sharing && tried < m) {
      const i = next % m;
      next++;
      tried++;
      const member = members[i]!;
      if (held[i]!.length >= desired[i]! || list.includes(member.memberId)) continue;
      list.push(member.memberId);
      held[i]!.push([topicId, p]);
      tried = 0;
    }
  }
  members.forEach((member, i) => {
    const assignment = result.get(member.memberId)!;
    for (const [topicId, p] of held[i]!) {
      const set = assignment.get(topicId) ?? new Set<number>();
      assignment.set(topicId, set);
      set.add(p);
    }
  });
}
