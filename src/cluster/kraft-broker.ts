/**
 * A node of a KRaft cluster in src/ (Kafka's ControllerServer + BrokerServer glue: BrokerLifecycleManager,
 * BrokerMetadataPublisher's host side, the controller channel): on a node with the controller role the
 * QuorumController (replication/metadata) listens to the metadata log; with the broker role the
 * BrokerMetadataPublisher does, hosting partitions through the TopicService, and the broker registers with
 * the active controller and heartbeats to it. Requests for the controller go to the local one when it is the
 * active controller, else to the quorum leader's controller listener (Kafka 4 brokers send CreateTopics and
 * the lifecycle RPCs to the active controller too).
 */
import { randomUUID } from 'node:crypto';
import { API_KEYS } from '../../protocol/generated';
import type { MetadataRecord } from '../../protocol/metadata-record';
import { NO_BROKER_EPOCH, takeCleanShutdownEpoch, writeCleanShutdownEpoch } from '../../storage';
import type { BrokerHeartbeatRequest, BrokerHeartbeatResponse } from '../../protocol/generated/broker-heartbeat';
import type {
  BrokerRegistrationRequest,
  BrokerRegistrationResponse,
} from '../../protocol/generated/broker-registration';
import type { CreateTopicsRequest, CreateTopicsResponse } from '../../protocol/generated/create-topics';
import type { AddPartitionsToTxnResponse } from '../../protocol/generated/add-partitions-to-txn';
import type { WriteTxnMarkersResponse } from '../../protocol/generated/write-txn-markers';
import type { UnregisterBrokerResponse } from '../../protocol/generated/unregister-broker';
import type { UpdateFeaturesResponse } from '../../protocol/generated/update-features';
import type { EnvelopeResponse } from '../../protocol/generated/envelope';
import type {
  AlterPartitionReassignmentsRequest,
  AlterPartitionReassignmentsResponse,
} from '../../protocol/generated/alter-partition-reassignments';
import type { ElectLeadersRequest, ElectLeadersResponse } from '../../protocol/generated/elect-leaders';
import type {
  ListPartitionReassignmentsRequest,
  ListPartitionReassignmentsResponse,
} from '../../protocol/generated/list-partition-reassignments';
import type {
  AlterPartitionRequest,
  AlterPartitionResult,
  AlterPartitionSink,
  LeaderEndpoint,
} from '../../replication';
import {
  BrokerMetadataPublisher,
  ConfigResourceType,
  type FeatureUpdate,
  METADATA_VERSION_FEATURE,
  type MetadataChange,
  type MetadataImage,
  type PartitionHost,
  type PartitionRegistration,
  QuorumController,
  SnapshotGenerator,
} from '../../replication/metadata';
import type { RaftListener, RaftNode } from '../../replication/raft';
import type { BrokerConfig } from '../config';
import { ErrorCode, KafkaError } from '../errors';
import type { Logger } from '../log';
import type { Endpoint } from '../server/services';
import type { TopicService } from '../topics/topic-service';
import type { TxnMarkerEntry, TxnMarkerResult } from '../transactions/marker-writer';
import { randomKafkaUuid } from '../topics/uuid';
import { envelopeFor, type ForwardedClient, responseInEnvelope } from './envelope';
import { type InterNodeLink, interNodeClientId } from './inter-node';
import type { MetadataQuorum } from './metadata-quorum';
import { NetworkLeaderEndpoint } from './network-leader-endpoint';
import { PeerClients, type PeerAddress } from './peer-client';
import { ReadBuffers } from '../../storage/read-buffers';
import { configList, controllerListenerNames } from './quorum-config';
import { readBootstrapRecords } from '../server/bootstrap-metadata';
import { metadataIdentityDir } from '../server/data-dir';
import { interBrokerListenerName, interBrokerPeerSecurity, PLAINTEXT_PEERS } from './inter-node-security';

const SECURITY_PROTOCOL_IDS: Record<string, number> = { PLAINTEXT: 0, SSL: 1, SASL_PLAINTEXT: 2, SASL_SSL: 3 };

/** Kafka's uuid from Node's (the incarnation id of this process). */
function incarnation(): string {
  return Buffer.from(randomUUID().replaceAll('-', ''), 'hex').toString('base64url');
}

/** Whether this node takes part in a KRaft cluster as a broker (a voter with the broker role too). */
export function kraftBrokerConfigured(config: BrokerConfig): boolean {
  return configList(config, 'process.roles').includes('broker');
}

/** Where a request for the active controller goes: this node's QuorumController, or another voter. */
type ControllerTarget = { local: QuorumController } | { remote: number };

/** A registered broker as clients are told of it: its endpoint on one listener. */
export interface ClientVisibleBroker {
  nodeId: number;
  host: string;
  port: number;
  rack: string | null;
  fenced: boolean;
}

/**
 * Whether an answer carries NOT_CONTROLLER anywhere (a top-level or a per-item error code): the node asked lost
 * the lead, and the request goes to the next one (Kafka's channel manager checks the response's error counts so).
 */
function carriesNotController(answer: unknown): boolean {
  if (answer === null || typeof answer !== 'object' || Buffer.isBuffer(answer)) return false;
  if (Array.isArray(answer)) return answer.some(carriesNotController);
  for (const [key, value] of Object.entries(answer)) {
    if (key === 'errorCode' ? value === ErrorCode.NotController : carriesNotController(value)) return true;
  }
  return false;
}

export class KRaftNode implements PartitionHost, AlterPartitionSink {
  readonly controller: QuorumController | null;
  readonly publisher: BrokerMetadataPublisher | null;
  private quorum: MetadataQuorum | null = null;
  private raft: RaftNode | null = null;
  private brokerEpoch = -1n;
  /**
   * The epoch this broker had when it last stopped cleanly, read (and removed) from its log dirs' clean-shutdown
   * files at start; -1 after a crash. Sent in BrokerRegistration as Kafka's BrokerLifecycleManager sends it.
   */
  private readonly previousBrokerEpoch: bigint;
  private readonly incarnationId = incarnation();
  private heartbeatTimer: NodeJS.Timeout | null = null;
  private stopped = false;
  /** Latched once this broker's applied metadata reached its own registration (see `caughtUp`). */
  private initialCatchUp = false;
  /** Other brokers' inter-broker listeners as the metadata log registered them (the replica fetchers' peers). */
  private readonly brokerAddresses = new Map<number, PeerAddress>();
  private readonly brokerPeers: PeerClients;
  private readonly markerPeers: PeerClients;
  /** Resolves each time the broker's image moves (waiters check their condition again). */
  private waiters: (() => void)[] = [];

  constructor(
    private readonly config: BrokerConfig,
    readonly nodeId: number,
    private readonly topics: TopicService,
    private readonly endpoints: () => Endpoint[],
    private readonly log: Logger,
    /** The link fault (broker.faults): the inter-broker clients stop while this node is isolated. */
    link?: InterNodeLink,
  ) {
    const roles = configList(config, 'process.roles');
    this.controller = roles.includes('controller')
      ? new QuorumController({
          nodeId,
          sessionTimeoutMs: config.number('broker.session.timeout.ms'),
          numPartitions: config.number('num.partitions'),
          defaultReplicationFactor: config.number('default.replication.factor'),
          uncleanLeaderElection: config.bool('unclean.leader.election.enable'),
          minInsyncReplicas: config.number('min.insync.replicas'),
          newTopicId: randomKafkaUuid,
          leaderImbalanceCheckIntervalMs: config.bool('auto.leader.rebalance.enable')
            ? config.number('leader.imbalance.check.interval.seconds') * 1000
            : 0,
          bootstrapRecords: () => readBootstrapRecords(metadataIdentityDir(config)),
          transactionVersion: config.number('transaction.version'),
        })
      : null;
    this.publisher = roles.includes('broker') ? new BrokerMetadataPublisher(nodeId, topics.replicas, this) : null;
    this.previousBrokerEpoch = this.publisher ? takeCleanShutdownEpoch(config.logDirs) : NO_BROKER_EPOCH;
    const peerSecurity = this.publisher ? interBrokerPeerSecurity(config) : PLAINTEXT_PEERS;
    this.brokerPeers = new PeerClients(this.brokerAddresses, {
      clientId: interNodeClientId('replica-fetcher', nodeId),
      requestTimeoutMs: 30_000,
      link,
      security: peerSecurity,
      // The replica fetchers' responses (up to replica.fetch.response.max.bytes each) are assembled in buffers
      // used again once their records are appended (NetworkLeaderEndpoint.releaseFetched).
      frameBuffers: new ReadBuffers(),
    });
    this.markerPeers = new PeerClients(this.brokerAddresses, {
      clientId: interNodeClientId('txn-marker-sender', nodeId),
      requestTimeoutMs: 30_000,
      link,
      security: peerSecurity,
    });
  }

  /** Refreshes the inter-broker address of `brokerId` from the image; false while the log does not know it. */
  private knowBroker(brokerId: number): boolean {
    const broker = this.image?.brokers.get(brokerId);
    const name = interBrokerListenerName(this.config);
    const e = broker?.endpoints.find((x) => x.name === name) ?? broker?.endpoints[0];
    if (!e) return false;
    const known = this.brokerAddresses.get(brokerId);
    if (!known || known.host !== e.host || known.port !== e.port) {
      this.brokerAddresses.set(brokerId, { id: brokerId, host: e.host, port: e.port });
    }
    return true;
  }

  /** How this broker's replica fetchers reach `brokerId` (null while the log does not know it). */
  leaderEndpoint(brokerId: number): LeaderEndpoint | null {
    if (!this.knowBroker(brokerId)) return null;
    return new NetworkLeaderEndpoint(brokerId, this.nodeId, this.brokerPeers);
  }

  // ---- RemoteMarkers / RemoteTxnCoordinators: transaction traffic between brokers ----------------------------

  /** AddPartitionsToTxn v5 from a partition leader to the coordinator of a transactional id (KIP-890). */
  async addPartitionsToTxn(
    brokerId: number,
    txn: { transactionalId: string; producerId: bigint; producerEpoch: number; verifyOnly: boolean },
    partitions: { topic: string; partition: number }[],
  ): Promise<{ topic: string; partition: number; errorCode: number }[]> {
    if (!this.knowBroker(brokerId))
      throw new KafkaError(ErrorCode.CoordinatorNotAvailable, `broker ${brokerId} unknown`);
    const topics = new Map<string, number[]>();
    for (const p of partitions) topics.set(p.topic, [...(topics.get(p.topic) ?? []), p.partition]);
    const response = await this.markerPeers.send<AddPartitionsToTxnResponse>(brokerId, API_KEYS.AddPartitionsToTxn, 5, {
      transactions: [{ ...txn, topics: [...topics].map(([name, ids]) => ({ name, partitions: ids })) }],
      v3AndBelowTransactionalId: '',
      v3AndBelowProducerId: 0n,
      v3AndBelowProducerEpoch: 0,
      v3AndBelowTopics: [],
    });
    const codes = new Map<string, number>();
    for (const t of response.resultsByTransaction[0]?.topicResults ?? []) {
      for (const p of t.resultsByPartition) codes.set(`${t.name}:${p.partitionIndex}`, p.partitionErrorCode);
    }
    return partitions.map((p) => ({
      ...p,
      errorCode: codes.get(`${p.topic}:${p.partition}`) ?? (response.errorCode || ErrorCode.UnknownServerError),
    }));
  }

  /** The leader of a partition as this broker's metadata says (-1: none or unknown). */
  leaderOf(topic: string, partition: number): number {
    return this.image?.topic(topic)?.partitions.get(partition)?.leader ?? -1;
  }

  /**
   * WriteTxnMarkers v1 to `brokerId` for entries of one producer and result each (Kafka's
   * TransactionMarkerChannelManager batches per broker the same way); per-entry error codes back. Its own
   * connections: a marker must not queue behind a replica fetcher's long poll.
   */
  async sendTxnMarkers(brokerId: number, entries: TxnMarkerEntry[]): Promise<TxnMarkerResult[]> {
    if (!this.knowBroker(brokerId)) throw new KafkaError(ErrorCode.NotLeaderOrFollower, `broker ${brokerId} unknown`);
    const markers = new Map<string, { entry: TxnMarkerEntry; topics: Map<string, number[]> }>();
    for (const e of entries) {
      const key = `${e.producerId}:${e.producerEpoch}:${e.result}:${e.coordinatorEpoch}`;
      let m = markers.get(key);
      if (!m) {
        m = { entry: e, topics: new Map() };
        markers.set(key, m);
      }
      const list = m.topics.get(e.topic) ?? [];
      list.push(e.partition);
      m.topics.set(e.topic, list);
    }
    const response = await this.markerPeers.send<WriteTxnMarkersResponse>(brokerId, API_KEYS.WriteTxnMarkers, 1, {
      markers: [...markers.values()].map(({ entry, topics }) => ({
        producerId: entry.producerId,
        producerEpoch: entry.producerEpoch,
        transactionResult: entry.result === 'commit',
        coordinatorEpoch: entry.coordinatorEpoch,
        topics: [...topics].map(([name, partitionIndexes]) => ({ name, partitionIndexes })),
      })),
    });
    const codes = new Map<string, number>();
    for (const m of response.markers) {
      for (const t of m.topics) {
        for (const p of t.partitions) codes.set(`${m.producerId}:${t.name}:${p.partitionIndex}`, p.errorCode);
      }
    }
    return entries.map((e) => ({
      topic: e.topic,
      partition: e.partition,
      errorCode: codes.get(`${e.producerId}:${e.topic}:${e.partition}`) ?? ErrorCode.UnknownServerError,
    }));
  }

  /** The state machines the Raft node feeds. */
  listeners(): RaftListener[] {
    const out: RaftListener[] = [];
    if (this.controller) out.push(this.controller);
    if (this.publisher) {
      out.push(this.publisher);
      // The publisher's image moved: wake whoever waits for a topic or a leader.
      out.push({ onCommit: () => this.wake(), onSnapshotLoad: () => this.wake() });
    }
    // Snapshots of the image this node keeps (the controller's on a voter, else the broker's), after the
    // listener that keeps it (Kafka's SnapshotGenerator); the Raft log below each one is released.
    const image = this.controller ? () => this.controller!.committed : () => this.publisher!.image;
    if (this.controller || this.publisher) {
      out.push(
        new SnapshotGenerator({
          image,
          writer: { createSnapshot: (endOffset, records) => this.raft!.createSnapshot(endOffset, records) },
          maxBytesBetweenSnapshots: this.config.number('metadata.log.max.record.bytes.between.snapshots'),
          logger: this.log,
        }),
      );
    }
    return out;
  }

  /** The Raft node exists (not started yet): the controller writes through it. */
  attach(raft: RaftNode): void {
    this.raft = raft;
    this.controller?.attach(raft);
  }

  /** Starts the broker's lifecycle once the quorum runs: registration, then a heartbeat every interval. */
  start(quorum: MetadataQuorum): void {
    this.quorum = quorum;
    if (this.publisher) void this.heartbeatLoop();
  }

  get image(): MetadataImage | null {
    return this.publisher?.image ?? null;
  }

  /**
   * This incarnation is registered and unfenced in the metadata it applied (a controller-only node: always).
   * Kafka's broker finishes starting only then; until then a restarted broker's old registration may still look
   * alive to others, and the controller has yet to take it out of its partitions' ISRs.
   */
  get unfenced(): boolean {
    if (!this.publisher) return true;
    const me = this.image?.brokers.get(this.nodeId);
    return this.brokerEpoch >= 0n && me !== undefined && me.epoch === this.brokerEpoch && !me.fenced;
  }

  /**
   * This broker has applied the metadata log up to its own registration record (whose offset is its broker epoch),
   * so its image holds everything committed before it registered: Kafka's BrokerLifecycleManager
   * initialCatchUpFuture, the controller's `isCaughtUp`. Kafka's broker enables its client listeners only then
   * (BrokerServer.startup); before, a restarted broker would answer from a half-replayed image (a topic created
   * while it was down: UNKNOWN_TOPIC_OR_PARTITION). Stays true once reached; a controller-only node: always.
   */
  get caughtUp(): boolean {
    if (!this.publisher) return true;
    if (!this.initialCatchUp && this.brokerEpoch >= 0n && BigInt(this.publisher.offset) >= this.brokerEpoch) {
      this.initialCatchUp = true;
      this.log.info('caught up with the metadata log', { offset: this.publisher.offset });
    }
    return this.initialCatchUp;
  }

  /** Resolves once `caughtUp` holds, or once this node stops (the caller checks which). */
  async whenCaughtUp(): Promise<void> {
    while (!this.caughtUp && !this.stopped) await this.nextImageChange(100);
  }

  /** process.roles=controller: no broker side (no topics hosted, no registration). */
  get controllerOnly(): boolean {
    return this.controller !== null && this.publisher === null;
  }

  /** The controller's committed image on a node with the controller role (null on a broker-only node). */
  controllerImage(): MetadataImage | null {
    return this.controller?.committed ?? null;
  }

  /** What this node knows of the cluster's metadata: its published image, or a controller-only node's. */
  get metadata(): MetadataImage | null {
    return this.image ?? this.controllerImage();
  }

  // ---- the controller channel ---------------------------------------------------------------------------

  /** Whether this node is the active controller (requests the controller answers are handled here). */
  get isActiveController(): boolean {
    return this.controller?.isActive ?? false;
  }

  /**
   * A client's request run by the active controller as that client: sent inside an Envelope (Kafka's
   * ForwardingManager, KIP-590; src/handlers/forward.ts), its answer returned as the controller gave it.
   */
  async forwardInEnvelope<T>(
    client: ForwardedClient,
    api: keyof typeof API_KEYS,
    version: number,
    body: unknown,
  ): Promise<T> {
    const apiKey = API_KEYS[api];
    return this.viaController(api, async (voterId) => {
      const envelope = envelopeFor(client, apiKey, version, body);
      const response = await this.remote<EnvelopeResponse>(voterId, 'Envelope', 0, envelope);
      const inner = responseInEnvelope<T>(apiKey, version, response);
      // The controller lost the lead while running it: to the next one (as for any request to the controller).
      if (carriesNotController(inner)) throw new KafkaError(ErrorCode.NotController, `node ${voterId} lost the lead`);
      return inner;
    });
  }

  /** SCRAM credential records committed by the active controller on this node (see QuorumController). */
  async alterScramCredentials(records: MetadataRecord[]): Promise<void> {
    await this.localController().alterScramCredentials(records);
  }

  /** Delegation token records committed by the active controller on this node (see QuorumController). */
  async alterDelegationTokens(records: MetadataRecord[]): Promise<void> {
    await this.localController().alterDelegationTokens(records);
  }

  /** ACL records committed by the active controller on this node (see QuorumController). */
  async alterAcls(records: MetadataRecord[]): Promise<void> {
    await this.localController().alterAcls(records);
  }

  /** Client quota records committed by the active controller on this node (see QuorumController). */
  async alterClientQuotas(records: MetadataRecord[]): Promise<void> {
    await this.localController().alterClientQuotas(records);
  }

  private localController(): QuorumController {
    const target = this.activeController();
    if (!('local' in target)) throw new KafkaError(ErrorCode.NotController, 'The active controller is elsewhere.');
    return target.local;
  }

  private activeController(): ControllerTarget {
    const target = this.currentController();
    if (target) return target;
    const leaderId = this.quorum?.raft.leaderAndEpoch().leaderId ?? -1;
    throw new KafkaError(
      ErrorCode.NotController,
      leaderId < 0 ? 'No active controller is known yet.' : 'The controller is not active yet.',
    );
  }

  /** The active controller: this node's, another voter, or null while there is none (an election, a replay). */
  private currentController(): ControllerTarget | null {
    if (this.controller?.isActive) return { local: this.controller };
    const leaderId = this.quorum?.raft.leaderAndEpoch().leaderId ?? -1;
    return leaderId < 0 || leaderId === this.nodeId ? null : { remote: leaderId };
  }

  /**
   * Runs `request` against the active controller as Kafka's NodeToControllerChannelManager keeps a request queued
   * across a controller failover: while no controller is active (an election, a new leader still replaying the
   * log), when the connection to it fails (it stopped or died), or when its answer carries NOT_CONTROLLER (it lost
   * the lead meanwhile), the request waits and goes to whichever node leads next, this one included, for up to
   * three election timeouts; then REQUEST_TIMED_OUT, which clients retry, rather than an error they would not.
   */
  private viaController<T>(api: string, request: (voterId: number) => Promise<T>): Promise<T>;
  private viaController<T>(api: string, request: (target: ControllerTarget) => Promise<T>, both: true): Promise<T>;
  private async viaController<T>(
    api: string,
    request: ((voterId: number) => Promise<T>) | ((target: ControllerTarget) => Promise<T>),
    /** `request` runs on this node's controller too; else it is sent on only (a client's request to forward). */
    both = false,
  ): Promise<T> {
    const deadline = Date.now() + 3 * this.config.number('controller.quorum.election.timeout.ms');
    for (;;) {
      const target = this.currentController();
      // A client's request sent on while this node became the active controller: its handler runs it here instead.
      if (target && 'local' in target && !both) {
        throw new KafkaError(ErrorCode.NotController, 'This node is the active controller.');
      }
      if (target) {
        try {
          return both
            ? await (request as (target: ControllerTarget) => Promise<T>)(target)
            : await (request as (voterId: number) => Promise<T>)((target as { remote: number }).remote);
        } catch (error) {
          if (this.stopped) throw error;
          // Another voter's connection failing is retried; any other error but NOT_CONTROLLER is the answer.
          const retried = error instanceof KafkaError ? error.code === ErrorCode.NotController : 'remote' in target;
          if (!retried) throw error;
          this.log.debug('controller request failed; retrying', { api, error: String(error) });
        }
      }
      if (Date.now() > deadline || this.stopped) {
        throw new KafkaError(ErrorCode.RequestTimedOut, `no answer from the active controller to ${api}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /**
   * One request to the active controller on another voter (`viaController` retries it): an answer carrying
   * NOT_CONTROLLER anywhere is thrown as such (that voter lost the lead).
   */
  private async remote<T>(voterId: number, api: keyof typeof API_KEYS, version: number, body: unknown): Promise<T> {
    const answer = await this.quorum!.send<T>(voterId, API_KEYS[api], version, body);
    if (carriesNotController(answer)) throw new KafkaError(ErrorCode.NotController, `node ${voterId} lost the lead`);
    return answer;
  }

  async createTopics(request: CreateTopicsRequest): Promise<CreateTopicsResponse['topics']> {
    return this.viaController(
      'CreateTopics',
      async (target) => {
        if ('local' in target) return target.local.createTopics(request);
        const response = await this.remote<CreateTopicsResponse>(target.remote, 'CreateTopics', 7, request);
        return response.topics;
      },
      true,
    );
  }

  /**
   * A resource's dynamic configs replaced through the active controller, as Kafka's brokers forward AlterConfigs
   * and IncrementalAlterConfigs: a topic's overrides, or the cluster's broker defaults (BROKER ''). The metadata
   * log carries them to every broker (sent on as AlterConfigs, whose replace semantics are what this broker
   * computed from the request's operations).
   */
  async alterConfigs(
    resourceType: (typeof ConfigResourceType)[keyof typeof ConfigResourceType],
    resourceName: string,
    configs: Record<string, string>,
  ) {
    return this.viaController(
      'AlterConfigs',
      async (target) => {
        if ('local' in target) return target.local.alterConfigs(resourceType, resourceName, configs);
        const response = await this.remote<{ responses: { errorCode: number; errorMessage: string | null }[] }>(
          target.remote,
          'AlterConfigs',
          2,
          {
            resources: [
              {
                resourceType,
                resourceName,
                configs: Object.entries(configs).map(([name, value]) => ({ name, value })),
              },
            ],
            validateOnly: false,
          },
        );
        return response.responses[0] ?? { errorCode: ErrorCode.UnknownServerError, errorMessage: null };
      },
      true,
    );
  }

  async deleteTopics(names: string[]) {
    return this.viaController(
      'DeleteTopics',
      async (target) => {
        const topics = names.map((name) => ({ name, topicId: 'AAAAAAAAAAAAAAAAAAAAAA' }));
        if ('local' in target) return target.local.deleteTopics(topics);
        const response = await this.remote<{
          responses: { name: string | null; errorCode: number; errorMessage: string | null }[];
        }>(target.remote, 'DeleteTopics', 6, { topics, topicNames: [], timeoutMs: 30000 });
        return response.responses;
      },
      true,
    );
  }

  async createPartitions(name: string, count: number, validateOnly: boolean) {
    return this.viaController(
      'CreatePartitions',
      async (target) => {
        const request = { topics: [{ name, count, assignments: null }], timeoutMs: 30_000, validateOnly };
        if ('local' in target) return target.local.createPartitions(request);
        const response = await this.remote<{
          results: { name: string; errorCode: number; errorMessage: string | null }[];
        }>(target.remote, 'CreatePartitions', 3, request);
        return response.results;
      },
      true,
    );
  }

  /** ElectLeaders (KIP-460), sent to the active controller as Kafka's brokers forward it. */
  async electLeaders(request: ElectLeadersRequest): Promise<ElectLeadersResponse['replicaElectionResults']> {
    return this.viaController(
      'ElectLeaders',
      async (target) => {
        if ('local' in target) return target.local.electLeaders(request);
        const response = await this.remote<ElectLeadersResponse>(target.remote, 'ElectLeaders', 2, request);
        if (response.errorCode !== ErrorCode.None) throw new KafkaError(response.errorCode, 'election refused');
        return response.replicaElectionResults;
      },
      true,
    );
  }

  /** UpdateFeatures, sent to the active controller: the top-level outcome (all updates or none). */
  async updateFeatures(
    updates: FeatureUpdate[],
    validateOnly: boolean,
  ): Promise<{ errorCode: number; errorMessage: string | null }> {
    return this.viaController(
      'UpdateFeatures',
      async (target) => {
        if ('local' in target) return target.local.updateFeatures(updates, validateOnly);
        const featureUpdates = updates.map((u) => ({
          feature: u.feature,
          maxVersionLevel: u.level,
          allowDowngrade: false,
          upgradeType: u.upgradeType,
        }));
        return this.remote<UpdateFeaturesResponse>(target.remote, 'UpdateFeatures', 1, {
          timeoutMs: 60_000,
          featureUpdates,
          validateOnly,
        });
      },
      true,
    );
  }

  /**
   * A feature's finalized level in this node's metadata (0 when the log does not name it), or undefined before the
   * log was bootstrapped (then this node's own settings stand).
   */
  finalizedFeatureLevel(feature: string): number | undefined {
    const features = this.metadata?.features;
    if (!features?.has(METADATA_VERSION_FEATURE)) return undefined;
    return features.get(feature) ?? 0;
  }

  /** UnregisterBroker, sent to the active controller: its error code (BROKER_ID_NOT_REGISTERED for an unknown id). */
  async unregisterBroker(brokerId: number): Promise<number> {
    return this.viaController(
      'UnregisterBroker',
      async (target) => {
        if ('local' in target) return target.local.unregisterBroker(brokerId);
        const response = await this.remote<UnregisterBrokerResponse>(target.remote, 'UnregisterBroker', 0, {
          brokerId,
        });
        return response.errorCode;
      },
      true,
    );
  }

  /** AlterPartitionReassignments (KIP-455), sent to the active controller. */
  async alterPartitionReassignments(
    request: AlterPartitionReassignmentsRequest,
  ): Promise<AlterPartitionReassignmentsResponse['responses']> {
    return this.viaController(
      'AlterPartitionReassignments',
      async (target) => {
        if ('local' in target) return target.local.alterPartitionReassignments(request);
        // v1 carries allowReplicationFactorChange (KIP-860) to the controller.
        const response = await this.remote<AlterPartitionReassignmentsResponse>(
          target.remote,
          'AlterPartitionReassignments',
          1,
          request,
        );
        if (response.errorCode !== ErrorCode.None) {
          throw new KafkaError(response.errorCode, response.errorMessage ?? 'reassignment refused');
        }
        return response.responses;
      },
      true,
    );
  }

  /** ListPartitionReassignments, answered by the active controller. */
  async listPartitionReassignments(
    request: ListPartitionReassignmentsRequest,
  ): Promise<ListPartitionReassignmentsResponse['topics']> {
    return this.viaController(
      'ListPartitionReassignments',
      async (target) => {
        if ('local' in target) return target.local.listPartitionReassignments(request.topics);
        const response = await this.remote<ListPartitionReassignmentsResponse>(
          target.remote,
          'ListPartitionReassignments',
          0,
          request,
        );
        if (response.errorCode !== ErrorCode.None) {
          throw new KafkaError(response.errorCode, response.errorMessage ?? 'listing refused');
        }
        return response.topics;
      },
      true,
    );
  }

  /** AllocateProducerIds (KIP-730): the next block of producer ids, recorded by the controller. */
  async allocateProducerIds(): Promise<{ start: bigint; length: number }> {
    if (this.brokerEpoch < 0n) throw new KafkaError(ErrorCode.CoordinatorLoadInProgress, 'not registered yet');
    return this.viaController(
      'AllocateProducerIds',
      async (target) => {
        const answer =
          'local' in target
            ? await target.local.allocateProducerIds(this.nodeId, this.brokerEpoch)
            : await this.remote<{ errorCode: number; producerIdStart: bigint; producerIdLen: number }>(
                target.remote,
                'AllocateProducerIds',
                0,
                { brokerId: this.nodeId, brokerEpoch: this.brokerEpoch },
              );
        if (answer.errorCode !== ErrorCode.None)
          throw new KafkaError(answer.errorCode, `no producer id block (error ${answer.errorCode})`);
        return { start: answer.producerIdStart, length: answer.producerIdLen };
      },
      true,
    );
  }

  /** Counts an ISR change the controller committed (Kafka's IsrShrinksPerSec / IsrExpandsPerSec); set by the broker. */
  onIsrChange: ((change: 'shrink' | 'expand') => void) | null = null;
  /**
   * This broker's own dynamic configs changed in the metadata log (the broker reloads its listeners' keystores);
   * called once the commit that changed them is whole, not per record (a keystore's key and chain come as two).
   */
  onOwnConfigsChange: (() => void) | null = null;
  private ownConfigsChanged = false;

  published(): void {
    if (!this.ownConfigsChanged) return;
    this.ownConfigsChanged = false;
    this.onOwnConfigsChange?.();
  }

  async alterPartition(request: AlterPartitionRequest): Promise<AlterPartitionResult> {
    const isr = this.topics.replicas.getPartition(request.topic, request.partition)?.isr;
    const before = isr ? [...isr].sort((a, b) => a - b) : undefined;
    const partition = `${request.topic}-${request.partition}`;
    // Kafka logs each ISR change a leader proposes and its outcome at INFO ("Shrinking ISR from 1,2,3 to 3").
    this.log.info('proposing an ISR change', {
      partition,
      from: before,
      to: request.newIsr,
      leaderEpoch: request.leaderEpoch,
    });
    const result = await this.proposeIsr(request);
    if (result.errorCode !== ErrorCode.None) {
      this.log.info('ISR change refused', { partition, to: request.newIsr, errorCode: result.errorCode });
      return result;
    }
    this.log.info('ISR updated', { partition, isr: result.isr, partitionEpoch: result.partitionEpoch });
    if (before !== undefined && result.isr.length !== before.length) {
      this.onIsrChange?.(result.isr.length < before.length ? 'shrink' : 'expand');
    }
    return result;
  }

  private async proposeIsr(request: AlterPartitionRequest): Promise<AlterPartitionResult> {
    return this.viaController(
      'AlterPartition',
      async (target) => {
        if ('local' in target) return target.local.alterPartition(request);
        const topicId = this.image?.topicIdsByName.get(request.topic) ?? 'AAAAAAAAAAAAAAAAAAAAAA';
        const response = await this.remote<{
          errorCode: number;
          topics: { partitions: { errorCode: number; leaderEpoch: number; partitionEpoch: number; isr: number[] }[] }[];
        }>(target.remote, 'AlterPartition', 3, {
          brokerId: this.nodeId,
          brokerEpoch: this.brokerEpoch,
          topics: [
            {
              topicName: request.topic,
              topicId,
              partitions: [
                {
                  partitionIndex: request.partition,
                  leaderEpoch: request.leaderEpoch,
                  newIsr: [],
                  newIsrWithEpochs: request.newIsr.map((brokerId) => ({ brokerId, brokerEpoch: -1n })),
                  leaderRecoveryState: 0,
                  partitionEpoch: request.partitionEpoch,
                },
              ],
            },
          ],
        });
        const p = response.topics[0]?.partitions[0];
        const errorCode =
          response.errorCode !== ErrorCode.None ? response.errorCode : (p?.errorCode ?? ErrorCode.UnknownServerError);
        if (errorCode !== ErrorCode.None || !p) return { errorCode } as AlterPartitionResult;
        return { errorCode: ErrorCode.None, leaderEpoch: p.leaderEpoch, partitionEpoch: p.partitionEpoch, isr: p.isr };
      },
      true,
    );
  }

  // ---- broker lifecycle (BrokerLifecycleManager) --------------------------------------------------------

  private registration(): BrokerRegistrationRequest {
    const controllerListeners = controllerListenerNames(this.config);
    return {
      brokerId: this.nodeId,
      clusterId: this.config.string('cluster.id') ?? '',
      incarnationId: this.incarnationId,
      listeners: this.endpoints()
        .filter((e) => !controllerListeners.includes(e.listenerName))
        .map((e) => ({
          name: e.listenerName,
          host: e.host,
          port: e.port,
          securityProtocol: SECURITY_PROTOCOL_IDS[e.securityProtocol] ?? 0,
        })),
      features: [],
      rack: this.config.string('broker.rack'),
      isMigratingZkBroker: false,
      logDirs: [],
      previousBrokerEpoch: this.previousBrokerEpoch,
    };
  }

  private async register(): Promise<void> {
    const target = this.activeController();
    const answer: { errorCode: number; brokerEpoch: bigint } =
      'local' in target
        ? await target.local.registerBroker(this.registration())
        : await this.remote<BrokerRegistrationResponse>(target.remote, 'BrokerRegistration', 4, this.registration());
    if (answer.errorCode !== ErrorCode.None) throw new KafkaError(answer.errorCode, 'broker registration refused');
    this.brokerEpoch = answer.brokerEpoch;
    this.log.info('registered with the controller', { brokerEpoch: String(answer.brokerEpoch) });
  }

  private async heartbeat(wantShutDown = false): Promise<{ errorCode: number; shouldShutDown: boolean }> {
    const request: BrokerHeartbeatRequest = {
      brokerId: this.nodeId,
      brokerEpoch: this.brokerEpoch,
      currentMetadataOffset: BigInt(this.publisher!.offset),
      wantFence: false,
      wantShutDown,
      offlineLogDirs: [],
    };
    const target = this.activeController();
    const answer: { errorCode: number; shouldShutDown: boolean } =
      'local' in target
        ? await target.local.heartbeat(request)
        : await this.remote<BrokerHeartbeatResponse>(target.remote, 'BrokerHeartbeat', 1, request);
    // A new controller does not know this registration (or it expired): register again.
    if (answer.errorCode === ErrorCode.StaleBrokerEpoch || answer.errorCode === ErrorCode.BrokerIdNotRegistered) {
      this.brokerEpoch = -1n;
    } else if (answer.errorCode !== ErrorCode.None) {
      throw new KafkaError(answer.errorCode, 'heartbeat refused');
    }
    return answer;
  }

  /**
   * Kafka's controlled shutdown (a clean stop): heartbeats asking to shut down until the controller moved
   * this broker's leaderships to other ISR members and answers shouldShutDown, so clients switch leaders at
   * once instead of after broker.session.timeout.ms. Bounded by `timeoutMs`; a lone node skips it.
   */
  async controlledShutdown(timeoutMs = 5000): Promise<void> {
    if (!this.publisher || this.brokerEpoch < 0n || this.stopped) return;
    // Nobody to hand leadership to (the last live broker): nothing to move.
    if (!this.image?.liveBrokers().some((b) => b.id !== this.nodeId)) return;
    this.stopped = true; // the heartbeat loop ends
    if (this.heartbeatTimer) clearTimeout(this.heartbeatTimer);
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      try {
        if ((await this.heartbeat(true)).shouldShutDown) {
          this.log.info('controlled shutdown done');
          return;
        }
      } catch (error) {
        this.log.debug('controlled shutdown heartbeat failed', { error: (error as Error).message });
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    this.log.warn('controlled shutdown did not complete; stopping anyway', { timeoutMs });
  }

  /**
   * After a clean stop, once every log is closed: the clean-shutdown file with this broker's epoch in each log
   * dir (Kafka's LogManager.shutdown), for the next start's registration.
   */
  recordCleanShutdown(): void {
    if (this.publisher && this.brokerEpoch >= 0n) writeCleanShutdownEpoch(this.config.logDirs, this.brokerEpoch);
  }

  private async heartbeatLoop(): Promise<void> {
    const interval = this.config.number('broker.heartbeat.interval.ms');
    while (!this.stopped) {
      try {
        if (this.brokerEpoch < 0n) await this.register();
        await this.heartbeat();
        // Until unfenced, heartbeat quickly (the controller unfences once the metadata caught up).
        const me = this.image?.brokers.get(this.nodeId);
        await this.sleep(me && !me.fenced ? interval : Math.min(interval, 100));
      } catch (error) {
        this.log.debug('controller request failed', { error: (error as Error).message });
        await this.sleep(Math.min(interval, 200));
      }
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.heartbeatTimer = setTimeout(resolve, ms);
      this.heartbeatTimer.unref?.();
    });
  }

  // ---- waiting for the image -----------------------------------------------------------------------------

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** Resolves once `check` holds on this broker's image (checked after every commit), or rejects after ms. */
  async waitFor(check: () => boolean, ms: number, what: string): Promise<void> {
    const deadline = Date.now() + ms;
    while (!check()) {
      const left = deadline - Date.now();
      if (left <= 0 || this.stopped) throw new KafkaError(ErrorCode.RequestTimedOut, `timed out waiting for ${what}`);
      await this.nextImageChange(Math.min(left, 100));
    }
  }

  /** Resolves at the next commit or snapshot this node applies (or stop), or after `ms` at most. */
  private nextImageChange(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  // ---- PartitionHost: the publisher's changes into the topic service ----------------------------------------

  host(topic: string, topicId: string, partition: number, state: PartitionRegistration, image: MetadataImage): void {
    this.topics.hostFromMetadata(topic, topicId, partition, state, image);
  }

  remove(topic: string, partition: number): void {
    this.topics.removeFromMetadata(topic, partition);
  }

  changed(change: NonNullable<MetadataChange>, image: MetadataImage): void {
    if (change.kind === 'topic' || change.kind === 'partition') {
      this.topics.registerFromMetadata(change.kind === 'topic' ? change.name : change.topic, image);
    }
    if (change.kind === 'topic-removed') this.topics.forgetFromMetadata(change.name);
    if (change.kind === 'config' && change.resourceType === ConfigResourceType.Topic) {
      this.topics.configsFromMetadata(change.resourceName, image);
    }
    if (change.kind === 'config' && change.resourceType === ConfigResourceType.Broker) {
      if (change.resourceName === '') {
        // The cluster's dynamic defaults (kafka-configs --entity-default): below this broker's own values.
        this.config.setClusterDefaults(image.clusterConfig());
      } else if (change.resourceName === String(this.nodeId)) {
        // This broker's own dynamic values (kafka-configs --entity-name <id>).
        this.config.setDynamicValues(image.brokerConfig(change.resourceName));
        this.ownConfigsChanged = true;
      } else {
        return;
      }
      this.topics.refreshConfigs();
    }
  }

  // ---- what clients see ----------------------------------------------------------------------------------

  /** Live (unfenced) brokers with their endpoint on `listenerName`, for Metadata and DescribeCluster. */
  liveBrokers(listenerName: string): ClientVisibleBroker[] {
    return this.brokers(listenerName, false);
  }

  /** The brokers with their endpoint on `listenerName`: the live ones, or with `includeFenced` every registered one. */
  brokers(listenerName: string, includeFenced: boolean): ClientVisibleBroker[] {
    const image = this.image;
    if (!image) return [];
    return (includeFenced ? image.registeredBrokers() : image.liveBrokers())
      .map((b) => {
        const e = b.endpoints.find((x) => x.name === listenerName) ?? b.endpoints[0];
        return e ? { nodeId: b.id, host: e.host, port: e.port, rack: b.rack, fenced: b.fenced } : null;
      })
      .filter((b): b is NonNullable<typeof b> => b !== null);
  }

  /**
   * The controller id clients are told (Metadata, DescribeCluster on a broker listener): the quorum leader when
   * it is also a live broker (a combined node), else this broker, which forwards the admin requests to the active
   * controller (Kafka's KRaft brokers answer a random live broker: clients cannot reach a controller-only node).
   */
  controllerId(): number {
    const leaderId = this.quorum?.raft.leaderAndEpoch().leaderId ?? -1;
    const leader = this.image?.brokers.get(leaderId);
    if (leader && !leader.fenced) return leaderId;
    return this.publisher ? this.nodeId : leaderId;
  }

  stop(): void {
    this.stopped = true;
    this.brokerPeers.close();
    this.markerPeers.close();
    if (this.heartbeatTimer) clearTimeout(this.heartbeatTimer);
    this.controller?.close();
    this.wake();
  }
}
