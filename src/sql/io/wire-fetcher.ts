/**
 * A group-less consumer built on Brook's own protocol codecs (Metadata, ListOffsets, Fetch): it reads
 * assigned partitions from given offsets, like Kafka Streams' restore consumers. The SQL processor uses it so
 * it needs no group coordinator, and keeps its input positions itself (next to its state).
 *
 * `read_committed` (as Kafka's consumer with isolation.level=read_committed): Fetch asks for records up to the
 * last stable offset, and the batches of aborted transactions the response lists are dropped on this side, as
 * Kafka's Fetcher does (the broker returns them; the client filters with the aborted-transaction list).
 */
import { decodeRecordSet } from '../../../protocol/records';
import { ControlRecordType, decodeControlRecord } from '../../../protocol/records/control';
import { WireClient } from '../../groups/wire-client';
import type { InRecord } from './driver';

const API_FETCH = 1;
const API_LIST_OFFSETS = 2;
const API_METADATA = 3;
const FETCH_VERSION = 11;
const LIST_OFFSETS_VERSION = 5;
const METADATA_VERSION = 9;

/**
 * The connection to one broker: a WireClient (src/groups/wire-client.ts: pipelined requests matched by
 * correlation id), opened on first use. `closed` once it failed to open or lost its socket, so the fetcher opens
 * another on its next request.
 */
export class WireConnection {
  private readonly client: Promise<WireClient>;
  private failed = false;
  private opened: WireClient | null = null;

  constructor(address: string) {
    this.client = WireClient.connect(address, 'brook-sql');
    this.client.then(
      (client) => {
        this.opened = client;
      },
      () => {
        this.failed = true;
      },
    );
  }

  get closed(): boolean {
    return this.failed || (this.opened?.isClosed ?? false);
  }

  async request<T>(apiKey: number, version: number, body: unknown): Promise<T> {
    return (await this.client).send<T>(apiKey, version, body);
  }

  close(): void {
    this.failed = true;
    this.client.then(
      (client) => client.close(),
      () => {},
    );
  }
}

interface PartitionInfo {
  partition: number;
  leader: number;
}

export type IsolationLevel = 'read_uncommitted' | 'read_committed';

/** One partition's aborted transactions from a Fetch response, consumed in offset order while batches go by. */
class AbortedFilter {
  private readonly pending: { producerId: bigint; firstOffset: bigint }[];
  private readonly open = new Set<bigint>();

  constructor(aborted: { producerId: bigint; firstOffset: bigint }[] | null) {
    this.pending = [...(aborted ?? [])].sort((a, b) => (a.firstOffset < b.firstOffset ? -1 : 1));
  }

  /** False for a batch of an aborted transaction (and for control batches, which hold no data). */
  keep(
    batch: { lastOffset: bigint; isTransactional: boolean; isControl: boolean; producerId: bigint },
    records: { key: Buffer | null; value: Buffer | null }[],
  ): boolean {
    while (this.pending.length > 0 && this.pending[0].firstOffset <= batch.lastOffset) {
      this.open.add(this.pending.shift()!.producerId);
    }
    if (batch.isControl) {
      const marker = records.length > 0 ? decodeControlRecord(records[0]) : null;
      if (marker?.type === ControlRecordType.Abort) this.open.delete(batch.producerId);
      return false;
    }
    return !(batch.isTransactional && this.open.has(batch.producerId));
  }
}

export class WireFetcher {
  private readonly connections = new Map<string, WireConnection>();
  private brokers = new Map<number, { host: string; port: number }>();

  constructor(
    private readonly bootstrap: string[],
    private readonly isolation: IsolationLevel = 'read_uncommitted',
  ) {}

  conn(host: string, port: number): WireConnection {
    const k = `${host}:${port}`;
    let c = this.connections.get(k);
    if (!c || c.closed) {
      c = new WireConnection(k);
      this.connections.set(k, c);
    }
    return c;
  }

  private anyConn(): WireConnection {
    const [host, port] = this.bootstrap[0].split(':');
    return this.conn(host, Number(port));
  }

  brokerConn(nodeId: number): WireConnection {
    const b = this.brokers.get(nodeId);
    return b ? this.conn(b.host, b.port) : this.anyConn();
  }

  async partitions(topic: string): Promise<PartitionInfo[]> {
    const md = await this.anyConn().request<{
      brokers: { nodeId: number; host: string; port: number }[];
      topics: { errorCode: number; name: string | null; partitions: { partitionIndex: number; leaderId: number }[] }[];
    }>(API_METADATA, METADATA_VERSION, {
      topics: [{ topicId: 'AAAAAAAAAAAAAAAAAAAAAA', name: topic }],
      allowAutoTopicCreation: false,
      includeClusterAuthorizedOperations: false,
      includeTopicAuthorizedOperations: false,
    });
    for (const b of md.brokers) this.brokers.set(b.nodeId, { host: b.host, port: b.port });
    const t = md.topics.find((x) => x.name === topic);
    if (t?.errorCode !== 0) return [];
    return t.partitions
      .map((p) => ({ partition: p.partitionIndex, leader: p.leaderId }))
      .sort((a, b) => a.partition - b.partition);
  }

  /** Earliest (-2) or latest (-1) offset of a partition. */
  async offset(topic: string, p: PartitionInfo, which: -1 | -2): Promise<number> {
    const res = await this.brokerConn(p.leader).request<{
      topics: { name: string; partitions: { partitionIndex: number; errorCode: number; offset: bigint }[] }[];
    }>(API_LIST_OFFSETS, LIST_OFFSETS_VERSION, {
      replicaId: -1,
      isolationLevel: 0,
      timeoutMs: 0,
      topics: [
        {
          name: topic,
          partitions: [
            { partitionIndex: p.partition, currentLeaderEpoch: -1, timestamp: BigInt(which), maxNumOffsets: 1 },
          ],
        },
      ],
    });
    const part = res.topics[0]?.partitions[0];
    if (part?.errorCode !== 0) throw new Error(`ListOffsets ${topic}-${p.partition} failed (error ${part?.errorCode})`);
    return Number(part.offset);
  }

  /**
   * One Fetch for the given positions; returns the records (per partition in offset order), high watermarks, and
   * per partition the offset after the last batch returned (`next`: control batches and aborted data included, so
   * a reader whose last batch was a commit marker moves past it).
   */
  async fetch(
    positions: { topic: string; partition: number; leader: number; offset: number }[],
    maxWaitMs: number,
  ): Promise<{ records: InRecord[]; highWatermarks: Map<string, number>; next: Map<string, number> }> {
    const byLeader = new Map<number, typeof positions>();
    for (const p of positions) {
      const list = byLeader.get(p.leader) ?? [];
      list.push(p);
      byLeader.set(p.leader, list);
    }
    const records: InRecord[] = [];
    const highWatermarks = new Map<string, number>();
    const next = new Map<string, number>();
    const committed = this.isolation === 'read_committed';
    await Promise.all(
      [...byLeader].map(async ([leader, list]) => {
        const topics = [...new Set(list.map((p) => p.topic))];
        const res = await this.brokerConn(leader).request<{
          responses: {
            topic: string;
            partitions: {
              partitionIndex: number;
              errorCode: number;
              highWatermark: bigint;
              abortedTransactions: { producerId: bigint; firstOffset: bigint }[] | null;
              records: Buffer | null;
            }[];
          }[];
        }>(API_FETCH, FETCH_VERSION, {
          clusterId: null,
          replicaId: -1,
          replicaState: { replicaId: -1, replicaEpoch: -1n },
          maxWaitMs,
          minBytes: 1,
          maxBytes: 16 * 1024 * 1024,
          isolationLevel: committed ? 1 : 0,
          sessionId: 0,
          sessionEpoch: -1,
          topics: topics.map((topic) => ({
            topic,
            topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
            partitions: list
              .filter((p) => p.topic === topic)
              .map((p) => ({
                partition: p.partition,
                currentLeaderEpoch: -1,
                fetchOffset: BigInt(p.offset),
                lastFetchedEpoch: -1,
                logStartOffset: -1n,
                partitionMaxBytes: 4 * 1024 * 1024,
                replicaDirectoryId: 'AAAAAAAAAAAAAAAAAAAAAA',
              })),
          })),
          forgottenTopicsData: [],
          rackId: '',
        });
        for (const t of res.responses) {
          for (const part of t.partitions) {
            highWatermarks.set(`${t.topic}/${part.partitionIndex}`, Number(part.highWatermark));
            if (part.errorCode !== 0 || !part.records || part.records.length === 0) continue;
            const from = list.find((p) => p.topic === t.topic && p.partition === part.partitionIndex)?.offset ?? 0;
            const decoded = await decodeRecordSet(part.records);
            const aborted = committed ? new AbortedFilter(part.abortedTransactions) : undefined;
            for (const b of decoded.batches) {
              if (!('records' in b)) continue;
              next.set(`${t.topic}/${part.partitionIndex}`, Number(b.lastOffset) + 1);
              if (aborted ? !aborted.keep(b, b.records) : b.isControl) continue;
              for (const r of b.records) {
                const offset = Number(r.offset);
                if (offset < from) continue;
                records.push({
                  topic: t.topic,
                  partition: part.partitionIndex,
                  offset,
                  key: r.key,
                  value: r.value,
                  timestamp: Number(r.timestamp),
                  // the decoder's fresh { key, value } list: no copy per record
                  headers: r.headers,
                });
              }
            }
          }
        }
      }),
    );
    return { records, highWatermarks, next };
  }

  close(): void {
    for (const c of this.connections.values()) c.close();
    this.connections.clear();
  }
}
