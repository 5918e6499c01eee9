import { KRaftVersionRecordCodec } from '../../protocol/generated/k-raft-version-record';
import { type VotersRecord, VotersRecordCodec } from '../../protocol/generated/voters-record';
import { Reader, Writer } from '../../protocol/primitives';

/** Kafka's Uuid.ZERO_UUID as the codecs print it: a voter without a directory id (kraft.version 0). */
export const NO_DIRECTORY_ID = 'AAAAAAAAAAAAAAAAAAAAAA';

/** The kraft.version range this node supports (Kafka 4.4's KRaftVersion: 0, and 1 for KIP-853). */
export const SUPPORTED_KRAFT_VERSIONS = { min: 0, max: 1 } as const;

/** One listener a voter serves the quorum on (VotersRecord.Endpoints, AddRaftVoter's Listeners). */
export interface VoterEndpoint {
  name: string;
  host: string;
  port: number;
}

/** A voter as the log names it (Kafka's VoterSet.VoterNode): its replica key (id, directory id) and listeners. */
export interface VoterNode {
  id: number;
  directoryId: string;
  endpoints: VoterEndpoint[];
  kraftVersion: { min: number; max: number };
}

/**
 * The voters of the quorum at one point of the log (Kafka's VoterSet): immutable, every change is a new set.
 * With kraft.version 1 it comes from the bootstrap checkpoint and the VotersRecords of the log (KIP-853).
 */
export class VoterSet {
  readonly nodes: ReadonlyMap<number, VoterNode>;

  constructor(nodes: Iterable<VoterNode>) {
    this.nodes = new Map([...nodes].sort((a, b) => a.id - b.id).map((n) => [n.id, n]));
  }

  get ids(): number[] {
    return [...this.nodes.keys()];
  }

  has(id: number): boolean {
    return this.nodes.has(id);
  }

  /** Whether `id` with `directoryId` is a voter (Kafka's isVoter(ReplicaKey)). */
  isVoter(id: number, directoryId: string): boolean {
    const node = this.nodes.get(id);
    return node !== undefined && (node.directoryId === directoryId || node.directoryId === NO_DIRECTORY_ID);
  }

  /** The set with `node` added, or null when its id already votes (Kafka's addVoter). */
  add(node: VoterNode): VoterSet | null {
    if (this.nodes.has(node.id)) return null;
    return new VoterSet([...this.nodes.values(), node]);
  }

  /** The set without the voter (id and directory id must match), or null (Kafka's removeVoter). */
  remove(id: number, directoryId: string): VoterSet | null {
    const node = this.nodes.get(id);
    if (!node || node.directoryId !== directoryId) return null;
    return new VoterSet([...this.nodes.values()].filter((n) => n.id !== id));
  }

  /** The set with the voter's endpoints and version range replaced, or null when it is not a voter (updateVoter). */
  update(node: VoterNode): VoterSet | null {
    const old = this.nodes.get(node.id);
    if (!old || old.directoryId !== node.directoryId) return null;
    return new VoterSet([...this.nodes.values()].map((n) => (n.id === node.id ? node : n)));
  }

  /** Whether the voter's entry differs from `node` (its listeners moved: Kafka's voterNodeNeedsUpdate). */
  needsUpdate(node: VoterNode): boolean {
    const old = this.nodes.get(node.id);
    return old !== undefined && JSON.stringify(old) !== JSON.stringify(node);
  }

  /** The address of a voter's listener `name` (the controller listener every voter is reached on). */
  endpoint(id: number, name?: string): VoterEndpoint | null {
    const endpoints = this.nodes.get(id)?.endpoints ?? [];
    return (name ? endpoints.find((e) => e.name === name) : undefined) ?? endpoints[0] ?? null;
  }

  toRecord(): VotersRecord {
    return {
      version: 0,
      voters: [...this.nodes.values()].map((n) => ({
        voterId: n.id,
        voterDirectoryId: n.directoryId,
        endpoints: n.endpoints.map((e) => ({ ...e })),
        kRaftVersionFeature: { minSupportedVersion: n.kraftVersion.min, maxSupportedVersion: n.kraftVersion.max },
      })),
    };
  }

  static fromRecord(record: VotersRecord): VoterSet {
    return new VoterSet(
      record.voters.map((v) => ({
        id: v.voterId,
        directoryId: v.voterDirectoryId,
        endpoints: v.endpoints.map((e) => ({ name: e.name, host: e.host, port: e.port })),
        kraftVersion: {
          min: v.kRaftVersionFeature.minSupportedVersion,
          max: v.kRaftVersionFeature.maxSupportedVersion,
        },
      })),
    );
  }

  toString(): string {
    return [...this.nodes.values()].map((n) => `${n.id}:${n.directoryId}`).join(',');
  }
}

/** A VotersRecord control record's value. */
export function encodeVoters(set: VoterSet): Buffer {
  const w = new Writer();
  VotersRecordCodec.encode(w, 0, set.toRecord());
  return w.finish();
}

export function decodeVoters(value: Buffer): VoterSet {
  const r = new Reader(value);
  const record = VotersRecordCodec.decode(r, 0);
  if (r.failed) throw new Error('malformed VotersRecord');
  return VoterSet.fromRecord(record);
}

/** A KRaftVersionRecord control record's value (kraft.version level). */
export function encodeKRaftVersion(level: number): Buffer {
  const w = new Writer();
  KRaftVersionRecordCodec.encode(w, 0, { version: 0, kRaftVersion: level });
  return w.finish();
}

export function decodeKRaftVersion(value: Buffer): number {
  const r = new Reader(value);
  const record = KRaftVersionRecordCodec.decode(r, 0);
  if (r.failed) throw new Error('malformed KRaftVersionRecord');
  return record.kRaftVersion;
}
