/**
 * A consume-transform-produce loop, exactly once, while it and the broker are killed (against each target of
 * ../lib/targets.ts). Two loops, each turning every input record into one output record: the Java client's
 * (../clients/java/src/brook/compat/CtpLoop.java: read_committed group consumer, transactional producer,
 * sendOffsetsToTransaction with the consumer's group metadata) and franz-go's kgo.GroupTransactSession
 * (../go/franz-go-ctp). The test SIGKILLs the loop process and the broker (the target's crash(): SIGKILL, then
 * start on the same port and data; restart() on a target that cannot be killed) in turns, each after the loop committed a few more
 * transactions; a loop that exits or is killed is started again, as a supervisor would. At the end the output,
 * read_committed, must hold exactly one result per input record. It prints the kills and the records checked.
 *
 *   npx mocha --no-config --node-option import=tsx --extension ts --timeout 600000 compat-tests/transactions/ctp.test.ts
 *   COMPAT_LONG=1 ...   more records and more kills (about three times as long)
 *   COMPAT_TXN_VERSION=1 ...   classic transactions for both loops (by default both use KIP-890's TV2)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { Kafka, logLevel } from 'kafkajs';
import type { Job } from '../lib/driver-protocol';
import { javaCommand } from '../lib/java-driver';
import { javaUnavailable } from '../lib/kafka-jars';
import { buildGoModuleDriver } from '../lib/registry-clients';
import { runDriverProcess } from '../lib/run-driver';
import { outcomeOf, recordOutcome } from '../lib/side-by-side';
import { selectedTargets, type Target, type TargetSpec } from '../lib/targets';
import { createTopics, findingFor, TXN_CONFIG } from './txn-common';
import type { TxnJob, TxnJobResult } from './txn-protocol';
import { comparePartitions } from './txn-scenarios';

const LONG = process.env.COMPAT_LONG === '1';
const RECORDS = LONG ? 1200 : 300;
/** the disruptions, in order, each once the loop committed COMMITS_BETWEEN more transactions */
const PLAN: ('kill loop' | 'kill broker')[] = LONG
  ? ['kill loop', 'kill broker', 'kill loop', 'kill loop', 'kill broker', 'kill loop', 'kill broker', 'kill loop']
  : ['kill loop', 'kill broker', 'kill loop'];
const COMMITS_BETWEEN = 3;
const PAUSE_MS = 60; // inside each transaction of the loop: the stream lasts long enough for the plan
const CASE = 'ctp-sigkill';

interface LoopClient {
  id: string;
  api: string;
  /** the loop's command for (bootstrap, group, transactional.id, input, output, pause ms); throws if it cannot run */
  command(args: string[]): { command: string; args: string[] };
}
const LOOPS: LoopClient[] = [
  {
    id: 'java',
    api: 'sendOffsetsToTransaction loop',
    command: (args) => javaCommand('brook.compat.CtpLoop', args),
  },
  {
    id: 'franz-go',
    api: 'GroupTransactSession loop',
    command: (args) => ({ command: buildGoModuleDriver('franz-go-ctp', 'franz-go-ctp'), args }),
  },
];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs the loop as a supervised process: restarted whenever it exits, until stopped. */
class Supervisor {
  private child: ChildProcess | undefined;
  private stopping = false;
  commits = 0;
  starts = 0;
  errorExits = 0;
  private log = '';
  constructor(private readonly command: { command: string; args: string[] }) {}

  start(): void {
    this.starts++;
    const child = spawn(this.command.command, this.command.args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    child.stdout!.on('data', (chunk: Buffer) => {
      this.commits += chunk
        .toString('utf8')
        .split('\n')
        .filter((l) => l.startsWith('committed ')).length;
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      this.log = (this.log + chunk.toString('utf8')).slice(-4000);
    });
    child.once('exit', (code, signal) => {
      if (this.child !== child || this.stopping) return;
      if (signal !== 'SIGKILL') this.errorExits++;
      this.log += `\n[loop exited: ${signal ?? code}]\n`;
      setTimeout(() => {
        if (!this.stopping) this.start(); // stop() may have come in the meantime: no orphan loop
      }, 200);
    });
  }

  /** SIGKILL the running loop (the supervisor starts another). */
  kill(): void {
    this.child?.kill('SIGKILL');
  }

  async stop(): Promise<void> {
    this.stopping = true;
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  }

  tail(): string {
    return this.log.slice(-1500);
  }
}

function defineCtpSuite(spec: TargetSpec): void {
  describe(`compat-tests: consume-transform-produce under SIGKILL on ${spec.id}: ${spec.title}`, function () {
    this.timeout(600000);
    let target: Target | undefined;
    before(async function () {
      this.timeout(300000);
      target = await spec.start(TXN_CONFIG);
      console.log(`      target: ${target.describe}`);
    });
    after(async () => {
      await target?.destroy();
    });
    afterEach(function () {
      const test = this.currentTest!;
      const { outcome, note } = outcomeOf(test);
      recordOutcome('transactions', CASE, test.title.split(':')[0]!.split(' ')[1]!, spec.id, outcome, note);
    });

    for (const loopClient of LOOPS) {
      const CLIENT = loopClient.id;
      it(`${CASE} ${CLIENT}: ${loopClient.api}, ${PLAN.length} kills (loop SIGKILL / broker SIGKILL): one output per input`, async function () {
        if (!target) throw new Error('the target did not start');
        let command: { command: string; args: string[] } | undefined;
        const run = Date.now().toString(36);
        const input = `ctp-in-${run}`;
        const output = `ctp-out-${run}`;
        try {
          command = loopClient.command([target.bootstrap, `ctp-${run}`, `ctp-${run}`, input, output, String(PAUSE_MS)]);
        } catch (error) {
          this.test!.title += ` [NOT RUN: ${String((error as Error).message).split('\n')[0]}]`;
          this.skip();
        }
        const problems: string[] = [];
        let loop: Supervisor | undefined;
        try {
          await createTopics(target.bootstrap, { [input]: 2, [output]: 2 });
          await produceInput(target.bootstrap, input);
          loop = new Supervisor(command!);
          loop.start();
          let kills = 0;
          let restarts = 0;
          for (const step of PLAN) {
            const until = loop.commits + COMMITS_BETWEEN;
            const deadline = Date.now() + 120000;
            while (loop.commits < until) {
              // A loop that cannot even start (the broker lacks transactions) fails fast instead of for 120 s.
              if (loop.errorExits >= 4 && loop.commits === 0) {
                throw new Error(
                  `the loop failed ${loop.errorExits} times without committing anything:\n${loop.tail()}`,
                );
              }
              if (Date.now() > deadline)
                throw new Error(`the loop committed nothing for 120 s before "${step}":\n${loop.tail()}`);
              await sleep(50);
            }
            if (step === 'kill loop') {
              loop.kill();
              kills++;
            } else {
              // SIGKILL and start again (restart() where the target cannot be killed: brook-inprocess, containers)
              await (target.crash ? target.crash() : target.restart());
              restarts++;
            }
          }
          // Read the output with the Java reader (../clients/java TxnDriver), read_committed, while the loop finishes.
          const job: TxnJob = {
            bootstrap: target.bootstrap,
            steps: [
              {
                op: 'consume',
                topic: output,
                partitions: 2,
                isolation: 'read_committed',
                count: RECORDS,
                graceMs: 2000,
                timeoutMs: 180000,
              },
            ],
          };
          const read = await runDriverProcess(javaCommand('brook.compat.TxnDriver'), job as unknown as Job, 240000);
          const result = read.result as unknown as TxnJobResult | undefined;
          const records = result?.steps[0]?.records;
          if (!records)
            problems.push(`the output could not be read: ${read.failure ?? JSON.stringify(result?.steps[0]?.error)}`);
          else {
            // One result per input, whatever partition the output's partitioner chose: compare by key.
            const want = Array.from({ length: RECORDS }, (_, i) => ({
              partition: 0,
              key: `k${i}`,
              value: `out:v${i}`,
            }));
            const got = records.map((r) => ({ ...r, partition: 0 })).sort((a, b) => (a.key! < b.key! ? -1 : 1));
            const sortedWant = [...want].sort((a, b) => (a.key < b.key ? -1 : 1));
            problems.push(
              ...comparePartitions(
                'output',
                got.map((r, offset) => ({ ...r, offset })),
                sortedWant,
                1,
              ),
            );
          }
          console.log(
            `        ${CLIENT} ctp: ${RECORDS} input records, ${records?.length ?? 0} outputs checked; ${kills} loop SIGKILLs, ${restarts} broker ${target.crash ? 'SIGKILLs (and starts)' : 'restarts (this target cannot be SIGKILLed)'}, ${loop.errorExits} loop exits on errors, ${loop.starts} loop starts, ${loop.commits} transactions committed`,
          );
          if (problems.length) problems.push(`--- loop stderr (tail) ---\n${loop.tail()}`);
        } catch (error) {
          problems.push(String((error as Error).message ?? error));
        } finally {
          await loop?.stop();
        }
        if (!problems.length) return;
        if (target.tail) problems.push(`--- broker output (tail) ---\n${target.tail(10)}`);
        const finding = findingFor(spec, CLIENT, CASE);
        if (finding === undefined) throw new Error(problems.join('\n'));
        this.test!.title += ` [KNOWN FAILURE, FINDINGS.md: ${finding}]`;
        this.skip();
      });
    }
  });
}

/** k<i> = v<i>, i % 2 to partition i % 2, acks=all; one send per partition, retried while the leader settles. */
async function produceInput(bootstrap: string, topic: string): Promise<void> {
  const kafka = new Kafka({ brokers: bootstrap.split(','), logLevel: logLevel.NOTHING, clientId: 'compat-ctp-input' });
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  try {
    for (const partition of [0, 1]) {
      const messages = Array.from({ length: RECORDS }, (_, i) => ({ key: `k${i}`, value: `v${i}`, partition: i % 2 }));
      for (let attempt = 0; ; attempt++) {
        try {
          await producer.send({ topic, acks: -1, messages: messages.filter((m) => m.partition === partition) });
          break;
        } catch (error) {
          if (attempt > 20) throw error;
          await sleep(500);
        }
      }
    }
  } finally {
    await producer.disconnect();
  }
}

for (const spec of selectedTargets()) {
  const missing = spec.unavailable() ?? javaUnavailable();
  if (missing) {
    describe(`compat-tests: consume-transform-produce under SIGKILL on ${spec.id}: ${spec.title}`, () => {
      it(`${spec.id} not run: ${missing}`, function () {
        this.skip();
      });
    });
  } else defineCtpSuite(spec);
}
