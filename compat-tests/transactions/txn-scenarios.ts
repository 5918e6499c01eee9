/**
 * The transaction and idempotence scenarios as data: each builds one driver job (steps, ../txn-protocol.ts) and
 * the cases checked on its result. The expected contents of each partition follow from the steps themselves:
 * every send completes before the next step, so records appear in step order, and a record is committed when the
 * transaction it was sent in ended with a commit step.
 */
import type { ConsumedRecord, TxnRecord, TxnStep, TxnStepResult } from './txn-protocol';

export interface TxnCase {
  id: string;
  title: string;
  /** problems found in the driver's step results (empty: the case passes) */
  check(results: TxnStepResult[]): string[];
}

export interface BuiltTxnScenario {
  steps: TxnStep[];
  cases: TxnCase[];
  /** arm the fault proxy (every n-th Produce request) while the job runs */
  faultEvery?: number;
  /** SIGKILL the broker (the target's crash()) right after the proxy threw away this many Produce responses */
  crashAtLostResponse?: number;
  /** topics to create before the job, with their partition counts */
  topics: Record<string, number>;
}

export interface TxnScenario {
  id: string;
  /** which clients can run it */
  needs: 'transactions' | 'idempotence';
  /** run only for these clients unless COMPAT_LONG=1 (a broker restart per client costs Kafka ~10 s) */
  onlyClients?: string[];
  build(ctx: { prefix: string; client: string }): BuiltTxnScenario;
}

const CONSUME_TIMEOUT_MS = 20000;
const GRACE_MS = 1500;

/** `${what}: ...` for each step that failed although it should not have. */
function failedSteps(steps: TxnStep[], results: TxnStepResult[], mayFail: Set<number> = new Set()): string[] {
  const problems: string[] = [];
  if (results.length !== steps.length) problems.push(`driver returned ${results.length} of ${steps.length} steps`);
  const failed = results.flatMap((r, i) => (!r.ok && !mayFail.has(i) ? [i] : []));
  if (failed.length) {
    const i = failed[0]!;
    const s = steps[i]!;
    const r = results[i]!;
    problems.push(
      `step ${i} ${s.op}${'name' in s ? ` ${s.name}` : ''} failed: ${r.error?.name}: ${r.error?.message}` +
        (failed.length > 1 ? ` (and ${failed.length - 1} later steps)` : ''),
    );
  }
  return problems;
}

/** Compares what a consumer returned with what each partition must hold, in order, nothing else. */
export function comparePartitions(
  what: string,
  got: ConsumedRecord[] | undefined,
  want: TxnRecord[],
  partitions: number,
): string[] {
  if (!got) return [`${what}: no records (the consume step failed)`];
  const problems: string[] = [];
  for (let p = 0; p < partitions; p++) {
    const expected = want.filter((r) => r.partition === p).map((r) => `${r.key}=${r.value}`);
    const records = got.filter((r) => r.partition === p).sort((a, b) => a.offset - b.offset);
    const actual = records.map((r) => `${r.key}=${r.value}`);
    const offsets = records.map((r) => r.offset);
    if (new Set(offsets).size !== offsets.length) problems.push(`${what} p${p}: an offset was delivered twice`);
    if (actual.join('|') !== expected.join('|')) {
      const extra = actual.filter((a) => !expected.includes(a));
      const missing = expected.filter((e) => !actual.includes(e));
      const dupes = actual.filter((a, i) => actual.indexOf(a) !== i);
      problems.push(
        `${what} p${p}: ${actual.length} records, want ${expected.length}` +
          (extra.length ? `; unexpected ${extra.slice(0, 5).join(', ')}` : '') +
          (missing.length ? `; missing ${missing.slice(0, 5).join(', ')}` : '') +
          (dupes.length ? `; duplicated ${dupes.slice(0, 5).join(', ')}` : '') +
          (!extra.length && !missing.length && !dupes.length ? `; out of order: ${actual.slice(0, 8).join(', ')}` : ''),
      );
    }
  }
  return problems;
}

/** Records named `${tag}-<i>` spread over `partitions` partitions (i % partitions). */
function records(tag: string, count: number, partitions: number[] | number): TxnRecord[] {
  const ps = typeof partitions === 'number' ? [partitions] : partitions;
  return Array.from({ length: count }, (_, i) => ({
    partition: ps[i % ps.length]!,
    key: `${tag}-${i}`,
    value: `${tag}:${i}`,
  }));
}

/**
 * Commit and abort interleaved: two transactional producers, one partition and two, sequential and overlapping
 * transactions (P and Q both hold open transactions in partition 0 at once; P aborts, Q commits), then one more
 * transaction left open while the consumers read. read_committed must see exactly the committed records in
 * order and stop before the open transaction; read_uncommitted sees every record; control records (the commit
 * and abort markers) never reach the application.
 */
const commitAbort: TxnScenario = {
  id: 'txn-commit-abort',
  needs: 'transactions',
  build({ prefix }) {
    const topic = `${prefix}-ca`;
    const steps: TxnStep[] = [];
    const committed: TxnRecord[] = [];
    const all: TxnRecord[] = [];
    let open: { name: string; recs: TxnRecord[] }[] = [];
    const send = (name: string, recs: TxnRecord[]) => {
      steps.push({ op: 'send', name, topic, records: recs });
      all.push(...recs);
      open.push({ name, recs });
    };
    const end = (name: string, how: 'commit' | 'abort') => {
      steps.push({ op: how, name });
      if (how === 'commit') for (const o of open.filter((o) => o.name === name)) committed.push(...o.recs);
      open = open.filter((o) => o.name !== name);
    };
    steps.push({ op: 'producer', name: 'P', transactionalId: `${prefix}-P` });
    steps.push({ op: 'producer', name: 'Q', transactionalId: `${prefix}-Q` });
    // 1: across both partitions, committed
    steps.push({ op: 'begin', name: 'P' });
    send('P', records('t1', 6, [0, 1]));
    end('P', 'commit');
    // 2: across both partitions, aborted
    steps.push({ op: 'begin', name: 'P' });
    send('P', records('t2', 6, [0, 1]));
    end('P', 'abort');
    // 3 and 4: one partition, committed then aborted
    steps.push({ op: 'begin', name: 'P' });
    send('P', records('t3', 3, 0));
    end('P', 'commit');
    steps.push({ op: 'begin', name: 'P' });
    send('P', records('t4', 3, 0));
    end('P', 'abort');
    // 5 and 6: P and Q open at once in partition 0 (Q also in 1); their batches interleave; P aborts, Q commits
    steps.push({ op: 'begin', name: 'P' });
    steps.push({ op: 'begin', name: 'Q' });
    send('P', records('t5p', 2, 0));
    send('Q', records('t6q', 4, [0, 1]));
    send('P', records('t5p-b', 2, 0));
    send('Q', records('t6q-b', 2, 0));
    end('P', 'abort');
    end('Q', 'commit');
    // 7: committed after all that, one partition
    steps.push({ op: 'begin', name: 'Q' });
    send('Q', records('t7', 3, 1));
    end('Q', 'commit');
    // 8: left open while the consumers read (read_committed must stop before it)
    steps.push({ op: 'begin', name: 'P' });
    send('P', records('t8-open', 2, [0, 1]));
    const readCommitted = steps.length;
    steps.push({
      op: 'consume',
      topic,
      partitions: 2,
      isolation: 'read_committed',
      count: committed.length,
      graceMs: GRACE_MS,
      timeoutMs: CONSUME_TIMEOUT_MS,
    });
    const readUncommitted = steps.length;
    steps.push({
      op: 'consume',
      topic,
      partitions: 2,
      isolation: 'read_uncommitted',
      count: all.length,
      graceMs: GRACE_MS,
      timeoutMs: CONSUME_TIMEOUT_MS,
    });
    end('P', 'abort');
    const wantCommitted = [...committed];
    const wantAll = [...all];
    return {
      topics: { [topic]: 2 },
      steps,
      cases: [
        {
          id: 'txn-commit-abort',
          title: `2 producers, 8 transactions (4 committed, 3 aborted, 1 open), 1 and 2 partitions: read_committed sees the ${wantCommitted.length} committed records in order`,
          check: (results) => [
            ...failedSteps(steps, results),
            ...comparePartitions('read_committed', results[readCommitted]?.records, wantCommitted, 2),
          ],
        },
        {
          id: 'txn-read-uncommitted',
          title: `read_uncommitted sees all ${wantAll.length} records (aborted and open ones too) in order, no control records`,
          check: (results) => comparePartitions('read_uncommitted', results[readUncommitted]?.records, wantAll, 2),
        },
      ],
    };
  },
};

const FENCED = /fenc|epoch/i;

/**
 * Zombie fencing: A begins a transaction and sends; B starts with the same transactional.id (InitProducerId
 * bumps the epoch and aborts A's transaction); A's next send or its commit must fail with the fenced error, and
 * none of A's records may ever be read committed. B's own transaction then commits.
 */
const fencing: TxnScenario = {
  id: 'txn-fencing',
  needs: 'transactions',
  build({ prefix }) {
    const topic = `${prefix}-fence`;
    const id = `${prefix}-zombie`;
    const a1 = records('a1', 2, [0, 1]);
    const a2 = records('a2', 2, [0, 1]);
    const b1 = records('b1', 4, [0, 1]);
    const steps: TxnStep[] = [
      { op: 'producer', name: 'A', transactionalId: id },
      { op: 'begin', name: 'A' },
      { op: 'send', name: 'A', topic, records: a1 },
      { op: 'producer', name: 'B', transactionalId: id },
      { op: 'send', name: 'A', topic, records: a2, mayFail: true }, // 4: may fail (fenced)
      { op: 'commit', name: 'A', mayFail: true }, // 5: must fail unless 4 did
      { op: 'close', name: 'A' },
      { op: 'begin', name: 'B' },
      { op: 'send', name: 'B', topic, records: b1 },
      { op: 'commit', name: 'B' },
      {
        op: 'consume',
        topic,
        partitions: 2,
        isolation: 'read_committed',
        count: b1.length,
        graceMs: GRACE_MS,
        timeoutMs: CONSUME_TIMEOUT_MS,
      },
    ];
    return {
      topics: { [topic]: 2 },
      steps,
      cases: [
        {
          id: 'txn-fencing',
          title: 'a second producer with the same transactional.id fences the first: its send or commit fails fenced',
          check(results) {
            const problems = failedSteps(steps, results, new Set([4, 5]));
            const sendA = results[4];
            const commitA = results[5];
            // The fenced error may surface on the send or on the commit (librdkafka raises it from both; its
            // Python binding reports the send's as a SystemError from inside the delivery callback).
            const failed = [sendA, commitA].filter((r) => r && !r.ok);
            if (!failed.length) problems.push("the fenced producer's send and commit both succeeded");
            else if (!failed.some((r) => FENCED.test(`${r!.error?.name} ${r!.error?.message}`))) {
              const e = failed[0]!.error;
              problems.push(`the fenced producer failed, but not as fenced: ${e?.name}: ${e?.message}`);
            }
            if (sendA?.ok === false && commitA?.ok)
              problems.push('the fenced producer committed after its send failed');
            problems.push(...comparePartitions('read_committed', results[10]?.records, b1, 2));
            return problems;
          },
        },
      ],
    };
  },
};

/**
 * Idempotence under faults: an idempotent (not transactional) producer sends 20 batches of 4 records while the
 * fault proxy loses every 3rd Produce request's response after the write, or the request itself, closing the
 * connection each time; every record must be stored exactly once, in order (read back read_uncommitted).
 */
const idempotentFaults: TxnScenario = {
  id: 'idempotent-faults',
  needs: 'idempotence',
  build({ prefix }) {
    const topic = `${prefix}-idem`;
    const steps: TxnStep[] = [{ op: 'producer', name: 'I', idempotent: true }];
    const all: TxnRecord[] = [];
    for (let b = 0; b < 20; b++) {
      const recs = records(`b${b}`, 4, [0, 1]);
      all.push(...recs);
      steps.push({ op: 'send', name: 'I', topic, records: recs });
    }
    steps.push({
      op: 'consume',
      topic,
      partitions: 2,
      isolation: 'read_uncommitted',
      count: all.length,
      graceMs: GRACE_MS,
      timeoutMs: CONSUME_TIMEOUT_MS,
    });
    const read = steps.length - 1;
    return {
      topics: { [topic]: 2 },
      steps,
      faultEvery: 3,
      cases: [
        {
          id: 'idempotent-faults',
          title: `idempotent producer, Produce responses lost after the write and connections closed (every 3rd request): ${all.length} records exactly once, in order`,
          check: (results) => [
            ...failedSteps(steps, results),
            ...comparePartitions('read back', results[read]?.records, all, 2),
          ],
        },
      ],
    };
  },
};

/**
 * Idempotence across a broker crash: the same faults, and right after the second lost response (a batch written
 * whose acknowledgement the client never got) the broker is SIGKILLed and started again. The client's retry of
 * that batch reaches a broker that must have rebuilt the producer's sequence state from its log (Kafka: producer
 * state snapshots plus the log tail) to recognise the duplicate.
 */
const idempotentCrash: TxnScenario = {
  id: 'idempotent-crash',
  needs: 'idempotence',
  onlyClients: ['java'],
  build(ctx) {
    const built = idempotentFaults.build({ ...ctx, prefix: `${ctx.prefix}-crash` });
    const read = built.steps.length - 1;
    const all = built.steps.flatMap((s) => (s.op === 'send' ? s.records : []));
    return {
      ...built,
      crashAtLostResponse: 2,
      cases: [
        {
          id: 'idempotent-crash',
          title: `idempotent producer, a response lost after the write and the broker SIGKILLed at once, more faults: ${all.length} records exactly once, in order`,
          check: (results) => [
            ...failedSteps(built.steps, results),
            ...comparePartitions('read back', results[read]?.records, all, 2),
          ],
        },
      ],
    };
  },
};

export const txnScenarios: TxnScenario[] = [commitAbort, fencing, idempotentFaults, idempotentCrash];
