/**
 * The cluster's metadata as the metadata log says it (Kafka's MetadataImage with MetadataDelta's replay,
 * metadata/src/main/java/org/apache/kafka/image): broker registrations, topics and their partitions, configs,
 * feature levels and the next producer-id block. The controller replays the log into one (and its own
 * records as it writes them) and every broker follows it the same way; `apply` is the one replay of each
 * record type, and says what it changed so a broker can publish just that.
 */
import type { AccessControlEntryRecord, DelegationTokenRecord } from '../../protocol/generated/metadata-records';
import type { MetadataRecord } from '../../protocol/metadata-record';

export interface BrokerEndpoint {
  name: string;
  host: string;
  port: number;
  securityProtocol: number;
}

export interface BrokerRegistration {
  id: number;
  /** The offset of its RegisterBrokerRecord: a restarted broker gets a new one (Kafka's broker epoch). */
  epoch: bigint;
  incarnationId: string;
  endpoints: BrokerEndpoint[];
  rack: string | null;
  fenced: boolean;
  inControlledShutdown: boolean;
}

/** Kafka's PartitionRegistration (the fields Brook uses; directories are not kept). */
export interface PartitionRegistration {
  replicas: number[];
  isr: number[];
  /** -1: no leader (every ISR member is fenced and unclean election is off). */
  leader: number;
  leaderEpoch: number;
  partitionEpoch: number;
  /** 0 recovered, 1 recovering (elected uncleanly). */
  leaderRecoveryState: number;
  /** A reassignment in progress (KIP-455): replicas joining, catching up as followers... */
  addingReplicas: number[];
  /** ...and replicas leaving once every adding one is in the ISR. Both empty: no reassignment. */
  removingReplicas: number[];
  /**
   * Eligible leader replicas (KIP-966): members that left an ISR smaller than min.insync.replicas, so they hold
   * every committed record and may still be elected cleanly once the ISR is empty.
   */
  elr: number[];
  /** The last known leader, kept once the ISR became empty (Kafka's last-known-leader balanced recovery). */
  lastKnownElr: number[];
}

export interface TopicImage {
  name: string;
  id: string;
  partitions: Map<number, PartitionRegistration>;
}

/** ConfigRecord's resource types (Kafka's ConfigResource.Type). */
export const ConfigResourceType = { Topic: 2, Broker: 4, ClientMetrics: 16, Group: 32 } as const;

/** The config resources named by users that need not exist elsewhere: consumer groups, client metrics subscriptions. */
export type NamedConfigResource = typeof ConfigResourceType.Group | typeof ConfigResourceType.ClientMetrics;

/** What one record changed: a broker publishes partitions and topic removals, the controller ignores it. */
export type MetadataChange =
  | { kind: 'broker'; id: number }
  | { kind: 'topic'; name: string; id: string }
  | { kind: 'partition'; topic: string; topicId: string; partition: number; state: PartitionRegistration }
  | { kind: 'topic-removed'; name: string; id: string; partitions: number[] }
  | { kind: 'config'; resourceType: number; resourceName: string }
  | { kind: 'feature'; name: string }
  | { kind: 'producer-ids' }
  | { kind: 'scram'; user: string }
  | { kind: 'acl'; id: string }
  | { kind: 'client-quota' }
  | { kind: 'delegation-token'; tokenId: string }
  | null;

/** One client-quota entity (entity type -> name, null for the default) and its quotas (ClientQuotaRecords). */
export interface ClientQuotaImage {
  entity: Record<string, string | null>;
  values: Record<string, number>;
}

/** The entity's key in `MetadataImage.clientQuotas`: its types in order with their names. */
export function clientQuotaEntityKey(entity: Readonly<Record<string, string | null>>): string {
  return JSON.stringify(Object.entries(entity).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** One ACL binding: an AccessControlEntryRecord without its id (the codes are Kafka's, see src/security/acl.ts). */
export type AclImage = Omit<AccessControlEntryRecord, 'id'>;

/** A user's SCRAM credential for one mechanism (UserScramCredentialRecord; the mechanism by its type, 1 or 2). */
export interface ScramCredentialImage {
  salt: Buffer;
  storedKey: Buffer;
  serverKey: Buffer;
  iterations: number;
}

/**
 * A delegation token as the metadata log keeps it (DelegationTokenRecord, Kafka's DelegationTokenImage): the
 * principals as `Type:name`, the times in epoch ms. Its HMAC is not kept: every node derives it from the token id
 * and `delegation.token.secret.key`.
 */
export interface DelegationTokenImage {
  tokenId: string;
  owner: string;
  requester: string;
  renewers: string[];
  issueTimestamp: number;
  maxTimestamp: number;
  expiryTimestamp: number;
}

/** The DelegationTokenRecord that writes `token` (a snapshot's, or a new or renewed token's). */
export function delegationTokenRecord(token: DelegationTokenImage): DelegationTokenRecord {
  return {
    tokenId: token.tokenId,
    owner: token.owner,
    requester: token.requester,
    renewers: [...token.renewers],
    issueTimestamp: BigInt(token.issueTimestamp),
    maxTimestamp: BigInt(token.maxTimestamp),
    expirationTimestamp: BigInt(token.expiryTimestamp),
  };
}

/** PartitionChangeRecord's Leader when the leader stays (Kafka's NO_LEADER_CHANGE). */
export const NO_LEADER_CHANGE = -2;
export const NO_LEADER = -1;

/** The feature that turns eligible leader replicas on (KIP-966; Kafka 4.4 finalizes it at 1 on new clusters). */
export const ELR_FEATURE = 'eligible.leader.replicas.version';

/**
 * `metadata.version` at Kafka 4.4's level (33), the one Brook's protocol and metadata behaviour follow: the first
 * record of a bootstrapped metadata log, and the level ApiVersions finalizes.
 */
export const METADATA_VERSION_FEATURE = 'metadata.version';
export const METADATA_VERSION_LEVEL = 33;

export class MetadataImage {
  readonly brokers = new Map<number, BrokerRegistration>();
  readonly topicsById = new Map<string, TopicImage>();
  readonly topicIdsByName = new Map<string, string>();
  /** `${resourceType}:${resourceName}` -> config name -> value. */
  readonly configs = new Map<string, Map<string, string>>();
  readonly features = new Map<string, number>();
  /** user -> SCRAM mechanism type -> credential (Kafka's ScramImage). */
  readonly scramCredentials = new Map<string, Map<number, ScramCredentialImage>>();
  /** ACL id -> binding (Kafka's AclsImage). */
  readonly acls = new Map<string, AclImage>();
  /** token id -> token (Kafka's DelegationTokenImage). */
  readonly delegationTokens = new Map<string, DelegationTokenImage>();
  /** The offset of the last ACL record applied: an authorizer indexes the ACLs again when it moves. */
  aclsOffset = -1;
  /** The offset of the last FeatureLevelRecord applied: the finalized features' epoch, as Kafka's. */
  featuresOffset = -1;
  /** Client quotas by entity key (Kafka's ClientQuotasImage). */
  readonly clientQuotas = new Map<string, ClientQuotaImage>();
  /** The offset of the last ClientQuotaRecord applied: the quota managers load the quotas again when it moves. */
  clientQuotasOffset = -1;
  /** The first producer id not yet handed out in a block (ProducerIdsRecord). */
  nextProducerId = 0n;
  /** The offset of the last record applied (-1: none). */
  offset = -1;

  topic(name: string): TopicImage | undefined {
    const id = this.topicIdsByName.get(name);
    return id === undefined ? undefined : this.topicsById.get(id);
  }

  partition(topic: string, partition: number): PartitionRegistration | undefined {
    return this.topic(topic)?.partitions.get(partition);
  }

  /** Brokers that may lead and serve clients: registered and not fenced. */
  liveBrokers(): BrokerRegistration[] {
    return this.registeredBrokers().filter((b) => !b.fenced);
  }

  /** Every registered broker, fenced or not, by id. */
  registeredBrokers(): BrokerRegistration[] {
    return [...this.brokers.values()].sort((a, b) => a.id - b.id);
  }

  topicConfig(topic: string): Map<string, string> {
    return this.configs.get(`${ConfigResourceType.Topic}:${topic}`) ?? new Map();
  }

  /** The cluster-wide dynamic broker configs (ConfigRecords for the BROKER resource named ''). */
  clusterConfig(): Map<string, string> {
    return this.brokerConfig('');
  }

  /** One broker's own dynamic configs (the BROKER resource named by its id), or with '' the cluster's defaults. */
  brokerConfig(resourceName: string): Map<string, string> {
    return this.configs.get(`${ConfigResourceType.Broker}:${resourceName}`) ?? new Map();
  }

  /**
   * A consumer group's own configs (the GROUP resource, KIP-848's per-group session timeout and heartbeat) or a
   * client metrics subscription's (CLIENT_METRICS, KIP-714).
   */
  namedConfig(resourceType: NamedConfigResource, name: string): Map<string, string> {
    return this.configs.get(`${resourceType}:${name}`) ?? new Map();
  }

  /**
   * The groups that have configs of their own (Kafka's GroupConfigManager.groupIds), or the client metrics
   * subscriptions (ClientMetricsManager.listClientMetricsResources).
   */
  namesWithConfigs(resourceType: NamedConfigResource): string[] {
    const prefix = `${resourceType}:`;
    const ids: string[] = [];
    for (const [key, values] of this.configs)
      if (key.startsWith(prefix) && values.size > 0) ids.push(key.slice(prefix.length));
    return ids;
  }

  /** Whether the controller keeps eligible leader replicas: `eligible.leader.replicas.version` >= 1 (KIP-966). */
  get elrEnabled(): boolean {
    return (this.features.get(ELR_FEATURE) ?? 0) >= 1;
  }

  /** A deep copy (the controller's working image starts from the committed one). */
  clone(): MetadataImage {
    const copy = new MetadataImage();
    for (const [id, b] of this.brokers) copy.brokers.set(id, structuredClone(b));
    for (const [id, t] of this.topicsById) {
      copy.topicsById.set(id, { name: t.name, id: t.id, partitions: structuredClone(t.partitions) });
    }
    for (const [name, id] of this.topicIdsByName) copy.topicIdsByName.set(name, id);
    for (const [key, values] of this.configs) copy.configs.set(key, new Map(values));
    for (const [name, level] of this.features) copy.features.set(name, level);
    for (const [user, byMechanism] of this.scramCredentials) copy.scramCredentials.set(user, new Map(byMechanism));
    for (const [id, acl] of this.acls) copy.acls.set(id, acl);
    for (const [id, token] of this.delegationTokens) copy.delegationTokens.set(id, token);
    copy.aclsOffset = this.aclsOffset;
    copy.featuresOffset = this.featuresOffset;
    for (const [key, q] of this.clientQuotas) {
      copy.clientQuotas.set(key, { entity: { ...q.entity }, values: { ...q.values } });
    }
    copy.clientQuotasOffset = this.clientQuotasOffset;
    copy.nextProducerId = this.nextProducerId;
    copy.offset = this.offset;
    return copy;
  }

  /** Replays one record at `offset` (Kafka's MetadataDelta.replay); throws on a record the log cannot hold. */
  apply(record: MetadataRecord, offset: number): MetadataChange {
    this.offset = offset;
    switch (record.type) {
      case 'RegisterBrokerRecord': {
        const v = record.value;
        this.brokers.set(v.brokerId, {
          id: v.brokerId,
          epoch: v.brokerEpoch,
          incarnationId: v.incarnationId,
          endpoints: v.endPoints.map((e) => ({ ...e })),
          rack: v.rack,
          fenced: v.fenced,
          inControlledShutdown: v.inControlledShutdown,
        });
        return { kind: 'broker', id: v.brokerId };
      }
      case 'UnregisterBrokerRecord':
        this.brokers.delete(record.value.brokerId);
        return { kind: 'broker', id: record.value.brokerId };
      case 'FenceBrokerRecord':
        return this.changeBroker(record.value.id, record.value.epoch, 1, 0);
      case 'UnfenceBrokerRecord':
        return this.changeBroker(record.value.id, record.value.epoch, -1, 0);
      case 'BrokerRegistrationChangeRecord': {
        const v = record.value;
        return this.changeBroker(v.brokerId, v.brokerEpoch, v.fenced, v.inControlledShutdown);
      }
      case 'TopicRecord': {
        const { name, topicId } = record.value;
        this.topicsById.set(topicId, { name, id: topicId, partitions: new Map() });
        this.topicIdsByName.set(name, topicId);
        return { kind: 'topic', name, id: topicId };
      }
      case 'PartitionRecord': {
        const v = record.value;
        const topic = this.topicOrThrow(v.topicId);
        const state: PartitionRegistration = {
          replicas: [...v.replicas],
          isr: [...v.isr],
          leader: v.leader,
          leaderEpoch: v.leaderEpoch,
          partitionEpoch: v.partitionEpoch,
          leaderRecoveryState: v.leaderRecoveryState,
          addingReplicas: [...v.addingReplicas],
          removingReplicas: [...v.removingReplicas],
          elr: [...(v.eligibleLeaderReplicas ?? [])],
          lastKnownElr: [...(v.lastKnownElr ?? [])],
        };
        topic.partitions.set(v.partitionId, state);
        return { kind: 'partition', topic: topic.name, topicId: topic.id, partition: v.partitionId, state };
      }
      case 'PartitionChangeRecord': {
        const v = record.value;
        const topic = this.topicOrThrow(v.topicId);
        const old = topic.partitions.get(v.partitionId);
        if (!old) throw new Error(`PartitionChangeRecord for unknown partition ${topic.name}-${v.partitionId}`);
        // PartitionRegistration.merge: the partition epoch moves on every change, the leader epoch when a
        // leader is named (the same one again included: Kafka names it to bump the epoch on reassignment).
        const state: PartitionRegistration = {
          replicas: v.replicas ? [...v.replicas] : old.replicas,
          isr: v.isr ? [...v.isr] : old.isr,
          leader: v.leader === NO_LEADER_CHANGE ? old.leader : v.leader,
          leaderEpoch: v.leader === NO_LEADER_CHANGE ? old.leaderEpoch : old.leaderEpoch + 1,
          partitionEpoch: old.partitionEpoch + 1,
          leaderRecoveryState: v.leaderRecoveryState === -1 ? old.leaderRecoveryState : v.leaderRecoveryState,
          addingReplicas: v.addingReplicas ? [...v.addingReplicas] : old.addingReplicas,
          removingReplicas: v.removingReplicas ? [...v.removingReplicas] : old.removingReplicas,
          elr: v.eligibleLeaderReplicas ? [...v.eligibleLeaderReplicas] : old.elr,
          lastKnownElr: v.lastKnownElr ? [...v.lastKnownElr] : old.lastKnownElr,
        };
        topic.partitions.set(v.partitionId, state);
        return { kind: 'partition', topic: topic.name, topicId: topic.id, partition: v.partitionId, state };
      }
      case 'RemoveTopicRecord': {
        const topic = this.topicOrThrow(record.value.topicId);
        this.topicsById.delete(topic.id);
        this.topicIdsByName.delete(topic.name);
        this.configs.delete(`${ConfigResourceType.Topic}:${topic.name}`);
        return { kind: 'topic-removed', name: topic.name, id: topic.id, partitions: [...topic.partitions.keys()] };
      }
      case 'ConfigRecord': {
        const v = record.value;
        const key = `${v.resourceType}:${v.resourceName}`;
        const values = this.configs.get(key) ?? new Map<string, string>();
        if (v.value === null) values.delete(v.name);
        else values.set(v.name, v.value);
        if (values.size === 0) this.configs.delete(key);
        else this.configs.set(key, values);
        return { kind: 'config', resourceType: v.resourceType, resourceName: v.resourceName };
      }
      case 'FeatureLevelRecord':
        if (record.value.featureLevel === 0) this.features.delete(record.value.name);
        else this.features.set(record.value.name, record.value.featureLevel);
        this.featuresOffset = offset;
        return { kind: 'feature', name: record.value.name };
      case 'UserScramCredentialRecord': {
        const { name, mechanism, salt, storedKey, serverKey, iterations } = record.value;
        const byMechanism = this.scramCredentials.get(name) ?? new Map<number, ScramCredentialImage>();
        byMechanism.set(mechanism, { salt, storedKey, serverKey, iterations });
        this.scramCredentials.set(name, byMechanism);
        return { kind: 'scram', user: name };
      }
      case 'RemoveUserScramCredentialRecord': {
        const { name, mechanism } = record.value;
        const byMechanism = this.scramCredentials.get(name);
        byMechanism?.delete(mechanism);
        if (byMechanism?.size === 0) this.scramCredentials.delete(name);
        return { kind: 'scram', user: name };
      }
      case 'DelegationTokenRecord': {
        const v = record.value;
        this.delegationTokens.set(v.tokenId, {
          tokenId: v.tokenId,
          owner: v.owner,
          requester: v.requester,
          renewers: [...v.renewers],
          issueTimestamp: Number(v.issueTimestamp),
          maxTimestamp: Number(v.maxTimestamp),
          expiryTimestamp: Number(v.expirationTimestamp),
        });
        return { kind: 'delegation-token', tokenId: v.tokenId };
      }
      case 'RemoveDelegationTokenRecord':
        this.delegationTokens.delete(record.value.tokenId);
        return { kind: 'delegation-token', tokenId: record.value.tokenId };
      case 'AccessControlEntryRecord': {
        const { id, ...binding } = record.value;
        this.acls.set(id, binding);
        this.aclsOffset = offset;
        return { kind: 'acl', id };
      }
      case 'RemoveAccessControlEntryRecord':
        this.acls.delete(record.value.id);
        this.aclsOffset = offset;
        return { kind: 'acl', id: record.value.id };
      case 'ClientQuotaRecord': {
        const { entity: parts, key, value, remove } = record.value;
        const entity = Object.fromEntries(parts.map((p) => [p.entityType, p.entityName]));
        const entityKey = clientQuotaEntityKey(entity);
        const entry = this.clientQuotas.get(entityKey) ?? { entity, values: {} };
        if (remove) delete entry.values[key];
        else entry.values[key] = value;
        // An entity without quotas is gone (ClientQuotaControlManager.replay).
        if (Object.keys(entry.values).length === 0) this.clientQuotas.delete(entityKey);
        else this.clientQuotas.set(entityKey, entry);
        this.clientQuotasOffset = offset;
        return { kind: 'client-quota' };
      }
      case 'ProducerIdsRecord':
        this.nextProducerId = record.value.nextProducerId;
        return { kind: 'producer-ids' };
      case 'NoOpRecord':
        return null;
      default:
        // ACLs, quotas, SCRAM credentials, delegation tokens...: kept by no one yet.
        return null;
    }
  }

  /** BrokerRegistrationChangeRecord's fencing: 1 fence, -1 unfence, 0 unchanged; controlled shutdown 1 enters. */
  private changeBroker(id: number, epoch: bigint, fenced: number, inControlledShutdown: number): MetadataChange {
    const broker = this.brokers.get(id);
    if (!broker || broker.epoch !== epoch) return null; // a change for an older registration
    if (fenced === 1) broker.fenced = true;
    else if (fenced === -1) broker.fenced = false;
    if (inControlledShutdown === 1) broker.inControlledShutdown = true;
    return { kind: 'broker', id };
  }

  private topicOrThrow(topicId: string): TopicImage {
    const topic = this.topicsById.get(topicId);
    if (!topic) throw new Error(`metadata record for unknown topic id ${topicId}`);
    return topic;
  }
}
