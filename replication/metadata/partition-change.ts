/**
 * How a partition's leader and ISR change (Kafka's PartitionChangeBuilder): given the partition as the log
 * says it and which brokers may lead, build the PartitionChangeRecord that moves it, or nothing when nothing
 * changes. Leaders come from the ISR, in the order of the replica list; a replica outside the ISR leads only
 * with `unclean.leader.election.enable` (its ISR is then itself, leader recovery state RECOVERING), else the
 * partition waits without a leader (-1) and keeps its last ISR member, so that member is elected when it
 * comes back.
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
  /** A reassignment (KIP-455): the replica list, adding and removing replicas wanted; default unchanged. */
  replicas?: number[];
  adding?: number[];
  removing?: number[];
}

/** The record moving `partition` to `target`, or null when leader and ISR stay as they are. */
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
  // The ISR never becomes empty: its last member stays, leaderless, until it returns (Kafka without ELR).
  if (isr.length === 0) isr = partition.isr.length > 0 ? [partition.isr[0]!] : [];
  let leader = partition.leader;
  let recovery: number = partition.leaderRecoveryState;
  const valid = (b: number) => b !== NO_LEADER && isr.includes(b) && target.canLead(b);
  const preferred = replicas[0];
  const unclean = target.uncleanLeaderElection || target.election === 'unclean';
  if (target.election === 'preferred' && preferred !== undefined && valid(preferred)) {
    leader = preferred;
  } else if (!valid(leader)) {
    const fromIsr = replicas.find((r) => isr.includes(r) && target.canLead(r));
    if (fromIsr !== undefined) {
      leader = fromIsr;
    } else if (unclean) {
      const any = replicas.find((r) => target.canLead(r));
      if (any !== undefined) {
        leader = any;
        isr = [any];
        recovery = LeaderRecoveryState.Recovering;
      } else {
        leader = NO_LEADER;
      }
    } else {
      leader = NO_LEADER;
    }
  }
  const isrChanged = !sameMembers(isr, partition.isr);
  const leaderChanged = leader !== partition.leader;
  const replicasChanged = !sameOrder(replicas, partition.replicas);
  const addingChanged = !sameOrder(adding, partition.addingReplicas);
  const removingChanged = !sameOrder(removing, partition.removingReplicas);
  if (!isrChanged && !leaderChanged && !replicasChanged && !addingChanged && !removingChanged) return null;
  const record = defaultPartitionChangeRecord();
  record.partitionId = partitionId;
  record.topicId = topicId;
  if (isrChanged) record.isr = [...isr];
  if (replicasChanged) record.replicas = [...replicas];
  if (addingChanged) record.addingReplicas = [...adding];
  if (removingChanged) record.removingReplicas = [...removing];
  // Replicas removed: the same leader in a new epoch, so the removed ones are fenced (Kafka's
  // triggerLeaderEpochBumpForReplicaReassignmentIfNeeded).
  const removedReplicas = partition.replicas.some((r) => !replicas.includes(r));
  record.leader = leaderChanged || (removedReplicas && leader !== NO_LEADER) ? leader : NO_LEADER_CHANGE;
  if (recovery !== partition.leaderRecoveryState) record.leaderRecoveryState = recovery;
  return record;
}

function sameOrder(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => b[i] === x);
}

function sameMembers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
