/**
 * Client quotas on a running Brook: AlterClientQuotas / DescribeClientQuotas on the wire (and Kafka 4.4's own
 * kafka-configs), kept across a restart; Produce and Fetch answered with throttle_time_ms and the connection muted;
 * a kafkajs producer held near its producer_byte_rate. Rates are asserted loosely (within 2x over a window), never
 * against the machine's speed. Without java or the Kafka jars the kafka-configs test says so and is skipped.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { Kafka, logLevel } from 'kafkajs';
import type {
  AlterClientQuotasResponse,
  DescribeClientQuotasResponse,
  FetchResponse,
  ProduceResponse,
} from '../../protocol/generated';
import { FetchRequestCodec } from '../../protocol/generated';
import { encodeRecordBatchSync } from '../../protocol/records';
import { javaUnavailable, kafkaClasspath, QUIET_LOG, SMALL_JVM } from '../../compat-tests/lib/kafka-jars';
import { startBroker, type TestBroker } from '../../src/testing';
import { WireClient } from '../broker/wire-client';

const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';
const ALTER = 49;
const DESCRIBE = 48;

function kafkaConfigs(bootstrap: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const argv = [...SMALL_JVM, ...QUIET_LOG, '-cp', kafkaClasspath(), 'org.apache.kafka.tools.ConfigCommand'];
  return new Promise((resolve) => {
    execFile('java', [...argv, '--bootstrap-server', bootstrap, ...args], { timeout: 90000 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? -1) : 0, stdout, stderr }),
    );
  });
}

describe('client quotas on the wire', function () {
  this.timeout(60000);
  let broker: TestBroker;
  const port = () => broker.port;

  before(async () => {
    // 3 samples of 1 s: a client's first burst allowance is 2 s of its quota, so rates settle within seconds.
    broker = await startBroker({ logLevel: 'error', config: { 'quota.window.num': '3' } });
    const admin = new Kafka({ brokers: [broker.bootstrap], logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'quota-wire', numPartitions: 1 }] });
    await admin.disconnect();
  });
  after(async () => {
    await broker?.stop();
  });

  async function alter(entries: unknown[], validateOnly = false): Promise<AlterClientQuotasResponse> {
    const c = await WireClient.connect(port());
    try {
      c.send(ALTER, 1, { entries, validateOnly });
      return (await c.nextResponse<AlterClientQuotasResponse>(ALTER, 1)).body;
    } finally {
      c.close();
    }
  }
  async function describe(components: unknown[], strict = false): Promise<DescribeClientQuotasResponse> {
    const c = await WireClient.connect(port());
    try {
      c.send(DESCRIBE, 1, { components, strict });
      return (await c.nextResponse<DescribeClientQuotasResponse>(DESCRIBE, 1)).body;
    } finally {
      c.close();
    }
  }
  const entry = (entity: [string, string | null][], ops: [string, number, boolean?][]) => ({
    entity: entity.map(([entityType, entityName]) => ({ entityType, entityName })),
    ops: ops.map(([key, value, remove]) => ({ key, value, remove: remove ?? false })),
  });

  it('AlterClientQuotas and DescribeClientQuotas round trip, with Kafka errors, kept across a restart', async () => {
    const altered = await alter([
      entry(
        [
          ['user', 'alice'],
          ['client-id', null],
        ],
        [['producer_byte_rate', 4096]],
      ),
      entry([['client-id', 'app']], [['consumer_byte_rate', 2.5]]),
    ]);
    assert.deepEqual(
      altered.entries.map((e) => [e.errorCode, e.errorMessage]),
      [
        [0, null],
        [42, 'consumer_byte_rate cannot be a fractional value.'],
      ],
    );
    assert.equal((await alter([entry([['user', 'bob']], [['producer_byte_rate', 1]])], true)).entries[0]!.errorCode, 0);
    const bad = await describe([{ entityType: 'user', matchType: 0, match: null }]);
    assert.equal(bad.errorCode, 42);
    assert.equal(bad.errorMessage, 'Request specified MATCH_TYPE_EXACT, but set match string to null.');
    assert.equal(bad.entries, null);
    await broker.restart();
    const found = await describe([{ entityType: 'user', matchType: 0, match: 'alice' }]);
    assert.equal(found.errorCode, 0);
    assert.deepEqual(found.entries, [
      {
        entity: [
          { entityType: 'user', entityName: 'alice' },
          { entityType: 'client-id', entityName: null },
        ],
        values: [{ key: 'producer_byte_rate', value: 4096 }],
      },
    ]);
    assert.deepEqual(
      (await describe([{ entityType: 'user', matchType: 0, match: 'bob' }])).entries,
      [],
      'validateOnly',
    );
    await alter([
      entry(
        [
          ['user', 'alice'],
          ['client-id', null],
        ],
        [['producer_byte_rate', 0, true]],
      ),
    ]);
    assert.deepEqual((await describe([], false)).entries, []);
  });

  it('an over-quota Produce is answered with throttle_time_ms, then its connection is not read for that time', async () => {
    await alter([entry([['client-id', 'wire-test']], [['producer_byte_rate', 1000]])]);
    const c = await WireClient.connect(port());
    const quiet = await WireClient.connect(port());
    try {
      const records = encodeRecordBatchSync({
        baseTimestamp: Date.now(),
        records: [{ key: null, value: Buffer.alloc(20000, 1) }],
      });
      const produce = {
        transactionalId: null,
        acks: 1,
        timeoutMs: 5000,
        topicData: [{ name: 'quota-wire', partitionData: [{ index: 0, records }] }],
      };
      c.send(0, 9, produce);
      const answer = (await c.nextResponse<ProduceResponse>(0, 9, 10000)).body;
      assert.equal(answer.responses[0]!.partitionResponses[0]!.errorCode, 0, 'the records are appended');
      // ~20 KB over the 2 s minimum window = 10 KB/s against 1 KB/s: (10 - 1) / 1 * 2 s.
      assert.ok(answer.throttleTimeMs > 5000, `throttle ${answer.throttleTimeMs} ms`);
      assert.equal(broker.broker.clientQuotas.produce.throttled, 1);
      // Muted: a request sent now waits (whatever the machine's speed, 18 s is far away).
      c.send(18, 3, { clientSoftwareName: 'x', clientSoftwareVersion: '1' });
      assert.equal(await c.next(500), null, 'no answer while throttled');
      // Another connection of the same client id is read (its requests count toward the same quota though).
      quiet.send(18, 3, { clientSoftwareName: 'x', clientSoftwareVersion: '1' });
      assert.ok(await quiet.next(5000), 'another connection is served');
    } finally {
      c.close();
      quiet.close();
      await alter([entry([['client-id', 'wire-test']], [['producer_byte_rate', 0, true]])]);
    }
  });

  it('an over-quota Fetch is answered empty with throttle_time_ms (the bytes are not counted)', async () => {
    await alter([entry([['user', 'ANONYMOUS']], [['consumer_byte_rate', 1000]])]);
    const c = await WireClient.connect(port());
    try {
      const fetch = {
        ...FetchRequestCodec.defaults(),
        replicaId: -1,
        maxWaitMs: 0,
        minBytes: 0,
        maxBytes: 1 << 20,
        isolationLevel: 0,
        sessionId: 0,
        sessionEpoch: -1,
        topics: [
          {
            topic: 'quota-wire',
            topicId: ZERO_UUID,
            partitions: [
              {
                partition: 0,
                currentLeaderEpoch: -1,
                fetchOffset: 0n,
                lastFetchedEpoch: -1,
                logStartOffset: -1n,
                partitionMaxBytes: 1 << 20,
              },
            ],
          },
        ],
        forgottenTopicsData: [],
        rackId: '',
      };
      c.send(1, 11, fetch);
      const answer = (await c.nextResponse<FetchResponse>(1, 11, 10000)).body;
      assert.ok(answer.throttleTimeMs > 0, `throttle ${answer.throttleTimeMs} ms`);
      assert.deepEqual(answer.responses, [], 'a throttled fetch carries no data');
      assert.equal(broker.broker.clientQuotas.fetch.throttled, 1);
    } finally {
      c.close();
      await alter([entry([['user', 'ANONYMOUS']], [['consumer_byte_rate', 0, true]])]);
    }
  });

  it('request_percentage throttles any API; versions without throttle_time_ms are answered as usual', async () => {
    await alter([
      entry(
        [['client-id', 'wire-test']],
        [
          ['request_percentage', 0.000001],
          ['producer_byte_rate', 1000],
        ],
      ),
    ]);
    const clients = await Promise.all([1, 2, 3].map(() => WireClient.connect(port())));
    const [a, b, c] = clients as [WireClient, WireClient, WireClient];
    try {
      a.send(18, 3, { clientSoftwareName: 'x', clientSoftwareVersion: '1' });
      const v3 = (await a.nextResponse<{ errorCode: number; throttleTimeMs: number }>(18, 3, 5000)).body;
      assert.equal(v3.errorCode, 0);
      // Far over the quota, but a request-time throttle is at most one window (1 s).
      assert.ok(v3.throttleTimeMs > 0 && v3.throttleTimeMs <= 1000, `throttle ${v3.throttleTimeMs} ms`);
      b.send(18, 0, {});
      assert.equal((await b.nextResponse<{ errorCode: number }>(18, 0, 5000)).body.errorCode, 0);
      const records = encodeRecordBatchSync({
        baseTimestamp: Date.now(),
        records: [{ key: null, value: Buffer.alloc(20000, 1) }],
      });
      c.send(0, 0, {
        transactionalId: null,
        acks: 1,
        timeoutMs: 5000,
        topicData: [{ name: 'quota-wire', partitionData: [{ index: 0, records }] }],
      });
      assert.ok(await c.next(5000), 'a throttled Produce v0 gets its answer (without the field)');
      assert.equal(c.closed, false);
    } finally {
      for (const client of clients) client.close();
      await alter([
        entry(
          [['client-id', 'wire-test']],
          [
            ['request_percentage', 0, true],
            ['producer_byte_rate', 0, true],
          ],
        ),
      ]);
    }
  });

  it('a kafkajs producer is held near its producer_byte_rate', async () => {
    const quota = 256 * 1024;
    await alter([entry([['client-id', 'rate-producer']], [['producer_byte_rate', quota]])]);
    const kafka = new Kafka({ clientId: 'rate-producer', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
    const producer = kafka.producer({ allowAutoTopicCreation: true });
    await producer.connect();
    const value = Buffer.alloc(4096, 7);
    const messages = Array.from({ length: 16 }, () => ({ value }));
    const sent: [number, number][] = [];
    const started = Date.now();
    try {
      while (Date.now() - started < 5000) {
        await producer.send({ topic: 'quota-rate', acks: 1, messages });
        sent.push([Date.now() - started, 16 * 4096]);
      }
    } finally {
      await producer.disconnect();
    }
    // After the first 2 s (the burst a fresh client may spend), bytes per second over the rest of the run.
    const late = sent.filter(([t]) => t >= 2000);
    const span = (late.at(-1)![0] - 2000) / 1000;
    const rate = late.reduce((sum, [, b]) => sum + b, 0) / span;
    const throttles = broker.broker.clientQuotas.produce;
    assert.ok(throttles.throttled > 0, 'the producer was throttled');
    const measured = `${Math.round(rate)} B/s against a quota of ${quota} B/s, ${throttles.throttled} throttled`;
    console.log(`      (${measured})`);
    assert.ok(rate < quota * 2 && rate > quota / 2, measured);
  });

  it("Kafka's kafka-configs sets and describes client quotas", async function () {
    const missing = javaUnavailable();
    if (missing) {
      console.log(`      (kafka-configs cannot run here: ${missing}; skipped)`);
      this.skip();
    }
    const add = await kafkaConfigs(broker.bootstrap, [
      '--alter',
      '--add-config',
      'producer_byte_rate=1048576,consumer_byte_rate=2097152',
      '--entity-type',
      'clients',
      '--entity-name',
      'tools-app',
    ]);
    assert.equal(add.code, 0, add.stderr + add.stdout);
    assert.match(add.stdout, /Completed updating config for client tools-app/);
    const shown = await describe([{ entityType: 'client-id', matchType: 0, match: 'tools-app' }], true);
    assert.deepEqual(
      shown.entries?.[0]?.values.sort((a, b) => a.key.localeCompare(b.key)),
      [
        { key: 'consumer_byte_rate', value: 2097152 },
        { key: 'producer_byte_rate', value: 1048576 },
      ],
    );
    const described = await kafkaConfigs(broker.bootstrap, [
      '--describe',
      '--entity-type',
      'clients',
      '--entity-name',
      'tools-app',
    ]);
    assert.equal(described.code, 0, described.stderr);
    assert.match(described.stdout, /producer_byte_rate=1048576/);
    assert.match(described.stdout, /consumer_byte_rate=2097152/);
  });
});
