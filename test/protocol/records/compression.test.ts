import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as zlib from 'node:zlib';
import {
  CODEC_NAMES,
  CompressionCodec,
  CompressionError,
  codecImplementations,
  compress,
  decompress,
  decompressSync,
} from '../../../protocol/compression';
import { lz4CompressPure, lz4DecompressSync } from '../../../protocol/compression/lz4';
import { isXerialFramed, snappyCompressSync, snappyDecompressSync } from '../../../protocol/compression/snappy';
import { xxhash32 } from '../../../protocol/compression/xxhash32';
import { zstdCompressWasm, zstdDecompressWasm } from '../../../protocol/compression/zstd';
import { zstdBound } from '../../../protocol/compression/zstd-frames';
import { compressible, prng, randomBytes } from './helpers';

const CODECS = [CompressionCodec.Gzip, CompressionCodec.Snappy, CompressionCodec.Lz4, CompressionCodec.Zstd];
const hasCli = (name: string) => spawnSync(name, ['--version'], { timeout: 10_000 }).status === 0;

async function rejectsWith(promise: Promise<unknown>, kind: string): Promise<CompressionError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof CompressionError, `expected CompressionError, got ${error}`);
    assert.equal(error.kind, kind, error.message);
    return error;
  }
  assert.fail(`expected a CompressionError of kind ${kind}`);
}

describe('compression codecs', () => {
  it('reports its implementations', () => {
    console.log(`      implementations: ${JSON.stringify(codecImplementations)}`);
    const builtin = typeof (zlib as { zstdDecompress?: unknown }).zstdDecompress === 'function';
    assert.equal(codecImplementations.zstd === 'node-zlib', builtin);
  });

  const rand = prng(42);
  const inputs: [string, Buffer][] = [
    ['empty', Buffer.alloc(0)],
    ['1 byte', Buffer.from('x')],
    ['100 random bytes', randomBytes(rand, 100)],
    ['1 MiB text', compressible(1024 * 1024)],
    ['1 MiB random', randomBytes(rand, 1024 * 1024)],
  ];
  for (const codec of CODECS) {
    for (const [name, data] of inputs) {
      it(`${CompressionCodec[codec]} round-trips ${name}`, async () => {
        const packed = await compress(codec, data);
        assert.deepEqual(await decompress(codec, packed), data);
      });
    }
    it(`${CompressionCodec[codec]} refuses output past the limit (zip bomb)`, async () => {
      const bomb = await compress(codec, Buffer.alloc(8 * 1024 * 1024));
      assert.ok(bomb.length < 1024 * 1024);
      const error = await rejectsWith(decompress(codec, bomb, { maxOutputBytes: 1024 * 1024 }), 'too-large');
      assert.match(error.message, /exceeds the limit/);
      assert.equal((await decompress(codec, bomb, { maxOutputBytes: 8 * 1024 * 1024 })).length, 8 * 1024 * 1024);
    });
    it(`${CompressionCodec[codec]} turns corrupt input into a typed error`, async () => {
      const good = await compress(codec, compressible(50_000));
      const r = prng(codec);
      await rejectsWith(decompress(codec, randomBytes(r, 200)), 'corrupt');
      await rejectsWith(decompress(codec, good.subarray(0, good.length >> 1)), 'corrupt');
      // Flipped bytes: either a typed error or some output, never a crash or another error type.
      for (let i = 0; i < 200; i++) {
        const bad = Buffer.from(good);
        bad[(r() * bad.length) | 0] ^= 1 + ((r() * 255) | 0);
        try {
          await decompress(codec, bad, { maxOutputBytes: 1 << 20 });
        } catch (error) {
          assert.ok(error instanceof CompressionError, String(error));
        }
      }
    });
  }

  it('rejects an unknown codec id', async () => {
    await rejectsWith(decompress(5 as CompressionCodec, Buffer.from('x')), 'unsupported');
    await rejectsWith(compress(7 as CompressionCodec, Buffer.from('x')), 'unsupported');
  });

  describe('snappy framings', () => {
    const data = compressible(200_000);
    it('writes a raw block by default and xerial on request; reads both', async () => {
      const raw = await compress(CompressionCodec.Snappy, data);
      const xerial = await compress(CompressionCodec.Snappy, data, { snappyXerial: true });
      assert.ok(!isXerialFramed(raw));
      assert.ok(isXerialFramed(xerial));
      assert.deepEqual(xerial.subarray(0, 16), Buffer.from('82534e4150505900' + '00000001' + '00000001', 'hex'));
      assert.deepEqual(await decompress(CompressionCodec.Snappy, raw), data);
      assert.deepEqual(await decompress(CompressionCodec.Snappy, xerial), data);
    });
    it('reads xerial streams of several 32 KiB blocks, as snappy-java writes them', () => {
      const xerial = snappyCompressSync(data, true);
      let blocks = 0;
      for (let p = 16; p < xerial.length; p += 4 + xerial.readInt32BE(p)) blocks++;
      assert.equal(blocks, Math.ceil(data.length / 32768));
      assert.deepEqual(snappyDecompressSync(xerial, 1 << 30), data);
      const truncated = xerial.subarray(0, xerial.length - 10);
      assert.throws(
        () => snappyDecompressSync(truncated, 1 << 30),
        (e: CompressionError) => e.kind === 'corrupt',
      );
    });
    it('refuses hostile blocks that send snappyjs into an endless loop', () => {
      // A literal whose 4-byte length wraps negative in snappyjs' int32 arithmetic.
      const hostile = Buffer.from([0x0a, 0xfc, 0xff, 0xff, 0xff, 0xff, 0x00]);
      assert.throws(
        () => snappyDecompressSync(hostile, 1 << 20),
        (e: CompressionError) => e.kind === 'corrupt',
      );
      // A copy reaching before the start of the output.
      assert.throws(
        () => snappyDecompressSync(Buffer.from([0x08, 0x00, 0x61, 0x01, 0x05]), 1 << 20),
        (e: CompressionError) => e.kind === 'corrupt',
      );
    });
    it('checks the announced length against the limit before decoding', () => {
      const packed = snappyCompressSync(Buffer.alloc(100_000));
      assert.throws(
        () => snappyDecompressSync(packed, 99_999),
        (e: CompressionError) => e.kind === 'too-large',
      );
      const xerial = snappyCompressSync(Buffer.alloc(100_000), true);
      assert.throws(
        () => snappyDecompressSync(xerial, 99_999),
        (e: CompressionError) => e.kind === 'too-large',
      );
    });
  });

  describe('lz4 frames', () => {
    it('xxHash32 matches the reference vectors', () => {
      assert.equal(xxhash32(Buffer.alloc(0)), 0x02cc5d05);
      assert.equal(xxhash32(Buffer.from('a')), 0x550d7456);
      assert.equal(xxhash32(Buffer.from('abc')), 0x32d153ff);
      assert.equal(xxhash32(Buffer.from('Nobody inspects the spammish repetition')), 0xe2293b2f);
    });
    it('writes the frame layout Kafka writes: independent 64 KiB blocks', async () => {
      for (const frame of [
        await compress(CompressionCodec.Lz4, compressible(1000)),
        lz4CompressPure(compressible(1000)),
      ]) {
        assert.equal(frame.readUInt32LE(0), 0x184d2204);
        assert.equal(frame[4], 0x60);
        assert.equal(frame[5], 0x40);
      }
    });
    it('accepts the broken KAFKA-3160 header checksum of magic-0 messages as well as the correct one', async () => {
      const data = compressible(100_000);
      const broken = await compress(CompressionCodec.Lz4, data, { lz4BrokenChecksum: true });
      const correct = await compress(CompressionCodec.Lz4, data);
      assert.notEqual(broken[6], correct[6]);
      assert.deepEqual(await decompress(CompressionCodec.Lz4, broken), data);
      assert.deepEqual(await decompress(CompressionCodec.Lz4, correct), data);
      const garbage = Buffer.from(correct);
      let wrong = 0;
      while (wrong === broken[6] || wrong === correct[6]) wrong++;
      garbage[6] = wrong;
      await rejectsWith(decompress(CompressionCodec.Lz4, garbage), 'corrupt');
    });
    it('the pure-JS encoder output is read by lz4js, lz4-napi and the lz4 CLI', async () => {
      const lz4js = require('lz4js') as { decompress(b: Uint8Array): Uint8Array };
      const napi = require('lz4-napi') as { decompressFrameSync(b: Buffer): Buffer };
      const cli = hasCli('lz4');
      if (!cli) console.log('      lz4 CLI not installed: CLI interop not checked');
      for (const data of [Buffer.alloc(0), compressible(300_000), randomBytes(prng(7), 70_000)]) {
        for (const frame of [lz4CompressPure(data), await compress(CompressionCodec.Lz4, data)]) {
          assert.deepEqual(Buffer.from(lz4js.decompress(frame)), data);
          assert.deepEqual(napi.decompressFrameSync(frame), data);
          if (cli) assert.deepEqual(execFileSync('lz4', ['-d', '-c'], { input: frame, timeout: 10_000 }), data);
        }
        if (cli) {
          // Frames with content checksum and 4 MiB blocks from the reference implementation.
          const reference = execFileSync('lz4', ['-c', '-q', '-B7', '--content-size'], {
            input: data,
            timeout: 10_000,
          });
          assert.deepEqual(lz4DecompressSync(reference, 1 << 30), data);
        }
      }
    });
  });

  describe('zstd', () => {
    const data = compressible(500_000);
    it('bounds frames by declared sizes or block maxima before decoding', async () => {
      const packed = await compress(CompressionCodec.Zstd, data);
      assert.ok(zstdBound(packed).maxBytes >= data.length);
      const wasm = await zstdCompressWasm(data);
      assert.deepEqual(zstdBound(wasm), { maxBytes: data.length, allDeclared: true });
      assert.throws(
        () => zstdBound(packed.subarray(0, packed.length - 2)),
        (e: CompressionError) => e.kind === 'corrupt',
      );
    });
    it('the WebAssembly fallback (libzstd) round-trips, reads the other encoders and refuses bombs', async () => {
      assert.deepEqual(await zstdDecompressWasm(await zstdCompressWasm(data), 1 << 30), data);
      assert.deepEqual(await zstdDecompressWasm(await compress(CompressionCodec.Zstd, data), 1 << 30), data);
      assert.deepEqual(await decompress(CompressionCodec.Zstd, await zstdCompressWasm(data)), data);
      assert.deepEqual(await zstdDecompressWasm(await zstdCompressWasm(Buffer.alloc(0)), 10), Buffer.alloc(0));
      const bomb = await compress(CompressionCodec.Zstd, Buffer.alloc(20 * 1024 * 1024));
      await assert.rejects(zstdDecompressWasm(bomb, 1 << 20), (e: CompressionError) => e.kind === 'too-large');
      await assert.rejects(
        zstdDecompressWasm(Buffer.from('garbage!'), 1 << 20),
        (e: CompressionError) => e.kind === 'corrupt',
      );
    });
    it('interoperates with the zstd CLI (frames without a content size too)', async () => {
      if (!hasCli('zstd')) {
        console.log('      zstd CLI not installed: CLI interop not checked');
        return;
      }
      const fromCli = execFileSync('zstd', ['-c', '-q'], { input: data, timeout: 10_000 });
      assert.deepEqual(await decompress(CompressionCodec.Zstd, fromCli), data);
      assert.deepEqual(
        execFileSync('zstd', ['-d', '-c', '-q'], {
          input: await compress(CompressionCodec.Zstd, data),
          timeout: 10_000,
        }),
        data,
      );
      assert.deepEqual(await zstdDecompressWasm(fromCli, 1 << 30), data);
      assert.deepEqual(
        execFileSync('zstd', ['-d', '-c', '-q'], { input: await zstdCompressWasm(data), timeout: 10_000 }),
        data,
      );
    });
  });
});

describe('decompressSync', () => {
  const text = Buffer.from('synchronous path '.repeat(4096));
  for (const codec of [CompressionCodec.None, CompressionCodec.Gzip, CompressionCodec.Snappy, CompressionCodec.Lz4]) {
    it(`${CODEC_NAMES[codec]}: reads what compress() wrote and honours the output limit`, async () => {
      const packed = await compress(codec, text);
      assert.deepEqual(decompressSync(codec, packed), text);
      if (codec !== CompressionCodec.None) {
        assert.throws(
          () => decompressSync(codec, packed, { maxOutputBytes: 1024 }),
          (e: unknown) => e instanceof CompressionError && e.kind === 'too-large',
        );
        const damaged = Buffer.from(packed.subarray(0, packed.length >> 1));
        assert.throws(() => decompressSync(codec, damaged), CompressionError);
      }
    });
  }
  it('zstd is refused as unsupported (no synchronous zstd on every Node)', async () => {
    const packed = await compress(CompressionCodec.Zstd, text);
    assert.throws(
      () => decompressSync(CompressionCodec.Zstd, packed),
      (e: unknown) => e instanceof CompressionError && e.kind === 'unsupported',
    );
  });
});
