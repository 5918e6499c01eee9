/**
 * Eligible leader replicas (KIP-966) in buildPartitionChange, transition by transition, with the records
 * Kafka 4.4's PartitionChangeBuilder writes for the same partition (ELR on, last known leader kept).
 */
import assert from 'node:assert/strict';
import type { PartitionChangeRecord } from '../../../protocol/generated/metadata-records';
import { MetadataImage, NO_LEADER_CHANGE, type PartitionRegistration } from '../../../replication/metadata/image';
import { buildPartitionChange, type PartitionChangeTarget } from '../../../replication/metadata/partition-change';
import { partitionRegistration } from './fixtures';

/** The partition after `record`, replayed as every node does (MetadataImage.apply). */
function replay(before: PartitionRegistration, record: PartitionChangeRecord | null): PartitionRegistration {
  if (!record) return before;
  const image = new MetadataImage();
  image.apply({ type: 'TopicRecord', version: 0, value: { name: 't', topicId: 'T' } }, 0);
  image.topicsById.get('T')!.partitions.set(0, before);
  image.apply({ type: 'PartitionChangeRecord', version: 2, value: record }, 1);
  return image.partition('t', 0)!;
}

/** Brokers `down` may not lead; ELR on with min.insync.replicas 2 unless said otherwise. */
function change(
  before: PartitionRegistration,
  down: number[],
  target: Partial<PartitionChangeTarget> = {},
): { record: PartitionChangeRecord | null; after: PartitionRegistration } {
  const record = buildPartitionChange('T', 0, before, {
    isr: before.isr.filter((r) => !down.includes(r)),
    canLead: (b) => !down.includes(b),
    uncleanLeaderElection: false,
    elrEnabled: true,
    minIsr: 2,
    ...target,
  });
  return { record, after: replay(before, record) };
}

const view = (p: PartitionRegistration) => ({ leader: p.leader, isr: p.isr, elr: p.elr, lastKnownElr: p.lastKnownElr });

describe('buildPartitionChange: eligible leader replicas (KIP-966)', () => {
  it('members leaving an ISR below min.insync.replicas join the ELR; at or above it there is none', () => {
    const p0 = partitionRegistration();
    const one = change(p0, [3]);
    assert.deepEqual(view(one.after), { leader: 1, isr: [1, 2], elr: [], lastKnownElr: [] }, 'ISR 2 >= min 2');
    assert.equal(one.record!.eligibleLeaderReplicas, null, 'no ELR field when it stays empty');
    const two = change(one.after, [2, 3]);
    assert.deepEqual(view(two.after), { leader: 1, isr: [1], elr: [2], lastKnownElr: [] });
    assert.deepEqual(two.record!.eligibleLeaderReplicas, [2]);
    assert.equal(two.record!.leader, NO_LEADER_CHANGE, 'the leader stays');
    // The leader goes too: the ISR empties (ELR on allows it), its members are all eligible, the leader is
    // remembered as the last known leader.
    const three = change(two.after, [1, 2, 3]);
    assert.deepEqual(view(three.after), { leader: -1, isr: [], elr: [1, 2], lastKnownElr: [1] });
    assert.deepEqual(
      [three.record!.isr, three.record!.leader, three.record!.eligibleLeaderReplicas, three.record!.lastKnownElr],
      [[], -1, [1, 2], [1]],
    );
  });

  it('with the ISR empty an ELR member that returns is elected cleanly: ISR = itself, out of the ELR', () => {
    const offline = partitionRegistration({ leader: -1, isr: [], elr: [1, 2], lastKnownElr: [1] });
    // Broker 2 comes back first: not the last leader, but eligible; the leader recovery state stays RECOVERED.
    const back = change(offline, [1, 3]);
    assert.deepEqual(view(back.after), { leader: 2, isr: [2], elr: [1], lastKnownElr: [] });
    assert.equal(back.after.leaderRecoveryState, 0);
    assert.equal(back.after.leaderEpoch, offline.leaderEpoch + 1);
    // Broker 1 then rejoins through AlterPartition: the ISR reaches min.insync.replicas, the ELR is cleared.
    const rejoined = change(back.after, [], { isr: [2, 1], canLead: () => true });
    assert.deepEqual(view(rejoined.after), { leader: 2, isr: [2, 1], elr: [], lastKnownElr: [] });
  });

  it('a broker that restarted without a clean shutdown leaves ISR and ELR; the last known leader alone is elected uncleanly', () => {
    const offline = partitionRegistration({ leader: -1, isr: [], elr: [1, 2], lastKnownElr: [1] });
    // Broker 2 registers again after a crash: out of the ELR (its log may miss acknowledged records).
    const crashed2 = change(offline, [1, 2, 3], { uncleanShutdown: [2] });
    assert.deepEqual(view(crashed2.after), { leader: -1, isr: [], elr: [1], lastKnownElr: [1] });
    const crashed1 = change(crashed2.after, [1, 2, 3], { uncleanShutdown: [1] });
    assert.deepEqual(view(crashed1.after), { leader: -1, isr: [], elr: [], lastKnownElr: [1] }, 'still remembered');
    // Broker 2 unfenced: neither in ISR nor ELR nor the last leader, and unclean election is off: no leader.
    assert.equal(change(crashed1.after, [1, 3]).record, null);
    // Broker 1 unfenced: Kafka elects the last known leader (ISR = itself, RECOVERING).
    const elected = change(crashed1.after, [2, 3]);
    assert.deepEqual(view(elected.after), { leader: 1, isr: [1], elr: [], lastKnownElr: [] });
    assert.equal(elected.after.leaderRecoveryState, 1);
  });

  it('an unclean election clears the ELR; min.insync.replicas 1 keeps no ELR until the ISR is empty', () => {
    const below = partitionRegistration({ isr: [1], elr: [2, 3] });
    const unclean = change(below, [1, 2], { uncleanLeaderElection: true });
    // ISR empty, ELR [1, 2, 3]; 3 may lead and is eligible: a clean ELR election beats the unclean one.
    assert.deepEqual(view(unclean.after), { leader: 3, isr: [3], elr: [1, 2], lastKnownElr: [] });
    const noElr = partitionRegistration({ isr: [1] });
    const forced = change(noElr, [1], { uncleanLeaderElection: true, uncleanShutdown: [2, 3] });
    assert.deepEqual(view(forced.after), { leader: 2, isr: [2], elr: [], lastKnownElr: [] });
    assert.equal(forced.after.leaderRecoveryState, 1);
    const minOne = change(partitionRegistration(), [2, 3], { minIsr: 1 });
    assert.deepEqual(view(minOne.after), { leader: 1, isr: [1], elr: [], lastKnownElr: [] });
  });

  it('ELR off (eligible.leader.replicas.version 0): the last ISR member stays in the ISR, leaderless', () => {
    const last = partitionRegistration({ isr: [1] });
    const off = change(last, [1, 2, 3], { elrEnabled: false });
    assert.deepEqual(view(off.after), { leader: -1, isr: [1], elr: [], lastKnownElr: [] });
    // A partition with an ELR from before clears it.
    const cleared = change(partitionRegistration({ isr: [1, 2], elr: [3] }), [], { elrEnabled: false });
    assert.deepEqual(view(cleared.after), { leader: 1, isr: [1, 2], elr: [], lastKnownElr: [] });
  });
});
