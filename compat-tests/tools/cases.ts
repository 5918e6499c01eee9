/**
 * What the tools and admin suites share: a case that must pass when listed in tests.allow and shows as pending
 * "KNOWN FAILURE" when FINDINGS.md explains its failure (the same rules as ../compat.test.ts), the side-by-side
 * record of each case, and a topic seeded with records by kafkajs.
 */
import { Kafka, logLevel } from 'kafkajs';
import { type Expectations, findingFor, loadExpectations, oracleExpectations } from '../lib/expectations';
import { outcomeOf, recordOutcome } from '../lib/side-by-side';
import type { TargetSpec } from '../lib/targets';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Registers the afterEach that records every case of the current suite as (suite, case id, client, target). */
export function recordCases(suite: string, client: string, spec: TargetSpec): void {
  afterEach(function () {
    const test = this.currentTest!;
    const { outcome, note } = outcomeOf(test);
    recordOutcome(suite, test.title.split(':')[0]!, client, spec.id, outcome, note);
  });
}

export function expectationsFor(client: string, spec: TargetSpec): Expectations {
  return spec.kind === 'kafka' ? oracleExpectations(client) : loadExpectations(client);
}

/** One case: `body` throws on failure. */
export function expectCase(expectations: Expectations, id: string, title: string, body: () => Promise<void>): void {
  it(`${id}: ${title}`, async function () {
    try {
      await body();
    } catch (error) {
      const finding = expectations.allowed.has(id) ? undefined : findingFor(expectations, id);
      if (finding === undefined) throw error;
      this.test!.title +=
        ` [KNOWN FAILURE, FINDINGS.md: ${finding.length > 160 ? `${finding.slice(0, 157)}...` : finding}]`;
      console.log(
        `        known failure detail: ${String((error as Error).message)
          .split('\n')[0]!
          .slice(0, 300)}`,
      );
      this.skip();
    }
    if (!expectations.allowed.has(id)) this.test!.title += ' [passes: add it to tests.allow]';
  });
}

/** Creates `topic` (3 partitions) and writes `count` records, record i (key k<i>, value v<i>) to partition i % 3. */
export async function seedTopic(bootstrap: string, topic: string, count: number): Promise<void> {
  const kafka = new Kafka({ brokers: bootstrap.split(','), logLevel: logLevel.NOTHING, clientId: 'compat-seed' });
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
  const producer = kafka.producer();
  await producer.connect();
  // One send per partition: kafkajs retries a whole request when one partition of it failed (as Kafka answers
  // right after CreateTopics), which would write the other partitions' records twice.
  for (const partition of [0, 1, 2]) {
    const messages = Array.from({ length: count }, (_, i) => ({ key: `k${i}`, value: `v${i}`, partition: i % 3 }));
    for (let attempt = 0; ; attempt++) {
      try {
        await producer.send({ topic, acks: -1, messages: messages.filter((m) => m.partition === partition) });
        break;
      } catch (error) {
        if (attempt > 20) throw error;
        await sleep(500); // Kafka leads a new topic's partitions a moment after CreateTopics answers
      }
    }
  }
  await producer.disconnect();
  await admin.disconnect();
}
