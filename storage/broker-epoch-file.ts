/**
 * The clean-shutdown file at the top of each log dir, as Kafka's CleanShutdownFileHandler keeps it (KIP-966):
 * `.kafka_cleanshutdown` holding `{"version":0,"brokerEpoch":N}`, written once every log is closed on a clean
 * stop and removed at the next start. The broker sends the epoch it reads as previousBrokerEpoch when it
 * registers: a controller that sees the epoch it last gave knows nothing acknowledged can be missing from the
 * broker's logs and keeps it among the eligible leader replicas; -1 (no file, a dir without one, or dirs that
 * disagree) tells it the broker may have lost records (an unclean shutdown).
 *
 * Partition dirs hold a marker of the same name for their own recovery (partition-log.ts); this one is the
 * log dir's own, beside them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLEAN_SHUTDOWN_FILE, unlinkIfExists, writeFileAtomic } from './files';

/** Kafka's value for "no epoch": the broker did not shut down cleanly. */
export const NO_BROKER_EPOCH = -1n;

function epochIn(logDir: string): bigint | null {
  try {
    const parsed = JSON.parse(readFileSync(join(logDir, CLEAN_SHUTDOWN_FILE), 'utf8')) as { brokerEpoch?: unknown };
    return typeof parsed.brokerEpoch === 'number' && Number.isSafeInteger(parsed.brokerEpoch)
      ? BigInt(parsed.brokerEpoch)
      : null;
  } catch {
    return null; // missing, unreadable or an older empty marker: not a clean shutdown with a known epoch
  }
}

/**
 * Kafka's readBrokerEpochFromCleanShutdownFiles: the epoch every log dir's file agrees on, else -1; then the
 * files are removed, so a crash from here on leaves none behind.
 */
export function takeCleanShutdownEpoch(logDirs: readonly string[]): bigint {
  const epochs = logDirs.map(epochIn);
  for (const dir of logDirs) unlinkIfExists(join(dir, CLEAN_SHUTDOWN_FILE));
  const first = epochs[0];
  if (first === undefined || first === null || epochs.some((e) => e !== first)) return NO_BROKER_EPOCH;
  return first;
}

/** Writes the file in every log dir once the logs are closed (Kafka's LogManager.shutdown). */
export function writeCleanShutdownEpoch(logDirs: readonly string[], brokerEpoch: bigint): void {
  const text = `{"version":0,"brokerEpoch":${brokerEpoch}}`;
  for (const dir of logDirs) writeFileAtomic(join(dir, CLEAN_SHUTDOWN_FILE), text);
}
