/**
 * Checks on what a driver reported. Each returns a list of problems (empty = pass) written for a reader who has
 * not seen the data: which record, which partition/offset, what differed.
 */
import { MARKER_VALUE_B64, type RecordIn, type RecordOut, type StepResult } from './driver-protocol';
import { type PartitionerName, partitioners } from './partitioners';

export const isMarker = (r: RecordOut) => r.value === MARKER_VALUE_B64;

/** Identity of a record's content (key, value, headers): what must come back byte for byte. */
export function fingerprint(r: {
  key: string | null;
  value: string | null;
  headers: [string, string | null][];
}): string {
  return JSON.stringify([r.key, r.value, r.headers]);
}

export function describeRecord(r: { key: string | null; value: string | null }): string {
  const show = (b: string | null) => {
    if (b === null) return 'null';
    const buf = Buffer.from(b, 'base64');
    const text = buf
      .subarray(0, 24)
      .toString('latin1')
      .replace(/[^\x20-\x7e]/g, '.');
    return `${buf.length}B "${text}${buf.length > 24 ? '...' : ''}"`;
  };
  return `key=${show(r.key)} value=${show(r.value)}`;
}

export function stepProblems(step: StepResult | undefined, what: string): string[] {
  if (!step) return [`${what}: the driver reported no result (it crashed or the job was cut short)`];
  if (!step.ok) return [`${what} failed: ${step.error?.name}: ${step.error?.message}`];
  return [];
}

export interface MatchOptions {
  partitions: number;
  partitioner?: PartitionerName;
  /** the client set CreateTime explicitly: it must come back unchanged */
  timestamps?: boolean;
  /** offsets in every partition must run 0,1,2,... (a fresh topic written only by this scenario) */
  contiguousFromZero?: boolean;
  /** where the producer said each record went (null entries = not reported) */
  produced?: ({ partition: number; offset: number } | null)[];
}

/**
 * `expected` records (in produce order) against `got` (as consumed). Every expected record must come back once,
 * byte-identical, nothing else may come back (markers aside), records of a partition in produce order with
 * increasing offsets, keyed records on the partition the client's partitioner picks.
 */
export function matchRecords(expected: RecordIn[], got: RecordOut[], options: MatchOptions): string[] {
  const problems: string[] = [];
  const consumed = got.filter((r) => !isMarker(r));
  const byPrint = new Map<string, RecordOut[]>();
  for (const r of consumed) byPrint.set(fingerprint(r), [...(byPrint.get(fingerprint(r)) ?? []), r]);
  const found: (RecordOut | undefined)[] = expected.map((r) => byPrint.get(fingerprint(r))?.shift());
  expected.forEach((r, i) => {
    if (!found[i])
      problems.push(`record #${i} (${describeRecord(r)}, ${r.headers.length} headers) did not come back intact`);
  });
  for (const rest of byPrint.values()) {
    for (const r of rest) {
      problems.push(
        `unexpected record at partition ${r.partition} offset ${r.offset}: ${describeRecord(r)}, headers ${JSON.stringify(r.headers).slice(0, 200)}`,
      );
    }
  }
  for (const r of consumed) {
    if (!(r.partition >= 0 && r.partition < options.partitions))
      problems.push(`record on nonexistent partition ${r.partition}`);
  }
  // Partition order: per partition, offsets increase and follow the produce order.
  const lastIndex = new Map<number, { index: number; offset: number }>();
  expected.forEach((_, i) => {
    const r = found[i];
    if (!r) return;
    const prev = lastIndex.get(r.partition);
    if (prev && r.offset <= prev.offset) {
      problems.push(
        `partition ${r.partition}: record #${i} at offset ${r.offset} is not after record #${prev.index} (offset ${prev.offset})`,
      );
    }
    lastIndex.set(r.partition, { index: i, offset: r.offset });
  });
  if (options.contiguousFromZero) {
    const offsets = new Map<number, number[]>();
    for (const r of got) offsets.set(r.partition, [...(offsets.get(r.partition) ?? []), r.offset]);
    for (const [p, list] of offsets) {
      const sorted = [...list].sort((a, b) => a - b);
      if (sorted.some((o, i) => o !== i))
        problems.push(`partition ${p}: offsets are ${sorted.slice(0, 20).join(',')}, expected 0..${sorted.length - 1}`);
    }
  }
  if (options.partitioner) {
    const { partition, describe } = partitioners[options.partitioner];
    expected.forEach((r, i) => {
      const f = found[i];
      if (!f || r.key === null || r.partition !== undefined) return;
      const want = partition(Buffer.from(r.key, 'base64'), options.partitions);
      if (f.partition !== want)
        problems.push(`keyed record #${i} landed on partition ${f.partition}, ${describe} gives ${want}`);
    });
  }
  if (options.timestamps) {
    expected.forEach((r, i) => {
      const f = found[i];
      if (f && r.timestamp !== undefined && f.timestamp !== r.timestamp) {
        problems.push(`record #${i}: timestamp ${f.timestamp}, produced with ${r.timestamp}`);
      }
    });
  }
  options.produced?.forEach((where, i) => {
    const f = found[i];
    if (where && f && (where.partition !== f.partition || where.offset !== f.offset)) {
      problems.push(
        `record #${i}: producer reported partition ${where.partition} offset ${where.offset}, consumed at ${f.partition}/${f.offset}`,
      );
    }
  });
  return problems;
}

/** Does an error read as "record too large" (MESSAGE_TOO_LARGE 10 / RECORD_LIST_TOO_LARGE 18) in any client's words? */
export function isTooLargeError(error: { name: string; message: string } | undefined): boolean {
  if (!error) return false;
  return /too[ _]?large|larger than the max|MESSAGE_TOO_LARGE|RECORD_LIST_TOO_LARGE|MSG_SIZE_TOO_LARGE|TooLarge|KError\(10\)|KError\(18\)|Error\(10\)|Error\(18\)|code=10\b|code=18\b/i.test(
    `${error.name} ${error.message}`,
  );
}
