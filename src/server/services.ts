import type { KRaftNode } from '../cluster/kraft-broker';
import type { MetadataQuorum } from '../cluster/metadata-quorum';
import type { BrokerConfig } from '../config';
import type { HandlerRegistry } from '../handlers/registry';
import type { Logger } from '../log';
import type { FetchSessionCache } from '../fetch/sessions';
import type { GroupCoordinator } from '../groups';
import type { SharePartitionManager } from '../share';
import type { TopicService } from '../topics/topic-service';
import type { TransactionCoordinator } from '../transactions';
import type { BrokerMetrics } from '../metrics/broker-metrics';
import type { RequestTrace } from '../metrics/request-trace';
import type { Faults } from './faults';
import type { DelegationTokens } from '../security/delegation-tokens';
import type { ScramCredentialStore } from '../security/scram-store';
import type { Authorizer } from '../security/authorizer';
import type { ClientQuotas } from '../quotas/client-quotas';
import type { TlsReload } from '../security/tls-reload';
import type { NamedConfigResource } from '../../replication/metadata/image';

/** An address handed to clients (Metadata, FindCoordinator, DescribeCluster). */
export interface Endpoint {
  listenerName: string;
  host: string;
  port: number;
  securityProtocol: string;
}

/** What handlers may use of the running broker. */
export interface BrokerServices {
  readonly config: BrokerConfig;
  readonly nodeId: number;
  readonly clusterId: string;
  readonly registry: HandlerRegistry;
  readonly faults: Faults;
  /** Counters for /metrics (src/metrics): handlers add what they produce and serve. */
  readonly metrics: BrokerMetrics;
  /** Request tracing on demand (src/metrics/request-trace.ts). */
  readonly requestTrace: RequestTrace;
  readonly topics: TopicService;
  readonly fetchSessions: FetchSessionCache;
  /** The group coordinator (src/groups). */
  readonly groups: GroupCoordinator;
  /**
   * Share groups' share-partitions and sessions (src/share); null in a KRaft cluster, which does not serve share
   * groups yet (as a Kafka cluster with share.version 0: the share APIs answer UNSUPPORTED_VERSION).
   */
  readonly shares: SharePartitionManager | null;
  /** The transaction coordinator and producer ids (src/transactions). */
  readonly transactions: TransactionCoordinator;
  /** The KRaft metadata quorum on a controller voter (replication/raft), else null. */
  readonly quorum: MetadataQuorum | null;
  /** The controller and broker sides of a KRaft cluster node (replication/metadata), else null. */
  readonly kraft: KRaftNode | null;
  readonly log: Logger;
  /** Log directories (absolute paths). */
  readonly logDirs: string[];
  /** The advertised endpoint of a listener (the one the request came in on), with the bound port. */
  advertisedEndpoint(listenerName: string): Endpoint | undefined;
  advertisedEndpoints(): Endpoint[];
  /** Writes the dynamic broker configs (AlterConfigs on the broker) to the data dir; they survive restarts. */
  persistDynamicConfigs(): void;
  /** TLS listeners whose keystore or truststore keys changed, checked for use (throws ConfigError); nothing changes. */
  pendingTlsReloads(): TlsReload[];
  /** Serves new connections of those listeners with their reloaded keystore and truststore. */
  applyTlsReloads(reloads: readonly TlsReload[]): void;
  /**
   * A consumer group's own configs (the GROUP config resource) or a client metrics subscription's (CLIENT_METRICS):
   * a KRaft cluster's from its metadata log.
   */
  namedConfigs(resourceType: NamedConfigResource, name: string): ReadonlyMap<string, string>;
  /** The groups, or the client metrics subscriptions, that have configs (ListConfigResources). */
  namesWithConfigs(resourceType: NamedConfigResource): string[];
  /** Replaces a group's or a subscription's configs on a single node (kept in the data dir; a KRaft cluster commits them instead). */
  replaceNamedConfigs(resourceType: NamedConfigResource, name: string, values: Readonly<Record<string, string>>): void;
  /** SCRAM credentials (DescribeUserScramCredentials / AlterUserScramCredentials, SASL/SCRAM). */
  readonly scramCredentials: ScramCredentialStore;
  /** The ACL authorizer when `authorizer.class.name` is set, else null (every request allowed; handlers use auth.ts). */
  readonly authorizer: Authorizer | null;
  /** Client quotas (src/quotas): Describe/AlterClientQuotas, and the rates Produce, Fetch and every request are held to. */
  readonly clientQuotas: ClientQuotas;
  /** Delegation tokens (Create/Renew/Expire/DescribeDelegationToken, SCRAM logins with `tokenauth=true`). */
  readonly delegationTokens: DelegationTokens;
  /** Security events counted since start (never fatal to the broker). */
  readonly securityStats: SecurityStats;
  /** Epoch-ms clock (tests may substitute it). */
  now(): number;
}

export interface SecurityStats {
  /** TLS handshakes that failed (bad certificate, garbage bytes, wrong protocol). */
  tlsHandshakeFailures: number;
  /** SASL exchanges refused (wrong credentials, unknown mechanism). */
  saslAuthenticationFailures: number;
}
