import assert from 'node:assert/strict';
import { ErrorCode } from '../../protocol/error-codes';
import { type FetchParams, ReplicaManager } from '../../replication';
import type { LogConfig, PartitionLog } from '../../storage';
import { decodeAll, logDir, producerBatch, settled, sleep, valuesBatch } from './helpers';

const NOW = 1_700_000_000_000;

describe('replication: ReplicaManager', () => {
  let dirs: ReturnType<typeof logDir>;
  let rm: ReplicaManager;
  beforeEach(() => {
    dirs = logDir();
    rm = new ReplicaManager({ localBrokerId: 1 });
  });
  afterEach(async () => {
    rm.shutdown();
    await dirs.cleanup();
  });

  function host(
    topic: string,
    partition = 0,
    configs: Record<string, string> = {},
    logConfig: Partial<LogConfig> = {},
  ) {
    const log = dirs.open(`${topic}-${partition}`, logConfig);
    return {
      log,
      partition: rm.createPartition(topic, partition, log, configs, { isInternal: topic.startsWith('__') }),
    };
  }

  /** Counts reads of a real log, to show parked fetches are rechecked without reading. */
  function countReads(log: PartitionLog): { count: number } {
    const counter = { count: 0 };
    const readAsync = log.readAsync.bind(log);
    log.readAsync = (offset, options) => {
      counter.count++;
      return readAsync(offset, options);
    };
    return counter;
  }

  const produce = (topic: string, records: Buffer, requiredAcks = 1, partition = 0) =>
    rm.appendRecords({ entries: [{ topic, partition, records }], requiredAcks, timeoutMs: 30_000, produceVersion: 9 });

  const fetch = (params: Partial<FetchParams> & { partitions: FetchParams['partitions'] }) =>
    rm.fetchMessages({
      replicaId: -1,
      maxWaitMs: 5000,
      minBytes: 1,
      maxBytes: 1 << 20,
      isolation: 'high-watermark',
      ...params,
    });

  const at = (topic: string, fetchOffset: number, partitionMaxBytes = 1 << 20, partition = 0) => ({
    topic,
    partition,
    fetchOffset,
    partitionMaxBytes,
    currentLeaderEpoch: -1,
  });

  it('appends to many partitions in request order, with per-partition errors', async () => {
    host('a');
    host('b');
    host('__consumer_offsets');
    const results = await rm.appendRecords({
      entries: [
        { topic: 'a', partition: 0, records: valuesBatch('a', 2, NOW) },
        { topic: 'missing', partition: 0, records: valuesBatch('m', 1, NOW) },
        { topic: 'b', partition: 0, records: valuesBatch('b', 3, NOW) },
        { topic: '__consumer_offsets', partition: 0, records: valuesBatch('x', 1, NOW) },
      ],
      requiredAcks: 1,
      timeoutMs: 1000,
      produceVersion: 9,
    });
    assert.deepEqual(
      results.map((r) => [r.topic, r.errorCode, r.baseOffset]),
      [
        ['a', ErrorCode.None, 0],
        ['missing', ErrorCode.UnknownTopicOrPartition, -1],
        ['b', ErrorCode.None, 0],
        ['__consumer_offsets', ErrorCode.InvalidTopicException, -1],
      ],
    );
    assert.equal(results[3]!.errorMessage, 'Cannot append to internal topic __consumer_offsets');
    // The coordinator's own appends go to the same partition through the replica manager.
    rm.appendCoordinatorBatch('__consumer_offsets', 0, valuesBatch('c', 1, NOW));
    assert.equal(rm.getPartition('__consumer_offsets', 0)!.highWatermark, 1);
  });

  it('acks=all with one replica completes at once; with a follower it waits in purgatory for the high watermark', async () => {
    host('solo');
    const solo = await produce('solo', valuesBatch('s', 1, NOW), -1);
    assert.equal(solo[0]!.errorCode, ErrorCode.None);
    assert.equal(rm.producePurgatory.watched(), 0);

    host('pair');
    rm.applyPartitionState({
      topic: 'pair',
      partition: 0,
      leader: 1,
      leaderEpoch: 1,
      partitionEpoch: 1,
      replicas: [1, 2],
      isr: [1, 2],
    });
    const pending = produce('pair', valuesBatch('p', 3, NOW), -1);
    assert.equal(await settled(pending), false, 'waits for the follower');
    assert.equal(rm.producePurgatory.watched('pair-0'), 1);
    // The follower fetches from the leader at offset 3: its log ends there, the HW moves, the produce completes.
    const followerFetch = await rm.fetchMessages({
      replicaId: 2,
      maxWaitMs: 0,
      minBytes: 1,
      maxBytes: 1 << 20,
      isolation: 'log-end',
      partitions: [at('pair', 3)],
    });
    assert.equal(followerFetch[0]!.errorCode, ErrorCode.None);
    const [result] = await pending;
    assert.equal(result!.errorCode, ErrorCode.None);
    assert.equal(result!.baseOffset, 0);
    assert.equal(rm.producePurgatory.watched(), 0);
  });

  it('a follower fetch parked on several partitions answers with everything one Produce appended to them, not the first partition alone', async () => {
    for (const p of [0, 1, 2]) {
      host('multi', p);
      rm.applyPartitionState({
        topic: 'multi',
        partition: p,
        leader: 1,
        leaderEpoch: 1,
        partitionEpoch: 1,
        replicas: [1, 2],
        isr: [1, 2],
      });
    }
    const parked = rm.fetchMessages({
      replicaId: 2,
      maxWaitMs: 5000,
      minBytes: 1,
      maxBytes: 1 << 20,
      isolation: 'log-end',
      partitions: [0, 1, 2].map((p) => ({ ...at('multi', 0, 1 << 20, p), currentLeaderEpoch: 1 })),
    });
    assert.equal(await settled(parked), false, 'nothing to read yet: parked');
    const acked = rm.appendRecords({
      entries: [0, 1, 2].map((partition) => ({
        topic: 'multi',
        partition,
        records: valuesBatch(`m${partition}`, 2, NOW),
      })),
      requiredAcks: -1,
      timeoutMs: 30_000,
      produceVersion: 9,
    });
    // One follower round trip carries the whole request (Kafka completes delayed fetches after the request's
    // appends); woken by the first partition alone, it would take another fetch before the ack could come.
    const answer = await parked;
    assert.deepEqual(await Promise.all(answer.map(async (d) => (await decodeAll(d.records)).length)), [2, 2, 2]);
    assert.equal(await settled(acked), false, 'acks=all waits for the follower to report its log end');
  });

  it('a parked acks=all produce times out (or is forced at shutdown) with REQUEST_TIMED_OUT, and fails when its partition is deleted', async () => {
    host('slow');
    rm.applyPartitionState({
      topic: 'slow',
      partition: 0,
      leader: 1,
      leaderEpoch: 1,
      partitionEpoch: 1,
      replicas: [1, 2],
      isr: [1, 2],
    });
    const timedOut = await rm.appendRecords({
      entries: [{ topic: 'slow', partition: 0, records: valuesBatch('t', 1, NOW) }],
      requiredAcks: -1,
      timeoutMs: 30,
      produceVersion: 9,
    });
    assert.equal(timedOut[0]!.errorCode, ErrorCode.RequestTimedOut);
    const pending = produce('slow', valuesBatch('t', 1, NOW), -1);
    await sleep(5);
    rm.removePartition('slow', 0);
    assert.equal((await pending)[0]!.errorCode, ErrorCode.NotLeaderOrFollower);
    // Forced completion (broker shutdown) answers what is still waiting as timed out, never as done.
    host('slow2');
    rm.applyPartitionState({
      topic: 'slow2',
      partition: 0,
      leader: 1,
      leaderEpoch: 1,
      partitionEpoch: 1,
      replicas: [1, 2],
      isr: [1, 2],
    });
    const forced = produce('slow2', valuesBatch('t', 1, NOW), -1);
    await sleep(5);
    rm.shutdown();
    assert.equal((await forced)[0]!.errorCode, ErrorCode.RequestTimedOut);
  });

  it('acks=all on a topic with flush.messages=1 answers only once the append is on disk', async () => {
    const { partition } = host('durable', 0, { 'flush.messages': '1' }, { flushMessages: 1 });
    const [result] = await produce('durable', valuesBatch('d', 4, NOW), -1);
    assert.equal(result!.errorCode, ErrorCode.None);
    assert.ok(partition.recoveryPoint >= 4, `fsynced up to ${partition.recoveryPoint} when acknowledged`);
  });

  it('a fetch with nothing to read parks, and the append to its partition completes it with the records', async () => {
    const { log } = host('live');
    const reads = countReads(log);
    const pending = fetch({ partitions: [at('live', 0)] });
    assert.equal(await settled(pending), false);
    assert.equal(rm.fetchPurgatory.watched('live-0'), 1);
    await produce('live', valuesBatch('l', 2, NOW));
    const [data] = await pending;
    assert.equal(data!.errorCode, ErrorCode.None);
    assert.deepEqual(
      (await decodeAll(data!.records)).map((r) => r.value),
      ['l-0', 'l-1'],
    );
    assert.equal(data!.highWatermark, 2);
    assert.equal(reads.count, 2, 'one read when parking, one on completion');
  });

  it('min.bytes: appends below it (summed over partitions) are counted from byte positions without reading the log; crossing it completes', async () => {
    const { log } = host('big');
    const { log: otherLog } = host('other');
    const one = valuesBatch('x'.repeat(200), 1, NOW);
    const reads = countReads(log);
    const otherReads = countReads(otherLog);
    const pending = fetch({ minBytes: one.length * 4, partitions: [at('big', 0), at('other', 0)] });
    await settled(pending);
    const readsWhenParked = reads.count;
    await produce('big', valuesBatch('x'.repeat(200), 1, NOW));
    await produce('big', valuesBatch('x'.repeat(200), 1, NOW));
    await produce('other', valuesBatch('x'.repeat(200), 1, NOW));
    assert.equal(await settled(pending), false, 'three batches across both partitions are below min.bytes');
    assert.equal(reads.count, readsWhenParked, 'no read while rechecking');
    await produce('big', valuesBatch('x'.repeat(200), 1, NOW));
    const data = await pending;
    assert.equal((await decodeAll(data[0]!.records)).length, 3);
    assert.equal((await decodeAll(data[1]!.records)).length, 1);
    assert.equal(otherReads.count, 2);
  });

  it('a parked fetch answers empty after max.wait.ms, at once when its connection is gone, and when its partition is deleted', async () => {
    host('quiet');
    const started = Date.now();
    const [empty] = await fetch({ maxWaitMs: 40, partitions: [at('quiet', 0)] });
    assert.ok(Date.now() - started >= 35);
    assert.equal(empty!.errorCode, ErrorCode.None);
    assert.equal(empty!.records.length, 0);

    const controller = new AbortController();
    const aborted = fetch({ maxWaitMs: 60_000, partitions: [at('quiet', 0)], signal: controller.signal });
    assert.equal(await settled(aborted), false);
    controller.abort();
    assert.equal((await aborted)[0]!.records.length, 0);
    assert.equal(rm.fetchPurgatory.watched(), 0);

    const orphan = fetch({ maxWaitMs: 60_000, partitions: [at('quiet', 0)] });
    assert.equal(await settled(orphan), false);
    rm.removePartition('quiet', 0);
    assert.equal((await orphan)[0]!.errorCode, ErrorCode.UnknownTopicOrPartition);
  });

  it('answers at once on errors: unknown partition, fenced epoch, offset out of range', async () => {
    host('e');
    rm.applyPartitionState({
      topic: 'e',
      partition: 0,
      leader: 1,
      leaderEpoch: 4,
      partitionEpoch: 4,
      replicas: [1],
      isr: [1],
    });
    const data = await fetch({
      partitions: [
        at('nope', 0),
        { ...at('e', 0), currentLeaderEpoch: 3 },
        { ...at('e', 0), currentLeaderEpoch: 5 },
        at('e', 9),
      ],
    });
    assert.deepEqual(
      data.map((d) => d.errorCode),
      [
        ErrorCode.UnknownTopicOrPartition,
        ErrorCode.FencedLeaderEpoch,
        ErrorCode.UnknownLeaderEpoch,
        ErrorCode.OffsetOutOfRange,
      ],
    );
    assert.equal(data[3]!.highWatermark, 0, 'out of range still tells where the log is');
  });

  it('a new leader epoch completes parked fetches that named the old one', async () => {
    host('lead');
    const pending = fetch({ partitions: [{ ...at('lead', 0), currentLeaderEpoch: 0 }] });
    assert.equal(await settled(pending), false);
    rm.applyPartitionState({
      topic: 'lead',
      partition: 0,
      leader: 1,
      leaderEpoch: 1,
      partitionEpoch: 1,
      replicas: [1],
      isr: [1],
    });
    assert.equal((await pending)[0]!.errorCode, ErrorCode.FencedLeaderEpoch);
  });

  it('read_committed fetches wait on the last stable offset, not the high watermark', async () => {
    const { partition } = host('txn');
    await produce('txn', valuesBatch('t', 1, NOW));
    await produce('txn', producerBatch({ producerId: 9n, sequence: 0, transactional: true }));
    assert.equal(partition.lastStableOffset, 1);
    assert.equal(partition.highWatermark, 2);
    const pending = fetch({ isolation: 'committed', partitions: [at('txn', 1)] });
    assert.equal(await settled(pending), false, 'offset 1 is not stable yet');
    const written = await rm.writeTxnMarkers([
      { topic: 'txn', partition: 0, producerId: 9n, producerEpoch: 0, coordinatorEpoch: 0, result: 'commit' },
    ]);
    assert.deepEqual(written, [{ topic: 'txn', partition: 0, errorCode: ErrorCode.None }]);
    const [data] = await pending;
    assert.equal((await decodeAll(data!.records)).length, 1);
    assert.equal(data!.lastStableOffset, 3);
    assert.deepEqual(data!.abortedTransactions, []);
  });

  it('writeTxnMarkers on an internal topic tells its listeners; producers and open transactions are visible', async () => {
    const { partition } = host('__consumer_offsets', 3);
    const heard: unknown[] = [];
    const stop = rm.onTxnMarkerWritten((m) => heard.push(m));
    rm.appendCoordinatorBatch(
      '__consumer_offsets',
      3,
      producerBatch({ producerId: 77n, epoch: 2, sequence: 0, transactional: true }),
      NOW,
    );
    assert.equal(partition.hasOngoingTransaction(77n), true);
    assert.deepEqual(partition.activeProducers(), [
      {
        producerId: 77n,
        producerEpoch: 2,
        lastSequence: 0,
        lastTimestamp: 1_700_000_000_000,
        coordinatorEpoch: -1,
        currentTxnStartOffset: 0,
      },
    ]);
    const answers = await rm.writeTxnMarkers([
      {
        topic: '__consumer_offsets',
        partition: 3,
        producerId: 77n,
        producerEpoch: 1,
        coordinatorEpoch: 0,
        result: 'commit',
      },
      {
        topic: '__consumer_offsets',
        partition: 3,
        producerId: 77n,
        producerEpoch: 2,
        coordinatorEpoch: 0,
        result: 'commit',
      },
    ]);
    assert.deepEqual(
      answers.map((a) => a.errorCode),
      [ErrorCode.InvalidProducerEpoch, ErrorCode.None],
    );
    assert.deepEqual(heard, [
      { topic: '__consumer_offsets', partition: 3, producerId: 77n, producerEpoch: 2, result: 'commit', offset: 1 },
    ]);
    assert.equal(partition.hasOngoingTransaction(77n), false);
    assert.equal(partition.activeProducers()[0]!.currentTxnStartOffset, -1);
    stop();
    await rm.writeTxnMarkers([
      {
        topic: '__consumer_offsets',
        partition: 3,
        producerId: 77n,
        producerEpoch: 2,
        coordinatorEpoch: 0,
        result: 'abort',
      },
    ]);
    assert.equal(heard.length, 1, 'a removed listener hears nothing');
  });

  it('shares the response budget: the first partition with data may exceed its limit (KIP-74), later ones may not', async () => {
    host('k', 0);
    host('k', 1);
    const big = valuesBatch('y'.repeat(500), 1, NOW);
    await produce('k', Buffer.from(big), 1, 0);
    await produce('k', Buffer.from(big), 1, 1);
    const data = await fetch({ maxBytes: 100, partitions: [at('k', 0, 100, 0), at('k', 0, 100, 1)] });
    assert.equal(data[0]!.records.length, big.length);
    assert.equal(data[1]!.records.length, 0);
  });

  it('reads partitions at once when their limits fit the response budget, answering as reads in turn would', async () => {
    const logs = [0, 1, 2, 3].map((p) => host('m', p).log);
    const big = valuesBatch('z'.repeat(500), 1, NOW); // one batch over the 100-byte partition limits below
    const small = valuesBatch('s', 1, NOW);
    await produce('m', Buffer.from(big), 1, 0);
    await produce('m', Buffer.from(big), 1, 1);
    await produce('m', Buffer.from(small), 1, 2);
    await produce('m', Buffer.from(small), 1, 3);
    let inFlight = 0;
    let most = 0;
    for (const log of logs) {
      const readAsync = log.readAsync.bind(log);
      log.readAsync = async (offset, options) => {
        most = Math.max(most, ++inFlight);
        try {
          return await readAsync(offset, options);
        } finally {
          inFlight--;
        }
      };
    }
    const parts = [0, 1, 2, 3].map((p) => at('m', 0, 100, p));
    // 400 bytes of limits in a 10 KiB response: the reads start together. Partition 0 may exceed its limit
    // (KIP-74), partition 1 may not once partition 0 returned data; 2 and 3 fit.
    let data = await fetch({ maxBytes: 10_000, partitions: parts });
    assert.equal(most, 4, 'all four reads were in flight at once');
    assert.deepEqual(
      data.map((d) => d.records.length),
      [big.length, 0, small.length, small.length],
    );
    // Partition 0 at its end: partition 1 is then the first with data and may exceed its limit.
    data = await fetch({ maxBytes: 10_000, partitions: [at('m', 1, 100, 0), ...parts.slice(1)] });
    assert.deepEqual(
      data.map((d) => d.records.length),
      [0, big.length, small.length, small.length],
    );
    // The oversized first answer uses up the budget: the partitions after it get what is left (50 bytes, less
    // than partition 2's batch, which its own 100-byte limit would have let through).
    data = await fetch({ maxBytes: big.length + 50, partitions: parts.slice(0, 3) });
    assert.deepEqual(
      data.map((d) => d.records.length),
      [big.length, 0, 0],
    );
    // Limits over the response budget: read in turn, as before.
    most = 0;
    data = await fetch({ maxBytes: 250, partitions: [at('m', 0, 200, 2), at('m', 0, 200, 3)] });
    assert.equal(most, 1);
    assert.deepEqual(
      data.map((d) => d.records.length),
      [small.length, small.length],
    );
  });
});
