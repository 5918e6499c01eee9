/**
 * The Java client's Admin (kafka-clients 4.4, default settings) calling every admin API Brook serves
 * (../clients/java/src/brook/compat/AdminDriver.java, one JVM per target, one JSON line per operation), against
 * each target of ../lib/targets.ts. Each operation is a case; outcomes go to the side-by-side table as client
 * `java-admin`. Expectations: ../clients/java-admin/{tests.allow,FINDINGS.md}.
 *
 *   npx mocha compat-tests/tools/admin.test.ts
 */
import { spawn } from 'node:child_process';
import { javaCommand } from '../lib/java-driver';
import { javaUnavailable } from '../lib/kafka-jars';
import { selectedTargets, type Target, type TargetSpec } from '../lib/targets';
import { expectCase, expectationsFor, recordCases, seedTopic } from './cases';

const CLIENT = 'java-admin';
/** The operations AdminDriver runs, in its order. */
const OPERATIONS = [
  'describeCluster',
  'describeFeatures',
  'createTopics',
  'listTopics',
  'describeTopics',
  'createPartitions',
  'describeConfigs',
  'describeConfigs-broker',
  'incrementalAlterConfigs',
  'listOffsets',
  'alterConsumerGroupOffsets',
  'listConsumerGroupOffsets',
  'listGroups',
  'describeConsumerGroups',
  'deleteConsumerGroupOffsets',
  'deleteConsumerGroups',
  'deleteRecords',
  'listTransactions',
  'describeTransactions',
  'fenceProducers',
  'describeLogDirs',
  'deleteTopics',
];

interface OpLine {
  op: string;
  ok: boolean;
  detail?: string;
  error?: { name: string; message: string };
}

function defineAdminSuite(spec: TargetSpec): void {
  describe(`compat-tests: the Java Admin client (kafka-clients 4.4) on ${spec.id}: ${spec.title}`, function () {
    this.timeout(180000);
    let target: Target;
    let lines: Promise<{ ops: Map<string, OpLine>; failure?: string; stderr: string }>;
    const run = Date.now().toString(36);
    const expectations = expectationsFor(CLIENT, spec);

    before(async function () {
      this.timeout(300000);
      target = await spec.start();
      console.log(`      target: ${target.describe}`);
      const data = `admin-data-${run}`;
      await seedTopic(target.bootstrap, data, 6);
      const cmd = javaCommand('brook.compat.AdminDriver', [
        target.bootstrap,
        `admin-${run}`,
        data,
        `admin-group-${run}`,
      ]);
      // AdminDriver prints one line per operation (not the step protocol's single result line): read them all.
      lines = new Promise((resolve) => {
        const child = spawn(cmd.command, cmd.args, { stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => {
          stdout += d;
        });
        child.stderr.on('data', (d: Buffer) => {
          stderr = (stderr + d).slice(-5000);
        });
        const timer = setTimeout(() => child.kill('SIGKILL'), 240000);
        child.on('close', (code) => {
          clearTimeout(timer);
          const ops = new Map<string, OpLine>();
          for (const line of stdout.split('\n')) {
            if (!line.startsWith('{')) continue;
            const parsed = JSON.parse(line) as OpLine;
            ops.set(parsed.op, parsed);
          }
          resolve({ ops, stderr, ...(code !== 0 ? { failure: `AdminDriver exited with ${code}` } : {}) });
        });
      });
    });

    after(async () => {
      await target?.destroy();
    });

    recordCases('Java Admin client', CLIENT, spec);
    for (const op of OPERATIONS) {
      expectCase(expectations, op, `Admin.${op.replace(/-.*/, '')} answers as Kafka documents it`, async () => {
        const { ops, failure, stderr } = await lines;
        const line = ops.get(op);
        if (!line) throw new Error(`no result for ${op} (${failure ?? 'driver ended early'})\n${stderr.slice(-1500)}`);
        if (!line.ok) throw new Error(`${op}: ${line.error?.name}: ${line.error?.message}`);
      });
    }
  });
}

for (const spec of selectedTargets()) {
  const missing = spec.unavailable() ?? javaUnavailable();
  if (missing) {
    describe(`compat-tests: the Java Admin client on ${spec.id}: ${spec.title}`, () => {
      it(`${spec.id} not run: ${missing}`, function () {
        this.skip();
      });
    });
  } else defineAdminSuite(spec);
}
