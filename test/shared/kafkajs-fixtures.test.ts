import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  API_BY_KEY,
  type ApiDescriptor,
  ConsumerProtocolAssignmentCodec,
  ConsumerProtocolSubscriptionCodec,
  decodeVersionPrefixed,
  encodeVersionPrefixed,
} from '../../protocol/generated';
import { ProtocolDecodeError, Reader, Writer } from '../../protocol/primitives';
import { sharedPath } from './paths';

/**
 * Decodes the wire bytes kafkajs recorded from real brokers (and its own requests) with the generated codecs:
 * no failure, full consumption, and re-encoding gives the same bytes (records stay opaque, so even the
 * gzip fixtures re-encode identically). Quirks and the few non-message fixtures:
 * KAFKAJS-FIXTURES.md.
 */
const ROOT = sharedPath('kafka-protocol', 'fixtures', 'kafkajs', 'requests');
const NAME = /^v(\d+)_(?:.*_)?(request|response)(?:_.*)?\.json(?:\.json)?$/;

function load(dir: string, file: string): Buffer {
  return Buffer.from((JSON.parse(readFileSync(join(ROOT, dir, 'fixtures', file), 'utf8')) as { data: number[] }).data);
}

const byDirName = new Map<string, ApiDescriptor>();
for (const api of API_BY_KEY) if (api) byDirName.set(api.name.toLowerCase(), api);

/** Fixtures that are not one request/response body, checked separately below. */
const NOT_MESSAGES = new Set([
  'apiVersions/v1_response_missing_throttle_time.json',
  'describeGroups/v1_memberAssignment.json',
  'describeGroups/v1_memberMetadata.json',
  'joinGroup/v1_assignerMetadata.json',
  'joinGroup/v2_assignerMetadata.json',
  'syncGroup/v1_memberAssignment.json',
  'saslAuthenticate/plain_bytes.json',
  'saslAuthenticate/scram256_bytes.json',
  'saslAuthenticate/scram256_firstRequest_response.json',
  'saslAuthenticate/scram256_firstRequest_response_v1.json',
]);

interface Decoded {
  body: Record<string, unknown>;
  bytes: Buffer;
}

/**
 * kafkajs 2.2.4 writes the header's tagged-field section (one 0x00 byte) as the first byte of the BODY of
 * flexible requests/responses (its only flexible APIs are Alter/ListPartitionReassignments v0), so those
 * fixtures start with it: skip it here.
 */
function decodeFixture(api: ApiDescriptor, kind: 'request' | 'response', version: number, bytes: Buffer): Decoded {
  const codec = api[kind];
  const r = new Reader(bytes);
  const headerTags =
    api.flexibleFrom !== null && version >= api.flexibleFrom && !(kind === 'response' && api.apiKey === 18);
  if (headerTags) r.skipTaggedFields();
  const bodyStart = r.pos;
  const body = codec.decode(r, version) as Record<string, unknown>;
  r.expectEnd();
  const error = r.toError(`${codec.name} v${version}`);
  if (error) throw error;
  return { body, bytes: bytes.subarray(bodyStart) };
}

describe('generated codecs: kafkajs wire fixtures', () => {
  const dirs = readdirSync(ROOT).sort();
  let count = 0;
  for (const dir of dirs) {
    const fixtureDir = join(ROOT, dir, 'fixtures');
    if (!existsSync(fixtureDir)) continue;
    const api = byDirName.get(dir.toLowerCase());
    for (const file of readdirSync(fixtureDir).sort()) {
      if (NOT_MESSAGES.has(`${dir}/${file}`)) continue;
      const m = NAME.exec(file);
      it(`${dir}/${file}`, () => {
        assert.ok(api, `no API named like ${dir}`);
        assert.ok(m, `unrecognised fixture name ${file}`);
        const version = Number(m[1]);
        const kind = m[2] as 'request' | 'response';
        const decoded = decodeFixture(api, kind, version, load(dir, file));
        const w = new Writer(64);
        api[kind].encode(w, version, decoded.body);
        assert.equal(w.finish().toString('hex'), decoded.bytes.toString('hex'), 're-encoding differs');
        count++;
      });
    }
  }

  it('decoded every request/response fixture (188 of 198 files; the other 10 are covered below)', () => {
    assert.equal(count, 188);
  });

  it('spot checks decoded values', () => {
    const metadata = decodeFixture(API_BY_KEY[3]!, 'response', 5, load('metadata', 'v5_response.json')).body;
    const brokers = metadata.brokers as { nodeId: number; host: string; port: number; rack: string | null }[];
    assert.deepEqual(brokers[2], { nodeId: 0, host: '10.3.220.89', port: 9092, rack: null });
    assert.equal(metadata.clusterId, 'wyOEk0m7Tn-08oGZjtVgEg');
    assert.equal(metadata.controllerId, 2);

    const produce = decodeFixture(API_BY_KEY[0]!, 'request', 7, load('produce', 'v7_request.json')).body;
    assert.equal(produce.acks, -1);
    assert.equal(produce.timeoutMs, 30000);
    const records = (produce.topicData as { partitionData: { records: Buffer }[] }[])[0]!.partitionData[0]!.records;
    assert.equal(records.length, 1041);
    assert.equal(records[16], 2, 'magic byte of a v2 record batch');

    const fetch = decodeFixture(API_BY_KEY[1]!, 'response', 11, load('fetch', 'v11_response.json')).body;
    const partition = (fetch.responses as { partitions: Record<string, unknown>[] }[])[0]!.partitions[0]!;
    assert.equal(partition.highWatermark, 3n);
    assert.equal((partition.records as Buffer).length, 217);

    const versions = decodeFixture(API_BY_KEY[18]!, 'response', 0, load('apiVersions', 'v0_response.json')).body;
    assert.deepEqual((versions.apiKeys as unknown[])[0], { apiKey: 0, minVersion: 0, maxVersion: 2 });

    const reassign = decodeFixture(
      API_BY_KEY[45]!,
      'request',
      0,
      load('alterPartitionReassignments', 'v0_request.json'),
    );
    assert.equal(reassign.body.timeoutMs, 30000);
    const topics = reassign.body.topics as { name: string; partitions: { replicas: number[] | null }[] }[];
    assert.deepEqual(
      topics.map((t) => t.name),
      ['test-topic-1', 'test-topic-2'],
    );
  });

  it('ApiVersions v1 response without ThrottleTimeMs: v1 fails naming the field, the v0 layout decodes', () => {
    const bytes = load('apiVersions', 'v1_response_missing_throttle_time.json');
    const r = new Reader(bytes);
    API_BY_KEY[18]!.response.decode(r, 1);
    const error = r.toError('ApiVersionsResponse v1');
    assert.ok(error instanceof ProtocolDecodeError);
    assert.equal(error.field, 'ThrottleTimeMs');
    assert.match(error.message, /ApiVersionsResponse v1 field ThrottleTimeMs/);
    const body = decodeFixture(API_BY_KEY[18]!, 'response', 0, bytes).body;
    assert.ok((body.apiKeys as unknown[]).length > 10);
  });

  it('consumer protocol assignments (version-prefixed) decode and re-encode', () => {
    for (const [dir, file] of [
      ['describeGroups', 'v1_memberAssignment.json'],
      ['syncGroup', 'v1_memberAssignment.json'],
    ] as const) {
      const bytes = load(dir, file);
      const { version, value } = decodeVersionPrefixed(ConsumerProtocolAssignmentCodec, bytes);
      assert.equal(version, 1);
      assert.equal(value.assignedPartitions.length, 1);
      assert.deepEqual(value.assignedPartitions[0]!.partitions, [0]);
      assert.ok(encodeVersionPrefixed(ConsumerProtocolAssignmentCodec, version, value).equals(bytes));
    }
  });

  it('kafkajs subscriptions claim version 1 but use the v0 layout (no OwnedPartitions)', () => {
    for (const [dir, file] of [
      ['describeGroups', 'v1_memberMetadata.json'],
      ['joinGroup', 'v1_assignerMetadata.json'],
      ['joinGroup', 'v2_assignerMetadata.json'],
    ] as const) {
      const bytes = load(dir, file);
      assert.equal(bytes.readInt16BE(0), 1);
      assert.throws(
        () => decodeVersionPrefixed(ConsumerProtocolSubscriptionCodec, bytes),
        (e: unknown) => e instanceof ProtocolDecodeError && e.field === 'OwnedPartitions',
      );
      const r = new Reader(bytes, 2);
      const v0 = ConsumerProtocolSubscriptionCodec.decode(r, 0);
      r.expectEnd();
      assert.equal(r.failed, false);
      assert.equal(v0.topics.length, 1);
      assert.ok(v0.topics[0]!.startsWith('test-topic-'));
      assert.deepEqual(v0.userData, Buffer.alloc(0));
    }
  });

  it('SASL payload fixtures are a bare int32-length byte string (the AuthBytes field)', () => {
    for (const file of [
      'plain_bytes.json',
      'scram256_bytes.json',
      'scram256_firstRequest_response.json',
      'scram256_firstRequest_response_v1.json',
    ]) {
      const bytes = load('saslAuthenticate', file);
      const body = decodeFixture(API_BY_KEY[36]!, 'request', 0, bytes).body;
      assert.equal((body.authBytes as Buffer).length, bytes.length - 4);
    }
  });
});
