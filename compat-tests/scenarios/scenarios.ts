/**
 * The scenario set, as data: each scenario is one driver job (a list of steps, see driver-protocol.ts) plus the
 * cases checked on its result. The same set runs for every client, shaped by what the client can do
 * (clients.ts); the orchestration (compat.test.ts) runs each job once and reports each case as a test.
 */
import { join } from 'node:path';
import { isTooLargeError, matchRecords, stepProblems } from '../lib/checks';
import type { ClientSpec } from '../lib/clients';
import type { RecordIn, Step, StepResult } from '../lib/driver-protocol';
import { bigRecord, LARGE_VALUE_BYTES, mainRecords, OVERSIZE_VALUE_BYTES, simpleRecords } from './data';

export interface ScenarioCase {
  id: string;
  title: string;
  check(results: StepResult[]): string[];
  /** The consume steps only this case reads: they wait less when the case is expected to fail (compat.test.ts). */
  consumes?: number[];
}

export interface BuiltScenario {
  steps: Step[];
  cases: ScenarioCase[];
  /** the driver touches `ready`, the orchestration restarts the broker and touches `go` */
  restart?: { ready: string; go: string };
  timeoutMs: number;
}

export interface ScenarioContext {
  client: ClientSpec;
  /** unique per run and client: topic names start with it */
  prefix: string;
  workDir: string;
  now: number;
}

export interface Scenario {
  id: string;
  build(ctx: ScenarioContext): BuiltScenario;
}

const PARTITIONS = 3;
const CONSUME_TIMEOUT = 20000;

/** Collects steps and remembers their index, so checks can name the step they look at. */
class Steps {
  readonly list: Step[] = [];
  add(step: Step): number {
    this.list.push(step);
    return this.list.length - 1;
  }
}

const consumeAll = (topic: string, partitions: number, count: number): Step => ({
  op: 'consume',
  topic,
  partitions,
  from: 'earliest',
  count,
  timeoutMs: CONSUME_TIMEOUT,
});

function consumed(results: StepResult[], i: number, what: string, expectedCount?: number): string[] {
  const problems = stepProblems(results[i], what);
  if (problems.length) return problems;
  const step = results[i]!;
  if (step.timedOut) {
    const n = (step.records ?? []).length;
    problems.push(
      // The wait is the step's (CONSUME_TIMEOUT, or less for a case expected to fail: compat.test.ts).
      `${what} timed out with ${n}${expectedCount !== undefined ? ` of ${expectedCount}` : ''} records`,
    );
  }
  return problems;
}

const createTopic: Scenario = {
  id: 'create-topic',
  build({ client, prefix }) {
    const topic = `${prefix}-create`;
    const s = new Steps();
    const create = s.add({ op: 'create', topic, partitions: PARTITIONS });
    const count = s.add({ op: 'partitions', topic });
    const again = s.add({ op: 'create', topic, partitions: PARTITIONS });
    return {
      steps: s.list,
      timeoutMs: 60000,
      cases: [
        {
          id: 'create-topic',
          title: `create a topic with ${PARTITIONS} partitions, see them in metadata${client.reportsExistingTopic ? ', creating it again fails' : ''}`,
          check: (r) => {
            const problems = [...stepProblems(r[create], 'create'), ...stepProblems(r[count], 'metadata')];
            if (r[count]?.ok && r[count]!.count !== PARTITIONS)
              problems.push(`metadata shows ${r[count]!.count} partitions`);
            if (r[again]?.ok && client.reportsExistingTopic) {
              problems.push('creating the same topic again succeeded (expected TOPIC_ALREADY_EXISTS)');
            }
            return problems;
          },
        },
      ],
    };
  },
};

const roundtrip: Scenario = {
  id: 'roundtrip',
  build({ client, prefix, now }) {
    const s = new Steps();
    const cases: ScenarioCase[] = [];
    for (const codec of client.codecs) {
      const topic = `${prefix}-roundtrip-${codec}`;
      const records = mainRecords(client, `${prefix}-${codec}`, now);
      const create = s.add({ op: 'create', topic, partitions: PARTITIONS });
      const produce = s.add({ op: 'produce', topic, compression: codec, records });
      const consume = s.add(consumeAll(topic, PARTITIONS, records.length));
      cases.push({
        id: `roundtrip/${codec}`,
        consumes: [consume],
        title: `produce ${records.length} keyed/unkeyed records (${client.headers ? 'headers, ' : ''}null values) with ${codec}, consume from earliest: byte-identical, in partition order, keys placed by ${client.partitioner}`,
        check: (r) => {
          const problems = [
            ...stepProblems(r[create], 'create'),
            ...stepProblems(r[produce], `produce (${codec})`),
            ...consumed(r, consume, 'consume from earliest', records.length),
          ];
          if (r[consume]?.ok) {
            problems.push(
              ...matchRecords(records, r[consume]!.records ?? [], {
                partitions: PARTITIONS,
                partitioner: client.partitioner,
                timestamps: client.timestamps,
                contiguousFromZero: true,
                produced: r[produce]?.results,
              }),
            );
          }
          return problems;
        },
      });
    }
    return { steps: s.list, cases, timeoutMs: 60000 + 30000 * client.codecs.length };
  },
};

const consumeLatest: Scenario = {
  id: 'consume-latest',
  build({ client, prefix }) {
    const topic = `${prefix}-latest`;
    const before = simpleRecords(client, `${prefix}-before`, 6);
    const after = simpleRecords(client, `${prefix}-after`, 6);
    const s = new Steps();
    const create = s.add({ op: 'create', topic, partitions: PARTITIONS });
    const produce = s.add({ op: 'produce', topic, compression: 'none', records: before });
    const consume = s.add({
      op: 'consume',
      topic,
      partitions: PARTITIONS,
      from: 'latest',
      count: after.length,
      timeoutMs: CONSUME_TIMEOUT,
      probe: { compression: 'none', records: after },
    });
    return {
      steps: s.list,
      timeoutMs: 60000,
      cases: [
        {
          id: 'consume-latest',
          title: 'consume from latest: only records produced after the consumer was positioned come back',
          check: (r) => {
            const problems = [
              ...stepProblems(r[create], 'create'),
              ...stepProblems(r[produce], 'produce'),
              ...consumed(r, consume, 'consume from latest', after.length),
            ];
            if (r[consume]?.ok)
              problems.push(...matchRecords(after, r[consume]!.records ?? [], { partitions: PARTITIONS }));
            return problems;
          },
        },
      ],
    };
  },
};

const consumeOffset: Scenario = {
  id: 'consume-offset',
  build({ client, prefix }) {
    const topic = `${prefix}-offset`;
    const records = simpleRecords(client, `${prefix}-offset`, 10).map((r, i) => ({ ...r, partition: i % PARTITIONS }));
    const from = [2, 0, 3];
    const s = new Steps();
    const create = s.add({ op: 'create', topic, partitions: PARTITIONS });
    const produce = s.add({ op: 'produce', topic, compression: 'none', records });
    const consume = s.add({
      op: 'consume',
      topic,
      partitions: PARTITIONS,
      from: { offsets: from },
      count: 0,
      timeoutMs: CONSUME_TIMEOUT,
    });
    // Records go to explicit partitions (i % 3), so the expected tail is known: partition p from offset from[p].
    const expected: RecordIn[] = records.filter((r, i) => Math.floor(i / PARTITIONS) >= from[r.partition!]!);
    (s.list[consume] as Extract<Step, { op: 'consume' }>).count = expected.length;
    return {
      steps: s.list,
      timeoutMs: 60000,
      cases: [
        {
          id: 'consume-offset',
          title: `records to explicit partitions, consume from offsets ${from.join('/')}: exactly the tail of each partition`,
          check: (r) => {
            const problems = [
              ...stepProblems(r[create], 'create'),
              ...stepProblems(r[produce], 'produce'),
              ...consumed(r, consume, 'consume from offsets', expected.length),
            ];
            if (r[consume]?.ok) {
              const got = r[consume]!.records ?? [];
              problems.push(...matchRecords(expected, got, { partitions: PARTITIONS }));
              records.forEach((rec, i) => {
                const hit = got.find((g) => g.value === rec.value);
                const want = { partition: rec.partition!, offset: Math.floor(i / PARTITIONS) };
                if (hit && (hit.partition !== want.partition || hit.offset !== want.offset)) {
                  problems.push(
                    `record #${i} at ${hit.partition}/${hit.offset}, expected ${want.partition}/${want.offset}`,
                  );
                }
              });
            }
            return problems;
          },
        },
      ],
    };
  },
};

const consumeTimestamp: Scenario = {
  id: 'consume-timestamp',
  build({ client, prefix }) {
    const topic = `${prefix}-timestamp`;
    const early = simpleRecords(client, `${prefix}-early`, 6);
    const late = simpleRecords(client, `${prefix}-late`, 6);
    const s = new Steps();
    const create = s.add({ op: 'create', topic, partitions: PARTITIONS });
    const first = s.add({ op: 'produce', topic, compression: 'none', records: early });
    s.add({ op: 'sleep', ms: 50 });
    s.add({ op: 'mark' });
    s.add({ op: 'sleep', ms: 50 });
    const second = s.add({ op: 'produce', topic, compression: 'none', records: late });
    const consume = s.add({
      op: 'consume',
      topic,
      partitions: PARTITIONS,
      from: { timestamp: 'mark' },
      count: late.length,
      timeoutMs: CONSUME_TIMEOUT,
    });
    return {
      steps: s.list,
      timeoutMs: 60000,
      cases: [
        {
          id: 'consume-timestamp',
          title: 'consume by timestamp (ListOffsets by time): records from that time on, none before',
          check: (r) => {
            const problems = [
              ...stepProblems(r[create], 'create'),
              ...stepProblems(r[first], 'produce (before the mark)'),
              ...stepProblems(r[second], 'produce (after the mark)'),
              ...consumed(r, consume, 'consume by timestamp', late.length),
            ];
            if (r[consume]?.ok)
              problems.push(...matchRecords(late, r[consume]!.records ?? [], { partitions: PARTITIONS }));
            return problems;
          },
        },
      ],
    };
  },
};

const largeRecords: Scenario = {
  id: 'size-limits',
  build({ client, prefix }) {
    const bigTopic = `${prefix}-large`;
    const overTopic = `${prefix}-oversize`;
    const big = bigRecord(client, `${prefix}-big`, LARGE_VALUE_BYTES);
    const over = bigRecord(client, `${prefix}-over`, OVERSIZE_VALUE_BYTES);
    const after = simpleRecords(client, `${prefix}-after-oversize`, 1);
    const s = new Steps();
    const createBig = s.add({ op: 'create', topic: bigTopic, partitions: 1 });
    const produceBig = s.add({ op: 'produce', topic: bigTopic, compression: 'none', records: [big] });
    const consumeBig = s.add(consumeAll(bigTopic, 1, 1));
    const createOver = s.add({ op: 'create', topic: overTopic, partitions: 1 });
    const produceOver = s.add({ op: 'produce', topic: overTopic, compression: 'none', records: [over] });
    const produceAfter = s.add({ op: 'produce', topic: overTopic, compression: 'none', records: after });
    const consumeAfter = s.add(consumeAll(overTopic, 1, 1));
    return {
      steps: s.list,
      timeoutMs: 120000,
      cases: [
        {
          id: 'large-record',
          consumes: [consumeBig],
          title: `a ${LARGE_VALUE_BYTES}-byte record (1 MiB minus batch overhead, under message.max.bytes) round-trips`,
          check: (r) => {
            const problems = [
              ...stepProblems(r[createBig], 'create'),
              ...stepProblems(r[produceBig], 'produce 1 MiB'),
              ...consumed(r, consumeBig, 'consume', 1),
            ];
            if (r[consumeBig]?.ok)
              problems.push(
                ...matchRecords([big], r[consumeBig]!.records ?? [], { partitions: 1, contiguousFromZero: true }),
              );
            return problems;
          },
        },
        {
          id: 'oversize-record',
          consumes: [consumeAfter],
          title: `a ${OVERSIZE_VALUE_BYTES}-byte record (over message.max.bytes 1048588) fails with a too-large error and is not stored`,
          check: (r) => {
            const problems = [...stepProblems(r[createOver], 'create')];
            const step = r[produceOver];
            if (!step) problems.push('no result for the oversize produce');
            else if (step.ok) problems.push('the oversize record was accepted');
            else if (!isTooLargeError(step.error)) {
              problems.push(
                `the oversize record failed, but not with a too-large error: ${step.error?.name}: ${step.error?.message}`,
              );
            }
            problems.push(...stepProblems(r[produceAfter], 'produce a small record after the rejected one'));
            problems.push(...consumed(r, consumeAfter, 'consume', 1));
            if (r[consumeAfter]?.ok) {
              problems.push(
                ...matchRecords(after, r[consumeAfter]!.records ?? [], { partitions: 1, contiguousFromZero: true }),
              );
            }
            return problems;
          },
        },
      ],
    };
  },
};

const restart: Scenario = {
  id: 'restart',
  build({ client, prefix, workDir }) {
    const topic = `${prefix}-restart`;
    const before = simpleRecords(client, `${prefix}-pre-restart`, 9);
    const after = simpleRecords(client, `${prefix}-post-restart`, 9);
    const ready = join(workDir, `${prefix}-ready`);
    const go = join(workDir, `${prefix}-go`);
    const s = new Steps();
    const create = s.add({ op: 'create', topic, partitions: PARTITIONS });
    const first = s.add({ op: 'produce', topic, compression: 'none', records: before });
    s.add({ op: 'touch', path: ready });
    const wait = s.add({ op: 'waitFor', path: go, timeoutMs: 60000 });
    const second = s.add({ op: 'produce', topic, compression: 'none', records: after });
    const consume = s.add(consumeAll(topic, PARTITIONS, before.length + after.length));
    return {
      steps: s.list,
      restart: { ready, go },
      timeoutMs: 120000,
      cases: [
        {
          id: 'restart',
          title:
            'broker restarts (same port and data dir) mid-session: data still there, the same client reconnects and goes on',
          check: (r) => {
            const problems = [
              ...stepProblems(r[create], 'create'),
              ...stepProblems(r[first], 'produce before the restart'),
              ...stepProblems(r[wait], 'waiting for the restart'),
              ...stepProblems(r[second], 'produce after the restart (same producer)'),
              ...consumed(r, consume, 'consume from earliest after the restart', before.length + after.length),
            ];
            if (r[consume]?.ok) {
              problems.push(
                ...matchRecords([...before, ...after], r[consume]!.records ?? [], {
                  partitions: PARTITIONS,
                  contiguousFromZero: true,
                }),
              );
            }
            return problems;
          },
        },
      ],
    };
  },
};

export const scenarios: Scenario[] = [
  createTopic,
  roundtrip,
  consumeLatest,
  consumeOffset,
  consumeTimestamp,
  largeRecords,
  restart,
];
