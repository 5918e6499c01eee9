/**
 * The harness's own checks, so a compat "pass" means something: the partitioner functions reproduce known
 * vectors, and matchRecords reports every kind of damage it is meant to catch.
 */
import assert from 'node:assert/strict';
import { isTooLargeError, matchRecords } from './checks';
import type { RecordIn, RecordOut } from './driver-protocol';
import { crc32, fnv1a32, murmur2, partitioners } from './partitioners';

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('compat harness: partitioners', () => {
  it('murmur2 matches the Java client (Utils.murmur2 vectors)', () => {
    assert.equal(murmur2(Buffer.from('21')), -973932308);
    assert.equal(murmur2(Buffer.from('foobar')), -790332482);
    assert.equal(murmur2(Buffer.from('a-little-bit-long-string')), -985981536);
    assert.equal(murmur2(Buffer.from('a-little-bit-longer-string')), -1486304829);
    assert.equal(murmur2(Buffer.from('lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8')), -58897971);
  });
  it('crc32 is zlib CRC-32 and fnv1a32 is Go hash/fnv New32a', () => {
    assert.equal(crc32(Buffer.from('123456789')), 0xcbf43926);
    assert.equal(fnv1a32(Buffer.from('')), 0x811c9dc5);
    assert.equal(fnv1a32(Buffer.from('a')), 0xe40c292c);
  });
  it('the Java mask and the unsigned murmur2 disagree for some keys (why platformatic differs)', () => {
    const keys = Array.from({ length: 20 }, (_, i) => Buffer.from(`key-${i}`));
    const java = keys.map((k) => partitioners['murmur2-java'].partition(k, 3));
    const unsigned = keys.map((k) => partitioners['murmur2-unsigned'].partition(k, 3));
    assert.notDeepEqual(java, unsigned);
  });
});

describe('compat harness: matchRecords', () => {
  const sent: RecordIn[] = [
    { key: b64('a'), value: b64('1'), headers: [['h', b64('x')]] },
    { key: b64('a'), value: b64('2'), headers: [] },
    { key: null, value: null, headers: [] },
  ];
  const keyed = partitioners['murmur2-java'].partition(Buffer.from('a'), 3);
  // the unkeyed record goes to another partition, so each partition's offsets start at 0
  const good: RecordOut[] = sent.map((r, i) => ({
    ...r,
    partition: r.key === null ? (keyed + 1) % 3 : keyed,
    offset: i < 2 ? i : 0,
    timestamp: 0,
  }));
  const opts = { partitions: 3, partitioner: 'murmur2-java' as const, contiguousFromZero: true };

  it('accepts an intact round trip', () => {
    assert.deepEqual(matchRecords(sent, good, opts), []);
  });
  it('reports an altered byte, a missing record, an extra record', () => {
    const altered = good.map((r, i) => (i === 1 ? { ...r, value: b64('3') } : r));
    assert.match(
      matchRecords(sent, altered, opts).join('\n'),
      /record #1 .* did not come back intact[\s\S]*unexpected record/,
    );
    assert.match(matchRecords(sent, good.slice(0, 2), opts).join('\n'), /record #2/);
  });
  it('reports reordering inside a partition and offset gaps', () => {
    const swapped = good.map((r, i) => (i === 0 ? { ...r, offset: 1 } : i === 1 ? { ...r, offset: 0 } : r));
    assert.match(matchRecords(sent, swapped, opts).join('\n'), /is not after/);
    const gap = good.map((r, i) => (i === 1 ? { ...r, offset: 5 } : r));
    assert.match(matchRecords(sent, gap, opts).join('\n'), /offsets are 0,5/);
  });
  it('reports a keyed record on the wrong partition', () => {
    const moved = good.map((r, i) => (i === 0 ? { ...r, partition: (r.partition + 1) % 3 } : r));
    assert.match(matchRecords(sent, moved, opts).join('\n'), /keyed record #0 landed on partition/);
  });
  it('recognises too-large errors in each client words', () => {
    for (const message of [
      'The request included a message larger than the max message size the server will accept.',
      'Broker: Message size too large',
      'kafka server: Message was too large, server rejected it to avoid allocation error.',
      '[Error 10] MessageSizeTooLargeError',
    ]) {
      assert.ok(isTooLargeError({ name: 'Error', message }), message);
    }
    assert.ok(!isTooLargeError({ name: 'Error', message: 'Local: Broker transport failure' }));
  });
});
