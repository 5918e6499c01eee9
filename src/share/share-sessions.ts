/**
 * Share sessions (Kafka's ShareSessionCache): one per member of a share group on this broker, keyed by (group,
 * member id), holding the partitions the member fetches here and the epoch its next request must carry. Epoch 0
 * opens a session (replacing the member's old one), -1 closes it, any other must be the session's epoch and moves
 * it on by one. A session ends with the connection that opened it.
 */

/** A partition of a session (by topic id, as ShareFetch names them). */
export interface SessionPartition {
  topicId: string;
  partition: number;
}

export interface ShareSession {
  readonly groupId: string;
  readonly memberId: string;
  /** The epoch the next request must carry. */
  epoch: number;
  readonly partitions: Map<string, SessionPartition>;
  /** The connection that opened it (its close ends the session). */
  readonly connection: object;
}

export const partitionId = (topicId: string, partition: number) => `${topicId}:${partition}`;

/** The epoch after `epoch` (Kafka's ShareRequestMetadata.nextEpoch: past the largest int it starts again at 1). */
export function nextEpoch(epoch: number): number {
  return epoch >= 0x7fffffff ? 1 : epoch + 1;
}

export class ShareSessions {
  private readonly sessions = new Map<string, ShareSession>();

  constructor(private readonly maxSessions: number) {}

  private static key(groupId: string, memberId: string): string {
    return `${groupId}\0${memberId}`;
  }

  get size(): number {
    return this.sessions.size;
  }

  get(groupId: string, memberId: string): ShareSession | undefined {
    return this.sessions.get(ShareSessions.key(groupId, memberId));
  }

  /**
   * Opens a member's session with `partitions` (its old one, if any, is replaced: its records are not released,
   * as in Kafka). Null when the broker holds `group.share.max.share.sessions` already.
   */
  open(groupId: string, memberId: string, partitions: SessionPartition[], connection: object): ShareSession | null {
    const key = ShareSessions.key(groupId, memberId);
    if (!this.sessions.has(key) && this.sessions.size >= this.maxSessions) return null;
    const session: ShareSession = {
      groupId,
      memberId,
      epoch: 1,
      partitions: new Map(partitions.map((p) => [partitionId(p.topicId, p.partition), p])),
      connection,
    };
    this.sessions.set(key, session);
    return session;
  }

  remove(session: ShareSession): void {
    const key = ShareSessions.key(session.groupId, session.memberId);
    if (this.sessions.get(key) === session) this.sessions.delete(key);
  }

  /** Removes and returns the sessions a connection opened. */
  closeConnection(connection: object): ShareSession[] {
    const closed = [...this.sessions.values()].filter((s) => s.connection === connection);
    for (const session of closed) this.remove(session);
    return closed;
  }

  /** The sessions of a group on this broker. */
  ofGroup(groupId: string): ShareSession[] {
    return [...this.sessions.values()].filter((s) => s.groupId === groupId);
  }

  clear(): void {
    this.sessions.clear();
  }
}
