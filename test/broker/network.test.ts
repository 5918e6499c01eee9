import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import { FrameSplitter } from '../../protocol/frame-splitter';
import { encodeRequest } from '../../protocol/frames';
import { loadBrokerConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { Broker } from '../../src/server/broker';
import { RateLimitedWarning } from '../../src/server/rate-limited-log';
import { type LogEntry, memoryStreamPair, startBroker } from '../../src/testing';
import { WireClient } from './wire-client';

/** Reads size-prefixed frames from a client stream. */
function frameReader(stream: Duplex) {
  const splitter = new FrameSplitter();
  const frames: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => splitter.push(chunk, (frame) => frames.push(frame)));
  return frames;
}

describe('broker network layer', function () {
  this.timeout(20000);

  it('warns about rejections at a bounded rate: one line, then one line counting the rest', async () => {
    const lines: { level: string; message: string; meta?: Record<string, unknown> }[] = [];
    const logger = createLogger({
      level: 'debug',
      sink: (e) => lines.push({ level: e.level, message: e.message, meta: e }),
    });
    // A 1 s window: the 1000 warnings below must all land in the first one, even on a loaded machine (100 ms did not).
    const warning = new RateLimitedWarning(logger, 'rejected connections', 1000);
    for (let i = 0; i < 1000; i++) warning.warn('rejected connection', { reason: `bad frame ${i}` });
    const warns = () => lines.filter((l) => l.level === 'warn');
    assert.equal(warns().length, 1);
    assert.equal(lines.filter((l) => l.level === 'debug').length, 999, 'each one still has a debug line');
    const deadline = Date.now() + 10000;
    while (warns().length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.ok(warns().length >= 2, 'no second warning line (counting the rest) within 10 s');
    assert.equal(warns()[1]!.meta!.suppressed, 999);
    assert.equal(warns()[1]!.meta!.lastReason, 'bad frame 999');
  });

  describe('in memory (transport-agnostic core)', () => {
    let dir: string;
    let broker: Broker;
    beforeEach(async () => {
      dir = mkdtempSync(join(tmpdir(), 'brook-net-'));
      const config = loadBrokerConfig({
        profile: 'test',
        flags: [['log.dirs', dir]],
        sets: [['queued.max.requests', '8']],
      });
      broker = await Broker.start({
        config,
        logger: createLogger({ sink: () => {} }),
        noListeners: true,
        writeHighWaterMark: 16 * 1024,
      });
    });
    afterEach(async () => {
      await broker.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('serves a client over an in-memory stream', async () => {
      const [client, server] = memoryStreamPair();
      broker.acceptStream(server);
      const frames = frameReader(client);
      client.write(encodeRequest({ apiKey: 18, apiVersion: 0, correlationId: 5, clientId: null }, {}));
      await new Promise((r) => setTimeout(r, 50));
      assert.equal(frames.length, 1);
      assert.equal(frames[0]!.readInt32BE(0), 5);
    });

    it('stops reading a client that does not drain its responses, and resumes when it does', async () => {
      const [client, server] = memoryStreamPair(16 * 1024);
      const connection = broker.acceptStream(server);
      client.pause(); // the client does not read its responses
      // Each ApiVersions response is ~100+ bytes; send enough to overflow every buffer on the way back.
      const total = 3000;
      let accepted = 0;
      for (let i = 0; i < total; i++) {
        const frame = Buffer.from(
          encodeRequest({ apiKey: 18, apiVersion: 2, correlationId: i, clientId: 'slow-reader' }, {}),
        );
        if (client.write(frame)) accepted++;
      }
      await new Promise((r) => setTimeout(r, 200));
      assert.ok(connection.isPaused, 'broker paused reading');
      assert.ok(client.writableLength > 0, 'client writes are held back by the paused broker');
      const frames = frameReader(client);
      client.resume();
      const deadline = Date.now() + 10000;
      while (frames.length < total && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      assert.equal(frames.length, total);
      assert.deepEqual(
        frames.map((f) => f.readInt32BE(0)),
        Array.from({ length: total }, (_, i) => i),
      );
      assert.ok(accepted < total);
    });
  });

  describe('over TCP', () => {
    it('closes idle connections after connections.max.idle.ms', async () => {
      const broker = await startBroker({ config: { 'connections.max.idle.ms': 200 } });
      try {
        const c = await WireClient.connect(broker.port);
        c.send(18, 0, {});
        assert.ok(await c.next());
        const started = Date.now();
        assert.ok(await c.waitClosed(3000));
        assert.ok(Date.now() - started >= 150);
      } finally {
        await broker.stop();
      }
    });

    it('refuses connections beyond max.connections with a log line, serving the others', async () => {
      const logs: LogEntry[] = [];
      const broker = await startBroker({ config: { 'max.connections': 2 }, onLog: (e) => logs.push(e) });
      try {
        const a = await WireClient.connect(broker.port);
        const b = await WireClient.connect(broker.port);
        await new Promise((r) => setTimeout(r, 50));
        const c = await WireClient.connect(broker.port);
        assert.ok(await c.waitClosed());
        assert.ok(logs.some((l) => l.message === 'rejected connection' && /max.connections 2/.test(String(l.reason))));
        a.send(18, 0, {});
        assert.ok(await a.next());
        b.close();
        await new Promise((r) => setTimeout(r, 50));
        const d = await WireClient.connect(broker.port);
        d.send(18, 0, {});
        assert.ok(await d.next(), 'a slot freed up');
        a.close();
        d.close();
      } finally {
        await broker.stop();
      }
    });

    it('enforces max.connections.per.ip', async () => {
      const logs: LogEntry[] = [];
      const broker = await startBroker({ config: { 'max.connections.per.ip': 1 }, onLog: (e) => logs.push(e) });
      try {
        const a = await WireClient.connect(broker.port);
        await new Promise((r) => setTimeout(r, 50));
        const b = await WireClient.connect(broker.port);
        assert.ok(await b.waitClosed());
        assert.ok(logs.some((l) => /max.connections.per.ip 1 reached/.test(String(l.reason))));
        a.close();
        await new Promise((r) => setTimeout(r, 50));
        const c = await WireClient.connect(broker.port);
        c.send(18, 0, {});
        assert.ok(await c.next());
        c.close();
      } finally {
        await broker.stop();
      }
    });
  });
});
