import assert from 'node:assert/strict';
import {
  type ApiVersionsResponse,
  defaultFetchRequest,
  defaultMetadataRequest,
  type FetchResponse,
  type MetadataResponse,
  type ProduceResponse,
} from '../../protocol/generated';
import { encodeRecordBatchSync } from '../../protocol/records';
import { ErrorCode } from '../../src/errors';
import { type LogEntry, startBroker, type TestBroker } from '../../src/testing';
import { WireClient } from './wire-client';

const PRODUCE = 0;
const FETCH = 1;
const METADATA = 3;
const API_VERSIONS = 18;

function batch(values: string[]): Buffer {
  const now = Date.now();
  return encodeRecordBatchSync({ records: values.map((v) => ({ timestamp: now, key: null, value: Buffer.from(v) })) });
}

function produceBody(topic: string, partition: number, records: Buffer, acks: number) {
  return {
    transactionalId: null,
    acks,
    timeoutMs: 5000,
    topicData: [{ name: topic, partitionData: [{ index: partition, records }] }],
  };
}

/** Raw-socket behaviour: framing limits, bad input, pipelining, KIP-511, acks=0. */
describe('broker wire protocol', function () {
  this.timeout(20000);
  let broker: TestBroker;
  const logs: LogEntry[] = [];
  const clients: WireClient[] = [];
  const client = async () => {
    const c = await WireClient.connect(broker.port);
    clients.push(c);
    return c;
  };
  const rejections = () =>
    logs.filter((l) => l.message === 'rejected connection' || l.message === 'closing connection');

  before(async () => {
    // Debug level: rejections are warned about at a bounded rate, but each one still has its debug line.
    broker = await startBroker({
      onLog: (e) => logs.push(e),
      logLevel: 'debug',
      config: { 'socket.request.max.bytes': 1024 * 1024 },
    });
  });
  afterEach(() => {
    for (const c of clients.splice(0)) c.close();
  });
  after(async () => {
    await broker?.stop();
  });

  async function assertServing(): Promise<void> {
    const c = await client();
    c.send(API_VERSIONS, 3, { clientSoftwareName: 'wire-test', clientSoftwareVersion: '1.0' });
    const { body } = await c.nextResponse<ApiVersionsResponse>(API_VERSIONS, 3);
    assert.equal(body.errorCode, 0);
  }

  it('lists its APIs with ApiVersions v0-5, including the minimum versions librdkafka needs', async () => {
    const c = await client();
    for (const v of [0, 1, 2, 3, 4, 5]) {
      c.send(API_VERSIONS, v, {
        clientSoftwareName: 'wire-test',
        clientSoftwareVersion: '1.0',
        clusterId: null,
        nodeId: -1,
      });
      const { body } = await c.nextResponse<ApiVersionsResponse>(API_VERSIONS, v);
      assert.equal(body.errorCode, 0);
      const byKey = new Map(body.apiKeys.map((k) => [k.apiKey, k]));
      assert.equal(byKey.get(PRODUCE)?.minVersion, 0);
      assert.equal(byKey.get(FETCH)?.minVersion, 0);
      assert.ok((byKey.get(PRODUCE)?.maxVersion ?? 0) >= 7);
      assert.ok((byKey.get(FETCH)?.maxVersion ?? 0) >= 12);
      assert.equal(byKey.get(API_VERSIONS)?.maxVersion, 5);
    }
  });

  it('answers an ApiVersions version above its range with the KIP-511 v0-layout UNSUPPORTED_VERSION reply', async () => {
    const c = await client();
    // v7 does not exist: the broker must not parse the body, and must answer with header v0 + v0 body.
    const frame = c.frame(API_VERSIONS, 3, { clientSoftwareName: 'x', clientSoftwareVersion: '1' }, 77);
    frame.writeInt16BE(7, 6); // api_version field after the 4-byte size and 2-byte api key
    c.write(frame);
    const response = await c.next();
    assert.ok(response);
    assert.equal(response.readInt32BE(0), 77); // correlation id, header v0 (no tagged fields)
    assert.equal(response.readInt16BE(4), ErrorCode.UnsupportedVersion);
    assert.equal(response.readInt32BE(6), 1); // one ApiKeys entry, int32 count (v0 layout)
    assert.deepEqual([response.readInt16BE(10), response.readInt16BE(12), response.readInt16BE(14)], [18, 0, 5]);
    assert.equal(response.length, 16);
    // The connection stays usable: the client retries with a supported version.
    c.send(API_VERSIONS, 0, {});
    assert.equal((await c.nextResponse<ApiVersionsResponse>(API_VERSIONS, 0)).body.errorCode, 0);
  });

  it('closes the connection on an unknown API key or an unsupported version, as Kafka does', async () => {
    const c = await client();
    const frame = c.frame(API_VERSIONS, 0, {});
    frame.writeInt16BE(999, 4);
    c.write(frame);
    assert.equal(await c.next(1000), null);
    assert.ok(await c.waitClosed());
    const d = await client();
    d.send(METADATA, 12, defaultMetadataRequest());
    const tooNew = d.frame(METADATA, 12, defaultMetadataRequest());
    tooNew.writeInt16BE(99, 6);
    d.write(tooNew);
    assert.ok(await d.next()); // the valid request before it is still answered
    assert.ok(await d.waitClosed());
    await assertServing();
  });

  it('ignores bytes after a complete request body, as Kafka does (librdkafka 2.15 sends some)', async () => {
    const c = await client();
    // librdkafka 2.15's all-topics Metadata v12 leaves 3 bytes of a placeholder behind the body.
    const frame = c.frame(METADATA, 12, { ...defaultMetadataRequest(), topics: null });
    const padded = Buffer.concat([frame, Buffer.from([0x01, 0x00, 0x00])]);
    padded.writeInt32BE(padded.length - 4, 0);
    c.write(padded);
    const { body } = await c.nextResponse<MetadataResponse>(METADATA, 12);
    assert.equal(body.brokers.length, 1);
    assert.equal(c.closed, false);
  });

  it('answers pipelined requests in order even when handlers finish out of order', async () => {
    const c = await client();
    // The first request is held back 300 ms; the ones behind it finish first but must wait their turn.
    broker.faults.delay(METADATA, 300);
    const frames = [c.frame(METADATA, 1, { ...defaultMetadataRequest(), topics: [] }, 1)];
    for (let i = 2; i <= 20; i++) frames.push(c.frame(API_VERSIONS, i % 2 === 0 ? 2 : 0, {}, i));
    c.write(Buffer.concat(frames));
    const ids: number[] = [];
    for (let i = 0; i < 20; i++) {
      const frame = await c.next();
      assert.ok(frame, `response ${i + 1}`);
      ids.push(frame.readInt32BE(0));
    }
    assert.deepEqual(
      ids,
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
  });

  it('closes only the offending connection on malformed, truncated, negative and oversized frames, one line each (warn at a bounded rate)', async () => {
    const healthy = await client();
    const before = rejections().length;
    // Malformed: a valid header for Metadata v1 followed by garbage where the topic array should be.
    const malformed = await client();
    const body = Buffer.from([0x00, 0x03, 0x00, 0x01, 0, 0, 0, 9, 0xff, 0xff, 0x7f, 0xff, 0xff, 0xff, 1, 2]);
    const sized = Buffer.alloc(4 + body.length);
    sized.writeInt32BE(body.length, 0);
    body.copy(sized, 4);
    malformed.write(sized);
    assert.ok(await malformed.waitClosed());
    // Shorter than a request header.
    const tiny = await client();
    tiny.write(Buffer.from([0, 0, 0, 3, 0, 3, 0]));
    assert.ok(await tiny.waitClosed());
    // Negative size.
    const negative = await client();
    negative.write(Buffer.from([0xff, 0xff, 0xff, 0xf0]));
    assert.ok(await negative.waitClosed());
    // Oversized: 200 MB announced, refused from the 4-byte prefix alone (nothing else is sent).
    const oversized = await client();
    const prefix = Buffer.alloc(4);
    prefix.writeInt32BE(200 * 1024 * 1024, 0);
    oversized.write(prefix);
    assert.ok(await oversized.waitClosed());
    // Truncated: announces 100 bytes, sends 10, then goes away; the broker just drops the partial frame.
    const truncated = await client();
    truncated.write(Buffer.concat([Buffer.from([0, 0, 0, 100]), Buffer.alloc(10)]));
    truncated.socket.end();
    await truncated.waitClosed();
    await new Promise((r) => setTimeout(r, 100));
    const lines = rejections().slice(before);
    assert.equal(lines.length, 5, JSON.stringify(lines));
    assert.ok(lines.filter((l) => l.level === 'warn').length <= 1, 'one warn line per interval');
    assert.ok(lines.some((l) => /truncated request: .* after 10 bytes of a 100-byte frame/.test(String(l.reason))));
    assert.ok(lines.some((l) => /exceeds socket.request.max.bytes/.test(String(l.reason))));
    assert.ok(lines.some((l) => /invalid request size/.test(String(l.reason))));
    assert.ok(lines.some((l) => /malformed request/.test(String(l.reason))));
    // The healthy connection and new ones still work.
    healthy.send(API_VERSIONS, 0, {});
    assert.equal((await healthy.nextResponse<ApiVersionsResponse>(API_VERSIONS, 0)).body.errorCode, 0);
    await assertServing();
  });

  it('sends no response to acks=0 produce, and closes the connection when such a produce fails', async () => {
    const c = await client();
    c.send(METADATA, 1, {
      ...defaultMetadataRequest(),
      topics: [{ topicId: 'AAAAAAAAAAAAAAAAAAAAAA', name: 'acks0' }],
    });
    await c.nextResponse<MetadataResponse>(METADATA, 1);
    c.send(PRODUCE, 3, produceBody('acks0', 0, batch(['fire', 'and', 'forget']), 0), 500);
    c.send(API_VERSIONS, 0, {}, 501);
    const next = await c.nextResponse<ApiVersionsResponse>(API_VERSIONS, 0);
    assert.equal(next.correlationId, 501); // nothing was sent for 500
    c.send(FETCH, 4, {
      ...defaultFetchRequest(),
      replicaId: -1,
      maxWaitMs: 0,
      minBytes: 0,
      maxBytes: 1 << 20,
      topics: [
        {
          topic: 'acks0',
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
    const fetched = await c.nextResponse<FetchResponse>(FETCH, 4);
    assert.equal(fetched.body.responses[0]!.partitions[0]!.highWatermark, 3n);
    // A failing acks=0 produce (unknown partition) closes the connection so the producer refreshes metadata.
    c.send(PRODUCE, 3, produceBody('acks0', 9, batch(['lost']), 0));
    assert.ok(await c.waitClosed());
  });

  it('answers acks=1 produce with per-partition errors', async () => {
    const c = await client();
    c.send(PRODUCE, 7, {
      transactionalId: null,
      acks: 1,
      timeoutMs: 5000,
      topicData: [
        { name: 'no-such-topic', partitionData: [{ index: 0, records: batch(['a']) }] },
        {
          name: 'acks0',
          partitionData: [
            { index: 0, records: batch(['b']) },
            { index: 0, records: Buffer.from('garbage!') },
          ],
        },
      ],
    });
    const { body } = await c.nextResponse<ProduceResponse>(PRODUCE, 7);
    // Kafka's order: the partitions that went to the log, then those of topics that do not exist.
    assert.deepEqual(
      body.responses.map((t) => t.name),
      ['acks0', 'no-such-topic'],
    );
    assert.equal(body.responses[0]!.partitionResponses[0]!.errorCode, ErrorCode.None);
    assert.notEqual(body.responses[0]!.partitionResponses[1]!.errorCode, ErrorCode.None);
    assert.equal(body.responses[1]!.partitionResponses[0]!.errorCode, ErrorCode.UnknownTopicOrPartition);
  });

  it('long-polls Fetch until records arrive, honouring maxWaitMs when none do', async () => {
    const c = await client();
    const p = await client();
    const fetchBody = (offset: bigint, maxWaitMs: number) => ({
      ...defaultFetchRequest(),
      replicaId: -1,
      maxWaitMs,
      minBytes: 1,
      maxBytes: 1 << 20,
      topics: [
        {
          topic: 'acks0',
          topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
          partitions: [
            {
              partition: 0,
              currentLeaderEpoch: -1,
              fetchOffset: offset,
              lastFetchedEpoch: -1,
              logStartOffset: -1n,
              partitionMaxBytes: 1 << 20,
              replicaDirectoryId: 'AAAAAAAAAAAAAAAAAAAAAA',
            },
          ],
        },
      ],
    });
    c.send(FETCH, 4, fetchBody(0n, 0));
    const hw = (await c.nextResponse<FetchResponse>(FETCH, 4)).body.responses[0]!.partitions[0]!.highWatermark;
    let started = Date.now();
    c.send(FETCH, 4, fetchBody(hw, 300));
    const empty = await c.nextResponse<FetchResponse>(FETCH, 4);
    assert.ok(Date.now() - started >= 250, 'waited for maxWaitMs');
    assert.equal(empty.body.responses[0]!.partitions[0]!.records!.length, 0);
    started = Date.now();
    c.send(FETCH, 4, fetchBody(hw, 10000));
    setTimeout(() => p.send(PRODUCE, 3, produceBody('acks0', 0, batch(['wake up']), 1)), 100);
    const woken = await c.nextResponse<FetchResponse>(FETCH, 4, 5000);
    assert.ok(Date.now() - started < 5000, 'woken by the append, not the timeout');
    assert.ok(woken.body.responses[0]!.partitions[0]!.records!.length > 0);
  });

  it('a parked Fetch leaves the purgatory when its connection closes, and answers at once when its topic is deleted', async () => {
    const topics = broker.broker.topics;
    await topics.create('parked', { partitions: 1, replicationFactor: 1, configs: {} });
    const fetchBody = {
      ...defaultFetchRequest(),
      replicaId: -1,
      maxWaitMs: 60_000,
      minBytes: 1,
      maxBytes: 1 << 20,
      topics: [
        {
          topic: 'parked',
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
    };
    const purgatory = topics.replicas.fetchPurgatory;
    const waitFor = async (condition: () => boolean) => {
      for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
      assert.ok(condition());
    };
    const gone = await client();
    gone.send(FETCH, 4, fetchBody);
    await waitFor(() => purgatory.watched('parked-0') === 1);
    gone.close();
    await waitFor(() => purgatory.watched('parked-0') === 0);

    const c = await client();
    c.send(FETCH, 4, fetchBody);
    await waitFor(() => purgatory.watched('parked-0') === 1);
    const started = Date.now();
    await topics.delete('parked');
    const answer = await c.nextResponse<FetchResponse>(FETCH, 4, 5000);
    assert.ok(Date.now() - started < 5000);
    assert.equal(answer.body.responses[0]!.partitions[0]!.errorCode, ErrorCode.UnknownTopicOrPartition);
  });

  it('acks=-1 on a topic with flush.messages=1 is answered once the append is fsynced', async () => {
    const topics = broker.broker.topics;
    await topics.create('durable', { partitions: 1, replicationFactor: 1, configs: { 'flush.messages': '1' } });
    const c = await client();
    c.send(PRODUCE, 9, produceBody('durable', 0, batch(['a', 'b', 'c']), -1));
    const answer = await c.nextResponse<ProduceResponse>(PRODUCE, 9);
    assert.equal(answer.body.responses[0]!.partitionResponses[0]!.errorCode, ErrorCode.None);
    assert.ok(topics.partition('durable', 0)!.recoveryPoint >= 3, 'fsynced before the answer');
  });

  it('injects faults by API key through brook/testing: fail, respond, close, drop', async () => {
    const c = await client();
    const metadata = () =>
      c.send(METADATA, 1, {
        ...defaultMetadataRequest(),
        topics: [{ topicId: 'AAAAAAAAAAAAAAAAAAAAAA', name: 'acks0' }],
      });
    broker.faults.fail(METADATA, ErrorCode.LeaderNotAvailable);
    metadata();
    assert.equal(
      (await c.nextResponse<MetadataResponse>(METADATA, 1)).body.topics[0]!.errorCode,
      ErrorCode.LeaderNotAvailable,
    );
    metadata(); // the control acted once and is gone
    assert.equal((await c.nextResponse<MetadataResponse>(METADATA, 1)).body.topics[0]!.errorCode, ErrorCode.None);
    const seen: number[] = [];
    const remove = broker.faults.control(
      API_VERSIONS,
      (request) => {
        seen.push(request.apiVersion);
        return request.apiVersion === 1
          ? {
              respond: {
                errorCode: ErrorCode.None,
                apiKeys: [{ apiKey: 18, minVersion: 0, maxVersion: 1 }],
                throttleTimeMs: 7,
                supportedFeatures: [],
                finalizedFeaturesEpoch: -1n,
                finalizedFeatures: [],
                zkMigrationReady: false,
              },
            }
          : undefined;
      },
      { keep: true },
    );
    c.send(API_VERSIONS, 1, {});
    assert.equal((await c.nextResponse<ApiVersionsResponse>(API_VERSIONS, 1)).body.throttleTimeMs, 7);
    c.send(API_VERSIONS, 0, {});
    assert.ok((await c.nextResponse<ApiVersionsResponse>(API_VERSIONS, 0)).body.apiKeys.length > 3);
    remove();
    assert.deepEqual(seen, [1, 0]);
    broker.faults.control(METADATA, () => ({ drop: true }));
    metadata();
    assert.equal(await c.next(300), null);
    // A dropped request holds back every later response on its connection (they are released in order).
    const d = await client();
    broker.faults.closeConnection(API_VERSIONS);
    d.send(API_VERSIONS, 0, {});
    assert.ok(await d.waitClosed());
    broker.faults.clear();
  });
});
