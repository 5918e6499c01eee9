/**
 * A streams group's member (KIP-1071) and its tasks: active tasks with the epoch each was assigned at (offset commits
 * of an older epoch are checked against it), standby tasks, and what it is revoking. Tasks are kept per
 * subtopology, as Kafka's TasksTuple: subtopology id -> partitions.
 */
import type { Assignment } from './assignors';
import type { Timer } from './scheduler';

export type StreamsMemberState = 'STABLE' | 'UNREVOKED_TASKS' | 'UNRELEASED_TASKS';

export interface TaskIds {
  subtopologyId: string;
  partitions: number[];
}

export interface StreamsEndpoint {
  host: string;
  port: number;
}

/** A task's changelog offset as a member reports it (summed over the task's changelog partitions). */
export interface TaskOffset {
  subtopologyId: string;
  partition: number;
  offset: bigint;
}

/** Active tasks with the epoch each was assigned at (Kafka's TasksTupleWithEpochs): subtopology -> partition -> epoch. */
export type ActiveTasks = Map<string, Map<number, number>>;

export class StreamsMember {
  memberEpoch = 0;
  previousMemberEpoch = -1;
  state: StreamsMemberState = 'STABLE';
  rackId: string | null = null;
  rebalanceTimeoutMs = -1;
  topologyEpoch = 0;
  processId = '';
  userEndpoint: StreamsEndpoint | null = null;
  clientTags: Record<string, string> = {};
  active: ActiveTasks = new Map();
  standby: Assignment = new Map();
  pendingActive: ActiveTasks = new Map();
  pendingStandby: Assignment = new Map();
  /** The changelog offsets it last reported (kept in memory only, as Kafka's MemberTaskOffsets). */
  taskOffsets: TaskOffset[] = [];
  taskEndOffsets: TaskOffset[] = [];
  sessionTimer: Timer | null = null;
  revocationTimer: Timer | null = null;

  constructor(
    public memberId: string,
    public instanceId: string | null,
    public clientId: string,
    public clientHost: string,
  ) {}
}

export function cloneActive(a: ActiveTasks): ActiveTasks {
  return new Map([...a].map(([s, m]) => [s, new Map(m)]));
}

export function activeKeys(a: ActiveTasks): Assignment {
  return new Map([...a].map(([s, m]) => [s, new Set(m.keys())]));
}

export function hasTask(a: Assignment | ActiveTasks, subtopologyId: string, partition: number): boolean {
  return a.get(subtopologyId)?.has(partition) ?? false;
}

export function toTaskIds(a: Assignment | ActiveTasks): TaskIds[] {
  return [...a]
    .filter(([, s]) => s.size > 0)
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([subtopologyId, s]) => ({ subtopologyId, partitions: [...s.keys()].sort((x, y) => x - y) }));
}

export function fromTaskIds(tasks: TaskIds[]): Assignment {
  const out: Assignment = new Map();
  for (const t of tasks) {
    const set = out.get(t.subtopologyId) ?? new Set<number>();
    for (const p of t.partitions) set.add(p);
    out.set(t.subtopologyId, set);
  }
  return out;
}

export function ownsAny(owned: Assignment, tasks: Assignment | ActiveTasks): boolean {
  for (const [s, partitions] of owned) for (const p of partitions) if (hasTask(tasks, s, p)) return true;
  return false;
}
