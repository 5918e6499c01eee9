/**
 * Two `brook sql-server` processes with the same service id share a persistent query (its consumer group splits
 * the input's partitions), exactly once (processing.guarantee=exactly_once_v2: one transaction per batch with
 * the input positions). One is SIGKILLed while records keep coming; the other takes its partitions over
 * (fencing the dead one's open transactions, reloading state from the changelog) and the tumbling-window COUNT
 * table ends with exactly the expected counts: none lost, none doubled. Against one `brook serve` process;
 * the compiled CLI (`npm run build` first).
 *
 * Pull queries are routed as ksqlDB's HARouting does (src/sql/rest/routing/): each instance holds its own
 * partitions' rows, a key lookup sent to either instance is answered by the key's owner (forwarded when it is
 * the other), a scan fans out to both; with the owner dead, a lookup fails with ksqlDB's words, or is answered
 * by a standby when `ksql.query.pull.enable.standby.reads` is on. Both instances take HTTP basic auth (ksqlDB's
 * authentication.method=BASIC with a PropertyFileLoginModule users file): a forwarded pull query carries the
 * caller's credentials to the owner, as HARouting does (the heartbeat path is left open by
 * authentication.skip.paths, the instances having no credentials of their own).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Admin, AssignerProtocol, Kafka, logLevel, type Producer } from 'kafkajs';
import { defaultPartition } from '../../../protocol/murmur2';
import { type ServeProcess, serve, sqlServer } from '../../broker/brook-process';

const USERS = ['ann', 'bob', 'cy', 'dee', 'eve', 'fay', 'gus', 'hal'];
const T0 = 1_700_000_040_000; // a minute boundary
const view = (i: number) => ({ user: USERS[i % USERS.length], ts: T0 + i * 400 });

/** The user both instances know (a PropertyFileLoginModule file written by the test). */
const authorization = `Basic ${Buffer.from('analyst:analyst-pw').toString('base64')}`;

const post = async (url: string, path: string, body: unknown) => {
  const res = await fetch(`${url}${path}`, { method: 'POST', body: JSON.stringify(body), headers: { authorization } });
  return { status: res.status, body: JSON.parse(await res.text()) };
};

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const got = await probe().catch(() => undefined);
    if (got !== undefined) return got;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('sql scale-out: two processors share a query, one is SIGKILLed, exactly once', function () {
  this.timeout(180_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'brook-sql-scale-'));
  let broker: ServeProcess | undefined;
  const servers: ReturnType<typeof sqlServer>[] = [];
  let admin: Admin | undefined;
  let producer: Producer | undefined;

  after(async () => {
    await producer?.disconnect();
    await admin?.disconnect();
    for (const s of servers) {
      s.child.kill('SIGKILL');
      await s.exit;
    }
    if (broker) {
      broker.child.kill('SIGTERM');
      // a broker that does not stop on SIGTERM must not outlive the test run
      const killer = setTimeout(() => broker?.child.kill('SIGKILL'), 10_000);
      await broker.exit;
      clearTimeout(killer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('the survivor carries on: every window counts each record once', async () => {
    broker = serve(['--port', '0', '--data-dir', dataDir, '--no-sql']);
    const bootstrap = `127.0.0.1:${await broker.ready}`;
    const kafka = new Kafka({ clientId: 'scale-out-test', brokers: [bootstrap], logLevel: logLevel.NOTHING });
    admin = kafka.admin();
    await admin.connect();
    producer = kafka.producer();
    await producer.connect();

    // the heartbeat on (ksqlDB's HeartbeatAgent), its thresholds wide enough for a loaded machine: 10 heartbeats
    // (1 s) missed in a row make a host dead, well before the group's session timeout (6 s) moves its tasks
    const heartbeat = [
      'ksql.heartbeat.enable=true',
      'ksql.heartbeat.missed.threshold.ms=10',
      'ksql.heartbeat.window.ms=4000',
    ];
    const users = join(dataDir, 'sql-users.properties');
    writeFileSync(users, 'analyst: analyst-pw,user\n');
    const properties = join(dataDir, 'ksql-server.properties');
    writeFileSync(
      properties,
      [
        'authentication.method=BASIC',
        `authentication.jaas.config=org.eclipse.jetty.jaas.spi.PropertyFileLoginModule required file="${users}";`,
        'authentication.skip.paths=/heartbeat',
      ].join('\n'),
    );
    const args = [
      ...['--bootstrap', bootstrap, '--service-id', 'shared_', '--config', properties],
      ...heartbeat.flatMap((kv) => ['--set', kv]),
    ];
    // both instances up first: the second learns the statements from the command topic as they come
    servers.push(sqlServer(args), sqlServer(args));
    const [first, second] = await Promise.all(servers.map((s) => s.ready));
    const created = await post(first, '/ksql', {
      ksql:
        "CREATE STREAM clicks (user VARCHAR KEY, n INT) WITH (kafka_topic='clicks', value_format='JSON', partitions=4);" +
        'CREATE TABLE per_minute AS SELECT user, COUNT(*) AS c FROM clicks WINDOW TUMBLING (SIZE 1 MINUTE) GROUP BY user;',
      streamsProperties: {
        'ksql.streams.auto.offset.reset': 'earliest',
        'processing.guarantee': 'exactly_once_v2',
        'session.timeout.ms': 6000,
        'num.standby.replicas': 1,
      },
    });
    assert.equal(created.status, 200, JSON.stringify(created.body));
    const groupId = await until('the query group', async () =>
      (await admin!.listGroups()).groups.map((g) => g.groupId).find((g) => g.includes('CTAS_PER_MINUTE')),
    );
    await until('both instances in the group', async () => {
      const [g] = (await admin!.describeGroups([groupId])).groups;
      return g.state === 'Stable' && g.members.length === 2 ? g : undefined;
    });

    const send = (from: number, to: number) =>
      producer!.send({
        topic: 'clicks',
        messages: Array.from({ length: to - from }, (_, k) => {
          const v = view(from + k);
          return { key: v.user, value: '{"N":1}', timestamp: String(v.ts) };
        }),
      });
    type Item = { row?: { columns: [string, number, number] }; errorMessage?: { message: string } };
    const pull = async (url: string, where = '', extra: Record<string, unknown> = {}) => {
      const res = await post(url, '/query', { ksql: `SELECT user, windowstart, c FROM per_minute${where};`, ...extra });
      // refused before the header (400, a statement_error), or failed after it (an error item last)
      if (res.status !== 200) return { rows: [], error: String(res.body.message), status: res.status };
      const items = res.body.slice(1) as Item[];
      const error = items.find((i) => i.errorMessage)?.errorMessage?.message;
      const rows = items
        .flatMap(({ row }) => (row ? [`${row.columns[0]}@${row.columns[1]}=${row.columns[2]}`] : []))
        .sort();
      return { rows, error, status: res.status };
    };
    /** Every host's liveness as `url` sees it (GET /clusterStatus), `host:port=alive|dead`, sorted. */
    const cluster = async (url: string) => {
      const res = await fetch(`${url}/clusterStatus`, { headers: { authorization } });
      const { clusterStatus } = (await res.json()) as { clusterStatus: Record<string, { hostAlive: boolean }> };
      return Object.entries(clusterStatus)
        .map(([host, s]) => `${host}=${s.hostAlive ? 'alive' : 'dead'}`)
        .sort();
    };
    const hosts = [first, second].map((u) => new URL(u).host);
    const allAlive = hosts.map((h) => `${h}=alive`).sort();
    /**
     * A pull query while both instances live: asked again while the heartbeat sees the other dead (a process
     * starved for a second on a loaded machine misses its heartbeats; ksqlDB refuses then too).
     */
    const pullLive = async (url: string, where = '') => {
      for (let attempt = 0; ; attempt++) {
        const got = await pull(url, where);
        if (attempt >= 50 || !got.error?.includes('failed to find valid host')) return got;
        await new Promise((r) => setTimeout(r, 200));
      }
    };
    const counts = async (url: string) => {
      const { rows, error } = await pullLive(url);
      assert.equal(error, undefined);
      return rows;
    };
    const total = (rows: string[]) => rows.reduce((a, r) => a + Number(r.split('=')[1]), 0);
    const expected = (n: number) => {
      const m = new Map<string, number>();
      for (let i = 0; i < n; i++) {
        const v = view(i);
        const k = `${v.user}@${v.ts - (v.ts % 60_000)}`;
        m.set(k, (m.get(k) ?? 0) + 1);
      }
      return [...m].map(([k, c]) => `${k}=${c}`).sort();
    };

    /** The table once it counted `n` records (or what it holds after 40 s): compared whole, so a diff shows. */
    const settled = async (n: number) => {
      let rows: string[] = [];
      await until(
        `${n} counted`,
        async () => {
          rows = await counts(second);
          return total(rows) >= n ? rows : undefined;
        },
        40_000,
      ).catch(() => undefined);
      return rows;
    };

    await send(0, 400);
    assert.deepEqual(await settled(400), expected(400));
    // both share the work: each owns two of the four partitions (tasks)
    const [g] = (await admin.describeGroups([groupId])).groups;
    const owned = g.members.map((m) => AssignerProtocol.MemberAssignment.decode(m.memberAssignment)?.assignment.clicks);
    assert.deepEqual(
      owned.map((p) => p?.length),
      [2, 2],
    );

    // each instance hears the other's heartbeats
    for (const url of [first, second]) {
      await until('both hosts alive', async () => ((await cluster(url)).join() === allAlive.join() ? true : undefined));
    }
    // pull queries by key, each key asked of both instances: the owner answers, forwarded when it is the other
    const ownerOf = (user: string) => owned.findIndex((p) => p?.includes(defaultPartition(Buffer.from(user), 4)));
    assert.deepEqual(new Set(USERS.map(ownerOf)), new Set([0, 1]), 'the keys are spread over both instances');
    for (const user of USERS) {
      for (const url of [first, second]) {
        const { rows, error } = await pullLive(url, ` WHERE user='${user}'`);
        assert.equal(error, undefined);
        assert.deepEqual(
          rows,
          expected(400).filter((r) => r.startsWith(`${user}@`)),
          `${user} asked of ${url}`,
        );
      }
    }
    // a scan on either instance gathers both halves; each instance alone (no forwarding) holds only its own keys
    assert.deepEqual(await counts(first), expected(400));
    const alone = (url: string) =>
      pull(url, '', { requestProperties: { 'request.ksql.query.pull.skip.forwarding': true } }).then((r) => r.rows);
    const [mine, theirs] = await Promise.all([alone(first), alone(second)]);
    assert.ok(mine.length > 0 && theirs.length > 0, 'each instance holds some keys');
    assert.deepEqual([...mine, ...theirs].sort(), expected(400));
    const firstOwns = USERS.find((u) => mine.some((r) => r.startsWith(`${u}@`)));
    assert.ok(firstOwns, 'a key held by the first instance');

    // more records, the first instance killed in the middle of them
    await send(400, 600);
    servers[0].child.kill('SIGKILL');
    await servers[0].exit;
    // its key, asked of the survivor before the group notices (session timeout 6 s): the owner is unreachable;
    // the forward fails, or the heartbeat already tells it dead
    const unreachable = await pull(second, ` WHERE user='${firstOwns}'`);
    assert.match(
      String(unreachable.error),
      /^Unable to execute pull query: Exhausted standby hosts to try\.$|failed to find valid host/,
    );
    // the heartbeat notices; then the owner is left out before anything is sent (400, LivenessFilter's words)
    await until('the dead host seen dead', async () =>
      (await cluster(second)).includes(`${hosts[0]}=dead`) ? true : undefined,
    );
    const dead = await pull(second, ` WHERE user='${firstOwns}'`);
    assert.equal(dead.status, 400);
    assert.match(
      String(dead.error),
      new RegExp(
        `^Unable to execute pull query\\. \\[Partition \\d failed to find valid host\\. Hosts scanned: \\[${hosts[0]} was not selected because Host is not alive as of time \\d+\\]\\]$`,
      ),
    );
    // with standby reads on, the survivor answers from the table's committed changelog (its sink topic)
    const standby = await pull(second, ` WHERE user='${firstOwns}'`, {
      streamsProperties: { 'ksql.query.pull.enable.standby.reads': true },
    });
    assert.equal(standby.error, undefined);
    assert.ok(standby.rows.length > 0 && standby.rows.every((r) => r.startsWith(`${firstOwns}@`)));
    await send(600, 1000);
    const final = await settled(1000);
    assert.deepEqual(final, expected(1000));
    console.log(
      `      ${final.length} windows, ${total(final)} records counted once each after the SIGKILL of one instance`,
    );
  });
});
