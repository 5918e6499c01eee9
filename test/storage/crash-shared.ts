/** Shared between crash.test.ts and its child: the log config and the value of each record. */
export const CRASH_LOG_CONFIG = {
  durability: 'fsync-per-append' as const,
  segmentBytes: 1 << 20,
  indexIntervalBytes: 4096,
  maxMessageBytes: 1 << 20,
};

/** Every 5th append carries a 96 KiB record so kills often land inside a write. */
export function crashValue(cycle: number, seq: number, record: number): string {
  const base = `c${cycle}-s${seq}-r${record}`;
  return seq % 5 === 4 && record === 0 ? `${base}-${'x'.repeat(96 * 1024)}` : base;
}

/**
 * Appends a child keeps in flight (appended, fsync not yet done, not acknowledged): appends made while an
 * fsync waits share the next one (group commit), as a broker's concurrent producers do.
 */
export const CRASH_APPENDS_IN_FLIGHT = 4;

/** Records in the batch of append number `seq` (1 to 4). */
export function crashBatchRecords(seq: number): number {
  return 1 + (seq % 4);
}
