/**
 * The console's changes (create a topic, edit its configs) go through the same handlers as the Kafka APIs,
 * called in-process: same validation, same error codes and messages, same authorization, no second code
 * path to keep in step and no Kafka client talking to its own broker.
 *
 * The caller is an anonymous principal from the HTTP client's address: with an authorizer configured, the
 * console can do what ACLs allow User:ANONYMOUS from that host, and no more (the ops port has no login).
 */
import type { CreateTopicsRequest, CreateTopicsResponse } from '../../protocol/generated/create-topics';
import type {
  IncrementalAlterConfigsRequest,
  IncrementalAlterConfigsResponse,
} from '../../protocol/generated/incremental-alter-configs';
import { errorName } from '../errors';
import { ConfigOperation } from '../handlers/config-changes';
import { ResourceType } from '../handlers/describe-configs';
import type { HandlerContext } from '../handlers/types';
import { ANONYMOUS } from '../security/principal';
import type { Connection } from '../server/connection';
import type { BrokerServices } from '../server/services';

const CREATE_TOPICS = { key: 19, version: 7 };
const INCREMENTAL_ALTER_CONFIGS = { key: 44, version: 1 };

/** A refusal from a handler: Kafka's error name (INVALID_CONFIG, ...) and its message. */
export class AdminError extends Error {
  constructor(
    readonly error: string,
    message: string | null,
  ) {
    super(message ?? error);
  }
}

async function call<Req, Res>(
  broker: BrokerServices,
  api: { key: number; version: number },
  request: Req,
  remoteAddress: string,
): Promise<Res> {
  const handler = broker.registry.get(api.key);
  if (!handler) throw new Error(`API key ${api.key} is not registered`);
  // What handlers read of a connection: who asks, from where, on which listener (auth.ts).
  const caller = { principal: ANONYMOUS, remoteAddress, listenerName: 'CONSOLE', isClosed: false };
  const ctx: HandlerContext = {
    header: { apiKey: api.key, apiVersion: api.version, correlationId: 0, clientId: 'brook-console' },
    version: api.version,
    requestBytes: 0, // no frame: nothing for a request quota to count
    connection: caller as unknown as Connection,
    broker,
    log: broker.log,
  };
  return (await handler.handle(request, ctx)) as Res;
}

function check(errorCode: number, errorMessage: string | null): void {
  if (errorCode !== 0) throw new AdminError(errorName(errorCode), errorMessage);
}

export async function createTopic(
  broker: BrokerServices,
  topic: { name: string; partitions: number; replicationFactor: number; configs: Record<string, string> },
  remoteAddress: string,
): Promise<void> {
  const request: CreateTopicsRequest = {
    topics: [
      {
        name: topic.name,
        numPartitions: topic.partitions,
        replicationFactor: topic.replicationFactor,
        assignments: [],
        configs: Object.entries(topic.configs).map(([name, value]) => ({ name, value })),
      },
    ],
    timeoutMs: 30_000,
    validateOnly: false,
  };
  const response = await call<CreateTopicsRequest, CreateTopicsResponse>(broker, CREATE_TOPICS, request, remoteAddress);
  const result = response.topics[0]!;
  check(result.errorCode, result.errorMessage);
}

/** Sets the keys given a value and removes the overrides given null (IncrementalAlterConfigs SET / DELETE). */
export async function alterTopicConfigs(
  broker: BrokerServices,
  topic: string,
  changes: Record<string, string | null>,
  remoteAddress: string,
): Promise<void> {
  const request: IncrementalAlterConfigsRequest = {
    resources: [
      {
        resourceType: ResourceType.Topic,
        resourceName: topic,
        configs: Object.entries(changes).map(([name, value]) => ({
          name,
          configOperation: value === null ? ConfigOperation.Delete : ConfigOperation.Set,
          value,
        })),
      },
    ],
    validateOnly: false,
  };
  const response = await call<IncrementalAlterConfigsRequest, IncrementalAlterConfigsResponse>(
    broker,
    INCREMENTAL_ALTER_CONFIGS,
    request,
    remoteAddress,
  );
  const result = response.responses[0]!;
  check(result.errorCode, result.errorMessage);
}
