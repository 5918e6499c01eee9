/**
 * Issue 13, "what it must show" (a): a three-broker cluster on one machine used by real clients with replication
 * factor 3 and min.insync.replicas 2. Each client runs as its own driver process (lib/run-driver.ts), produces
 * with acks=all to a 3-partition topic whose partitions are led by different brokers, and consumes everything
 * back: every record exactly once, each partition's offsets contiguous from 0.
 *
 * Two ways to start the cluster, both through the product's CLI only:
 * - `brook cluster up --brokers 3` (the one command), with kcat (librdkafka 2.0.2), confluent-kafka-python and
 *   @platformatic/kafka: inside `npm test`, one cluster for the file, the drivers run side by side;
 * - three `brook serve --config server.properties` processes written with Kafka's own keys (process.roles,
 *   node.id, controller.quorum.voters, listeners, controller.listener.names, log.dirs, min.insync.replicas),
 *   with the same clients plus kafkajs: under `npm run compat` or COMPAT_KRAFT_CLIENTS=1 (it says so otherwise).
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { freePort, repoRoot } from '../lib/broker';
import { type ClientSpec, clients } from '../lib/clients';
import type { Job, RecordIn, RecordOut } from '../lib/driver-protocol';
import { runDriverProcess } from '../lib/run-driver';

const PARTITIONS = 3;
const PER_PARTITION = 20;
const BRIN = join(repoRoot, 'bin', 'brook.js');
const fullRun = process.env.COMPAT_ORACLE_CLIENTS === 'all' || process.env.COMPAT_KRAFT_CLIENTS === '1';

interface Started {
  bootstrap: string;
  stop(): Promise<void>;
}

/** A `brook ...` process whose output is kept (for the failure message) and read for `ready`. */
function brookChild(args: string[], ready: RegExp, onReady: (output: string) => void): Promise<ChildProcess> {
  const child = spawn(process.execPath, [BRIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`brook ${args[0]} not ready in 60 s:\n${output}`)), 60000);
    const look = (chunk: Buffer) => {
      output += chunk;
      if (ready.test(output)) {
        clearTimeout(timer);
        onReady(output);
        resolve(child);
      }
    };
    child.stdout!.on('data', look);
    child.stderr!.on('data', look);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`brook ${args.join(' ')} exited with ${code}:\n${output}`));
    });
  });
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** `brook cluster up --brokers 3 --base-port 0`: the bootstrap is read from its output. */
async function clusterUp(dir: string): Promise<Started> {
  let bootstrap = '';
  const up = await brookChild(
    ['cluster', 'up', '--brokers', '3', '--base-port', '0', '--data-dir', dir],
    /bootstrap: \S+\n/,
    (out) => {
      bootstrap = /bootstrap: (\S+)/.exec(out)![1]!;
    },
  );
  return { bootstrap, stop: () => stopChild(up, 'SIGINT') };
}

/** Three `brook serve --config server.properties`, each file written with Kafka's keys as for kafka-server-start. */
async function serveWithKafkaKeys(dir: string): Promise<Started> {
  const ports = await Promise.all([0, 1, 2].map(() => freePort()));
  const controllers = await Promise.all([0, 1, 2].map(() => freePort()));
  const voters = controllers.map((p, i) => `${i + 1}@127.0.0.1:${p}`).join(',');
  const nodes = await Promise.all(
    ports.map((port, i) => {
      const file = join(dir, `server-${i + 1}.properties`);
      writeFileSync(
        file,
        [
          'process.roles=broker,controller',
          `node.id=${i + 1}`,
          `controller.quorum.voters=${voters}`,
          `listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllers[i]}`,
          `advertised.listeners=PLAINTEXT://127.0.0.1:${port}`,
          'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
          'controller.listener.names=CONTROLLER',
          'inter.broker.listener.name=PLAINTEXT',
          `log.dirs=${join(dir, `node-${i + 1}`)}`,
          'default.replication.factor=3',
          'min.insync.replicas=2',
          'offsets.topic.replication.factor=3',
          '',
        ].join('\n'),
      );
      return brookChild(
        ['serve', '--config', file, '--no-sql', '--no-http', '--log-level', 'warn'],
        / ready: node \d+ listening on /,
        () => undefined,
      );
    }),
  );
  return {
    bootstrap: ports.map((p) => `127.0.0.1:${p}`).join(','),
    stop: async () => {
      await Promise.all(nodes.map((n) => stopChild(n, 'SIGKILL')));
    },
  };
}

/** A fresh cluster listens before its brokers registered with the controller: wait until Metadata names all three. */
async function threeLiveBrokers(kafka: Kafka): Promise<void> {
  const deadline = Date.now() + 30000;
  let last = '';
  for (;;) {
    const admin = kafka.admin();
    try {
      await admin.connect();
      const cluster = await admin.describeCluster();
      if (cluster.brokers.length === 3 && cluster.controller !== null && cluster.controller >= 0) return;
      last = JSON.stringify(cluster);
    } catch (error) {
      last = String(error);
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
    if (Date.now() > deadline) throw new Error(`three brokers not registered in 30 s: ${last}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Creates `topic` with RF 3 and min.insync.replicas 2 and waits until every partition has its three replicas in sync. */
async function createReplicatedTopic(kafka: Kafka, topic: string): Promise<number[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({
      topics: [
        {
          topic,
          numPartitions: PARTITIONS,
          replicationFactor: 3,
          configEntries: [{ name: 'min.insync.replicas', value: '2' }],
        },
      ],
      waitForLeaders: true,
    });
    const deadline = Date.now() + 20000;
    for (;;) {
      const md = await admin.fetchTopicMetadata({ topics: [topic] });
      const parts = md.topics[0]!.partitions;
      if (parts.length === PARTITIONS && parts.every((p) => p.replicas.length === 3 && p.isr.length === 3)) {
        const configs = await admin.describeConfigs({
          includeSynonyms: false,
          resources: [{ type: 2, name: topic, configNames: ['min.insync.replicas'] }],
        });
        const mir = configs.resources[0]!.configEntries.find((e) => e.configName === 'min.insync.replicas');
        assert.equal(mir?.configValue, '2', 'the topic keeps min.insync.replicas=2');
        return parts.map((p) => p.leader);
      }
      if (Date.now() > deadline) throw new Error(`ISR of ${topic} not full: ${JSON.stringify(parts)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await admin.disconnect();
  }
}

/** Printable records (kcat reads lines), grouped by partition so kcat needs one `-P` run per partition. */
function recordsFor(client: string): RecordIn[] {
  const out: RecordIn[] = [];
  for (let p = 0; p < PARTITIONS; p++) {
    for (let i = 0; i < PER_PARTITION; i++) {
      const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
      out.push({ key: b64(`k${p}-${i}`), value: b64(`${client}:p${p}:${i}`), headers: [], partition: p });
    }
  }
  return out;
}

/** Every record once, on the partition it was written to, offsets 0..n-1 in order. */
function checkReadBack(client: string, records: RecordOut[]): void {
  const values = records.map((r) => Buffer.from(r.value ?? '', 'base64').toString('utf8'));
  const expected = recordsFor(client).map((r) => Buffer.from(r.value!, 'base64').toString('utf8'));
  assert.deepEqual([...values].sort(), [...expected].sort(), 'every acknowledged record read back exactly once');
  for (let p = 0; p < PARTITIONS; p++) {
    const mine = records.filter((r) => r.partition === p);
    assert.deepEqual(
      mine.map((r) => r.offset),
      Array.from({ length: PER_PARTITION }, (_, i) => i),
      `partition ${p}: contiguous offsets`,
    );
    assert.deepEqual(
      mine.map((r) => Buffer.from(r.value ?? '', 'base64').toString('utf8')),
      Array.from({ length: PER_PARTITION }, (_, i) => `${client}:p${p}:${i}`),
      `partition ${p}: in produce order`,
    );
  }
}

function clusterSuite(title: string, start: (dir: string) => Promise<Started>, ids: string[]): void {
  describe(title, function () {
    this.timeout(120000);
    let dir = '';
    let cluster: Started | undefined;
    let kafka: Kafka;
    const chosen = ids.map((id) => clients.find((c) => c.id === id)!);
    const runs = new Map<string, Promise<{ leaders: number[]; job: Awaited<ReturnType<typeof runDriverProcess>> }>>();

    before(async function () {
      this.timeout(90000);
      dir = mkdtempSync(join(tmpdir(), 'brook-cluster-clients-'));
      cluster = await start(dir);
      kafka = new Kafka({
        clientId: 'cluster-clients-admin',
        brokers: cluster.bootstrap.split(','),
        logLevel: logLevel.NOTHING,
      });
      await threeLiveBrokers(kafka);
      // The drivers run side by side (each is its own process on its own topic): one cluster, a few seconds.
      for (const spec of chosen) {
        if (spec.unavailable()) continue;
        runs.set(spec.id, runOne(kafka, cluster.bootstrap, spec));
      }
      await Promise.allSettled(runs.values());
    });

    after(async () => {
      await cluster?.stop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    for (const spec of chosen) {
      it(`${spec.describe}: acks=all to RF 3, min.insync.replicas 2, every record read back once`, async function () {
        const missing = spec.unavailable();
        if (missing) {
          this.test!.title += ` [NOT RUN: ${missing}]`;
          this.skip();
        }
        const { leaders, job } = await runs.get(spec.id)!;
        const where = `\n${job.failure ?? ''}\n${job.stderr.slice(-1500)}`;
        assert.ok(job.result, `no result from the ${spec.id} driver${where}`);
        const [produce, consume] = job.result.steps;
        assert.ok(produce?.ok, `produce failed: ${produce?.error?.message}${where}`);
        assert.ok(consume?.ok && !consume.timedOut, `consume: ${consume?.error?.message ?? 'timed out'}${where}`);
        checkReadBack(spec.id, consume.records!);
        console.log(
          `      ${job.result.client} ${job.result.version}: ${consume.records!.length} records, leaders ${leaders.join(',')}`,
        );
      });
    }
  });
}

async function runOne(kafka: Kafka, bootstrap: string, spec: ClientSpec) {
  const topic = `rf3-${spec.id}`;
  const leaders = await createReplicatedTopic(kafka, topic);
  const job: Job = {
    bootstrap,
    steps: [
      { op: 'produce', topic, compression: 'none', records: recordsFor(spec.id) },
      {
        op: 'consume',
        topic,
        partitions: PARTITIONS,
        from: 'earliest',
        count: PARTITIONS * PER_PARTITION,
        timeoutMs: 30000,
      },
    ],
  };
  return { leaders, job: await runDriverProcess(spec.prepare(), job, 60000) };
}

describe('compat-tests: three-broker cluster with RF 3 / min.insync.replicas 2, real clients', () => {
  clusterSuite('`brook cluster up --brokers 3`', clusterUp, ['kcat', 'confluent-kafka-python', 'platformatic']);
  if (fullRun) {
    clusterSuite('three `brook serve --config server.properties` (Kafka keys)', serveWithKafkaKeys, [
      'kafkajs',
      'kcat',
      'confluent-kafka-python',
      'platformatic',
    ]);
  } else {
    it('three `brook serve --config server.properties` (Kafka keys), kafkajs too: under `npm run compat` or COMPAT_KRAFT_CLIENTS=1', function () {
      this.skip();
    });
  }
});
