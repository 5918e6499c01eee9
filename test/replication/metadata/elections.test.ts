/**
 * ElectLeaders and the automatic leader rebalance on the controller's image (replication/metadata/elections.ts),
 * with Kafka's per-partition answers: PREFERRED moves leadership to the first replica when it is in the ISR
 * and usable, UNCLEAN elects an out-of-sync replica of a leaderless partition, ELECTION_NOT_NEEDED,
 * PREFERRED_LEADER_NOT_AVAILABLE, ELIGIBLE_LEADERS_NOT_AVAILABLE, UNKNOWN_TOPIC_OR_PARTITION; asking for every
 * partition leaves out those needing nothing. The records are replayed to check what they do.
 */
import assert from 'node:assert/strict';
import { ErrorCode } from '../../../protocol/error-codes';
import type { MetadataRecord } from '../../../protocol/metadata-record';
import { balancePartitionLeaders, ElectionType, electLeaders } from '../../../replication/metadata/elections';
import { MetadataImage, type PartitionRegistration } from '../../../replication/metadata/image';
import { partitionRegistration } from './fixtures';

function image(partitions: Partial<PartitionRegistration>[], fenced: number[] = []): MetadataImage {
  const img = new MetadataImage();
  for (const id of [1, 2, 3]) {
    img.brokers.set(id, {
      id,
      epoch: BigInt(id),
      incarnationId: `i${id}`,
      endpoints: [],
      rack: null,
      fenced: fenced.includes(id),
      inControlledShutdown: false,
    });
  }
  const topic = { name: 'orders', id: 'T1', partitions: new Map<number, PartitionRegistration>() };
  partitions.forEach((p, i) => {
    topic.partitions.set(i, partitionRegistration({ leaderEpoch: 3, partitionEpoch: 7, ...p }));
  });
  img.topicsById.set('T1', topic);
  img.topicIdsByName.set('orders', 'T1');
  return img;
}

function replay(img: MetadataImage, records: MetadataRecord[]): MetadataImage {
  for (const [i, r] of records.entries()) img.apply(r, 100 + i);
  return img;
}

const codes = (response: ReturnType<typeof electLeaders>['response']) =>
  response.map((t) => [t.topic, t.partitionResult.map((p) => [p.partitionId, p.errorCode])]);

describe('ElectLeaders and the leader rebalance on the controller (Kafka ReplicationControlManager.electLeaders)', () => {
  it('PREFERRED: the first replica leads again when in the ISR; already led, not in sync or fenced are answered as Kafka does', () => {
    const img = image(
      [
        { leader: 2 }, // preferred 1 in the ISR: elected
        { leader: 1 }, // already the preferred leader
        { leader: 2, isr: [2, 3] }, // 1 out of sync
        { leader: 1, replicas: [3, 1, 2] }, // 3 preferred but fenced
      ],
      [3],
    );
    const { records, response } = electLeaders(img, {
      electionType: ElectionType.Preferred,
      topicPartitions: [
        { topic: 'orders', partitions: [0, 1, 2, 3, 9] },
        { topic: 'nope', partitions: [0] },
      ],
    });
    assert.deepEqual(codes(response), [
      [
        'orders',
        [
          [0, ErrorCode.None],
          [1, ErrorCode.ElectionNotNeeded],
          [2, ErrorCode.PreferredLeaderNotAvailable],
          [3, ErrorCode.PreferredLeaderNotAvailable],
          [9, ErrorCode.UnknownTopicOrPartition],
        ],
      ],
      ['nope', [[0, ErrorCode.UnknownTopicOrPartition]]],
    ]);
    assert.equal(response[0]!.partitionResult[4]!.errorMessage, 'No such partition as orders-9');
    assert.equal(response[1]!.partitionResult[0]!.errorMessage, 'No such topic as nope');
    assert.equal(records.length, 1);
    const after = replay(img, records).partition('orders', 0)!;
    assert.equal(after.leader, 1);
    assert.equal(after.leaderEpoch, 4, 'a new leader epoch');
    assert.deepEqual(after.isr, [1, 2, 3], 'the ISR is unchanged');
  });

  it('UNCLEAN: a leaderless partition gets a live out-of-sync replica (ISR = itself, recovering); a led one needs nothing', () => {
    const img = image(
      [
        { leader: -1, isr: [1] }, // 1 fenced, 2 and 3 live but out of sync
        { leader: 3, isr: [3] },
      ],
      [1],
    );
    const { records, response } = electLeaders(img, {
      electionType: ElectionType.Unclean,
      topicPartitions: [{ topic: 'orders', partitions: [0, 1] }],
    });
    assert.deepEqual(codes(response), [
      [
        'orders',
        [
          [0, ErrorCode.None],
          [1, ErrorCode.ElectionNotNeeded],
        ],
      ],
    ]);
    const after = replay(img, records).partition('orders', 0)!;
    assert.equal(after.leader, 2);
    assert.deepEqual(after.isr, [2]);
    assert.equal(after.leaderRecoveryState, 1, 'RECOVERING');

    const none = image([{ leader: -1, isr: [1] }], [1, 2, 3]);
    const answer = electLeaders(none, {
      electionType: ElectionType.Unclean,
      topicPartitions: [{ topic: 'orders', partitions: [0] }],
    });
    assert.deepEqual(codes(answer.response), [['orders', [[0, ErrorCode.EligibleLeadersNotAvailable]]]]);
    assert.equal(answer.records.length, 0);
  });

  it('every partition (null): those already led as asked are left out of the answer; an unknown type is INVALID_REQUEST', () => {
    const img = image([{ leader: 1 }, { leader: 3 }, { leader: 1 }]);
    const { records, response } = electLeaders(img, { electionType: ElectionType.Preferred, topicPartitions: null });
    assert.deepEqual(codes(response), [['orders', [[1, ErrorCode.None]]]]);
    assert.equal(records.length, 1);
    assert.throws(
      () => electLeaders(img, { electionType: 7, topicPartitions: null }),
      (e: { errorCode: number }) => e.errorCode === ErrorCode.InvalidRequest,
    );
  });

  it('the rebalance pass elects every preferred replica that can lead, at most the limit per pass', () => {
    const img = image([{ leader: 2 }, { leader: 3 }, { leader: 2, isr: [2, 3] }, { leader: 1 }]);
    assert.equal(balancePartitionLeaders(img, 1).length, 1);
    const records = balancePartitionLeaders(img);
    assert.equal(records.length, 2, 'partitions 0 and 1; 2 has its preferred replica out of sync');
    replay(img, records);
    assert.deepEqual(
      [0, 1, 2, 3].map((p) => img.partition('orders', p)!.leader),
      [1, 1, 2, 1],
    );
    assert.equal(balancePartitionLeaders(img).length, 0, 'balanced: nothing more');
  });
});
