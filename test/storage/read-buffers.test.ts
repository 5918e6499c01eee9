import assert from 'node:assert/strict';
import { ReadBuffers } from '../../storage';

describe('storage: read buffers (what fetches read record bytes into)', () => {
  it('lends a buffer of the length asked and lends the same memory again once it is given back', () => {
    const buffers = new ReadBuffers(8 << 20, 64 << 10, 1 << 20);
    const first = buffers.take(100_000);
    assert.equal(first.length, 100_000);
    assert.equal(first.buffer.byteLength, 128 << 10, 'capacity rounded up to a power of two');
    const second = buffers.take(100_000);
    assert.notEqual(second.buffer, first.buffer, 'a lent buffer is not lent twice');
    buffers.release(first.subarray(0, 10)); // a view of it gives it back too
    assert.equal(buffers.idleByteCount, 128 << 10);
    const again = buffers.take(70_000);
    assert.equal(again.buffer, first.buffer);
    assert.equal(buffers.idleByteCount, 0);
  });

  it('ignores chunks it did not lend, and a second release of a buffer already given back', () => {
    const buffers = new ReadBuffers(8 << 20, 64 << 10, 1 << 20);
    buffers.release(Buffer.alloc(200_000));
    buffers.release(Buffer.from('header'));
    assert.equal(buffers.idleByteCount, 0);
    const lent = buffers.take(200_000);
    buffers.release(lent);
    buffers.release(lent);
    assert.equal(buffers.idleByteCount, 256 << 10, 'kept once');
    const next = buffers.take(200_000);
    assert.equal(next.buffer, lent.buffer);
    assert.notEqual(buffers.take(200_000).buffer, next.buffer, 'not lent twice');
  });

  it('leaves reads shorter or longer than its range to plain allocation, and keeps at most maxIdleBytes', () => {
    const buffers = new ReadBuffers(256 << 10, 64 << 10, 1 << 20);
    for (const length of [10, (1 << 20) + 1]) {
      const plain = buffers.take(length);
      buffers.release(plain);
      assert.equal(buffers.idleByteCount, 0, `${length} bytes`);
    }
    const lent = [buffers.take(128 << 10), buffers.take(128 << 10), buffers.take(128 << 10)];
    for (const b of lent) buffers.release(b);
    assert.equal(buffers.idleByteCount, 256 << 10, 'the third one is left to the GC');
  });
});
