/**
 * What the transaction suites share (transactions.test.ts, ctp.test.ts): their FINDINGS.md, the target settings,
 * topic creation that waits for leaders.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { isBrookFinding } from '../lib/expectations';
import type { TargetSpec } from '../lib/targets';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** "- `<client>/<case>`: why" lines of FINDINGS.md ("- `kafka:<client>/<case>`" on the official Kafka only). */
const FINDINGS = new Map(
  [...readFileSync(join(__dirname, 'FINDINGS.md'), 'utf8').matchAll(/^- `([^`]+)`: (.*)$/gm)].map((m) => [
    m[1]!,
    m[2]!,
  ]),
);

export function findingFor(spec: TargetSpec, client: string, caseId: string): string | undefined {
  const key = `${client}/${caseId}`;
  const finding = (spec.kind === 'kafka' ? FINDINGS.get(`kafka:${key}`) : undefined) ?? FINDINGS.get(key);
  // On the official Kafka a "BROOK ..." finding is Brook's failure: the case must pass there.
  return spec.kind === 'kafka' && finding && isBrookFinding(finding) ? undefined : finding;
}

/**
 * The target settings of these suites, the same everywhere: small internal topics, no join delay, sessions as
 * short as 1 s allowed (a SIGKILLed loop's partitions must move to its successor within seconds).
 * COMPAT_TXN_VERSION=0|1 finalizes that `transaction.version` on every target (default: each target's own, 2 on
 * Brook and Kafka 4.4), so the clients that read it (Java, franz-go) run classic transactions instead of KIP-890's.
 */
export const TXN_CONFIG: Record<string, number> = {
  'group.initial.rebalance.delay.ms': 0,
  'group.min.session.timeout.ms': 1000,
  'offsets.topic.num.partitions': 3,
  'transaction.state.log.num.partitions': 3,
  ...(process.env.COMPAT_TXN_VERSION ? { 'transaction.version': Number(process.env.COMPAT_TXN_VERSION) } : {}),
};

/** Creates the topics and waits until each partition has a leader (Kafka answers CreateTopics before that). */
export async function createTopics(bootstrap: string, topics: Record<string, number>): Promise<void> {
  const kafka = new Kafka({ brokers: bootstrap.split(','), logLevel: logLevel.NOTHING, clientId: 'compat-txn-admin' });
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({
      topics: Object.entries(topics).map(([topic, numPartitions]) => ({ topic, numPartitions })),
      waitForLeaders: true,
    });
    const deadline = Date.now() + 30000;
    for (;;) {
      const meta = await admin.fetchTopicMetadata({ topics: Object.keys(topics) }).catch(() => undefined);
      const ready = meta?.topics.every(
        (t) => t.partitions.length === topics[t.name] && t.partitions.every((p) => p.leader >= 0),
      );
      if (ready || Date.now() > deadline) break;
      await sleep(200);
    }
  } finally {
    await admin.disconnect();
  }
}
