import { API_KEYS, type ApiVersionsResponse } from '../../protocol/generated';
import {
  type RaftApi,
  type RaftListener,
  RaftNode,
  type RaftRequests,
  type RaftResponses,
  type RaftTransport,
  type VoterEndpoint,
} from '../../replication/raft';
import type { BrokerConfig } from '../config';
import type { Logger } from '../log';
import { metadataIdentityDir, readDirectoryId } from '../server/data-dir';
import { type InterNodeLink, interNodeClientId } from './inter-node';
import {
  configList,
  controllerListenerNames,
  dynamicQuorum,
  metadataLogDir,
  parseBootstrapServers,
} from './quorum-config';
import { controllerPeerSecurity, type PeerSecurity } from './inter-node-security';
import { connectPeer, type PeerAddress, PeerClients, parseVoters } from './peer-client';

/** The versions this node sends its peers (each is the highest Brook's codecs and Kafka 4.4's controllers share). */
const VERSIONS: Record<RaftApi, number> = {
  Vote: 2,
  BeginQuorumEpoch: 1,
  EndQuorumEpoch: 1,
  Fetch: 17,
  FetchSnapshot: 1,
  UpdateRaftVoter: 0,
};

/**
 * The metadata quorum of a node with the controller role: the Raft node of replication/raft over this
 * node's metadata log directory, talking to the other voters through PeerClients on their controller
 * listeners (the addresses in controller.quorum.voters).
 */
export class MetadataQuorum {
  private constructor(
    readonly raft: RaftNode,
    /** controller.quorum.voters' addresses; null in a KIP-853 quorum (the voters are the log's). */
    private readonly staticVoters: ReadonlyMap<number, PeerAddress> | null,
    /** The Raft client's connections to the other voters (Vote, BeginQuorumEpoch, Fetch...). */
    private readonly peers: PeerClients,
    /** The broker-to-controller channel's own connections (BrokerHeartbeat, CreateTopics, AllocateProducerIds...). */
    private readonly controllerChannel: PeerClients,
  ) {}

  /** The voters' controller addresses: the static ones, or the latest voter set of the log (KIP-853). */
  get voters(): ReadonlyMap<number, PeerAddress> {
    if (this.staticVoters) return this.staticVoters;
    const out = new Map<number, PeerAddress>();
    for (const node of this.raft.voterSet()?.nodes.values() ?? []) {
      const e = node.endpoints[0];
      if (e) out.set(node.id, { id: node.id, host: e.host, port: e.port });
    }
    return out;
  }

  /** `listeners`: the state machines over the log (the controller, this node's broker side), before it starts. */
  static start(
    config: BrokerConfig,
    nodeId: number,
    logger: Logger,
    listeners: RaftListener[] = [],
    beforeStart: (raft: RaftNode) => void = () => {},
    /** The link fault (broker.faults): the Raft client and the controller channel stop while isolated. */
    link?: InterNodeLink,
  ): MetadataQuorum {
    const dynamic = dynamicQuorum(config);
    const voters = parseVoters(configList(config, 'controller.quorum.voters'));
    // Kafka's KafkaConfig checks: a controller is one of the voters, a broker-only node (an observer) is not.
    const controller = configList(config, 'process.roles').includes('controller');
    if (dynamic) {
      // KIP-853: the voters come from the log, the bootstrap servers find the leader (ids -2, -3...: Kafka's).
    } else if (controller && !voters.has(nodeId)) {
      throw new Error(`node.id ${nodeId} is not in controller.quorum.voters (${[...voters.keys()].join(',')})`);
    }
    if (!controller && voters.has(nodeId)) {
      throw new Error(
        `node.id ${nodeId} is in controller.quorum.voters, but process.roles has no controller role: a broker-only node cannot vote`,
      );
    }
    const bootstrap = dynamic ? parseBootstrapServers(config) : [];
    const listenerName = controllerListenerNames(config)[0] ?? '';
    const security = controllerPeerSecurity(config);
    let raft: RaftNode | null = null;
    const address = (id: number): PeerAddress | undefined => {
      if (!dynamic) return voters.get(id);
      if (id < 0) {
        const b = bootstrap[-id - 2];
        return b ? { id, ...b } : undefined;
      }
      const e = raft?.voterSet()?.endpoint(id, listenerName);
      return e ? { id, host: e.host, port: e.port } : learned.get(id);
    };
    // Leaders' endpoints named in Fetch answers (NodeEndpoints): a node that found the leader through a bootstrap
    // server reaches it there before its log names the voters (Kafka's follower does the same).
    const learned = new Map<number, PeerAddress>();
    const peers = new PeerClients(address, {
      clientId: interNodeClientId('raft-client', nodeId),
      requestTimeoutMs: config.number('controller.quorum.request.timeout.ms'),
      link,
      security,
    });
    const transport: RaftTransport = {
      send: async <A extends RaftApi>(to: number, api: A, request: RaftRequests[A]) => {
        const response = await peers.send<RaftResponses[A]>(to, API_KEYS[api], VERSIONS[api], request);
        if (dynamic && api === 'Fetch') {
          for (const e of (response as RaftResponses['Fetch']).nodeEndpoints) {
            if (e.nodeId >= 0) learned.set(e.nodeId, { id: e.nodeId, host: e.host, port: e.port });
          }
        }
        return response;
      },
      kraftVersionRange: (_id, endpoint) =>
        kraftVersionRange(
          endpoint,
          interNodeClientId('raft-client', nodeId),
          config.number('controller.quorum.request.timeout.ms'),
          security,
        ),
    };
    // Kafka keeps __cluster_metadata-0 beside the data partitions; here the storage layer's LogManager owns
    // every topic-partition folder of a log dir, so the default is a folder of its own inside the first one.
    const local = dynamic ? localVoter(config) : undefined;
    raft = new RaftNode({
      nodeId,
      voters: dynamic ? null : [...voters.keys()],
      local,
      bootstrapIds: bootstrap.map((_, i) => -(i + 2)),
      dataDir: metadataLogDir(config),
      transport,
      // Voters check each other's cluster id only when it is configured (each data dir generates its own).
      clusterId: config.string('cluster.id'),
      logger,
      listeners,
      config: {
        electionTimeoutMs: config.number('controller.quorum.election.timeout.ms'),
        fetchTimeoutMs: config.number('controller.quorum.fetch.timeout.ms'),
        electionBackoffMaxMs: config.number('controller.quorum.election.backoff.max.ms'),
      },
    });
    // The broker-to-controller channel has connections of its own, as Kafka's NodeToControllerChannelManager does
    // beside the Raft client's: a controller request waiting for a commit (AllocateProducerIds, CreateTopics) must
    // never queue the Raft Fetch or Vote behind it on one connection (the commit it waits for needs those).
    const controllerChannel = new PeerClients(address, {
      clientId: interNodeClientId('controller-channel', nodeId),
      requestTimeoutMs: config.number('controller.quorum.request.timeout.ms'),
      link,
      security,
    });
    beforeStart(raft);
    raft.start();
    return new MetadataQuorum(raft, dynamic ? null : voters, peers, controllerChannel);
  }

  /** A request to a voter's controller listener (the active controller: BrokerHeartbeat, CreateTopics...). */
  send<T>(voterId: number, apiKey: number, apiVersion: number, body: unknown): Promise<T> {
    return this.controllerChannel.send<T>(voterId, apiKey, apiVersion, body);
  }

  async stop(): Promise<void> {
    await this.raft.close();
    this.peers.close();
    this.controllerChannel.close();
  }
}

/** This node as a KIP-853 voter: its metadata directory id (meta.properties) and advertised controller listeners. */
function localVoter(config: BrokerConfig): { directoryId: string; endpoints: VoterEndpoint[] } {
  const dir = metadataIdentityDir(config);
  const directoryId = readDirectoryId(dir);
  if (!directoryId) {
    throw new Error(`no directory.id in ${dir}/meta.properties: format the storage first (brook storage format)`);
  }
  const names = controllerListenerNames(config);
  const endpoints = names.flatMap((name) => {
    const l = config.advertisedListeners.find((a) => a.name === name) ?? config.listeners.find((a) => a.name === name);
    return l ? [{ name, host: l.host || 'localhost', port: l.port }] : [];
  });
  if (endpoints.length === 0 && names.length > 0 && configList(config, 'process.roles').includes('controller')) {
    throw new Error(`controller.listener.names ${names.join(',')} names no listener`);
  }
  return { directoryId, endpoints: endpoints.length > 0 ? endpoints : [] };
}

/**
 * The kraft.version range a node supports, from its ApiVersions (v4) answer: what Kafka's leader asks a node
 * before adding it as a voter (AddVoterHandler). Null when it lists no kraft.version.
 */
async function kraftVersionRange(
  endpoint: VoterEndpoint,
  clientId: string,
  timeoutMs: number,
  security: PeerSecurity,
): Promise<{ min: number; max: number } | null> {
  const client = await connectPeer(`${endpoint.host}:${endpoint.port}`, clientId, timeoutMs, security);
  try {
    const response = await client.send<ApiVersionsResponse>(18, 4, {
      clientSoftwareName: 'brook-raft',
      clientSoftwareVersion: '1',
    });
    const feature = response.supportedFeatures.find((f) => f.name === 'kraft.version');
    return feature ? { min: feature.minVersion, max: feature.maxVersion } : null;
  } finally {
    client.close();
  }
}
