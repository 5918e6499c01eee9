import assert from 'node:assert/strict';
import type { MessageCodec } from '../../../protocol/generated';
import { Reader, Writer } from '../../../protocol/primitives';

/**
 * The round trip both codec suites check (test/protocol/messages/round-trip.test.ts, driven by the codecs;
 * test/shared/schema-round-trip.test.ts, driven by Kafka's schemas): encode -> decode -> deep-equal with the
 * whole frame consumed, and re-encoding the decoded value reproduces the bytes.
 */
// biome-ignore lint/suspicious/noExplicitAny: any codec, with a value made for it
export function assertRoundTrip(codec: MessageCodec<any>, version: number, value: unknown, label: string): void {
  const w = new Writer(16);
  codec.encode(w, version, value);
  const bytes = Buffer.from(w.finish());
  const r = new Reader(bytes);
  const decoded = codec.decode(r, version);
  r.expectEnd();
  const error = r.toError(label);
  assert.equal(error, null, `${label}: ${error?.message}`);
  assert.deepStrictEqual(decoded, value, label);
  const again = new Writer(16);
  codec.encode(again, version, decoded);
  assert.ok(again.finish().equals(bytes), `${label}: re-encoding differs`);
}
