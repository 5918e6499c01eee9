/**
 * The official Kafka broker (apache/kafka image, KRaft single node) through testcontainers, when a container
 * engine exists (the `kafka-container` target of targets.ts; where java and mvn exist, kafka-process.ts runs the
 * same version without one). `detectContainerEngine` answers quickly when there is none, so the suite can say so.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './broker';
import { KAFKA_VERSION } from './kafka-jars';
import type { Target } from './targets';

export const KAFKA_IMAGE = `apache/kafka:${KAFKA_VERSION}`;

/**
 * Synchronous first look: null when some container engine may be reachable (DOCKER_HOST, a testcontainers
 * properties file, a docker or podman socket), else a one-line reason why none can be.
 */
export function containerEngineHint(): string | null {
  if (process.env.DOCKER_HOST || existsSync(join(homedir(), '.testcontainers.properties'))) return null;
  const runtimeDir = process.env.XDG_RUNTIME_DIR ?? `/run/user/${process.getuid?.() ?? 0}`;
  const sockets = [
    '/var/run/docker.sock',
    '/run/docker.sock',
    join(homedir(), '.docker', 'run', 'docker.sock'),
    join(runtimeDir, 'docker.sock'),
    join(runtimeDir, 'podman', 'podman.sock'),
    '/run/podman/podman.sock',
  ];
  return sockets.some((s) => existsSync(s)) ? null : `no DOCKER_HOST and no docker/podman socket`;
}

/** null when a container runtime answers, else why not (within ~10 s). */
export async function detectContainerEngine(): Promise<string | null> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    const client = await Promise.race([
      getContainerRuntimeClient(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer within 10 s')), 10000)),
    ]);
    return client ? null : 'no container runtime';
  } catch (error) {
    return String((error as Error).message ?? error).split('\n')[0]!;
  }
}

/** `config`: extra broker keys, passed as the image's KAFKA_* environment variables. */
export async function startOfficialKafka(config: Record<string, string | number> = {}): Promise<Target> {
  const { GenericContainer, Wait } = await import('testcontainers');
  const port = await freePort();
  const container = await new GenericContainer(KAFKA_IMAGE)
    .withExposedPorts({ container: 9092, host: port })
    .withEnvironment({
      KAFKA_NODE_ID: '1',
      KAFKA_PROCESS_ROLES: 'broker,controller',
      KAFKA_LISTENERS: 'PLAINTEXT://:9092,CONTROLLER://:9093',
      KAFKA_ADVERTISED_LISTENERS: `PLAINTEXT://127.0.0.1:${port}`,
      KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
      KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
      KAFKA_CONTROLLER_QUORUM_VOTERS: '1@localhost:9093',
      KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
      KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: '0',
      ...Object.fromEntries(
        Object.entries(config).map(([k, v]) => [`KAFKA_${k.toUpperCase().replace(/\./g, '_')}`, String(v)]),
      ),
    })
    .withWaitStrategy(Wait.forLogMessage(/Kafka Server started/))
    .withStartupTimeout(120000)
    .start();
  return {
    bootstrap: `127.0.0.1:${port}`,
    describe: `${KAFKA_IMAGE} (testcontainers)`,
    restart: () => container.restart(),
    destroy: async () => {
      await container.stop();
    },
  };
}
