import { decodeLz4Block, LZ4_CORRUPT, LZ4_OVERFLOW } from './lz4-block';
import { encodeLz4Block, lz4BlockBound } from './lz4-encode';
import { corrupt, tooLarge } from './types';
import { xxhash32 } from './xxhash32';

/**
 * LZ4 frame format (Kafka codec 3), as Kafka's KafkaLZ4BlockOutputStream writes it: independent 64 KiB blocks,
 * no content size, no checksums besides the descriptor's.
 *
 * Encoding uses the native lz4-napi (lz4_flex) when it installed, else the JavaScript block encoder beside this
 * file; both write the same frame layout. Decoding is always the bounds-checked JavaScript decoder here, because
 * it has to accept what native decoders refuse: the frame-descriptor checksum that Kafka magic-0 messages
 * computed over the magic number too (KAFKA-3160), and it has to stop at the output ceiling.
 */
const MAGIC = 0x184d2204;
const SKIPPABLE_MASK = 0xfffffff0;
const SKIPPABLE_MAGIC = 0x184d2a50;
const BLOCK_SIZES: Record<number, number> = { 4: 64 * 1024, 5: 256 * 1024, 6: 1024 * 1024, 7: 4 * 1024 * 1024 };
const FLG_VERSION_MASK = 0xc0;
const FLG_VERSION_01 = 0x40;
const FLG_BLOCK_INDEPENDENT = 0x20;
const FLG_BLOCK_CHECKSUM = 0x10;
const FLG_CONTENT_SIZE = 0x08;
const FLG_CONTENT_CHECKSUM = 0x04;
const FLG_DICT_ID = 0x01;
const BLOCK_UNCOMPRESSED = 0x80000000;
const DEFAULT_BLOCK_SIZE = 64 * 1024;

type NativeLz4 = { compressFrame(data: Uint8Array): Promise<Buffer> };

function loadNative(): NativeLz4 | null {
  try {
    const lz4 = require('lz4-napi') as NativeLz4;
    return typeof lz4.compressFrame === 'function' ? lz4 : null;
  } catch {
    return null;
  }
}

/** The native encoder, loaded on first use (not at start-up: most brokers never see an LZ4 batch). */
let nativeModule: NativeLz4 | null | undefined;
function native(): NativeLz4 | null {
  if (nativeModule === undefined) nativeModule = loadNative();
  return nativeModule;
}

/** Encoder in use; decoding is always the JavaScript decoder here (it measured faster than lz4-napi's too). */
export function lz4Implementation(): 'lz4-napi encode, js decode' | 'js' {
  return native() ? 'lz4-napi encode, js decode' : 'js';
}

/** Header checksum byte: second byte of xxHash32 over the descriptor, or over magic+descriptor if `broken`. */
function headerChecksum(frame: Uint8Array, frameStart: number, descriptorEnd: number, broken: boolean): number {
  return (xxhash32(frame, broken ? frameStart : frameStart + 4, descriptorEnd) >>> 8) & 0xff;
}

/** Rewrites the descriptor checksum of the frame at the start of `frame` (the KAFKA-3160 form if `broken`). */
function patchHeaderChecksum(frame: Buffer, broken: boolean): void {
  const flg = frame[4]!;
  const descriptorEnd = 6 + (flg & FLG_CONTENT_SIZE ? 8 : 0) + (flg & FLG_DICT_ID ? 4 : 0);
  frame[descriptorEnd] = headerChecksum(frame, 0, descriptorEnd, broken);
}

export async function lz4Compress(data: Buffer, brokenChecksum = false): Promise<Buffer> {
  const nativeLz4 = native();
  const frame = nativeLz4 ? await nativeLz4.compressFrame(data) : lz4CompressPure(data);
  if (brokenChecksum) patchHeaderChecksum(frame, true);
  return frame;
}

/** The pure-JavaScript frame encoder (used when the native package is missing; tests exercise it directly). */
export function lz4CompressPure(data: Buffer, brokenChecksum = false): Buffer {
  const blocks = Math.ceil(data.length / DEFAULT_BLOCK_SIZE);
  const out = Buffer.allocUnsafe(7 + blocks * (4 + lz4BlockBound(DEFAULT_BLOCK_SIZE)) + 4);
  out.writeUInt32LE(MAGIC, 0);
  out[4] = FLG_VERSION_01 | FLG_BLOCK_INDEPENDENT;
  out[5] = 4 << 4; // 64 KiB blocks
  out[6] = headerChecksum(out, 0, 6, brokenChecksum);
  let pos = 7;
  const table = new Int32Array(1 << 14);
  for (let start = 0; start < data.length; start += DEFAULT_BLOCK_SIZE) {
    const end = Math.min(start + DEFAULT_BLOCK_SIZE, data.length);
    const size = encodeLz4Block(data, start, end, out, pos + 4, table);
    if (size > 0 && size < end - start) {
      out.writeUInt32LE(size, pos);
      pos += 4 + size;
    } else {
      out.writeUInt32LE((BLOCK_UNCOMPRESSED | (end - start)) >>> 0, pos);
      data.copy(out, pos + 4, start, end);
      pos += 4 + end - start;
    }
  }
  out.writeUInt32LE(0, pos);
  return out.subarray(0, pos + 4);
}

export async function lz4Decompress(data: Buffer, maxOutputBytes: number): Promise<Buffer> {
  return lz4DecompressSync(data, maxOutputBytes);
}

/** Decodes one or more concatenated LZ4 frames (skippable frames are skipped). Throws CompressionError. */
export function lz4DecompressSync(data: Buffer, maxOutputBytes: number): Buffer {
  let out = Buffer.allocUnsafe(Math.min(maxOutputBytes, Math.max(1024, data.length * 4)));
  let d = 0;
  let s = 0;
  const need = (n: number, what: string) => {
    if (s + n > data.length) throw corrupt('lz4', `truncated ${what} at byte ${s}`);
  };
  const grow = (minimum: number) => {
    if (minimum <= out.length) return;
    const size = Math.min(maxOutputBytes, Math.max(minimum, out.length * 2));
    const next = Buffer.allocUnsafe(size);
    out.copy(next, 0, 0, d);
    out = next;
  };
  if (data.length === 0) throw corrupt('lz4', 'empty input');
  while (s < data.length) {
    need(4, 'magic');
    const magic = data.readUInt32LE(s);
    if ((magic & SKIPPABLE_MASK) >>> 0 === SKIPPABLE_MAGIC) {
      need(8, 'skippable frame');
      s += 8 + data.readUInt32LE(s + 4);
      if (s > data.length) throw corrupt('lz4', 'truncated skippable frame');
      continue;
    }
    if (magic !== MAGIC) throw corrupt('lz4', `bad frame magic 0x${magic.toString(16)} at byte ${s}`);
    const frameStart = s;
    need(7, 'frame descriptor');
    const flg = data[s + 4]!;
    const bd = data[s + 5]!;
    if ((flg & FLG_VERSION_MASK) !== FLG_VERSION_01)
      throw corrupt('lz4', `unsupported frame version in FLG 0x${flg.toString(16)}`);
    if (flg & FLG_DICT_ID) throw corrupt('lz4', 'frames with a dictionary id are not supported');
    const blockMax = BLOCK_SIZES[(bd >>> 4) & 7];
    if (blockMax === undefined || (bd & 0x8f) !== 0) throw corrupt('lz4', `bad block descriptor 0x${bd.toString(16)}`);
    let descriptorEnd = s + 6;
    let contentSize = -1;
    if (flg & FLG_CONTENT_SIZE) {
      need(15, 'frame descriptor');
      const declared = data.readBigUInt64LE(s + 6);
      if (declared > BigInt(maxOutputBytes - d)) throw tooLarge('lz4', declared.toString(), maxOutputBytes);
      contentSize = Number(declared);
      descriptorEnd += 8;
    }
    const hc = data[descriptorEnd]!;
    // Accept both the correct checksum and the one Kafka magic-0 producers wrote (KAFKA-3160).
    if (
      hc !== headerChecksum(data, frameStart, descriptorEnd, false) &&
      hc !== headerChecksum(data, frameStart, descriptorEnd, true)
    ) {
      throw corrupt('lz4', 'frame descriptor checksum mismatch');
    }
    s = descriptorEnd + 1;
    const contentStart = d;
    for (;;) {
      need(4, 'block size');
      const word = data.readUInt32LE(s);
      s += 4;
      if (word === 0) break;
      const stored = (word & BLOCK_UNCOMPRESSED) !== 0;
      const size = word & 0x7fffffff;
      if (size > blockMax) throw corrupt('lz4', `block of ${size} bytes exceeds the frame's ${blockMax}`);
      need(size + (flg & FLG_BLOCK_CHECKSUM ? 4 : 0), 'block');
      if (flg & FLG_BLOCK_CHECKSUM && xxhash32(data, s, s + size) !== data.readUInt32LE(s + size)) {
        throw corrupt('lz4', 'block checksum mismatch');
      }
      const room = maxOutputBytes - d;
      const limit = Math.min(blockMax, room);
      if (stored) {
        if (size > room) throw tooLarge('lz4', `over ${maxOutputBytes}`, maxOutputBytes);
        grow(d + size);
        data.copy(out, d, s, s + size);
        d += size;
      } else {
        // Guess the block's output from its compressed size and retry with more room if the guess was short,
        // rather than reserving a whole maximum-size block for every (often small) block.
        let room4 = Math.min(limit, Math.max(4 * size, 1024));
        let next: number;
        for (;;) {
          grow(d + room4);
          next = decodeLz4Block(data, s, s + size, out, d, d + room4);
          if (next !== LZ4_OVERFLOW || room4 === limit) break;
          room4 = Math.min(limit, room4 * 4);
        }
        if (next === LZ4_OVERFLOW) {
          if (limit < blockMax) throw tooLarge('lz4', `over ${maxOutputBytes}`, maxOutputBytes);
          throw corrupt('lz4', 'block decodes past the maximum block size');
        }
        if (next === LZ4_CORRUPT) throw corrupt('lz4', `malformed block at byte ${s}`);
        d = next;
      }
      s += size + (flg & FLG_BLOCK_CHECKSUM ? 4 : 0);
    }
    if (flg & FLG_CONTENT_CHECKSUM) {
      need(4, 'content checksum');
      if (xxhash32(out, contentStart, d) !== data.readUInt32LE(s)) throw corrupt('lz4', 'content checksum mismatch');
      s += 4;
    }
    if (contentSize >= 0 && d - contentStart !== contentSize) {
      throw corrupt('lz4', `frame declared ${contentSize} bytes but holds ${d - contentStart}`);
    }
  }
  return out.subarray(0, d);
}
