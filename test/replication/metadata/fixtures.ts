import type { PartitionRegistration } from '../../../replication/metadata/image';

/**
 * A partition as the controller's image registers it, for the metadata tests: replicas 1, 2, 3 all in sync, led
 * by 1, no reassignment, no eligible leader replicas; `state` overrides any of it.
 */
export function partitionRegistration(state: Partial<PartitionRegistration> = {}): PartitionRegistration {
  return {
    replicas: [1, 2, 3],
    isr: [1, 2, 3],
    leader: 1,
    leaderEpoch: 4,
    partitionEpoch: 9,
    leaderRecoveryState: 0,
    addingReplicas: [],
    removingReplicas: [],
    elr: [],
    lastKnownElr: [],
    ...state,
  };
}
