import { join, resolve } from 'node:path';
import type { BrokerConfig } from '../config';

/** A list-valued config key's entries. */
export function configList(config: BrokerConfig, name: string): string[] {
  return (config.string(name) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Whether this node is a member of a KRaft cluster: controller.quorum.voters set (a static quorum), or
 * controller.quorum.bootstrap.servers alone (a KIP-853 dynamic quorum, see dynamicQuorum). With static voters a
 * node with the controller role is one of them; a broker-only node (`process.roles=broker`) follows the
 * metadata log as an observer. (Brook's default process.roles is `broker,controller` with neither key: a single
 * node without a quorum, as before.)
 */
export function quorumConfigured(config: BrokerConfig): boolean {
  return configList(config, 'controller.quorum.voters').length > 0 || dynamicQuorum(config);
}

/**
 * KIP-853: controller.quorum.bootstrap.servers without controller.quorum.voters. The voter set is the metadata
 * log's (the bootstrap checkpoint `brook storage format` wrote, then VotersRecords); beside the voters the
 * bootstrap servers are ignored, as the voters name every controller.
 */
export function dynamicQuorum(config: BrokerConfig): boolean {
  return (
    configList(config, 'controller.quorum.voters').length === 0 &&
    configList(config, 'controller.quorum.bootstrap.servers').length > 0
  );
}

/** controller.quorum.bootstrap.servers' `host:port` entries (Kafka's QuorumConfig.parseBootstrapServers). */
export function parseBootstrapServers(config: BrokerConfig): { host: string; port: number }[] {
  return configList(config, 'controller.quorum.bootstrap.servers').map((entry) => {
    const m = /^(\[[^\]]+\]|[^:[\]]+):(\d+)$/.exec(entry);
    if (!m) {
      throw new Error(
        `Invalid value ${entry} for configuration controller.quorum.bootstrap.servers: expected host:port`,
      );
    }
    return { host: m[1]!.replace(/^\[|\]$/g, ''), port: Number(m[2]) };
  });
}

/**
 * The metadata log's directory (it holds `__cluster_metadata-0/`): metadata.log.dir, by default a folder of its
 * own inside the first log dir (storage's LogManager owns every topic-partition folder of a log dir).
 */
export function metadataLogDir(config: BrokerConfig): string {
  return resolve(config.string('metadata.log.dir') ?? join(config.logDirs[0]!, 'kraft-metadata'));
}

/** The listener names the controller role serves (controller.listener.names). */
export function controllerListenerNames(config: BrokerConfig): string[] {
  return configList(config, 'controller.listener.names');
}

/**
 * Whether a listener serves an API on a KRaft voter, as Kafka splits them: a controller listener the APIs whose
 * schema names the controller role, the other listeners those naming the broker role. `listeners` is the
 * API's roles (ApiDescriptor.listeners); without a quorum every listener serves every registered API.
 */
export function listenerServes(
  config: BrokerConfig,
  hasQuorum: boolean,
  listenerName: string,
  listeners: readonly string[],
): boolean {
  if (!hasQuorum) return true;
  const role = controllerListenerNames(config).includes(listenerName) ? 'controller' : 'broker';
  return listeners.includes(role);
}
