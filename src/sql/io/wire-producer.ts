/**
 * A producer on Brook's own protocol codecs (Produce v9, uncompressed v2 batches, acks=all): the
 * alternative to kafkajs for the SQL processor's writes. `npm run bench -- sql` measures both.
 */
import { defaultPartition } from '../../../protocol/murmur2';
import { encodeRecordBatchSync } from '../../../protocol/records';
import type { OutRecord } from './driver';
import { WireFetcher } from './wire-fetcher';

const API_PRODUCE = 0;
const PRODUCE_VERSION = 9;

export class WireProducer {
  private readonly meta: WireFetcher;
  private readonly partitionsOf = new Map<string, { partition: number; leader: number }[]>();
  private roundRobin = 0;

  constructor(bootstrap: string[]) {
    this.meta = new WireFetcher(bootstrap);
  }

  private async partitions(topic: string) {
    let p = this.partitionsOf.get(topic);
    if (!p) {
      p = await this.meta.partitions(topic);
      if (p.length === 0) throw new Error(`Unknown topic ${topic}`);
      this.partitionsOf.set(topic, p);
    }
    return p;
  }

  /** Writes the records (one batch per partition) and resolves when the leader acknowledged them. */
  async send(topic: string, records: OutRecord[]): Promise<void> {
    const parts = await this.partitions(topic);
    const byPartition = new Map<number, OutRecord[]>();
    for (const r of records) {
      const p =
        r.partition ??
        (r.key && r.key.length > 0 ? defaultPartition(r.key, parts.length) : this.roundRobin++ % parts.length);
      const list = byPartition.get(p) ?? [];
      list.push(r);
      byPartition.set(p, list);
    }
    const byLeader = new Map<number, { index: number; records: Buffer }[]>();
    for (const [p, recs] of byPartition) {
      const now = Date.now();
      const batch = encodeRecordBatchSync({
        records: recs.map((r) => ({
          key: r.key,
          value: r.value,
          timestamp: r.timestamp ?? now,
          headers: r.headers?.map((h) => ({ key: h.key, value: h.value })),
        })),
      });
      const leader = parts.find((x) => x.partition === p)?.leader ?? -1;
      const list = byLeader.get(leader) ?? [];
      list.push({ index: p, records: batch });
      byLeader.set(leader, list);
    }
    await Promise.all(
      [...byLeader].map(async ([leader, partitionData]) => {
        const res = await this.meta.brokerConn(leader).request<{
          responses: { name: string; partitionResponses: { index: number; errorCode: number }[] }[];
        }>(API_PRODUCE, PRODUCE_VERSION, {
          transactionalId: null,
          acks: -1,
          timeoutMs: 30000,
          topicData: [{ name: topic, partitionData }],
        });
        for (const t of res.responses) {
          for (const pr of t.partitionResponses) {
            if (pr.errorCode !== 0) {
              this.partitionsOf.delete(topic);
              throw new Error(`Produce to ${topic}-${pr.index} failed with error ${pr.errorCode}`);
            }
          }
        }
      }),
    );
  }

  close(): void {
    this.meta.close();
  }
}
