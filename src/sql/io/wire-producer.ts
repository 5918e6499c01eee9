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
/**
 * Records per batch are cut below this many bytes: a broker refuses a batch over message.max.bytes (1 MiB by
 * default; MESSAGE_TOO_LARGE), and Produce v3+ takes one batch per partition, so a larger write goes out as
 * several requests in turn (a query's output for one big fetch easily passes 1 MiB).
 */
const BATCH_BYTES = 512 * 1024;

/** Rough encoded size of a record (varint overheads folded into a constant): what cuts batches. */
function recordSize(r: OutRecord): number {
  let n = 24 + (r.key?.length ?? 0) + (r.value?.length ?? 0);
  for (const h of r.headers ?? []) n += 8 + Buffer.byteLength(h.key) + (h.value?.length ?? 0);
  return n;
}

/** Splits one partition's records into runs each under BATCH_BYTES (one record per run at least). */
function chunks(records: OutRecord[]): OutRecord[][] {
  const out: OutRecord[][] = [];
  let current: OutRecord[] = [];
  let size = 0;
  for (const r of records) {
    const n = recordSize(r);
    if (current.length > 0 && size + n > BATCH_BYTES) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(r);
    size += n;
  }
  if (current.length > 0) out.push(current);
  return out;
}

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

  /**
   * Writes the records (one batch per partition per request, several requests in order when a partition's
   * records pass BATCH_BYTES) and resolves when the leaders acknowledged them all.
   */
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
    const runs = new Map([...byPartition].map(([p, recs]) => [p, chunks(recs)]));
    for (let round = 0; ; round++) {
      const part = new Map<number, OutRecord[]>();
      for (const [p, list] of runs) if (round < list.length) part.set(p, list[round]);
      if (part.size === 0) return;
      await this.sendRound(topic, parts, part);
    }
  }

  /** One Produce request per leader: one batch for each partition of `byPartition`. */
  private async sendRound(
    topic: string,
    parts: { partition: number; leader: number }[],
    byPartition: Map<number, OutRecord[]>,
  ): Promise<void> {
    const byLeader = new Map<number, { index: number; records: Buffer }[]>();
    for (const [p, recs] of byPartition) {
      const now = Date.now();
      // an OutRecord is a RecordInput once it has its timestamp: no copy per record unless one lacks it
      const batch = encodeRecordBatchSync({
        records: recs.every((r) => r.timestamp !== undefined)
          ? recs
          : recs.map((r) => ({ ...r, timestamp: r.timestamp ?? now })),
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
