import { existsSync, readFileSync } from 'node:fs';
import type { StorageLogger } from './logger';
import { writeFileAtomic } from './files';

/**
 * Offset checkpoint files in Kafka's text format: `0\n<count>\n<topic> <partition> <offset>\n...`. Kafka keeps
 * one file per data directory listing every partition; Brook keeps one per partition directory (count is
 * always 1) so a partition's state moves and deletes with its folder and no cross-partition file has to be
 * rewritten on every change. The format is unchanged, so the files stay readable by the same parser.
 */
const VERSION = 0;

export interface TopicPartition {
  topic: string;
  partition: number;
}

/** The file's content for one partition's offset. */
export function offsetCheckpointText(tp: TopicPartition, offset: number): string {
  return `${VERSION}\n1\n${tp.topic} ${tp.partition} ${offset}\n`;
}

export function writeOffsetCheckpoint(path: string, tp: TopicPartition, offset: number): void {
  writeFileAtomic(path, offsetCheckpointText(tp, offset));
}

/**
 * Reads the offset for `tp`; null when the file is missing. A malformed file is reported and treated as
 * missing (the caller falls back to the safe default: recover from the start, log start = first segment).
 */
export function readOffsetCheckpoint(path: string, tp: TopicPartition, logger: StorageLogger): number | null {
  if (!existsSync(path)) return null;
  const lines = readFileSync(path, 'utf8').split('\n');
  const bad = (why: string): null => {
    logger.warn('ignoring malformed checkpoint file', { path, why });
    return null;
  };
  if (lines[0] !== String(VERSION)) return bad(`unsupported version '${lines[0]}'`);
  const count = Number(lines[1]);
  if (!Number.isInteger(count) || count < 0 || lines.length < count + 2) return bad('bad entry count');
  for (let i = 0; i < count; i++) {
    const parts = lines[2 + i]!.split(' ');
    if (parts.length !== 3) return bad(`bad line ${i + 3}`);
    const offset = Number(parts[2]);
    if (!Number.isSafeInteger(offset)) return bad(`bad offset on line ${i + 3}`);
    if (parts[0] === tp.topic && Number(parts[1]) === tp.partition) return offset;
  }
  return null;
}
