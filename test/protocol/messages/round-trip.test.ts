import assert from 'node:assert/strict';
import { API_BY_KEY, FetchRequestCodec } from '../../../protocol/generated';
import { allCodecs, CodecValueMaker, prng, versionsOf } from './codec-values';
import { assertRoundTrip } from './round-trip-check';

/**
 * Every generated codec (93 API keys x request/response, the data schemas, both headers) in every version:
 * random values for every field of that version (codec-values.ts) -> encode -> decode -> deep-equal, full
 * consumption, and re-encoding the decoded value reproduces the bytes. Needs no schema files; the same round
 * trip driven by Kafka's schemas is in test/shared/schema-round-trip.test.ts (`npm run check:shared`).
 */
describe('generated codecs: round trip of every message in every version', () => {
  const codecs = allCodecs();

  it('covers 93 API keys with requests and responses, 8 data schemas and 2 headers', () => {
    const requests = codecs.filter((c) => c.apiKey >= 0 && c.name.endsWith('Request'));
    const responses = codecs.filter((c) => c.apiKey >= 0 && c.name.endsWith('Response'));
    assert.equal(new Set(requests.map((c) => c.apiKey)).size, 93);
    assert.equal(responses.length, 93);
    assert.equal(API_BY_KEY.filter((api) => api !== undefined).length, 93);
    const others = codecs.filter((c) => c.apiKey < 0).map((c) => c.name);
    assert.equal(others.filter((n) => n.endsWith('Header')).length, 2);
    assert.equal(others.length, 10);
  });

  for (const codec of codecs) {
    it(`${codec.name} v${codec.minVersion}-${codec.maxVersion}`, () => {
      for (const version of versionsOf(codec)) {
        for (let seed = 1; seed <= 4; seed++) {
          const random = prng(seed * 1000 + version + (codec.apiKey + 2) * 100_000);
          const maker = new CodecValueMaker(random, { nullChance: seed === 1 ? 0 : 0.3, maxArray: 3 });
          const value = maker.value(codec, version);
          assertRoundTrip(codec, version, value, `${codec.name} v${version} seed ${seed}`);
        }
      }
    });
  }

  it('defaults() gives fresh values with schema defaults', () => {
    const a = FetchRequestCodec.defaults();
    const b = FetchRequestCodec.defaults();
    assert.notEqual(a, b);
    assert.notEqual(a.topics, b.topics);
    assert.equal(a.maxBytes, 0x7fffffff);
    assert.equal(a.replicaId, -1);
    assert.equal(a.clusterId, null);
    assert.equal(a.replicaState.replicaEpoch, -1n);
    assert.deepEqual(a.topics, []);
  });
});
