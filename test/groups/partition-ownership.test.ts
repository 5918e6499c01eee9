/**
 * The group coordinator in a KRaft cluster (issue 13): it serves the `__consumer_offsets` partitions this broker
 * leads. Before the election NOT_COORDINATOR, while the partition loads COORDINATOR_LOAD_IN_PROGRESS, then the
 * groups and offsets the log holds; after the resignation NOT_COORDINATOR again and nothing kept in memory; a
 * new election loads the log again. (The replica manager's hooks and the acks=all wait are
 * test/replication/replication.test.ts's; the whole path over three brokers test/broker/kraft-coordinators.test.ts.)
 */
import assert from 'node:assert/strict';
import { ErrorCode, KafkaError } from '../../src/errors';
import { DEFAULT_GROUP_CONFIG } from '../../src/groups/config';
import { GroupCoordinator, type OffsetCommitInput } from '../../src/groups/coordinator';
import { type LoadedRecord, MemoryGroupLog } from '../../src/groups/group-log';
import { ManualScheduler } from '../../src/groups/scheduler';
import { CoordinatorPartitions } from '../../src/topics/coordinator-partitions';
import { harness, quietLog, Topics } from './helpers';

const commit = (offset: bigint): OffsetCommitInput => ({
  memberId: '',
  groupInstanceId: null,
  generationIdOrMemberEpoch: -1,
  retentionTimeMs: -1,
  topics: [{ name: 't', partitions: [{ partition: 0, offset, leaderEpoch: 1, metadata: null, commitTimestamp: -1 }] }],
});

const code = (error: unknown) => (error instanceof KafkaError ? error.code : -1);

/** A memory log whose loads wait for `open()` (a partition still loading). */
class GatedLog extends MemoryGroupLog {
  private gate: Promise<void> = Promise.resolve();
  open: () => void = () => {};
  close(): void {
    this.gate = new Promise((resolve) => {
      this.open = resolve;
    });
  }
  override async load(): Promise<LoadedRecord[]> {
    await this.gate;
    return super.load();
  }
}

describe('groups: coordinator partitions follow leadership (KRaft)', () => {
  it('NOT_COORDINATOR before election and after resignation, LOAD_IN_PROGRESS while loading, the log loaded on election', async () => {
    // What an earlier leader wrote to the partition.
    const log = new GatedLog();
    const earlier = await harness({}, log);
    await earlier.coordinator.commitOffsets('g', commit(42n));
    earlier.coordinator.close();

    const owned = new CoordinatorPartitions('__consumer_offsets', quietLog);
    const coordinator = new GroupCoordinator(
      { ...DEFAULT_GROUP_CONFIG, initialRebalanceDelayMs: 0 },
      log,
      new ManualScheduler(),
      quietLog,
      new Topics(),
      owned,
    );
    await coordinator.load();
    const fetched = async () => (await coordinator.fetchOffsets('g', null)).topics[0]?.partitions[0]?.offset;
    await assert.rejects(coordinator.fetchOffsets('g', null), (e) => code(e) === ErrorCode.NotCoordinator);
    assert.equal(coordinator.group('g'), undefined, 'nothing loaded before the election');

    log.close();
    const elected = coordinator.onElection(0, 5);
    await assert.rejects(
      coordinator.commitOffsets('g', commit(50n)),
      (e) => code(e) === ErrorCode.CoordinatorLoadInProgress,
    );
    assert.equal(owned.epochOf(0), 5);
    log.open();
    await elected;
    assert.equal(await fetched(), 42n, 'the offset the log holds');
    assert.deepEqual([...(await coordinator.commitOffsets('g', commit(50n))).values()], [ErrorCode.None]);

    await coordinator.onResignation(0);
    await assert.rejects(coordinator.fetchOffsets('g', null), (e) => code(e) === ErrorCode.NotCoordinator);
    assert.equal(coordinator.offsets.has('g'), false, 'unloaded');
    assert.equal(coordinator.group('g'), undefined);

    await coordinator.onElection(0, 7);
    assert.equal(await fetched(), 50n, 'loaded again from the log');
    coordinator.close();
  });
});
