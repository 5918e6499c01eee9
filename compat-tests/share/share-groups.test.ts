/**
 * A share group (KIP-932) read by the Java client's KafkaShareConsumer (kafka-clients 4.4, its default settings:
 * implicit acknowledgement), against each target of ../lib/targets.ts (Brook through its CLI, `npm run build` first,
 * and the official Kafka 4.4 as a process), the outcome in the side-by-side table:
 *
 *   two members of one share group (each its own process, share.auto.offset.reset=earliest set through the Admin
 *   client) subscribe to a 3-partition topic; a heartbeat interval (5 s) after both subscribed, when each has its
 *   partitions (Kafka assigns them a heartbeat after the join, once their state is initialized; Brook at the join,
 *   so the first member alone would have all of them until its next heartbeat), 300 records are produced, and the
 *   members read until neither gets more.
 *   Checks: every record delivered, none twice (each was accepted the first time), both members got records.
 *
 * Driver: ../clients/java/src/brook/compat/ShareMember.java. Without java/mvn the case is reported NOT RUN.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { repoRoot } from '../lib/broker';
import { javaCommand } from '../lib/java-driver';
import { javaUnavailable } from '../lib/kafka-jars';
import { outcomeOf, recordOutcome } from '../lib/side-by-side';
import { selectedTargets, type Target, type TargetSpec } from '../lib/targets';

const RECORDS = 300;
const PARTITIONS = 3;
/** A member's whole run, past which it is killed (it stops by itself after 6 s without records, 60 s at most). */
const MEMBER_LIFETIME_MS = 90000;
/** group.share.heartbeat.interval.ms, the default on both targets. */
const HEARTBEAT_INTERVAL_MS = 5000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface MemberRun {
  values: string[];
  errors: string[];
  code: number | null;
  stderr: string;
}

/**
 * One ShareMember process: `ready` once it subscribed, `done` when it exits (killed after MEMBER_LIFETIME_MS) with
 * what it printed.
 */
function startMember(
  bootstrap: string,
  topic: string,
  group: string,
): { ready: Promise<void>; done: Promise<MemberRun> } {
  const { command, args } = javaCommand('brook.compat.ShareMember', [JSON.stringify({ bootstrap, topic, group })]);
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const done = new Promise<MemberRun>((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const run: MemberRun = { values: [], errors: [], code: null, stderr: '' };
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        if (!line.startsWith('{')) continue;
        const event = JSON.parse(line) as { ev: string; v?: string[]; message?: string };
        if (event.ev === 'ready') markReady();
        if (event.ev === 'recs') run.values.push(...event.v!);
        if (event.ev === 'error') run.errors.push(event.message ?? '');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      run.stderr = (run.stderr + chunk.toString('utf8')).slice(-4000);
    });
    const killer = setTimeout(() => child.kill('SIGKILL'), MEMBER_LIFETIME_MS);
    child.on('close', (code) => {
      clearTimeout(killer);
      markReady();
      run.code = code;
      resolve(run);
    });
  });
  return { ready, done };
}

function defineShareSuite(spec: TargetSpec): void {
  describe(`compat-tests: share groups on ${spec.id}: ${spec.title}`, function () {
    this.timeout(240000);
    let target: Target;

    before(async function () {
      this.timeout(300000);
      if (spec.kind === 'brook' && !existsSync(join(repoRoot, 'dist', 'src', 'share', 'index.js'))) {
        throw new Error('dist/ is missing or predates share groups: run `npm run build` first');
      }
      target = await spec.start();
      console.log(`      target: ${target.describe}`);
    });

    after(async () => {
      await target?.destroy();
    });

    afterEach(function () {
      const { outcome, note } = outcomeOf(this.currentTest!);
      recordOutcome('share groups', 'share', 'java', spec.id, outcome, note);
    });

    it('java: two KafkaShareConsumers share a topic, every record once', async function () {
      const why = javaUnavailable();
      if (why) {
        this.test!.title += ` [NOT RUN: ${why}]`;
        this.skip();
      }
      const topic = 'share-compat';
      const group = 'share-compat-group';
      const kafka = new Kafka({ brokers: target.bootstrap.split(','), logLevel: logLevel.NOTHING });
      const admin = kafka.admin();
      const producer = kafka.producer();
      const produced = Array.from({ length: RECORDS }, (_, i) => `share-${i}`);
      await admin.connect();
      await admin.createTopics({ topics: [{ topic, numPartitions: PARTITIONS }], waitForLeaders: true });
      await admin.disconnect();
      const started = [startMember(target.bootstrap, topic, group), startMember(target.bootstrap, topic, group)];
      await Promise.all(started.map((m) => m.ready));
      await sleep(HEARTBEAT_INTERVAL_MS + 1000);
      await producer.connect();
      try {
        await producer.send({ topic, messages: produced.map((value) => ({ key: value, value })) });
      } finally {
        await producer.disconnect();
      }
      const members = await Promise.all(started.map((m) => m.done));
      const problems = members.flatMap((m, i) =>
        m.errors.length > 0 || m.code !== 0
          ? [`member ${i + 1}: exit ${m.code} ${m.errors.join('; ')} ${m.stderr}`]
          : [],
      );
      assert.deepEqual(problems, []);
      const all = members.flatMap((m) => m.values);
      assert.equal(new Set(all).size, all.length, 'a record delivered twice');
      assert.deepEqual([...all].sort(), [...produced].sort());
      assert.ok(
        members.every((m) => m.values.length > 0),
        `both members got records: ${members.map((m) => m.values.length).join(' / ')}`,
      );
      console.log(`      records per member: ${members.map((m) => m.values.length).join(' / ')}`);
    });
  });
}

for (const spec of selectedTargets()) {
  const missing = spec.unavailable();
  if (missing) {
    describe(`compat-tests: share groups on ${spec.id}: ${spec.title}`, () => {
      it(`${spec.id} not run: ${missing}`, function () {
        this.skip();
      });
    });
  } else defineShareSuite(spec);
}
