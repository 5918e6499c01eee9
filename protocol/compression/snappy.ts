import { decodeSnappyBlock } from './snappy-block';
import { corrupt, tooLarge } from './types';

/**
 * Snappy (Kafka codec 2). Two framings meet on the wire: librdkafka writes ONE raw snappy block; the Java client
 * writes snappy-java's "xerial" framing (magic 82 'SNAPPY' 00, int32 version, int32 compatible version, then
 * [int32 length + raw block]...). Readers accept both, and so does this one; it writes raw by default.
 *
 * Blocks are compressed by `snappyjs` (pure JavaScript: the native `snappy` package measured no faster on
 * these machines) and decoded by the bounds-checked decoder in snappy-block.ts. Every raw block announces its
 * decompressed length first, which is checked against the ceiling before anything is allocated.
 */
const XERIAL_MAGIC = Buffer.from([0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00]);
const XERIAL_HEADER_SIZE = 16;
/** snappy-java's default block size. */
const XERIAL_BLOCK_SIZE = 32 * 1024;

type Snappyjs = { compress(data: Buffer): Buffer };
let snappyjsModule: Snappyjs | null = null;
/** snappyjs, loaded on first compression (start-up loads no codec a client may never use). */
function snappyjs(): Snappyjs {
  snappyjsModule ??= require('snappyjs') as Snappyjs;
  return snappyjsModule;
}

/** Decompressed length announced by a raw block's varint preamble, or -1 if it is malformed. */
export function snappyUncompressedLength(block: Uint8Array): number {
  let result = 0;
  for (let i = 0; i < 5 && i < block.length; i++) {
    const byte = block[i]!;
    result += (byte & 0x7f) * 2 ** (7 * i);
    if ((byte & 0x80) === 0) return result <= 0xffffffff ? result : -1;
  }
  return -1;
}

export function isXerialFramed(data: Uint8Array): boolean {
  return data.length >= XERIAL_HEADER_SIZE && XERIAL_MAGIC.equals(data.subarray(0, 8));
}

export function snappyCompressSync(data: Buffer, xerial = false): Buffer {
  if (!xerial) return snappyjs().compress(data);
  const parts: Buffer[] = [Buffer.from(XERIAL_MAGIC), Buffer.from([0, 0, 0, 1, 0, 0, 0, 1])];
  for (let start = 0; start < data.length; start += XERIAL_BLOCK_SIZE) {
    const block = snappyjs().compress(data.subarray(start, start + XERIAL_BLOCK_SIZE));
    const length = Buffer.allocUnsafe(4);
    length.writeInt32BE(block.length);
    parts.push(length, block);
  }
  return Buffer.concat(parts);
}

export async function snappyCompress(data: Buffer, xerial = false): Promise<Buffer> {
  return snappyCompressSync(data, xerial);
}

export async function snappyDecompress(data: Buffer, maxOutputBytes: number): Promise<Buffer> {
  return snappyDecompressSync(data, maxOutputBytes);
}

function uncompressBlock(block: Buffer, budget: number): Buffer {
  const length = snappyUncompressedLength(block);
  if (length < 0) throw corrupt('snappy', 'bad length preamble');
  if (length > budget) throw tooLarge('snappy', length, budget);
  let preamble = 1;
  while (block[preamble - 1]! & 0x80) preamble++;
  const out = decodeSnappyBlock(block, preamble, block.length, length);
  if (typeof out === 'string') throw corrupt('snappy', out);
  return out;
}

/** Decodes a raw snappy block or a xerial-framed stream. Throws CompressionError. */
export function snappyDecompressSync(data: Buffer, maxOutputBytes: number): Buffer {
  if (!isXerialFramed(data)) return uncompressBlock(data, maxOutputBytes);
  const parts: Buffer[] = [];
  let total = 0;
  let pos = XERIAL_HEADER_SIZE;
  while (pos < data.length) {
    if (pos + 4 > data.length) throw corrupt('snappy', `truncated xerial block length at byte ${pos}`);
    const length = data.readInt32BE(pos);
    pos += 4;
    if (length < 0 || pos + length > data.length) throw corrupt('snappy', `bad xerial block length ${length}`);
    const part = uncompressBlock(data.subarray(pos, pos + length), maxOutputBytes - total);
    parts.push(part);
    total += part.length;
    pos += length;
  }
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts, total);
}
