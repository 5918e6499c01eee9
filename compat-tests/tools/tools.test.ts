/**
 * Kafka's own CLI tools, what Kafka operators type, run through their main classes (the `kafka-*.sh` scripts are
 * one-line wrappers around them) from the Maven-resolved kafka-tools 4.4 jars, against each target of
 * ../lib/targets.ts: topics, console producer and consumer, consumer groups, configs, get-offsets,
 * delete-records, log-dirs. Each case is one operator task checked on the tool's output; outcomes go to the
 * side-by-side table as client `kafka-tools`. Expectations: ../clients/kafka-tools/{tests.allow,FINDINGS.md}.
 *
 *   npx mocha compat-tests/tools/tools.test.ts
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { javaUnavailable, kafkaClasspath, QUIET_LOG, SMALL_JVM } from '../lib/kafka-jars';
import { selectedTargets, type Target, type TargetSpec } from '../lib/targets';
import { expectCase, expectationsFor, recordCases, seedTopic } from './cases';

const CLIENT = 'kafka-tools';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface ToolRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one tool's main class to completion (stdin from `input`); never rejects, the case checks the output. */
function tool(mainClass: string, args: string[], input?: string, timeoutMs = 120000): Promise<ToolRun> {
  return new Promise((resolve) => {
    const child = execFile(
      'java',
      [...SMALL_JVM, ...QUIET_LOG, '-cp', kafkaClasspath(), mainClass, ...args],
      { timeout: timeoutMs, maxBuffer: 16 << 20 },
      (error, stdout, stderr) => {
        resolve({ code: error ? ((error as { code?: number }).code ?? -1) : 0, stdout, stderr });
      },
    );
    child.stdin?.end(input ?? '');
  });
}

function expectOk(run: ToolRun, what: string): string {
  if (run.code !== 0) {
    throw new Error(
      `${what} exited with ${run.code}\n--- stdout\n${run.stdout.slice(-1500)}\n--- stderr\n${run.stderr.slice(-2500)}`,
    );
  }
  return run.stdout;
}

function expectIncludes(text: string, wanted: string | RegExp, what: string): void {
  const ok = typeof wanted === 'string' ? text.includes(wanted) : wanted.test(text);
  if (!ok) throw new Error(`${what}: ${String(wanted)} not in the output:\n${text.slice(-2000)}`);
}

const T = {
  topics: 'org.apache.kafka.tools.TopicCommand',
  producer: 'org.apache.kafka.tools.ConsoleProducer',
  consumer: 'org.apache.kafka.tools.consumer.ConsoleConsumer',
  groups: 'org.apache.kafka.tools.consumer.group.ConsumerGroupCommand',
  configs: 'org.apache.kafka.tools.ConfigCommand',
  offsets: 'org.apache.kafka.tools.GetOffsetShell',
  deleteRecords: 'org.apache.kafka.tools.DeleteRecordsCommand',
  logDirs: 'org.apache.kafka.tools.LogDirsCommand',
};

function defineToolsSuite(spec: TargetSpec): void {
  describe(`compat-tests: Kafka's CLI tools (kafka-tools 4.4) on ${spec.id}: ${spec.title}`, function () {
    this.timeout(180000);
    let target: Target;
    let b: string;
    let dir: string;
    const run = Date.now().toString(36);
    const topic = `tools-${run}`;
    const data = `tools-data-${run}`;
    const group = `tools-group-${run}`;
    const expectations = expectationsFor(CLIENT, spec);

    before(async function () {
      this.timeout(300000);
      target = await spec.start();
      b = target.bootstrap;
      dir = mkdtempSync(join(tmpdir(), 'compat-tools-'));
      console.log(`      target: ${target.describe}`);
      // Records for the reading tools, written by kafkajs (the console producer has a case of its own).
      await seedTopic(b, data, 10);
    });

    after(async () => {
      await target?.destroy();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    recordCases("Kafka's CLI tools", CLIENT, spec);
    const task = (id: string, title: string, body: () => Promise<void>) => expectCase(expectations, id, title, body);

    task('topics-create', 'kafka-topics --create --partitions 3, then --list and --describe show it', async () => {
      const created = expectOk(
        await tool(T.topics, [
          '--bootstrap-server',
          b,
          '--create',
          '--topic',
          topic,
          '--partitions',
          '3',
          '--replication-factor',
          '1',
        ]),
        'kafka-topics --create',
      );
      expectIncludes(created, `Created topic ${topic}.`, 'kafka-topics --create');
      expectIncludes(expectOk(await tool(T.topics, ['--bootstrap-server', b, '--list']), '--list'), topic, '--list');
      const described = expectOk(
        await tool(T.topics, ['--bootstrap-server', b, '--describe', '--topic', topic]),
        '--describe',
      );
      expectIncludes(described, /PartitionCount:\s*3/, '--describe');
      for (const p of [0, 1, 2]) expectIncludes(described, new RegExp(`Partition: ${p}\\s+Leader: \\d+`), '--describe');
    });

    task('topics-alter', 'kafka-topics --alter --partitions 5 (CreatePartitions), --describe shows 5', async () => {
      expectOk(
        await tool(T.topics, ['--bootstrap-server', b, '--alter', '--topic', topic, '--partitions', '5']),
        '--alter',
      );
      const described = expectOk(
        await tool(T.topics, ['--bootstrap-server', b, '--describe', '--topic', topic]),
        '--describe',
      );
      expectIncludes(described, /PartitionCount:\s*5/, '--describe after --alter');
    });

    task('console-producer', 'kafka-console-producer (its default producer) writes key:value lines', async () => {
      const lines = Array.from({ length: 6 }, (_, i) => `ck${i}:cv${i}`).join('\n');
      expectOk(
        await tool(
          T.producer,
          [
            '--bootstrap-server',
            b,
            '--topic',
            topic,
            '--reader-property',
            'parse.key=true',
            '--reader-property',
            'key.separator=:',
          ],
          `${lines}\n`,
        ),
        'kafka-console-producer',
      );
      const offsets = expectOk(await tool(T.offsets, ['--bootstrap-server', b, '--topic', topic]), 'kafka-get-offsets');
      const total = offsets
        .trim()
        .split('\n')
        .reduce((sum, line) => sum + Number(line.split(':').pop()), 0);
      if (total !== 6) throw new Error(`the console producer's 6 lines: ${total} records in ${topic}:\n${offsets}`);
    });

    task(
      'console-consumer',
      'kafka-console-consumer --from-beginning --group reads all 10 records with keys',
      async () => {
        const out = expectOk(
          await tool(T.consumer, [
            '--bootstrap-server',
            b,
            '--topic',
            data,
            '--from-beginning',
            '--group',
            group,
            '--max-messages',
            '10',
            '--timeout-ms',
            '60000',
            '--formatter-property',
            'print.key=true',
            '--formatter-property',
            'key.separator=:',
          ]),
          'kafka-console-consumer',
        );
        const got = out.trim().split('\n').filter(Boolean).sort();
        const want = Array.from({ length: 10 }, (_, i) => `k${i}:v${i}`).sort();
        if (got.join(',') !== want.join(',')) throw new Error(`consumed ${got.join(',')}, expected ${want.join(',')}`);
      },
    );

    task(
      'consumer-groups',
      'kafka-consumer-groups --list, --describe (lag 0), --reset-offsets --to-earliest',
      async () => {
        expectIncludes(expectOk(await tool(T.groups, ['--bootstrap-server', b, '--list']), '--list'), group, '--list');
        const described = expectOk(
          await tool(T.groups, ['--bootstrap-server', b, '--describe', '--group', group]),
          '--describe',
        );
        for (const [p, end] of [
          [0, 4],
          [1, 3],
          [2, 3],
        ]) {
          expectIncludes(
            described,
            new RegExp(`${group}\\s+${data}\\s+${p}\\s+${end}\\s+${end}\\s+0\\b`),
            '--describe (current, end, lag)',
          );
        }
        expectOk(
          await tool(T.groups, [
            '--bootstrap-server',
            b,
            '--reset-offsets',
            '--group',
            group,
            '--topic',
            data,
            '--to-earliest',
            '--execute',
          ]),
          '--reset-offsets',
        );
        const after = expectOk(
          await tool(T.groups, ['--bootstrap-server', b, '--describe', '--group', group]),
          '--describe',
        );
        expectIncludes(after, new RegExp(`${group}\\s+${data}\\s+0\\s+0\\s+4\\s+4\\b`), '--describe after the reset');
      },
    );

    task(
      'configs',
      'kafka-configs --alter --add-config retention.ms on a topic, --describe shows it; broker --describe --all',
      async () => {
        expectOk(
          await tool(T.configs, [
            '--bootstrap-server',
            b,
            '--alter',
            '--entity-type',
            'topics',
            '--entity-name',
            data,
            '--add-config',
            'retention.ms=3600000',
          ]),
          'kafka-configs --alter',
        );
        const described = expectOk(
          await tool(T.configs, [
            '--bootstrap-server',
            b,
            '--describe',
            '--entity-type',
            'topics',
            '--entity-name',
            data,
          ]),
          'kafka-configs --describe',
        );
        expectIncludes(described, 'retention.ms=3600000', 'kafka-configs --describe');
        const broker = expectOk(
          await tool(T.configs, [
            '--bootstrap-server',
            b,
            '--describe',
            '--entity-type',
            'brokers',
            '--entity-name',
            '1',
            '--all',
          ]),
          'kafka-configs --describe brokers --all',
        );
        expectIncludes(broker, /message\.max\.bytes=1048588/, 'broker configs');
      },
    );

    task('get-offsets', 'kafka-get-offsets: latest and earliest offsets per partition', async () => {
      const latest = expectOk(await tool(T.offsets, ['--bootstrap-server', b, '--topic', data]), 'kafka-get-offsets');
      for (const line of [`${data}:0:4`, `${data}:1:3`, `${data}:2:3`]) expectIncludes(latest, line, 'latest offsets');
      const earliest = expectOk(
        await tool(T.offsets, ['--bootstrap-server', b, '--topic', data, '--time', '-2']),
        '--time -2',
      );
      for (const p of [0, 1, 2]) expectIncludes(earliest, `${data}:${p}:0`, 'earliest offsets');
    });

    task(
      'delete-records',
      'kafka-delete-records up to offset 2 of partition 0, get-offsets --time -2 shows 2',
      async () => {
        const file = join(dir, 'delete.json');
        writeFileSync(file, JSON.stringify({ version: 1, partitions: [{ topic: data, partition: 0, offset: 2 }] }));
        const out = expectOk(
          await tool(T.deleteRecords, ['--bootstrap-server', b, '--offset-json-file', file]),
          'kafka-delete-records',
        );
        expectIncludes(out, /low_watermark: 2/, 'kafka-delete-records');
        const earliest = expectOk(
          await tool(T.offsets, ['--bootstrap-server', b, '--topic', data, '--time', '-2']),
          '--time -2',
        );
        expectIncludes(earliest, `${data}:0:2`, 'earliest offset after delete-records');
      },
    );

    task('log-dirs', 'kafka-log-dirs --describe lists the partitions of a topic with their sizes', async () => {
      const out = expectOk(
        await tool(T.logDirs, ['--bootstrap-server', b, '--describe', '--topic-list', data]),
        'kafka-log-dirs',
      );
      const json = out.split('\n').find((l) => l.startsWith('{'));
      if (!json) throw new Error(`no JSON line in kafka-log-dirs output:\n${out}`);
      const parsed = JSON.parse(json) as {
        brokers: { logDirs: { partitions: { partition: string; size: number }[] }[] }[];
      };
      const partitions = parsed.brokers
        .flatMap((x) => x.logDirs.flatMap((d) => d.partitions.map((p) => p.partition)))
        .sort();
      if (partitions.join(',') !== [0, 1, 2].map((p) => `${data}-${p}`).join(',')) {
        throw new Error(`kafka-log-dirs listed ${partitions.join(',')}`);
      }
    });

    task('topics-delete', 'kafka-topics --delete, then --list no longer shows it', async () => {
      expectOk(await tool(T.topics, ['--bootstrap-server', b, '--delete', '--topic', topic]), '--delete');
      for (let i = 0; ; i++) {
        const list = expectOk(await tool(T.topics, ['--bootstrap-server', b, '--list']), '--list');
        if (!list.split('\n').includes(topic)) return;
        if (i >= 10) throw new Error(`${topic} still listed after --delete:\n${list}`);
        await sleep(500);
      }
    });
  });
}

for (const spec of selectedTargets()) {
  const missing = spec.unavailable() ?? javaUnavailable();
  if (missing) {
    describe(`compat-tests: Kafka's CLI tools on ${spec.id}: ${spec.title}`, () => {
      it(`${spec.id} not run: ${missing}`, function () {
        this.skip();
      });
    });
  } else defineToolsSuite(spec);
}
