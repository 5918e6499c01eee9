/**
 * The JSON contract between transactions.test.ts and the transaction drivers (drivers/, one per client library),
 * the same shape as ../lib/driver-protocol.ts but with producers that have a name and a lifecycle: a job names
 * producers (transactional, or idempotent only) and drives each through its client's own API, so one job can
 * hold two producers with the same transactional.id (fencing) or two with open transactions in one partition.
 *
 * A driver reads ONE job from stdin, runs its steps in order, and prints ONE JSON line on stdout:
 * `{ client, version, steps: TxnStepResult[] }`. A failing step reports `{ ok: false, error }` and the driver goes
 * on with the next step (a fenced producer's commit must fail, and what follows must still run). Keys and values
 * are UTF-8 text. Every send completes (acknowledged, or failed) before the step returns, so the order of the
 * steps is the order of the records in each partition.
 *
 * Once a step not marked `mayFail` has failed, the job's result is already a failure: later consume steps then wait
 * at most FAILED_JOB_CONSUME_MS for records instead of their timeout (a broker that cannot run transactions costs
 * seconds per case, not minutes).
 */

export const FAILED_JOB_CONSUME_MS = 3000;

export interface TxnRecord {
  partition: number;
  key: string;
  value: string;
}

export type Isolation = 'read_committed' | 'read_uncommitted';

export type TxnStep =
  /** creates and starts a producer; transactional ones also run initTransactions (which fences older epochs) */
  (
    | { op: 'producer'; name: string; transactionalId?: string; idempotent?: boolean }
    | { op: 'begin'; name: string }
    | { op: 'send'; name: string; topic: string; records: TxnRecord[] }
    | { op: 'commit'; name: string }
    | { op: 'abort'; name: string }
    /** drops the producer (errors ignored: a fenced producer may refuse to close cleanly) */
    | { op: 'close'; name: string }
    /**
     * Reads every partition of `topic` from the beginning with the client's consumer at `isolation` until `count`
     * records arrived, then `graceMs` more (extra records must show), or until `timeoutMs`.
     */
    | {
        op: 'consume';
        topic: string;
        partitions: number;
        isolation: Isolation;
        count: number;
        graceMs: number;
        timeoutMs: number;
      }
  ) & {
    /** an expected failure (a fenced producer's send): does not shorten later consumes */
    mayFail?: boolean;
  };

export interface TxnJob {
  bootstrap: string;
  steps: TxnStep[];
}

export interface ConsumedRecord {
  partition: number;
  offset: number;
  key: string | null;
  value: string | null;
}

export interface TxnStepResult {
  op: TxnStep['op'];
  ok: boolean;
  error?: { name: string; message: string };
  records?: ConsumedRecord[];
  timedOut?: boolean;
}

export interface TxnJobResult {
  client: string;
  version: string;
  steps: TxnStepResult[];
}
