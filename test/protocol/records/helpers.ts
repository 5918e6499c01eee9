import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_BY_KEY, decodeRequest } from '../../../protocol';
import type { ProduceRequest } from '../../../protocol/generated';

/** Request frames recorded from real clients by compat-tests/capture/capture-all.sh (see its workloads). */
export const CAPTURED = join(__dirname, '..', 'fixtures', 'captured');

export interface CapturedProduce {
  /** `kcat/0-v7-3.bin`: client and file under CAPTURED. */
  name: string;
  version: number;
  /** The records field of each partition, exactly as the client wrote it. */
  records: Buffer[];
}

/**
 * Every captured Produce request (API key 0) the codecs can decode, in client then file order. The Java client's
 * Produce v13 to Kafka 4.4 is above the codec's range (test/protocol/client-captures.test.ts reports it pending).
 */
export function capturedProduces(): CapturedProduce[] {
  const out: CapturedProduce[] = [];
  for (const client of readdirSync(CAPTURED).sort()) {
    for (const file of readdirSync(join(CAPTURED, client)).sort()) {
      if (!file.startsWith('0-')) continue;
      if (Number(file.match(/^0-v(\d+)-/)?.[1]) > API_BY_KEY[0]!.maxVersion) continue;
      const { header, body } = decodeRequest(readFileSync(join(CAPTURED, client, file)));
      const records = (body as ProduceRequest).topicData.flatMap((t) =>
        t.partitionData.flatMap((p) => (p.records ? [p.records] : [])),
      );
      out.push({ name: `${client}/${file}`, version: header.apiVersion, records });
    }
  }
  return out;
}

/** The magic byte of a records field (legacy message sets: 0 or 1; record batches: 2). */
export function magicOf(records: Buffer): number {
  return records[16]!;
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
