import assert from 'node:assert/strict';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { REQUEST_END_CHANNEL, REQUEST_START_CHANNEL, type RequestEndEvent } from '../../src/metrics/request-events';
import { type LogEntry, startBroker, type TestBroker } from '../../src/testing';
import { type ServeProcess, serve } from './brook-process';
import { consumeUntil } from '../kafkajs-consume';

/** One sample of the Prometheus text format: `name{label="v",...} value`. */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

function parsePrometheus(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    assert.ok(match, `not a Prometheus sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) {
      labels[key!] = value!;
    }
    samples.push({ name: match[1]!, labels, value: Number(match[3]) });
  }
  return samples;
}

/** The value of the one sample of `name` whose labels are exactly `labels` (missing: undefined). */
function sampleValue(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = JSON.stringify(Object.entries(labels).sort());
  return samples.find((s) => s.name === name && JSON.stringify(Object.entries(s.labels).sort()) === wanted)?.value;
}

async function scrape(broker: TestBroker): Promise<Sample[]> {
  const res = await fetch(`${broker.httpUrl}/metrics`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
  return parsePrometheus(await res.text());
}

/**
 * The ops HTTP listener against a real broker and kafkajs: /metrics counters match what the clients did,
 * /health and /ready say what they should, request events go out on diagnostics_channel, and request tracing
 * writes its lines at info level on a broker logging at warn.
 */
describe('ops HTTP listener: /metrics, /health, /ready, /trace', function () {
  this.timeout(30000);
  let broker: TestBroker;
  let kafka: Kafka;
  const logs: LogEntry[] = [];
  const ended: RequestEndEvent[] = [];
  let started = 0;
  const onStart = () => started++;
  const onEnd = (event: unknown) => ended.push(event as RequestEndEvent);

  before(async () => {
    broker = await startBroker({ http: true, logLevel: 'warn', onLog: (entry) => logs.push(entry) });
    kafka = new Kafka({ clientId: 'metrics-test', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
    subscribe(REQUEST_START_CHANNEL, onStart);
    subscribe(REQUEST_END_CHANNEL, onEnd);
  });
  after(async () => {
    unsubscribe(REQUEST_START_CHANNEL, onStart);
    unsubscribe(REQUEST_END_CHANNEL, onEnd);
    await broker?.stop();
  });

  it('is healthy and ready once started, and answers 404 elsewhere', async () => {
    const health = await fetch(`${broker.httpUrl}/health`);
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { status: 'UP' });
    const ready = await fetch(`${broker.httpUrl}/ready`);
    assert.equal(ready.status, 200);
    assert.deepEqual(await ready.json(), {
      status: 'READY',
      checks: {
        listeners: true,
        groupCoordinator: true,
        transactionCoordinator: true,
        registered: true,
        stopping: false,
      },
      liveBrokers: 1,
    });
    assert.equal((await fetch(`${broker.httpUrl}/nope`)).status, 404);
    assert.equal((await fetch(`${broker.httpUrl}/metrics`, { method: 'POST' })).status, 405);
  });

  it('counts the records, bytes and requests of a kafkajs produce/consume run', async () => {
    const topic = 'metered';
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 3 }] });
    await admin.disconnect();

    ended.length = 0;
    const producer = kafka.producer();
    await producer.connect();
    const sends = 4;
    const perSend = 75;
    for (let i = 0; i < sends; i++) {
      await producer.send({
        topic,
        messages: Array.from({ length: perSend }, (_, j) => ({ key: `k${j}`, value: `value ${i}-${j}` })),
      });
    }
    await producer.disconnect();

    const consumer = kafka.consumer({ groupId: 'metered-group' });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    let consumed = 0;
    // disconnecting commits the consumed offsets
    await consumeUntil(
      consumer,
      () => ++consumed === sends * perSend,
      () => `${consumed} of ${sends * perSend} records`,
    );

    const samples = await scrape(broker);
    const sent = sends * perSend;
    assert.equal(sampleValue(samples, 'kafka_server_brokertopicmetrics_messagesin_total', { topic }), sent);
    // the bytes received are the batches appended: the partitions' logs hold exactly them
    const bytesIn = sampleValue(samples, 'kafka_server_brokertopicmetrics_bytesin_total', { topic })!;
    const logSize = samples
      .filter((s) => s.name === 'kafka_log_log_size' && s.labels.topic === topic)
      .reduce((sum, s) => sum + s.value, 0);
    assert.ok(bytesIn > 0);
    assert.equal(bytesIn, logSize);
    // the consumer read every batch once at least
    assert.ok(sampleValue(samples, 'kafka_server_brokertopicmetrics_bytesout_total', { topic })! >= bytesIn);
    // without a topic label: all topics (the group's offsets went to __consumer_offsets too)
    assert.ok(sampleValue(samples, 'kafka_server_brokertopicmetrics_messagesin_total')! >= sent);

    // requests: as many as the diagnostics_channel saw end, for each API; the histogram counts the same
    const produces = ended.filter((e) => e.api === 'Produce');
    assert.equal(produces.length, sends);
    assert.ok(produces.every((e) => e.clientId === 'metrics-test' && e.durationMs >= 0 && e.responded));
    assert.ok(started >= ended.length);
    const produceCount = sampleValue(samples, 'kafka_network_requestmetrics_requests_total', { request: 'Produce' });
    assert.equal(produceCount, sends);
    assert.equal(sampleValue(samples, 'kafka_network_requestmetrics_totaltimems_count', { request: 'Produce' }), sends);
    assert.equal(
      sampleValue(samples, 'kafka_network_requestmetrics_totaltimems_bucket', { request: 'Produce', le: '+Inf' }),
      sends,
    );
    assert.ok(sampleValue(samples, 'kafka_network_requestmetrics_requests_total', { request: 'Fetch' })! > 0);

    // the group committed everything: no lag; offsets as kafka_exporter names them
    for (const partition of ['0', '1', '2']) {
      const labels = { consumergroup: 'metered-group', topic, partition };
      assert.equal(sampleValue(samples, 'kafka_consumergroup_lag', labels), 0);
      assert.equal(
        sampleValue(samples, 'kafka_consumergroup_current_offset', labels),
        sampleValue(samples, 'kafka_topic_partition_current_offset', { topic, partition }),
      );
    }
    assert.equal(sampleValue(samples, 'kafka_server_replicamanager_underreplicatedpartitions'), 0);
    assert.equal(sampleValue(samples, 'kafka_controller_kafkacontroller_offlinepartitionscount'), 0);
    assert.equal(sampleValue(samples, 'kafka_server_replicamanager_isrshrinks_total'), 0);
    assert.ok(samples.some((s) => s.name === 'process_cpu_user_seconds_total'));

    // ten more records nobody consumed: the group lags by ten
    const late = kafka.producer();
    await late.connect();
    await late.send({ topic, messages: Array.from({ length: 10 }, (_, j) => ({ value: `late ${j}` })) });
    await late.disconnect();
    const after = await scrape(broker);
    const lag = after
      .filter((s) => s.name === 'kafka_consumergroup_lag' && s.labels.consumergroup === 'metered-group')
      .reduce((sum, s) => sum + s.value, 0);
    assert.equal(lag, 10);
    assert.equal(sampleValue(after, 'kafka_server_brokertopicmetrics_messagesin_total', { topic }), sent + 10);

    // a deleted topic's series go with it (Kafka removes its per-topic metrics; lag of a gone partition is not shown)
    const cleanup = kafka.admin();
    await cleanup.connect();
    await cleanup.deleteTopics({ topics: [topic] });
    await cleanup.disconnect();
    const gone = await scrape(broker);
    assert.deepEqual(
      gone.filter((s) => s.labels.topic === topic),
      [],
    );
  });

  it('traces the requests asked for at info level on a broker logging at warn, until switched off', async () => {
    const on = await fetch(`${broker.httpUrl}/trace?api=Produce&client=traced&seconds=30`, { method: 'POST' });
    assert.equal(on.status, 200);
    assert.deepEqual((await on.json()) as object, {
      active: true,
      apis: ['produce'],
      clientIds: ['traced'],
      untilMs: ((await (await fetch(`${broker.httpUrl}/trace`)).json()) as { untilMs: number }).untilMs,
    });
    logs.length = 0;
    for (const clientId of ['traced', 'other']) {
      const producer = new Kafka({ clientId, brokers: [broker.bootstrap], logLevel: logLevel.NOTHING }).producer();
      await producer.connect();
      await producer.send({ topic: 'traced-topic', messages: [{ value: 'x' }] });
      await producer.disconnect();
    }
    const traced = logs.filter((e) => e.message === 'request');
    assert.equal(traced.length, 1, JSON.stringify(logs));
    assert.equal(traced[0]!.level, 'info');
    assert.equal(traced[0]!.api, 'Produce');
    assert.equal(traced[0]!.clientId, 'traced');
    assert.equal((await fetch(`${broker.httpUrl}/trace`, { method: 'DELETE' })).status, 200);
    logs.length = 0;
    const producer = new Kafka({
      clientId: 'traced',
      brokers: [broker.bootstrap],
      logLevel: logLevel.NOTHING,
    }).producer();
    await producer.connect();
    await producer.send({ topic: 'traced-topic', messages: [{ value: 'y' }] });
    await producer.disconnect();
    assert.deepEqual(
      logs.filter((e) => e.message === 'request'),
      [],
    );
    assert.equal((await fetch(`${broker.httpUrl}/trace?seconds=soon`, { method: 'POST' })).status, 400);
  });

  it('is neither healthy nor ready once the broker is stopping', async () => {
    await broker.broker.stop();
    const health = await fetch(`${broker.httpUrl}/health`);
    assert.equal(health.status, 503);
    const ready = await fetch(`${broker.httpUrl}/ready`);
    assert.equal(ready.status, 503);
    const body = (await ready.json()) as { status: string; checks: Record<string, boolean> };
    assert.equal(body.status, 'NOT_READY');
    assert.equal(body.checks.stopping, true);
    assert.equal(body.checks.groupCoordinator, false);
  });
});

describe('brook serve --http-listeners / --no-http', function () {
  this.timeout(30000);
  const running: ServeProcess[] = [];
  const start = (args: string[]) => {
    const p = serve(args);
    running.push(p);
    return p;
  };
  afterEach(async () => {
    // after a failure too: a broker left running would keep the test run from ever ending
    for (const p of running.splice(0)) {
      if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
      await p.exit;
    }
  });

  it('starts the ops listener it is given, names it on the readiness line, and stops it on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'brook-ops-'));
    try {
      const broker = start([
        '--port',
        '0',
        '--data-dir',
        dataDir,
        '--no-sql',
        '--http-listeners',
        'http://127.0.0.1:0',
      ]);
      await broker.ready;
      const url = /metrics on (http:\/\/127\.0\.0\.1:\d+)\/metrics/.exec(broker.output())?.[1];
      assert.ok(url, broker.output());
      assert.equal((await fetch(`${url}/ready`)).status, 200);
      const text = await (await fetch(`${url}/metrics`)).text();
      assert.match(text, /^kafka_controller_kafkacontroller_activecontrollercount 1$/m);
      // the web console's page as `npm run build` wrote it to dist/console (test/console drives it in Chromium)
      assert.match(await (await fetch(`${url}/`)).text(), /<script src="\/console\/app\.js"/);
      const script = await fetch(`${url}/console/app.js`);
      assert.equal(script.status, 200);
      assert.match(await script.text(), /\/api\/overview/);
      broker.child.kill('SIGTERM');
      assert.equal(await broker.exit, 0);
      await assert.rejects(fetch(`${url}/health`));

      const refused = start([
        '--port',
        '0',
        '--data-dir',
        dataDir,
        '--no-http',
        '--http-listeners',
        'http://127.0.0.1:0',
      ]);
      assert.equal(await refused.exit, 1);
      assert.match(refused.output(), /--no-http cannot be combined with --http-listeners/);
      const off = start(['--port', '0', '--data-dir', dataDir, '--no-sql', '--no-http']);
      await off.ready;
      assert.doesNotMatch(off.output(), /metrics on/);
      off.child.kill('SIGTERM');
      assert.equal(await off.exit, 0);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
