/**
 * The transaction coordinator in a KRaft cluster (issue 13): it serves the `__transaction_state` partitions this
 * broker leads. NOT_COORDINATOR before the election and after the resignation; on election the ids of the
 * partition are loaded from the log and a transaction left in PrepareCommit has its markers written again, stamped
 * with the new coordinator epoch (the partition's leader epoch), then CompleteCommit.
 */
import assert from 'node:assert/strict';
import { ErrorCode } from '../../src/errors';
import { ManualScheduler } from '../../src/groups/scheduler';
import { CoordinatorPartitions } from '../../src/topics/coordinator-partitions';
import {
  BlockProducerIdManager,
  DEFAULT_TXN_CONFIG,
  MemoryProducerIdBlockStore,
  MemoryTransactionLog,
  RecordingMarkerWriter,
  TransactionCoordinator,
} from '../../src/transactions';
import { quietLog, settle, txnHarness } from './helpers';

describe('transactions: coordinator partitions follow leadership (KRaft)', () => {
  it('loads on election and resumes a PrepareCommit at the new coordinator epoch; NOT_COORDINATOR when not leading', async () => {
    // An earlier coordinator answered EndTxn(commit) but its markers cannot be written yet.
    const log = new MemoryTransactionLog();
    const earlier = await txnHarness({}, log);
    const init = await earlier.coordinator.initProducerId('t1', 60_000, null);
    assert.equal(
      await earlier.coordinator.addPartitions('t1', init.producerId, init.producerEpoch, [
        { topic: 'a', partition: 0 },
      ]),
      ErrorCode.None,
    );
    earlier.markers.failWith.set('a-0', ErrorCode.NotLeaderOrFollower);
    assert.equal((await earlier.coordinator.endTxn('t1', init.producerId, init.producerEpoch, true)).errorCode, 0);
    earlier.coordinator.close();

    const markers = new RecordingMarkerWriter();
    const scheduler = new ManualScheduler();
    const owned = new CoordinatorPartitions('__transaction_state', quietLog);
    const coordinator = new TransactionCoordinator(
      DEFAULT_TXN_CONFIG,
      log,
      new BlockProducerIdManager(new MemoryProducerIdBlockStore()),
      markers,
      scheduler,
      quietLog,
      owned,
    );
    await coordinator.load();
    assert.equal((await coordinator.initProducerId('t1', 60_000, null)).errorCode, ErrorCode.NotCoordinator);
    assert.equal(coordinator.stateOf('t1'), undefined);

    await coordinator.onElection(0, 4);
    await coordinator.whenComplete('t1');
    await settle();
    assert.equal(coordinator.stateOf('t1'), 'CompleteCommit');
    assert.deepEqual(
      markers.written.map((m) => [m.topic, m.partition, m.result, m.coordinatorEpoch]),
      [['a', 0, 'commit', 4]],
      'the marker carries the new coordinator epoch',
    );

    await coordinator.onResignation(0);
    assert.equal(coordinator.stateOf('t1'), undefined, 'unloaded');
    const fenced = await coordinator.endTxn('t1', init.producerId, init.producerEpoch, true);
    assert.equal(fenced.errorCode, ErrorCode.NotCoordinator);
    coordinator.close();
  });
});
