/**
 * A broker holding thousands of partitions, driven over the wire (raw frames, no client library in the
 * way): creating topics, producing with acks=all from several connections at once, timing a start from the
 * spawn of `node bin/brook.js serve` to its first Metadata answer, and reading partitions back. Shared by
 * many-partitions-restart.test.ts and bench/restart.bench.ts.
 */
import { connect } from 'node:net';
import { encodeRequest } from '../../protocol/frames';
import {
  defaultFetchRequest,
  defaultMetadataRequest,
  type FetchResponse,
  type ProduceResponse,
} from '../../protocol/generated';
import { decodeRecordBatch, encodeRecordBatchSync } from '../../protocol/records';
import { type ServeProcess, serve } from './brook-process';
import { WireClient } from './wire-client';

/** Creates `topics` topics of `partitions` partitions each (`t0`, `t1`, ...). */
export async function createTopics(port: number, topics: number, partitions: number): Promise<string[]> {
  const client = await WireClient.connect(port);
  const names = Array.from({ length: topics }, (_, i) => `t${i}`);
  client.send(19, 4, {
    topics: names.map((name) => ({
      name,
      numPartitions: partitions,
      replicationFactor: 1,
      assignments: [],
      configs: [],
    })),
    timeoutMs: 60000,
    validateOnly: false,
  });
  const response = await client.nextResponse<{ topics: { name: string; errorCode: number }[] }>(19, 4, 120000);
  client.close();
  const failed = response.body.topics.filter((t) => t.errorCode !== 0);
  if (failed.length > 0) throw new Error(`CreateTopics failed: ${JSON.stringify(failed)}`);
  return names;
}

export interface Acked {
  topic: string;
  partition: number;
  /** Offset -> value of every record the broker acknowledged. */
  values: Map<number, string>;
}

/**
 * Produces with acks=all to `targets` from `connections` connections, each keeping `inFlight` requests in
 * flight, until `stop()` is called; records every acknowledged record. `stopped` resolves when the loops end
 * (the broker dying ends them too).
 */
export function produceUnderLoad(
  port: number,
  targets: { topic: string; partition: number }[],
  options: { connections?: number; inFlight?: number; recordsPerBatch?: number } = {},
): { acked: Map<string, Acked>; stop: () => void; stopped: Promise<void>; count: () => number } {
  const acked = new Map<string, Acked>();
  let running = true;
  let count = 0;
  const perBatch = options.recordsPerBatch ?? 5;
  const loop = async (lane: number) => {
    let client: WireClient;
    try {
      client = await WireClient.connect(port);
    } catch {
      return;
    }
    const sent: { key: string; values: string[] }[] = [];
    let seq = 0;
    const sendOne = () => {
      const target = targets[(lane * 7919 + seq) % targets.length]!;
      const key = `${target.topic}-${target.partition}`;
      const values = Array.from({ length: perBatch }, (_, i) => `${key}/${lane}/${seq}/${i}`);
      seq++;
      const records = encodeRecordBatchSync({
        records: values.map((v) => ({ key: null, value: Buffer.from(v), timestamp: Date.now() })),
      });
      client.send(0, 7, {
        transactionalId: null,
        acks: -1,
        timeoutMs: 10000,
        topicData: [{ name: target.topic, partitionData: [{ index: target.partition, records }] }],
      });
      sent.push({ key, values });
    };
    for (let i = 0; i < (options.inFlight ?? 4); i++) sendOne();
    while (sent.length > 0) {
      let response: ProduceResponse;
      try {
        response = (await client.nextResponse<ProduceResponse>(0, 7, 15000)).body;
      } catch {
        break; // the broker died: whatever was not answered was never acknowledged
      }
      const request = sent.shift()!;
      const partition = response.responses[0]!.partitionResponses[0]!;
      if (partition.errorCode === 0) {
        const [topic, p] = [request.key.slice(0, request.key.lastIndexOf('-')), request.key.split('-').pop()!];
        let entry = acked.get(request.key);
        if (!entry) {
          entry = { topic, partition: Number(p), values: new Map() };
          acked.set(request.key, entry);
        }
        const base = Number(partition.baseOffset);
        for (let i = 0; i < request.values.length; i++) entry.values.set(base + i, request.values[i]!);
        count += request.values.length;
      }
      if (running) sendOne();
    }
    client.close();
  };
  const lanes = Array.from({ length: options.connections ?? 4 }, (_, i) => loop(i));
  return {
    acked,
    stop: () => {
      running = false;
    },
    stopped: Promise.all(lanes).then(() => undefined),
    count: () => count,
  };
}

/** One Metadata v1 round trip on a fresh connection; resolves false if it fails. */
function metadataAnswers(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port });
    const timer = setTimeout(() => socket.destroy(), 2000);
    let got = 0;
    socket.once('connect', () => {
      const frame = Buffer.from(
        encodeRequest(
          { apiKey: 3, apiVersion: 1, correlationId: 1, clientId: 'probe' },
          { ...defaultMetadataRequest(), topics: [] },
        ),
      );
      socket.write(frame);
    });
    socket.on('data', (chunk) => {
      got += chunk.length;
      if (got >= 8) {
        socket.destroy();
      }
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      done(got >= 8);
    });
  });
}

/**
 * Spawns `node bin/brook.js serve` on `port` and `dataDir` and probes it with Metadata every millisecond on
 * fresh connections; returns the process and the milliseconds from spawn to the first answer.
 */
export async function startAndTimeFirstAnswer(
  port: number,
  dataDir: string,
  extra: string[] = [],
): Promise<{ broker: ServeProcess; ms: number }> {
  const started = performance.now();
  const broker = serve(['--port', String(port), '--data-dir', dataDir, ...extra]);
  let exited = false;
  void broker.exit.then(() => {
    exited = true;
  });
  for (;;) {
    if (exited) throw new Error(`brook serve exited before answering:\n${broker.output()}`);
    if (await metadataAnswers(port)) return { broker, ms: performance.now() - started };
    if (performance.now() - started > 120000) {
      broker.child.kill('SIGKILL'); // not returned to the caller: nobody else would stop it
      throw new Error(`no answer in 120 s:\n${broker.output()}`);
    }
    await new Promise((r) => setTimeout(r, 1));
  }
}

/** Every record of `topic`-`partition` from offset 0 to its high watermark, offset -> value. */
export async function readPartition(
  client: WireClient,
  topic: string,
  partition: number,
): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  let offset = 0n;
  for (;;) {
    client.send(1, 4, {
      ...defaultFetchRequest(),
      replicaId: -1,
      maxWaitMs: 0,
      minBytes: 0,
      maxBytes: 4 << 20,
      topics: [
        {
          topic,
          topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
          partitions: [
            {
              partition,
              currentLeaderEpoch: -1,
              fetchOffset: offset,
              lastFetchedEpoch: -1,
              logStartOffset: -1n,
              partitionMaxBytes: 4 << 20,
              replicaDirectoryId: 'AAAAAAAAAAAAAAAAAAAAAA',
            },
          ],
        },
      ],
    });
    const fetched = (await client.nextResponse<FetchResponse>(1, 4, 15000)).body.responses[0]!.partitions[0]!;
    if (fetched.errorCode !== 0)
      throw new Error(`fetch ${topic}-${partition} at ${offset}: error ${fetched.errorCode}`);
    const bytes = fetched.records ?? Buffer.alloc(0);
    let at = 0;
    while (at + 12 <= bytes.length) {
      const size = bytes.readInt32BE(at + 8) + 12;
      if (at + size > bytes.length) break;
      const batch = await decodeRecordBatch(bytes.subarray(at, at + size));
      for (const r of batch.records) {
        out.set(Number(r.offset), r.value?.toString() ?? '');
        offset = r.offset + 1n;
      }
      at += size;
    }
    if (offset >= fetched.highWatermark || at === 0) return out;
  }
}
