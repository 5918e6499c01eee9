import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defaultFetchRequest, type FetchResponse, type ProduceResponse } from '../../protocol/generated';
import { encodeRecordBatchSync } from '../../protocol/records';
import { WireClient } from './wire-client';

const ROOT = resolve(__dirname, '..', '..');
const RUN = join(ROOT, 'src', 'cli', 'run.ts');

interface Run {
  child: ChildProcess;
  stdout: string;
  stderr: string;
  exit: Promise<number | null>;
}

/** Every process brook() started, SIGKILLed after each test if still running (also when the test failed). */
const started: Run[] = [];

function brook(args: string[]): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', RUN, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const run: Run = { child, stdout: '', stderr: '', exit: Promise.resolve(null) };
  child.stdout!.on('data', (d) => {
    run.stdout += d;
  });
  child.stderr!.on('data', (d) => {
    run.stderr += d;
  });
  run.exit = new Promise((r) => child.on('exit', (code) => r(code)));
  started.push(run);
  return run;
}

/**
 * The process's exit code, or a failure naming the process and what it printed when it has not exited within
 * `ms` (it is SIGKILLed then, so no broker outlives the test): a hang reads as which process and why, not as
 * mocha's bare timeout.
 */
async function exitOf(run: Run, what: string, ms = 10000): Promise<number | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((r) => {
    timer = setTimeout(() => r('late'), ms);
  });
  const code = await Promise.race([run.exit, late]);
  clearTimeout(timer);
  if (code !== 'late') return code;
  run.child.kill('SIGKILL');
  throw new Error(
    `${what} (pid ${run.child.pid}) had not exited after ${ms} ms\n--- stdout ---\n${run.stdout}\n--- stderr ---\n${run.stderr}`,
  );
}

async function waitFor(predicate: () => boolean, what: string, timeoutMs = 15000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** `brook serve` as a user runs it: a real process, its readiness line, signals and exit codes. */
describe('brook serve (CLI)', function () {
  this.timeout(30000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'brook-cli-'));
  });
  afterEach(async () => {
    for (const run of started.splice(0)) {
      if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill('SIGKILL');
      await run.exit;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints one readiness line naming the address, serves, and exits 0 on SIGTERM', async () => {
    const run = brook(['serve', '--port', '0', '--data-dir', join(dir, 'data')]);
    await waitFor(() => run.stdout.includes('\n'), "the broker's readiness line");
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    const match = /listening on PLAINTEXT:\/\/127\.0\.0\.1:(\d+)/.exec(lines[0]!);
    assert.ok(match, lines[0]);
    const client = await WireClient.connect(Number(match[1]));
    client.send(18, 0, {});
    assert.ok(await client.next());
    client.close();
    run.child.kill('SIGTERM');
    assert.equal(await exitOf(run, 'the broker'), 0);
    assert.equal(run.stdout.trim().split('\n').length, 1);
    assert.equal(run.stderr, '');
  });

  it('flushes on SIGTERM: a restarted broker on the same data dir serves what was produced', async () => {
    const data = join(dir, 'data');
    const portOf = (run: Run) => Number(/127\.0\.0\.1:(\d+)/.exec(run.stdout)![1]);
    const first = brook(['serve', '--port', '0', '--data-dir', data]);
    await waitFor(() => first.stdout.includes('\n'), "the first broker's readiness line");
    const producer = await WireClient.connect(portOf(first));
    producer.send(19, 4, {
      topics: [{ name: 'kept', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }],
      timeoutMs: 5000,
      validateOnly: false,
    });
    await producer.next();
    const records = encodeRecordBatchSync({
      records: [{ timestamp: Date.now(), key: null, value: Buffer.from('durable') }],
    });
    producer.send(0, 7, {
      transactionalId: null,
      acks: -1,
      timeoutMs: 5000,
      topicData: [{ name: 'kept', partitionData: [{ index: 0, records }] }],
    });
    assert.equal(
      (await producer.nextResponse<ProduceResponse>(0, 7)).body.responses[0]!.partitionResponses[0]!.errorCode,
      0,
    );
    producer.close();
    first.child.kill('SIGTERM');
    assert.equal(await exitOf(first, 'the first broker'), 0);
    const second = brook(['serve', '--port', '0', '--data-dir', data]);
    await waitFor(() => second.stdout.includes('\n'), "the second broker's readiness line");
    try {
      const consumer = await WireClient.connect(portOf(second));
      consumer.send(1, 4, {
        ...defaultFetchRequest(),
        replicaId: -1,
        maxWaitMs: 0,
        minBytes: 0,
        maxBytes: 1 << 20,
        topics: [
          {
            topic: 'kept',
            topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
            partitions: [
              {
                partition: 0,
                currentLeaderEpoch: -1,
                fetchOffset: 0n,
                lastFetchedEpoch: -1,
                logStartOffset: -1n,
                partitionMaxBytes: 1 << 20,
                replicaDirectoryId: 'AAAAAAAAAAAAAAAAAAAAAA',
              },
            ],
          },
        ],
      });
      const fetched = (await consumer.nextResponse<FetchResponse>(1, 4)).body.responses[0]!.partitions[0]!;
      assert.equal(fetched.highWatermark, 1n);
      assert.ok(fetched.records!.includes(Buffer.from('durable')));
      consumer.close();
    } finally {
      second.child.kill('SIGTERM');
      assert.equal(await exitOf(second, 'the second broker'), 0);
    }
  });

  it('exits 0 on SIGINT too, with a config file and --set applied', async () => {
    const props = join(dir, 'server.properties');
    writeFileSync(props, `# a Kafka server.properties\nnum.partitions=3\nlog.dirs=${join(dir, 'data')}\n`);
    const run = brook(['serve', '--config', props, '--set', 'auto.create.topics.enable=false', '--port', '0']);
    await waitFor(() => run.stdout.includes('\n'), "the broker's readiness line");
    run.child.kill('SIGINT');
    assert.equal(await exitOf(run, 'the broker'), 0);
  });

  it('refuses a taken port with a one-line reason and a non-zero exit', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    try {
      const run = brook(['serve', '--port', String(port), '--data-dir', join(dir, 'data')]);
      const code = await exitOf(run, 'the broker');
      assert.notEqual(code, 0);
      assert.equal(run.stdout, '');
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
      assert.match(run.stderr, /address already in use/);
    } finally {
      blocker.close();
    }
  });

  it('refuses a data dir another broker is using', async () => {
    const data = join(dir, 'data');
    const first = brook(['serve', '--port', '0', '--data-dir', data]);
    await waitFor(() => first.stdout.includes('\n'), "the first broker's readiness line");
    try {
      const second = brook(['serve', '--port', '0', '--data-dir', data]);
      assert.notEqual(await exitOf(second, 'the second broker'), 0);
      assert.match(second.stderr, /data dir .* is in use by another broker \(pid \d+\)/);
      assert.equal(second.stderr.trim().split('\n').length, 1);
    } finally {
      first.child.kill('SIGTERM');
      assert.equal(await exitOf(first, 'the first broker'), 0);
    }
  });

  it('refuses an unwritable data dir with a one-line reason', async () => {
    const file = join(dir, 'not-a-dir');
    writeFileSync(file, 'x');
    const run = brook(['serve', '--port', '0', '--data-dir', join(file, 'data')]);
    assert.notEqual(await exitOf(run, 'the broker'), 0);
    assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    assert.match(run.stderr, /data dir .* is not writable/);
  });

  it('refuses a bad config value with a Kafka-style one-line message (more cases in config.test.ts)', async () => {
    const run = brook(['serve', '--data-dir', join(dir, 'data'), '--set', 'num.partitions=zero']);
    assert.notEqual(await exitOf(run, 'the broker'), 0);
    assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    assert.match(run.stderr, /Invalid value zero for configuration num.partitions/);
  });
});
