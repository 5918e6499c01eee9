/**
 * @platformatic/kafka driver (1.x: the 2.x line needs Node.js 22). Producer and admin through the public API;
 * its Consumer always joins a group to stream, so partition reads use the Consumer's public low-level
 * `fetch()` / `listOffsets()` (the same Fetch/ListOffsets codecs, no group membership).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Compression, RecordOut } from '../../lib/driver-protocol';
import {
  b64,
  type ClientAdapter,
  type ConsumerHandle,
  runDriver,
  type StartPosition,
  unb64,
} from '../../lib/ts-driver';

const base = (bootstrap: string) => ({
  clientId: 'brook-compat-platformatic',
  bootstrapBrokers: bootstrap.split(','), // a cluster's bootstrap lists every broker
  retries: 8,
  retryDelay: 250,
  timeout: 15000,
});

runDriver(async (bootstrap) => {
  // ESM-only package: loaded with import() from this CommonJS-compiled file.
  const { Admin, Consumer, Producer } = await import('@platformatic/kafka');
  const admin = new Admin(base(bootstrap));
  const producer = new Producer({ ...base(bootstrap), idempotent: false, acks: -1, autocreateTopics: false });
  const consumer = new Consumer({ ...base(bootstrap), groupId: 'brook-compat-platformatic-unused' });
  // package.json is not exported: read it next to the resolved entry point (dist/index.js).
  const { version } = JSON.parse(
    readFileSync(join(dirname(require.resolve('@platformatic/kafka')), '..', 'package.json'), 'utf8'),
  ) as { version: string };

  const adapter: ClientAdapter = {
    name: 'platformatic',
    version,
    async create(topic, partitions) {
      await admin.createTopics({ topics: [topic], partitions, replicas: 1 });
      return undefined;
    },
    async partitions(topic) {
      const meta = await admin.metadata({ topics: [topic] });
      return meta.topics.get(topic)!.partitionsCount;
    },
    async produce(topic, compression: Compression, records) {
      const result = await producer.send({
        compression,
        messages: records.map((r) => ({
          topic,
          key: unb64(r.key) ?? undefined,
          value: unb64(r.value) ?? undefined,
          headers: new Map(r.headers.map(([k, v]) => [Buffer.from(k), unb64(v)!])),
          ...(r.partition !== undefined ? { partition: r.partition } : {}),
          ...(r.timestamp !== undefined ? { timestamp: BigInt(r.timestamp) } : {}),
        })),
      });
      // One base offset per partition only: placement is checked on consume.
      void result;
      return records.map(() => null);
    },
    async openConsumer(topic, partitions, from: StartPosition): Promise<ConsumerHandle> {
      const positions: bigint[] = [];
      if (from === 'earliest' || from === 'latest') {
        const offsets = await consumer.listOffsets({ topics: [topic], timestamp: from === 'earliest' ? -2n : -1n });
        positions.push(...offsets.get(topic)!);
      } else if ('offsets' in from) {
        positions.push(...from.offsets.map(BigInt));
      } else {
        const offsets = await consumer.listOffsetsWithTimestamps({
          topics: [topic],
          timestamp: BigInt(from.timestamp),
        });
        for (const [p, { offset }] of offsets.get(topic)!) positions[p] = offset;
      }
      if (positions.length !== partitions)
        throw new Error(`expected ${partitions} partitions, got ${positions.length}`);
      return {
        async poll(waitMs) {
          const meta = await consumer.metadata({ topics: [topic] });
          const topicMeta = meta.topics.get(topic)!;
          const byLeader = new Map<number, number[]>();
          for (const [i, p] of topicMeta.partitions.entries())
            byLeader.set(p.leader, [...(byLeader.get(p.leader) ?? []), i]);
          const out: RecordOut[] = [];
          for (const [node, ids] of byLeader) {
            const response = await consumer.fetch({
              node,
              maxWaitTime: waitMs,
              topics: [
                {
                  topicId: topicMeta.id,
                  partitions: ids.map((p) => ({
                    partition: p,
                    currentLeaderEpoch: -1,
                    fetchOffset: positions[p]!,
                    lastFetchedEpoch: -1,
                    partitionMaxBytes: 2 << 20,
                  })),
                },
              ],
            });
            for (const t of response.responses) {
              for (const part of t.partitions) {
                if (part.errorCode !== 0)
                  throw new Error(`fetch error code ${part.errorCode} on partition ${part.partitionIndex}`);
                for (const batch of part.records ?? []) {
                  if (batch.attributes & 0x20) continue; // control batch
                  for (const r of batch.records) {
                    const offset = batch.firstOffset + BigInt(r.offsetDelta);
                    if (offset < positions[part.partitionIndex]!) continue;
                    positions[part.partitionIndex] = offset + 1n;
                    out.push({
                      partition: part.partitionIndex,
                      offset: Number(offset),
                      key: b64(r.key),
                      value: b64(r.value),
                      headers: r.headers.map(([k, v]) => [k?.toString('utf8') ?? '', b64(v)]),
                      timestamp: Number(batch.firstTimestamp + r.timestampDelta),
                    });
                  }
                }
              }
            }
          }
          return out;
        },
        close: async () => undefined,
      };
    },
    async close() {
      await Promise.allSettled([producer.close(), consumer.close(), admin.close()]);
    },
  };
  return adapter;
});
