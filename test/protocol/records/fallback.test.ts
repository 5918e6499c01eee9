import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { type CompressionCodec, codecImplementations, decompress } from '../../../protocol/compression';

describe('pure-JS fallbacks (native codec packages absent)', function () {
  this.timeout(60_000);

  it('every codec works without lz4-napi, @mongodb-js/zstd and @node-rs/crc32, readable by the native paths', async () => {
    const out = execFileSync(
      process.execPath,
      [
        '--require',
        join(__dirname, 'support/without-native.cjs'),
        '--import',
        'tsx',
        join(__dirname, 'support/fallback-check.ts'),
      ],
      { encoding: 'utf8', timeout: 50_000 },
    );
    const result = JSON.parse(out) as {
      implementations: Record<string, string>;
      crc32cImplementation: string;
      frames: Record<string, string>;
    };
    assert.equal(result.implementations.lz4, 'js');
    assert.notEqual(result.implementations.zstd, '@mongodb-js/zstd');
    assert.ok(['zstd-wasm', 'node-zlib'].includes(result.implementations.zstd!));
    assert.equal(result.crc32cImplementation, 'pure-js');
    console.log(`      fallback implementations: ${JSON.stringify(result.implementations)}`);
    console.log(`      this process: ${JSON.stringify(codecImplementations)}`);
    const data = Buffer.from('fallback '.repeat(20000));
    for (const [codec, frame] of Object.entries(result.frames)) {
      const bytes = await decompress(Number(codec) as CompressionCodec, Buffer.from(frame, 'base64'));
      assert.deepEqual(bytes, data, `codec ${codec}`);
    }
  });
});
