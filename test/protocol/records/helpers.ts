import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(__dirname, '../../../../shared/kafka-protocol/fixtures/kafkajs');

/** Loads a kafkajs fixture (a Node Buffer as JSON). */
export function fixture(path: string): Buffer {
  const json = JSON.parse(readFileSync(join(FIXTURES, path), 'utf8')) as { type: string; data: number[] };
  return Buffer.from(json.data);
}

/** Deterministic pseudo-random bytes (xorshift), so failures reproduce. */
export function prng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

export function randomBytes(rand: () => number, n: number): Buffer {
  const b = Buffer.allocUnsafe(n);
  for (let i = 0; i < n; i++) b[i] = (rand() * 256) | 0;
  return b;
}

/** Text-like data that compresses (repeated words), `n` bytes. */
export function compressible(n: number): Buffer {
  const words = 'kafka brook record batch offset partition leader epoch producer sequence '.split(' ');
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < n; i++) {
    const w = `${words[(i * 7) % words.length]}-${i % 97} `;
    parts.push(w);
    size += w.length;
  }
  return Buffer.from(parts.join('')).subarray(0, n);
}
