import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { createLogger } from '../../src/log';
import { type OpsServer, startOpsServer } from '../../src/http/ops-server';
import { type SqlService, startSqlService } from '../../src/sql/rest';
import { startBroker, type TestBroker } from '../../src/testing';
import { Browser, chromiumProblem } from './chromium';

const ROOT = resolve(__dirname, '..', '..');
/** Where the screenshots go (build/ is ignored by git; CI keeps it). */
const OUTPUT = join(ROOT, 'build', 'test-output', 'console');
const TOPIC = 'console-orders';
const GROUP = 'console-billing';
const BASE_TIME = Date.UTC(2026, 11, 4, 12, 0, 0);
type TopicConfigs = { configs: { name: string; value: string; source: string; override: boolean }[] };

/**
 * The web console (src/console) against one in-process broker, the SQL processor beside it and kafkajs: the
 * JSON API's reads and changes (with the Kafka handlers' refusals), then every page in headless Chromium
 * (Debian's package, no npm download) with a screenshot each and the DOM checked for what the test produced.
 */
describe('web console', function () {
  this.timeout(60_000);
  let broker: TestBroker;
  let sql: SqlService;
  let ops: OpsServer;
  let kafka: Kafka;
  const api = async (path: string, method = 'GET', body?: unknown) => {
    const res = await fetch(`${ops.url}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> & unknown[] };
  };

  before(async () => {
    broker = await startBroker();
    sql = await startSqlService({ bootstrap: [broker.bootstrap], host: '127.0.0.1', port: 0 });
    ops = await startOpsServer({
      broker: broker.broker,
      host: '127.0.0.1',
      port: 0,
      log: createLogger({ level: 'warn' }),
      sqlUrl: sql.url,
    });
    kafka = new Kafka({ clientId: 'console-test', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
  });
  after(async () => {
    await ops?.close();
    await sql?.stop();
    await broker?.stop();
  });

  describe('JSON API', () => {
    it('creates a topic through the CreateTopics handler, with its refusals', async () => {
      const bad = await api('/api/topics', 'POST', { name: TOPIC, partitions: 3, configs: { 'retention.ms': 'soon' } });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.error, 'INVALID_CONFIG');
      assert.match(String(bad.body.message), /retention\.ms/);
      const created = await api('/api/topics', 'POST', { name: TOPIC, partitions: 3, replicationFactor: 1 });
      assert.equal(created.status, 201);
      assert.equal((created.body.partitions as unknown[]).length, 3);
      const again = await api('/api/topics', 'POST', { name: TOPIC, partitions: 3 });
      assert.equal(again.body.error, 'TOPIC_ALREADY_EXISTS');
      const badName = await api('/api/topics', 'POST', { name: 'no/slash', partitions: 1 });
      assert.equal(badName.body.error, 'INVALID_TOPIC_EXCEPTION');
      // a cross-site form post (not JSON) is refused before anything runs
      const form = await fetch(`${ops.url}/api/topics`, { method: 'POST', body: `name=${TOPIC}-x` });
      assert.equal(form.status, 403);
      const elsewhere = await fetch(`${ops.url}/api/topics`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
        body: JSON.stringify({ name: `${TOPIC}-x` }),
      });
      assert.equal(elsewhere.status, 403);
      assert.equal((await api(`/api/topics/${TOPIC}-x`)).status, 404);
    });

    it('edits configs through IncrementalAlterConfigs: set, refuse a bad value, delete', async () => {
      const set = await api(`/api/topics/${TOPIC}/configs`, 'PATCH', { 'retention.ms': '3600000' });
      assert.equal(set.status, 200);
      const configOf = (body: Record<string, unknown>) =>
        (body.configs as { name: string; value: string; source: string }[]).find((c) => c.name === 'retention.ms')!;
      assert.deepEqual(configOf(set.body), {
        name: 'retention.ms',
        value: '3600000',
        source: 'DynamicTopicConfig',
        override: true,
      });
      const bad = await api(`/api/topics/${TOPIC}/configs`, 'PATCH', { 'segment.bytes': '1' });
      assert.equal(bad.body.error, 'INVALID_CONFIG');
      const unknown = await api(`/api/topics/${TOPIC}/configs`, 'PATCH', { 'no.such.key': '1' });
      assert.equal(unknown.body.error, 'INVALID_CONFIG');
      const deleted = await api(`/api/topics/${TOPIC}/configs`, 'PATCH', { 'retention.ms': null });
      assert.equal(configOf(deleted.body).source, 'DefaultConfig');
    });

    it('browses messages by offset, timestamp and key; reports group lag', async () => {
      const producer = kafka.producer();
      await producer.connect();
      // order-i goes to partition i % 3, stamped BASE_TIME + i s: 10 records per partition
      await producer.send({
        topic: TOPIC,
        messages: Array.from({ length: 30 }, (_, i) => ({
          partition: i % 3,
          key: `order-${i}`,
          value: `{"order":${i},"amount":${i * 10}}`,
          timestamp: String(BASE_TIME + i * 1000),
          headers: { source: 'console-test' },
        })),
      });
      await producer.disconnect();
      // the group's commits, as a standalone consumer makes them (no generation); kafkajs' admin.setOffsets would
      // join the group first, 5 s of this test
      const commits = await broker.broker.groups.commitOffsets(GROUP, {
        memberId: '',
        groupInstanceId: null,
        generationIdOrMemberEpoch: -1,
        retentionTimeMs: -1,
        topics: [
          {
            name: TOPIC,
            partitions: [10n, 4n, 0n].map((offset, partition) => ({
              partition,
              offset,
              leaderEpoch: -1,
              metadata: null,
              commitTimestamp: -1,
            })),
          },
        ],
      });
      assert.deepEqual([...commits.values()], [0, 0, 0]);

      type Page = { records: { offset: number; key: string; value: string; headers: object }[]; nextOffset: number };
      const byOffset = (await api(`/api/topics/${TOPIC}/messages?partition=0&offset=5&limit=2`))
        .body as unknown as Page;
      assert.deepEqual(
        byOffset.records.map((r) => [r.offset, r.key]),
        [
          [5, 'order-15'],
          [6, 'order-18'],
        ],
      );
      assert.equal(byOffset.nextOffset, 7);
      assert.deepEqual(byOffset.records[0]!.headers, { source: 'console-test' });
      const byTime = (await api(`/api/topics/${TOPIC}/messages?partition=0&timestamp=${BASE_TIME + 14_500}&limit=1`))
        .body as unknown as Page;
      assert.deepEqual(
        byTime.records.map((r) => r.key),
        ['order-15'],
      );
      const byIsoTime = (
        await api(
          `/api/topics/${TOPIC}/messages?partition=0&timestamp=${new Date(BASE_TIME + 14_500).toISOString()}&limit=1`,
        )
      ).body as unknown as Page;
      assert.equal(byIsoTime.records[0]?.key, 'order-15');
      const byKey = (await api(`/api/topics/${TOPIC}/messages?partition=1&key=order-1`)).body as unknown as Page;
      assert.deepEqual(
        byKey.records.map((r) => r.key),
        ['order-1', 'order-10', 'order-13', 'order-16', 'order-19'],
      );
      assert.equal((await api(`/api/topics/${TOPIC}/messages?partition=7`)).status, 404);

      const groups = (await api('/api/groups')).body as unknown as { groupId: string; lag: number }[];
      assert.equal(groups.find((g) => g.groupId === GROUP)?.lag, 16);
      const group = (await api(`/api/groups/${GROUP}`)).body;
      assert.deepEqual(
        (group.offsets as { partition: number; committed: number; end: number; lag: number }[]).map((o) => [
          o.partition,
          o.committed,
          o.end,
          o.lag,
        ]),
        [
          [0, 10, 10, 0],
          [1, 4, 10, 6],
          [2, 0, 10, 10],
        ],
      );
      const overview = (await api('/api/overview')).body;
      assert.equal(overview.topics, 1);
      assert.equal(overview.groups, 1);
      assert.equal(overview.sql, true);
      const last = (overview.history as { messagesIn: number; diskBytes: number }[]).at(-1)!;
      assert.equal(last.messagesIn, 30);
      assert.ok(last.diskBytes > 0);
    });

    it('passes SQL statements to the SQL processor', async () => {
      const created = await api('/api/sql/ksql', 'POST', {
        ksql: `CREATE STREAM console_orders (k VARCHAR KEY, \`order\` INT, amount INT) WITH (kafka_topic='${TOPIC}', value_format='JSON');`,
      });
      assert.equal(created.status, 200, JSON.stringify(created.body));
      assert.equal((created.body[0] as { commandStatus: { status: string } }).commandStatus.status, 'SUCCESS');
      // a push query's rows come through the proxy as the processor writes them (one JSON line each)
      const res = await fetch(`${ops.url}/api/sql/query-stream`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          sql: 'SELECT k FROM console_orders EMIT CHANGES LIMIT 2;',
          properties: { 'auto.offset.reset': 'earliest' },
        }),
      });
      const lines = (await res.text()).trim().split('\n');
      assert.deepEqual(JSON.parse(lines[0]!).columnNames, ['K']);
      assert.equal(lines.length, 3);
    });
  });

  it('is off with http.console.enable=false, /metrics still served', async () => {
    const plain = await startBroker({ http: true, config: { 'http.console.enable': false } });
    try {
      assert.equal((await fetch(`${plain.httpUrl}/`)).status, 404);
      assert.equal((await fetch(`${plain.httpUrl}/api/topics`)).status, 404);
      assert.equal((await fetch(`${plain.httpUrl}/metrics`)).status, 200);
    } finally {
      await plain.stop();
    }
  });

  describe(`pages in headless Chromium (screenshots in ${relative(ROOT, OUTPUT)}/)`, () => {
    let profile = '';
    let browser: Browser | undefined;
    before(async function () {
      const problem = chromiumProblem();
      if (problem) {
        for (const test of this.test?.parent?.tests ?? []) test.title = `not run: ${problem}: ${test.title}`;
        this.skip();
      }
      rmSync(OUTPUT, { recursive: true, force: true });
      mkdirSync(OUTPUT, { recursive: true });
      profile = mkdtempSync(join(tmpdir(), 'brook-chromium-'));
      browser = await Browser.launch(profile);
    });
    after(async () => {
      await browser?.close();
      if (profile) rmSync(profile, { recursive: true, force: true });
    });

    /**
     * Opens `path`, waits until the page rendered (and `ready`, a JavaScript condition, holds), writes
     * `<name>.png` and answers the DOM.
     */
    const page = async (name: string, path: string, ready = 'true'): Promise<string> => {
      const file = join(OUTPUT, `${name}.png`);
      const dom = await browser!.open(
        `${ops.url}${path}`,
        `document.body.dataset.loaded === 'true' && (${ready})`,
        file,
      );
      assert.ok(statSync(file).size > 5000, `${file} is an empty screenshot`);
      assert.doesNotMatch(dom, /class="error"/, `the page at ${path} shows an error`);
      return dom;
    };

    it('overview: counts and the throughput charts', async () => {
      const dom = await page('overview', '/');
      // the SQL processor's command topic is a topic too
      const topics = ((await api('/api/topics')).body as unknown as { internal: boolean }[]).filter((t) => !t.internal);
      assert.match(dom, new RegExp(`data-card="topics"><a[^>]*><div class="value">${topics.length}<`));
      assert.match(dom, /data-card="under-replicated partitions"><div class="value">0</);
      assert.match(dom, /Throughput \(bytes\/s\)/);
      assert.match(dom, /<path d="M[^"]+"/, 'a line is drawn on a chart');
    });

    it('brokers: this broker with its log bytes and log dir', async () => {
      const dom = await page('brokers', '/console/brokers');
      assert.match(
        dom,
        new RegExp(
          `data-broker="${broker.nodeId}"><td>${broker.nodeId} \\(this broker\\)</td><td>${broker.bootstrap}</td><td></td><td>\\d+ partitions</td><td><span>0</span></td>`,
        ),
      );
      assert.match(dom, /free of/);
    });

    it('topics: the produced topic with its message count', async () => {
      const dom = await page('topics', '/console/topics');
      assert.match(dom, new RegExp(`data-topic="${TOPIC}" data-messages="30">`));
    });

    it('a topic: partitions with leader, ISR and offsets, and its configs', async () => {
      const dom = await page('topic', `/console/topics/${TOPIC}`);
      assert.match(dom, /data-topic-messages="30"/);
      assert.match(
        dom,
        /data-partition="2"><td><a[^>]*>2<\/a><\/td><td>1<\/td><td>1<\/td><td><span>1<\/span><\/td><td>0<\/td><td>10<\/td>/,
      );
      assert.match(dom, /id="topic-configs"/);
    });

    it('message browser: a key search', async () => {
      const dom = await page('messages', `/console/topics/${TOPIC}/messages?partition=1&key=order-1`);
      const offsets = [...dom.matchAll(/data-offset="(\d+)"/g)].map((m) => Number(m[1]));
      assert.deepEqual(offsets, [0, 3, 4, 5, 6]);
      assert.match(dom, /<td>order-13<\/td><td><code>\{"order":13,"amount":130\}<\/code><\/td>/);
    });

    it('a consumer group: lag per partition', async () => {
      const dom = await page('group', `/console/groups/${GROUP}`);
      assert.match(dom, /data-total-lag="16"/);
      assert.match(dom, new RegExp(`data-topic="${TOPIC}" data-partition="2" data-lag="10"`));
    });

    it('the forms: creates a topic and overrides a config from the page', async () => {
      await page('create-form', '/console/topics');
      const fill = (form: string, values: Record<string, string>) =>
        Object.entries(values)
          .map(
            ([name, value]) => `document.querySelector('#${form} [name="${name}"]').value = ${JSON.stringify(value)};`,
          )
          .join('');
      const created = await browser!.act(
        `${fill('create-topic', { name: 'console-made', partitions: '2', configs: 'retention.ms=7200000' })}
         document.querySelector('#create-topic button').click();`,
        `location.pathname === '/console/topics/console-made' && !!document.querySelector('#topic-configs')`,
        join(OUTPUT, 'created-topic.png'),
      );
      assert.match(created, /data-partition="1"/);
      assert.match(created, /name="retention.ms" placeholder="7200000"/);
      // the page re-renders itself after a change: its DOM is checked once the API says the change is in
      await browser!.act(
        `${fill('topic-configs', { 'retention.ms': '', 'cleanup.policy': 'compact' })}
         document.querySelector('#topic-configs button').click();`,
        `document.querySelector('#topic-configs [name="cleanup.policy"]')?.placeholder === 'compact'`,
        join(OUTPUT, 'edited-configs.png'),
      );
      const detail = (await api('/api/topics/console-made')).body as unknown as TopicConfigs;
      const config = (name: string) => detail.configs.find((c) => c.name === name)!;
      assert.deepEqual([config('cleanup.policy').value, config('cleanup.policy').override], ['compact', true]);
      assert.deepEqual([config('retention.ms').source, config('retention.ms').override], ['DefaultConfig', false]);
    });

    it('SQL editor: a push query streams its rows', async () => {
      const query = `SELECT k, amount FROM console_orders WHERE amount >= 100 EMIT CHANGES LIMIT 3;`;
      const dom = await page(
        'sql',
        `/console/sql?run=1&sql=${encodeURIComponent(query)}`,
        `document.getElementById('sql-status')?.textContent.includes('done')`,
      );
      assert.match(dom, /<th>K<\/th><th>AMOUNT<\/th>/);
      assert.equal([...dom.matchAll(/data-row="\d+"/g)].length, 3, dom.slice(dom.indexOf('<main')));
      assert.match(dom, /3 rows, done/);
    });
  });
});
