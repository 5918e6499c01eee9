/**
 * Consumer-group scenarios run by every client installable here (members.ts), against each target of
 * ../lib/targets.ts (by default Brook through its CLI, `npm run build` first, and the official Kafka 4.4 as a
 * process), each member its own process; every outcome goes to the side-by-side table (../lib/side-by-side.ts):
 *
 *   1 to 5 members of one group join and leave (gracefully, and one crashes with SIGKILL) over a topic with
 *   12 partitions while a producer writes; a member of a second group reads the same topic.
 *   Checks: every record processed at least once by each group; no partition claimed by one member while
 *   another still held it (assign/revoke events replayed in time order); the crashed member's partitions
 *   move only after its session timeout; committed offsets survive a broker restart (and equal the log end);
 *   a new member after the restart resumes from them (reads only new records).
 *
 *   COMPAT_GROUP_CLIENTS=kafkajs,kcat npm run compat -- compat-tests/groups   some clients
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { repoRoot } from '../lib/broker';
import { isBrookFinding } from '../lib/expectations';
import { outcomeOf, recordOutcome } from '../lib/side-by-side';
import { clientsForTarget, selectedTargets, type Target, type TargetSpec } from '../lib/targets';
import {
  type GroupClient,
  groupClients,
  type MemberEvent,
  MemberProcess,
  ownershipViolations,
  partialRevocations,
} from './members';

const SESSION_TIMEOUT_MS = 3000;
const KIP848_SESSION_TIMEOUT_MS = 4000;
const PARTITIONS = 12;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const only = process.env.COMPAT_GROUP_CLIENTS?.split(',').filter(Boolean);
const selected = only ? groupClients.filter((c) => only.includes(c.id)) : groupClients;

/** `- \`client\`: why` lines of FINDINGS.md: failures explained there show as pending, not as passes. */
const KNOWN_FAILURES = new Map(
  [...readFileSync(join(__dirname, 'FINDINGS.md'), 'utf8').matchAll(/^- `([^`]+)`: (.*)$/gm)].map((m) => [
    m[1]!,
    m[2]!,
  ]),
);

/**
 * The group timings these scenarios use, the same on every target. Kafka also needs its KIP-848 minimums lowered
 * (group.consumer.min.*, default 45 s and 5 s) to accept them; Brook ignores those two keys with a warning.
 */
const GROUP_CONFIG = {
  'group.initial.rebalance.delay.ms': 0,
  'group.min.session.timeout.ms': 1000,
  'group.consumer.session.timeout.ms': KIP848_SESSION_TIMEOUT_MS,
  'group.consumer.min.session.timeout.ms': 1000,
  'group.consumer.heartbeat.interval.ms': 500,
  'group.consumer.min.heartbeat.interval.ms': 500,
  'offsets.topic.num.partitions': 5,
};

/**
 * Retries an admin call while it fails with a retriable error, for up to 60 s. Kafka answers CreateTopics before
 * its broker leads the new partitions, and after a restart leads them again only once it has caught up with its
 * metadata log: meanwhile Metadata/ListOffsets answer UNKNOWN_TOPIC_OR_PARTITION or NOT_LEADER_OR_FOLLOWER, which a
 * client retries (kafkajs' admin does not retry every one of them itself).
 */
async function untilAnswered<T>(what: string, call: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 60000;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      const retriable = (error as { retriable?: boolean }).retriable;
      if (!retriable || Date.now() > deadline) throw new Error(`${what}: ${String(error)}`);
      await sleep(200);
    }
  }
}

/** Waits until every partition of `topic` has a leader in Metadata. */
async function leadersReady(admin: ReturnType<Kafka['admin']>, topic: string): Promise<void> {
  await untilAnswered(`leaders of ${topic}`, async () => {
    const meta = await admin.fetchTopicMetadata({ topics: [topic] });
    const partitions = meta.topics[0]?.partitions ?? [];
    if (partitions.length !== PARTITIONS || partitions.some((p) => p.leader < 0)) {
      throw Object.assign(new Error(`${topic}: ${partitions.length} partitions, not all led yet`), { retriable: true });
    }
  });
}

interface Scenario {
  events: MemberEvent[];
  members: MemberProcess[];
}

/** GROUP_DEBUG: group 1's events (records left out) in time order, to read a failure by. */
function printTimeline(events: MemberEvent[]): void {
  const t0 = Math.min(...events.map((e) => e.t));
  console.log(
    events
      .filter((e) => e.ev !== 'recs' && !e.member.startsWith('other'))
      .sort((a, b) => a.t - b.t)
      .map((e) => `+${(e.t - t0).toFixed(0)} ${e.member} ${e.ev} ${e.p ?? ''} ${e.line ?? ''}`)
      .join('\n'),
  );
}

/**
 * Waits (20 s at most, then fails) until every group's committed offsets are the log end offsets: the members'
 * autocommits caught up with what they processed.
 */
async function committedToLogEnd(
  admin: ReturnType<Kafka['admin']>,
  topic: string,
  groups: string[],
  events: MemberEvent[],
): Promise<void> {
  const deadline = Date.now() + 20000;
  for (;;) {
    const ends = new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, p.offset]));
    const behind: string[] = [];
    for (const groupId of groups) {
      const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
      for (const p of committed?.partitions ?? []) {
        if (p.offset !== ends.get(p.partition))
          behind.push(`${groupId}/${p.partition}: ${p.offset} of ${ends.get(p.partition)}`);
      }
    }
    if (behind.length === 0) return;
    if (Date.now() > deadline) {
      if (process.env.GROUP_DEBUG) printTimeline(events);
      throw new Error(`the members' commits did not reach the log end before they were stopped: ${behind.join(', ')}`);
    }
    await sleep(200);
  }
}

function live(members: MemberProcess[]): MemberProcess[] {
  return members.filter((m) => m.alive);
}

/** Waits until the live members hold all partitions between them, each at least one, none twice. */
async function settled(members: MemberProcess[], what: string, timeoutMs = 40000): Promise<number> {
  const start = Date.now();
  for (;;) {
    const holders = new Map<number, number>();
    for (const m of members) for (const p of m.owned) holders.set(p, (holders.get(p) ?? 0) + 1);
    const ok =
      holders.size === PARTITIONS &&
      [...holders.values()].every((n) => n === 1) &&
      members.every((m) => m.owned.size > 0);
    if (ok) return Date.now() - start;
    const dead = members.find((m) => !m.alive);
    if (dead) throw new Error(`${dead.name} exited while waiting for ${what}:\n${dead.tail()}`);
    if (Date.now() - start > timeoutMs) {
      throw new Error(
        `${what}: not settled after ${timeoutMs} ms: ${members.map((m) => `${m.name}=[${[...m.owned].sort((a, b) => a - b)}]`).join(' ')}\n${members.map((m) => `--- ${m.name}\n${m.tail()}`).join('\n')}`,
      );
    }
    await sleep(25);
  }
}

async function until(
  what: string,
  predicate: () => boolean,
  timeoutMs: number,
  members: MemberProcess[],
  detail: () => string = () => '',
): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeoutMs) {
      throw new Error(
        `timed out waiting for ${what} ${detail()}\n${members.map((m) => `--- ${m.name}\n${m.tail()}`).join('\n')}`,
      );
    }
    await sleep(50);
  }
}

function defineGroupSuite(spec: TargetSpec): void {
  describe(`compat-tests: consumer groups on ${spec.id}: ${spec.title}`, function () {
    this.timeout(180000);
    let brook: Target;
    let kafka: Kafka;
    let producer: Producer;
    const figures: string[] = [];

    before(async function () {
      this.timeout(300000);
      if (spec.kind === 'brook' && !existsSync(join(repoRoot, 'dist', 'src', 'groups', 'index.js'))) {
        throw new Error('dist/ is missing or predates the group coordinator: run `npm run build` first');
      }
      brook = await spec.start(GROUP_CONFIG);
      console.log(`      target: ${brook.describe}`);
      kafka = new Kafka({ brokers: brook.bootstrap.split(','), logLevel: logLevel.NOTHING, clientId: 'compat-groups' });
      producer = kafka.producer();
      await producer.connect();
    });

    after(async () => {
      await producer?.disconnect().catch(() => {});
      await brook?.destroy();
      if (figures.length > 0)
        console.log(`\n      group figures (${spec.id}):\n${figures.map((f) => `        ${f}`).join('\n')}`);
    });

    afterEach(function () {
      const test = this.currentTest!;
      const { outcome, note } = outcomeOf(test);
      recordOutcome('consumer groups', 'groups', test.title.split(':')[0]!, spec.id, outcome, note);
    });

    for (const client of clientsForTarget(spec, selected)) {
      it(`${client.id}: 1-5 members join/leave/crash under production, two groups, commits survive a restart`, async function () {
        const why = client.unavailable();
        if (why) {
          this.test!.title += ` [NOT RUN: ${why}]`;
          this.skip();
        }
        // On the official Kafka, a "BROOK ..." finding is Brook's failure: the case must pass there.
        // "- `kafka:<client>`" lines explain failures on the official Kafka only.
        const finding =
          (spec.kind === 'kafka' ? KNOWN_FAILURES.get(`kafka:${client.id}`) : undefined) ??
          KNOWN_FAILURES.get(client.id);
        const known = spec.kind === 'kafka' && finding && isBrookFinding(finding) ? undefined : finding;
        try {
          await runScenario(client);
        } catch (error) {
          if (!known) throw error;
          this.test!.title +=
            ` [KNOWN FAILURE, FINDINGS.md: ${known}] (${String((error as Error).message).split('\n')[0]})`;
          this.skip();
        }
        if (known) this.test!.title += ' [passes this time: known-flaky, see FINDINGS.md]';
      });
    }

    async function runScenario(client: GroupClient): Promise<void> {
      const t0 = Date.now();
      const topic = `grp-${client.id}`;
      const group = `g-${client.id}`;
      const otherGroup = `g2-${client.id}`;
      const admin = kafka.admin();
      await admin.connect();
      await admin.createTopics({ topics: [{ topic, numPartitions: PARTITIONS }], waitForLeaders: false });
      await leadersReady(admin, topic);
      const scenario: Scenario = { events: [], members: [] };
      const produced: string[] = [];
      let producing = true;
      const writer = (async () => {
        let n = 0;
        while (producing) {
          const batch = Array.from({ length: 24 }, () => `${topic}-${n++}`);
          await producer.send({ topic, messages: batch.map((value) => ({ key: value, value })) });
          produced.push(...batch);
          await sleep(100);
        }
      })();
      const sessionTimeoutMs = SESSION_TIMEOUT_MS;
      const start = (name: string, groupId = group) => {
        const m = new MemberProcess(
          name,
          client.command({ bootstrap: brook.bootstrap, group: groupId, topic, sessionTimeoutMs }),
          scenario.events,
          client.crashViaStdin,
        );
        scenario.members.push(m);
        return m;
      };
      const groupMembers = () => live(scenario.members.filter((m) => !m.name.startsWith('other')));
      let incrementalFigure = '';
      try {
        const c1 = start('c1');
        await settled([c1], 'c1 alone');
        const c2 = start('c2');
        await settled([c1, c2], 'two members');
        const other = start('other-1', otherGroup);
        const c3 = start('c3');
        await settled([c1, c2, c3], 'three members');
        const c4 = start('c4');
        const c5 = start('c5');
        const fiveMs = await settled([c1, c2, c3, c4, c5], 'five members');
        await settled([other], 'the second group');
        await c5.stop();
        await settled(groupMembers(), 'c5 left');
        await c4.stop();
        await settled(groupMembers(), 'c4 left');
        // c3 crashes: its partitions stay with it until its session times out.
        const crashedAt = await c3.crash();
        await settled([c1, c2], 'c3 crashed', 60000);
        const lastAssign = scenario.events.filter((e) => e.ev === 'assign' && e.t > crashedAt).map((e) => e.t);
        const movedAfter = Math.max(...lastAssign) - crashedAt;
        const timeout = client.kip848 ? KIP848_SESSION_TIMEOUT_MS : sessionTimeoutMs;
        assert.ok(
          movedAfter >= timeout * 0.6,
          `c3's partitions moved ${Math.round(movedAfter)} ms after the crash (session ${timeout} ms)`,
        );
        producing = false;
        await writer;
        const union = () => {
          const s = new Set<string>();
          for (const m of scenario.members.filter((x) => !x.name.startsWith('other'))) for (const v of m.seen) s.add(v);
          return s;
        };
        await until(
          'group 1 to process every record',
          () => produced.every((v) => union().has(v)),
          20000,
          scenario.members,
          () => {
            const missing = produced.filter((v) => !union().has(v));
            if (process.env.GROUP_DEBUG) {
              printTimeline(scenario.events);
              console.log('MISSING', missing.join(' '));
            }
            return `(${missing.length} of ${produced.length} never processed, e.g. ${missing.slice(0, 6).join(' ')})`;
          },
        );
        await until(
          'group 2 to process every record',
          () => produced.every((v) => other.seen.has(v)),
          20000,
          scenario.members,
          () => `(${produced.filter((v) => !other.seen.has(v)).length} of ${produced.length} never processed)`,
        );
        if (client.awaitCommitsBeforeStop) await committedToLogEnd(admin, topic, [group, otherGroup], scenario.events);
        await c1.stop();
        await c2.stop();
        await other.stop();
        // Ownership is per group: replay each group's members on their own.
        const violations = ownershipViolations(scenario.events.filter((e) => !e.member.startsWith('other')));
        if (violations.length > 0 && process.env.GROUP_DEBUG) {
          printTimeline(scenario.events);
        }
        assert.deepEqual(violations, []);
        if (client.incremental) {
          const partial = partialRevocations(scenario.events.filter((e) => !e.member.startsWith('other')));
          assert.ok(partial > 0, 'incremental rebalancing: some member kept partitions while giving up others');
          incrementalFigure = `, ${partial} partial revocations (members kept partitions across rebalances)`;
        }
        assert.deepEqual(ownershipViolations(scenario.events.filter((e) => e.member.startsWith('other'))), []);

        // Commits survive a broker restart: what each group committed before it is what OffsetFetch answers after
        // it (the broker's part), and that is the log end (the clients committed everything they processed).
        const committedOffsets = async (g: string, when: string) =>
          new Map(
            (
              await untilAnswered(`OffsetFetch ${when} the restart`, () =>
                admin.fetchOffsets({ groupId: g, topics: [topic] }),
              )
            )[0]!.partitions.map((p) => [p.partition, p.offset]),
          );
        const before = new Map<string, Map<number, string>>();
        for (const g of [group, otherGroup]) before.set(g, await committedOffsets(g, 'before'));
        await brook.restart();
        await leadersReady(admin, topic);
        const ends = await untilAnswered('ListOffsets after the restart', () => admin.fetchTopicOffsets(topic));
        const end = new Map(ends.map((p) => [p.partition, p.offset]));
        const shortOf = [...before.get(group)!].filter(([p, offset]) => offset !== end.get(p));
        if (shortOf.length > 0 && process.env.GROUP_DEBUG) printTimeline(scenario.events);
        for (const g of [group, otherGroup]) {
          const after = await committedOffsets(g, 'after');
          assert.deepEqual([...after], [...before.get(g)!], `${g}: the committed offsets changed across the restart`);
          for (const [partition, offset] of after) {
            assert.equal(
              offset,
              end.get(partition),
              `${g} partition ${partition}: committed ${offset}, log end ${end.get(partition)} (the same before the restart)`,
            );
          }
        }
        // A new member resumes from the committed offsets: it reads only what is produced now.
        const c6 = start('c6');
        await settled([c6], 'c6 after the restart');
        const fresh = Array.from({ length: 24 }, (_, i) => `${topic}-after-${i}`);
        await producer.send({ topic, messages: fresh.map((value) => ({ key: value, value })) });
        await until('c6 to read the new records', () => fresh.every((v) => c6.seen.has(v)), 30000, [c6]);
        await sleep(300);
        const reread = [...c6.seen].filter((v) => !fresh.includes(v));
        assert.deepEqual(reread, [], 'nothing committed before the restart is read again');
        await c6.stop();
        figures.push(
          `${client.id}: ${produced.length} records, 5 members settled ${fiveMs} ms after the 4th/5th joined, crashed member's partitions moved after ${Math.round(movedAfter)} ms, scenario ${((Date.now() - t0) / 1000).toFixed(1)} s${incrementalFigure}`,
        );
      } finally {
        producing = false;
        await writer.catch(() => {});
        for (const m of scenario.members) if (m.alive) await m.crash();
        await admin.disconnect();
      }
    }
  });
}

for (const spec of selectedTargets()) {
  const missing = spec.unavailable();
  if (missing) {
    describe(`compat-tests: consumer groups on ${spec.id}: ${spec.title}`, () => {
      it(`${spec.id} not run: ${missing}`, function () {
        this.skip();
      });
    });
  } else defineGroupSuite(spec);
}
