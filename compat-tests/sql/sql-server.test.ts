/**
 * `brook sql-server` (the SQL processor run alone, a Kafka client only) against each target of ../lib/targets.ts:
 * Brook and the official Kafka 4.4. The same statements and the same input (explicit keys and timestamps,
 * produced with kafkajs) go to each; a filter, a tumbling-window COUNT table (also run exactly once:
 * processing.guarantee=exactly_once_v2, a consumer group and transactions) and a stream-table join must give
 * the expected results, and the same results on every target, compared in the last test.
 *
 * Starting the official Kafka costs far more than the ~15 s a suite may add to `npm test`: this runs under
 * `npm run compat` or with COMPAT_SQL=1 (after `npm run build`), and says so when skipped.
 *
 *   COMPAT_SQL=1 npx mocha compat-tests/sql/sql-server.test.ts
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { repoRoot } from '../lib/broker';
import { selectedTargets, type Target } from '../lib/targets';

const ENABLED = process.env.COMPAT_ORACLE_CLIENTS === 'all' || process.env.COMPAT_SQL === '1';

const STATEMENTS = `
  CREATE STREAM views (user VARCHAR KEY, page VARCHAR, ms INT)
    WITH (kafka_topic='views', value_format='JSON', partitions=2);
  CREATE TABLE users (user VARCHAR PRIMARY KEY, club VARCHAR)
    WITH (kafka_topic='users', value_format='JSON', partitions=2);
  CREATE STREAM slow AS SELECT user, page, ms FROM views WHERE ms >= 500;
  CREATE TABLE per_minute AS SELECT user, COUNT(*) AS n FROM views WINDOW TUMBLING (SIZE 1 MINUTE) GROUP BY user;
  CREATE STREAM enriched AS SELECT v.user, v.page, u.club FROM views v JOIN users u ON v.user = u.user;`;

const USERS = ['ann', 'bob', 'cy', 'dee'];
const T0 = 1_700_000_000_000 - (1_700_000_000_000 % 60_000);
/** 120 views over three minutes, four users, one with no row in USERS (the inner join drops its views). */
const VIEWS = Array.from({ length: 120 }, (_, i) => ({
  user: USERS[i % 4],
  page: `p${i % 7}`,
  ms: (i * 37) % 1000,
  ts: T0 + i * 1500,
}));

/** The same count shared and exactly once (consumer group, transactions with sendOffsets): its own request. */
const EXACTLY_ONCE =
  'CREATE TABLE per_minute_eos AS SELECT user, COUNT(*) AS n FROM views WINDOW TUMBLING (SIZE 1 MINUTE) GROUP BY user;';

interface Results {
  slow: string[];
  perMinute: string[];
  perMinuteExactlyOnce: string[];
  enriched: string[];
}

function expected(): Results {
  const counts = new Map<string, number>();
  for (const v of VIEWS) {
    const k = `${v.user}@${v.ts - (v.ts % 60_000)}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return {
    slow: VIEWS.filter((v) => v.ms >= 500)
      .map((v) => `${v.user},${v.page},${v.ms}`)
      .sort(),
    perMinute: [...counts].map(([k, n]) => `${k}=${n}`).sort(),
    perMinuteExactlyOnce: [...counts].map(([k, n]) => `${k}=${n}`).sort(),
    enriched: VIEWS.filter((v) => v.user !== 'dee')
      .map((v) => `${v.user},${v.page},${USERS.indexOf(v.user) % 2 ? 'gold' : 'silver'}`)
      .sort(),
  };
}

/** `node bin/brook.js sql-server` on a free port; resolves with its REST URL once it printed "ready". */
function startSqlServer(bootstrap: string): Promise<{ url: string; child: ChildProcess; output: () => string }> {
  const child = spawn(
    process.execPath,
    [join(repoRoot, 'bin', 'brook.js'), 'sql-server', '--bootstrap', bootstrap, '--listeners', 'http://127.0.0.1:0'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  const output = () => out;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`sql-server did not start:\n${out}`)), 60_000);
    const keep = (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const m = /ready: (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], child, output });
      }
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`sql-server exited (${code}):\n${out}`));
    });
  });
}

const post = async (url: string, body: unknown) => {
  const res = await fetch(url, { method: 'POST', body: JSON.stringify(body) });
  return { status: res.status, body: JSON.parse(await res.text()) };
};

/** Reads a topic (read_committed) until `count` records came, or 60 s passed. */
async function readTopic(bootstrap: string, topic: string, count: number): Promise<{ key: string; value: string }[]> {
  const kafka = new Kafka({ clientId: 'sql-compat-reader', brokers: [bootstrap], logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `sql-compat-${topic}-${Date.now()}`, maxWaitTimeInMs: 200 });
  const got: { key: string; value: string }[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    let done: () => void = () => {};
    const enough = new Promise<void>((r) => {
      done = r;
    });
    await consumer.run({
      eachMessage: async ({ message }) => {
        got.push({ key: message.key?.toString('hex') ?? '', value: message.value?.toString() ?? '' });
        if (got.length >= count) done();
      },
    });
    await Promise.race([enough, new Promise((r) => setTimeout(r, 60_000))]);
  } finally {
    await consumer.disconnect();
  }
  return got;
}

async function runOn(target: Target): Promise<Results> {
  const server = await startSqlServer(target.bootstrap);
  try {
    const created = await post(`${server.url}/ksql`, {
      ksql: STATEMENTS,
      streamsProperties: { 'ksql.streams.auto.offset.reset': 'earliest' },
    });
    assert.equal(created.status, 200, JSON.stringify(created.body));
    const eos = await post(`${server.url}/ksql`, {
      ksql: EXACTLY_ONCE,
      streamsProperties: { 'ksql.streams.auto.offset.reset': 'earliest', 'processing.guarantee': 'exactly_once_v2' },
    });
    assert.equal(eos.status, 200, JSON.stringify(eos.body));
    const kafka = new Kafka({ clientId: 'sql-compat', brokers: [target.bootstrap], logLevel: logLevel.NOTHING });
    const producer = kafka.producer();
    await producer.connect();
    try {
      await producer.send({
        topic: 'users',
        messages: USERS.slice(0, 3).map((u, i) => ({
          key: u,
          value: JSON.stringify({ CLUB: i % 2 ? 'gold' : 'silver' }),
          timestamp: String(T0 - 1000),
        })),
      });
      // the join reads both topics from the start: the table rows are older than every view
      await new Promise((r) => setTimeout(r, 1000));
      await producer.send({
        topic: 'views',
        messages: VIEWS.map((v) => ({
          key: v.user,
          value: JSON.stringify({ PAGE: v.page, MS: v.ms }),
          timestamp: String(v.ts),
        })),
      });
    } finally {
      await producer.disconnect();
    }
    const want = expected();
    const slow = (await readTopic(target.bootstrap, 'SLOW', want.slow.length)).map((r) => {
      const v = JSON.parse(r.value);
      return `${Buffer.from(r.key, 'hex').toString()},${v.PAGE},${v.MS}`;
    });
    const enriched = (await readTopic(target.bootstrap, 'ENRICHED', want.enriched.length)).map((r) => {
      const v = JSON.parse(r.value);
      return `${Buffer.from(r.key, 'hex').toString()},${v.PAGE},${v.CLUB}`;
    });
    // the tables' final counts, asked with pull queries (table scans) until they add up
    const pull = async (table: string) => {
      let rows: string[] = [];
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        const pulled = await post(`${server.url}/query`, { ksql: `SELECT user, windowstart, n FROM ${table};` });
        assert.equal(pulled.status, 200, JSON.stringify(pulled.body));
        const columns: unknown[][] = pulled.body.slice(1).map((r: { row: { columns: unknown[] } }) => r.row.columns);
        rows = columns.map(([user, start, n]) => `${user}@${start}=${n}`).sort();
        if (columns.reduce((a, r) => a + Number(r[2]), 0) >= VIEWS.length) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      return rows;
    };
    return {
      slow: slow.sort(),
      perMinute: await pull('per_minute'),
      perMinuteExactlyOnce: await pull('per_minute_eos'),
      enriched: enriched.sort(),
    };
  } finally {
    const exited = new Promise((r) => server.child.once('exit', r));
    server.child.kill('SIGTERM');
    await exited;
  }
}

describe('compat-tests: `brook sql-server` gives the same results on Brook and on the official Kafka', function () {
  this.timeout(600_000);
  const results = new Map<string, Results>();
  before(function () {
    if (!ENABLED) {
      console.log(
        '    (brook sql-server against each target runs under `npm run compat` or COMPAT_SQL=1; skipped here)',
      );
      this.skip();
    }
  });

  for (const spec of selectedTargets()) {
    it(`filter, tumbling COUNT, stream-table join on ${spec.id}: ${spec.title}`, async function () {
      const why = spec.unavailable();
      if (why) {
        this.test!.title += ` [NOT RUN: ${why}]`;
        this.skip();
      }
      const target = await spec.start();
      try {
        console.log(`      target: ${target.describe}`);
        const got = await runOn(target);
        assert.deepEqual(got, expected());
        results.set(spec.id, got);
      } finally {
        await target.destroy();
      }
    });
  }

  it('every target that ran gave the same rows', function () {
    if (results.size < 2) {
      this.test!.title += ` [NOT RUN: ${results.size} target(s) ran]`;
      this.skip();
    }
    const [first, ...rest] = [...results];
    for (const [id, r] of rest) assert.deepEqual(r, first[1], `${id} differs from ${first[0]}`);
    console.log(`      same rows on ${[...results.keys()].join(' and ')}`);
  });
});
