/**
 * `brook produce TOPIC`: one record per input line (stdin or --file), as kcat -P does: -K splits a key off
 * each line, -H adds headers, -f reads lines through a format (client/format.ts), --partition pins the
 * partition (else the key's murmur2 partition, Kafka's default partitioner; keyless records stick to one
 * partition per batch), --compression compresses the batches. Records go out in v2 batches with acks=all
 * (Produce v9), a few requests in flight. Progress and a rate go to stderr when it is a TTY (or --progress);
 * the summary "N records produced" ends the run.
 */
import { createReadStream } from 'node:fs';
import type { ProduceResponse } from '../../protocol/generated/produce';
import { CODEC_NAMES, type CompressionCodec } from '../../protocol/compression/types';
import { defaultPartition } from '../../protocol/murmur2';
import { encodeRecordBatch } from '../../protocol/records';
import type { RecordInput } from '../../protocol/records/types';
import { errorName } from '../errors';
import { parseFormat, parseInputLine } from './client/format';
import { type PartitionInfo, topicsInfo } from './client/offsets';
import {
  COMMON_OPTIONS_HELP,
  CliError,
  flag,
  int,
  keyValues,
  parseCommand,
  printJson,
  runCommand,
  str,
  strs,
  UsageError,
} from './client/options';
import { API, LEADERSHIP_ERRORS, LEADERSHIP_PATIENCE_MS, type Session, withSession } from './client/session';

export const PRODUCE_USAGE = `Usage: brook produce TOPIC [options]

Writes one record per line of stdin (or --file) to TOPIC.

  --file FILE             read FILE instead of stdin
  -K, --key-delimiter SEP split each line at the first SEP into key and value (no SEP: value only)
  -D, --delimiter SEP     record delimiter (default: newline)
  -f, --format FMT        read each line through a kcat-style format: %k key, %v (or %s) value, %p partition,
                          %T timestamp (ms), %h headers k=v,k2=v2; e.g. -f '%k\\t%v'
  -H, --header K=V        a header on every record (repeatable)
  -p, --partition N       write every record to partition N
  -z, --compression C     none (default), gzip, snappy, lz4, zstd
  -Z, --null              an empty value is sent as null (a tombstone)
  --batch-size N          records per batch (default 10000; a batch also closes at 1 MiB)
  --progress              progress and rate on stderr (default: when stderr is a TTY)

Prints "N records produced" on stderr (--output json: a JSON summary on stdout).

${COMMON_OPTIONS_HELP}`;

const OPTIONS = {
  file: { type: 'string' },
  'key-delimiter': { type: 'string', short: 'K' },
  delimiter: { type: 'string', short: 'D' },
  format: { type: 'string', short: 'f' },
  header: { type: 'string', short: 'H', multiple: true },
  partition: { type: 'string', short: 'p' },
  compression: { type: 'string', short: 'z' },
  null: { type: 'boolean', short: 'Z' },
  'batch-size': { type: 'string' },
  progress: { type: 'boolean' },
} as const;

const MAX_BATCH_BYTES = 1 << 20;
const MAX_IN_FLIGHT = 4;
/** How long a record waits for more before its batch goes out (linger.ms): lines typed by hand go at once. */
const LINGER_MS = 20;

/** Backslash escapes in a separator given on the command line (-K '\t'). */
function unescapeSeparator(s: string): string {
  return s.replace(/\\([ntr0\\])/g, (_, c: string) => ({ n: '\n', t: '\t', r: '\r', '0': '\0', '\\': '\\' })[c]!);
}

interface Pending {
  records: RecordInput[];
  bytes: number;
}

class Producer {
  readonly counts = new Map<number, number>();
  produced = 0;
  bytes = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly inFlight: Promise<void>[] = [];
  private sticky: number;
  /** Flushes run one after another, so a partition's batches leave in the order they were made. */
  private flushes: Promise<void> = Promise.resolve();
  private linger: NodeJS.Timeout | null = null;
  private readonly known: Set<number>;

  constructor(
    private readonly session: Session,
    private readonly topic: string,
    private partitions: PartitionInfo[],
    private readonly compression: CompressionCodec,
    private readonly batchSize: number,
  ) {
    this.sticky = Math.floor(Math.random() * partitions.length);
    this.known = new Set(partitions.map((p) => p.partition));
  }

  partitionFor(key: Buffer | null): number {
    if (key !== null && key.length > 0) return defaultPartition(key, this.partitions.length);
    return this.partitions[this.sticky]!.partition;
  }

  /** Queues a record; returns a promise only when its batch closed and went out (await it: backpressure). */
  add(partition: number, record: RecordInput): Promise<void> | undefined {
    if (!this.known.has(partition)) {
      throw new CliError(`Topic '${this.topic}' has no partition ${partition}.`);
    }
    let p = this.pending.get(partition);
    if (!p) {
      p = { records: [], bytes: 0 };
      this.pending.set(partition, p);
    }
    p.records.push(record);
    p.bytes += (record.key?.length ?? 0) + (record.value?.length ?? 0) + 16;
    if (p.records.length >= this.batchSize || p.bytes >= MAX_BATCH_BYTES) return this.flush(partition);
    if (!this.linger) {
      this.linger = setTimeout(() => {
        this.linger = null;
        for (const partition of [...this.pending.keys()]) this.flush(partition).catch(() => {}); // surfaces in finish
      }, LINGER_MS);
    }
    return undefined;
  }

  flush(partition: number): Promise<void> {
    this.flushes = this.flushes.then(() => this.flushNow(partition));
    return this.flushes;
  }

  private async flushNow(partition: number): Promise<void> {
    const p = this.pending.get(partition);
    if (!p || p.records.length === 0) return;
    this.pending.delete(partition);
    // Keyless records stick to a partition until its batch closes (Kafka's sticky partitioner, KIP-480).
    if (this.partitions[this.sticky]!.partition === partition) this.sticky = (this.sticky + 1) % this.partitions.length;
    while (this.inFlight.length >= MAX_IN_FLIGHT) await this.inFlight.shift();
    const sent = this.send(partition, p);
    sent.catch(() => {}); // awaited later (flush or finish); the error surfaces there
    this.inFlight.push(sent);
  }

  private async send(partition: number, p: Pending): Promise<void> {
    const records = await encodeRecordBatch({ compression: this.compression, records: p.records });
    const since = Date.now();
    for (;;) {
      const leader = await this.session.leader(this.partitions.find((x) => x.partition === partition)!.leader);
      const res = await leader.send<ProduceResponse>(API.Produce, {
        transactionalId: null,
        acks: -1,
        timeoutMs: 30000,
        topicData: [{ name: this.topic, partitionData: [{ index: partition, records }] }],
      });
      const r = res.responses[0]?.partitionResponses[0];
      if (!r) throw new CliError(`Produce to ${this.topic}-${partition}: no answer for the partition`);
      if (r.errorCode === 0) break;
      const what = `Produce to ${this.topic}-${partition}: ${errorName(r.errorCode)}`;
      // The batch was refused before any append: ask who leads now and send it there.
      if (!LEADERSHIP_ERRORS.has(r.errorCode) || Date.now() - since > LEADERSHIP_PATIENCE_MS) {
        throw new CliError(`${what}${r.errorMessage ? ` (${r.errorMessage})` : ''}`);
      }
      await new Promise((done) => setTimeout(done, 200));
      const [info] = await topicsInfo(this.session, [this.topic]);
      this.partitions = info!.partitions;
    }
    this.produced += p.records.length;
    this.bytes += p.bytes;
    this.counts.set(partition, (this.counts.get(partition) ?? 0) + p.records.length);
  }

  async finish(): Promise<void> {
    if (this.linger) clearTimeout(this.linger);
    for (const partition of [...this.pending.keys()]) await this.flush(partition);
    while (this.inFlight.length > 0) await this.inFlight.shift();
  }
}

/**
 * Splits a byte stream into records at `delimiter`, yielding each chunk's records at once (a promise per record
 * cost a third of the run); the text after the last delimiter is a record too.
 */
async function* records(input: NodeJS.ReadableStream, delimiter: Buffer): AsyncGenerator<Buffer[]> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of input) {
    const buf = rest.length > 0 ? Buffer.concat([rest, chunk as Buffer]) : (chunk as Buffer);
    const lines: Buffer[] = [];
    let from = 0;
    for (let at = buf.indexOf(delimiter); at >= 0; at = buf.indexOf(delimiter, from)) {
      lines.push(buf.subarray(from, at));
      from = at + delimiter.length;
    }
    rest = Buffer.from(buf.subarray(from));
    if (lines.length > 0) yield lines;
  }
  if (rest.length > 0) yield [rest];
}

export function produceCommand(argv: string[]): Promise<number> {
  return runCommand('produce', PRODUCE_USAGE, async () => {
    const parsed = parseCommand(argv, OPTIONS);
    if (parsed.help) {
      process.stdout.write(PRODUCE_USAGE);
      return 0;
    }
    const [topic, ...extra] = parsed.positionals;
    if (!topic) throw new UsageError('a topic is required');
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const pinned = int(str(parsed, 'partition'), '--partition', 0);
    const batchSize = int(str(parsed, 'batch-size'), '--batch-size', 1) ?? 10000;
    const compressionName = str(parsed, 'compression') ?? 'none';
    const compression = Object.entries(CODEC_NAMES).find(([, name]) => name === compressionName)?.[0];
    if (compression === undefined)
      throw new UsageError(`--compression must be one of ${Object.values(CODEC_NAMES).join(', ')}`);
    const keyDelimiter = str(parsed, 'key-delimiter');
    const format = str(parsed, 'format');
    if (format !== undefined && keyDelimiter !== undefined) throw new UsageError('-f and -K exclude each other');
    const parts = format === undefined ? null : parseFormat(format, true);
    const keySep = keyDelimiter === undefined ? null : Buffer.from(unescapeSeparator(keyDelimiter));
    const delimiter = Buffer.from(unescapeSeparator(str(parsed, 'delimiter') ?? '\n'));
    if (delimiter.length === 0 || keySep?.length === 0) throw new UsageError('a delimiter cannot be empty');
    const headers = keyValues(strs(parsed, 'header'), '-H').map(([key, value]) => ({ key, value: Buffer.from(value) }));
    const nullEmpty = flag(parsed, 'null');
    const file = str(parsed, 'file');
    const showProgress = flag(parsed, 'progress') || process.stderr.isTTY === true;

    return withSession(parsed.bootstrap, async (session) => {
      const [info] = await topicsInfo(session, [topic]);
      const producer = new Producer(session, topic, info!.partitions, Number(compression), batchSize);
      const input = file === undefined ? process.stdin : createReadStream(file);
      const started = Date.now();
      let read = 0;
      let shown = false;
      const progress = showProgress
        ? setInterval(() => {
            const secs = (Date.now() - started) / 1000;
            process.stderr.write(
              `\r${producer.produced} records produced, ${read} read, ${Math.round(producer.produced / secs)} records/s   `,
            );
            shown = true;
          }, 1000)
        : null;
      progress?.unref();
      const nullIfEmpty = (b: Buffer | null) => (nullEmpty && b !== null && b.length === 0 ? null : b);
      for await (const lines of records(input, delimiter)) {
        for (const line of lines) {
          read++;
          let key: Buffer | null = null;
          let value: Buffer | null = line;
          let partition = pinned;
          let timestamp: number | undefined;
          let recordHeaders = headers;
          if (parts) {
            const fields = parseInputLine(parts, line.toString('utf8'));
            if (!fields)
              throw new CliError(`line ${read} does not match the format -f: ${line.toString('utf8').slice(0, 80)}`);
            key = fields.key === undefined ? null : Buffer.from(fields.key);
            value = fields.value === undefined ? null : Buffer.from(fields.value);
            partition = fields.partition ?? partition;
            timestamp = fields.timestamp;
            if (fields.headers)
              recordHeaders = [...headers, ...fields.headers.map(([k, v]) => ({ key: k, value: Buffer.from(v) }))];
          } else if (keySep) {
            const at = line.indexOf(keySep);
            if (at >= 0) {
              key = line.subarray(0, at);
              value = line.subarray(at + keySep.length);
            }
          }
          const sending = producer.add(partition ?? producer.partitionFor(key), {
            key,
            value: nullIfEmpty(value),
            timestamp: timestamp ?? Date.now(),
            headers: recordHeaders,
          });
          if (sending) await sending;
        }
      }
      try {
        await producer.finish();
      } finally {
        if (progress) clearInterval(progress);
        if (shown) process.stderr.write('\n');
      }
      const elapsedMs = Date.now() - started;
      const partitions = Object.fromEntries([...producer.counts].sort((a, b) => a[0] - b[0]));
      if (parsed.json) printJson({ topic, records: producer.produced, partitions, elapsedMs });
      else {
        const secs = elapsedMs / 1000;
        // A rate over a fraction of a second says nothing: only longer runs get one.
        const rate = secs >= 0.5 ? `, ${Math.round(producer.produced / secs)} records/s` : '';
        process.stderr.write(`${producer.produced} records produced to ${topic} in ${secs.toFixed(1)} s${rate}\n`);
      }
      return 0;
    });
  });
}
