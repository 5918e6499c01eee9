/**
 * kafkajs driver. Producer and admin through the public API. kafkajs consumers always join a consumer group, so
 * the partition reads (earliest / latest / offset / timestamp, no group) use kafkajs' own Cluster and Broker
 * objects: the same request encoders and response decoders its consumer runs, minus group management.
 */
import { CompressionTypes, type IHeaders, Kafka, logLevel } from 'kafkajs';
import type { Compression, RecordOut } from '../../lib/driver-protocol';
import {
  b64,
  type ClientAdapter,
  type ConsumerHandle,
  runDriver,
  type StartPosition,
  unb64,
} from '../../lib/ts-driver';

const codecs: Partial<Record<Compression, CompressionTypes>> = {
  none: CompressionTypes.None,
  gzip: CompressionTypes.GZIP,
};

interface KafkajsMessage {
  offset: string;
  timestamp: string;
  key: Buffer | null;
  value: Buffer | null;
  headers?: Record<string, Buffer | Buffer[] | undefined>;
  isControlRecord?: boolean;
}
interface FetchResponse {
  responses: {
    topicName: string;
    partitions: { partition: number; errorCode: number; messages: KafkajsMessage[] }[];
  }[];
}
interface KafkajsBroker {
  fetch(request: object): Promise<FetchResponse>;
}
interface KafkajsCluster {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  addTargetTopic(topic: string): Promise<void>;
  refreshMetadata(): Promise<void>;
  findTopicPartitionMetadata(topic: string): { partitionId: number; leader: number }[];
  findBroker(node: { nodeId: string }): Promise<KafkajsBroker>;
}

function headersOut(headers: KafkajsMessage['headers']): [string, string | null][] {
  const out: [string, string | null][] = [];
  for (const [name, value] of Object.entries(headers ?? {})) {
    for (const v of Array.isArray(value) ? value : [value]) out.push([name, v == null ? null : b64(v)]);
  }
  return out;
}

function headersIn(headers: [string, string][]): IHeaders {
  const out: IHeaders = {};
  for (const [name, value] of headers) {
    const buf = unb64(value)!;
    const prev = out[name];
    out[name] = prev === undefined ? buf : Array.isArray(prev) ? [...(prev as Buffer[]), buf] : [prev as Buffer, buf];
  }
  return out;
}

runDriver(async (bootstrap) => {
  const kafka = new Kafka({
    clientId: 'brook-compat-kafkajs',
    brokers: bootstrap.split(','), // a cluster's bootstrap lists every broker
    logLevel: logLevel.WARN,
    logCreator: () => (entry) => process.stderr.write(`${JSON.stringify(entry.log)}\n`),
    retry: { retries: 8, initialRetryTime: 200 },
    requestTimeout: 15000,
  });
  const admin = kafka.admin();
  const producer = kafka.producer({ allowAutoTopicCreation: false, idempotent: false });
  await admin.connect();
  await producer.connect();
  const { version } = require('kafkajs/package.json') as { version: string };

  const createCluster = Object.getOwnPropertySymbols(kafka).find(
    (s) => s.description === 'private:Kafka:createCluster',
  );
  const makeCluster = (kafka as unknown as Record<symbol, (o: object) => KafkajsCluster>)[createCluster!]!;

  const adapter: ClientAdapter = {
    name: 'kafkajs',
    version,
    async create(topic, partitions) {
      const created = await admin.createTopics({
        topics: [{ topic, numPartitions: partitions }],
        waitForLeaders: true,
      });
      if (!created) throw new Error(`createTopics returned false: topic ${topic} already exists`);
      // waitForLeaders reads Metadata, which a Kafka broker updates a moment before its replica manager takes
      // the leadership: a Produce in between gets NOT_LEADER_OR_FOLLOWER for some partitions, and kafkajs'
      // retry of the whole request (no idempotence by default) writes the others twice. ListOffsets needs the
      // leadership itself: once every partition answers it, a Produce lands (seen on Kafka 4.4 under load).
      for (let attempt = 0; ; attempt++) {
        try {
          await admin.fetchTopicOffsets(topic);
          break;
        } catch (error) {
          if (attempt >= 50) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      return undefined;
    },
    async partitions(topic) {
      const meta = await admin.fetchTopicMetadata({ topics: [topic] });
      return meta.topics[0]!.partitions.length;
    },
    async produce(topic, compression, records) {
      const codec = codecs[compression];
      if (codec === undefined) throw new Error(`kafkajs has no built-in ${compression} codec (needs a plugin)`);
      await producer.send({
        topic,
        acks: -1,
        compression: codec,
        messages: records.map((r) => ({
          key: unb64(r.key),
          value: unb64(r.value),
          headers: headersIn(r.headers),
          ...(r.partition !== undefined ? { partition: r.partition } : {}),
          ...(r.timestamp !== undefined ? { timestamp: String(r.timestamp) } : {}),
        })),
      });
      // kafkajs reports one base offset per partition, not where each record went: placement is checked on consume.
      return records.map(() => null);
    },
    async openConsumer(topic, partitions, from: StartPosition): Promise<ConsumerHandle> {
      const positions = new Map<number, bigint>();
      if (from === 'earliest' || from === 'latest') {
        for (const p of await admin.fetchTopicOffsets(topic)) {
          positions.set(p.partition, BigInt(from === 'earliest' ? p.low : p.high));
        }
      } else if ('offsets' in from) {
        for (const [p, o] of from.offsets.entries()) positions.set(p, BigInt(o));
      } else {
        for (const p of await admin.fetchTopicOffsetsByTimestamp(topic, from.timestamp)) {
          positions.set(p.partition, BigInt(p.offset));
        }
      }
      if (positions.size !== partitions) throw new Error(`expected ${partitions} partitions, got ${positions.size}`);
      const cluster = makeCluster({ allowAutoTopicCreation: false, isolationLevel: 1 });
      await cluster.connect();
      await cluster.addTargetTopic(topic);
      return {
        async poll(waitMs) {
          const out: RecordOut[] = [];
          const byLeader = new Map<number, number[]>();
          for (const { partitionId, leader } of cluster.findTopicPartitionMetadata(topic)) {
            byLeader.set(leader, [...(byLeader.get(leader) ?? []), partitionId]);
          }
          for (const [leader, ids] of byLeader) {
            const broker = await cluster.findBroker({ nodeId: String(leader) });
            const response = await broker.fetch({
              replicaId: -1,
              isolationLevel: 1,
              maxWaitTime: waitMs,
              minBytes: 1,
              maxBytes: 8 * 1024 * 1024,
              topics: [
                {
                  topic,
                  partitions: ids.map((p) => ({
                    partition: p,
                    fetchOffset: String(positions.get(p)),
                    maxBytes: 2 << 20,
                  })),
                },
              ],
            });
            for (const t of response.responses) {
              for (const part of t.partitions) {
                if (part.errorCode !== 0)
                  throw new Error(`fetch error code ${part.errorCode} on partition ${part.partition}`);
                for (const m of part.messages) {
                  const offset = BigInt(m.offset);
                  if (m.isControlRecord || offset < positions.get(part.partition)!) continue;
                  positions.set(part.partition, offset + 1n);
                  out.push({
                    partition: part.partition,
                    offset: Number(offset),
                    key: b64(m.key),
                    value: b64(m.value),
                    headers: headersOut(m.headers),
                    timestamp: Number(m.timestamp),
                  });
                }
              }
            }
          }
          return out;
        },
        close: () => cluster.disconnect(),
      };
    },
    async close() {
      await producer.disconnect();
      await admin.disconnect();
    },
  };
  return adapter;
});
