/**
 * The active controller's state machine (Kafka's QuorumController with its ClusterControlManager,
 * ReplicationControlManager, ProducerIdControlManager, KIP-631): it follows the metadata log like every
 * node (`committed`, replayed from Raft's commits and snapshots) and, while this node leads the quorum,
 * answers the brokers' requests by appending records through the Raft node. Its working image is the
 * committed one plus its own records not yet committed (replayed as they are written, so the next request
 * sees them); losing leadership throws it away. Every operation runs within one tick of the event loop
 * (generate, append, replay), which is what serializes them; the answer waits for the commit.
 */
import { ErrorCode } from '../../protocol/error-codes';
import type { BrokerHeartbeatRequest, BrokerHeartbeatResponse } from '../../protocol/generated/broker-heartbeat';
import type { BrokerRegistrationRequest } from '../../protocol/generated/broker-registration';
import type { CreatePartitionsRequest } from '../../protocol/generated/create-partitions';
import type { CreateTopicsRequest } from '../../protocol/generated/create-topics';
import type { AlterPartitionReassignmentsRequest } from '../../protocol/generated/alter-partition-reassignments';
import type { ElectLeadersRequest } from '../../protocol/generated/elect-leaders';
import type { ListPartitionReassignmentsRequest } from '../../protocol/generated/list-partition-reassignments';
import { decodeMetadataRecord, encodeMetadataRecord, type MetadataRecord } from '../../protocol/metadata-record';
import type { AlterPartitionRequest, AlterPartitionResult, AlterPartitionSink } from '../alter-partition';
import { PartitionError } from '../errors';
import type { CommittedBatch, LeaderAndEpoch, RaftListener, SnapshotId } from '../raft';
import { balancePartitionLeaders, electLeaders } from './elections';
import { bootstrapFeatureRecords, type FeatureUpdate, updateFeatures } from './features';
import { ConfigResourceType, ELR_FEATURE, METADATA_VERSION_FEATURE, MetadataImage } from './image';
import { alterPartitionReassignments, listPartitionReassignments } from './reassignments';
import * as replication from './replication-control';

/** What the controller needs of the Raft node (RaftNode has it). */
export interface MetadataLogWriter {
  append(records: readonly Buffer[]): { baseOffset: number; lastOffset: number; epoch: number };
  waitForCommit(offset: number): Promise<void>;
  readonly log: { readonly endOffset: number };
}

export interface ControllerOptions extends replication.ReplicationDefaults {
  nodeId: number;
  /** broker.session.timeout.ms: a broker not heard from for this long is fenced. */
  sessionTimeoutMs: number;
  /** How often the active controller looks for expired sessions; 0: never (tests call fenceExpiredBrokers). */
  sessionCheckIntervalMs?: number;
  now?: () => number;
  /** Producer ids per AllocateProducerIds block (Kafka's 1000). */
  producerIdBlockSize?: number;
  /**
   * auto.leader.rebalance.enable with leader.imbalance.check.interval.seconds (in ms): every interval the
   * active controller moves leadership back to each partition's first replica where it is in the ISR. Kafka's
   * KRaft controller rebalances whenever any partition is imbalanced (leader.imbalance.per.broker.percentage
   * is the ZooKeeper controller's). 0 or absent: no automatic rebalance.
   */
  leaderImbalanceCheckIntervalMs?: number;
  /**
   * Eligible leader replicas (KIP-966), on by default as on a new Kafka 4.4 cluster: the first active
   * controller of a log without `eligible.leader.replicas.version` finalizes it at 1, recording the
   * cluster-level `min.insync.replicas` first (this node's static one, `minInsyncReplicas`, default 1) as
   * Kafka's ConfigurationControlManager.maybeGenerateElrSafetyRecords does, so every controller agrees on it.
   */
  eligibleLeaderReplicas?: boolean;
  minInsyncReplicas?: number;
  /**
   * The records a new cluster's log starts with (Kafka's BootstrapMetadata: `brook storage format --add-scram`),
   * written by the first active controller of a log that has no metadata.version yet, after that FeatureLevelRecord.
   */
  bootstrapRecords?: () => MetadataRecord[];
  /** The transaction.version a new cluster's log starts at (this node's `transaction.version`; Kafka's default 2). */
  transactionVersion?: number;
}

export class NotControllerError extends PartitionError {
  constructor() {
    super(ErrorCode.NotController, 'This node is not the active controller.');
  }
}

/** The records of one operation, replayed into the working image as they are added. */
class Batch {
  readonly records: MetadataRecord[] = [];
  constructor(
    readonly image: MetadataImage,
    readonly baseOffset: number,
  ) {}
  add(record: MetadataRecord): void {
    this.image.apply(record, this.baseOffset + this.records.length);
    this.records.push(record);
  }
}

export class QuorumController implements RaftListener, AlterPartitionSink {
  /** The metadata log's committed state, on every node. */
  committed = new MetadataImage();
  private working: MetadataImage | null = null;
  private log: MetadataLogWriter | null = null;
  /** Bumped on every leadership change: work of an older term stops. */
  private term = 0;
  private resigned: () => void = () => {};
  private resignation: Promise<never> = new Promise(() => {});
  /** Broker id -> last heartbeat (ms), kept by the active controller only. */
  private readonly lastContact = new Map<number, number>();
  /** Broker id -> the metadata offset its last heartbeat said it applied (Kafka's BrokerHeartbeatState). */
  private readonly metadataOffsets = new Map<number, bigint>();
  /** Broker id -> the offset of the records its controlled shutdown wrote (Kafka's controlledShutdownOffset). */
  private readonly shutdownOffsets = new Map<number, number>();
  private sessionTimer: ReturnType<typeof setInterval> | null = null;
  private rebalanceTimer: ReturnType<typeof setInterval> | null = null;
  private readonly now: () => number;

  constructor(private readonly options: ControllerOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The Raft node this controller writes through (given once it exists: it takes the controller as listener). */
  attach(log: MetadataLogWriter): void {
    this.log = log;
  }

  get isActive(): boolean {
    return this.working !== null;
  }

  // ---- following the log (RaftListener) ------------------------------------------------------------------

  onCommit(batches: CommittedBatch[]): void {
    for (const batch of batches) {
      for (let i = 0; i < batch.records.length; i++) {
        this.committed.apply(decodeMetadataRecord(batch.records[i]!), batch.baseOffset + i);
      }
    }
  }

  onSnapshotLoad(id: SnapshotId, records: Buffer[]): void {
    this.committed = new MetadataImage();
    for (const bytes of records) this.committed.apply(decodeMetadataRecord(bytes), id.endOffset - 1);
    this.committed.offset = id.endOffset - 1;
  }

  onLeaderChange(leader: LeaderAndEpoch): void {
    this.deactivate();
    if (leader.leaderId !== this.options.nodeId || !this.log) return;
    // Kafka's claim: the new active controller serves once it has replayed everything up to its epoch's
    // LeaderChange record (the log end now), so its image includes every record an older leader committed.
    const term = this.term;
    const claimAt = this.log.log.endOffset - 1;
    this.log.waitForCommit(claimAt).then(
      () => {
        if (term === this.term) this.activate();
      },
      () => {},
    );
  }

  private activate(): void {
    this.working = this.committed.clone();
    // Every broker gets a full session from the new controller (Kafka's BrokerHeartbeatManager starts over).
    const now = this.now();
    this.lastContact.clear();
    this.metadataOffsets.clear();
    this.shutdownOffsets.clear();
    for (const id of this.working.brokers.keys()) this.lastContact.set(id, now);
    const interval =
      this.options.sessionCheckIntervalMs ?? Math.max(100, Math.floor(this.options.sessionTimeoutMs / 4));
    if (interval > 0) {
      this.sessionTimer = setInterval(() => void this.fenceExpiredBrokers().catch(() => {}), interval);
      this.sessionTimer.unref?.();
    }
    const rebalance = this.options.leaderImbalanceCheckIntervalMs ?? 0;
    if (rebalance > 0) {
      this.rebalanceTimer = setInterval(() => void this.balancePartitionLeaders().catch(() => {}), rebalance);
      this.rebalanceTimer.unref?.();
    }
    void this.bootstrapLog()
      .then(() => this.finalizeElrFeature())
      .catch(() => {});
  }

  /**
   * A new cluster's first records, once per log (QuorumController's bootstrap in Kafka): the feature levels,
   * metadata.version first, then what the format gave (SCRAM credentials). A log that has metadata.version was
   * bootstrapped already.
   */
  private bootstrapLog(): Promise<void> {
    return this.write((batch) => {
      if (batch.image.features.has(METADATA_VERSION_FEATURE)) return;
      for (const r of bootstrapFeatureRecords(this.options.transactionVersion ?? 2)) batch.add(r);
      for (const r of this.options.bootstrapRecords?.() ?? []) batch.add(r);
    });
  }

  /** UpdateFeatures (`kafka-features`), checked and written as Kafka's FeatureControlManager does (features.ts). */
  updateFeatures(updates: FeatureUpdate[], validateOnly: boolean) {
    return this.write((batch) => {
      const { records, errorCode, errorMessage } = updateFeatures(
        batch.image,
        this.options.nodeId,
        updates,
        validateOnly,
      );
      for (const r of records) batch.add(r);
      return { errorCode, errorMessage };
    });
  }

  /** The records turning ELR on, once per cluster (see `eligibleLeaderReplicas`); nothing when it is on already. */
  private finalizeElrFeature(): Promise<void> {
    return this.write((batch) => {
      if (this.options.eligibleLeaderReplicas === false || batch.image.features.has(ELR_FEATURE)) return;
      if (!batch.image.clusterConfig().has('min.insync.replicas')) {
        batch.add({
          type: 'ConfigRecord',
          version: 0,
          value: {
            resourceType: ConfigResourceType.Broker,
            resourceName: '',
            name: 'min.insync.replicas',
            value: String(this.options.minInsyncReplicas ?? 1),
          },
        });
      }
      batch.add({ type: 'FeatureLevelRecord', version: 0, value: { name: ELR_FEATURE, featureLevel: 1 } });
    });
  }

  private deactivate(): void {
    this.term++;
    this.working = null;
    if (this.sessionTimer) clearInterval(this.sessionTimer);
    this.sessionTimer = null;
    if (this.rebalanceTimer) clearInterval(this.rebalanceTimer);
    this.rebalanceTimer = null;
    this.resigned();
    this.resignation = new Promise<never>((_, reject) => {
      this.resigned = () => reject(new NotControllerError());
    });
    this.resignation.catch(() => {});
  }

  close(): void {
    this.deactivate();
  }

  /**
   * One operation: `generate` adds records to a batch over the working image (replayed as added), the batch
   * is appended, and the answer comes once it is committed (NOT_CONTROLLER if leadership is lost first).
   */
  private async write<T>(generate: (batch: Batch) => T): Promise<T> {
    const image = this.working;
    const log = this.log;
    if (!image || !log) throw new NotControllerError();
    const batch = new Batch(image, log.log.endOffset);
    let response: T;
    try {
      response = generate(batch);
      if (batch.records.length === 0) return response;
      log.append(batch.records.map(encodeMetadataRecord));
    } catch (error) {
      // Records replayed but not appended would leave the working image ahead of the log: start over.
      if (batch.records.length > 0) this.deactivate();
      throw error;
    }
    const lastOffset = batch.baseOffset + batch.records.length - 1;
    await Promise.race([log.waitForCommit(lastOffset), this.resignation]);
    return response;
  }

  // ---- brokers (ClusterControlManager, BrokerHeartbeatManager) -------------------------------------------

  /** BrokerRegistration: a RegisterBrokerRecord, fenced, whose offset is the broker's epoch. */
  registerBroker(request: BrokerRegistrationRequest): Promise<{ errorCode: ErrorCode; brokerEpoch: bigint }> {
    return this.write((batch) => {
      const existing = batch.image.brokers.get(request.brokerId);
      if (existing && existing.incarnationId !== request.incarnationId) {
        const contact = this.lastContact.get(request.brokerId) ?? 0;
        // Another process with this id still heartbeating (Kafka: DUPLICATE_BROKER_REGISTRATION).
        if (!existing.fenced && this.now() - contact < this.options.sessionTimeoutMs) {
          return { errorCode: ErrorCode.DuplicateBrokerRegistration, brokerEpoch: -1n };
        }
      }
      const brokerEpoch = BigInt(batch.baseOffset + batch.records.length);
      batch.add({
        type: 'RegisterBrokerRecord',
        version: 3,
        value: {
          brokerId: request.brokerId,
          isMigratingZkBroker: false,
          incarnationId: request.incarnationId,
          brokerEpoch,
          endPoints: request.listeners.map((l) => ({ ...l })),
          features: request.features.map((f) => ({ ...f })),
          rack: request.rack,
          fenced: true,
          inControlledShutdown: false,
          logDirs: [...request.logDirs],
          cordonedLogDirs: null,
        },
      });
      // A re-registering broker's partitions lose it as leader and ISR member until it catches up again. One
      // that does not name the epoch it had (it did not shut down cleanly) also leaves every ELR (Kafka's
      // handleBrokerUncleanShutdown): records it acknowledged may be missing from its log.
      const leaving = new Set([request.brokerId]);
      const unclean = existing !== undefined && request.previousBrokerEpoch !== existing.epoch;
      for (const r of replication.electAfterBrokerChange(
        batch.image,
        leaving,
        this.options,
        unclean ? leaving : new Set(),
      )) {
        batch.add(r);
      }
      this.lastContact.set(request.brokerId, this.now());
      return { errorCode: ErrorCode.None, brokerEpoch };
    });
  }

  /** Whether every active broker but `brokerId` reported (in a heartbeat) a metadata offset at or past `offset`. */
  private othersApplied(image: MetadataImage, brokerId: number, offset: number): boolean {
    for (const b of image.liveBrokers()) {
      if (b.id === brokerId || b.inControlledShutdown) continue;
      if ((this.metadataOffsets.get(b.id) ?? -1n) < BigInt(offset)) return false;
    }
    return true;
  }

  /**
   * BrokerHeartbeat: keeps the session, unfences a broker whose metadata caught up with its registration,
   * fences one that asks, and runs a controlled shutdown (leadership moved away first, then fenced).
   */
  heartbeat(request: BrokerHeartbeatRequest): Promise<Omit<BrokerHeartbeatResponse, 'throttleTimeMs'>> {
    return this.write((batch) => {
      const broker = batch.image.brokers.get(request.brokerId);
      const answer = { errorCode: ErrorCode.None, isCaughtUp: false, isFenced: true, shouldShutDown: false };
      if (!broker) return { ...answer, errorCode: ErrorCode.BrokerIdNotRegistered };
      if (broker.epoch !== request.brokerEpoch) return { ...answer, errorCode: ErrorCode.StaleBrokerEpoch };
      this.lastContact.set(broker.id, this.now());
      this.metadataOffsets.set(broker.id, request.currentMetadataOffset);
      const caughtUp = request.currentMetadataOffset >= broker.epoch;
      const change = (fenced: number, inControlledShutdown: number) =>
        batch.add({
          type: 'BrokerRegistrationChangeRecord',
          version: 1,
          value: {
            brokerId: broker.id,
            brokerEpoch: broker.epoch,
            fenced,
            inControlledShutdown,
            logDirs: [],
            cordonedLogDirs: null,
          },
        });
      if (request.wantShutDown) {
        // Controlled shutdown: leave every ISR, leadership moves to the others, then fenced (a fenced broker
        // leads nothing and stops at once).
        if (!broker.fenced) {
          change(0, 1);
          for (const r of replication.electAfterBrokerChange(batch.image, new Set([broker.id]), this.options)) {
            batch.add(r);
          }
          change(1, 0);
          this.shutdownOffsets.set(broker.id, batch.baseOffset + batch.records.length - 1);
        }
        // Kafka's BrokerHeartbeatManager answers SHUTDOWN_NOW only once every other active broker applied those
        // records (lowestActiveOffset): clients asking any of them find the new leaders before this one exits.
        const shouldShutDown = this.othersApplied(batch.image, broker.id, this.shutdownOffsets.get(broker.id) ?? -1);
        return { ...answer, isCaughtUp: caughtUp, isFenced: true, shouldShutDown };
      }
      if (request.wantFence) {
        if (!broker.fenced) this.fence(batch, broker.id);
        return { ...answer, isCaughtUp: caughtUp };
      }
      if (broker.fenced && caughtUp && !broker.inControlledShutdown) {
        change(-1, 0);
        // Leaderless partitions this broker is in sync for elect it now.
        for (const r of replication.electAfterBrokerChange(batch.image, new Set(), this.options)) batch.add(r);
      }
      return { ...answer, isCaughtUp: caughtUp, isFenced: broker.fenced };
    });
  }

  private fence(batch: Batch, brokerId: number): void {
    const broker = batch.image.brokers.get(brokerId)!;
    batch.add({
      type: 'BrokerRegistrationChangeRecord',
      version: 1,
      value: {
        brokerId,
        brokerEpoch: broker.epoch,
        fenced: 1,
        inControlledShutdown: 0,
        logDirs: [],
        cordonedLogDirs: null,
      },
    });
    for (const r of replication.electAfterBrokerChange(batch.image, new Set([brokerId]), this.options)) batch.add(r);
  }

  /**
   * UnregisterBroker (`kafka-cluster unregister --id N`, a broker decommissioned for good): as Kafka's
   * ReplicationControlManager.unregisterBroker, the broker leaves every ISR and ELR (leaders elected where it led),
   * then an UnregisterBrokerRecord removes its registration. A broker still running registers again at its next
   * heartbeat (BROKER_ID_NOT_REGISTERED).
   */
  unregisterBroker(brokerId: number): Promise<ErrorCode> {
    return this.write((batch) => {
      const broker = batch.image.brokers.get(brokerId);
      if (!broker) return ErrorCode.BrokerIdNotRegistered;
      const gone = new Set([brokerId]);
      for (const r of replication.electAfterBrokerChange(batch.image, gone, this.options, gone)) batch.add(r);
      batch.add({ type: 'UnregisterBrokerRecord', version: 0, value: { brokerId, brokerEpoch: broker.epoch } });
      this.lastContact.delete(brokerId);
      this.metadataOffsets.delete(brokerId);
      return ErrorCode.None;
    });
  }

  /** Fences every unfenced broker whose session expired (no heartbeat for broker.session.timeout.ms). */
  async fenceExpiredBrokers(): Promise<number[]> {
    const image = this.working;
    if (!image) return [];
    const now = this.now();
    const expired = [...image.brokers.values()]
      .filter((b) => !b.fenced && now - (this.lastContact.get(b.id) ?? 0) >= this.options.sessionTimeoutMs)
      .map((b) => b.id);
    if (expired.length === 0) return [];
    return this.write((batch) => {
      for (const id of expired) if (!batch.image.brokers.get(id)?.fenced) this.fence(batch, id);
      return expired;
    });
  }

  // ---- topics and partitions (ReplicationControlManager) -------------------------------------------------

  createTopics(request: CreateTopicsRequest) {
    return this.write((batch) => {
      const { records, response } = replication.createTopics(batch.image, request, this.options);
      for (const r of records) batch.add(r);
      return response;
    });
  }

  createPartitions(request: CreatePartitionsRequest) {
    return this.write((batch) => {
      const { records, response } = replication.createPartitions(batch.image, request, this.options);
      for (const r of records) batch.add(r);
      return response;
    });
  }

  /**
   * AlterUserScramCredentials as Kafka's ScramControlManager commits it: the broker that took the request checked
   * it and computed the credentials (its handler runs on the active controller's node); these are its records.
   */
  alterScramCredentials(records: MetadataRecord[]) {
    return this.writeRecords(records);
  }

  /**
   * CreateAcls / DeleteAcls as Kafka's AclControlManager commits them: the handler on this node checked the
   * bindings and chose the ids; these are its AccessControlEntryRecords and RemoveAccessControlEntryRecords.
   */
  alterAcls(records: MetadataRecord[]) {
    return this.writeRecords(records);
  }

  /**
   * Create/Renew/ExpireDelegationToken and the expiry sweep as Kafka's DelegationTokenControlManager commits them:
   * the handler on this node applied the rules with the client's principal (the Envelope's).
   */
  alterDelegationTokens(records: MetadataRecord[]) {
    return this.writeRecords(records);
  }

  /** AlterClientQuotas as Kafka's ClientQuotaControlManager commits it: checked by the handler on this node. */
  alterClientQuotas(records: MetadataRecord[]) {
    return this.writeRecords(records);
  }

  private writeRecords(records: MetadataRecord[]) {
    return this.write((batch) => {
      for (const r of records) batch.add(r);
    });
  }

  /** A resource's dynamic configs replaced (see replication-control's alterConfigs). */
  alterConfigs(
    resourceType: Parameters<typeof replication.alterConfigs>[1],
    resourceName: string,
    configs: Readonly<Record<string, string>>,
  ) {
    return this.write((batch) => {
      const { records, response } = replication.alterConfigs(batch.image, resourceType, resourceName, configs);
      for (const r of records) batch.add(r);
      return response;
    });
  }

  deleteTopics(topics: { name: string | null; topicId: string }[]) {
    return this.write((batch) => {
      const { records, response } = replication.deleteTopics(batch.image, topics);
      for (const r of records) batch.add(r);
      return response;
    });
  }

  alterPartition(request: AlterPartitionRequest): Promise<AlterPartitionResult> {
    return this.write((batch) => {
      const { records, response } = replication.alterPartition(batch.image, request, this.options);
      for (const r of records) batch.add(r);
      return response;
    });
  }

  /** ElectLeaders (KIP-460): PREFERRED or UNCLEAN elections, answered per partition once committed. */
  electLeaders(request: Pick<ElectLeadersRequest, 'electionType' | 'topicPartitions'>) {
    return this.write((batch) => {
      const { records, response } = electLeaders(batch.image, request);
      for (const r of records) batch.add(r);
      return response;
    });
  }

  /** AlterPartitionReassignments (KIP-455): new targets or cancellations, answered per partition once committed. */
  alterPartitionReassignments(
    request: Pick<AlterPartitionReassignmentsRequest, 'topics' | 'allowReplicationFactorChange'>,
  ) {
    return this.write((batch) => {
      const { records, response } = alterPartitionReassignments(batch.image, request);
      for (const r of records) batch.add(r);
      return response;
    });
  }

  /** ListPartitionReassignments: the reassignments in progress, as the committed log says. */
  listPartitionReassignments(topics: ListPartitionReassignmentsRequest['topics']) {
    if (!this.isActive) throw new NotControllerError();
    return listPartitionReassignments(this.committed, topics);
  }

  /**
   * One pass of the automatic leader rebalance (auto.leader.rebalance.enable): preferred elections where the
   * first replica is in the ISR but does not lead. Resolves with how many partitions moved.
   */
  balancePartitionLeaders(): Promise<number> {
    return this.write((batch) => {
      const records = balancePartitionLeaders(batch.image);
      for (const r of records) batch.add(r);
      return records.length;
    });
  }

  // ---- producer ids (ProducerIdControlManager) ----------------------------------------------------------

  /** AllocateProducerIds: the next block, recorded so no other broker gets it. */
  allocateProducerIds(brokerId: number, brokerEpoch: bigint) {
    return this.write((batch) => {
      const broker = batch.image.brokers.get(brokerId);
      if (!broker || broker.epoch !== brokerEpoch) {
        return { errorCode: ErrorCode.StaleBrokerEpoch, producerIdStart: -1n, producerIdLen: 0 };
      }
      const size = this.options.producerIdBlockSize ?? 1000;
      const start = batch.image.nextProducerId;
      batch.add({
        type: 'ProducerIdsRecord',
        version: 0,
        value: { brokerId, brokerEpoch, nextProducerId: start + BigInt(size) },
      });
      return { errorCode: ErrorCode.None, producerIdStart: start, producerIdLen: size };
    });
  }
}
