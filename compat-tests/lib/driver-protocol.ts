/**
 * The JSON contract between the orchestration (compat.test.ts) and every client driver, whatever its language.
 *
 * A driver is a separate process. It reads ONE job from stdin: `{ bootstrap, steps: Step[] }`, runs the steps in
 * order with its client library and prints ONE line of JSON on stdout: `{ client, version, steps: StepResult[] }`.
 * Logs go to stderr. A step that fails reports `{ ok: false, error }` and the driver goes on with the next step,
 * so one broken operation does not hide the others. Bytes travel as base64; `null` stays null.
 */

/** A record to produce. `key`/`value` are base64 or null; header values base64 (names are UTF-8). */
export interface RecordIn {
  key: string | null;
  value: string | null;
  headers: [string, string][];
  /** explicit partition; otherwise the client's partitioner decides */
  partition?: number;
  /** explicit CreateTime in ms (only for clients that can set it) */
  timestamp?: number;
}

/** A record as the client's consumer returned it. */
export interface RecordOut {
  partition: number;
  offset: number;
  key: string | null;
  value: string | null;
  headers: [string, string | null][];
  timestamp: number;
}

export type Compression = 'none' | 'gzip' | 'snappy' | 'lz4' | 'zstd';
export const ALL_CODECS: Compression[] = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];

/** Where a consume step starts, per partition. */
export type ConsumeFrom =
  | 'earliest'
  | 'latest'
  | { offsets: number[] }
  /** a timestamp in ms, or 'mark': the time recorded by the last `mark` step of this job */
  | { timestamp: number | 'mark' };

/** Value of the records a driver produces (to partition 0) while waiting for a `latest` consumer to be positioned. */
export const MARKER_VALUE_B64 = Buffer.from('__compat_marker__').toString('base64');

export type Step =
  | { op: 'create'; topic: string; partitions: number }
  | { op: 'partitions'; topic: string }
  | { op: 'produce'; topic: string; compression: Compression; records: RecordIn[] }
  | {
      op: 'consume';
      topic: string;
      partitions: number;
      from: ConsumeFrom;
      /** stop once this many (non-marker) records arrived */
      count: number;
      timeoutMs: number;
      /** for from='latest': records produced (after markers proved the consumer is positioned) */
      probe?: { compression: Compression; records: RecordIn[] };
    }
  | { op: 'sleep'; ms: number }
  | { op: 'mark' }
  | { op: 'touch'; path: string }
  | { op: 'waitFor'; path: string; timeoutMs: number };

export interface Job {
  bootstrap: string;
  steps: Step[];
}

export interface StepError {
  name: string;
  message: string;
}

export interface StepResult {
  op: Step['op'];
  ok: boolean;
  error?: StepError;
  /** produce: one entry per record, null when the client does not report where a record went */
  results?: ({ partition: number; offset: number } | null)[];
  /** consume */
  records?: RecordOut[];
  timedOut?: boolean;
  /** partitions */
  count?: number;
  /** mark */
  time?: number;
  /** create: which client really created the topic when this one has no admin API */
  via?: string;
}

export interface JobResult {
  client: string;
  version: string;
  steps: StepResult[];
}
