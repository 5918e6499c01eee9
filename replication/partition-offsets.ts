import { ErrorCode } from '../protocol/error-codes';
import {
  EARLIEST_TIMESTAMP,
  type Isolation,
  LATEST_TIMESTAMP,
  type PartitionLog,
  type TimestampOffset,
} from '../storage';
import { PartitionError } from './errors';
import { type EpochEndOffset, NO_LEADER_EPOCH } from './partition-types';

/**
 * Offset lookups a leader answers from its log and leader epoch cache (ListOffsets, OffsetForLeaderEpoch,
 * a follower's diverging epoch). The Partition checks leadership and fencing, then asks these.
 */

/** ListOffsets: the first offset with timestamp >= `timestamp`, or the special values (-1, -2, -3, -4). */
export function offsetForTimestamp(
  log: PartitionLog,
  epoch: number,
  timestamp: number,
  isolation: Isolation,
): TimestampOffset | null {
  const found = log.offsetForTimestamp(timestamp, isolation);
  if (!found) return found;
  // Kafka (Partition.fetchOffsetForTimestamp) answers the latest offset with the current leader epoch. The
  // earliest takes the first epoch entry (written at the log end when this broker became leader); a log
  // whose cache has no entry at all is at the current epoch, as in Kafka.
  if (timestamp === LATEST_TIMESTAMP) return { ...found, leaderEpoch: epoch };
  const emptyLog = log.logStartOffset === log.logEndOffset;
  if (timestamp === EARLIEST_TIMESTAMP && found.leaderEpoch === -1 && emptyLog) return { ...found, leaderEpoch: epoch };
  return found;
}

/**
 * ListOffsets v0 (Kafka's legacyFetchOffsetsBefore): not a record lookup but a list of segment start
 * offsets. Each segment stands for (its base offset, the time it was last written) and, if the active
 * segment holds data, the high watermark for (HW, now); the answer is the `maxNumOffsets` offsets at or
 * before the newest entry written no later than `timestamp` (-1 latest, -2 earliest), newest first. Kafka
 * dates a segment by its file's mtime; Brook by the segment's largest record timestamp, which is the same
 * moment for records stamped as they are written.
 */
export function legacyOffsetsBefore(
  log: PartitionLog,
  timestamp: number,
  maxNumOffsets: number,
  now: number,
): number[] {
  const segments = log.segmentsInfo();
  const entries = segments.map((s) => ({
    offset: Math.max(s.baseOffset, log.logStartOffset),
    time: s.largestTimestamp,
  }));
  if ((segments.at(-1)?.size ?? 0) > 0) entries.push({ offset: log.highWatermark, time: now });
  let start = entries.length - 1;
  if (timestamp === EARLIEST_TIMESTAMP) start = 0;
  else if (timestamp !== LATEST_TIMESTAMP) while (start >= 0 && entries[start]!.time > timestamp) start--;
  const offsets: number[] = [];
  for (let i = start; i >= 0 && offsets.length < maxNumOffsets; i--) offsets.push(entries[i]!.offset);
  return offsets;
}

/** OffsetForLeaderEpoch: the largest epoch <= `leaderEpoch` and where it ends (the log end for the current epoch). */
export function lastOffsetForEpoch(
  log: PartitionLog,
  currentEpoch: number,
  leaderEpoch: number,
): { leaderEpoch: number; endOffset: number } {
  const found = log.leaderEpochs.endOffsetFor(leaderEpoch, log.logEndOffset);
  if (found.epoch === -1 && leaderEpoch === currentEpoch)
    return { leaderEpoch: currentEpoch, endOffset: log.logEndOffset };
  return { leaderEpoch: found.epoch, endOffset: found.endOffset };
}

/**
 * Kafka's check in Partition.readRecords for a follower's fetch (v12+): where our log ends the follower's
 * last fetched epoch. Diverging (the answer) when we know that epoch ending before the follower's fetch
 * offset, or only an older epoch; an epoch we cannot place at all, or a fetch below our log start, is
 * OFFSET_OUT_OF_RANGE (the follower then asks for our log start and end). Null: no divergence.
 */
export function divergingEpoch(
  log: PartitionLog,
  key: string,
  fetchOffset: number,
  lastFetchedEpoch: number,
): EpochEndOffset | null {
  const found = log.leaderEpochs.endOffsetFor(lastFetchedEpoch, log.logEndOffset);
  if (found.epoch === NO_LEADER_EPOCH || found.endOffset < 0) {
    throw new PartitionError(
      ErrorCode.OffsetOutOfRange,
      `Could not determine the end offset of the last fetched epoch ${lastFetchedEpoch} of ${key}`,
    );
  }
  if (fetchOffset < log.logStartOffset) {
    throw new PartitionError(
      ErrorCode.OffsetOutOfRange,
      `Fetch offset ${fetchOffset} is below the log start offset ${log.logStartOffset} of ${key}`,
    );
  }
  if (found.epoch < lastFetchedEpoch || found.endOffset < fetchOffset) {
    return { epoch: found.epoch, endOffset: found.endOffset };
  }
  return null;
}
