/**
 * kcat driver (kcat 1.7 on the system's librdkafka 2.0.2), driving the `kcat` binary as a user would.
 * kcat has no admin API: topics are created with kafkajs (reported as `via`). It reads and writes text lines,
 * so its scenario data is printable text without tabs or newlines; `-Z` turns empty keys/values into NULL.
 * Headers are per invocation, so consecutive records with the same headers and partition go in one run.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { Kafka, logLevel } from 'kafkajs';
import type { RecordIn, RecordOut } from '../../lib/driver-protocol';
import { type ClientAdapter, type ConsumerHandle, runDriver, type StartPosition, sleep } from '../../lib/ts-driver';

const KCAT = process.env.KCAT ?? 'kcat';
const text = (b: string | null) => (b == null ? '' : Buffer.from(b, 'base64').toString('utf8'));
const enc = (s: string | null | undefined) => (s == null ? null : Buffer.from(s, 'utf8').toString('base64'));

function run(args: string[], input?: string): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = execFile(KCAT, args, { maxBuffer: 64 << 20, timeout: 30000 }, (error, stdout, stderr) => {
      if (error)
        reject(
          new Error(`kcat ${args.join(' ')} failed (${error.code ?? error.signal}): ${stderr.trim().slice(0, 800)}`),
        );
      else resolve({ stdout, stderr });
    });
    child.stdin!.on('error', () => undefined); // kcat -L exits without reading stdin
    child.stdin!.end(input ?? '');
  });
}

runDriver(async (bootstrap) => {
  const version = (await run(['-V'])).stdout.match(/Version (\S+).*?librdkafka (\S+)/s);
  const kafka = new Kafka({
    clientId: 'brook-compat-kcat-admin',
    brokers: bootstrap.split(','),
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  const common = ['-b', bootstrap, '-X', 'message.max.bytes=10000000'];

  const adapter: ClientAdapter = {
    name: 'kcat',
    version: version ? `${version[1]} (librdkafka ${version[2]})` : 'unknown',
    async create(topic, partitions) {
      await admin.connect();
      if (!(await admin.createTopics({ topics: [{ topic, numPartitions: partitions }], waitForLeaders: true }))) {
        throw new Error(`topic ${topic} already exists`);
      }
      return 'kafkajs';
    },
    async partitions(topic) {
      const { stdout } = await run([...common, '-L', '-J', '-t', topic]);
      const meta = JSON.parse(stdout) as { topics: { topic: string; partitions: unknown[] }[] };
      return meta.topics.find((t) => t.topic === topic)!.partitions.length;
    },
    async produce(topic, compression, records) {
      const groups: RecordIn[][] = [];
      for (const r of records) {
        const last = groups.at(-1);
        const same =
          last && JSON.stringify([last[0]!.headers, last[0]!.partition]) === JSON.stringify([r.headers, r.partition]);
        if (same) last.push(r);
        else groups.push([r]);
      }
      for (const group of groups) {
        const first = group[0]!;
        // acks=all is librdkafka's default; said here so the RF 3 / min.insync.replicas runs do not depend on it.
        const args = [...common, '-P', '-X', 'acks=all', '-t', topic, '-K', '\t', '-Z', '-z', compression];
        if (first.partition !== undefined) args.push('-p', String(first.partition));
        for (const [k, v] of first.headers) args.push('-H', `${k}=${text(v)}`);
        const input = group.map((r) => `${text(r.key)}\t${text(r.value)}\n`).join('');
        const { stderr } = await run(args, input);
        if (/fail|error/i.test(stderr)) throw new Error(`kcat reported: ${stderr.trim().slice(0, 800)}`);
      }
      return records.map(() => null); // kcat -P does not print where records went
    },
    async openConsumer(topic, partitions, from: StartPosition): Promise<ConsumerHandle> {
      const lines: string[] = [];
      const errors: string[] = [];
      const children: ChildProcess[] = [];
      for (let p = 0; p < partitions; p++) {
        let offset: string;
        if (from === 'earliest') offset = 'beginning';
        else if (from === 'latest') offset = 'end';
        else if ('offsets' in from) offset = String(from.offsets[p]);
        else offset = `s@${from.timestamp}`;
        const child = spawn(KCAT, [...common, '-C', '-J', '-u', '-t', topic, '-p', String(p), '-o', offset], {
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let buffered = '';
        child.stdout!.on('data', (chunk: Buffer) => {
          buffered += chunk.toString('utf8');
          const parts = buffered.split('\n');
          buffered = parts.pop()!;
          lines.push(...parts.filter((l) => l.trim()));
        });
        child.stderr!.on('data', (chunk: Buffer) => {
          const message = chunk.toString('utf8');
          if (/error/i.test(message) && !/Reached end/i.test(message)) errors.push(message.trim());
        });
        children.push(child);
      }
      return {
        async poll(waitMs) {
          const deadline = Date.now() + waitMs;
          while (lines.length === 0 && Date.now() < deadline) await sleep(20);
          if (errors.length) process.stderr.write(`kcat consumer: ${errors.splice(0).join(' | ')}\n`);
          return lines.splice(0).map((line): RecordOut => {
            const m = JSON.parse(line) as {
              partition: number;
              offset: number;
              ts: number;
              key: string | null;
              payload: string | null;
              headers?: (string | null)[];
            };
            const headers: [string, string | null][] = [];
            for (let i = 0; i + 1 < (m.headers ?? []).length; i += 2)
              headers.push([m.headers![i]!, enc(m.headers![i + 1])]);
            return {
              partition: m.partition,
              offset: m.offset,
              key: enc(m.key),
              value: enc(m.payload),
              headers,
              timestamp: m.ts,
            };
          });
        },
        async close() {
          for (const child of children) child.kill('SIGTERM');
        },
      };
    },
    async close() {
      await admin.disconnect();
    },
  };
  return adapter;
});
