/**
 * @platformatic/kafka group consumer for compat-tests/groups (see ../README.md): the classic protocol, or
 * KIP-848 (`protocol: consumer`, ConsumerGroupHeartbeat) when the job says so. Reports assignments from its
 * join events, the values it processed, commits each processed message, leaves on "stop".
 */
import { createInterface } from 'node:readline';
import { emit, readJob } from './member-io';

const job = readJob<{ protocol?: 'classic' | 'consumer' }>();

async function main(): Promise<void> {
  const { Consumer, stringDeserializers } = await import('@platformatic/kafka');
  const modern = job.protocol === 'consumer';
  const consumer = new Consumer({
    clientId: 'compat-platformatic',
    bootstrapBrokers: [job.bootstrap],
    groupId: job.group,
    deserializers: stringDeserializers,
    ...(modern
      ? {
          groupProtocol: 'consumer' as const,
          rebalanceTimeout: 20000,
          sessionTimeout: job.sessionTimeoutMs,
          heartbeatInterval: Math.floor(job.sessionTimeoutMs / 6),
        }
      : {
          sessionTimeout: job.sessionTimeoutMs,
          heartbeatInterval: Math.floor(job.sessionTimeoutMs / 6),
          rebalanceTimeout: 20000,
        }),
  });
  let owned: number[] = [];
  // Per partition while owned: the next offset after the last record processed, the client's last successful
  // commit, when a record last arrived (the re-commit below).
  const processed = new Map<number, bigint>();
  const committed = new Map<number, bigint>();
  const lastRecordAt = new Map<number, number>();
  const noteCommitted = (offsets: { partition: number; offset: bigint }[]) => {
    for (const o of offsets) if (o.offset > (committed.get(o.partition) ?? -1n)) committed.set(o.partition, o.offset);
  };
  const update = (assignments: { topic: string; partitions: number[] }[] | undefined | null) => {
    const next = (assignments ?? []).filter((a) => a.topic === job.topic).flatMap((a) => a.partitions);
    const revoked = owned.filter((p) => !next.includes(p));
    const added = next.filter((p) => !owned.includes(p));
    // A partition revoked or (re)assigned starts over: another member may have gone further meanwhile.
    for (const p of [...revoked, ...added]) for (const m of [processed, committed, lastRecordAt]) m.delete(p);
    if (revoked.length > 0) emit({ ev: 'revoke', p: revoked });
    owned = [...next];
    if (added.length > 0 || revoked.length > 0) emit({ ev: 'assign', p: added });
  };
  consumer.on('consumer:group:join', (payload) => update(payload.assignments ?? consumer.assignments));
  // Classic protocol (eager): a heartbeat answered REBALANCE_IN_PROGRESS gives everything up before rejoining.
  consumer.on('consumer:group:rebalance', () => update([]));
  // KIP-848: assignments change on heartbeat responses without an event. The client sets `assignments` right
  // before the heartbeat that tells the broker what it now owns, so a setter reports each change in time (a
  // timer polling it could report a revocation after the broker had, rightly, handed the partition on).
  if (modern) {
    let current = consumer.assignments;
    Object.defineProperty(consumer, 'assignments', {
      configurable: true,
      enumerable: true,
      get: () => current,
      set: (next) => {
        current = next;
        update(next);
      },
    });
  }
  const stream = await consumer.consume({
    topics: [job.topic],
    mode: 'committed',
    fallbackMode: 'earliest',
    autocommit: 200,
  });
  update(consumer.assignments);
  emit({ ev: 'ready' });
  // @platformatic/kafka 1.x drops the offsets of an autocommit that failed (a commit racing a rebalance:
  // ../FINDINGS.md), and commits a partition again only when new records arrive there. As an application using
  // it has to, the driver commits once more what it processed on a partition it still owns when the client's
  // commits stayed behind it with no record arriving there for a second (so no newer autocommit can be in flight
  // that this older offset would overtake).
  stream.on('data', (message) => {
    if (message.topic === job.topic) {
      processed.set(message.partition, message.offset + 1n);
      lastRecordAt.set(message.partition, Date.now());
    }
    emit({ ev: 'recs', v: [String(message.value)] });
  });
  stream.on('autocommit', (error, offsets) => {
    noteCommitted((offsets ?? []) as { partition: number; offset: bigint }[]);
    if (process.env.GROUP_DEBUG) {
      // What each autocommit sent and how it ended: the harness prints these when a committed offset falls short.
      const sent = (offsets ?? []).map((o: { partition: number; offset: bigint }) => `${o.partition}@${o.offset}`);
      emit({ ev: 'log', line: error ? `autocommit failed: ${String(error)}` : `autocommitted ${sent.join(' ')}` });
    }
  });
  if (process.env.GROUP_DEBUG) {
    stream.on('error', (error) => emit({ ev: 'log', line: `stream error: ${String(error)}` }));
  }
  const recommit = setInterval(() => {
    const quietSince = Date.now() - 1000;
    const offsets = owned.flatMap((partition) => {
      const offset = processed.get(partition);
      const behind = offset !== undefined && offset > (committed.get(partition) ?? -1n);
      const quiet = (lastRecordAt.get(partition) ?? 0) <= quietSince;
      return behind && quiet ? [{ topic: job.topic, partition, offset: offset!, leaderEpoch: -1 }] : [];
    });
    if (offsets.length === 0) return;
    consumer.commit({ offsets }).then(
      () => {
        noteCommitted(offsets);
        emit({ ev: 'log', line: `recommitted ${offsets.map((o) => `${o.partition}@${o.offset}`).join(' ')}` });
      },
      // Refused while the group rebalances: tried again on the next tick, for the partitions it still owns.
      () => {},
    );
  }, 250);
  createInterface({ input: process.stdin }).on('line', async (line) => {
    if (line.trim() !== 'stop') return;
    clearInterval(recommit);
    await stream.close();
    // Nothing is processed after the stream closed (its last autocommit awaited): ownership ends here, before
    // the LeaveGroup in close(), after which the coordinator may hand the partitions on at once.
    if (owned.length > 0) emit({ ev: 'revoke', p: owned });
    owned = [];
    await consumer.close(true);
    emit({ ev: 'closed' });
    process.exit(0);
  });
}

main().catch((error) => {
  emit({ ev: 'error', message: String(error?.stack ?? error) });
  process.exit(1);
});
