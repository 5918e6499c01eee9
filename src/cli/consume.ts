/**
 * `brook consume TOPIC`: prints a topic's records, as kcat -C does. It starts from --offset
 * (beginning, end, N, or -N: N before the end), --timestamp, or --group's committed offsets, and stops at the
 * end offsets it saw when it started (or after --count records) unless --follow. Output: the value per line,
 * a kcat-style -f format (client/format.ts), or one JSON object per line.
 *
 * With --group it is a standalone consumer of all the topic's partitions (Kafka's assign(), not subscribe()):
 * it does not join the group's rebalance, it reads the group's committed offsets and commits what it printed
 * (which the coordinator accepts while the group has no active members).
 */
import type { FetchResponse } from '../../protocol/generated/fetch';
import { decodeRecordSet } from '../../protocol/records';
import { errorName } from '../errors';
import { formatRecord, type PrintedRecord, parseFormat } from './client/format';
import { EARLIEST, key, LATEST, listOffsets, type PartitionInfo, parseTime, topicsInfo } from './client/offsets';
import {
  COMMON_OPTIONS_HELP,
  CliError,
  flag,
  int,
  type Parsed,
  parseCommand,
  runCommand,
  str,
  strs,
  toJson,
  UsageError,
} from './client/options';
import { API, LEADERSHIP_ERRORS, LEADERSHIP_PATIENCE_MS, type Session, withSession } from './client/session';
import { commitOffsets, committedOffsets, coordinatorSession, describeGroupWith } from './client/groups';

export const CONSUME_USAGE = `Usage: brook consume TOPIC [options]

Prints TOPIC's records, one per line, and exits at the end of the topic (the end offsets when it started)
unless --follow.

  -O, --offset WHERE      beginning (default), end, N (an offset), -N (N records before the end)
  --timestamp TIME        start at the first record at or after TIME (epoch ms or ISO-8601)
  -g, --group G           start at G's committed offsets (--offset for partitions without one) and commit
                          what was printed (a standalone consumer: it does not join G's rebalance)
  -p, --partition N       only partition N (repeatable)
  -c, --count N           exit after N records
  -F, --follow            keep waiting for new records (until Ctrl-C)
  -f, --format FMT        kcat-style: %t topic, %p partition, %o offset, %k key, %K key length, %v or %s value,
                          %S value length, %T timestamp, %h headers; \\n \\t escapes (default '%v\\n')
  -K, --key-delimiter SEP print the key, SEP, the value (kcat's -K; shorthand for -f '%kSEP%v\\n')
  --read-committed        skip records of aborted transactions and stop at the last stable offset

--output json prints one JSON object per record: topic, partition, offset, timestamp, key, value, headers.

${COMMON_OPTIONS_HELP}`;

const OPTIONS = {
  offset: { type: 'string', short: 'O' },
  timestamp: { type: 'string' },
  group: { type: 'string', short: 'g' },
  partition: { type: 'string', short: 'p', multiple: true },
  count: { type: 'string', short: 'c' },
  follow: { type: 'boolean', short: 'F' },
  format: { type: 'string', short: 'f' },
  'key-delimiter': { type: 'string', short: 'K' },
  'read-committed': { type: 'boolean' },
} as const;

type Start = { kind: 'beginning' | 'end' } | { kind: 'offset' | 'relative'; n: bigint } | { kind: 'time'; ms: bigint };

function parseStart(parsed: Parsed): Start {
  const offset = str(parsed, 'offset');
  const timestamp = str(parsed, 'timestamp');
  if (offset !== undefined && timestamp !== undefined)
    throw new UsageError('--offset and --timestamp exclude each other');
  if (timestamp !== undefined) {
    const ms = parseTime(timestamp);
    if (ms === null) throw new UsageError(`--timestamp: cannot read "${timestamp}" as a time`);
    return { kind: 'time', ms };
  }
  if (offset === undefined || offset === 'beginning' || offset === 'earliest') return { kind: 'beginning' };
  if (offset === 'end' || offset === 'latest') return { kind: 'end' };
  const n = int(offset, '--offset (beginning, end, N or -N)')!;
  return n < 0 ? { kind: 'relative', n: BigInt(-n) } : { kind: 'offset', n: BigInt(n) };
}

/** Where each partition starts: the group's offset, else --offset / --timestamp, within the log's range. */
async function startOffsets(
  session: Session,
  partitions: PartitionInfo[],
  start: Start,
  committed: Map<string, bigint>,
): Promise<Map<string, bigint>> {
  const [starts, ends] = await Promise.all([
    listOffsets(session, partitions, EARLIEST),
    listOffsets(session, partitions, LATEST),
  ]);
  const byTime = start.kind === 'time' ? await listOffsets(session, partitions, start.ms) : null;
  const result = new Map<string, bigint>();
  for (const p of partitions) {
    const k = key(p.topic, p.partition);
    const first = starts.get(k)!;
    const end = ends.get(k)!;
    let at = committed.get(k);
    if (at === undefined) {
      if (start.kind === 'beginning') at = first;
      else if (start.kind === 'end') at = end;
      else if (start.kind === 'offset') at = start.n;
      else if (start.kind === 'relative') at = end - start.n;
      else at = byTime!.get(k)!;
    }
    result.set(k, at < first ? first : at > end ? end : at);
  }
  return result;
}

export function consumeCommand(argv: string[]): Promise<number> {
  return runCommand('consume', CONSUME_USAGE, async () => {
    const parsed = parseCommand(argv, OPTIONS);
    if (parsed.help) {
      process.stdout.write(CONSUME_USAGE);
      return 0;
    }
    const [topic, ...extra] = parsed.positionals;
    if (!topic) throw new UsageError('a topic is required');
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const start = parseStart(parsed);
    const count = int(str(parsed, 'count'), '--count', 1);
    const only = strs(parsed, 'partition').map((p) => int(p, '--partition', 0)!);
    const follow = flag(parsed, 'follow');
    const group = str(parsed, 'group');
    const keyDelimiter = str(parsed, 'key-delimiter');
    if (keyDelimiter !== undefined && str(parsed, 'format') !== undefined)
      throw new UsageError('-f and -K exclude each other');
    const format =
      str(parsed, 'format') ?? (keyDelimiter === undefined ? '%v\\n' : `%k${keyDelimiter.replace(/%/g, '%%')}%v\\n`);
    const parts = parseFormat(format, false);
    const isolationLevel = flag(parsed, 'read-committed') ? 1 : 0;

    return withSession(parsed.bootstrap, async (session) => {
      const [info] = await topicsInfo(session, [topic]);
      const partitions = info!.partitions.filter((p) => only.length === 0 || only.includes(p.partition));
      const missing = only.filter((p) => !info!.partitions.some((x) => x.partition === p));
      if (missing.length > 0) throw new CliError(`Topic '${topic}' has no partition ${missing.join(', ')}.`);
      if (group !== undefined) {
        // Commits from outside a live generation are refused while the group has members: say so before reading.
        const { state } = await describeGroupWith(session, group);
        if (state !== 'Empty' && state !== 'Dead') {
          throw new CliError(
            `Consumer group '${group}' has active members (state ${state}); brook consume --group reads and commits as a standalone consumer, which Kafka allows only while the group is empty.`,
          );
        }
      }
      const coordinator = group === undefined ? null : await coordinatorSession(session, group);
      try {
        const committed = coordinator ? await committedOffsets(coordinator, group!) : new Map<string, bigint>();
        const positions = await startOffsets(session, partitions, start, committed);
        // read_committed stops at the last stable offset (ListOffsets answers it for isolation level 1).
        const stopAt = follow ? null : await listOffsets(session, partitions, LATEST, isolationLevel);
        const reader = new Reader(session, partitions, positions, stopAt, isolationLevel);
        let printed = 0;
        let stopping = false;
        const stop = () => {
          stopping = true;
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        process.stdout.on('error', stop); // EPIPE: the reader (head, ...) went away
        let lastCommit = Date.now();
        const commit = async () => {
          if (!coordinator) return;
          const moved = partitions
            .map((p) => ({ topic, partition: p.partition, offset: reader.positions.get(key(topic, p.partition))! }))
            .filter((o) => o.offset !== committed.get(key(o.topic, o.partition)));
          if (moved.length === 0) return;
          await commitOffsets(coordinator, group!, moved);
          for (const o of moved) committed.set(key(o.topic, o.partition), o.offset);
        };
        try {
          while (!stopping && !reader.done() && (count === undefined || printed < count)) {
            const batch = await reader.next(follow ? 1000 : 100, count === undefined ? Infinity : count - printed);
            if (batch.length > 0) {
              let out = '';
              for (const r of batch) out += parsed.json ? `${jsonRecord(r)}\n` : formatRecord(parts, r);
              printed += batch.length;
              if (!process.stdout.write(out)) await drained();
            }
            if (coordinator && Date.now() - lastCommit >= 5000) {
              lastCommit = Date.now();
              await commit();
            }
          }
          await commit();
        } finally {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          process.stdout.off('error', stop);
        }
        if (!parsed.json && process.stderr.isTTY) process.stderr.write(`${printed} records consumed\n`);
        return 0;
      } finally {
        if (coordinator && coordinator !== session) coordinator.close();
      }
    });
  });
}

/** Resolves when stdout drained, or failed or closed (a reader like `head` left: EPIPE), whichever comes first. */
function drained(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      for (const event of ['drain', 'error', 'close']) process.stdout.off(event, done);
      resolve();
    };
    for (const event of ['drain', 'error', 'close']) process.stdout.once(event, done);
  });
}

function jsonRecord(r: PrintedRecord): string {
  return toJson({
    topic: r.topic,
    partition: r.partition,
    offset: r.offset,
    timestamp: r.timestamp,
    key: r.key?.toString('utf8') ?? null,
    value: r.value?.toString('utf8') ?? null,
    headers: Object.fromEntries(r.headers.map((h) => [h.key, h.value?.toString('utf8') ?? null])),
  });
}

const OFFSET_OUT_OF_RANGE = 1;

/** Fetches from each partition's leader in turn, from `positions`, until `stopAt` (null: forever). */
class Reader {
  /** When partition errors that a metadata refresh can cure began (null: none pending). */
  private failingSince: number | null = null;

  constructor(
    private readonly session: Session,
    private partitions: PartitionInfo[],
    readonly positions: Map<string, bigint>,
    private readonly stopAt: Map<string, bigint> | null,
    private readonly isolationLevel: number,
  ) {}

  private active(): PartitionInfo[] {
    const stopAt = this.stopAt;
    if (!stopAt) return this.partitions;
    return this.partitions.filter(
      (p) => this.positions.get(key(p.topic, p.partition))! < stopAt.get(key(p.topic, p.partition))!,
    );
  }

  done(): boolean {
    return this.active().length === 0;
  }

  /** The next records (at most `limit`) from one Fetch per leader, in offset order within each partition. */
  async next(maxWaitMs: number, limit: number): Promise<PrintedRecord[]> {
    const byLeader = new Map<number, PartitionInfo[]>();
    for (const p of this.active()) byLeader.set(p.leader, [...(byLeader.get(p.leader) ?? []), p]);
    const out: PrintedRecord[] = [];
    const before = new Map(this.positions);
    let refresh = false;
    for (const [leader, list] of byLeader) {
      const conn = await this.session.leader(leader);
      const topic = list[0]!.topic;
      const res = await conn.send<FetchResponse>(API.Fetch, {
        clusterId: null,
        replicaId: -1,
        replicaState: { replicaId: -1, replicaEpoch: -1n },
        maxWaitMs,
        minBytes: 1,
        maxBytes: 16 << 20,
        isolationLevel: this.isolationLevel,
        sessionId: 0,
        sessionEpoch: -1,
        topics: [
          {
            topic,
            topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
            partitions: list.map((p) => ({
              partition: p.partition,
              currentLeaderEpoch: -1,
              fetchOffset: this.positions.get(key(topic, p.partition))!,
              lastFetchedEpoch: -1,
              logStartOffset: -1n,
              partitionMaxBytes: 1 << 20,
              replicaDirectoryId: 'AAAAAAAAAAAAAAAAAAAAAA',
            })),
          },
        ],
        forgottenTopicsData: [],
        rackId: '',
      });
      const leadershipError = (code: number, what: string) => {
        if (!LEADERSHIP_ERRORS.has(code)) throw new CliError(`${what}: ${errorName(code)}`);
        refresh = true;
        this.failingSince ??= Date.now();
        if (Date.now() - this.failingSince > LEADERSHIP_PATIENCE_MS) {
          throw new CliError(`${what}: ${errorName(code)} for ${LEADERSHIP_PATIENCE_MS / 1000} s`);
        }
      };
      if (res.errorCode !== 0) {
        leadershipError(res.errorCode, 'Fetch');
        continue;
      }
      for (const t of res.responses) {
        for (const p of t.partitions) {
          if (p.errorCode === 0) {
            out.push(...(await this.records(topic, p.partitionIndex, p.records, p.abortedTransactions)));
          } else if (p.errorCode === OFFSET_OUT_OF_RANGE) await this.outOfRange(topic, p.partitionIndex);
          else leadershipError(p.errorCode, `Fetch ${topic}-${p.partitionIndex}`);
        }
      }
    }
    if (refresh) {
      // A leader moved (or is being elected): ask again who leads, then fetch there.
      await new Promise((r) => setTimeout(r, 200));
      const [info] = await topicsInfo(this.session, [this.partitions[0]!.topic]);
      this.partitions = this.partitions.map((p) => info!.partitions.find((x) => x.partition === p.partition) ?? p);
    } else this.failingSince = null;
    return out.length > limit ? this.rewind(out.slice(0, limit), before) : out;
  }

  /**
   * The position fell out of the log (retention or deletion removed it): go on from the log start when it is
   * below it, else from the end, and say so on stderr (a reader that loses records must know).
   */
  private async outOfRange(topic: string, partition: number): Promise<void> {
    const k = key(topic, partition);
    const p = this.partitions.find((x) => x.partition === partition)!;
    const [starts, ends] = await Promise.all([
      listOffsets(this.session, [p], EARLIEST),
      listOffsets(this.session, [p], LATEST),
    ]);
    const from = this.positions.get(k)!;
    const to = from < starts.get(k)! ? starts.get(k)! : ends.get(k)!;
    process.stderr.write(
      `brook consume: offset ${from} of ${topic}-${partition} is out of range; going on from ${to}\n`,
    );
    this.positions.set(k, to);
  }

  /** Decodes one partition's records from its position on (up to stopAt), moving the position past them. */
  private async records(
    topic: string,
    partition: number,
    blob: Buffer | null,
    aborted: { producerId: bigint; firstOffset: bigint }[] | null,
  ): Promise<PrintedRecord[]> {
    if (!blob || blob.length === 0) return [];
    const k = key(topic, partition);
    const stop = this.stopAt?.get(k) ?? null;
    const decoded = await decodeRecordSet(blob);
    const out: PrintedRecord[] = [];
    let position = this.positions.get(k)!;
    for (const b of decoded.batches) {
      if (!('records' in b)) {
        for (const m of b.messages) {
          if (m.offset < position || (stop !== null && m.offset >= stop)) continue;
          out.push({
            topic,
            partition,
            offset: m.offset,
            timestamp: m.timestamp,
            key: m.key,
            value: m.value,
            headers: [],
          });
          position = m.offset + 1n;
        }
        continue;
      }
      // read_committed: a transactional batch of a producer whose abort covers it is skipped.
      const skip =
        b.isControl ||
        (this.isolationLevel === 1 &&
          b.isTransactional &&
          (aborted ?? []).some((a) => a.producerId === b.producerId && a.firstOffset <= b.lastOffset));
      for (const r of b.records) {
        if (r.offset < position || (stop !== null && r.offset >= stop)) continue;
        if (!skip)
          out.push({
            topic,
            partition,
            offset: r.offset,
            timestamp: r.timestamp,
            key: r.key,
            value: r.value,
            headers: r.headers,
          });
      }
      // Past the whole batch (control batches and compacted-away offsets too), not beyond stopAt.
      const next = b.lastOffset + 1n;
      position = stop !== null && next > stop ? stop : next > position ? next : position;
    }
    if (decoded.error && out.length === 0 && position === this.positions.get(k)) {
      throw new CliError(
        `${topic}-${partition}: cannot decode the records at offset ${position}: ${decoded.error.message}`,
      );
    }
    this.positions.set(k, position);
    return out;
  }

  /** Keeps the first records of a too-long answer; each partition's position moves to just after its last kept one. */
  private rewind(kept: PrintedRecord[], before: Map<string, bigint>): PrintedRecord[] {
    const last = new Map<string, bigint>();
    for (const r of kept) last.set(key(r.topic, r.partition), r.offset + 1n);
    for (const p of this.partitions) {
      const k = key(p.topic, p.partition);
      this.positions.set(k, last.get(k) ?? before.get(k)!);
    }
    return kept;
  }
}
