import type { BrokerConfig } from '../config';

/** A list-valued config key's entries. */
export function configList(config: BrokerConfig, name: string): string[] {
  return (config.string(name) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Whether this node is a member of a KRaft cluster: controller.quorum.voters set. A node with the controller
 * role is one of the voters; a broker-only node (`process.roles=broker`) follows the metadata log as an
 * observer. (Brook's default process.roles is `broker,controller` with no voters: a single node without a
 * quorum, as before.)
 */
export function quorumConfigured(config: BrokerConfig): boolean {
  return configList(config, 'controller.quorum.voters').length > 0;
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
