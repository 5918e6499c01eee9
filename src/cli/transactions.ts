/**
 * `brook transactions list|describe`: transactional ids as kafka-transactions.sh shows them. A Kafka client
 * over the wire (wire-session.ts): ListTransactions (66) lists what the broker coordinates, FindCoordinator
 * (key type 1) and DescribeTransactions (65) describe one id at its coordinator, DescribeProducers (61) the
 * producers of a partition.
 */
import { parseArgs } from 'node:util';
import type { DescribeProducersResponse } from '../../protocol/generated/describe-producers';
import type { DescribeTransactionsResponse } from '../../protocol/generated/describe-transactions';
import type { FindCoordinatorResponse } from '../../protocol/generated/find-coordinator';
import type { ListTransactionsResponse } from '../../protocol/generated/list-transactions';
import { errorName } from '../errors';
import { CliError, table, WireSession } from './wire-session';

export const TRANSACTIONS_USAGE = `Usage: brook transactions <list|describe> [options]

  brook transactions list [--bootstrap HOST:PORT] [--state STATE]... [--producer-id ID]... [--duration-ms MS]
  brook transactions describe TRANSACTIONAL-ID [--bootstrap HOST:PORT]
  brook transactions describe-producers --topic TOPIC --partition N [--bootstrap HOST:PORT]

Options:
  --bootstrap HOST:PORT   a broker (default 127.0.0.1:9092)
  --state STATE           only transactions in this state (Ongoing, PrepareCommit, CompleteAbort, ...; repeatable)
  --producer-id ID        only this producer id (repeatable)
  --duration-ms MS        only transactions running longer than MS milliseconds
  --topic, --partition    the partition whose producers describe-producers shows
`;

const OURS: Record<number, number> = { 10: 4, 61: 0, 65: 0, 66: 1 };

const open = (address: string) => WireSession.open(address, 'brook-transactions', OURS);

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

function check(code: number, what: string): void {
  if (code !== 0) throw new CliError(`${what}: ${errorName(code)}`);
}

/** Lists the transactional ids the broker at `bootstrap` coordinates (a single node coordinates them all). */
export async function listTransactions(
  bootstrap: string,
  filters: { states?: string[]; producerIds?: bigint[]; durationMs?: number } = {},
): Promise<ListedTransactionRow[]> {
  const session = await open(bootstrap);
  try {
    if (filters.durationMs !== undefined && (session.version(66) ?? 0) < 1) {
      throw new CliError('the broker does not support --duration-ms (ListTransactions v1)');
    }
    const listed = await session.send<ListTransactionsResponse>(66, {
      stateFilters: filters.states ?? [],
      producerIdFilters: filters.producerIds ?? [],
      durationFilter: BigInt(filters.durationMs ?? -1),
    });
    check(listed.errorCode, 'ListTransactions');
    return listed.transactionStates
      .map((t) => ({
        transactionalId: t.transactionalId,
        coordinator: bootstrap,
        producerId: t.producerId,
        state: t.transactionState,
      }))
      .sort((a, b) => a.transactionalId.localeCompare(b.transactionalId));
  } finally {
    session.close();
  }
}

/** Describes one transactional id at its coordinator. */
export async function describeTransaction(bootstrap: string, transactionalId: string): Promise<TransactionDescription> {
  const boot = await open(bootstrap);
  let session = boot;
  try {
    const batched = (boot.version(10) ?? 0) >= 4;
    const found = await boot.send<FindCoordinatorResponse>(
      10,
      batched
        ? { key: '', keyType: 1, coordinatorKeys: [transactionalId] }
        : { key: transactionalId, keyType: 1, coordinatorKeys: [] },
    );
    const c = batched ? found.coordinators[0]! : found;
    check(c.errorCode, 'FindCoordinator');
    const coordinator = `${c.host}:${c.port}`;
    if (coordinator !== bootstrap) session = await open(coordinator);
    const described = await session.send<DescribeTransactionsResponse>(65, { transactionalIds: [transactionalId] });
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
  const session = await open(bootstrap);
  try {
    const r = await session.send<DescribeProducersResponse>(61, {
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
  } finally {
    session.close();
  }
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
export async function transactionsCommand(argv: string[]): Promise<number> {
  const parse = (args: string[]) =>
    parseArgs({
      args,
      allowPositionals: true,
      options: {
        bootstrap: { type: 'string', default: '127.0.0.1:9092' },
        'bootstrap-server': { type: 'string' },
        state: { type: 'string', multiple: true },
        'producer-id': { type: 'string', multiple: true },
        'duration-ms': { type: 'string' },
        topic: { type: 'string' },
        partition: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    process.stderr.write(`brook transactions: ${(error as Error).message}\n${TRANSACTIONS_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [action, id] = positionals;
  if (values.help || action === undefined) {
    process.stdout.write(TRANSACTIONS_USAGE);
    return values.help ? 0 : 2;
  }
  const bootstrap = values['bootstrap-server'] ?? values.bootstrap!;
  const numbers = [
    ...(values['producer-id'] ?? []),
    ...(values['duration-ms'] ? [values['duration-ms']] : []),
    ...(values.partition ? [values.partition] : []),
  ];
  const bad = numbers.find((n) => !/^\d+$/.test(n));
  if (bad !== undefined) {
    process.stderr.write(`brook transactions: "${bad}" is not a number\n${TRANSACTIONS_USAGE}`);
    return 2;
  }
  try {
    if (action === 'list') {
      const rows = await listTransactions(bootstrap, {
        states: values.state ?? [],
        producerIds: (values['producer-id'] ?? []).map((p) => BigInt(p)),
        ...(values['duration-ms'] ? { durationMs: Number(values['duration-ms']) } : {}),
      });
      process.stdout.write(
        `${table(
          ['TRANSACTIONAL-ID', 'COORDINATOR', 'PRODUCER-ID', 'TRANSACTION-STATE'],
          rows.map((r) => [r.transactionalId, r.coordinator, String(r.producerId), r.state]),
        )}\n`,
      );
      return 0;
    }
    if (action === 'describe') {
      if (!id) {
        process.stderr.write(`brook transactions describe: a transactional id is required\n${TRANSACTIONS_USAGE}`);
        return 2;
      }
      process.stdout.write(formatTransaction(await describeTransaction(bootstrap, id)));
      return 0;
    }
    if (action === 'describe-producers') {
      if (!values.topic || values.partition === undefined) {
        process.stderr.write(
          `brook transactions describe-producers: --topic and --partition are required\n${TRANSACTIONS_USAGE}`,
        );
        return 2;
      }
      process.stdout.write(formatProducers(await describeProducers(bootstrap, values.topic, Number(values.partition))));
      return 0;
    }
    process.stderr.write(`brook transactions: unknown action "${action}"\n${TRANSACTIONS_USAGE}`);
    return 2;
  } catch (error) {
    process.stderr.write(`brook transactions: ${(error as Error).message}\n`);
    return 1;
  }
}
