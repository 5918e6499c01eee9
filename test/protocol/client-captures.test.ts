import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_BY_KEY, decodeRequest, decodeRequestHeader, encodeRequest, Reader } from '../../protocol';

/**
 * Request frames captured from real clients (kcat/librdkafka 2.0.2, kafkajs 2.2.4, kafka-python 2.0.2) by
 * compat-tests/capture/capture-all.sh, and from the Java client (kafka-clients 4.4, talking to Kafka 4.4 in
 * `java/` and to Brook in `java-brook/`) by compat-tests/capture/capture-java.ts. Each must decode completely with
 * the generated codecs and re-encode to the very same bytes (client encodings are canonical: no tagged field is
 * written at its default).
 *
 * The Java client speaks Kafka 4.4's newest versions; the codecs know them all now (protocol/generator/overlay.ts).
 * A capture of a version above a codec's (a newer client) proves its header only, and says so as pending.
 */
const capturedDir = join(__dirname, 'fixtures', 'captured');
const clients = existsSync(capturedDir) ? readdirSync(capturedDir).sort() : [];

describe('requests captured from real clients', () => {
  it('has captures from the Java client, kcat, kafkajs and kafka-python', () => {
    assert.deepEqual(clients, ['java', 'java-brook', 'kafka-python', 'kafkajs', 'kcat']);
  });

  for (const client of clients) {
    describe(client, () => {
      const files = readdirSync(join(capturedDir, client))
        .filter((f) => f.endsWith('.bin'))
        .sort();
      // java-brook was recorded before Brook served InitProducerId, which the Java producer (idempotent by default)
      // needs first: it holds no Produce, so it proves Fetch instead.
      const expected = client === 'java-brook' ? [18, 3, 1] : [18, 3, 0];
      it(`covers ${expected.map((k) => API_BY_KEY[k]!.name).join(', ')} at least`, () => {
        const keys = new Set(files.map((f) => Number(f.split('-')[0])));
        for (const key of expected) assert.ok(keys.has(key), `no ${API_BY_KEY[key]!.name} capture`);
      });
      for (const file of files) {
        const [key, version] = file
          .match(/^(\d+)-v(\d+)-\d+\.bin$/)!
          .slice(1)
          .map(Number);
        const api = API_BY_KEY[key!];
        if (api && version! > api.maxVersion) {
          it(`${api.name} v${version} (${file}): its header decodes`, () => {
            const header = decodeRequestHeader(new Reader(readFileSync(join(capturedDir, client, file))));
            assert.deepEqual([header.apiKey, header.apiVersion], [key, version]);
            assert.match(header.clientId ?? '', /^(producer|consumer|adminclient)-/);
          });
          it(
            `${api.name} v${version} (${file}): the body needs Kafka 4.4's schema (the codec stops at v${api.maxVersion})`,
          );
          continue;
        }
        it(`${api?.name ?? key} v${version} (${file}) decodes and re-encodes byte for byte`, () => {
          const frame = readFileSync(join(capturedDir, client, file));
          const { header, body } = decodeRequest(frame);
          assert.equal(header.apiKey, key);
          assert.equal(header.apiVersion, version);
          const reencoded = encodeRequest(header, body);
          assert.deepEqual(reencoded.subarray(4), frame);
        });
      }
    });
  }
});
