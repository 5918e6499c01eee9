import assert from 'node:assert/strict';
import { ErrorCode } from '../../protocol/error-codes';
import { Partition, type PartitionChange, type PartitionError, partitionConfig } from '../../replication';
import type { RecordValidationError } from '../../storage/log-validator';
import { decodeAll, logDir, producerBatch, valuesBatch } from './helpers';

const NOW = 1_700_000_000_000;
const append = { requiredAcks: 1, produceVersion: 9, now: NOW };

async function refusal(promise: Promise<unknown> | (() => unknown)): Promise<PartitionError | RecordValidationError> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    return error as PartitionError;
  }
  assert.fail('expected a refusal');
}

/** Makes broker 1 the leader, as the replica manager's applyPartitionState does. */
function lead(p: Partition, state: { leaderEpoch?: number; replicas?: number[]; isr?: number[] } = {}): Partition {
  const replicas = state.replicas ?? [1];
  const leaderEpoch = state.leaderEpoch ?? 0;
  p.makeLeader({ leader: 1, leaderEpoch, partitionEpoch: leaderEpoch, replicas, isr: state.isr ?? replicas });
  return p;
}

describe('replication: Partition', () => {
  let dirs: ReturnType<typeof logDir>;
  beforeEach(() => {
    dirs = logDir();
  });
  afterEach(() => dirs.cleanup());

  function partition(
    options: { configs?: Record<string, string>; replicas?: number[]; isr?: number[]; epoch?: number } = {},
  ) {
    const changes: PartitionChange[] = [];
    const p = new Partition({
      topic: 'orders',
      partition: 0,
      log: dirs.open('orders-0'),
      localBrokerId: 1,
      config: partitionConfig(options.configs ?? {}),
      onChange: (_, change) => changes.push(change),
    });
    const replicas = options.replicas ?? [1];
    lead(p, { leaderEpoch: options.epoch ?? 0, replicas, isr: options.isr ?? replicas });
    changes.length = 0;
    return { p, changes };
  }

  it('appends as leader: offsets assigned, epoch stamped, high watermark follows the log end with one replica', async () => {
    const { p, changes } = partition({ epoch: 3 });
    const first = await p.appendRecordsToLeader(valuesBatch('a', 2, NOW), append);
    const second = await p.appendRecordsToLeader(valuesBatch('b', 3, NOW), append);
    assert.deepEqual([first.firstOffset, first.lastOffset, second.firstOffset, second.lastOffset], [0, 1, 2, 4]);
    assert.equal(p.highWatermark, 5);
    assert.equal(first.durable, null, 'default flush policy asks for no fsync');
    assert.deepEqual(changes, ['log-end', 'high-watermark', 'log-end', 'high-watermark']);
    const read = await p.readRecords({
      fetchOffset: 0,
      maxBytes: 1 << 20,
      isolation: 'high-watermark',
      minOneBatch: true,
      currentLeaderEpoch: 3,
    });
    assert.deepEqual(
      (await decodeAll(read.records)).map((r) => r.value),
      ['a-0', 'a-1', 'b-0', 'b-1', 'b-2'],
    );
    assert.equal(read.records.readInt32BE(12), 3, 'partitionLeaderEpoch of the batch');
    assert.deepEqual(p.lastOffsetForLeaderEpoch(-1, 3), { leaderEpoch: 3, endOffset: 5 });
  });

  it('fences requests by leader epoch in one place: older FENCED_LEADER_EPOCH, newer UNKNOWN_LEADER_EPOCH, -1 unchecked', async () => {
    const { p } = partition({ epoch: 5 });
    assert.equal(p.leaderEpochError(-1), ErrorCode.None);
    assert.equal(p.leaderEpochError(5), ErrorCode.None);
    assert.equal(p.leaderEpochError(4), ErrorCode.FencedLeaderEpoch);
    assert.equal(p.leaderEpochError(6), ErrorCode.UnknownLeaderEpoch);
    const read = (epoch: number) =>
      p.readRecords({
        fetchOffset: 0,
        maxBytes: 100,
        isolation: 'high-watermark',
        minOneBatch: true,
        currentLeaderEpoch: epoch,
      });
    assert.equal((await refusal(read(4))).errorCode, ErrorCode.FencedLeaderEpoch);
    assert.equal((await refusal(read(6))).errorCode, ErrorCode.UnknownLeaderEpoch);
    assert.equal(
      (await refusal(() => p.fetchOffsetForTimestamp(-1, 'high-watermark', 4))).errorCode,
      ErrorCode.FencedLeaderEpoch,
    );
    assert.equal((await refusal(() => p.lastOffsetForLeaderEpoch(7, 5))).errorCode, ErrorCode.UnknownLeaderEpoch);
    // An empty log has no epoch entry yet; its current epoch still ends at the log end.
    assert.deepEqual(p.lastOffsetForLeaderEpoch(5, 5), { leaderEpoch: 5, endOffset: 0 });
    // ListOffsets names the current epoch for the earliest and latest offsets of an empty log, as Kafka does.
    assert.equal(p.fetchOffsetForTimestamp(-2, 'high-watermark', 5)?.leaderEpoch, 5);
    assert.equal(p.fetchOffsetForTimestamp(-1, 'high-watermark', 5)?.leaderEpoch, 5);
  });

  it('refuses acks=all below min.insync.replicas (NOT_ENOUGH_REPLICAS, Kafka message) and still takes acks=1', async () => {
    const { p } = partition({ replicas: [1, 2, 3], isr: [1], configs: { 'min.insync.replicas': '2' } });
    const error = await refusal(p.appendRecordsToLeader(valuesBatch('x', 1, NOW), { ...append, requiredAcks: -1 }));
    assert.equal(error.errorCode, ErrorCode.NotEnoughReplicas);
    assert.equal(
      error.message,
      'The size of the current ISR Set(1) is insufficient to satisfy the min.isr requirement of 2 for partition orders-0',
    );
    assert.equal(p.logEndOffset, 0, 'nothing appended');
    await p.appendRecordsToLeader(valuesBatch('x', 1, NOW), append);
    assert.equal(p.logEndOffset, 1);
  });

  it('takes acks=all to a one-replica partition whatever min.insync.replicas says (Kafka effectiveMinIsr)', async () => {
    const { p } = partition({ configs: { 'min.insync.replicas': '2' } });
    await p.appendRecordsToLeader(valuesBatch('x', 1, NOW), { ...append, requiredAcks: -1 });
    assert.equal(p.logEndOffset, 1);
    assert.deepEqual(p.checkEnoughReplicasReachOffset(1), { done: true, errorCode: ErrorCode.None });
  });

  it('runs the log validator: a corrupt batch is refused with its code and nothing is appended', async () => {
    const { p } = partition();
    const corrupt = valuesBatch('c', 2, NOW);
    corrupt[corrupt.length - 1]! ^= 0xff;
    const error = await refusal(p.appendRecordsToLeader(corrupt, append));
    assert.equal(error.errorCode, ErrorCode.CorruptMessage);
    assert.equal(p.logEndOffset, 0);
  });

  it('keeps the high watermark at the smallest log end of the ISR; followers move it; acks=all waits on it', async () => {
    const { p } = partition({ replicas: [1, 2], isr: [1, 2], configs: { 'min.insync.replicas': '2' } });
    const appended = await p.appendRecordsToLeader(valuesBatch('r', 4, NOW), { ...append, requiredAcks: -1 });
    assert.equal(p.logEndOffset, 4);
    assert.equal(p.highWatermark, 0, 'the follower has nothing yet');
    assert.deepEqual(p.checkEnoughReplicasReachOffset(appended.lastOffset + 1), {
      done: false,
      errorCode: ErrorCode.None,
    });
    // A consumer sees nothing above the HW; a follower reads to the log end.
    const consumer = await p.readRecords({
      fetchOffset: 0,
      maxBytes: 1 << 20,
      isolation: 'high-watermark',
      minOneBatch: true,
      currentLeaderEpoch: -1,
    });
    assert.equal(consumer.records.length, 0);
    const follower = await p.readRecords({
      fetchOffset: 0,
      maxBytes: 1 << 20,
      isolation: 'log-end',
      minOneBatch: true,
      currentLeaderEpoch: -1,
    });
    assert.equal((await decodeAll(follower.records)).length, 4);
    assert.equal(p.updateFollowerFetchState(2, 4, NOW), true);
    assert.equal(p.highWatermark, 4);
    assert.deepEqual(p.checkEnoughReplicasReachOffset(4), { done: true, errorCode: ErrorCode.None });
    assert.equal(p.updateFollowerFetchState(9, 4, NOW), false, 'not a replica');
    // The ISR shrinking below min.insync.replicas after the append: NOT_ENOUGH_REPLICAS_AFTER_APPEND.
    lead(p, { leaderEpoch: 1, replicas: [1, 2], isr: [1] });
    assert.deepEqual(p.checkEnoughReplicasReachOffset(4), {
      done: true,
      errorCode: ErrorCode.NotEnoughReplicasAfterAppend,
    });
  });

  it('freezes the high watermark while the ISR is below min.insync.replicas (KAFKA-15583), never below one replica', async () => {
    const { p } = partition({ replicas: [1, 2, 3], isr: [1, 2, 3], configs: { 'min.insync.replicas': '2' } });
    await p.appendRecordsToLeader(valuesBatch('a', 2, NOW), append);
    p.updateFollowerFetchState(2, 2, NOW);
    p.updateFollowerFetchState(3, 2, NOW);
    assert.equal(p.highWatermark, 2);
    // The controller committed an ISR of the leader alone: its acks=1 record stays above the HW.
    lead(p, { leaderEpoch: 0, replicas: [1, 2, 3], isr: [1] });
    assert.equal(p.isUnderMinIsr, true);
    await p.appendRecordsToLeader(valuesBatch('b', 1, NOW), append);
    p.updateFollowerFetchState(2, 3, NOW);
    assert.equal(p.highWatermark, 2, 'under min ISR: frozen, whatever the followers fetched');
    // Back at min.insync.replicas (the committed ISR, not one proposed): the HW catches up at once.
    lead(p, { leaderEpoch: 0, replicas: [1, 2, 3], isr: [1, 2] });
    assert.equal(p.isUnderMinIsr, false);
    assert.equal(p.highWatermark, 3);
    // The effective minimum is never more than the replicas: one replica with min.insync.replicas=2 moves it.
    lead(p, { leaderEpoch: 1, replicas: [1], isr: [1] });
    await p.appendRecordsToLeader(valuesBatch('c', 1, NOW), append);
    assert.deepEqual([p.isUnderMinIsr, p.highWatermark], [false, 4]);
  });

  it('tracks byte positions of its bounds, so readable bytes are known without reading', async () => {
    const { p } = partition({ replicas: [1, 2], isr: [1, 2] });
    assert.equal(p.boundPosition('high-watermark'), 0);
    const a = await p.appendRecordsToLeader(valuesBatch('a', 2, NOW), append);
    const b = await p.appendRecordsToLeader(valuesBatch('b', 2, NOW), append);
    assert.equal(p.boundPosition('log-end'), a.bytes + b.bytes);
    assert.equal(p.boundPosition('high-watermark'), 0, 'HW still at 0');
    p.updateFollowerFetchState(2, 2, NOW);
    assert.equal(p.boundPosition('high-watermark'), a.bytes);
    p.updateFollowerFetchState(2, 4, NOW);
    assert.equal(p.boundPosition('high-watermark'), a.bytes + b.bytes);
    const generation = p.positionGeneration;
    p.truncateTo(2);
    assert.equal(p.positionGeneration, generation + 1, 'positions restart after a truncation');
  });

  it('flush.messages=1: the append hands back the fsync to await before acknowledging', async () => {
    const changes: PartitionChange[] = [];
    const p = new Partition({
      topic: 't',
      partition: 0,
      log: dirs.open('t-0', { flushMessages: 1 }),
      localBrokerId: 1,
      config: partitionConfig({ 'flush.messages': '1' }),
      onChange: (_, c) => changes.push(c),
    });
    lead(p);
    const result = await p.appendRecordsToLeader(valuesBatch('d', 3, NOW), append);
    assert.ok(result.durable, 'the append asks for an fsync');
    assert.ok(p.recoveryPoint < 3, 'the fsync runs in the background, after the append returned');
    await result.durable;
    assert.ok(p.recoveryPoint >= 3, `durable up to ${p.recoveryPoint}`);
  });

  it('answers a retried idempotent batch with its original offset and does not append it again', async () => {
    const p = new Partition({
      topic: 'idem',
      partition: 0,
      log: dirs.open('idem-0'),
      localBrokerId: 1,
      config: partitionConfig({}),
    });
    lead(p);
    await p.appendRecordsToLeader(valuesBatch('x', 3, NOW), append);
    const first = await p.appendRecordsToLeader(producerBatch({ producerId: 5n, sequence: 0, n: 2 }), append);
    const again = await p.appendRecordsToLeader(producerBatch({ producerId: 5n, sequence: 0, n: 2 }), append);
    assert.equal(first.firstOffset, 3);
    assert.equal(again.firstOffset, 3);
    assert.equal(again.lastOffset, 4);
    assert.equal(again.logAppendTime, 1_700_000_000_000, "Kafka answers a duplicate with its batch's timestamp");
    assert.equal(p.logEndOffset, 5);
  });

  it('DeleteRecords moves the log start and tells its listeners; a deleted partition refuses everything', async () => {
    const { p, changes } = partition();
    await p.appendRecordsToLeader(valuesBatch('a', 5, NOW), append);
    assert.equal(p.deleteRecordsOnLeader(3), 3);
    assert.equal(p.logStartOffset, 3);
    assert.ok(changes.includes('log-start'));
    p.markDeleted();
    assert.equal(changes.at(-1), 'deleted');
    assert.equal(
      (await refusal(p.appendRecordsToLeader(valuesBatch('a', 1, NOW), append))).errorCode,
      ErrorCode.UnknownTopicOrPartition,
    );
    assert.deepEqual(p.checkEnoughReplicasReachOffset(5), { done: true, errorCode: ErrorCode.NotLeaderOrFollower });
  });
});
