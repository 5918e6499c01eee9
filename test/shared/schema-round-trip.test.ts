import assert from 'node:assert/strict';
import { assertRoundTrip } from '../protocol/messages/round-trip-check';
import { codecOf, prng, schemas, ValueMaker, versionsOf } from './schema-values';

/**
 * Every message of Kafka's schemas in ../shared and Kafka 4.4's overlay (93 API keys x request/response, the data schemas, both
 * headers) in every valid version: random values for every field the SCHEMA says is present in that version
 * (tagged fields included) -> encode -> decode -> deep-equal, full consumption, and re-encoding the decoded
 * value reproduces the bytes; the codecs' version ranges are the schemas'. `npm test` runs the same round
 * trip without the schemas (test/protocol/messages/round-trip.test.ts); this one uses the schema as the
 * oracle for which fields exist.
 */
describe('generated codecs: schema-driven round trip of every message in every version', () => {
  const all = schemas();

  it('covers 93 API keys with requests and responses, 8 data schemas and 2 headers', () => {
    const keys = new Set(all.filter((m) => m.type === 'request').map((m) => m.apiKey));
    assert.equal(keys.size, 93);
    assert.equal(all.filter((m) => m.type === 'response').length, 93);
    assert.equal(all.filter((m) => m.type === 'data').length, 8);
    assert.equal(all.filter((m) => m.type === 'header').length, 2);
  });

  for (const message of all) {
    it(`${message.name} v${message.validVersions}`, () => {
      const codec = codecOf(message);
      assert.equal(codec.minVersion, message.validVersions.lo);
      assert.equal(codec.maxVersion, message.validVersions.hi);
      for (const version of versionsOf(message)) {
        for (let seed = 1; seed <= 4; seed++) {
          const random = prng(seed * 1000 + version + (message.apiKey ?? 500) * 100_000);
          const maker = new ValueMaker(random, { nullChance: seed === 1 ? 0 : 0.3, maxArray: 3 });
          const value = maker.struct(message.root, version, message);
          assertRoundTrip(codec, version, value, `${message.name} v${version} seed ${seed}`);
        }
      }
    });
  }

  it('defaults() gives fresh values with schema defaults', () => {
    const fetch = codecOf(all.find((m) => m.name === 'FetchRequest')!);
    const a = fetch.defaults();
    const b = fetch.defaults();
    assert.notEqual(a, b);
    assert.notEqual(a.topics, b.topics);
    assert.equal(a.maxBytes, 0x7fffffff);
    assert.equal(a.replicaId, -1);
    assert.equal(a.clusterId, null);
    assert.equal(a.replicaState.replicaEpoch, -1n);
    assert.deepEqual(a.topics, []);
  });
});
