import { Socket } from 'node:net';
import { TLSSocket, Server as TlsServer, type TlsOptions } from 'node:tls';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Duplex } from 'node:stream';
import { type Clock, systemClock } from '../clock';
import type { BrokerConfig } from '../config';
import { FetchSessionCache } from '../fetch/sessions';
import { type GroupCoordinator, startGroupCoordinator } from '../groups';
import { type SharePartitionManager, startSharePartitions } from '../share';
import type { KRaftNode } from '../cluster/kraft-broker';
import type { MetadataQuorum } from '../cluster/metadata-quorum';
import { ConfigResourceType, type NamedConfigResource } from '../../replication/metadata/image';
import { ResourceConfigFile } from './resource-config-file';
import { controllerListenerNames, dynamicQuorum, quorumConfigured } from '../cluster/quorum-config';
import { createHandlerRegistry } from '../handlers';
import type { HandlerRegistry } from '../handlers/registry';
import { createLogger, type Logger } from '../log';
import { BrokerMetrics } from '../metrics/broker-metrics';
import { RequestTrace } from '../metrics/request-trace';
import { TopicRegistry } from '../topics/registry';
import { ControllerProducerIdManager, startTransactionCoordinator, type TransactionCoordinator } from '../transactions';
import { type PartitionLogs, StoragePartitionLogs } from '../topics/storage-adapter';
import { TopicService } from '../topics/topic-service';
import { Connection } from './connection';
import { loadOrCreateMeta, lockDataDirs, metadataIdentityDir, prepareDataDir, StartupError } from './data-dir';
import { RequestDispatcher } from './dispatcher';
import { Faults } from './faults';
import { type BoundListener, closeServer, listen } from './listener';
import { checkSameIdentity, type TlsReload, tlsKeysOf } from '../security/tls-reload';
import { tlsServerOptions } from '../security/tls';
import { RateLimitedWarning } from './rate-limited-log';
import { RequestMemoryBudget } from './request-memory';
import type { AlterPartitionRequest } from '../../replication';
import { ReadBuffers } from '../../storage';
import type { BrokerServices, Endpoint, SecurityStats } from './services';
import {
  closeListenerSecurity,
  initListenerSecurity,
  type ListenerSecurity,
  listenerSecurity,
} from '../security/listener-security';
import { ANONYMOUS, type Principal, rfc2253Subject, userPrincipal } from '../security/principal';
import { SaslAuthenticator } from '../security/sasl-authenticator';
import {
  DelegationTokens,
  delegationTokenSettings,
  FileDelegationTokenStore,
  MetadataDelegationTokenStore,
} from '../security/delegation-tokens';
import {
  FileScramCredentialStore,
  MetadataScramCredentialStore,
  SCRAM_STORE_FILE,
  type ScramCredentialStore,
} from '../security/scram-store';
import { AUTHORIZER_NAMES, Authorizer, parseSuperUsers } from '../security/authorizer';
import { ACL_STORE_FILE, FileAclStore, MetadataAclStore } from '../security/acl-store';
import { type PasswordCheck, passwordCheck } from '../security/password-check';
import { ClientQuotas } from '../quotas/client-quotas';
import { FileClientQuotaStore, MetadataClientQuotaStore } from '../quotas/client-quota-store';
import { replicationQuotas } from '../quotas/replication-quota';

export { StartupError } from './data-dir';

export interface BrokerOptions {
  config: BrokerConfig;
  logger?: Logger;
  /** Substitute partition storage (tests); default: storage/ under the config's log.dirs. */
  partitionLogs?: PartitionLogs;
  /** Skip binding the configured listeners (in-memory use through `acceptStream`). */
  noListeners?: boolean;
  /** Bytes queued for writing on a connection before Brook stops reading it (default 4 MiB). */
  writeHighWaterMark?: number;
  /**
   * Time for retention, segment rolls, group sessions and rebalances, transaction timeouts (default: real
   * time). `brook/testing` passes a ManualClock for `startBroker({ clock: 'manual' })`.
   */
  clock?: Clock;
}

/** Dynamic broker configs (AlterConfigs on the broker resource), kept across restarts. */
const DYNAMIC_CONFIGS_FILE = 'brook-broker-configs.json';
/** Where a single node keeps the configs of each named config resource (a KRaft cluster: its metadata log). */
const NAMED_CONFIG_FILES: Record<NamedConfigResource, string> = {
  [ConfigResourceType.Group]: 'brook-group-configs.json',
  [ConfigResourceType.ClientMetrics]: 'brook-client-metrics-configs.json',
};

/** Bytes waiting to be written on a connection before Brook stops reading from it. */
const DEFAULT_WRITE_HIGH_WATER_MARK = 4 * 1024 * 1024;

/**
 * One running broker: configuration, topics and their logs, the handler registry, and the listeners. The
 * network core accepts any Duplex stream (`acceptStream`), so tests can run without sockets; TCP listeners
 * just hand their sockets to it.
 */
export class Broker implements BrokerServices {
  readonly faults = new Faults();
  readonly metrics = new BrokerMetrics();
  readonly requestTrace = new RequestTrace();
  readonly registry: HandlerRegistry;
  readonly fetchSessions: FetchSessionCache;
  /** What fetches read record bytes into, given back by connections once written (storage/read-buffers.ts). */
  readonly readBuffers = new ReadBuffers();
  groups!: GroupCoordinator;
  /** Share groups' share-partitions and sessions on a single node (null in a KRaft cluster: services.ts). */
  shares: SharePartitionManager | null = null;
  /** Groups' and client metrics subscriptions' configs on a single node (a KRaft cluster: its metadata log). */
  private namedConfigFiles = new Map<NamedConfigResource, ResourceConfigFile>();
  transactions!: TransactionCoordinator;
  /** The KRaft metadata quorum when this node is a controller voter (controller.quorum.voters), else null. */
  quorum: MetadataQuorum | null = null;
  /** The controller and broker sides of a KRaft node (with controller.quorum.voters), else null. */
  kraft: KRaftNode | null = null;
  boundListeners: BoundListener[] = [];
  /** Each TLS listener's keystore and truststore keys as last loaded (tls-reload.ts), to reload only on a change. */
  private readonly tlsKeysServed = new Map<string, string>();
  /** Connections to broker listeners waiting for this KRaft node to catch up with the metadata log. */
  private readonly heldSockets = new Set<Socket>();
  private readonly connections = new Set<Connection>();
  private readonly connectionsPerIp = new Map<string, number>();
  private readonly dispatcher: RequestDispatcher;
  /** queued.max.request.bytes across all connections. */
  private readonly requestMemory: RequestMemoryBudget;
  /** Rejected connections and bad frames, logged at a bounded rate. */
  private readonly rejections: RateLimitedWarning;
  private nextConnectionId = 0;
  private stopping: Promise<void> | null = null;
  /** Removes expired delegation tokens now and then (when tokens are on). */
  private tokenSweep: NodeJS.Timeout | null = null;
  /** Releases the data dir locks (end of stop). */
  private releaseLocks: () => void = () => {};
  readonly logDirs: string[];
  readonly securityStats: SecurityStats = { tlsHandshakeFailures: 0, saslAuthenticationFailures: 0 };
  /** A broker user's name and password (PLAIN users of the SASL listeners, SCRAM users): the ops listener's basic auth. */
  readonly checkPassword: PasswordCheck;

  private constructor(
    readonly config: BrokerConfig,
    readonly nodeId: number,
    readonly clusterId: string,
    readonly topics: TopicService,
    readonly log: Logger,
    private readonly writeHighWaterMark: number,
    readonly scramCredentials: ScramCredentialStore,
    /** The ACL authorizer (authorizer.class.name), or null: then every request is allowed, as Kafka without one. */
    readonly authorizer: Authorizer | null,
    /** Each listener's TLS / SASL setup, by listener name (resolved before anything is opened). */
    private readonly security: Map<string, ListenerSecurity>,
    /** The broker's time (src/clock.ts). */
    readonly clock: Clock,
    readonly clientQuotas: ClientQuotas,
    readonly delegationTokens: DelegationTokens,
  ) {
    this.logDirs = config.logDirs.map((d) => resolve(d));
    this.checkPassword = passwordCheck(
      () => [...security.values()].flatMap((s) => (s.sasl ? [s.sasl.plainUsers] : [])),
      scramCredentials,
    );
    this.registry = createHandlerRegistry({ kraft: quorumConfigured(config) });
    this.fetchSessions = new FetchSessionCache(config.number('max.incremental.fetch.session.cache.slots'));
    this.dispatcher = new RequestDispatcher(this.registry, this, log.child({ component: 'request' }));
    this.requestMemory = new RequestMemoryBudget(config.number('queued.max.request.bytes'));
    this.rejections = new RateLimitedWarning(log.child({ component: 'network' }), 'rejected connections');
  }

  static async start(options: BrokerOptions): Promise<Broker> {
    const { config } = options;
    const log = options.logger ?? createLogger();
    const dirs = config.logDirs;
    for (const dir of dirs) prepareDataDir(dir);
    const releaseLocks = await lockDataDirs(dirs);
    try {
      return await Broker.startLocked(options, log, releaseLocks);
    } catch (error) {
      releaseLocks();
      throw error;
    }
  }

  private static async startLocked(options: BrokerOptions, log: Logger, releaseLocks: () => void): Promise<Broker> {
    const { config } = options;
    const dirs = config.logDirs;
    if (dynamicQuorum(config) && !existsSync(join(metadataIdentityDir(config), 'meta.properties'))) {
      // KIP-853: the voter set is the formatted log's (the bootstrap checkpoint, or none on a node that joins
      // later); Kafka refuses an unformatted directory for every node, Brook for this case only.
      throw new StartupError(
        `No meta.properties found in ${metadataIdentityDir(config)}: a node with controller.quorum.bootstrap.servers and no controller.quorum.voters needs formatted storage (brook storage format --standalone, --initial-controllers or --no-initial-controllers)`,
      );
    }
    const meta = loadOrCreateMeta(dirs[0]!, config.nodeId, config.string('cluster.id'));
    // Keys, truststores and JAAS users are checked before any log is opened: a bad one stops the start cleanly.
    // A KRaft cluster's node (set once its quorum runs, below).
    let kraft: KRaftNode | null = null;
    let scramCredentials: ScramCredentialStore;
    if (quorumConfigured(config)) {
      // Kept in the metadata log, as Kafka does: every node knows every user.
      scramCredentials = new MetadataScramCredentialStore(() => kraft);
      if (existsSync(join(dirs[0]!, SCRAM_STORE_FILE))) {
        log.warn('ignoring the single-node SCRAM credential file: a KRaft cluster keeps users in its metadata log', {
          file: join(dirs[0]!, SCRAM_STORE_FILE),
        });
      }
    } else {
      try {
        scramCredentials = new FileScramCredentialStore(dirs[0]!);
      } catch (error) {
        throw new StartupError(`cannot read the SCRAM credentials in ${dirs[0]}: ${(error as Error).message}`);
      }
    }
    const clock = options.clock ?? systemClock;
    let delegationTokens: DelegationTokens;
    try {
      // Kept where the SCRAM users are: the metadata log of a KRaft cluster, else the data dir.
      const store = quorumConfigured(config)
        ? new MetadataDelegationTokenStore(() => kraft)
        : new FileDelegationTokenStore(dirs[0]!);
      delegationTokens = new DelegationTokens(store, delegationTokenSettings(config), () => clock.now());
    } catch (error) {
      throw new StartupError(`cannot read the delegation tokens in ${dirs[0]}: ${(error as Error).message}`);
    }
    const authorizer = startAuthorizer(config, dirs[0]!, log, () => kraft);
    let clientQuotas: ClientQuotas;
    try {
      // A KRaft cluster keeps them in its metadata log, as Kafka does: every node enforces the same quotas.
      const store = quorumConfigured(config)
        ? new MetadataClientQuotaStore(() => kraft)
        : new FileClientQuotaStore(dirs[0]!);
      clientQuotas = new ClientQuotas(store, {
        samples: config.number('quota.window.num'),
        windowMs: config.number('quota.window.size.seconds') * 1000,
      });
    } catch (error) {
      throw new StartupError(`cannot read the client quotas in ${dirs[0]}: ${(error as Error).message}`);
    }
    const security = new Map<string, ListenerSecurity>();
    for (const spec of config.listeners) {
      security.set(
        spec.name,
        listenerSecurity(
          config,
          spec.name,
          spec.securityProtocol,
          { scram: scramCredentials, tokens: delegationTokens },
          log.child({ component: 'security' }),
        ),
      );
    }
    try {
      await Promise.all([...security].map(([name, s]) => initListenerSecurity(name, s)));
    } catch (error) {
      for (const s of security.values()) closeListenerSecurity(s);
      throw error;
    }
    let registry: TopicRegistry;
    try {
      registry = new TopicRegistry(dirs[0]!);
    } catch (error) {
      throw new StartupError(`cannot read topic metadata in ${dirs[0]}: ${(error as Error).message}`);
    }
    let logs: PartitionLogs;
    try {
      logs =
        options.partitionLogs ??
        new StoragePartitionLogs(resolve(dirs[0]!), log.child({ component: 'storage' }), {
          retentionCheckMs: config.number('log.retention.check.interval.ms'),
          cleanerEnabled: config.bool('log.cleaner.enable'),
          // A dynamic cluster-wide config, as Kafka's: read when producers are expired.
          producerIdExpirationMs: () => config.number('producer.id.expiration.ms'),
          clock,
        });
    } catch (error) {
      throw new StartupError(`cannot open the logs in ${dirs[0]}: ${(error as Error).message}`);
    }
    // In a KRaft cluster leaders send ISR changes to the controller and followers fetch from other brokers.
    const replication = quorumConfigured(config)
      ? {
          alterPartition: { alterPartition: (r: AlterPartitionRequest) => kraft!.alterPartition(r) },
          leaderEndpoint: (brokerId: number) => kraft?.leaderEndpoint(brokerId) ?? null,
          replicaLagTimeMaxMs: config.number('replica.lag.time.max.ms'),
          replicationQuotas: replicationQuotas(config),
        }
      : {};
    const topics = new TopicService(registry, logs, config, log.child({ component: 'topics' }), undefined, replication);
    const broker = new Broker(
      config,
      meta.nodeId,
      meta.clusterId,
      topics,
      log,
      options.writeHighWaterMark ?? DEFAULT_WRITE_HIGH_WATER_MARK,
      scramCredentials,
      authorizer,
      security,
      clock,
      clientQuotas,
      delegationTokens,
    );
    broker.releaseLocks = releaseLocks;
    if (quorumConfigured(config)) {
      // Loaded only in a KRaft cluster, as the quorum below.
      const { KRaftNode } = require('../cluster/kraft-broker') as typeof import('../cluster/kraft-broker');
      kraft = new KRaftNode(
        config,
        broker.nodeId,
        topics,
        () => broker.advertisedEndpoints(),
        log.child({ component: 'kraft' }),
        broker.faults,
      );
      broker.kraft = kraft;
      kraft.onOwnConfigsChange = () => broker.reloadListenerTls();
      kraft.onIsrChange = (change) => {
        if (change === 'shrink') broker.metrics.isrShrinks++;
        else broker.metrics.isrExpands++;
      };
      topics.cluster = kraft;
    }
    broker.loadDynamicConfigs();
    try {
      await topics.load();
    } catch (error) {
      await logs.close().catch(() => {});
      throw new StartupError(`cannot open the logs in ${dirs[0]}: ${(error as Error).message}`);
    }
    for (const [type, file] of Object.entries(NAMED_CONFIG_FILES)) {
      broker.namedConfigFiles.set(
        Number(type) as NamedConfigResource,
        new ResourceConfigFile(join(dirs[0]!, file), log),
      );
    }
    const groupConfigs = (id: string) => broker.namedConfigs(ConfigResourceType.Group, id);
    broker.groups = await startGroupCoordinator(
      config,
      topics,
      log.child({ component: 'groups' }),
      clock,
      groupConfigs,
    );
    if (!kraft) {
      const shares = await startSharePartitions(config, topics, clock, groupConfigs, log.child({ component: 'share' }));
      broker.shares = shares;
      broker.groups.shareState = {
        initialize: (groupId, assignment) => {
          for (const [topicId, partitions] of assignment) shares.initialize(groupId, topicId, partitions);
        },
        deleteGroup: (groupId) => shares.deleteGroup(groupId),
      };
    }
    broker.transactions = await startTransactionCoordinator(
      config,
      resolve(dirs[0]!),
      topics,
      log.child({ component: 'transactions' }),
      (partition, producerId, result) => broker.groups.onTxnMarker(partition, producerId, result),
      // In a KRaft cluster producer ids come in blocks from the controller, unique across brokers.
      kraft ? new ControllerProducerIdManager(() => kraft!.allocateProducerIds()) : undefined,
      clock,
    );
    if (quorumConfigured(config)) {
      try {
        // Loaded only on a voter: a single-node broker never loads the Raft modules and their codecs.
        const { MetadataQuorum } = require('../cluster/metadata-quorum') as typeof import('../cluster/metadata-quorum');
        broker.quorum = MetadataQuorum.start(
          config,
          broker.nodeId,
          log.child({ component: 'raft' }),
          kraft?.listeners() ?? [],
          (raft) => kraft?.attach(raft),
          broker.faults,
        );
      } catch (error) {
        await broker.stop();
        throw new StartupError(`cannot start the metadata quorum: ${(error as Error).message}`);
      }
    }
    if (!options.noListeners) {
      try {
        for (const spec of config.listeners) {
          broker.boundListeners.push(
            await listen(
              spec,
              {
                backlog: config.number('socket.listen.backlog.size'),
                logger: log,
                tls: broker.security.get(spec.name)?.tls,
                onTlsError: (error, socket) => broker.onTlsError(error, socket, spec.name),
              },
              (socket, listener) => broker.acceptSocket(socket, listener.name),
            ),
          );
          // The listener serves what its security was built from at start-up: the static configs.
          broker.tlsKeysServed.set(
            spec.name,
            config.withDynamicValues(new Map(), () => tlsKeysOf(config, spec.name)),
          );
        }
      } catch (error) {
        await broker.stop();
        throw error;
      }
      // A single node's saved dynamic keystores (brook-broker-configs.json); a KRaft broker's come with its metadata.
      broker.reloadListenerTls();
    }
    // The broker registers once its listeners are bound (the ports it advertises are known).
    if (broker.kraft && broker.quorum) broker.kraft.start(broker.quorum);
    broker.startTokenSweep();
    log.info('broker started', {
      nodeId: broker.nodeId,
      clusterId: broker.clusterId,
      listeners: broker.boundListeners.map((l) => `${l.spec.name}://${l.host}:${l.port}`).join(','),
    });
    return broker;
  }

  now(): number {
    return this.clock.now();
  }

  /**
   * The SSL / SASL_SSL listeners whose keystore or truststore keys (RECONFIGURABLE_SSL_KEYS) differ from what they
   * serve, each with the TLS options the configs now in force give it, checked: readable, usable, the certificate's
   * identity kept (tls-reload.ts). Throws ConfigError naming the listener; changes nothing. A key set to the value
   * it had reloads nothing (Kafka 4.4: files are not reloaded without a config change).
   */
  pendingTlsReloads(): TlsReload[] {
    const reloads: TlsReload[] = [];
    for (const bound of this.boundListeners) {
      const security = this.security.get(bound.spec.name);
      if (!security?.tls || !(bound.server instanceof TlsServer)) continue;
      const keys = tlsKeysOf(this.config, bound.spec.name);
      if (keys === this.tlsKeysServed.get(bound.spec.name)) continue;
      const tls = tlsServerOptions(this.config, bound.spec.name);
      checkSameIdentity(security.tls, tls, this.config, bound.spec.name);
      reloads.push({ listener: bound.spec.name, server: bound.server, tls, keys });
    }
    return reloads;
  }

  /** New connections to these listeners get the reloaded keystore and truststore; open ones keep theirs. */
  applyTlsReloads(reloads: readonly TlsReload[]): void {
    for (const reload of reloads) {
      reload.server.setSecureContext({ ...reload.tls, noDelay: true } as TlsOptions);
      this.security.get(reload.listener)!.tls = reload.tls;
      this.tlsKeysServed.set(reload.listener, reload.keys);
      this.log.info('listener keystore and truststore reloaded', { listener: reload.listener });
    }
  }

  /**
   * After this broker's dynamic configs changed in a KRaft cluster's metadata log: reloads what changed, or logs
   * why it cannot and keeps serving the old keystore (as Kafka's brokers keep their configs when a change from the
   * log cannot be applied).
   */
  reloadListenerTls(): void {
    try {
      this.applyTlsReloads(this.pendingTlsReloads());
    } catch (error) {
      this.log.error('listener keystore not reloaded: the new configs cannot be used', {
        error: (error as Error).message,
      });
    }
  }

  namedConfigs(resourceType: NamedConfigResource, name: string): ReadonlyMap<string, string> {
    if (this.kraft) return this.kraft.metadata?.namedConfig(resourceType, name) ?? new Map();
    return this.namedConfigFiles.get(resourceType)!.of(name);
  }

  namesWithConfigs(resourceType: NamedConfigResource): string[] {
    if (this.kraft) return this.kraft.metadata?.namesWithConfigs(resourceType) ?? [];
    return this.namedConfigFiles.get(resourceType)!.names();
  }

  replaceNamedConfigs(resourceType: NamedConfigResource, name: string, values: Readonly<Record<string, string>>): void {
    this.namedConfigFiles.get(resourceType)!.replace(name, values);
  }

  persistDynamicConfigs(): void {
    const path = join(this.logDirs[0]!, DYNAMIC_CONFIGS_FILE);
    const tmp = `${path}.tmp`;
    // Owner-only: a listener's keystore and truststore passwords can be among them.
    writeFileSync(tmp, `${JSON.stringify(Object.fromEntries(this.config.dynamicEntries()), null, 1)}\n`, {
      mode: 0o600,
    });
    renameSync(tmp, path);
  }

  /** Re-applies the dynamic broker configs saved by an earlier run (bad entries are skipped with a warning). */
  private loadDynamicConfigs(): void {
    const path = join(this.logDirs[0]!, DYNAMIC_CONFIGS_FILE);
    if (!existsSync(path)) return;
    if (this.kraft) {
      // A KRaft cluster keeps them in its metadata log (ConfigRecords of this broker's resource).
      this.log.warn(
        'ignoring the single-node dynamic broker configs file: a KRaft cluster keeps them in its metadata log',
        {
          file: path,
        },
      );
      return;
    }
    let saved: Record<string, string>;
    try {
      saved = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
    } catch (error) {
      this.log.warn('ignoring unreadable dynamic broker configs', { path, error: (error as Error).message });
      return;
    }
    for (const [name, value] of Object.entries(saved)) {
      try {
        this.config.setDynamic(name, value);
      } catch (error) {
        this.log.warn('ignoring saved dynamic broker config', { name, error: (error as Error).message });
      }
    }
  }

  advertisedEndpoints(): Endpoint[] {
    return this.config.advertisedListeners.map((spec) => {
      const bound = this.boundListeners.find((l) => l.spec.name === spec.name);
      const listenerSpec = this.config.listeners.find((l) => l.name === spec.name);
      // An advertised port 0 (or one copied from a listener bound to port 0) means "the port actually bound".
      const port =
        spec.port === 0 || (listenerSpec && spec.port === listenerSpec.port && bound)
          ? (bound?.port ?? spec.port)
          : spec.port;
      const host = spec.host === '' || spec.host === '0.0.0.0' || spec.host === '::' ? '127.0.0.1' : spec.host;
      return { listenerName: spec.name, host, port, securityProtocol: spec.securityProtocol };
    });
  }

  advertisedEndpoint(listenerName: string): Endpoint | undefined {
    return this.advertisedEndpoints().find((e) => e.listenerName === listenerName);
  }

  /** A failed TLS handshake: counted, logged at a bounded rate (never its bytes), the connection dropped. */
  private onTlsError(error: Error, socket: Socket, listenerName: string): void {
    this.securityStats.tlsHandshakeFailures++;
    this.rejections.warn('TLS handshake failed', {
      listener: listenerName,
      remote: `${socket.remoteAddress}:${socket.remotePort}`,
      reason: (error as NodeJS.ErrnoException).code ?? error.message,
    });
  }

  /** The principal a TLS client certificate proves (ssl.principal.mapping.rules), else User:ANONYMOUS. */
  private transportPrincipal(socket: Duplex, security: ListenerSecurity | undefined): Principal {
    if (!(socket instanceof TLSSocket) || !socket.authorized || !security) return ANONYMOUS;
    const certificate = socket.getPeerX509Certificate();
    return certificate ? userPrincipal(security.principalMapper.name(rfc2253Subject(certificate))) : ANONYMOUS;
  }

  private acceptSocket(socket: Socket, listenerName: string): void {
    const remote = `${socket.remoteAddress}:${socket.remotePort}`;
    if (socket instanceof TLSSocket && !socket.authorized && socket.getPeerX509Certificate()) {
      // ssl.client.auth=requested: Node lets an untrusted certificate through unverified; Java's SSLEngine
      // (wantClientAuth) fails such a handshake, and so does Brook.
      this.onTlsError(new Error(String(socket.authorizationError)), socket, listenerName);
      socket.destroy();
      return;
    }
    const reason = this.refusal(socket.remoteAddress ?? '');
    if (reason) {
      this.rejections.warn('rejected connection', { remote, reason });
      socket.destroy();
      return;
    }
    if (this.kraft && !this.kraft.caughtUp && !controllerListenerNames(this.config).includes(listenerName)) {
      this.holdUntilCaughtUp(this.kraft, socket, listenerName);
      return;
    }
    socket.setNoDelay(true);
    const connection = this.acceptStream(socket, listenerName, remote);
    const ip = socket.remoteAddress ?? '';
    this.connectionsPerIp.set(ip, (this.connectionsPerIp.get(ip) ?? 0) + 1);
    connection.onClose(() => {
      const left = (this.connectionsPerIp.get(ip) ?? 1) - 1;
      if (left <= 0) this.connectionsPerIp.delete(ip);
      else this.connectionsPerIp.set(ip, left);
    });
  }

  /**
   * A broker listener's connection before this node caught up with the metadata log: its bytes stay unread (the
   * client waits, as for Kafka's broker, whose acceptors start only once it caught up) and it is served from the
   * moment the image holds what the cluster committed before this broker registered. The controller listeners are
   * never held: catching up goes through them.
   */
  private holdUntilCaughtUp(kraft: KRaftNode, socket: Socket, listenerName: string): void {
    // No 'data' listener yet: the socket reads no further than its stream's high-water mark.
    // A client that gives up meanwhile: nothing to serve, nothing to report.
    const dropped = () => socket.destroy();
    socket.on('error', dropped);
    // Counted against max.connections meanwhile (refusal).
    this.heldSockets.add(socket);
    void kraft.whenCaughtUp().then(() => {
      socket.off('error', dropped);
      this.heldSockets.delete(socket);
      if (socket.destroyed) return;
      if (this.stopping) socket.destroy();
      else this.acceptSocket(socket, listenerName);
    });
  }

  /** Why a new TCP connection is refused (max.connections, max.connections.per.ip, shutdown), or null. */
  private refusal(ip: string): string | null {
    if (this.stopping) return 'broker is shutting down';
    const max = this.config.number('max.connections');
    if (this.connections.size + this.heldSockets.size >= max) return `max.connections ${max} reached`;
    const perIp = this.config.number('max.connections.per.ip');
    if ((this.connectionsPerIp.get(ip) ?? 0) >= perIp) return `max.connections.per.ip ${perIp} reached for ${ip}`;
    return null;
  }

  /** Serves one client over any Duplex stream (a socket, or an in-memory pair). */
  acceptStream(stream: Duplex, listenerName = 'PLAINTEXT', remoteAddress = 'in-memory'): Connection {
    const id = `${listenerName}-${++this.nextConnectionId}`;
    const security = this.security.get(listenerName);
    const connection = new Connection(stream, this.dispatcher, {
      id,
      listenerName,
      remoteAddress,
      securityProtocol: security?.securityProtocol ?? 'PLAINTEXT',
      principal: this.transportPrincipal(stream, security),
      authenticator: security?.sasl ? new SaslAuthenticator(security.sasl, () => this.now()) : undefined,
      saslMaxReceiveBytes: this.config.number('sasl.server.max.receive.size'),
      maxRequestBytes: this.config.number('socket.request.max.bytes'),
      idleTimeoutMs: this.config.number('connections.max.idle.ms'),
      maxInFlight: this.config.number('queued.max.requests'),
      writeHighWaterMark: this.writeHighWaterMark,
      requestMemory: this.requestMemory,
      rejections: this.rejections,
      logger: this.log.child({ component: 'network' }),
      // Only a plain TCP socket is known to be done with a chunk when its write callback succeeds (the kernel
      // copied it); an in-memory pair may hand the very buffer to its reader, and TLS is left out to be safe.
      readBuffers: stream instanceof Socket && !(stream instanceof TLSSocket) ? this.readBuffers : undefined,
    });
    this.connections.add(connection);
    connection.onClose(() => this.connections.delete(connection));
    return connection;
  }

  /**
   * Ready for clients (the ops listener's /ready): listeners bound, both coordinators done loading their
   * internal topics (`__consumer_offsets`, `__transaction_state`) and, in a KRaft cluster, this broker
   * registered and unfenced by the controller; false again once stopping.
   */
  get isReady(): boolean {
    return (
      this.stopping === null &&
      (this.boundListeners.length > 0 || this.config.listeners.length === 0) &&
      this.groups?.isLoaded === true &&
      this.transactions?.isLoaded === true &&
      (this.kraft?.unfenced ?? true)
    );
  }

  get isStopping(): boolean {
    return this.stopping !== null;
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /**
   * Removes expired delegation tokens every delegation.token.expiry.check.interval.ms, as Kafka's controller does:
   * a cluster's active controller, or a single node itself. Only when tokens are on.
   */
  private startTokenSweep(): void {
    if (!this.delegationTokens.enabled) return;
    this.tokenSweep = setInterval(() => {
      if (this.kraft && !this.kraft.isActiveController) return;
      this.delegationTokens
        .sweep()
        .then((removed) => {
          if (removed.length > 0) this.log.info('expired delegation tokens removed', { tokens: removed.length });
        })
        .catch((error: unknown) => this.log.warn('delegation token sweep failed', { error: String(error) }));
    }, this.config.number('delegation.token.expiry.check.interval.ms'));
    this.tokenSweep.unref();
  }

  /** Stops accepting, closes connections, flushes and closes every log. Idempotent. */
  stop(): Promise<void> {
    if (!this.stopping) this.stopping = this.doStop();
    return this.stopping;
  }

  private async doStop(): Promise<void> {
    // Leadership moves to the other replicas first (Kafka's controlled shutdown), then the node leaves.
    await this.kraft?.controlledShutdown().catch(() => {});
    this.kraft?.stop();
    if (this.tokenSweep) clearInterval(this.tokenSweep);
    // A leading voter hands over first (EndQuorumEpoch) while its connections still work.
    await this.quorum
      ?.stop()
      .catch((error: unknown) => this.log.warn('metadata quorum stop failed', { error: String(error) }));
    // server.close() stops accepting at once and resolves when the last connection is gone.
    const closing = Promise.all(this.boundListeners.map((l) => closeServer(l.server).catch(() => {})));
    for (const connection of [...this.connections]) connection.close();
    await closing;
    this.fetchSessions.clear();
    this.shares?.close();
    for (const s of this.security.values()) closeListenerSecurity(s);
    this.groups?.close();
    this.transactions?.close();
    await this.topics.close();
    this.kraft?.recordCleanShutdown();
    this.releaseLocks();
    this.log.info('broker stopped', { nodeId: this.nodeId });
  }
}

/** The authorizer `authorizer.class.name` names (Kafka's StandardAuthorizer / AclAuthorizer, or `standard`), or null. */
function startAuthorizer(
  config: BrokerConfig,
  dataDir: string,
  log: Logger,
  kraft: () => KRaftNode | null,
): Authorizer | null {
  const name = config.string('authorizer.class.name')?.trim() ?? '';
  if (name === '') return null;
  if (!AUTHORIZER_NAMES.has(name)) {
    throw new StartupError(
      `authorizer.class.name=${name} is not an authorizer Brook has (use org.apache.kafka.metadata.authorizer.StandardAuthorizer)`,
    );
  }
  const options = {
    superUsers: parseSuperUsers(config.string('super.users')),
    allowEveryoneIfNoAclFound: config.bool('allow.everyone.if.no.acl.found'),
  };
  if (quorumConfigured(config)) {
    // Kept in the metadata log, as Kafka's StandardAuthorizer does: every node authorizes alike.
    if (existsSync(join(dataDir, ACL_STORE_FILE))) {
      log.warn('ignoring the single-node ACL file: a KRaft cluster keeps ACLs in its metadata log', {
        file: join(dataDir, ACL_STORE_FILE),
      });
    }
    return new Authorizer(new MetadataAclStore(kraft), options);
  }
  try {
    return new Authorizer(new FileAclStore(dataDir), options);
  } catch (error) {
    throw new StartupError(`cannot read the ACLs in ${dataDir}: ${(error as Error).message}`);
  }
}
