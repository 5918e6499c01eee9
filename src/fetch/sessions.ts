import { ErrorCode } from '../errors';

/**
 * Incremental fetch sessions (KIP-227, Fetch v7+). A client opens a session with a full fetch (epoch 0),
 * then sends only what changed (epoch 1, 2, ...): new or updated partitions, and partitions to forget. The
 * broker answers an incremental fetch with only the partitions that have news (records, a changed high
 * watermark / log start offset / last stable offset, or an error).
 */
export const INITIAL_EPOCH = 0;
export const FINAL_EPOCH = -1;

export interface SessionPartition {
  topic: string;
  topicId: string;
  partition: number;
  fetchOffset: bigint;
  partitionMaxBytes: number;
  /** The client's leader epoch and (a follower's, v12+) last fetched epoch, as Kafka's CachedPartition keeps them. */
  currentLeaderEpoch: number;
  lastFetchedEpoch: number;
  logStartOffset: bigint;
  /** What the client was last told (to decide whether an incremental response must include it). */
  lastHighWatermark: bigint;
  lastLogStartOffset: bigint;
  lastStableOffset: bigint;
}

export class FetchSession {
  /** Next epoch the client must send. */
  epoch = 1;
  lastUsed = Date.now();
  /** Insertion-ordered, keyed by `${topic}\0${partition}`. */
  readonly partitions = new Map<string, SessionPartition>();

  constructor(readonly id: number) {}
}

export function partitionKey(topic: string, partition: number): string {
  return `${topic}\u0000${partition}`;
}

export type SessionLookup = { session: FetchSession | null; errorCode: number };

export class FetchSessionCache {
  private readonly sessions = new Map<number, FetchSession>();

  constructor(private readonly maxSlots: number) {}

  get size(): number {
    return this.sessions.size;
  }

  /** A new session id (random, positive, unused); null when sessions are disabled (0 slots). */
  create(): FetchSession | null {
    if (this.maxSlots <= 0) return null;
    if (this.sessions.size >= this.maxSlots) {
      // Evict the least recently used session; its client gets FETCH_SESSION_ID_NOT_FOUND and starts over.
      let oldest: FetchSession | null = null;
      for (const s of this.sessions.values()) if (!oldest || s.lastUsed < oldest.lastUsed) oldest = s;
      if (oldest) this.sessions.delete(oldest.id);
    }
    let id: number;
    do id = 1 + Math.floor(Math.random() * 0x7ffffffe);
    while (this.sessions.has(id));
    const session = new FetchSession(id);
    this.sessions.set(id, session);
    return session;
  }

  /** Finds the session of an incremental fetch and checks its epoch. */
  lookup(sessionId: number, epoch: number): SessionLookup {
    const session = this.sessions.get(sessionId);
    if (!session) return { session: null, errorCode: ErrorCode.FetchSessionIdNotFound };
    if (session.epoch !== epoch) return { session: null, errorCode: ErrorCode.InvalidFetchSessionEpoch };
    session.lastUsed = Date.now();
    return { session, errorCode: ErrorCode.None };
  }

  remove(sessionId: number): void {
    this.sessions.delete(sessionId);
  }

  /** Drops a deleted topic from every session. */
  forgetTopic(topic: string): void {
    for (const session of this.sessions.values()) {
      for (const [key, p] of session.partitions) if (p.topic === topic) session.partitions.delete(key);
    }
  }

  clear(): void {
    this.sessions.clear();
  }
}
