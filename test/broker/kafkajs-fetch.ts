import type { Kafka } from 'kafkajs';

/**
 * kafkajs has no public API for reading a partition without a consumer group (groups are the next issue), so
 * these tests drive its own Fetch implementation directly: kafkajs's cluster and broker objects, the same code
 * its consumer runs, sending Fetch v11 and decoding the record batches itself.
 */
export interface FetchedRecord {
  offset: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: Record<string, Buffer | Buffer[] | undefined>;
  timestamp: string;
}

interface KafkajsCluster {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  addTargetTopic(topic: string): Promise<void>;
  refreshMetadata(): Promise<void>;
  findTopicPartitionMetadata(topic: string): { partitionId: number; leader: number }[];
  findBroker(args: { nodeId: number }): Promise<{
    fetch(args: unknown): Promise<{
      responses: {
        topicName: string;
        partitions: { errorCode: number; highWatermark: string; messages: FetchedRecord[] }[];
      }[];
    }>;
  }>;
}

export async function openCluster(kafka: Kafka): Promise<KafkajsCluster> {
  const symbol = Object.getOwnPropertySymbols(kafka).find((s) => s.description === 'private:Kafka:createCluster');
  if (!symbol) throw new Error('kafkajs internals changed: cannot create a cluster');
  const create = (kafka as unknown as Record<symbol, (o: object) => KafkajsCluster>)[symbol]!;
  const cluster = create({ metadataMaxAge: 300000, allowAutoTopicCreation: false });
  await cluster.connect();
  return cluster;
}

/** Reads records of one partition from `offset` until `count` arrived (or nothing more comes). */
export async function fetchRecords(
  cluster: KafkajsCluster,
  topic: string,
  partition: number,
  offset: bigint | number,
  count: number,
  maxBytes = 10 * 1024 * 1024,
): Promise<FetchedRecord[]> {
  await cluster.addTargetTopic(topic);
  await cluster.refreshMetadata();
  const meta = cluster.findTopicPartitionMetadata(topic).find((p) => p.partitionId === partition);
  if (!meta) throw new Error(`no metadata for ${topic}-${partition}`);
  const broker = await cluster.findBroker({ nodeId: meta.leader });
  const out: FetchedRecord[] = [];
  let position = BigInt(offset);
  for (let round = 0; round < 50 && out.length < count; round++) {
    const response = await broker.fetch({
      replicaId: -1,
      isolationLevel: 1,
      maxWaitTime: 100,
      minBytes: 1,
      maxBytes,
      topics: [{ topic, partitions: [{ partition, fetchOffset: position.toString(), maxBytes }] }],
    });
    const data = response.responses[0]!.partitions[0]!;
    if (data.errorCode !== 0) throw new Error(`fetch error ${data.errorCode}`);
    const fresh = data.messages.filter((m) => BigInt(m.offset) >= position);
    if (fresh.length === 0) break;
    out.push(...fresh);
    position = BigInt(fresh.at(-1)!.offset) + 1n;
  }
  return out.slice(0, count);
}
