/**
 * Partition reassignment on the controller's image (replication/metadata/reassignments.ts, KIP-455), as Kafka's
 * ReplicationControlManager: a move records target + leaving replicas with adding / removing; the leader's
 * AlterPartition bringing the adding replica into the ISR completes it (the leaving ones dropped, a new leader
 * epoch, a leader that left replaced); cancelling (null) goes back; a reorder or a shrink completes at once;
 * ListPartitionReassignments lists what is in progress; Kafka's errors per partition.
 */
import assert from 'node:assert/strict';
import { ErrorCode } from '../../../protocol/error-codes';
import type { MetadataRecord } from '../../../protocol/metadata-record';
import { MetadataImage, type PartitionRegistration } from '../../../replication/metadata/image';
import { partitionRegistration } from './fixtures';
import { alterPartitionReassignments, listPartitionReassignments } from '../../../replication/metadata/reassignments';
import { alterPartition } from '../../../replication/metadata/replication-control';

function image(replicas: number[]): MetadataImage {
  const img = new MetadataImage();
  for (const id of [1, 2, 3, 4]) {
    img.brokers.set(id, {
      id,
      epoch: BigInt(id),
      incarnationId: `i${id}`,
      endpoints: [],
      rack: null,
      fenced: false,
      inControlledShutdown: false,
    });
  }
  const partition = partitionRegistration({ replicas, isr: [...replicas], leader: replicas[0]!, leaderEpoch: 5 });
  img.topicsById.set('T1', { name: 'moving', id: 'T1', partitions: new Map([[0, partition]]) });
  img.topicIdsByName.set('moving', 'T1');
  return img;
}

function replay(img: MetadataImage, records: MetadataRecord[]): PartitionRegistration {
  for (const [i, r] of records.entries()) img.apply(r, 100 + i);
  return img.partition('moving', 0)!;
}

const reassign = (
  img: MetadataImage,
  replicas: number[] | null,
  topic = 'moving',
  partitionIndex = 0,
  allowReplicationFactorChange = true,
) =>
  alterPartitionReassignments(img, {
    topics: [{ name: topic, partitions: [{ partitionIndex, replicas }] }],
    allowReplicationFactorChange,
  });

const pick = (p: PartitionRegistration) => ({
  replicas: p.replicas,
  isr: [...p.isr].sort(),
  leader: p.leader,
  leaderEpoch: p.leaderEpoch,
  adding: p.addingReplicas,
  removing: p.removingReplicas,
});

describe('partition reassignment on the controller (KIP-455, Kafka ReplicationControlManager)', () => {
  it('a move adds the new replica, completes when the leader brings it into the ISR, and drops the old one in a new epoch', () => {
    const img = image([1, 2]);
    const started = reassign(img, [3, 2]);
    assert.equal(started.response[0]!.partitions[0]!.errorCode, ErrorCode.None);
    assert.deepEqual(pick(replay(img, started.records)), {
      replicas: [3, 2, 1],
      isr: [1, 2],
      leader: 1,
      leaderEpoch: 5,
      adding: [3],
      removing: [1],
    });
    assert.deepEqual(listPartitionReassignments(img, null), [
      {
        name: 'moving',
        partitions: [{ partitionIndex: 0, replicas: [3, 2, 1], addingReplicas: [3], removingReplicas: [1] }],
      },
    ]);
    assert.deepEqual(listPartitionReassignments(img, [{ name: 'moving', partitionIndexes: [1] }]), []);

    // The leader (1) saw 3 catch up: AlterPartition with 3 in the ISR completes the reassignment.
    const p = img.partition('moving', 0)!;
    const caughtUp = alterPartition(
      img,
      {
        topic: 'moving',
        partition: 0,
        leaderId: 1,
        leaderEpoch: 5,
        partitionEpoch: p.partitionEpoch,
        newIsr: [1, 2, 3],
      },
      { numPartitions: 1, defaultReplicationFactor: 1, uncleanLeaderElection: false, newTopicId: () => 'x' },
    );
    assert.equal(caughtUp.response.errorCode, ErrorCode.None);
    assert.deepEqual(pick(replay(img, caughtUp.records)), {
      replicas: [3, 2],
      isr: [2, 3],
      leader: 3,
      leaderEpoch: 6,
      adding: [],
      removing: [],
    });
    assert.deepEqual(listPartitionReassignments(img, null), []);
  });

  it('cancelling (null replicas) goes back to the original replicas; nothing to cancel is NO_REASSIGNMENT_IN_PROGRESS', () => {
    const img = image([1, 2]);
    replay(img, reassign(img, [3, 4]).records);
    assert.deepEqual(img.partition('moving', 0)!.replicas, [3, 4, 1, 2]);
    const cancelled = reassign(img, null);
    assert.equal(cancelled.response[0]!.partitions[0]!.errorCode, ErrorCode.None);
    assert.deepEqual(pick(replay(img, cancelled.records)), {
      replicas: [1, 2],
      isr: [1, 2],
      leader: 1,
      leaderEpoch: 6, // 3 and 4 left the replica list: fenced by a new epoch
      adding: [],
      removing: [],
    });
    const again = reassign(img, null).response[0]!.partitions[0]!;
    assert.equal(again.errorCode, ErrorCode.NoReassignmentInProgress);
  });

  it('a reorder or a shrink needs no catching up: complete at once (a removed replica bumps the leader epoch)', () => {
    const reorder = image([1, 2, 3]);
    assert.deepEqual(pick(replay(reorder, reassign(reorder, [2, 3, 1]).records)), {
      replicas: [2, 3, 1],
      isr: [1, 2, 3],
      leader: 1,
      leaderEpoch: 5,
      adding: [],
      removing: [],
    });
    const shrink = image([1, 2, 3]);
    assert.deepEqual(pick(replay(shrink, reassign(shrink, [2]).records)), {
      replicas: [2],
      isr: [2],
      leader: 2,
      leaderEpoch: 6,
      adding: [],
      removing: [],
    });
  });

  it('Kafka errors per partition: unknown topic or partition, unregistered broker, duplicates, empty list', () => {
    const img = image([1, 2]);
    const code = (replicas: number[] | null, topic = 'moving', partition = 0) => {
      const { records, response } = reassign(img, replicas, topic, partition);
      assert.equal(records.length, 0);
      return [response[0]!.partitions[0]!.errorCode, response[0]!.partitions[0]!.errorMessage];
    };
    assert.deepEqual(code([1], 'nope'), [ErrorCode.UnknownTopicOrPartition, 'Unable to find a topic named nope.']);
    assert.deepEqual(code([1], 'moving', 3), [ErrorCode.UnknownTopicOrPartition, 'Unable to find partition moving:3.']);
    assert.deepEqual(code([1, 9]), [
      ErrorCode.InvalidReplicaAssignment,
      'The manual partition assignment includes broker 9, but no such broker is registered.',
    ]);
    assert.equal(code([2, 2])[0], ErrorCode.InvalidReplicaAssignment);
    assert.equal(code([])[0], ErrorCode.InvalidReplicaAssignment);
  });

  it("v1 (KIP-860): with the replication factor fixed, a target of another size is INVALID_REPLICATION_FACTOR; a move of the same size passes, counted against a running reassignment's target", () => {
    const img = image([1, 2]);
    const fixed = (replicas: number[]) => reassign(img, replicas, 'moving', 0, false);
    const grow = fixed([1, 2, 3]);
    assert.equal(grow.records.length, 0);
    assert.deepEqual(
      [grow.response[0]!.partitions[0]!.errorCode, grow.response[0]!.partitions[0]!.errorMessage],
      [ErrorCode.InvalidReplicationFactor, 'The replication factor is changed from 2 to 3'],
    );
    assert.equal(fixed([1]).response[0]!.partitions[0]!.errorCode, ErrorCode.InvalidReplicationFactor);
    // A move of the same size starts (replicas [3, 2, 1] while 1 leaves): the factor is still 2, not 3.
    const move = fixed([3, 2]);
    assert.equal(move.response[0]!.partitions[0]!.errorCode, ErrorCode.None);
    replay(img, move.records);
    assert.equal(fixed([3, 1]).response[0]!.partitions[0]!.errorCode, ErrorCode.None);
    assert.equal(fixed([3, 2, 1]).response[0]!.partitions[0]!.errorCode, ErrorCode.InvalidReplicationFactor);
    // Allowed (the default, and every v0 request), the factor may change.
    assert.equal(reassign(img, [1, 2, 3]).response[0]!.partitions[0]!.errorCode, ErrorCode.None);
  });
});
