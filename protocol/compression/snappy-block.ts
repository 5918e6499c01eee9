/**
 * Snappy raw-block decoding in plain JavaScript with every length and offset checked. snappyjs (used for
 * compression) does not check them: hostile input can send its decoder backwards into an endless loop, so
 * decoding is done here instead.
 */

/**
 * Decodes the raw block src[start, end) whose varint preamble announced `length` bytes (the caller read the
 * preamble and checked `length` against its ceiling; `start` is just past the preamble). Returns the output, or
 * a reason string when the block is malformed.
 */
export function decodeSnappyBlock(src: Uint8Array, start: number, end: number, length: number): Buffer | string {
  const out = Buffer.allocUnsafe(length);
  let s = start;
  let d = 0;
  while (s < end) {
    const tag = src[s++]!;
    const type = tag & 3;
    if (type === 0) {
      let n = tag >>> 2;
      if (n >= 60) {
        const extra = n - 59;
        if (s + extra > end) return 'truncated literal length';
        n = 0;
        for (let i = extra - 1; i >= 0; i--) n = n * 256 + src[s + i]!;
        s += extra;
      }
      n += 1;
      if (s + n > end) return 'literal runs past the input';
      if (d + n > length) return 'literal runs past the announced length';
      if (n < 64) for (let i = 0; i < n; i++) out[d + i] = src[s + i]!;
      else out.set(src.subarray(s, s + n), d);
      s += n;
      d += n;
      continue;
    }
    let n: number;
    let offset: number;
    if (type === 1) {
      if (s + 1 > end) return 'truncated copy';
      n = ((tag >>> 2) & 7) + 4;
      offset = ((tag >>> 5) << 8) | src[s++]!;
    } else if (type === 2) {
      if (s + 2 > end) return 'truncated copy';
      n = (tag >>> 2) + 1;
      offset = src[s]! | (src[s + 1]! << 8);
      s += 2;
    } else {
      if (s + 4 > end) return 'truncated copy';
      n = (tag >>> 2) + 1;
      offset = (src[s]! | (src[s + 1]! << 8) | (src[s + 2]! << 16) | (src[s + 3]! << 24)) >>> 0;
      s += 4;
    }
    if (offset === 0 || offset > d) return `copy offset ${offset} outside the output`;
    if (d + n > length) return 'copy runs past the announced length';
    // Copies are at most 64 bytes: a plain loop beats copyWithin's call overhead, and handles overlap.
    let from = d - offset;
    const stop = d + n;
    while (d < stop) out[d++] = out[from++]!;
  }
  if (d !== length) return `block announced ${length} bytes but holds ${d}`;
  return out;
}
