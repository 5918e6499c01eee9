/**
 * Scenario data: deterministic records shaped to what a client can send. Every record is unique (so a record
 * that comes back altered shows up as one missing plus one unexpected), binary clients get arbitrary bytes
 * (0x00, 0xff, invalid UTF-8), text clients (kcat) printable ASCII without tabs or newlines.
 */
import { createHash } from 'node:crypto';
import type { RecordIn } from '../lib/driver-protocol';

export interface DataShape {
  binary: boolean;
  headers: boolean;
  timestamps: boolean;
  emptyValues: boolean;
  /** false: an empty header value comes back as null (kafka-go 0.4's decoder); the empty header is left out */
  emptyHeaderValues?: boolean;
}

/** Deterministic pseudo-random bytes (sha256 in counter mode). */
export function bytes(seed: string, length: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (let i = 0; total < length; i++) {
    const chunk = createHash('sha256').update(`${seed}/${i}`).digest();
    chunks.push(chunk);
    total += chunk.length;
  }
  return Buffer.concat(chunks).subarray(0, length);
}

/** Printable ASCII (0x21-0x7e) of the given length. */
export function printable(seed: string, length: number): Buffer {
  const raw = bytes(seed, length);
  for (let i = 0; i < raw.length; i++) raw[i] = 0x21 + (raw[i]! % 94);
  return raw;
}

const b64 = (b: Buffer | null) => (b === null ? null : b.toString('base64'));

function payload(shape: DataShape, seed: string, length: number, prefix: string): Buffer {
  const tag = Buffer.from(prefix);
  return Buffer.concat([tag, shape.binary ? bytes(seed, length) : printable(seed, length)]);
}

/**
 * The main record set: keyed records (6 keys, each used twice so placement must be stable), tombstones (null
 * value), unkeyed records, headers (several, a duplicated name, an empty value, binary values), an empty value
 * distinct from null, explicit CreateTimes when the client can set them.
 */
export function mainRecords(shape: DataShape, seed: string, now: number): RecordIn[] {
  const records: RecordIn[] = [];
  const keyFor = (k: number) =>
    shape.binary
      ? Buffer.concat([Buffer.from(`key-${k}-`), Buffer.from([0x00, 0xff, 0x80 + k])])
      : Buffer.from(`key-${k}`);
  for (let i = 0; i < 12; i++) {
    const headers: [string, string][] = [];
    if (shape.headers && i % 3 === 0) {
      headers.push(
        ['trace-id', b64(payload(shape, `${seed}/h/${i}`, 8, ''))!],
        ['content-type', b64(Buffer.from('text/plain'))!],
      );
    }
    if (shape.headers && i % 3 === 1) {
      headers.push(['dup', b64(Buffer.from('first'))!], ['dup', b64(Buffer.from('second'))!]);
    }
    records.push({
      key: b64(keyFor(i % 6)),
      value: b64(payload(shape, `${seed}/v/${i}`, (i * 37) % 300, `v${i}:`)),
      headers,
    });
  }
  for (let i = 0; i < 2; i++) records.push({ key: b64(keyFor(i + 2)), value: null, headers: [] });
  for (let i = 0; i < 5; i++) {
    const headers: [string, string][] =
      shape.headers && i === 1 && shape.binary && shape.emptyHeaderValues !== false ? [['empty', '']] : [];
    records.push({ key: null, value: b64(payload(shape, `${seed}/u/${i}`, 10 + i * 50, `u${i}:`)), headers });
  }
  if (shape.emptyValues) records.push({ key: b64(Buffer.from('empty-value')), value: '', headers: [] });
  if (shape.timestamps) {
    records.forEach((r, i) => {
      r.timestamp = now - 600_000 + i * 7;
    });
  }
  return records;
}

/** A few unkeyed records, e.g. the second half of the timestamp scenario or a probe. */
export function simpleRecords(shape: DataShape, seed: string, count: number): RecordIn[] {
  return Array.from({ length: count }, (_, i) => ({
    key: i % 2 ? b64(Buffer.from(`k${i}`)) : null,
    value: b64(payload(shape, `${seed}/${i}`, 20, `${seed}-${i}:`)),
    headers: [],
  }));
}

/** Just below Kafka's default message.max.bytes (1048588 = 1 MiB + 12) once the batch overhead is added. */
export const LARGE_VALUE_BYTES = 1024 * 1024 - 200;
/** Over the default message.max.bytes whatever the overhead (incompressible bytes, sent uncompressed). */
export const OVERSIZE_VALUE_BYTES = 1048588 + 100;

export function bigRecord(shape: DataShape, seed: string, length: number): RecordIn {
  const value = shape.binary ? bytes(seed, length) : printable(seed, length);
  return { key: null, value: value.toString('base64'), headers: [] };
}
