/**
 * Kafka's streams CurrentAssignmentBuilder: one step of a member towards its target tasks. Tasks the member must give
 * up are revoked first (UNREVOKED_TASKS at its epoch, until a heartbeat shows it no longer owns them); then it moves
 * to the target epoch with the tasks nobody else still holds (UNRELEASED_TASKS while some are held). An active task
 * becoming a standby of the same member is demoted at once; a standby promoted to active stays a standby until the
 * active task is granted. A task is held while another member runs it (or revokes it), or while another member of
 * the same process keeps it as a standby: a process never holds two copies of a task.
 */
import type { Assignment } from './assignors';
import { type ActiveTasks, hasTask, ownsAny, type StreamsMember } from './streams-member';

/** Who holds a task besides the member being reconciled. */
export interface TaskHolders {
  /** The other member running or revoking the task as active. */
  activeHolder(subtopologyId: string, partition: number): StreamsMember | undefined;
  /** Whether another member of the same process keeps it as a standby. */
  standbyOnProcess(subtopologyId: string, partition: number): boolean;
}

/**
 * Moves `member` one step towards `target` at `targetEpoch`; `owned` is what its heartbeat says it owns (null: it
 * did not say). Returns 'revoking' when it must first give tasks up, 'moved' when it took a step, 'unchanged'
 * when it stays as it is.
 */
export function reconcileStreamsMember(
  member: StreamsMember,
  targetEpoch: number,
  target: { active: Assignment; standby: Assignment },
  owned: { active: Assignment; standby: Assignment } | null,
  holders: TaskHolders,
): 'revoking' | 'moved' | 'unchanged' {
  if (member.state === 'STABLE' && member.memberEpoch === targetEpoch) return 'unchanged';
  const notReleased = (pendingActive: ActiveTasks, pendingStandby: Assignment) =>
    owned === null || ownsAny(owned.active, pendingActive) || ownsAny(owned.standby, pendingStandby);
  if (member.state === 'UNREVOKED_TASKS' && notReleased(member.pendingActive, member.pendingStandby))
    return 'unchanged';
  const memberEpoch = member.state === 'UNREVOKED_TASKS' ? member.memberEpoch + 1 : member.memberEpoch;

  // Active tasks (with the epoch each was assigned at).
  const keptActive: ActiveTasks = new Map();
  const revokeActive: ActiveTasks = new Map();
  const grantActive: ActiveTasks = new Map();
  let unreleased = false;
  for (const s of new Set([...member.active.keys(), ...target.active.keys()])) {
    const current = member.active.get(s) ?? new Map<number, number>();
    const want = target.active.get(s) ?? new Set<number>();
    for (const [p, epoch] of current) {
      if (want.has(p)) setIn(keptActive, s, p, epoch);
      else setIn(revokeActive, s, p, epoch);
    }
    for (const p of want) {
      if (current.has(p)) continue;
      // Held while another member runs it, or keeps it as a standby on this member's process.
      if (holders.activeHolder(s, p) !== undefined || holders.standbyOnProcess(s, p)) unreleased = true;
      else setIn(grantActive, s, p, targetEpoch);
    }
  }
  // Standby tasks.
  const keptStandby: Assignment = new Map();
  const revokeStandby: Assignment = new Map();
  const grantStandby: Assignment = new Map();
  for (const s of new Set([...member.standby.keys(), ...target.standby.keys()])) {
    const current = member.standby.get(s) ?? new Set<number>();
    const want = target.standby.get(s) ?? new Set<number>();
    for (const p of current) {
      if (want.has(p)) addIn(keptStandby, s, p);
      // A standby promoted to active is not revoked: it is kept until the active task is granted.
      else if (!hasTask(target.active, s, p)) addIn(revokeStandby, s, p);
    }
    for (const p of want) {
      if (current.has(p)) continue;
      const holder = holders.activeHolder(s, p);
      if (hasTask(member.active, s, p))
        addIn(keptStandby, s, p); // demoted from active: granted at once
      else if ((holder && holder.processId === member.processId) || holders.standbyOnProcess(s, p)) {
        unreleased = true;
      } else addIn(grantStandby, s, p);
    }
  }
  const mustRevoke = (revokeActive.size > 0 || revokeStandby.size > 0) && notReleased(revokeActive, revokeStandby);
  // Standbys promoted to active stay standbys until the active task is granted.
  for (const [s, partitions] of member.standby) {
    for (const p of partitions) {
      if (hasTask(target.active, s, p) && (mustRevoke || !hasTask(grantActive, s, p))) addIn(keptStandby, s, p);
    }
  }
  if (mustRevoke) {
    member.state = 'UNREVOKED_TASKS';
    if (memberEpoch !== member.memberEpoch) {
      member.previousMemberEpoch = member.memberEpoch;
      member.memberEpoch = memberEpoch;
    }
    member.active = keptActive;
    member.standby = keptStandby;
    member.pendingActive = revokeActive;
    member.pendingStandby = revokeStandby;
    return 'revoking';
  }
  for (const [s, partitions] of grantActive) for (const [p, e] of partitions) setIn(keptActive, s, p, e);
  for (const [s, partitions] of grantStandby) for (const p of partitions) addIn(keptStandby, s, p);
  member.state = unreleased ? 'UNRELEASED_TASKS' : 'STABLE';
  if (member.memberEpoch !== targetEpoch) {
    member.previousMemberEpoch = member.memberEpoch;
    member.memberEpoch = targetEpoch;
  }
  member.active = keptActive;
  member.standby = keptStandby;
  member.pendingActive = new Map();
  member.pendingStandby = new Map();
  return 'moved';
}

export function setIn(a: ActiveTasks, s: string, p: number, epoch: number): void {
  const m = a.get(s) ?? new Map<number, number>();
  m.set(p, epoch);
  a.set(s, m);
}

export function addIn(a: Assignment, s: string, p: number): void {
  const set = a.get(s) ?? new Set<number>();
  set.add(p);
  a.set(s, set);
}
