/**
 * CreateTopics, DeleteTopics and CreatePartitions on a controller-only node (process.roles=controller): it
 * hosts no topics, so the controller answers them itself, as Kafka's ControllerApis does (the brokers forward
 * their clients' requests to the active controller's listener). A combined or broker node goes through its
 * TopicService, which asks the controller and waits for its own metadata to show the change.
 */
import type {
  CreatePartitionsRequest,
  CreatePartitionsResponse,
  CreateTopicsRequest,
  CreateTopicsResponse,
  DeleteTopicsRequest,
  DeleteTopicsResponse,
} from '../../protocol/generated';
import { CreateTopicsResponseCodec } from '../../protocol/generated';
import type { KRaftNode } from '../cluster/kraft-broker';
import { ErrorCode, errorCodeOf } from '../errors';

const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';

type CreatableTopicResult = CreateTopicsResponse['topics'][number];

/**
 * The keys (topic names, topic ids) a request gives more than once: Kafka's ControllerApis takes them out first
 * and answers each once with INVALID_REQUEST (CreateTopics, CreatePartitions, DeleteTopics).
 */
export function givenTwice(keys: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const key of keys) (seen.has(key) ? twice : seen).add(key);
  return twice;
}

/** A CreateTopics answer for one topic: a refusal, or the start of a created topic's answer (v5+ fills in the rest). */
export function topicResult(name: string, errorCode: number, errorMessage: string | null): CreatableTopicResult {
  return {
    name,
    topicId: ZERO_UUID,
    errorCode,
    errorMessage,
    topicConfigErrorCode: ErrorCode.None,
    numPartitions: -1,
    replicationFactor: -1,
    // Kafka answers an empty list, not null, for a topic it refused (v5+).
    configs: [],
  };
}

export async function controllerCreateTopics(
  kraft: KRaftNode,
  request: CreateTopicsRequest,
): Promise<CreateTopicsResponse> {
  const response = CreateTopicsResponseCodec.defaults();
  const duplicates = givenTwice(request.topics.map((t) => t.name));
  const unique = { ...request, topics: request.topics.filter((t) => !duplicates.has(t.name)) };
  try {
    response.topics = await kraft.createTopics(unique);
  } catch (error) {
    response.topics = unique.topics.map((t) => topicResult(t.name, errorCodeOf(error), (error as Error).message));
  }
  for (const name of duplicates)
    response.topics.push(topicResult(name, ErrorCode.InvalidRequest, 'Duplicate topic name.'));
  return response;
}

export async function controllerDeleteTopics(
  kraft: KRaftNode,
  request: DeleteTopicsRequest,
  version: number,
): Promise<DeleteTopicsResponse> {
  const targets =
    version >= 6
      ? request.topics.map((t) => ({ name: t.name, topicId: t.topicId }))
      : request.topicNames.map((name) => ({ name: name as string | null, topicId: ZERO_UUID }));
  const responses: DeleteTopicsResponse['responses'] = [];
  for (const t of targets) {
    let errorCode: number = ErrorCode.None;
    let errorMessage: string | null = null;
    if (t.name === null) {
      // Brokers forward names; a deletion by id alone reaches a controller-only node from no Brook broker.
      errorCode = ErrorCode.UnknownTopicId;
    } else {
      try {
        const [answer] = await kraft.deleteTopics([t.name]);
        errorCode = answer?.errorCode ?? ErrorCode.UnknownServerError;
        errorMessage = answer?.errorMessage ?? null;
      } catch (error) {
        errorCode = errorCodeOf(error);
        errorMessage = (error as Error).message;
      }
    }
    responses.push({ name: t.name, topicId: t.topicId, errorCode, errorMessage });
  }
  return { throttleTimeMs: 0, responses };
}

export async function controllerCreatePartitions(
  kraft: KRaftNode,
  request: CreatePartitionsRequest,
): Promise<CreatePartitionsResponse> {
  // Names given twice first, as Kafka's ControllerApis answers them.
  const duplicates = givenTwice(request.topics.map((t) => t.name));
  const results: CreatePartitionsResponse['results'] = [...duplicates].map((name) => ({
    name,
    errorCode: ErrorCode.InvalidRequest,
    errorMessage: 'Duplicate topic name.',
  }));
  for (const t of request.topics) {
    if (duplicates.has(t.name)) continue;
    try {
      const [answer] = await kraft.createPartitions(t.name, t.count, request.validateOnly);
      results.push({
        name: t.name,
        errorCode: answer?.errorCode ?? ErrorCode.UnknownServerError,
        errorMessage: answer?.errorMessage ?? null,
      });
    } catch (error) {
      results.push({ name: t.name, errorCode: errorCodeOf(error), errorMessage: (error as Error).message });
    }
  }
  return { throttleTimeMs: 0, results };
}
