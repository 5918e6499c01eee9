/**
 * A classic-protocol member and the shapes of its requests and answers (JoinGroup, SyncGroup), the protocol
 * vote over members (Kafka's ClassicGroup.supportsProtocols / selectProtocol) and a member's stored form
 * (GroupMetadataValue's MemberMetadata). The group's state machine is classic-group.ts.
 */
import type { StoredMember } from './records';
import type { Timer } from './scheduler';

export const EMPTY = Buffer.alloc(0);

export interface Protocol {
  name: string;
  metadata: Buffer;
}

export interface JoinInput {
  memberId: string;
  groupInstanceId: string | null;
  sessionTimeoutMs: number;
  /** -1 (v0) = the session timeout */
  rebalanceTimeoutMs: number;
  protocolType: string;
  protocols: Protocol[];
  clientId: string;
  clientHost: string;
  /** v4+: a new dynamic member first gets MEMBER_ID_REQUIRED and a member id. */
  requireKnownMemberId: boolean;
  reason?: string | null;
}

export interface JoinResult {
  errorCode: number;
  generationId: number;
  protocolType: string | null;
  protocolName: string | null;
  leader: string;
  memberId: string;
  skipAssignment: boolean;
  members: { memberId: string; groupInstanceId: string | null; metadata: Buffer }[];
}

export interface SyncInput {
  memberId: string;
  groupInstanceId: string | null;
  generationId: number;
  protocolType: string | null;
  protocolName: string | null;
  assignments: { memberId: string; assignment: Buffer }[];
}

export interface SyncResult {
  errorCode: number;
  protocolType: string | null;
  protocolName: string | null;
  assignment: Buffer;
}

export interface MemberIdentity {
  memberId: string;
  groupInstanceId: string | null;
}

export class ClassicMember {
  assignment: Buffer = EMPTY;
  awaitingJoin: ((result: JoinResult) => void) | null = null;
  awaitingSync: ((result: SyncResult) => void) | null = null;
  /** Joined but not yet answered (KIP-394): not kept alive by the rebalance like returning members. */
  isNew = false;
  sessionTimer: Timer | null = null;
  lastHeartbeat = 0;

  constructor(
    public memberId: string,
    readonly groupInstanceId: string | null,
    public clientId: string,
    public clientHost: string,
    public rebalanceTimeoutMs: number,
    public sessionTimeoutMs: number,
    public protocolType: string,
    public protocols: Protocol[],
  ) {}

  metadataFor(protocol: string | null): Buffer {
    return this.protocols.find((p) => p.name === protocol)?.metadata ?? EMPTY;
  }

  matches(protocols: Protocol[]): boolean {
    if (protocols.length !== this.protocols.length) return false;
    return protocols.every(
      (p, i) => p.name === this.protocols[i]!.name && Buffer.compare(p.metadata, this.protocols[i]!.metadata) === 0,
    );
  }
}

export function joinError(errorCode: number, memberId = ''): JoinResult {
  return {
    errorCode,
    generationId: -1,
    protocolType: null,
    protocolName: null,
    leader: '',
    memberId,
    skipAssignment: false,
    members: [],
  };
}

export function syncError(errorCode: number): SyncResult {
  return { errorCode, protocolType: null, protocolName: null, assignment: EMPTY };
}

/**
 * Kafka's supportsProtocols: a first member needs a protocol type and a protocol; later ones the group's
 * protocol type and at least one protocol every member supports.
 */
export function supportsProtocols(
  members: Iterable<ClassicMember>,
  groupProtocolType: string | null,
  protocolType: string,
  protocols: Protocol[],
): boolean {
  const all = [...members];
  if (all.length === 0) return protocolType !== '' && protocols.length > 0;
  if (groupProtocolType !== protocolType) return false;
  return protocols.some((p) => all.every((m) => m.protocols.some((q) => q.name === p.name)));
}

/** Each member votes for its first protocol among those all support; the most votes wins. */
export function selectProtocol(members: Iterable<ClassicMember>): string {
  const all = [...members];
  const candidates = all[0]!.protocols
    .map((p) => p.name)
    .filter((n) => all.every((m) => m.protocols.some((q) => q.name === n)));
  const votes = new Map<string, number>();
  for (const m of all) {
    const vote = m.protocols.find((p) => candidates.includes(p.name))?.name;
    if (vote) votes.set(vote, (votes.get(vote) ?? 0) + 1);
  }
  let best = candidates[0]!;
  for (const c of candidates) if ((votes.get(c) ?? 0) > (votes.get(best) ?? 0)) best = c;
  return best;
}

/** A member as GroupMetadataValue stores it: only the subscription of the group's chosen protocol. */
export function toStoredMember(m: ClassicMember, protocolName: string | null): StoredMember {
  return {
    memberId: m.memberId,
    groupInstanceId: m.groupInstanceId,
    clientId: m.clientId,
    clientHost: m.clientHost,
    rebalanceTimeoutMs: m.rebalanceTimeoutMs,
    sessionTimeoutMs: m.sessionTimeoutMs,
    subscription: m.metadataFor(protocolName),
    assignment: m.assignment,
  };
}

/** A stored member back (start-up), with the one protocol the group had chosen. */
export function memberFromStored(s: StoredMember, protocolType: string, protocol: string | null): ClassicMember {
  const m = new ClassicMember(
    s.memberId,
    s.groupInstanceId,
    s.clientId,
    s.clientHost,
    s.rebalanceTimeoutMs,
    s.sessionTimeoutMs,
    protocolType,
    protocol !== null ? [{ name: protocol, metadata: s.subscription }] : [],
  );
  m.assignment = s.assignment;
  return m;
}
