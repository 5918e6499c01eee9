import * as assert from 'node:assert/strict';
import { defaultPartition, murmur2 } from '../../../protocol/murmur2';
import { prng, randomBytes } from './helpers';

// kafkajs' DefaultPartitioner carries a Java-compatible murmur2: an independent implementation to compare with.
const kafkajsMurmur2 = require('kafkajs/src/producer/partitioners/default/murmur2') as (key: Buffer | string) => number;

describe('murmur2 (Java client compatible)', () => {
  it('matches the Java client unit-test vectors (Kafka UtilsTest.testMurmur2)', () => {
    const cases: [Uint8Array, number][] = [
      [Buffer.from('21'), -973932308],
      [Buffer.from('foobar'), -790332482],
      [Buffer.from('a-little-bit-long-string'), -985981536],
      [Buffer.from('a-little-bit-longer-string'), -1486304829],
      [Buffer.from('lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8'), -58897971],
      [Buffer.from('abc'), 479470107],
    ];
    for (const [key, expected] of cases) assert.equal(murmur2(key), expected, Buffer.from(key).toString());
  });

  it('agrees with kafkajs DefaultPartitioner murmur2 on 2,000 random keys of every tail length', () => {
    const rand = prng(2024);
    for (let i = 0; i < 2000; i++) {
      const key = randomBytes(rand, i % 67);
      assert.equal(murmur2(key), kafkajsMurmur2(key), key.toString('hex'));
    }
  });

  it('defaultPartition masks the sign bit (not abs) and takes the modulo', () => {
    // murmur2('foobar') = -790332482 -> & 0x7fffffff = 1357151166
    assert.equal(defaultPartition(Buffer.from('foobar'), 1_000_000_007), 1357151166 % 1_000_000_007);
    assert.equal(defaultPartition(Buffer.from('foobar'), 10), 1357151166 % 10);
    assert.equal(defaultPartition(Buffer.alloc(0), 3), (murmur2(Buffer.alloc(0)) & 0x7fffffff) % 3);
    assert.throws(() => defaultPartition(Buffer.from('x'), 0), RangeError);
  });
});
