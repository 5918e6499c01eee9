/**
 * Wire-level comparison with the official Kafka 4.4: the same request frames (cases.ts) go to Brook and to Kafka
 * in one run, both answers are decoded with Brook's generated codecs, per-cluster values are normalised
 * (compare.ts) and every field is compared. A difference must be a finding in FINDINGS.md (deliberate, with the
 * reason); any other fails the test. Prints the table of differences and a count line.
 *
 * It lives in test/ rather than compat-tests/ because the layer rule lets compat-tests reach Brook only through
 * its CLI, ports and `brook/testing`, and the comparison needs the protocol codecs to build and decode frames.
 * Needs java and mvn (the official Kafka from Maven jars, compat-tests/lib/kafka-process.ts); says so otherwise.
 * `WIRE_DUMP=ScramCredentials npx mocha test/wire/wire-compare.test.ts` also prints both answers of matching cases.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { javaUnavailable, KAFKA_VERSION } from '../../compat-tests/lib/kafka-jars';
import { KafkaProcess } from '../../compat-tests/lib/kafka-process';
import * as P from '../../protocol';
import { decodeResponse, encodeRequest } from '../../protocol/frames';
import { startBroker, type TestBroker } from '../../src/testing';
import { WireClient } from '../broker/wire-client';
import { API_VERSIONS, WIRE_CASES, type SideContext, TOPIC, type WireCase } from './cases';
import { type Difference, differences, findingFor, readFindings } from './compare';

interface Side {
  label: 'brook' | 'kafka';
  port: number;
  maxVersions: Map<number, number>;
  ctx: SideContext;
}

const ABSENT_API = 'not served';
const line = (request: string, d: Difference) => `${request}: ${d.path}: Brook ${d.brook}, Kafka ${d.kafka}`;
/** Table cells stay readable: long values (a whole config entry) are cut. */
const clip = (v: string) => (v.length > 100 ? `${v.slice(0, 97)}...` : v);
const CLOSED = { connection: 'closed by the broker' };
let correlation = 100;
/** WIRE_DUMP=text prints both whole answers of the cases whose name holds it (for working on a difference). */
const DUMP = process.env.WIRE_DUMP;
const asJson = (body: unknown) => JSON.stringify(body, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v));

/** Connections of cases that keep theirs open (`keepConnection`), closed when the run ends. */
const keptOpen: WireClient[] = [];

/** Sends one frame on a fresh connection; the decoded answer, or CLOSED when the broker hung up. */
async function exchange(side: Side, c: WireCase, version: number): Promise<unknown> {
  const client = await WireClient.connect(side.port);
  let keep = false;
  try {
    const id = ++correlation;
    const frame = c.raw
      ? Buffer.concat([Buffer.alloc(4), c.raw(id)])
      : Buffer.from(
          encodeRequest(
            { apiKey: c.apiKey, apiVersion: version, correlationId: id, clientId: 'wire-compare' },
            await c.body!(side.ctx, version),
          ),
        );
    frame.writeInt32BE(frame.length - 4, 0);
    client.write(frame);
    const answer = await client.next(60000);
    if (!answer) return client.closed ? CLOSED : { connection: 'no answer within 60 s' };
    keep = c.keepConnection === true;
    return decodeResponse(c.apiKey, c.responseVersion ?? version, answer).body;
  } finally {
    if (keep) keptOpen.push(client);
    else client.close();
  }
}

async function settledExchange(side: Side, c: WireCase, version: number): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    const body = await exchange(side, c, version);
    if (!c.settled || c.settled(body as never) || attempt >= 60) return body;
    await new Promise((r) => setTimeout(r, 500));
  }
}

function versionFor(c: WireCase, brook: Side, kafka: Side): number | null {
  if (c.version !== 'max') return c.version;
  const b = brook.maxVersions.get(c.apiKey);
  const k = kafka.maxVersions.get(c.apiKey);
  if (b === undefined || k === undefined) return null;
  return Math.min(b, k, P.API_BY_KEY[c.apiKey]!.maxVersion);
}

async function prepare(label: Side['label'], port: number): Promise<Side> {
  const side: Side = {
    label,
    port,
    maxVersions: new Map(),
    ctx: { topicId: P.ZERO_UUID, clusterId: null, nodeId: -1, logDir: '', answers: new Map() },
  };
  const versions = (await exchange(
    side,
    { name: 'ApiVersions', apiKey: 18, version: 3, body: () => API_VERSIONS },
    3,
  )) as P.ApiVersionsResponse;
  for (const a of versions.apiKeys) side.maxVersions.set(a.apiKey, a.maxVersion);
  const create: WireCase = {
    name: 'create',
    apiKey: 19,
    version: 5,
    body: () => ({
      ...P.defaultCreateTopicsRequest(),
      timeoutMs: 30000,
      topics: [
        { ...P.defaultCreateTopicsRequestCreatableTopic(), name: TOPIC, numPartitions: 1, replicationFactor: 1 },
      ],
    }),
  };
  const created = (await exchange(side, create, 5)) as P.CreateTopicsResponse;
  assert.equal(created.topics[0]?.errorCode, 0, `${label}: creating ${TOPIC}: ${JSON.stringify(created.topics[0])}`);
  // Kafka elects the leader a moment after answering CreateTopics: wait until Metadata names it.
  const metadata: WireCase = {
    name: 'metadata',
    apiKey: 3,
    version: 12,
    body: () => ({
      ...P.defaultMetadataRequest(),
      topics: [{ ...P.defaultMetadataRequestMetadataRequestTopic(), name: TOPIC }],
    }),
    settled: (m: P.MetadataResponse) => m.topics[0]?.errorCode === 0 && m.topics[0].partitions[0]?.leaderId !== -1,
  };
  const m = (await settledExchange(side, metadata, 12)) as P.MetadataResponse;
  side.ctx.topicId = m.topics[0]!.topicId;
  side.ctx.clusterId = m.clusterId;
  // A single node on each side: the one the cases talk to.
  side.ctx.nodeId = m.brokers[0]!.nodeId;
  const logDirs = (await exchange(
    side,
    { name: 'log dirs', apiKey: 35, version: 4, body: () => ({ topics: [] }) },
    4,
  )) as P.DescribeLogDirsResponse;
  side.ctx.logDir = logDirs.results[0]!.logDir;
  return side;
}

describe(`wire compare: Brook and the official Kafka ${KAFKA_VERSION} answer the same frames alike`, function () {
  this.timeout(600000);
  const missing = javaUnavailable();
  if (missing) {
    it(`needs the official Kafka ${KAFKA_VERSION}: ${missing}`);
    return;
  }

  let kafka: KafkaProcess | undefined;
  let brook: TestBroker | undefined;
  before(async () => {
    // The test profile shrinks the internal topics to one partition (fast stops); Kafka's 50 are compared here.
    const internalTopics = { 'offsets.topic.num.partitions': 50, 'transaction.state.log.num.partitions': 50 };
    [kafka, brook] = await Promise.all([KafkaProcess.start(), startBroker({ config: internalTopics })]);
  });
  after(async () => {
    for (const client of keptOpen.splice(0)) client.close();
    await Promise.all([kafka?.destroy(), brook?.stop()]);
  });

  it('every difference is a documented finding', async () => {
    const findings = readFindings(join(__dirname, 'FINDINGS.md'));
    const kafkaPort = Number(kafka!.bootstrap.split(':')[1]);
    const [b, k] = await Promise.all([prepare('brook', brook!.port), prepare('kafka', kafkaPort)]);
    const rows: string[] = [];
    const unexplained: string[] = [];
    const used = new Set<unknown>();
    let same = 0;
    let differ = 0;
    for (const c of WIRE_CASES) {
      const version = versionFor(c, b, k);
      let found: Difference[];
      let request = c.name;
      if (version === null) {
        // One of the brokers does not serve the API at all: that is the one difference.
        const served = (side: Side) => (side.maxVersions.has(c.apiKey) ? 'served' : ABSENT_API);
        found = [{ path: '<api>', brook: served(b), kafka: served(k) }];
      } else {
        if (c.version === 'max') request = `${c.name} v${version}`;
        const [bb, kb] = await Promise.all([settledExchange(b, c, version), settledExchange(k, c, version)]);
        b.ctx.answers.set(c.name, bb);
        k.ctx.answers.set(c.name, kb);
        found = differences(bb, kb).differ;
        if (DUMP && c.name.includes(DUMP))
          console.log(`\n  ${request}\n  brook: ${asJson(bb)}\n  kafka: ${asJson(kb)}`);
      }
      if (found.length === 0) same++;
      else differ++;
      for (const d of found) {
        const finding = findingFor(findings, c.name, d);
        used.add(finding);
        rows.push(`${request} | ${d.path} | ${clip(d.brook)} | ${clip(d.kafka)}${finding ? '   (finding)' : ''}`);
        if (!finding) unexplained.push(line(request, d));
      }
    }
    console.log(`\n  request | field path | Brook | Kafka ${KAFKA_VERSION}\n  ${rows.join('\n  ')}`);
    console.log(`  wire compare: ${WIRE_CASES.length} requests, ${same} same, ${differ} differ`);
    assert.deepEqual(unexplained, [], 'differences without a finding in test/wire/FINDINGS.md');
    // A row that excuses nothing any more (the bug was fixed, the API landed) must go.
    const stale = findings.filter((f) => !used.has(f)).map((f) => `${f.request} | ${f.path.source} | ${f.reason}`);
    assert.deepEqual(stale, [], 'rows of test/wire/FINDINGS.md that no difference needs any more');
  });
});
