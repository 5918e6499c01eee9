/**
 * The `sticky` task assignor of streams groups, after Kafka 4.4's StickyTaskAssignor: active tasks first stay with
 * the member that ran them (up to an even share per member), then go to a member that kept them as a standby, then
 * to the least loaded process (load = tasks / members of the process) and its least loaded member; standby
 * replicas of stateful tasks go to processes that do not run the task yet, preferring their previous holders, then
 * the members whose reported changelog offsets are furthest along.
 */
import type { Assignment } from './assignors';

export interface TaskAssignorMember {
  memberId: string;
  processId: string;
  /** The tasks the member holds now (its current assignment). */
  active: Assignment;
  standby: Assignment;
  /** The changelog offsets the member last reported per task (none: 0). */
  taskOffsets?: readonly { subtopologyId: string; partition: number; offset: bigint }[];
}

export interface TaskAssignorSubtopology {
  subtopologyId: string;
  numberOfTasks: number;
  stateful: boolean;
}

export interface TaskAssignment {
  active: Assignment;
  standby: Assignment;
}

interface TaskId {
  subtopologyId: string;
  partition: number;
}

const taskKey = (t: TaskId) => `${t.subtopologyId}\0${t.partition}`;

class ProcessState {
  capacity = 0;
  taskCount = 0;
  readonly memberTasks = new Map<string, number>();
  readonly active = new Map<string, TaskId[]>();
  readonly standby = new Map<string, TaskId[]>();
  readonly tasks = new Set<string>();

  constructor(readonly processId: string) {}

  get load(): number {
    return this.capacity <= 0 ? -1 : this.taskCount / this.capacity;
  }

  addMember(memberId: string): void {
    this.memberTasks.set(memberId, 0);
    this.capacity++;
  }

  hasTask(task: TaskId): boolean {
    return this.tasks.has(taskKey(task));
  }

  /** Returns the member's new task count. */
  addTask(memberId: string, task: TaskId, isActive: boolean): number {
    this.taskCount++;
    this.tasks.add(taskKey(task));
    const byMember = isActive ? this.active : this.standby;
    const list = byMember.get(memberId) ?? [];
    list.push(task);
    byMember.set(memberId, list);
    const n = (this.memberTasks.get(memberId) ?? 0) + 1;
    this.memberTasks.set(memberId, n);
    return n;
  }

  /** The member with the fewest tasks (the first in join order on a tie); -1 without members. */
  addTaskToLeastLoadedMember(task: TaskId, isActive: boolean): number {
    let best: string | undefined;
    for (const [memberId, n] of this.memberTasks) {
      if (best === undefined || n < this.memberTasks.get(best)!) best = memberId;
    }
    return best === undefined ? -1 : this.addTask(best, task, isActive);
  }
}

function tasksPerMember(tasks: number, members: number): number {
  return members === 0 ? 0 : Math.ceil(tasks / members);
}

/** The least loaded process (a tie goes to the one with more members, then the first), or undefined. */
function leastLoaded(processes: ProcessState[], except?: Set<ProcessState>): ProcessState | undefined {
  let best: ProcessState | undefined;
  for (const p of processes) {
    if (except?.has(p)) continue;
    if (!best || p.load < best.load || (p.load === best.load && p.capacity > best.capacity)) best = p;
  }
  return best;
}

/** Assigns the tasks of `subtopologies` to `members` (in join order). */
export function assignTasks(
  members: readonly TaskAssignorMember[],
  subtopologies: readonly TaskAssignorSubtopology[],
  numStandbyReplicas: number,
): Map<string, TaskAssignment> {
  const processes = new Map<string, ProcessState>();
  const memberProcess = new Map<string, ProcessState>();
  const previousActive = new Map<string, TaskAssignorMember>();
  const previousStandby = new Map<string, TaskAssignorMember[]>();
  const candidates = new Map<string, { member: TaskAssignorMember; previous: boolean; offset: bigint }[]>();
  for (const m of members) {
    let p = processes.get(m.processId);
    if (!p) {
      p = new ProcessState(m.processId);
      processes.set(m.processId, p);
    }
    p.addMember(m.memberId);
    memberProcess.set(m.memberId, p);
    for (const [subtopologyId, partitions] of m.active) {
      for (const partition of partitions) previousActive.set(taskKey({ subtopologyId, partition }), m);
    }
    // Standby candidates (Kafka's collectStandbyCandidates): its standbys, then tasks it reported offsets for.
    const offsets = new Map((m.taskOffsets ?? []).map((t) => [taskKey(t), t.offset]));
    for (const [subtopologyId, partitions] of m.standby) {
      for (const partition of partitions) {
        const key = taskKey({ subtopologyId, partition });
        candidates.set(key, [
          ...(candidates.get(key) ?? []),
          { member: m, previous: true, offset: offsets.get(key) ?? 0n },
        ]);
      }
    }
    for (const t of m.taskOffsets ?? []) {
      const key = taskKey(t);
      if (m.standby.get(t.subtopologyId)?.has(t.partition)) continue;
      candidates.set(key, [...(candidates.get(key) ?? []), { member: m, previous: false, offset: t.offset }]);
    }
  }
  // Previous standbys first, then the furthest changelog offsets.
  for (const [key, list] of candidates) {
    list.sort(
      (x, y) => Number(y.previous) - Number(x.previous) || (y.offset > x.offset ? 1 : y.offset < x.offset ? -1 : 0),
    );
    previousStandby.set(
      key,
      list.map((c) => c.member),
    );
  }
  let totalActive = 0;
  let totalTasks = 0;
  for (const s of subtopologies) {
    totalActive += s.numberOfTasks;
    totalTasks += s.numberOfTasks + (s.stateful ? s.numberOfTasks * numStandbyReplicas : 0);
  }
  const quota = {
    activeMembers: members.length,
    active: tasksPerMember(totalActive, members.length),
    totalActive,
    allMembers: members.length,
    all: tasksPerMember(totalTasks, members.length),
    totalTasks,
  };
  // As Kafka: once a member reaches the even share, the share of the others is recomputed without it.
  const countedActive = (n: number) => {
    if (n !== quota.active) return;
    quota.activeMembers--;
    quota.totalActive -= n;
    quota.active = tasksPerMember(quota.totalActive, quota.activeMembers);
  };
  const counted = (n: number) => {
    if (n !== quota.all) return;
    quota.allMembers--;
    quota.totalTasks -= n;
    quota.all = tasksPerMember(quota.totalTasks, quota.allMembers);
  };
  const give = (m: TaskAssignorMember, task: TaskId, isActive: boolean) => {
    const n = memberProcess.get(m.memberId)!.addTask(m.memberId, task, isActive);
    if (isActive) countedActive(n);
    counted(n);
  };
  const underQuota = (m: TaskAssignorMember, limit: number) =>
    memberProcess.get(m.memberId)!.memberTasks.get(m.memberId)! < limit;
  /** The previous holder on the least loaded process (and least loaded itself), skipping processes running `task`. */
  const leastLoadedPrevious = (candidates: TaskAssignorMember[] | undefined, standbyOf?: TaskId) => {
    let best: TaskAssignorMember | undefined;
    let bestProcessLoad = Number.MAX_VALUE;
    let bestMemberLoad = Number.MAX_VALUE;
    for (const m of candidates ?? []) {
      const p = memberProcess.get(m.memberId)!;
      if (standbyOf && p.hasTask(standbyOf)) continue;
      const memberLoad = p.memberTasks.get(m.memberId)!;
      if (!best || (p.load < bestProcessLoad && memberLoad < bestMemberLoad)) {
        best = m;
        bestProcessLoad = p.load;
        bestMemberLoad = memberLoad;
      }
    }
    return best;
  };

  // Active tasks, by partition then subtopology: previous owners, then previous standbys, then the least loaded.
  let active: TaskId[] = [];
  for (const s of subtopologies)
    for (let p = 0; p < s.numberOfTasks; p++) active.push({ subtopologyId: s.subtopologyId, partition: p });
  const byPartition = (a: TaskId, b: TaskId) =>
    a.partition - b.partition || (a.subtopologyId < b.subtopologyId ? -1 : a.subtopologyId > b.subtopologyId ? 1 : 0);
  active.sort(byPartition);
  active = active.filter((task) => {
    const prev = previousActive.get(taskKey(task));
    if (prev && underQuota(prev, quota.active)) {
      give(prev, task, true);
      return false;
    }
    return true;
  });
  active = active.filter((task) => {
    const prev = leastLoadedPrevious(previousStandby.get(taskKey(task)));
    if (prev && underQuota(prev, quota.active)) {
      give(prev, task, true);
      return false;
    }
    return true;
  });
  active.sort(
    (a, b) =>
      (a.subtopologyId < b.subtopologyId ? -1 : a.subtopologyId > b.subtopologyId ? 1 : 0) || a.partition - b.partition,
  );
  const all = [...processes.values()];
  for (const task of active) {
    const p = leastLoaded(all);
    if (!p) break;
    const n = p.addTaskToLeastLoadedMember(task, true);
    countedActive(n);
    counted(n);
  }

  // Standby replicas of stateful tasks, never on a process that runs the task.
  if (numStandbyReplicas > 0) {
    const stateful: TaskId[] = [];
    for (const s of subtopologies) {
      if (!s.stateful) continue;
      for (let p = 0; p < s.numberOfTasks; p++) stateful.push({ subtopologyId: s.subtopologyId, partition: p });
    }
    stateful.sort((a, b) => -byPartition(a, b));
    const remaining: { task: TaskId; replicas: number }[] = [];
    for (const task of stateful) {
      let placed = 0;
      for (; placed < numStandbyReplicas; placed++) {
        const prevActive = previousActive.get(taskKey(task));
        if (prevActive) {
          const p = memberProcess.get(prevActive.memberId)!;
          if (!p.hasTask(task) && underQuota(prevActive, quota.all)) {
            give(prevActive, task, false);
            continue;
          }
        }
        const prev = leastLoadedPrevious(previousStandby.get(taskKey(task)), task);
        if (!prev || !underQuota(prev, quota.all)) break;
        give(prev, task, false);
      }
      remaining.push({ task, replicas: numStandbyReplicas - placed });
    }
    remaining.sort(
      (a, b) =>
        -(
          (a.task.subtopologyId < b.task.subtopologyId ? -1 : a.task.subtopologyId > b.task.subtopologyId ? 1 : 0) ||
          a.task.partition - b.task.partition
        ),
    );
    for (const { task, replicas } of remaining) {
      for (let i = 0; i < replicas; i++) {
        const skip = new Set<ProcessState>();
        let p = leastLoaded(all, skip);
        while (p?.hasTask(task)) {
          skip.add(p);
          p = leastLoaded(all, skip);
        }
        if (!p) break; // not enough processes: fewer standbys, as Kafka (it logs a warning)
        counted(p.addTaskToLeastLoadedMember(task, false));
      }
    }
  }

  const result = new Map<string, TaskAssignment>();
  const compact = (tasks: TaskId[] | undefined): Assignment => {
    const out: Assignment = new Map();
    for (const t of tasks ?? []) {
      const set = out.get(t.subtopologyId) ?? new Set<number>();
      set.add(t.partition);
      out.set(t.subtopologyId, set);
    }
    return out;
  };
  for (const m of members) {
    const p = memberProcess.get(m.memberId)!;
    result.set(m.memberId, { active: compact(p.active.get(m.memberId)), standby: compact(p.standby.get(m.memberId)) });
  }
  return result;
}
