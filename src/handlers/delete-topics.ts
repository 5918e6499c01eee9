import { AclOperation, ResourceType } from '../security/acl';
import { authorize } from './auth';
import {
  type DeleteTopicsRequest,
  type DeleteTopicsResponse,
  DeleteTopicsResponseCodec,
} from '../../protocol/generated';
import { ErrorCode, errorCodeOf, KafkaError } from '../errors';
import { INTERNAL_TOPICS } from '../topics/names';
import type { ApiHandler } from './types';
import { controllerDeleteTopics, givenTwice } from './controller-admin';

type Result = DeleteTopicsResponse['responses'][number];
const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';

/**
 * DeleteTopics (20), v0-6: by name (v0-5 `topicNames`, v6 `topics` with a name or a topic id). Unknown
 * topics get UNKNOWN_TOPIC_OR_PARTITION (UNKNOWN_TOPIC_ID by id), internal ones INVALID_TOPIC_EXCEPTION,
 * TOPIC_DELETION_DISABLED when delete.topic.enable=false, INVALID_REQUEST for an entry naming a topic both ways
 * or a topic given twice; fetch sessions forget the topic.
 */
export const deleteTopicsHandler: ApiHandler<DeleteTopicsRequest, DeleteTopicsResponse> = {
  apiKey: 20,
  minVersion: 0,
  maxVersion: 6,
  async handle(request, ctx) {
    const { broker, version } = ctx;
    if (broker.kraft?.controllerOnly) return controllerDeleteTopics(broker.kraft, request, version);
    const response = DeleteTopicsResponseCodec.defaults();
    const targets =
      version >= 6
        ? request.topics.map((t) => ({ name: t.name, topicId: t.topicId }))
        : request.topicNames.map((name) => ({ name: name as string | null, topicId: ZERO_UUID }));
    // Kafka's ControllerApis answers these first, in this order: an entry with both a name and an id, then each
    // name and each id given twice (once each); the others follow.
    const refuse = (name: string | null, topicId: string, errorMessage: string) =>
      response.responses.push({ name, topicId, errorCode: ErrorCode.InvalidRequest, errorMessage });
    const both = (t: { name: string | null; topicId: string }) => t.name !== null && t.topicId !== ZERO_UUID;
    for (const t of targets)
      if (both(t)) refuse(t.name, t.topicId, 'You may not specify both topic name and topic id.');
    const single = targets.filter((t) => !both(t));
    const names = givenTwice(single.flatMap((t) => (t.name === null ? [] : [t.name])));
    const ids = givenTwice(single.flatMap((t) => (t.name === null ? [t.topicId] : [])));
    for (const name of names) refuse(name, ZERO_UUID, 'Duplicate topic name.');
    for (const id of ids) refuse(null, id, 'Duplicate topic id.');
    for (const target of single) {
      if (target.name === null ? ids.has(target.topicId) : names.has(target.name)) continue;
      const result: Result = {
        name: target.name,
        topicId: target.topicId,
        errorCode: ErrorCode.None,
        errorMessage: null,
      };
      try {
        const byId = target.name === null && target.topicId !== ZERO_UUID;
        // KafkaApis: DELETE on a named topic is checked before it is looked up (no existence leak).
        if (!byId && !authorize(ctx, AclOperation.DELETE, ResourceType.TOPIC, target.name ?? '')) {
          throw new KafkaError(ErrorCode.TopicAuthorizationFailed, 'Authorization failed.');
        }
        const topic = byId ? broker.topics.getById(target.topicId) : broker.topics.get(target.name ?? '');
        if (!topic) {
          throw new KafkaError(
            byId ? ErrorCode.UnknownTopicId : ErrorCode.UnknownTopicOrPartition,
            'This server does not host this topic-partition.',
          );
        }
        // KafkaApis: DELETE on the topic (by id: DESCRIBE first, so an unauthorized id stays unknown).
        if (!authorize(ctx, AclOperation.DELETE, ResourceType.TOPIC, topic.name)) {
          if (byId && !authorize(ctx, AclOperation.DESCRIBE, ResourceType.TOPIC, topic.name)) {
            throw new KafkaError(ErrorCode.UnknownTopicId, 'This server does not host this topic ID.');
          }
          throw new KafkaError(ErrorCode.TopicAuthorizationFailed, 'Authorization failed.');
        }
        result.name = topic.name;
        result.topicId = topic.topicId;
        if (!broker.config.bool('delete.topic.enable')) {
          throw new KafkaError(ErrorCode.TopicDeletionDisabled, 'Topic deletion is disabled.');
        }
        if (INTERNAL_TOPICS.has(topic.name)) {
          throw new KafkaError(ErrorCode.InvalidTopicException, `Cannot delete internal topic ${topic.name}`);
        }
        await broker.topics.delete(topic.name);
        broker.fetchSessions.forgetTopic(topic.name);
        broker.metrics.topicDeleted(topic.name); // Kafka drops a deleted topic's BrokerTopicMetrics too
      } catch (error) {
        result.errorCode = errorCodeOf(error);
        result.errorMessage = (error as Error).message;
      }
      response.responses.push(result);
    }
    return response;
  },
  errorResponse(request, errorCode, ctx) {
    const response = DeleteTopicsResponseCodec.defaults();
    const names = ctx.version >= 6 ? request.topics.map((t) => t.name) : request.topicNames;
    response.responses = names.map((name) => ({ name, topicId: ZERO_UUID, errorCode, errorMessage: null }));
    return response;
  },
};
