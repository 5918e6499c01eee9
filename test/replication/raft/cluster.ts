import { API_BY_KEY, API_KEYS } from '../../../protocol/generated';
import { Reader, Writer } from '../../../protocol/primitives';
import {
  type CommittedBatch,
  type LeaderAndEpoch,
  ManualClock,
  type RaftApi,
  type RaftConfig,
  type RaftListener,
  RaftNode,
  type RaftRequests,
  type RaftResponses,
  type RaftTransport,
  type SnapshotId,
} from '../../../replication/raft';
import { tempDir } from '../../storage/helpers';

/** What one node's listener saw: the state machine a metadata layer would build (snapshot + commits). */
export class RecordingListener {
  values: string[] = [];
  snapshots: SnapshotId[] = [];
  leaders: LeaderAndEpoch[] = [];
  onCommit(batches: CommittedBatch[]): void {
    for (const b of batches) for (const r of b.records) this.values.push(r.toString());
  }
  onSnapshotLoad(id: SnapshotId, records: Buffer[]): void {
    this.snapshots.push(id);
    this.values = records.map((r) => r.toString());
  }
  onLeaderChange(leader: LeaderAndEpoch): void {
    this.leaders.push(leader);
  }
}

/** A seeded PRNG (mulberry32): elections replay the same way run after run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * N Raft nodes in one process over an in-memory transport: every request and answer goes through Kafka's
 * codecs (highest version) so the wire shapes are exercised; links can be cut one way or both, nodes stopped
 * and restarted from their data directories; time moves only through `clock.advance`.
 */
export class RaftCluster {
  readonly clock = new ManualClock();
  readonly nodes = new Map<number, RaftNode>();
  readonly listeners = new Map<number, RecordingListener>();
  /** Directed links that drop everything: `${from}->${to}`. */
  private readonly cut = new Set<string>();
  private readonly dirs = new Map<number, { dir: string; cleanup(): void }>();
  private readonly random: () => number;
  /** Every node's id: the voters first, then the observers. */
  readonly ids: number[];
  readonly voterIds: number[];
  /** Every Vote request sent (delivered or not), in order: who asked whom, in which epoch, pre-vote or not. */
  readonly votes: { from: number; to: number; epoch: number; preVote: boolean }[] = [];

  constructor(
    size: number,
    private readonly config: Partial<RaftConfig> = {},
    seed = 42,
    /** State machines over the log (a metadata layer under test): more listeners per node, told of the node before it starts. */
    private readonly machines: {
      listeners(id: number): RaftListener[];
      starting?(id: number, node: RaftNode): void;
    } = {
      listeners: () => [],
    },
    /** Nodes that follow the log without a vote (Kafka's observers: broker-only nodes), ids after the voters'. */
    observers = 0,
  ) {
    this.ids = Array.from({ length: size + observers }, (_, i) => i + 1);
    this.voterIds = this.ids.slice(0, size);
    this.random = seeded(seed);
    for (const id of this.ids) {
      this.dirs.set(id, tempDir(`brook-raft-${id}-`));
      this.startNode(id);
    }
  }

  startNode(id: number): RaftNode {
    const listener = new RecordingListener();
    const node = new RaftNode({
      nodeId: id,
      voters: this.voterIds,
      dataDir: this.dirs.get(id)!.dir,
      transport: this.transport(id),
      clock: this.clock,
      random: this.random,
      config: this.config,
      listeners: [listener, ...this.machines.listeners(id)],
      logger: process.env.RAFT_DEBUG
        ? {
            info: (m: string) => console.log(m),
            warn: (m: string) => console.log(m),
            error: (m: string) => console.log(m),
            debug: (m: string) => console.log(m),
          }
        : undefined,
    });
    this.nodes.set(id, node);
    this.listeners.set(id, listener);
    this.machines.starting?.(id, node);
    node.start();
    return node;
  }

  async stopNode(id: number): Promise<void> {
    const node = this.nodes.get(id);
    this.nodes.delete(id);
    await node?.close();
  }

  isolate(id: number): void {
    for (const other of this.ids) {
      if (other === id) continue;
      this.cut.add(`${id}->${other}`);
      this.cut.add(`${other}->${id}`);
    }
  }

  /** Cuts the links between `a` and `b`, both ways. */
  cutBetween(a: number, b: number): void {
    this.cut.add(`${a}->${b}`);
    this.cut.add(`${b}->${a}`);
  }

  heal(): void {
    this.cut.clear();
  }

  leaders(): RaftNode[] {
    return [...this.nodes.values()].filter((n) => n.state.kind === 'leader');
  }

  /** Advances time until exactly one leader exists that every running, connected node follows. */
  async waitForLeader(maxMs = 30_000, among: number[] = [...this.nodes.keys()]): Promise<RaftNode> {
    for (let t = 0; t < maxMs; t += 50) {
      const leaders = among.map((id) => this.nodes.get(id)!).filter((n) => n.state.kind === 'leader');
      if (leaders.length === 1) {
        const epoch = leaders[0]!.epoch;
        const agreed = among.every((id) => {
          const l = this.nodes.get(id)!.leaderAndEpoch();
          return l.leaderId === leaders[0]!.id && l.epoch === epoch;
        });
        if (agreed) return leaders[0]!;
      }
      await this.clock.advance(50);
    }
    throw new Error(`no agreed leader among ${among} after ${maxMs} ms: ${this.describe()}`);
  }

  /** Advances time until `check` holds. */
  async until(check: () => boolean, what: string, maxMs = 30_000): Promise<void> {
    for (let t = 0; t < maxMs; t += 20) {
      if (check()) return;
      await this.clock.advance(20);
    }
    throw new Error(`${what} did not happen within ${maxMs} ms: ${this.describe()}`);
  }

  describe(): string {
    return [...this.nodes.values()]
      .map((n) => `${n.id}:${n.state.kind}@${n.epoch} leo=${n.log.endOffset} hw=${n.highWatermark}`)
      .join(', ');
  }

  async close(): Promise<void> {
    for (const id of [...this.nodes.keys()]) await this.stopNode(id);
    for (const d of this.dirs.values()) d.cleanup();
  }

  private transport(from: number): RaftTransport {
    return {
      send: <A extends RaftApi>(to: number, api: A, request: RaftRequests[A]): Promise<RaftResponses[A]> =>
        new Promise((resolve, reject) => {
          if (api === 'Vote') {
            const p = (request as RaftRequests['Vote']).topics[0]!.partitions[0]!;
            this.votes.push({ from, to, epoch: p.replicaEpoch, preVote: p.preVote });
          }
          setImmediate(async () => {
            const target = this.nodes.get(to);
            if (this.cut.has(`${from}->${to}`) || !target || !this.nodes.has(from))
              return reject(new Error('unreachable'));
            const descriptor = API_BY_KEY[API_KEYS[api]]!;
            const version = descriptor.maxVersion;
            let response: unknown;
            try {
              const decoded = roundTrip(descriptor.request, version, request) as RaftRequests[A];
              response = await dispatch(target, api, decoded);
            } catch (error) {
              return reject(error);
            }
            setImmediate(() => {
              if (this.cut.has(`${to}->${from}`) || !this.nodes.has(from)) return reject(new Error('answer lost'));
              try {
                resolve(roundTrip(descriptor.response, version, response) as RaftResponses[A]);
              } catch (error) {
                reject(error);
              }
            });
          });
        }),
    };
  }
}

export function dispatch(node: RaftNode, api: RaftApi, request: unknown): unknown {
  switch (api) {
    case 'Vote':
      return node.handleVote(request as RaftRequests['Vote']);
    case 'BeginQuorumEpoch':
      return node.handleBeginQuorumEpoch(request as RaftRequests['BeginQuorumEpoch']);
    case 'EndQuorumEpoch':
      return node.handleEndQuorumEpoch(request as RaftRequests['EndQuorumEpoch']);
    case 'Fetch':
      return node.handleFetch(request as RaftRequests['Fetch']);
    case 'FetchSnapshot':
      return node.handleFetchSnapshot(request as RaftRequests['FetchSnapshot']);
    case 'UpdateRaftVoter':
      return node.handleUpdateVoter(request as RaftRequests['UpdateRaftVoter']);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: a codec of any message type
export function roundTrip(codec: any, version: number, value: unknown): unknown {
  const w = new Writer();
  codec.encode(w, version, value);
  const r = new Reader(w.finish());
  const decoded = codec.decode(r, version);
  if (r.failed) throw new Error(`${codec.name} v${version} did not round-trip`);
  return decoded;
}
