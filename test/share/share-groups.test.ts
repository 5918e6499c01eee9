/**
 * Share groups (KIP-932) on a real Brook, driven by Kafka 4.4's own Java clients: `kafka-console-share-consumer`
 * (org.apache.kafka.tools.consumer.ConsoleShareConsumer: a KafkaShareConsumer with the client's defaults, explicit
 * acknowledgements) and `kafka-share-groups` (ShareGroupCommand, the Admin client), run from the Maven-resolved jars
 * in build/kafka-4.4.0 as test/cli/kafka-tools.test.ts runs Kafka's tools. Records are produced with kafkajs.
 * Without java or the jars (`npx tsx compat-tests/java/prepare.ts`) the suite says so and is skipped (pending),
 * never counted as passing.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { KAFKA_VERSION, kafkaToolsMissing, runKafkaTool } from '../../compat-tests/lib/kafka-jars';
import { startBroker, type TestBroker } from '../../src/testing';
import { brookOk } from '../cli/helpers';

const CONSOLE_SHARE_CONSUMER = 'org.apache.kafka.tools.consumer.ConsoleShareConsumer';
const SHARE_GROUPS = 'org.apache.kafka.tools.consumer.group.ShareGroupCommand';

describe(`share groups: Kafka ${KAFKA_VERSION}'s share consumer and kafka-share-groups on a Brook`, function () {
  this.timeout(180000);
  let broker: TestBroker;
  let b: string;
  // The test's own data dir: a broker started without one removes its own when it stops, and one test restarts.
  const dataDir = mkdtempSync(join(tmpdir(), 'brook-share-'));

  async function start(): Promise<void> {
    broker = await startBroker({ dataDir });
    b = broker.bootstrap;
  }

  before(async function () {
    const missing = kafkaToolsMissing();
    if (missing) {
      console.log(`      Kafka's Java clients cannot run here: ${missing}; the share group suite is skipped`);
      this.skip();
    }
    await start();
  });
  after(async () => {
    await broker?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function produce(topic: string, values: string[]): Promise<void> {
    const kafka = new Kafka({ brokers: [b], logLevel: logLevel.NOTHING });
    const producer = kafka.producer();
    await producer.connect();
    try {
      await producer.send({ topic, messages: values.map((value, i) => ({ key: `k${i}`, value })) });
    } finally {
      await producer.disconnect();
    }
  }

  /** The console share consumer until it has `max` records or `idleMs` passed without one; the values it printed. */
  async function shareConsume(group: string, topic: string, max: number, extra: string[] = [], idleMs = 8000) {
    const run = await runKafkaTool(
      CONSOLE_SHARE_CONSUMER,
      [
        '--bootstrap-server',
        b,
        '--topic',
        topic,
        '--group',
        group,
        '--max-messages',
        String(max),
        '--timeout-ms',
        String(idleMs),
        ...extra,
      ],
      120000,
    );
    const values = run.stdout.split('\n').filter((l) => l !== '' && !l.startsWith('Processed a total'));
    return { values, run };
  }

  const shareGroups = (args: string[]) => runKafkaTool(SHARE_GROUPS, ['--bootstrap-server', b, ...args]);

  /** kafka-share-groups --describe's offset rows: partition -> [start offset, lag]. */
  async function describedOffsets(group: string): Promise<Map<number, [number, number]>> {
    const run = await shareGroups(['--describe', '--group', group]);
    assert.equal(run.code, 0, run.stderr);
    const rows = new Map<number, [number, number]>();
    for (const line of run.stdout.split('\n')) {
      const m = new RegExp(`^${group}\\s+\\S+\\s+(\\d+)\\s+(-?\\d+)\\s+(-?\\d+)`).exec(line.trim());
      if (m) rows.set(Number(m[1]), [Number(m[2]), Number(m[3])]);
    }
    return rows;
  }

  const values = (n: number, prefix = 'v') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

  it('the console share consumer reads every record once (share.auto.offset.reset=earliest set with brook config); kafka-share-groups lists and describes the group', async () => {
    await brookOk(['topic', 'create', 'shared', '-p', '3'], b);
    await produce('shared', values(30));
    await brookOk(['config', 'set', '--group', 'sg-read', 'share.auto.offset.reset=earliest'], b);
    const { values: got, run } = await shareConsume('sg-read', 'shared', 30);
    assert.deepEqual([...got].sort(), [...values(30)].sort(), run.stderr);
    const list = await shareGroups(['--list']);
    assert.match(list.stdout, /^sg-read$/m, list.stderr);
    const offsets = await describedOffsets('sg-read');
    assert.equal(offsets.size, 3);
    let total = 0;
    for (const [start, lag] of offsets.values()) {
      assert.equal(lag, 0, 'every record acknowledged');
      total += start;
    }
    assert.equal(total, 30);
    const state = await shareGroups(['--describe', '--group', 'sg-read', '--state']);
    assert.match(state.stdout, /sg-read\s+\S+\s+\(1\)\s+Empty\s+0/, state.stdout);
  });

  it("the default share.auto.offset.reset (latest) delivers only records produced after the group's start", async () => {
    await brookOk(['topic', 'create', 'late', '-p', '1'], b);
    await produce('late', values(5, 'old'));
    const reading = shareConsume('sg-late', 'late', 5, [], 15000);
    // The consumer joins, is assigned the partition, and its first fetch places the start at the log's end.
    await new Promise((r) => setTimeout(r, 6000));
    await produce('late', values(5, 'new'));
    const { values: got, run } = await reading;
    assert.deepEqual([...got].sort(), values(5, 'new'), run.stderr);
  });

  it('two share consumers on one partition split its records between them, none delivered twice', async () => {
    await brookOk(['topic', 'create', 'pair', '-p', '1'], b);
    await brookOk(['config', 'set', '--group', 'sg-pair', 'share.auto.offset.reset=earliest'], b);
    // Both join before the records arrive, then fetch from the same partition while they come.
    const producing = (async () => {
      await new Promise((r) => setTimeout(r, 5000));
      for (let round = 0; round < 20; round++) {
        await produce('pair', values(10, `r${round}-`));
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const [a, c] = await Promise.all([
      shareConsume('sg-pair', 'pair', 200, [], 10000),
      shareConsume('sg-pair', 'pair', 200, [], 10000),
      producing,
    ]);
    const all = [...a.values, ...c.values];
    assert.equal(new Set(all).size, all.length, 'no record delivered to both');
    assert.equal(all.length, 200, `${a.values.length} + ${c.values.length}: ${a.run.stderr}${c.run.stderr}`);
    assert.ok(a.values.length > 0 && c.values.length > 0, `both got records: ${a.values.length} / ${c.values.length}`);
  });

  it('released records are delivered again until share.delivery.count.limit, then archived', async () => {
    await brookOk(['topic', 'create', 'released', '-p', '1'], b);
    await produce('released', values(4));
    await brookOk(
      ['config', 'set', '--group', 'sg-release', 'share.auto.offset.reset=earliest', 'share.delivery.count.limit=3'],
      b,
    );
    const { values: got, run } = await shareConsume('sg-release', 'released', 100, ['--release'], 6000);
    const counts = new Map<string, number>();
    for (const v of got) counts.set(v, (counts.get(v) ?? 0) + 1);
    assert.deepEqual(Object.fromEntries(counts), { v0: 3, v1: 3, v2: 3, v3: 3 }, run.stderr);
    const offsets = await describedOffsets('sg-release');
    assert.deepEqual([...offsets.values()], [[4, 0]], 'archived after their third delivery');
  });

  it('kafka-share-groups --reset-offsets --to-earliest delivers everything again; --delete-offsets and --delete', async () => {
    const reset = await shareGroups([
      '--reset-offsets',
      '--group',
      'sg-read',
      '--topic',
      'shared',
      '--to-earliest',
      '--execute',
    ]);
    assert.equal(reset.code, 0, reset.stderr);
    assert.deepEqual(
      [...(await describedOffsets('sg-read')).values()].map(([start]) => start),
      [0, 0, 0],
    );
    const { values: again } = await shareConsume('sg-read', 'shared', 30);
    assert.equal(again.length, 30);
    const deleteOffsets = await shareGroups(['--delete-offsets', '--group', 'sg-read', '--topic', 'shared']);
    assert.match(deleteOffsets.stdout, /shared\s+Successful/, deleteOffsets.stdout + deleteOffsets.stderr);
    assert.equal((await describedOffsets('sg-read')).size, 0);
    const deleted = await shareGroups(['--delete', '--group', 'sg-read']);
    assert.match(deleted.stdout, /successful/, deleted.stdout + deleted.stderr);
    assert.doesNotMatch((await shareGroups(['--list'])).stdout, /^sg-read$/m);
  });

  it('after a restart acknowledged records are not delivered again, the rest are', async () => {
    await brookOk(['topic', 'create', 'durable', '-p', '2'], b);
    await produce('durable', values(20));
    await brookOk(['config', 'set', '--group', 'sg-durable', 'share.auto.offset.reset=earliest'], b);
    const { values: before } = await shareConsume('sg-durable', 'durable', 7);
    assert.equal(before.length, 7);
    await broker.stop();
    await start();
    const { values: after, run } = await shareConsume('sg-durable', 'durable', 100, [], 6000);
    assert.deepEqual([...before, ...after].sort(), [...values(20)].sort(), run.stderr);
  });
});
