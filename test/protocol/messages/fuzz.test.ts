import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  API_BY_KEY,
  decodeRequest,
  encodeRequest,
  type MessageCodec,
  ProtocolDecodeError,
  Reader,
  UnsupportedApiError,
  Writer,
} from '../../../protocol';
import { allCodecs, CodecValueMaker, prng, versionsOf } from './codec-values';

/**
 * Random and mutated frames through decodeRequest and every response codec: only typed errors, bounded
 * memory, and nothing allocated beyond what the frame holds. Seeds: a random value of every message in every
 * version (codec-values.ts) and the request frames captured from real clients.
 */
const REQUEST_FRAMES = 120_000;
const RESPONSE_FRAMES = 60_000;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

interface Seed {
  // biome-ignore lint/suspicious/noExplicitAny: codecs of every message type
  codec: MessageCodec<any>;
  version: number;
  bytes: Buffer;
}

function seeds(): { requests: Buffer[]; responses: Seed[] } {
  const random = prng(20_241_025);
  const maker = new CodecValueMaker(random, { nullChance: 0.2, maxArray: 3 });
  const requests: Buffer[] = [];
  const responses: Seed[] = [];
  for (const codec of allCodecs()) {
    if (codec.apiKey < 0) continue;
    const isRequest = codec.name.endsWith('Request');
    for (const version of versionsOf(codec)) {
      const value = maker.value(codec, version);
      if (isRequest) {
        const frame = encodeRequest(
          { apiKey: codec.apiKey, apiVersion: version, correlationId: 7, clientId: 'fuzz' },
          value,
        );
        requests.push(Buffer.from(frame.subarray(4)));
      } else {
        const w = new Writer();
        codec.encode(w, version, value);
        responses.push({ codec, version, bytes: Buffer.from(w.finish()) });
      }
    }
  }
  // And the frames real clients sent (test/protocol/fixtures/captured/), as they wrote them.
  const captured = join(__dirname, '..', 'fixtures', 'captured');
  for (const client of readdirSync(captured)) {
    for (const file of readdirSync(join(captured, client))) requests.push(readFileSync(join(captured, client, file)));
  }
  return { requests, responses };
}

const HUGE_INT32 = [0x7fffffff, -0x80000000, -2, 0x40000000, 0x10000];
const HUGE_UVARINTS = [
  [0xff, 0xff, 0xff, 0xff, 0x0f],
  [0xff, 0xff, 0xff, 0xff, 0x7f],
  [0x80, 0x80, 0x80, 0x80, 0x80, 0x01],
  [0xfe, 0xff, 0xff, 0xff, 0x07],
];

function mutate(input: Buffer, random: () => number): Buffer {
  const int = (n: number) => Math.floor(random() * n);
  const buf = Buffer.from(input);
  const at = buf.length === 0 ? 0 : int(buf.length);
  switch (int(8)) {
    case 0: {
      for (let i = 1 + int(4); i > 0 && buf.length > 0; i--) {
        const p = int(buf.length);
        buf[p]! ^= 1 << int(8);
      }
      return buf;
    }
    case 1:
      return buf.subarray(0, at);
    case 2: {
      if (at + 4 <= buf.length) buf.writeInt32BE(HUGE_INT32[int(HUGE_INT32.length)]!, at);
      return buf;
    }
    case 3: {
      const v = HUGE_UVARINTS[int(HUGE_UVARINTS.length)]!;
      return Buffer.concat([buf.subarray(0, at), Buffer.from(v), buf.subarray(at + int(3))]);
    }
    case 4: {
      const extra = Buffer.alloc(1 + int(16));
      for (let i = 0; i < extra.length; i++) extra[i] = int(256);
      return Buffer.concat([buf.subarray(0, at), extra, buf.subarray(at)]);
    }
    case 5: {
      // A valid header prefix (first 8 bytes: key, version, correlation id) then random bytes.
      const tail = Buffer.alloc(int(96));
      for (let i = 0; i < tail.length; i++) tail[i] = int(256);
      return Buffer.concat([buf.subarray(0, Math.min(buf.length, 8 + int(12))), tail]);
    }
    case 6: {
      const from = int(buf.length + 1);
      return Buffer.concat([buf.subarray(0, at), buf.subarray(from), buf.subarray(at)]);
    }
    default: {
      for (let i = 1 + int(8); i > 0 && buf.length > 0; i--) buf[int(buf.length)] = int(256);
      return buf;
    }
  }
}

/** Array elements in a decoded value: each takes at least one byte of the frame. */
function countElements(value: unknown, depth = 0): number {
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value) || depth > 64) return 0;
  let n = 0;
  if (Array.isArray(value)) {
    n += value.length;
    for (const item of value) n += countElements(item, depth + 1);
  } else {
    for (const v of Object.values(value)) n += countElements(v, depth + 1);
  }
  return n;
}

describe('fuzz: random and mutated frames', function () {
  this.timeout(120_000);

  it(`${REQUEST_FRAMES} request frames through decodeRequest and ${RESPONSE_FRAMES} response bodies through every response codec`, () => {
    const { requests, responses } = seeds();
    const random = prng(424242);
    const unexpected: string[] = [];
    let ok = 0;
    let decodeErrors = 0;
    let unsupported = 0;
    let maxRatio = 0;
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();

    for (let i = 0; i < REQUEST_FRAMES; i++) {
      const seed = requests[i % requests.length]!;
      const frame = random() < 0.03 ? randomFrame(random) : mutate(seed, random);
      try {
        const { body } = decodeRequest(frame);
        ok++;
        const elements = countElements(body);
        if (elements > frame.length) unexpected.push(`${elements} elements from a ${frame.length}-byte frame`);
        maxRatio = Math.max(maxRatio, elements / Math.max(1, frame.length));
      } catch (e) {
        if (e instanceof ProtocolDecodeError) decodeErrors++;
        else if (e instanceof UnsupportedApiError) unsupported++;
        else if (unexpected.length < 10) unexpected.push(`${(e as Error).stack} on ${frame.toString('hex')}`);
      }
    }
    for (let i = 0; i < RESPONSE_FRAMES; i++) {
      const seed = responses[i % responses.length]!;
      const bytes = random() < 0.03 ? randomBytes(random) : mutate(seed.bytes, random);
      try {
        const r = new Reader(bytes);
        const body = seed.codec.decode(r, seed.version);
        r.expectEnd();
        if (r.failed) decodeErrors++;
        else ok++;
        if (countElements(body) > bytes.length) unexpected.push(`${seed.codec.name}: more elements than bytes`);
      } catch (e) {
        if (unexpected.length < 10) unexpected.push(`${seed.codec.name} v${seed.version}: ${(e as Error).stack}`);
      }
    }
    const seconds = (performance.now() - started) / 1000;
    gc();
    const growth = process.memoryUsage().heapUsed - heapBefore;
    console.log(
      `      ${REQUEST_FRAMES + RESPONSE_FRAMES} frames in ${seconds.toFixed(1)} s: ${ok} decoded, ${decodeErrors} ProtocolDecodeError, ` +
        `${unsupported} UnsupportedApiError; heap growth ${(growth / 1024 / 1024).toFixed(1)} MiB; ` +
        `max array elements per frame byte ${maxRatio.toFixed(2)}`,
    );
    assert.deepEqual(unexpected, []);
    assert.ok(decodeErrors > REQUEST_FRAMES / 4, 'mutations must mostly produce decode errors');
    assert.ok(ok > 1000, 'some mutations stay valid');
    assert.ok(growth < 32 * 1024 * 1024, `heap grew by ${growth} bytes`);
  });

  it('a frame claiming a 2 GB array or byte string is refused at once, without allocating it', () => {
    const header = new Writer();
    header.int16(0).int16(7).int32(1).nullableString('c');
    const prefix = Buffer.from(header.finish());
    const cases: Buffer[] = [];
    // Produce v7: TransactionalId null, acks, timeout, then the topic array count.
    const w = new Writer();
    w.raw(prefix).int16(-1).int16(1).int32(1000).int32(0x7fffffff);
    cases.push(Buffer.from(w.finish()));
    // ...a topic whose records claim 2 GB.
    const w2 = new Writer();
    w2.raw(prefix).int16(-1).int16(1).int32(1000).int32(1).string('t').int32(1).int32(0).int32(0x7fffffff);
    cases.push(Buffer.from(w2.finish()));
    // Produce v9 (flexible): compact array count near 2^32.
    const h9 = new Writer();
    h9.int16(0).int16(9).int32(1).nullableString('c').uvarint(0).uvarint(0).int16(1).int32(1000).uvarint(0xfffffff0);
    cases.push(Buffer.from(h9.finish()));
    // Fetch v4 with a partition array of 2^31-1 elements of 16+ bytes each.
    const f = new Writer();
    f.int16(1)
      .int16(4)
      .int32(1)
      .nullableString('c')
      .int32(-1)
      .int32(500)
      .int32(1)
      .int32(1 << 20)
      .int8(0);
    f.int32(1).string('t').int32(0x7fffffff);
    cases.push(Buffer.from(f.finish()));
    gc();
    const before = process.memoryUsage().heapUsed;
    for (const frame of cases) {
      const started = performance.now();
      assert.throws(
        () => decodeRequest(frame),
        (e: unknown) => e instanceof ProtocolDecodeError && /exceeds|needs/.test(e.message),
      );
      assert.ok(performance.now() - started < 50, 'refused at once');
    }
    assert.ok(process.memoryUsage().heapUsed - before < 4 * 1024 * 1024);
  });
});

function randomBytes(random: () => number): Buffer {
  const b = Buffer.alloc(Math.floor(random() * 64));
  for (let i = 0; i < b.length; i++) b[i] = Math.floor(random() * 256);
  return b;
}

/** Random bytes behind a header naming a real API and version, so the body decoder runs on noise. */
function randomFrame(random: () => number): Buffer {
  const apis = API_BY_KEY.filter((a) => a !== undefined);
  const api = apis[Math.floor(random() * apis.length)]!;
  const version = api.minVersion + Math.floor(random() * (api.maxVersion - api.minVersion + 1));
  const w = new Writer();
  w.int16(api.apiKey).int16(version).int32(1).nullableString('r');
  if (api.flexibleFrom !== null && version >= api.flexibleFrom) w.uvarint(0);
  return Buffer.concat([Buffer.from(w.finish()), randomBytes(random)]);
}
