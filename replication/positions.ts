/**
 * Byte positions of a partition's append boundaries, so a parked fetch can tell how many bytes became
 * readable without touching the log (Kafka's DelayedFetch compares LogOffsetMetadata positions; Brook's
 * reads do not return file positions of the bounds, and segments roll, so positions here are virtual: the
 * bytes appended since the partition was opened).
 *
 * Only boundaries at or above the lowest bound anyone reads to (min of high watermark and last stable
 * offset) are kept: a bound only moves forward, so older ones are never asked for again.
 */
export class BytePositions {
  /** [end offset, position] of each append, oldest first; starts with the log end when opened. */
  private marks: [number, number][];
  private endPosition = 0;
  /** Restarts on truncation: positions of different generations are not comparable. */
  generation = 0;

  constructor(logEndOffset: number) {
    this.marks = [[logEndOffset, 0]];
  }

  /** Records an append that ended at `endOffset` after `bytes` bytes. */
  appended(endOffset: number, bytes: number): void {
    this.endPosition += bytes;
    this.marks.push([endOffset, this.endPosition]);
  }

  /** The position of `offset` if it is a known append boundary, else null. */
  positionOf(offset: number): number | null {
    for (let i = this.marks.length - 1; i >= 0; i--) {
      const [end, position] = this.marks[i]!;
      if (end === offset) return position;
      if (end < offset) return null;
    }
    return null;
  }

  /** Forgets boundaries below `offset`, keeping the newest one at or below it. */
  prune(offset: number): void {
    let keepFrom = 0;
    for (let i = 0; i < this.marks.length; i++) {
      if (this.marks[i]![0] <= offset) keepFrom = i;
      else break;
    }
    if (keepFrom > 0) this.marks.splice(0, keepFrom);
  }

  /** After a truncation: positions restart from the new log end. */
  reset(logEndOffset: number): void {
    this.generation++;
    this.endPosition = 0;
    this.marks = [[logEndOffset, 0]];
  }
}
