import assert from 'node:assert/strict';
import { type Consumer, Kafka, logLevel } from 'kafkajs';
import { startBroker, type TestBroker } from '../../src/testing';
import { brook, brookOk, rows, until } from './helpers';

interface Row {
  topic: string;
  partition: number;
  committed: number | null;
  logEnd: number | null;
  lag: number | null;
}

/**
 * `brook group ...` on groups kafkajs consumers made: lag per partition, the Kafka tool's rules (a group that
 * does not exist is exit 1; offsets reset only while the group is inactive, dry run unless --execute).
 */
describe('brook group', function () {
  this.timeout(60000);
  let broker: TestBroker;
  let b: string;
  let kafka: Kafka;
  const topic = 'orders';

  before(async () => {
    broker = await startBroker();
    b = broker.bootstrap;
    kafka = new Kafka({ brokers: [b], logLevel: logLevel.NOTHING });
    await brookOk(['topic', 'create', topic, '-p', '2'], b);
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic,
      messages: Array.from({ length: 20 }, (_, i) => ({
        value: `m${i}`,
        partition: i % 2,
        timestamp: String(1700000000000 + i * 1000),
      })),
    });
    await producer.disconnect();
  });
  after(() => broker?.stop());

  /** A kafkajs consumer in `group` that reads `perPartition` records of each partition, commits and stays. */
  async function joinAndRead(group: string, perPartition: number): Promise<Consumer> {
    const consumer = kafka.consumer({ groupId: group, maxWaitTimeInMs: 100 });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const seen = new Map<number, number>();
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch, resolveOffset, commitOffsetsIfNecessary }) => {
        for (const m of batch.messages) {
          if ((seen.get(batch.partition) ?? 0) >= perPartition) break;
          seen.set(batch.partition, (seen.get(batch.partition) ?? 0) + 1);
          resolveOffset(m.offset);
        }
        await commitOffsetsIfNecessary({
          topics: [{ topic, partitions: [{ partition: batch.partition, offset: String(seen.get(batch.partition)) }] }],
        });
      },
    });
    await until('the commits', () => [...seen.values()].filter((n) => n >= perPartition).length === 2).catch(
      async (error) => {
        await consumer.disconnect(); // not returned: left running, it would retry forever once the broker stops
        throw error;
      },
    );
    return consumer;
  }

  const partitionsOf = async (group: string): Promise<Row[]> =>
    JSON.parse(await brookOk(['group', 'describe', group, '-o', 'json'], b))[0].partitions;

  it('describe: committed offset, log end and lag per partition; members while the consumer runs', async () => {
    const consumer = await joinAndRead('g-lag', 3);
    try {
      const text = await brookOk(['group', 'describe', 'g-lag'], b);
      assert.match(
        text,
        /Consumer group 'g-lag' \(state Stable, protocol \w+, coordinator 127\.0\.0\.1:\d+, 1 member\)/,
      );
      const table = rows(text.slice(text.indexOf('GROUP ')));
      assert.deepEqual(table[0], [
        'GROUP',
        'TOPIC',
        'PARTITION',
        'CURRENT-OFFSET',
        'LOG-END-OFFSET',
        'LAG',
        'CONSUMER-ID',
        'HOST',
        'CLIENT-ID',
      ]);
      assert.deepEqual(table[1]!.slice(0, 6), ['g-lag', topic, '0', '3', '10', '7']);
      assert.deepEqual(table[2]!.slice(0, 6), ['g-lag', topic, '1', '3', '10', '7']);
      const members = rows(await brookOk(['group', 'describe', 'g-lag', '--members'], b));
      assert.equal(members.at(-1)![5], '2'); // #PARTITIONS
      assert.deepEqual(JSON.parse(await brookOk(['group', 'list', '-o', 'json'], b)), [
        { groupId: 'g-lag', protocolType: 'consumer', state: 'Stable', type: 'classic' },
      ]);
      // The older name of the command still works.
      assert.match(await brookOk(['groups', 'describe', 'g-lag'], b), /state Stable/);

      const reading = await brook(['consume', topic, '-g', 'g-lag'], b);
      assert.equal(reading.code, 1);
      assert.equal(reading.stdout, '');
      assert.match(reading.stderr, /Consumer group 'g-lag' has active members \(state Stable\)/);

      const refused = await brook(['group', 'reset-offsets', 'g-lag', '--all-topics', '--to-earliest', '--execute'], b);
      assert.equal(refused.code, 1);
      assert.match(
        refused.stderr,
        /can only be reset if the group 'g-lag' is inactive, but the current state is Stable/,
      );
    } finally {
      await consumer.disconnect();
    }
    assert.deepEqual(
      (await partitionsOf('g-lag')).map((p) => [p.partition, p.committed, p.logEnd, p.lag]),
      [
        [0, 3, 10, 7],
        [1, 3, 10, 7],
      ],
    );
  });

  it('describe or delete a group that does not exist: exit 1, as kafka-consumer-groups', async () => {
    const run = await brook(['group', 'describe', 'nosuch'], b);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /Consumer group 'nosuch' does not exist\./);
    const deleted = await brook(['group', 'delete', 'nosuch'], b);
    assert.equal(deleted.code, 1);
    assert.match(deleted.stderr, /Consumer group 'nosuch' does not exist\./);
  });

  it('reset-offsets: a dry run by default changes nothing; --execute commits the plan', async () => {
    await (await joinAndRead('g-reset', 4)).disconnect();
    const dry = await brook(['group', 'reset-offsets', 'g-reset', '--topic', topic, '--to-earliest'], b);
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(dry.stderr, /No action will be performed as the --execute option is missing/);
    assert.deepEqual(rows(dry.stdout).slice(1), [
      ['g-reset', topic, '0', '0', '4'],
      ['g-reset', topic, '1', '0', '4'],
    ]);
    assert.deepEqual(
      (await partitionsOf('g-reset')).map((p) => p.committed),
      [4, 4],
    );
    await brookOk(['group', 'reset-offsets', 'g-reset', '--topic', `${topic}:1`, '--to-offset', '7', '--execute'], b);
    assert.deepEqual(
      (await partitionsOf('g-reset')).map((p) => p.committed),
      [4, 7],
    );
  });

  it('reset-offsets: --to-latest, --shift-by (clamped to the log), --to-datetime, --to-offset past the end', async () => {
    await (await joinAndRead('g-specs', 5)).disconnect();
    const plan = async (...spec: string[]) =>
      JSON.parse(
        await brookOk(['group', 'reset-offsets', 'g-specs', '--all-topics', ...spec, '--dry-run', '-o', 'json'], b),
      ).offsets.map((o: { partition: number; offset: number }) => [o.partition, o.offset]);
    assert.deepEqual(await plan('--to-latest'), [
      [0, 10],
      [1, 10],
    ]);
    assert.deepEqual(await plan('--shift-by', '-2'), [
      [0, 3],
      [1, 3],
    ]);
    assert.deepEqual(await plan('--shift-by', '100'), [
      [0, 10],
      [1, 10],
    ]);
    assert.deepEqual(await plan('--shift-by=-100'), [
      [0, 0],
      [1, 0],
    ]);
    assert.deepEqual(await plan('--to-offset', '999'), [
      [0, 10],
      [1, 10],
    ]);
    // Records i at 1700000000000 + i s, partition i % 2: at +6 s, partition 0 holds m6 at offset 3, partition 1 m7 at 3.
    assert.deepEqual(await plan('--to-datetime', new Date(1700000006000).toISOString()), [
      [0, 3],
      [1, 3],
    ]);
    assert.deepEqual(await plan('--to-datetime', '1700000006500'), [
      [0, 4],
      [1, 3],
    ]);
    const usage = await brook(['group', 'reset-offsets', 'g-specs', '--all-topics'], b);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /needs exactly one of --to-earliest/);
  });

  it('delete: an empty group goes away; a live one is refused (exit 1)', async () => {
    const consumer = await joinAndRead('g-del', 1);
    try {
      const busy = await brook(['group', 'delete', 'g-del'], b);
      assert.equal(busy.code, 1);
      assert.match(busy.stderr, /is not empty/);
    } finally {
      await consumer.disconnect();
    }
    assert.equal(await brookOk(['group', 'delete', 'g-del'], b), "Deleted consumer group 'g-del'.\n");
    assert.equal((await brook(['group', 'describe', 'g-del'], b)).code, 1);
  });
});
