/**
 * How a partition's leader and ISR change (Kafka 4.4's PartitionChangeBuilder): given the partition as the log
 * says it and which brokers may lead, build the PartitionChangeRecord that moves it, or nothing when nothing
 * changes. Leaders come from the ISR, in the order of the replica list. With eligible leader replicas (KIP-966,
 * on in every Brook cluster as in a new Kafka 4.4 one) members leaving an ISR below min.insync.replicas join
 * the ELR, the ISR may become empty (its last leader is then kept as LastKnownElr), and an ELR member is
 * elected cleanly once the ISR is empty; with ELR off the partition keeps its last ISR member, leaderless. A
 * replica outside both leads only with `unclean.leader.election.enable` (its ISR is then itself, leader
 * recovery state RECOVERING); Kafka also elects the last known leader alone that way when ISR and ELR are
 * empty (useLastKnownLeaderInBalancedRecovery, on by default).
 */
import { defaultPartitionChangeRecord, type PartitionChangeRecord } from '../../protocol/generated/metadata-records';
import { NO_LEADER, NO_LEADER_CHANGE, type PartitionRegistration } from './image';

export const LeaderRecoveryState = { Recovered: 0, Recovering: 1 } as const;

export interface PartitionChangeTarget {
  /** The ISR wanted (the fenced broker removed, an AlterPartition's proposal); default: unchanged. */
  isr?: number[];
  /** Whether a broker may lead now (registered, unfenced, not shutting down). */
  canLead(brokerId: number): boolean;
  uncleanLeaderElection: boolean;
  /**
   * Kafka's PartitionChangeBuilder.Election: 'online' (default) keeps a usable leader; 'preferred' moves
   * leadership to the first replica when it is in the ISR and usable (ElectLeaders PREFERRED, the automatic
   * leader rebalance); 'unclean' allows an out-of-sync replica whatever the topic's config says (ElectLeaders
   * UNCLEAN).
   */
  election?: 'online' | 'preferred' | 'unclean';
  /**
   * Eligible leader replicas (KIP-966, `eligible.leader.replicas.version` >= 1): ISR members leaving an ISR
   * below `minIsr` (the topic's effective min.insync.replicas) join the ELR and may lead cleanly once the ISR
   * is empty; `uncleanShutdown` brokers (restarted without a clean shutdown) leave ISR and ELR.
   */
  elrEnabled?: boolean;
  minIsr?: number;
  uncleanShutdown?: number[];
  /** A reassignment (KIP-455): the replica list, adding and removing replicas wanted; default unchanged. */
  replicas?: number[];
  adding?: number[];
  removing?: number[];
}

/** The record moving `partition` to `target`, or null when nothing changes (Kafka's PartitionChangeBuilder.build). */
export function buildPartitionChange(
  topicId: string,
  partitionId: number,
  partition: PartitionRegistration,
  target: PartitionChangeTarget,
): PartitionChangeRecord | null {
  let isr = target.isr ?? partition.isr;
  let replicas = target.replicas ?? partition.replicas;
  let adding = target.adding ?? partition.addingReplicas;
  let removing = target.removing ?? partition.removingReplicas;
  // A reassignment completes once the ISR holds every replica that stays (Kafka's maybeCompleteReassignment):
  // the removing replicas leave the replica list and the ISR.
  if (adding.length > 0 || removing.length > 0) {
    const staying = replicas.filter((r) => !removing.includes(r));
    const stayingIsr = isr.filter((r) => !removing.includes(r));
    if (staying.length > 0 && stayingIsr.length > 0 && staying.every((r) => stayingIsr.includes(r))) {
      replicas = staying;
      isr = stayingIsr;
      adding = [];
      removing = [];
    }
  }
  const elrEnabled = target.elrEnabled ?? false;
  const uncleanShutdown = target.uncleanShutdown ?? [];
  let elr = elrEnabled ? targetElr(partition, isr, target.minIsr ?? 1, uncleanShutdown) : partition.elr;

  const record = defaultPartitionChangeRecord();
  record.partitionId = partitionId;
  record.topicId = topicId;
  let recovery: number = partition.leaderRecoveryState;
  // The election (Kafka's tryElection): a clean winner from the ELR becomes the whole ISR and leaves the ELR;
  // an unclean one (an out-of-sync replica, or the last known leader alone) also becomes the ISR, RECOVERING.
  const elected = electLeader(partition, target, replicas, isr, elr, elrEnabled);
  if (elected.leader !== partition.leader) {
    if (elr.includes(elected.leader)) {
      isr = [elected.leader];
      elr = elr.filter((r) => r !== elected.leader);
    }
    record.leader = elected.leader;
    if (elected.unclean) {
      record.isr = [elected.leader];
      recovery = LeaderRecoveryState.Recovering;
    }
  }
  // Replicas removed: the same leader in a new epoch, so the removed ones are fenced (Kafka's
  // triggerLeaderEpochBumpForReplicaReassignmentIfNeeded).
  if (
    record.leader === NO_LEADER_CHANGE &&
    partition.leader !== NO_LEADER &&
    partition.replicas.some((r) => !replicas.includes(r))
  ) {
    record.leader = partition.leader;
  }
  // Kafka's maybeUpdateRecordElr: an unclean election (it set the ISR) or ELR off clears the ELR.
  if (record.isr !== null || !elrEnabled) elr = [];
  if (!sameOrder(elr, partition.elr)) record.eligibleLeaderReplicas = [...elr];
  // Without ELR the ISR never becomes empty: its last member stays, leaderless, until it returns. With ELR an
  // empty ISR is written (the ELR then says who may lead).
  if (record.isr === null && (isr.length > 0 || elrEnabled) && !sameMembers(isr, partition.isr)) {
    record.isr = [...isr];
  }
  if (elrEnabled) updateLastKnownLeader(record, partition);
  if (!sameOrder(replicas, partition.replicas)) record.replicas = [...replicas];
  if (!sameOrder(adding, partition.addingReplicas)) record.addingReplicas = [...adding];
  if (!sameOrder(removing, partition.removingReplicas)) record.removingReplicas = [...removing];
  if (recovery !== partition.leaderRecoveryState) record.leaderRecoveryState = recovery;
  const noOp =
    record.isr === null &&
    record.eligibleLeaderReplicas === null &&
    record.lastKnownElr === null &&
    record.leader === NO_LEADER_CHANGE &&
    record.replicas === null &&
    record.addingReplicas === null &&
    record.removingReplicas === null &&
    record.leaderRecoveryState === -1;
  return noOp ? null : record;
}

/**
 * Kafka's maybePopulateTargetElr: with the ISR at or above min.insync.replicas there is no ELR; below it, the
 * members of the old ISR and ELR that are not in the new ISR (and did not shut down uncleanly: their logs may
 * have lost acknowledged records) are eligible. Kafka builds it in a HashSet of small Integers, which iterates
 * in ascending order: so does this.
 */
function targetElr(
  partition: PartitionRegistration,
  isr: readonly number[],
  minIsr: number,
  uncleanShutdown: readonly number[],
): number[] {
  if (isr.length >= minIsr) return [];
  const candidates = new Set([...partition.elr, ...partition.isr]);
  return [...candidates].filter((r) => !isr.includes(r) && !uncleanShutdown.includes(r)).sort((a, b) => a - b);
}

/**
 * Kafka's electPreferredLeader / electAnyLeader. A valid leader is in the ISR, or in the ELR when the ISR is
 * empty, and may lead. Past the clean candidates: the last known leader when both ISR and ELR are empty (an
 * unclean election Kafka makes itself, `useLastKnownLeaderInBalancedRecovery`), then (unclean election on)
 * any replica that may lead.
 */
function electLeader(
  partition: PartitionRegistration,
  target: PartitionChangeTarget,
  replicas: readonly number[],
  isr: readonly number[],
  elr: readonly number[],
  elrEnabled: boolean,
): { leader: number; unclean: boolean } {
  const valid = (r: number) =>
    r !== NO_LEADER && (isr.includes(r) || (isr.length === 0 && elr.includes(r))) && target.canLead(r);
  const lastKnown = partition.lastKnownElr[0];
  const lastKnownLeader =
    elrEnabled &&
    isr.length === 0 &&
    elr.length === 0 &&
    partition.lastKnownElr.length === 1 &&
    lastKnown !== undefined &&
    target.canLead(lastKnown);
  if (target.election === 'preferred') {
    const preferred = replicas[0];
    if (preferred !== undefined && valid(preferred)) return { leader: preferred, unclean: false };
    if (valid(partition.leader)) return { leader: partition.leader, unclean: false };
    const online = replicas.slice(1).find(valid);
    if (online !== undefined) return { leader: online, unclean: false };
    if (lastKnownLeader) return { leader: lastKnown!, unclean: true };
    return { leader: NO_LEADER, unclean: false };
  }
  if (valid(partition.leader)) return { leader: partition.leader, unclean: false };
  const online = replicas.find(valid);
  if (online !== undefined) return { leader: online, unclean: false };
  if (lastKnownLeader) return { leader: lastKnown!, unclean: true };
  if (target.uncleanLeaderElection || target.election === 'unclean') {
    const any = replicas.find((r) => target.canLead(r));
    if (any !== undefined) return { leader: any, unclean: true };
  }
  return { leader: NO_LEADER, unclean: false };
}

/**
 * Kafka's maybeUpdateLastKnownLeader: the first time the ISR becomes empty the leader it had is remembered
 * (LastKnownElr = [that leader]); once the partition has a leader again it is forgotten.
 */
function updateLastKnownLeader(record: PartitionChangeRecord, partition: PartitionRegistration): void {
  const known = partition.lastKnownElr;
  if (record.isr !== null && record.isr.length === 0 && (known.length !== 1 || known[0] !== partition.leader)) {
    record.lastKnownElr = [partition.leader];
  } else if (
    (record.leader >= 0 || (partition.leader !== NO_LEADER && record.leader !== NO_LEADER)) &&
    known.length > 0
  ) {
    record.lastKnownElr = [];
  }
}

function sameOrder(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => b[i] === x);
}

function sameMembers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
