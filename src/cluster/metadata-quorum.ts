import { join, resolve } from 'node:path';
import { API_KEYS } from '../../protocol/generated';
import {
  type RaftApi,
  type RaftListener,
  RaftNode,
  type RaftRequests,
  type RaftResponses,
  type RaftTransport,
} from '../../replication/raft';
import type { BrokerConfig } from '../config';
import type { Logger } from '../log';
import { type InterNodeLink, interNodeClientId } from './inter-node';
import { configList } from './quorum-config';
import { parseVoters, PeerClients, type PeerAddress } from './peer-client';

/** The versions this node sends its peers (each is the highest Brook's codecs and Kafka 4.4's controllers share). */
const VERSIONS: Record<RaftApi, number> = {
  Vote: 2,
  BeginQuorumEpoch: 1,
  EndQuorumEpoch: 1,
  Fetch: 17,
  FetchSnapshot: 1,
};

/**
 * The metadata quorum of a node with the controller role: the Raft node of replication/raft over this
 * node's metadata log directory, talking to the other voters through PeerClients on their controller
 * listeners (the addresses in controller.quorum.voters).
 */
export class MetadataQuorum {
  private constructor(
    readonly raft: RaftNode,
    readonly voters: ReadonlyMap<number, PeerAddress>,
    /** The Raft client's connections to the other voters (Vote, BeginQuorumEpoch, Fetch...). */
    private readonly peers: PeerClients,
    /** The broker-to-controller channel's own connections (BrokerHeartbeat, CreateTopics, AllocateProducerIds...). */
    private readonly controllerChannel: PeerClients,
  ) {}

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
    const voters = parseVoters(configList(config, 'controller.quorum.voters'));
    // Kafka's KafkaConfig checks: a controller is one of the voters, a broker-only node (an observer) is not.
    const controller = configList(config, 'process.roles').includes('controller');
    if (controller && !voters.has(nodeId)) {
      throw new Error(`node.id ${nodeId} is not in controller.quorum.voters (${[...voters.keys()].join(',')})`);
    }
    if (!controller && voters.has(nodeId)) {
      throw new Error(
        `node.id ${nodeId} is in controller.quorum.voters, but process.roles has no controller role: a broker-only node cannot vote`,
      );
    }
    const peers = new PeerClients(voters, {
      clientId: interNodeClientId('raft-client', nodeId),
      requestTimeoutMs: config.number('controller.quorum.request.timeout.ms'),
      link,
    });
    const transport: RaftTransport = {
      send: <A extends RaftApi>(to: number, api: A, request: RaftRequests[A]) =>
        peers.send<RaftResponses[A]>(to, API_KEYS[api], VERSIONS[api], request),
    };
    // Kafka keeps __cluster_metadata-0 beside the data partitions; here the storage layer's LogManager owns
    // every topic-partition folder of a log dir, so the default is a folder of its own inside the first one.
    const dir = config.string('metadata.log.dir') ?? join(config.logDirs[0]!, 'kraft-metadata');
    const raft = new RaftNode({
      nodeId,
      voters: [...voters.keys()],
      dataDir: resolve(dir),
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
    const controllerChannel = new PeerClients(voters, {
      clientId: interNodeClientId('controller-channel', nodeId),
      requestTimeoutMs: config.number('controller.quorum.request.timeout.ms'),
      link,
    });
    beforeStart(raft);
    raft.start();
    return new MetadataQuorum(raft, voters, peers, controllerChannel);
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
