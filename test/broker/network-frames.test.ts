import assert from 'node:assert/strict';
import { FrameSizeError, FrameSplitter } from '../../protocol/frame-splitter';

/** A small deterministic PRNG (mulberry32), so a failing fuzz case can be replayed from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function framed(body: Buffer): Buffer {
  const out = Buffer.alloc(4 + body.length);
  out.writeInt32BE(body.length, 0);
  body.copy(out, 4);
  return out;
}

/** Cuts `stream` into chunks at random places (1 byte up to `max`). */
function chunked(stream: Buffer, random: () => number, max: number): Buffer[] {
  const chunks: Buffer[] = [];
  for (let at = 0; at < stream.length; ) {
    const size = 1 + Math.floor(random() * Math.min(max, stream.length - at));
    // Copies, as a socket hands out fresh buffers.
    chunks.push(Buffer.from(stream.subarray(at, at + size)));
    at += size;
  }
  return chunks;
}

function split(splitter: FrameSplitter, chunks: Buffer[]): Buffer[] {
  const frames: Buffer[] = [];
  for (const chunk of chunks) splitter.push(chunk, (f) => frames.push(Buffer.from(f)));
  return frames;
}

describe('network: the frame splitter (protocol/frame-splitter.ts)', () => {
  it('splits frames whatever the chunking, including empty frames and prefixes cut in two', () => {
    const bodies = [Buffer.from('abc'), Buffer.alloc(0), Buffer.alloc(70000, 9), Buffer.from([1])];
    const stream = Buffer.concat(bodies.map(framed));
    for (const chunkSize of [1, 2, 3, 4, 5, 7, 4096, stream.length]) {
      const chunks: Buffer[] = [];
      for (let at = 0; at < stream.length; at += chunkSize) chunks.push(stream.subarray(at, at + chunkSize));
      const splitter = new FrameSplitter();
      assert.deepEqual(split(splitter, chunks), bodies, `chunks of ${chunkSize}`);
      assert.equal(splitter.pendingBytes, 0);
      assert.equal(splitter.expectedBytes, -1);
    }
  });

  it('hands out a frame inside one chunk as a view of it (no copy)', () => {
    const chunk = Buffer.concat([framed(Buffer.from('one')), framed(Buffer.from('two'))]);
    const frames: Buffer[] = [];
    new FrameSplitter().push(chunk, (f) => frames.push(f));
    assert.equal(frames.length, 2);
    assert.equal(frames[0]!.buffer, chunk.buffer);
    assert.equal(frames[1]!.byteOffset, chunk.byteOffset + 11);
  });

  it('joins a frame spread over many chunks with one copy, not one per chunk', () => {
    const body = Buffer.alloc(8 * 1024 * 1024, 3);
    const chunks = chunked(framed(body), prng(7), 64 * 1024);
    const concat = Buffer.concat;
    let copies = 0;
    let copiedBytes = 0;
    Buffer.concat = ((list: readonly Uint8Array[], total?: number) => {
      copies++;
      const out = concat(list, total);
      copiedBytes += out.length;
      return out;
    }) as typeof Buffer.concat;
    let frames: Buffer[];
    try {
      frames = [];
      const splitter = new FrameSplitter();
      for (const chunk of chunks) splitter.push(chunk, (f) => frames.push(f));
    } finally {
      Buffer.concat = concat;
    }
    assert.equal(frames.length, 1);
    assert.ok(frames[0]!.equals(body));
    assert.equal(copies, 1, `${chunks.length} chunks`);
    assert.equal(copiedBytes, body.length);
  });

  it('copyInto: frames come out whole and intact when every chunk is read into the same reused memory', () => {
    const bodies = [Buffer.from('abc'), Buffer.alloc(0), Buffer.alloc(70000, 9), Buffer.from([1]), Buffer.alloc(5, 2)];
    const stream = Buffer.concat(bodies.map(framed));
    for (const readSize of [1, 3, 4, 5, 4096, 65536]) {
      const reused = Buffer.alloc(readSize);
      const targets: Buffer[] = [];
      const frames: Buffer[] = [];
      const splitter = new FrameSplitter({
        copyInto: (length) => {
          const target = Buffer.alloc(length);
          targets.push(target);
          return target;
        },
      });
      for (let at = 0; at < stream.length; at += readSize) {
        // As a socket with `onread` does: each read lands in the same memory, overwriting the last one.
        const bytes = stream.copy(reused, 0, at, at + readSize);
        splitter.push(reused.subarray(0, bytes), (f) => frames.push(f));
        reused.fill(0xee);
      }
      assert.deepEqual(frames, bodies, `reads of ${readSize}`);
      // Each frame is the buffer copyInto gave for it, never a view of the reused memory.
      assert.deepEqual(frames, targets, `reads of ${readSize}`);
      assert.ok(frames.every((f, i) => f === targets[i]));
      assert.equal(splitter.pendingBytes, 0);
    }
  });

  it('direct reads: each read fills at most the rest of one prefix or frame, and frames come out whole', () => {
    const bodies = [Buffer.from('abc'), Buffer.alloc(0), Buffer.alloc(70000, 9), Buffer.from([1]), Buffer.alloc(5, 2)];
    const stream = Buffer.concat(bodies.map(framed));
    for (const readSize of [1, 3, 4, 5, 4096, 65536, 1 << 20]) {
      const frames: Buffer[] = [];
      const splitter = new FrameSplitter({ copyInto: (length) => Buffer.alloc(length) });
      for (let at = 0; at < stream.length; ) {
        // As Node's `onread` with a buffer function: it asks where to read, the kernel fills up to that much.
        const target = splitter.readTarget();
        const bytes = stream.copy(target, 0, at, at + Math.min(readSize, target.length));
        at += bytes;
        splitter.advance(bytes, (f) => frames.push(f));
      }
      assert.deepEqual(frames, bodies, `reads of ${readSize}`);
      assert.equal(splitter.pendingBytes, 0);
    }
    // The target never reaches into the next frame: after a 3-byte frame's prefix, exactly 3 bytes are asked for.
    const splitter = new FrameSplitter({ copyInto: (length) => Buffer.alloc(length) });
    assert.equal(splitter.readTarget().length, 4);
    framed(Buffer.from('abc')).copy(splitter.readTarget(), 0, 0, 4);
    splitter.advance(4, () => assert.fail('no frame yet'));
    assert.equal(splitter.readTarget().length, 3);
    assert.throws(() => new FrameSplitter().readTarget(), /needs the copyInto option/);
  });

  it('direct reads refuse an oversized size when its prefix completes, before the frame is given memory', () => {
    let given = 0;
    const splitter = new FrameSplitter({
      maxFrameBytes: 100,
      kind: 'response',
      copyInto: (length) => {
        given += length;
        return Buffer.alloc(length);
      },
    });
    const prefix = Buffer.alloc(4);
    prefix.writeInt32BE(101, 0);
    prefix.copy(splitter.readTarget(), 0, 0, 2);
    splitter.advance(2, () => assert.fail('no frame'));
    prefix.copy(splitter.readTarget(), 0, 2, 4);
    assert.throws(() => splitter.advance(2, () => assert.fail('no frame')), /response size 101 exceeds/);
    assert.equal(given, 0);
  });

  it('refuses a negative or oversized size from the prefix alone, before buffering any of the frame', () => {
    const splitter = new FrameSplitter({ maxFrameBytes: 100, limitName: 'socket.request.max.bytes', kind: 'request' });
    const frames: Buffer[] = [];
    splitter.push(framed(Buffer.from('ok')), (f) => frames.push(f));
    assert.equal(frames.length, 1);
    const prefix = Buffer.alloc(4);
    prefix.writeInt32BE(101, 0);
    // Fed one byte at a time: nothing is thrown until the fourth byte, and then nothing is held.
    for (let i = 0; i < 3; i++) splitter.push(prefix.subarray(i, i + 1), () => assert.fail('no frame'));
    assert.throws(
      () => splitter.push(Buffer.concat([prefix.subarray(3), Buffer.alloc(50)]), () => assert.fail('no frame')),
      (e: FrameSizeError) =>
        e instanceof FrameSizeError && e.size === 101 && /exceeds socket.request.max.bytes 100/.test(e.message),
    );
    assert.throws(
      () => new FrameSplitter({ kind: 'request' }).push(Buffer.from([0xff, 0xff, 0xff, 0xf0]), () => {}),
      /invalid request size -16/,
    );
  });

  it('reports the bytes held of an unfinished frame (prefix included) and its announced size', () => {
    const splitter = new FrameSplitter();
    const stream = framed(Buffer.alloc(1000));
    splitter.push(stream.subarray(0, 2), () => {});
    assert.equal(splitter.pendingBytes, 2);
    assert.equal(splitter.expectedBytes, -1);
    splitter.push(stream.subarray(2, 600), () => {});
    assert.equal(splitter.pendingBytes, 600);
    assert.equal(splitter.expectedBytes, 1000);
    splitter.push(stream.subarray(600), () => {});
    assert.equal(splitter.pendingBytes, 0);
  });

  it('fuzz: random frames in random chunks come out identical (chunks kept or reused); hostile sizes throw at their prefix', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const random = prng(seed);
      const maxFrameBytes = 1 + Math.floor(random() * 20000);
      const bodies: Buffer[] = [];
      const parts: Buffer[] = [];
      const count = Math.floor(random() * 12);
      for (let i = 0; i < count; i++) {
        const size = random() < 0.2 ? 0 : Math.floor(random() * maxFrameBytes);
        const body = Buffer.alloc(size);
        for (let j = 0; j < Math.min(size, 64); j++) body[j] = Math.floor(random() * 256);
        bodies.push(body);
        parts.push(framed(body));
      }
      // Half the cases end in a hostile prefix: negative, just over the limit, or absurd.
      const hostile = random() < 0.5;
      let hostileSize = 0;
      if (hostile) {
        const kinds = [-1, -0x80000000, maxFrameBytes + 1, 0x7fffffff, maxFrameBytes + Math.floor(random() * 1e6) + 1];
        hostileSize = kinds[Math.floor(random() * kinds.length)]!;
        const prefix = Buffer.alloc(4 + Math.floor(random() * 100), 0xee);
        prefix.writeInt32BE(hostileSize, 0);
        parts.push(prefix);
      }
      const chunks = chunked(Buffer.concat(parts), random, 1 + Math.floor(random() * 30000));
      // Even seeds: copyInto, each chunk's memory overwritten once pushed (a socket's reused read buffer), and
      // the frames kept as handed out (a view of a chunk would show the overwrite).
      const reusedReads = seed % 2 === 0;
      const splitter = new FrameSplitter({ maxFrameBytes, copyInto: reusedReads ? (n) => Buffer.alloc(n) : undefined });
      const frames: Buffer[] = [];
      let error: unknown = null;
      try {
        for (const chunk of chunks) {
          splitter.push(chunk, (f) => frames.push(reusedReads ? f : Buffer.from(f)));
          if (reusedReads) chunk.fill(0xee);
          assert.ok(splitter.pendingBytes <= maxFrameBytes + 4, `seed ${seed}: holds no more than one frame`);
        }
      } catch (e) {
        error = e;
      }
      assert.deepEqual(frames, bodies, `seed ${seed}`);
      if (hostile) {
        assert.ok(error instanceof FrameSizeError, `seed ${seed}: ${String(error)}`);
        assert.equal(error.size, hostileSize);
      } else {
        assert.equal(error, null, `seed ${seed}`);
        assert.equal(splitter.pendingBytes, 0);
      }
    }
  });
});
