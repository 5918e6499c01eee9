/**
 * What `brook` reports against what Kafka's own CLI tools (kafka-tools 4.4, run from the Maven-resolved jars in
 * build/kafka-4.4.0, as compat-tests/tools does) report for the same broker state, and kafka-reassign-partitions on
 * a single node. JVM starts of about 1-2 s each: kafka-topics --describe, kafka-consumer-groups --describe,
 * kafka-configs --describe (a topic's, and a group's after --alter, named and listed), kafka-client-metrics (seven), four
 * of kafka-reassign-partitions.
 * Without java on PATH or the jars (prepare them with `npx tsx compat-tests/java/prepare.ts`) the suite says
 * so and is skipped (pending), never counted as passing.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { KAFKA_VERSION, kafkaToolsMissing, runKafkaTool } from '../../compat-tests/lib/kafka-jars';
import { startBroker, type TestBroker } from '../../src/testing';
import { brookOk, until } from './helpers';

const toolsMissing = kafkaToolsMissing;
const kafkaTool = (mainClass: string, args: string[]) => runKafkaTool(mainClass, args);
const REASSIGN = 'org.apache.kafka.tools.reassign.ReassignPartitionsCommand';

describe(`brook CLI vs Kafka ${KAFKA_VERSION}'s own tools on the same broker`, function () {
  this.timeout(120000);
  let broker: TestBroker;
  let b: string;

  before(async function () {
    const missing = toolsMissing();
    if (missing) {
      console.log(`      Kafka's CLI tools cannot run here: ${missing}; these comparisons are skipped`);
      this.skip();
    }
    broker = await startBroker();
    b = broker.bootstrap;
  });
  after(() => broker?.stop());

  it('a topic brook created: kafka-topics --describe sees its partitions, leaders, replicas, ISR and configs', async () => {
    await brookOk(['topic', 'create', 'made-by-brook', '-p', '6', '-c', 'cleanup.policy=compact'], b);
    const [ours] = JSON.parse(await brookOk(['topic', 'describe', 'made-by-brook', '-o', 'json'], b));
    const run = await kafkaTool('org.apache.kafka.tools.TopicCommand', [
      '--bootstrap-server',
      b,
      '--describe',
      '--topic',
      'made-by-brook',
    ]);
    assert.equal(run.code, 0, run.stderr);
    const [head, ...lines] = run.stdout.trim().split('\n');
    assert.match(
      head!,
      new RegExp(
        `TopicId: ${ours.topicId}\\tPartitionCount: 6\\tReplicationFactor: 1\\tConfigs: cleanup.policy=compact`,
      ),
    );
    const theirs = lines.map((l) => {
      const m = /Partition: (\d+)\tLeader: (\d+)\tReplicas: ([\d,]+)\tIsr: ([\d,]+)/.exec(l)!;
      return {
        partition: Number(m[1]),
        leader: Number(m[2]),
        replicas: m[3]!.split(',').map(Number),
        isr: m[4]!.split(',').map(Number),
      };
    });
    assert.deepEqual(
      theirs,
      ours.partitions.map((p: { partition: number; leader: number; replicas: number[]; isr: number[] }) => ({
        partition: p.partition,
        leader: p.leader,
        replicas: p.replicas,
        isr: p.isr,
      })),
    );
  });

  it('offsets a kafkajs consumer committed: brook group describe and kafka-consumer-groups --describe report the same lag', async () => {
    await brookOk(['topic', 'create', 'lagging', '-p', '3'], b);
    const kafka = new Kafka({ brokers: [b], logLevel: logLevel.NOTHING });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic: 'lagging',
      messages: Array.from({ length: 30 }, (_, i) => ({ value: `v${i}`, partition: i % 3 })),
    });
    await producer.disconnect();
    const consumer = kafka.consumer({ groupId: 'lag-check', maxWaitTimeInMs: 100 });
    await consumer.connect();
    await consumer.subscribe({ topic: 'lagging', fromBeginning: true });
    const committed = new Set<number>();
    await consumer.run({
      autoCommit: false,
      eachBatch: async ({ batch, commitOffsetsIfNecessary }) => {
        // Partition p commits offset 2 + 3p: lags 8, 5, 2.
        const offset = String(2 + 3 * batch.partition);
        await commitOffsetsIfNecessary({
          topics: [{ topic: 'lagging', partitions: [{ partition: batch.partition, offset }] }],
        });
        committed.add(batch.partition);
      },
    });
    // disconnected on failure too: a consumer left running retries forever once the broker is stopped
    await until('three commits', () => committed.size === 3).finally(() => consumer.disconnect());

    const [ours] = JSON.parse(await brookOk(['group', 'describe', 'lag-check', '-o', 'json'], b));
    const run = await kafkaTool('org.apache.kafka.tools.consumer.group.ConsumerGroupCommand', [
      '--bootstrap-server',
      b,
      '--describe',
      '--group',
      'lag-check',
    ]);
    assert.equal(run.code, 0, run.stderr);
    const theirs = run.stdout
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('lag-check '))
      .map((l) => l.trim().split(/\s+/).slice(1, 6));
    assert.deepEqual(
      theirs,
      ours.partitions.map((p: { topic: string; partition: number; committed: number; logEnd: number; lag: number }) =>
        [p.topic, p.partition, p.committed, p.logEnd, p.lag].map(String),
      ),
    );
    assert.deepEqual(
      theirs.map((r) => r[4]),
      ['8', '5', '2'],
    );
  });

  it('configs brook set: kafka-configs --describe lists the same values', async () => {
    await brookOk(['topic', 'create', 'configured'], b);
    await brookOk(['config', 'set', '--topic', 'configured', 'retention.ms=86400000', 'max.message.bytes=65536'], b);
    const run = await kafkaTool('org.apache.kafka.tools.ConfigCommand', [
      '--bootstrap-server',
      b,
      '--describe',
      '--entity-type',
      'topics',
      '--entity-name',
      'configured',
    ]);
    assert.equal(run.code, 0, run.stderr);
    const theirs = [...run.stdout.matchAll(/^\s+([\w.]+)=(\S+) sensitive=false synonyms=\{DYNAMIC_TOPIC_CONFIG:/gm)]
      .map((m) => [m[1], m[2]])
      .sort();
    const ours = JSON.parse(await brookOk(['config', 'get', '--topic', 'configured', '-o', 'json'], b)).map(
      (c: { name: string; value: string }) => [c.name, c.value],
    );
    assert.deepEqual(theirs, ours);
    assert.deepEqual(ours, [
      ['max.message.bytes', '65536'],
      ['retention.ms', '86400000'],
    ]);
  });

  it("a group's own configs: kafka-configs --alter and --describe --entity-type groups, brook config get --group", async () => {
    const groupConfigs = (args: string[]) =>
      kafkaTool('org.apache.kafka.tools.ConfigCommand', ['--bootstrap-server', b, '--entity-type', 'groups', ...args]);
    const configs = (args: string[]) => groupConfigs(['--entity-name', 'tuned-group', ...args]);
    const altered = await configs(['--alter', '--add-config', 'consumer.heartbeat.interval.ms=6000']);
    assert.equal(altered.code, 0, altered.stderr);
    const refused = await configs(['--alter', '--add-config', 'consumer.heartbeat.interval.ms=60000']);
    assert.notEqual(refused.code, 0);
    assert.match(
      refused.stderr + refused.stdout,
      /consumer\.heartbeat\.interval\.ms must be in the range 5000 to 15000 inclusive/,
    );
    const described = await configs(['--describe']);
    assert.equal(described.code, 0, described.stderr);
    assert.match(
      described.stdout,
      /consumer\.heartbeat\.interval\.ms=6000 sensitive=false synonyms=\{DYNAMIC_GROUP_CONFIG:consumer\.heartbeat\.interval\.ms=6000, DEFAULT_CONFIG:group\.consumer\.heartbeat\.interval\.ms=5000\}/,
    );
    // Without a name the tool lists the groups that have configs (ListConfigResources v1, KIP-1142): this one
    // never had a member.
    const listed = await groupConfigs(['--describe']);
    assert.equal(listed.code, 0, listed.stderr);
    assert.match(
      listed.stdout,
      /Dynamic configs for group tuned-group are:\n {2}consumer\.heartbeat\.interval\.ms=6000 /,
    );
    const ours = JSON.parse(await brookOk(['config', 'get', '--group', 'tuned-group', '-o', 'json'], b));
    assert.deepEqual(
      ours.map((c: { name: string; value: string; source: string }) => [c.name, c.value, c.source]),
      [['consumer.heartbeat.interval.ms', '6000', 'DYNAMIC_GROUP_CONFIG']],
    );
  });

  it('client metrics subscriptions: kafka-client-metrics --alter, --list, --describe and --delete, brook config --client-metrics', async () => {
    const clientMetrics = (args: string[]) =>
      kafkaTool('org.apache.kafka.tools.ClientMetricsCommand', ['--bootstrap-server', b, ...args]);
    const altered = await clientMetrics([
      '--alter',
      '--name',
      'producers',
      '--metrics',
      'org.apache.kafka.producer.',
      '--interval',
      '1000',
      '--match',
      'client_id=orders-.*',
    ]);
    assert.equal(altered.code, 0, altered.stderr);
    assert.match(altered.stdout, /Altered client metrics config for producers\./);
    const refused = await clientMetrics(['--alter', '--name', 'producers', '--interval', '10']);
    assert.notEqual(refused.code, 0);
    assert.match(refused.stdout + refused.stderr, /interval must be between 100 and 3600000 \(1 hour\)/);
    const listed = await clientMetrics(['--list']);
    assert.equal(listed.code, 0, listed.stderr);
    assert.match(listed.stdout, /^producers$/m);
    const described = await clientMetrics(['--describe', '--name', 'producers']);
    assert.equal(described.code, 0, described.stderr);
    assert.match(
      described.stdout,
      /Client metrics configs for producers are:\n {2}interval\.ms=1000\n {2}match=client_id=orders-\.\*\n {2}metrics=org\.apache\.kafka\.producer\.\n/,
    );
    const ours = JSON.parse(await brookOk(['config', 'get', '--client-metrics', 'producers', '-o', 'json'], b));
    assert.deepEqual(
      ours.map((c: { name: string; value: string; source: string }) => [c.name, c.value, c.source]),
      [
        ['interval.ms', '1000', 'CLIENT_METRICS_CONFIG'],
        ['match', 'client_id=orders-.*', 'CLIENT_METRICS_CONFIG'],
        ['metrics', 'org.apache.kafka.producer.', 'CLIENT_METRICS_CONFIG'],
      ],
    );
    await brookOk(['config', 'set', '--client-metrics', 'consumers', 'interval.ms=5000'], b);
    assert.match((await clientMetrics(['--list'])).stdout, /^consumers$/m);
    const deleted = await clientMetrics(['--delete', '--name', 'producers']);
    assert.equal(deleted.code, 0, deleted.stderr);
    const gone = await clientMetrics(['--describe', '--name', 'producers']);
    assert.match(gone.stdout, /The client metric resource producers doesn't exist and doesn't have dynamic config\./);
  });

  it('kafka-reassign-partitions on a single node: a plan keeping each replica on this broker and in its log dir completes; another dir or broker is refused', async () => {
    await brookOk(['topic', 'create', 'stays-put', '-p', '2'], b);
    const nodeId = broker.broker.nodeId;
    const dir = mkdtempSync(join(tmpdir(), 'brook-reassign-'));
    let plans = 0;
    const planFile = (replicas: number[], logDirs?: string[]) => {
      const file = join(dir, `plan-${++plans}.json`);
      const partitions = [0, 1].map((partition) => ({
        topic: 'stays-put',
        partition,
        replicas,
        ...(logDirs ? { log_dirs: logDirs } : {}),
      }));
      writeFileSync(file, JSON.stringify({ version: 1, partitions }));
      return file;
    };
    const reassign = (file: string, action: string) =>
      kafkaTool(REASSIGN, ['--bootstrap-server', b, '--reassignment-json-file', file, action]);
    try {
      // AlterPartitionReassignments to [this broker] and AlterReplicaLogDirs to the log dir the replicas are in.
      const plan = planFile([nodeId], [broker.broker.logDirs[0]!]);
      const execute = await reassign(plan, '--execute');
      assert.equal(execute.code, 0, `${execute.stdout}\n${execute.stderr}`);
      assert.match(execute.stdout, /Successfully started partition reassignments for stays-put-0,stays-put-1/);
      assert.match(
        execute.stdout,
        /Successfully started moving log directory to \S+ for replica stays-put-1 with broker/,
      );
      const verify = await reassign(plan, '--verify');
      assert.equal(verify.code, 0, `${verify.stdout}\n${verify.stderr}`);
      assert.match(verify.stdout, /Reassignment of partition stays-put-0 is completed/);
      assert.match(verify.stdout, /Reassignment of partition stays-put-1 is completed/);
      assert.match(verify.stdout, new RegExp(`Reassignment of replica stays-put-1-${nodeId} completed successfully`));

      // A dir the broker does not have: LOG_DIR_NOT_FOUND, as Kafka's ReplicaManager answers.
      const noSuchDir = await reassign(planFile([nodeId], [join(dir, 'elsewhere')]), '--execute');
      assert.notEqual(noSuchDir.code, 0, noSuchDir.stdout);
      assert.match(
        `${noSuchDir.stdout}\n${noSuchDir.stderr}`,
        /LogDirNotFoundException: The user-specified log directory is not found/,
      );
      // Another broker: the tool itself refuses it (it asks DescribeCluster for the brokers).
      const elsewhere = await reassign(planFile([nodeId + 1]), '--execute');
      assert.notEqual(elsewhere.code, 0, elsewhere.stdout);
      assert.match(`${elsewhere.stdout}\n${elsewhere.stderr}`, new RegExp(`Unknown broker id ${nodeId + 1}`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
