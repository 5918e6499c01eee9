import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The election state a voter must never forget across a restart (Kafka's FileQuorumStateStore): the highest
 * epoch it has seen, the vote it cast in that epoch and the leader it knows. Written before any vote is
 * granted or leadership acted on, atomically (temp file, fsync, rename, directory fsync), in Kafka's JSON
 * layout (`data_version` 0, with the static voter set), so a Brook and a Kafka data directory read alike.
 */
export interface ElectionState {
  epoch: number;
  /** -1: no leader known in this epoch. */
  leaderId: number;
  /** -1: no vote cast in this epoch. */
  votedId: number;
}

export const QUORUM_STATE_FILE = 'quorum-state';

export function readQuorumState(dir: string): ElectionState | null {
  const path = join(dir, QUORUM_STATE_FILE);
  if (!existsSync(path)) return null;
  const text = readFileSync(path, 'utf8');
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const epoch = Number(parsed.leaderEpoch ?? 0);
  const leaderId = Number(parsed.leaderId ?? -1);
  const votedId = Number(parsed.votedId ?? -1);
  if (![epoch, leaderId, votedId].every(Number.isInteger)) throw new Error(`${path} holds no valid election state`);
  return { epoch, leaderId, votedId };
}

export function writeQuorumState(dir: string, state: ElectionState, voters: readonly number[]): void {
  const path = join(dir, QUORUM_STATE_FILE);
  const body = JSON.stringify({
    clusterId: '',
    leaderId: state.leaderId,
    leaderEpoch: state.epoch,
    votedId: state.votedId,
    appliedOffset: 0,
    currentVoters: voters.map((voterId) => ({ voterId })),
    data_version: 0,
  });
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, body);
  const fd = openSync(tmp, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  const dfd = openSync(dirname(path), 'r');
  try {
    fsyncSync(dfd);
  } finally {
    closeSync(dfd);
  }
}
