/**
 * `import { BrookContainer } from 'brook/testcontainers'`: the Brook image as a testcontainers module, started
 * the way `@testcontainers/kafka`'s KafkaContainer starts Kafka, so a suite swaps one for the other in one line:
 *
 *   const kafka = await new KafkaContainer('confluentinc/cp-kafka:7.9.0').withKraft().start();
 *   const kafka = await new BrookContainer('brook:latest').withKraft().start();
 *   // either: brokers: [`${kafka.getHost()}:${kafka.getMappedPort(9093)}`]
 *
 * Same ports as KafkaContainer: 9093 is the PLAINTEXT listener mapped to the host, 9092 the BROKER listener for
 * containers on the same network (advertised under the first network alias). As KafkaContainer does, the
 * container starts a shell that waits for a starter script, and the script (copied in once the host port is
 * known) sets KAFKA_ADVERTISED_LISTENERS to the mapped address: clients get an address they can reach, with no
 * fixed host ports. Configuration is by KAFKA_* variables (`withEnvironment`), mapped as the official Kafka image
 * maps them (src/config/env.ts). Ready means the ops listener's /ready answers 200 (listeners bound, internal
 * topics loaded). `testcontainers` is an optional peer dependency: install it beside Brook to use this module.
 */
import {
  AbstractStartedContainer,
  BoundPorts,
  GenericContainer,
  getContainerRuntimeClient,
  type InspectResult,
  type StartedTestContainer,
  Wait,
  type WaitStrategy,
  waitForContainer,
} from 'testcontainers';

/** The PLAINTEXT listener, mapped to the host (KafkaContainer's KAFKA_PORT). */
export const BROOK_PORT = 9093;
/** The listener for containers on the same network (KafkaContainer's KAFKA_BROKER_PORT). */
export const BROOK_BROKER_PORT = 9092;
/** The ops HTTP listener: /metrics, /health, /ready. */
export const BROOK_HTTP_PORT = 9644;
/** The SQL processor's REST API (ksqlDB's), with `withSql()`. */
export const BROOK_SQL_PORT = 8088;
/** The image `docker build -t brook .` makes from this repository's Dockerfile. */
export const DEFAULT_BROOK_IMAGE = 'brook:latest';

/** The variables a BrookContainer starts with (KAFKA_* mapped onto config keys; the advertised listeners come at start). */
export const BROOK_CONTAINER_ENV: Readonly<Record<string, string>> = {
  // BROKER first: the broker's first advertised listener is what companions inside the container (the SQL
  // processor) bootstrap from, and only the network name is reachable from in there
  KAFKA_LISTENERS: `BROKER://0.0.0.0:${BROOK_BROKER_PORT},PLAINTEXT://0.0.0.0:${BROOK_PORT}`,
  KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'BROKER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
  KAFKA_NODE_ID: '1',
  KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: '0',
  KAFKA_HTTP_LISTENERS: `http://0.0.0.0:${BROOK_HTTP_PORT}`,
  KAFKA_SQL_LISTENERS: '',
};

const STARTER_SCRIPT = '/tmp/testcontainers_start.sh';
const WAIT_FOR_SCRIPT_MESSAGE = 'Waiting for script...';

export class BrookContainer extends GenericContainer {
  private sql = false;
  private readyStrategy: WaitStrategy = Wait.forHttp('/ready', BROOK_HTTP_PORT).forStatusCode(200);

  constructor(image: string = DEFAULT_BROOK_IMAGE) {
    super(image);
    this.withExposedPorts(BROOK_PORT, BROOK_HTTP_PORT)
      .withStartupTimeout(60_000)
      .withEnvironment({ ...BROOK_CONTAINER_ENV });
  }

  /** Accepted so a KafkaContainer line carries over: Brook runs without ZooKeeper and needs no KRaft switch. */
  withKraft(): this {
    return this;
  }

  /** KafkaContainer's ZooKeeper mode: Brook has none. */
  withZooKeeper(_host: string, _port: number): never {
    throw new Error('BrookContainer: Brook runs without ZooKeeper (drop withZooKeeper; withKraft() is accepted)');
  }

  /** KafkaContainer's SASL_SSL listener: not in Brook's image yet. */
  withSaslSslListener(_options: unknown): never {
    throw new Error('BrookContainer: a SASL_SSL listener is not supported yet');
  }

  /** Also runs the SQL processor (ksqlDB's REST API) on 8088, mapped to the host. */
  withSql(): this {
    this.sql = true;
    return this.withExposedPorts(BROOK_SQL_PORT).withEnvironment({
      KAFKA_SQL_LISTENERS: `http://0.0.0.0:${BROOK_SQL_PORT}`,
    });
  }

  override withWaitStrategy(waitStrategy: WaitStrategy): this {
    this.readyStrategy = waitStrategy;
    return this;
  }

  protected override async beforeContainerCreated(): Promise<void> {
    // until the starter script exists, the container only waits for it; readiness is checked after (containerStarted)
    this.waitStrategy = Wait.forLogMessage(WAIT_FOR_SCRIPT_MESSAGE);
    this.withEntrypoint(['/usr/bin/tini', '--', 'sh']);
    this.withCommand([
      '-c',
      `echo '${WAIT_FOR_SCRIPT_MESSAGE}'; while [ ! -f ${STARTER_SCRIPT} ]; do sleep 0.1; done; exec ${STARTER_SCRIPT}`,
    ]);
  }

  override async start(): Promise<StartedBrookContainer> {
    return new StartedBrookContainer(await super.start(), this.sql);
  }

  protected override async containerStarted(
    container: StartedTestContainer,
    inspectResult: InspectResult,
  ): Promise<void> {
    const alias = this.networkMode && this.networkAliases.length > 0 ? this.networkAliases[0] : inspectResult.hostname;
    const advertised = advertisedListeners(alias!, container.getHost(), container.getMappedPort(BROOK_PORT));
    const script = `#!/bin/sh\nexport KAFKA_ADVERTISED_LISTENERS='${advertised}'\nexec node /app/bin/brook.js serve --config-from-env\n`;
    await container.copyContentToContainer([{ content: script, target: STARTER_SCRIPT, mode: 0o755 }]);
    const client = await getContainerRuntimeClient();
    const boundPorts = BoundPorts.fromInspectResult(client.info.containerRuntime.hostIps, inspectResult).filter(
      this.exposedPorts,
    );
    await waitForContainer(client, client.container.getById(container.getId()), this.readyStrategy, boundPorts);
  }
}

/**
 * The advertised listeners of a started container: BROKER under its network name (containers beside it),
 * PLAINTEXT at the host's address and mapped port (the test process). Kept apart to be tested without an engine.
 */
export function advertisedListeners(networkHost: string, host: string, mappedPort: number): string {
  const hostPart = host.includes(':') ? `[${host}]` : host;
  return `BROKER://${networkHost}:${BROOK_BROKER_PORT},PLAINTEXT://${hostPart}:${mappedPort}`;
}

export class StartedBrookContainer extends AbstractStartedContainer {
  constructor(
    started: StartedTestContainer,
    private readonly sql: boolean,
  ) {
    super(started);
  }

  /** `host:port` for a client's `brokers` / `bootstrap.servers`. */
  getBootstrapServers(): string {
    return `${this.getHost()}:${this.getMappedPort(BROOK_PORT)}`;
  }

  /** `http://host:port` of the ops listener (`/metrics`, `/health`, `/ready`). */
  getHttpUrl(): string {
    return `http://${this.getHost()}:${this.getMappedPort(BROOK_HTTP_PORT)}`;
  }

  /** `http://host:port` of the SQL processor's REST API (after `withSql()`). */
  getSqlUrl(): string {
    if (!this.sql) throw new Error('BrookContainer: start it withSql() to get the SQL processor');
    return `http://${this.getHost()}:${this.getMappedPort(BROOK_SQL_PORT)}`;
  }
}
