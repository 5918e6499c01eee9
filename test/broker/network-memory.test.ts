import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { encodeRecordBatchSync } from '../../protocol/records';
import { type BudgetMember, RequestMemoryBudget } from '../../src/server/request-memory';
import { startBroker } from '../../src/testing';
import { WireClient } from './wire-client';
import { firstValue } from '../kafkajs-consume';

const MiB = 1024 * 1024;

/** A connection as the budget sees it, recording when it was told it may read again. */
class Member implements BudgetMember {
  hasPartialFrame = false;
  woken = 0;
  constructor(readonly name: string) {}
  budgetAvailable(): void {
    this.woken++;
  }
}

describe('network: queued.max.request.bytes', function () {
  this.timeout(120000);

  describe('the shared budget (src/server/request-memory.ts)', () => {
    it('lets everyone read below the cap and nobody holding much above it, waking them as bytes free', () => {
      const budget = new RequestMemoryBudget(1000, 100);
      const [a, b] = [new Member('a'), new Member('b')];
      assert.ok(budget.mayRead(a));
      budget.setCharge(a, 600);
      budget.setCharge(b, 500);
      assert.equal(budget.used, 1100);
      // Both hold complete requests only (no partial frame): no pass, both wait.
      assert.equal(budget.mayRead(a), false);
      assert.equal(budget.mayRead(b), false);
      assert.equal(budget.pass, null);
      budget.setCharge(a, 0); // a's response was written
      assert.equal(b.woken, 1);
      assert.ok(budget.mayRead(b));
    });

    it('keeps serving connections that hold less than the small allowance past the cap', () => {
      const budget = new RequestMemoryBudget(1000, 100);
      const big = new Member('big');
      const small = new Member('small');
      budget.setCharge(big, 5000);
      assert.ok(budget.mayRead(small));
      budget.setCharge(small, 99);
      assert.ok(budget.mayRead(small));
      budget.setCharge(small, 150);
      assert.equal(budget.mayRead(small), false);
    });

    it('gives one pass past the cap to the oldest waiting partial frame, for that frame only', () => {
      const budget = new RequestMemoryBudget(1000, 10);
      const [a, b, c] = [new Member('a'), new Member('b'), new Member('c')];
      for (const m of [a, b, c]) m.hasPartialFrame = true;
      budget.setCharge(a, 400);
      budget.setCharge(b, 400);
      budget.setCharge(c, 400);
      // All three are over the cap with partial frames; the first one refused takes the pass.
      assert.ok(budget.mayRead(c), 'c takes the pass');
      assert.equal(budget.pass, c);
      assert.equal(budget.mayRead(a), false);
      assert.equal(budget.mayRead(b), false);
      budget.setCharge(c, 3000); // c reads on, far past the cap, to finish its frame
      assert.ok(budget.mayRead(c));
      c.hasPartialFrame = false;
      budget.frameCompleted(c);
      // The pass moves to the oldest waiter (a), which is woken.
      assert.equal(budget.pass, a);
      assert.equal(a.woken, 1);
      assert.equal(budget.mayRead(c), false, 'c holds its request until answered');
      budget.remove(a); // a closed: the pass moves on to b
      assert.equal(budget.pass, b);
      assert.equal(budget.used, 3400);
    });

    it('never refuses when unlimited (-1, Kafka default)', () => {
      const budget = new RequestMemoryBudget(-1);
      const a = new Member('a');
      budget.setCharge(a, 10 * MiB);
      assert.ok(budget.mayRead(a));
    });
  });

  describe('in a broker', () => {
    it('serves a frame larger than the whole budget, and two frames that together exceed it', async () => {
      const broker = await startBroker({
        config: { 'queued.max.request.bytes': 1 * MiB, 'message.max.bytes': 8 * MiB },
      });
      try {
        const kafka = new Kafka({ clientId: 'big', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
        const producer = kafka.producer();
        await producer.connect();
        const value = Buffer.alloc(3 * MiB, 1);
        await producer.send({ topic: 'big', messages: [{ value }] });
        await producer.disconnect();
        // Two raw connections each send 80% of a 768 KiB produce, then the rest: at that point both hold
        // partial frames past the 1 MiB budget, and only the pass lets one finish and free the other.
        const batch = encodeRecordBatchSync({
          records: [{ timestamp: Date.now(), key: null, value: Buffer.alloc(768 * 1024, 2) }],
        });
        const body = {
          transactionalId: null,
          acks: 1,
          timeoutMs: 10000,
          topicData: [{ name: 'big', partitionData: [{ index: 0, records: batch }] }],
        };
        const clients = [await WireClient.connect(broker.port), await WireClient.connect(broker.port)];
        const frames = clients.map((c) => c.frame(0, 9, body));
        const cut = Math.floor(frames[0]!.length * 0.8);
        for (const [i, c] of clients.entries()) c.write(frames[i]!.subarray(0, cut));
        await new Promise((r) => setTimeout(r, 200));
        for (const [i, c] of clients.entries()) c.write(frames[i]!.subarray(cut));
        for (const c of clients) {
          const response = await c.nextResponse<{ responses: { partitionResponses: { errorCode: number }[] }[] }>(
            0,
            9,
            20000,
          );
          assert.equal(response.body.responses[0]!.partitionResponses[0]!.errorCode, 0);
          c.close();
        }
      } finally {
        await broker.stop();
      }
    });

    it('caps the RSS of a broker process fed unfinished large frames on many connections, and keeps serving', async () => {
      const cap = 16 * MiB;
      const maxFrame = 24 * MiB;
      const connections = 8;
      const frameSize = 20 * MiB;
      const sent = 19 * MiB; // of each frame: never finished
      const dir = mkdtempSync(join(tmpdir(), 'brook-memory-'));
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          resolve(__dirname, '..', '..', 'src', 'cli', 'run.ts'),
          'serve',
          '--port',
          '0',
          '--data-dir',
          join(dir, 'data'),
          '--set',
          `queued.max.request.bytes=${cap}`,
          '--set',
          `socket.request.max.bytes=${maxFrame}`,
        ],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      const hostile: Socket[] = [];
      try {
        const port = await listeningPort(child);
        const kafka = new Kafka({ clientId: 'memory', brokers: [`127.0.0.1:${port}`], logLevel: logLevel.NOTHING });
        // Warm up every path the check uses (produce, fetch, groups) before taking the baseline.
        await roundTrip(kafka, 'warm-up');
        const baseline = rssBytes(child.pid!);
        for (let i = 0; i < connections; i++) {
          const socket = await open(port);
          hostile.push(socket);
          const prefix = Buffer.alloc(4);
          prefix.writeInt32BE(frameSize, 0);
          socket.write(prefix);
          for (let at = 0; at < sent; at += MiB) socket.write(Buffer.alloc(Math.min(MiB, sent - at), i));
        }
        // Wait until the broker reads no more (the clients' sockets stop draining), then measure.
        await untilSettled(hostile);
        const grown = rssBytes(child.pid!) - baseline;
        const overhead = 32 * MiB; // per-connection reads, the V8 heap, allocator slack
        const bound = cap + maxFrame + overhead;
        process.stdout.write(
          `      RSS grew by ${(grown / MiB).toFixed(1)} MiB with ${(connections * sent) / MiB} MiB sent ` +
            `(bound: cap ${cap / MiB} + one frame ${maxFrame / MiB} + ${overhead / MiB} MiB)\n`,
        );
        assert.ok(grown <= bound, `RSS grew by ${(grown / MiB).toFixed(1)} MiB, more than ${bound / MiB} MiB`);
        // Another client is still served while the budget is held.
        await roundTrip(kafka, 'during');
      } finally {
        for (const s of hostile) s.destroy();
        if (child.exitCode === null && child.signalCode === null) {
          // a broker that does not stop on SIGTERM must not outlive the test
          const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
          const exited = new Promise((r) => child.once('exit', r));
          child.kill('SIGTERM');
          await exited;
          clearTimeout(killer);
        }
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});

function rssBytes(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
  assert.ok(kb > 0, 'VmRSS readable');
  return kb * 1024;
}

function listeningPort(child: ChildProcess, timeoutMs = 60_000): Promise<number> {
  return new Promise((resolvePort, reject) => {
    let out = '';
    const timer = setTimeout(
      () => reject(new Error(`brook serve printed no listening line within ${timeoutMs} ms: ${out}`)),
      timeoutMs,
    );
    child.stdout!.on('data', (d) => {
      out += d;
      const match = /listening on PLAINTEXT:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolvePort(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`brook serve exited with ${code}`));
    });
  });
}

function open(port: number): Promise<Socket> {
  return new Promise((resolveSocket, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () => resolveSocket(socket));
    socket.once('error', reject);
  });
}

/** Resolves once no socket has moved a byte into the kernel for several polls in a row. */
async function untilSettled(sockets: Socket[], timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  let still = 0;
  while (still < 5) {
    if (Date.now() > deadline) throw new Error(`the broker was still reading the sockets after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
    const written = sockets.reduce((sum, s) => sum + s.bytesWritten - s.writableLength, 0);
    still = written === last ? still + 1 : 0;
    last = written;
  }
}

/** Produces one record and consumes it back through a consumer group. */
async function roundTrip(kafka: Kafka, topic: string): Promise<void> {
  const producer = kafka.producer();
  await producer.connect();
  await producer.send({ topic, messages: [{ value: `hello ${topic}` }] });
  await producer.disconnect();
  const consumer = kafka.consumer({ groupId: `g-${topic}` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  const value = await firstValue(consumer, topic, { ms: 30_000 });
  assert.equal(value, `hello ${topic}`);
}
