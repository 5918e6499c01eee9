import assert from 'node:assert/strict';
import {
  describeProducers,
  describeTransaction,
  formatProducers,
  formatTransaction,
  listTransactions,
  transactionsCommand,
} from '../../src/cli/transactions';
import { startBroker, type TestBroker } from '../../src/testing';

describe('transactions: brook transactions list|describe', function () {
  this.timeout(30000);
  let broker: TestBroker;

  before(async () => {
    broker = await startBroker();
    const txns = broker.broker.transactions;
    await broker.broker.topics.create('cli-t', { partitions: 2, replicationFactor: 1, configs: {} });
    const a = await txns.initProducerId('cli-a', 60000, null);
    await txns.addPartitions('cli-a', a.producerId, a.producerEpoch, [
      { topic: 'cli-t', partition: 1 },
      { topic: 'cli-t', partition: 0 },
    ]);
    await txns.initProducerId('cli-b', 60000, null);
  });
  after(async () => {
    await broker?.stop();
  });

  it('lists transactional ids over the wire, with state filters', async () => {
    const all = await listTransactions(broker.bootstrap);
    assert.deepEqual(
      all.map((r) => [r.transactionalId, r.state]),
      [
        ['cli-a', 'Ongoing'],
        ['cli-b', 'Empty'],
      ],
    );
    const ongoing = await listTransactions(broker.bootstrap, { states: ['Ongoing'] });
    assert.deepEqual(
      ongoing.map((r) => r.transactionalId),
      ['cli-a'],
    );
    assert.deepEqual(await listTransactions(broker.bootstrap, { durationMs: 3_600_000 }), []);
  });

  it('describes one id at its coordinator, as kafka-transactions.sh prints it', async () => {
    const d = await describeTransaction(broker.bootstrap, 'cli-a');
    assert.equal(d.coordinator, broker.bootstrap);
    assert.equal(d.state, 'Ongoing');
    assert.deepEqual(d.partitions, [
      { topic: 'cli-t', partition: 0 },
      { topic: 'cli-t', partition: 1 },
    ]);
    const text = formatTransaction(d, Number(d.startTimeMs) + 250);
    assert.match(text, /^COORDINATOR\s+TRANSACTIONAL-ID\s+PRODUCER-ID/);
    assert.match(text, /cli-a .* Ongoing +60000 +\d+ +250 +cli-t-0,cli-t-1\n$/);
    await assert.rejects(describeTransaction(broker.bootstrap, 'cli-none'), /TRANSACTIONAL_ID_NOT_FOUND/);
  });

  it("describe-producers prints a partition's producers", async () => {
    assert.deepEqual(await describeProducers(broker.bootstrap, 'cli-t', 0), []);
    assert.equal(
      formatProducers([
        {
          producerId: 7n,
          producerEpoch: 1,
          coordinatorEpoch: 0,
          lastSequence: 4,
          lastTimestamp: 1700000000000n,
          currentTxnStartOffset: -1n,
        },
      ]),
      'PRODUCER-ID PRODUCER-EPOCH LATEST-COORDINATOR-EPOCH LAST-SEQUENCE LAST-TIMESTAMP CURRENT-TRANSACTION-START-OFFSET\n' +
        '7           1              0                        4             1700000000000  None\n',
    );
  });

  it('refuses bad arguments with exit code 2', async () => {
    const write = process.stderr.write;
    process.stderr.write = () => true;
    try {
      assert.equal(await transactionsCommand(['describe', '--bootstrap', broker.bootstrap]), 2);
      assert.equal(await transactionsCommand(['list', '--producer-id', 'x']), 2);
      assert.equal(await transactionsCommand(['frobnicate']), 2);
      assert.equal(await transactionsCommand(['describe-producers', '--topic', 'cli-t']), 2);
    } finally {
      process.stderr.write = write;
    }
  });
});
