/**
 * A Kafka Streams application (the word count Kafka ships; kafka-streams 4.4, at least once, default settings:
 * ../clients/java/src/brook/compat/StreamsWordCount.java) against each target of ../lib/targets.ts: lines in,
 * per-word counts out, through a repartition topic and a changelog-backed state store that Streams creates
 * itself. Outcomes go to the side-by-side table as client `kafka-streams`; expectations in
 * ../clients/kafka-streams/{tests.allow,FINDINGS.md}. (`exactly_once_v2` joins once transactions exist.)
 *
 *   npx mocha compat-tests/tools/streams.test.ts
 */
import { Kafka, logLevel } from 'kafkajs';
import { javaCommand } from '../lib/java-driver';
import { javaUnavailable } from '../lib/kafka-jars';
import { runDriverProcess } from '../lib/run-driver';
import { selectedTargets, type Target, type TargetSpec } from '../lib/targets';
import { expectCase, expectationsFor, recordCases } from './cases';

const CLIENT = 'kafka-streams';
const LINES = ['the quick brown fox', 'jumps over the lazy dog', 'The dog barks', 'the fox runs'];

function expectedCounts(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of LINES)
    for (const w of line.toLowerCase().split(/\W+/).filter(Boolean)) counts[w] = (counts[w] ?? 0) + 1;
  return counts;
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

    expectCase(
      expectations,
      'word-count',
      'word count at least once: every word reaches its count in the output topic',
      async () => {
        const input = `streams-in-${run}`;
        const output = `streams-out-${run}`;
        const kafka = new Kafka({
          brokers: target.bootstrap.split(','),
          logLevel: logLevel.NOTHING,
          clientId: 'compat-streams',
        });
        const admin = kafka.admin();
        await admin.connect();
        await admin.createTopics({
          topics: [
            { topic: input, numPartitions: 2 },
            { topic: output, numPartitions: 2 },
          ],
          waitForLeaders: true,
        });
        await admin.disconnect();
        const producer = kafka.producer();
        await producer.connect();
        for (const [i, line] of LINES.entries()) {
          // One record per send: a retry of a partly failed multi-partition request would write records twice.
          for (let attempt = 0; ; attempt++) {
            try {
              await producer.send({
                topic: input,
                acks: -1,
                messages: [{ key: `l${i}`, value: line, partition: i % 2 }],
              });
              break;
            } catch (error) {
              if (attempt > 20) throw error;
              await new Promise((r) => setTimeout(r, 500));
            }
          }
        }
        await producer.disconnect();
        const want = expectedCounts();
        const cmd = javaCommand('brook.compat.StreamsWordCount', [
          target.bootstrap,
          `wordcount-${run}`,
          input,
          output,
          JSON.stringify(want),
          '150000',
        ]);
        // StreamsWordCount takes its job as arguments and prints one JSON line; runDriverProcess's stdin job is unused.
        const outcome = await runDriverProcess(cmd, { bootstrap: target.bootstrap, steps: [] }, 200000);
        const result = outcome.result as unknown as
          | { ok: boolean; counts: Record<string, number>; error?: string }
          | undefined;
        if (!result) throw new Error(`${outcome.failure}\n${outcome.stderr.slice(-2500)}`);
        if (!result.ok)
          throw new Error(
            `${result.error}; counts so far ${JSON.stringify(result.counts)}\n${outcome.stderr.slice(-2000)}`,
          );
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
