import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { startBroker, type TestBroker } from '../../src/testing';
import { brook, brookOk, brookProcess, until } from './helpers';

interface Seen {
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
  timestamp: string;
}

/** `brook produce` and `brook consume` against a live broker; what one writes is read back by kafkajs. */
describe('brook produce / consume', function () {
  this.timeout(60000);
  let broker: TestBroker;
  let b: string;
  let kafka: Kafka;
  let dir: string;

  before(async () => {
    broker = await startBroker();
    b = broker.bootstrap;
    kafka = new Kafka({ brokers: [b], logLevel: logLevel.NOTHING });
    dir = mkdtempSync(join(tmpdir(), 'brook-cli-test-'));
  });
  after(async () => {
    await broker?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Every record of the topic as kafkajs reads it. */
  async function readAll(topic: string, expected: number): Promise<Seen[]> {
    const consumer = kafka.consumer({ groupId: `reader-${topic}-${Date.now()}`, maxWaitTimeInMs: 100 });
    const seen: Seen[] = [];
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        seen.push({
          partition,
          offset: message.offset,
          key: message.key?.toString() ?? null,
          value: message.value?.toString() ?? null,
          headers: Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)])),
          timestamp: message.timestamp,
        });
      },
    });
    // disconnected on failure too: a consumer left running retries forever once the broker is stopped
    await until(`${expected} records of ${topic}`, () => seen.length >= expected).finally(() => consumer.disconnect());
    return seen;
  }

  function file(name: string, text: string): string {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  }

  it('produce -K -H: keys split off, headers on every record, keyed records on the murmur2 partition', async () => {
    await brookOk(['topic', 'create', 'keyed', '-p', '4'], b);
    const run = await brook(
      [
        'produce',
        'keyed',
        '--file',
        file('keyed.txt', 'k1:v1\nk2:v2\nk1:v3\nnokey\n'),
        '-K',
        ':',
        '-H',
        'src=cli',
        '-H',
        'n=1',
      ],
      b,
    );
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /^4 records produced to keyed in /);
    const seen = await readAll('keyed', 4);
    const byValue = new Map(seen.map((s) => [s.value, s]));
    assert.equal(byValue.get('v1')!.key, 'k1');
    assert.equal(byValue.get('nokey')!.key, null);
    assert.deepEqual(byValue.get('v2')!.headers, { src: 'cli', n: '1' });
    // Same key, same partition, in order (what Java's and kafkajs' default partitioners do too).
    assert.equal(byValue.get('v1')!.partition, byValue.get('v3')!.partition);
    assert.ok(BigInt(byValue.get('v1')!.offset) < BigInt(byValue.get('v3')!.offset));
  });

  it('produce from stdin in a process, with --partition and --compression: every line arrives in order', async () => {
    await brookOk(['topic', 'create', 'piped', '-p', '3'], b);
    const lines = Array.from({ length: 5000 }, (_, i) => `line-${i}`);
    const run = await brookProcess(
      ['produce', 'piped', '--partition', '2', '-z', 'gzip', '-b', b],
      `${lines.join('\n')}\n`,
    );
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /5000 records produced to piped/);
    const seen = await readAll('piped', 5000);
    assert.ok(seen.every((s) => s.partition === 2));
    assert.deepEqual(
      seen.map((s) => s.value),
      lines,
    );
  });

  it('produce from a terminal-like stdin: each line goes out while the input stays open; --progress shows a rate', async () => {
    await brookOk(['topic', 'create', 'typed', '-p', '1'], b);
    const run = brookProcess(['produce', 'typed', '--progress', '-b', b], null);
    run.write('first\nsecond\n');
    // Nothing more comes yet, but the two lines are produced (linger) and the progress line says so.
    await until('the progress line', () => /2 records produced, 2 read, \d+ records\/s/.test(run.errors()), 20000);
    const seen = (await brookOk(['consume', 'typed'], b)).trim().split('\n');
    assert.deepEqual(seen, ['first', 'second']);
    run.write('third\n');
    run.end();
    const done = await run;
    assert.equal(done.code, 0, done.stderr);
    assert.match(done.stderr, /\n3 records produced to typed in [\d.]+ s, \d+ records\/s\n$/);
  });

  it('produce -f reads keys, values, partitions, timestamps and headers through a format; --output json sums up', async () => {
    await brookOk(['topic', 'create', 'formatted', '-p', '2'], b);
    const input = file('fmt.txt', 'a|1|x=1,y=2|1700000000000|va\nb|0||1700000000001|v|b\n');
    const run = await brook(['produce', 'formatted', '--file', input, '-f', '%k|%p|%h|%T|%v', '-o', 'json'], b);
    assert.equal(run.code, 0, run.stderr);
    const summary = JSON.parse(run.stdout);
    assert.equal(summary.records, 2);
    const seen = await readAll('formatted', 2);
    const a = seen.find((s) => s.key === 'a')!;
    assert.equal(a.partition, 1);
    assert.equal(a.timestamp, '1700000000000');
    assert.deepEqual(a.headers, { x: '1', y: '2' });
    assert.equal(a.value, 'va');
    // The last token takes the rest of the line, separators included.
    assert.equal(seen.find((s) => s.key === 'b')!.value, 'v|b');
    const bad = await brook(
      ['produce', 'formatted', '--file', file('bad.txt', 'no separators here\n'), '-f', '%k|%v'],
      b,
    );
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /line 1 does not match the format/);
  });

  it('NOT_LEADER_OR_FOLLOWER on Produce: asks who leads again and sends the batch there, once', async () => {
    await brookOk(['topic', 'create', 'moved', '-p', '1'], b);
    broker.faults.fail(0 /* Produce */, 6 /* NOT_LEADER_OR_FOLLOWER */, { times: 2 });
    const run = await brook(['produce', 'moved', '--file', file('moved.txt', 'a\nb\n')], b);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(await brookOk(['consume', 'moved'], b), 'a\nb\n');
    broker.faults.fail(0, 87 /* INVALID_RECORD */);
    const refused = await brook(['produce', 'moved', '--file', file('refused.txt', 'c\n')], b);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /Produce to moved-0: INVALID_RECORD/);
  });

  it('produce to a topic that does not exist is exit 1; without a topic, exit 2', async () => {
    const missing = await brook(['produce', 'nosuch', '--file', file('x.txt', 'x\n')], b);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /Topic 'nosuch' does not exist/);
    assert.equal((await brook(['produce'], b)).code, 2);
  });

  describe('consume', () => {
    const topic = 'readme';
    before(async () => {
      await brookOk(['topic', 'create', topic, '-p', '2'], b);
      const producer = kafka.producer();
      await producer.connect();
      await producer.send({
        topic,
        messages: Array.from({ length: 10 }, (_, i) => ({
          key: `k${i}`,
          value: `v${i}`,
          partition: i % 2,
          headers: { h: `${i}` },
          timestamp: String(1700000000000 + i * 1000),
        })),
      });
      await producer.disconnect();
    });

    it('default: every value, one per line, then exit 0 at the end', async () => {
      const out = await brookOk(['consume', topic], b);
      assert.deepEqual(out.trim().split('\n').sort(), ['v0', 'v1', 'v2', 'v3', 'v4', 'v5', 'v6', 'v7', 'v8', 'v9']);
    });

    it('-f kcat tokens: partition, offset, key, value, timestamp, headers, lengths', async () => {
      const out = await brookOk(['consume', topic, '-p', '1', '-f', '%t/%p/%o %k=%v %T [%h] %K %S\\n'], b);
      assert.deepEqual(out.split('\n').slice(0, 2), [
        `${topic}/1/0 k1=v1 1700000001000 [h=1] 2 2`,
        `${topic}/1/1 k3=v3 1700000003000 [h=3] 2 2`,
      ]);
    });

    it("-K SEP prints key SEP value (kcat's -K); --read-committed reads records outside transactions to the end", async () => {
      const out = await brookOk(['consume', topic, '-p', '0', '-K', ' => ', '-c', '2', '--read-committed'], b);
      assert.equal(out, 'k0 => v0\nk2 => v2\n');
      assert.equal((await brookOk(['consume', topic, '--read-committed'], b)).trim().split('\n').length, 10);
    });

    it('--offset N, --offset=-N, --offset end, --timestamp, --count', async () => {
      const values = async (args: string[]) =>
        (await brookOk(['consume', topic, '-p', '0', ...args], b)).trim().split('\n').filter(Boolean);
      assert.deepEqual(await values(['-O', '3']), ['v6', 'v8']);
      assert.deepEqual(await values(['-O', '-2']), ['v6', 'v8']);
      assert.deepEqual(await values(['-O', 'end']), []);
      assert.deepEqual(await values(['--timestamp', '1700000004000']), ['v4', 'v6', 'v8']);
      assert.deepEqual(await values(['--timestamp', new Date(1700000004500).toISOString()]), ['v6', 'v8']);
      assert.deepEqual(await values(['-c', '2']), ['v0', 'v2']);
      const bad = await brook(['consume', topic, '-O', 'sideways'], b);
      assert.equal(bad.code, 2);
    });

    it('--output json: one object per record', async () => {
      const lines = (await brookOk(['consume', topic, '-p', '0', '-c', '1', '-o', 'json'], b)).trim().split('\n');
      assert.deepEqual(JSON.parse(lines[0]!), {
        topic,
        partition: 0,
        offset: 0,
        timestamp: 1700000000000,
        key: 'k0',
        value: 'v0',
        headers: { h: '0' },
      });
    });

    it('--group: starts at the committed offsets, commits what it printed (a second run goes on from there)', async () => {
      const first = (await brookOk(['consume', topic, '-g', 'cli-g', '-p', '0', '-c', '3'], b)).trim().split('\n');
      assert.deepEqual(first, ['v0', 'v2', 'v4']);
      const second = (await brookOk(['consume', topic, '-g', 'cli-g', '-p', '0'], b)).trim().split('\n');
      assert.deepEqual(second, ['v6', 'v8']);
      const [described] = JSON.parse(await brookOk(['group', 'describe', 'cli-g', '-o', 'json'], b));
      assert.deepEqual(
        described.partitions.map((p: { partition: number; committed: number; lag: number }) => [
          p.partition,
          p.committed,
          p.lag,
        ]),
        [[0, 5, 0]],
      );
    });

    it('--follow in a process: prints records produced after it started, exits 0 on SIGINT', async () => {
      await brookOk(['topic', 'create', 'tail', '-p', '1'], b);
      const run = brookProcess(['consume', 'tail', '-F', '-b', b]);
      const producer = kafka.producer();
      await producer.connect();
      // A first record shows the process is running and has read to the end; the next ones come after.
      await producer.send({ topic: 'tail', messages: [{ value: 'early' }] });
      await until('the first record', () => run.output().includes('early'), 20000);
      await producer.send({ topic: 'tail', messages: [{ value: 'late-1' }, { value: 'late-2' }] });
      await producer.disconnect();
      await until('the followed records', () => run.output().includes('late-2'), 20000);
      run.kill('SIGINT');
      const done = await run;
      assert.equal(done.code, 0, done.stderr);
      assert.equal(done.stdout, 'early\nlate-1\nlate-2\n');
    });

    it('NOT_LEADER_OR_FOLLOWER on Fetch: asks who leads again and goes on', async () => {
      broker.faults.fail(1 /* Fetch */, 6 /* NOT_LEADER_OR_FOLLOWER */, { times: 2 });
      const out = await brookOk(['consume', topic, '-p', '0'], b);
      assert.deepEqual(out.trim().split('\n'), ['v0', 'v2', 'v4', 'v6', 'v8']);
    });

    it('a reader that leaves early (| head): consume stops and exits 0', async () => {
      await brookOk(['topic', 'create', 'big', '-p', '1'], b);
      const lines = Array.from({ length: 50000 }, (_, i) => `record-${i}-${'x'.repeat(40)}`);
      await brookOk(['produce', 'big', '--file', file('big.txt', lines.join('\n'))], b);
      const run = brookProcess(['consume', 'big', '-b', b]);
      await until('the first lines', () => run.output().length > 0, 20000);
      run.closeStdout();
      const done = await run;
      assert.equal(done.code, 0, done.stderr);
    });

    it('a topic or partition that does not exist is exit 1', async () => {
      assert.equal((await brook(['consume', 'nosuch'], b)).code, 1);
      const run = await brook(['consume', topic, '-p', '7'], b);
      assert.equal(run.code, 1);
      assert.match(run.stderr, /has no partition 7/);
    });
  });
});
