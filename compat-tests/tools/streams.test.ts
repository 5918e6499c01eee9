/**
 * A Kafka Streams application (the word count Kafka ships; kafka-streams 4.4, at least once, default settings:
 * ../clients/java/src/brook/compat/StreamsWordCount.java) against each target of ../lib/targets.ts: lines in,
 * per-word counts out, through a repartition topic and a changelog-backed state store that Streams creates
 * itself. Outcomes go to the side-by-side table as client `kafka-streams`; expectations in
 * ../clients/kafka-streams/{tests.allow,FINDINGS.md}. `word-count-eos` runs it with exactly_once_v2 and SIGKILLs
 * the broker (the target's crash(), restart() where it has none) once the first half of the lines is counted: the counts must come out exact,
 * none ever over its final value at read_committed (a line counted twice).
 *
 *   npx mocha compat-tests/tools/streams.test.ts
 */
import { spawn } from 'node:child_process';
import { Kafka, logLevel } from 'kafkajs';
import { javaCommand } from '../lib/java-driver';
import { javaUnavailable } from '../lib/kafka-jars';
import { runDriverProcess } from '../lib/run-driver';
import { selectedTargets, type Target, type TargetSpec } from '../lib/targets';
import { expectCase, expectationsFor, recordCases } from './cases';

const CLIENT = 'kafka-streams';
const LINES = ['the quick brown fox', 'jumps over the lazy dog', 'The dog barks', 'the fox runs'];

function expectedCounts(lines = LINES): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of lines)
    for (const w of line.toLowerCase().split(/\W+/).filter(Boolean)) counts[w] = (counts[w] ?? 0) + 1;
  return counts;
}

/** Creates the input and output topics (2 partitions each) and writes `lines` to the input, one send each. */
async function createAndFill(target: Target, input: string, output: string, lines: string[]): Promise<void> {
  const kafka = new Kafka({
    brokers: target.bootstrap.split(','),
    logLevel: logLevel.NOTHING,
    clientId: 'compat-streams',
  });
  const admin = kafka.admin();
  await admin.connect();
  const existing = await admin.listTopics();
  if (!existing.includes(input)) {
    await admin.createTopics({
      topics: [
        { topic: input, numPartitions: 2 },
        { topic: output, numPartitions: 2 },
      ],
      waitForLeaders: true,
    });
  }
  await admin.disconnect();
  await writeLines(kafka, input, lines);
}

async function writeLines(kafka: Kafka, input: string, lines: string[]): Promise<void> {
  const producer = kafka.producer();
  await producer.connect();
  for (const [i, line] of lines.entries()) {
    // One record per send: a retry of a partly failed multi-partition request would write records twice.
    for (let attempt = 0; ; attempt++) {
      try {
        await producer.send({ topic: input, acks: -1, messages: [{ key: `l${i}`, value: line, partition: i % 2 }] });
        break;
      } catch (error) {
        if (attempt > 20) throw error;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  }
  await producer.disconnect();
}

function defineStreamsSuite(spec: TargetSpec): void {
  describe(`compat-tests: Kafka Streams word count (kafka-streams 4.4) on ${spec.id}: ${spec.title}`, function () {
    this.timeout(300000);
    let target: Target;
    const run = Date.now().toString(36);
    const expectations = expectationsFor(CLIENT, spec);

    before(async function () {
      this.timeout(300000);
      target = await spec.start();
      console.log(`      target: ${target.describe}`);
    });
    after(async () => {
      await target?.destroy();
    });
    recordCases('Kafka Streams', CLIENT, spec);

    /**
     * One StreamsWordCount run over the lines, until every word reached its count (at least once, or exactly once:
     * read_committed, none ever over); `protocol`: the group protocol and the stream threads, when given.
     */
    async function wordCount(
      name: string,
      guarantee: 'at_least_once' | 'exactly_once_v2',
      protocol: string[] = [],
    ): Promise<void> {
      const input = `streams-${name}-in-${run}`;
      const output = `streams-${name}-out-${run}`;
      await createAndFill(target, input, output, LINES);
      const cmd = javaCommand('brook.compat.StreamsWordCount', [
        target.bootstrap,
        `wordcount-${name}-${run}`,
        input,
        output,
        JSON.stringify(expectedCounts()),
        '150000',
        guarantee,
        // At least once, the driver closes Streams (commit and flush) once every line is processed; exactly once
        // commits every 100 ms by default.
        guarantee === 'at_least_once' ? String(LINES.length) : '-1',
        ...protocol,
      ]);
      // StreamsWordCount takes its job as arguments and prints one JSON line; runDriverProcess's stdin job is unused.
      const outcome = await runDriverProcess(cmd, { bootstrap: target.bootstrap, steps: [] }, 200000);
      const result = outcome.result as unknown as
        | { ok: boolean; counts: Record<string, number>; error?: string }
        | undefined;
      if (!result) throw new Error(`${outcome.failure}\n${outcome.stderr.slice(-2500)}`);
      if (!result.ok) {
        throw new Error(
          `${result.error}; counts so far ${JSON.stringify(result.counts)}\n${outcome.stderr.slice(-2000)}`,
        );
      }
    }

    expectCase(
      expectations,
      'word-count',
      'word count at least once: every word reaches its count in the output topic',
      () => wordCount('classic', 'at_least_once'),
    );

    expectCase(
      expectations,
      'word-count-streams-protocol',
      'word count with group.protocol=streams (KIP-1071) and two stream threads: the broker assigns the tasks',
      () => wordCount('kip1071', 'at_least_once', ['streams', '2']),
    );

    expectCase(
      expectations,
      'word-count-streams-protocol-eos',
      'word count exactly_once_v2 with group.protocol=streams: transactional offsets fenced by the member epoch',
      () => wordCount('kip1071-eos', 'exactly_once_v2', ['streams', '2']),
    );

    expectCase(
      expectations,
      'word-count-eos',
      'word count exactly_once_v2 across a broker SIGKILL: exact counts, none ever over (read_committed)',
      async () => {
        const input = `streams-eos-in-${run}`;
        const output = `streams-eos-out-${run}`;
        const half = LINES.length / 2;
        await createAndFill(target, input, output, LINES.slice(0, half));
        const firstHalf = Object.values(expectedCounts(LINES.slice(0, half))).reduce((a, b) => a + b, 0);
        const cmd = javaCommand('brook.compat.StreamsWordCount', [
          target.bootstrap,
          `wordcount-eos-${run}`,
          input,
          output,
          JSON.stringify(expectedCounts()),
          '150000',
          'exactly_once_v2',
        ]);
        const child = spawn(cmd.command, cmd.args, { stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (c: Buffer) => {
          stdout += c.toString('utf8');
        });
        child.stderr.on('data', (c: Buffer) => {
          stderr = (stderr + c.toString('utf8')).slice(-6000);
        });
        const exited = new Promise<void>((r) => child.once('close', () => r()));
        const timer = setTimeout(() => child.kill('SIGKILL'), 200000);
        try {
          // The first half counted (the reader's progress line says so): restart the broker, then write the rest.
          const progress = () => Math.max(0, ...[...stdout.matchAll(/^progress (\d+)$/gm)].map((m) => Number(m[1])));
          let done = false;
          void exited.then(() => {
            done = true;
          });
          while (!done && progress() < firstHalf) await new Promise((r) => setTimeout(r, 100));
          if (!done) {
            // SIGKILL the broker where the target allows it (restart() elsewhere), then write the rest.
            await (target.crash ? target.crash() : target.restart());
            const kafka = new Kafka({ brokers: target.bootstrap.split(','), logLevel: logLevel.NOTHING });
            await writeLines(kafka, input, LINES.slice(half));
          }
          await exited;
        } finally {
          clearTimeout(timer);
        }
        const line = stdout.trim().split('\n').pop() ?? '';
        let result: { ok: boolean; counts: Record<string, number>; error?: string } | undefined;
        try {
          result = JSON.parse(line);
        } catch {
          throw new Error(`StreamsWordCount printed no result line: ${stdout.slice(-500)}\n${stderr.slice(-2500)}`);
        }
        if (!result!.ok) {
          throw new Error(`${result!.error}; counts so far ${JSON.stringify(result!.counts)}\n${stderr.slice(-2000)}`);
        }
      },
    );
  });
}

for (const spec of selectedTargets()) {
  const missing = spec.unavailable() ?? javaUnavailable();
  if (missing) {
    describe(`compat-tests: Kafka Streams word count on ${spec.id}: ${spec.title}`, () => {
      it(`${spec.id} not run: ${missing}`, function () {
        this.skip();
      });
    });
  } else defineStreamsSuite(spec);
}
