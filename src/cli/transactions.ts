/**
 * `brook transactions list|describe`: transactional ids as kafka-transactions.sh shows them. A Kafka client
 * over the wire (client/session.ts): ListTransactions (66) lists what the broker coordinates, FindCoordinator
 * (key type 1) and DescribeTransactions (65) describe one id at its coordinator, DescribeProducers (61) the
 * producers of a partition.
 */
import type { DescribeProducersResponse } from '../../protocol/generated/describe-producers';
import type { DescribeTransactionsResponse } from '../../protocol/generated/describe-transactions';
import type { FindCoordinatorResponse } from '../../protocol/generated/find-coordinator';
import type { ListTransactionsRequest, ListTransactionsResponse } from '../../protocol/generated/list-transactions';
import {
  COMMON_OPTIONS_HELP,
  CliError,
  int,
  parseCommand,
  printJson,
  runCommand,
  usageExit,
  str,
  strs,
  table,
  UsageError,
} from './client/options';
import { API, check, Session, withSession } from './client/session';

export const TRANSACTIONS_USAGE = `Usage: brook transactions <list|describe|describe-producers> [options]

  brook transactions list [--state STATE]... [--producer-id ID]... [--duration-ms MS]
  brook transactions describe TRANSACTIONAL-ID
  brook transactions describe-producers --topic TOPIC --partition N

  --state STATE           only transactions in this state (Ongoing, PrepareCommit, CompleteAbort, ...; repeatable)
  --producer-id ID        only this producer id (repeatable)
  --duration-ms MS        only transactions running longer than MS milliseconds
  --topic, --partition    the partition whose producers describe-producers shows

${COMMON_OPTIONS_HELP}`;

export interface ListedTransactionRow {
  transactionalId: string;
  coordinator: string;
  producerId: bigint;
  state: string;
}

export interface TransactionDescription {
  coordinator: string;
  transactionalId: string;
  producerId: bigint;
  producerEpoch: number;
  state: string;
  timeoutMs: number;
  startTimeMs: bigint;
  partitions: { topic: string; partition: number }[];
}

/** Lists the transactional ids the broker at `bootstrap` coordinates (a single node coordinates them all). */
export async function listTransactions(
  bootstrap: string,
  filters: { states?: string[]; producerIds?: bigint[]; durationMs?: number } = {},
): Promise<ListedTransactionRow[]> {
  return withSession(bootstrap, async (session) => {
    if (filters.durationMs !== undefined && (session.version(API.ListTransactions) ?? 0) < 1) {
      throw new CliError('the broker does not support --duration-ms (ListTransactions v1)');
    }
    const listed = await session.send<ListTransactionsResponse>(API.ListTransactions, {
      stateFilters: filters.states ?? [],
      producerIdFilters: filters.producerIds ?? [],
      durationFilter: BigInt(filters.durationMs ?? -1),
      transactionalIdPattern: null,
    } satisfies ListTransactionsRequest);
    check(listed.errorCode, 'ListTransactions');
    return listed.transactionStates
      .map((t) => ({
        transactionalId: t.transactionalId,
        coordinator: bootstrap,
        producerId: t.producerId,
        state: t.transactionState,
      }))
      .sort((a, b) => a.transactionalId.localeCompare(b.transactionalId));
  });
}

/** Describes one transactional id at its coordinator. */
export async function describeTransaction(bootstrap: string, transactionalId: string): Promise<TransactionDescription> {
  const boot = await Session.open(bootstrap, 'brook-transactions');
  let session = boot;
  try {
    const batched = (boot.version(API.FindCoordinator) ?? 0) >= 4;
    const found = await boot.send<FindCoordinatorResponse>(
      API.FindCoordinator,
      batched
        ? { key: '', keyType: 1, coordinatorKeys: [transactionalId] }
        : { key: transactionalId, keyType: 1, coordinatorKeys: [] },
    );
    const c = batched ? found.coordinators[0]! : found;
    check(c.errorCode, 'FindCoordinator');
    const coordinator = `${c.host}:${c.port}`;
    if (coordinator !== bootstrap) session = await Session.open(coordinator, 'brook-transactions');
    const described = await session.send<DescribeTransactionsResponse>(API.DescribeTransactions, {
      transactionalIds: [transactionalId],
    });
    const t = described.transactionStates[0]!;
    check(t.errorCode, `DescribeTransactions ${transactionalId}`);
    return {
      coordinator,
      transactionalId,
      producerId: t.producerId,
      producerEpoch: t.producerEpoch,
      state: t.transactionState,
      timeoutMs: t.transactionTimeoutMs,
      startTimeMs: t.transactionStartTimeMs,
      partitions: t.topics.flatMap((x) => x.partitions.map((partition) => ({ topic: x.topic, partition }))),
    };
  } finally {
    if (session !== boot) session.close();
    boot.close();
  }
}

export interface ProducerRow {
  producerId: bigint;
  producerEpoch: number;
  coordinatorEpoch: number;
  lastSequence: number;
  lastTimestamp: bigint;
  currentTxnStartOffset: bigint;
}

/**
 * The producers a partition's leader keeps state for (DescribeProducers). Sent to the bootstrap broker, which on
 * a single node leads every partition (a multi-node cluster would need the leader from Metadata first).
 */
export async function describeProducers(bootstrap: string, topic: string, partition: number): Promise<ProducerRow[]> {
  return withSession(bootstrap, async (session) => {
    const r = await session.send<DescribeProducersResponse>(API.DescribeProducers, {
      topics: [{ name: topic, partitionIndexes: [partition] }],
    });
    const p = r.topics[0]!.partitions[0]!;
    check(p.errorCode, `DescribeProducers ${topic}-${partition}`);
    return p.activeProducers.map((a) => ({
      producerId: a.producerId,
      producerEpoch: a.producerEpoch,
      coordinatorEpoch: a.coordinatorEpoch,
      lastSequence: a.lastSequence,
      lastTimestamp: a.lastTimestamp,
      currentTxnStartOffset: a.currentTxnStartOffset,
    }));
  });
}

export function formatProducers(rows: ProducerRow[]): string {
  return `${table(
    [
      'PRODUCER-ID',
      'PRODUCER-EPOCH',
      'LATEST-COORDINATOR-EPOCH',
      'LAST-SEQUENCE',
      'LAST-TIMESTAMP',
      'CURRENT-TRANSACTION-START-OFFSET',
    ],
    rows.map((r) => [
      String(r.producerId),
      String(r.producerEpoch),
      String(r.coordinatorEpoch),
      String(r.lastSequence),
      String(r.lastTimestamp),
      r.currentTxnStartOffset >= 0n ? String(r.currentTxnStartOffset) : 'None',
    ]),
  )}\n`;
}

export function formatTransaction(d: TransactionDescription, now = Date.now()): string {
  const started = d.startTimeMs >= 0n;
  return `${table(
    [
      'COORDINATOR',
      'TRANSACTIONAL-ID',
      'PRODUCER-ID',
      'PRODUCER-EPOCH',
      'TRANSACTION-STATE',
      'TRANSACTION-TIMEOUT-MS',
      'CURRENT-TRANSACTION-START-TIME-MS',
      'TRANSACTION-DURATION-MS',
      'TOPIC-PARTITIONS',
    ],
    [
      [
        d.coordinator,
        d.transactionalId,
        String(d.producerId),
        String(d.producerEpoch),
        d.state,
        String(d.timeoutMs),
        started ? String(d.startTimeMs) : 'None',
        started ? String(BigInt(now) - d.startTimeMs) : 'None',
        d.partitions.map((p) => `${p.topic}-${p.partition}`).join(',') || '-',
      ],
    ],
  )}\n`;
}

/** `brook transactions ...`: returns the exit code. */
export function transactionsCommand(argv: string[]): Promise<number> {
  return runCommand('transactions', TRANSACTIONS_USAGE, async () => {
    const parsed = parseCommand(argv, {
      state: { type: 'string', multiple: true },
      'producer-id': { type: 'string', multiple: true },
      'duration-ms': { type: 'string' },
      topic: { type: 'string' },
      partition: { type: 'string' },
    });
    const [action, id] = parsed.positionals;
    const exit = usageExit(parsed, TRANSACTIONS_USAGE, action);
    if (exit !== null) return exit;
    if (action === 'list') {
      const durationMs = int(str(parsed, 'duration-ms'), '--duration-ms', 0);
      const rows = await listTransactions(parsed.bootstrap, {
        states: strs(parsed, 'state'),
        producerIds: strs(parsed, 'producer-id').map((p) => BigInt(int(p, '--producer-id', 0)!)),
        ...(durationMs !== undefined ? { durationMs } : {}),
      });
      if (parsed.json) printJson(rows);
      else {
        process.stdout.write(
          `${table(
            ['TRANSACTIONAL-ID', 'COORDINATOR', 'PRODUCER-ID', 'TRANSACTION-STATE'],
            rows.map((r) => [r.transactionalId, r.coordinator, String(r.producerId), r.state]),
          )}\n`,
        );
      }
      return 0;
    }
    if (action === 'describe') {
      if (!id) throw new UsageError('a transactional id is required');
      const described = await describeTransaction(parsed.bootstrap, id);
      if (parsed.json) printJson(described);
      else process.stdout.write(formatTransaction(described));
      return 0;
    }
    if (action === 'describe-producers') {
      const topic = str(parsed, 'topic');
      const partition = int(str(parsed, 'partition'), '--partition', 0);
      if (!topic || partition === undefined) throw new UsageError('--topic and --partition are required');
      const producers = await describeProducers(parsed.bootstrap, topic, partition);
      if (parsed.json) printJson(producers);
      else process.stdout.write(formatProducers(producers));
      return 0;
    }
    throw new UsageError(`unknown action "${action}"`);
  });
}
