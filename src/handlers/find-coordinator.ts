import { AclOperation, ResourceType } from '../security/acl';
import { authorize } from './auth';
import {
  type FindCoordinatorRequest,
  type FindCoordinatorResponse,
  FindCoordinatorResponseCodec,
} from '../../protocol/generated';
import { ErrorCode, errorName } from '../errors';
import { CONSUMER_OFFSETS_TOPIC, TRANSACTION_STATE_TOPIC } from '../topics/names';
import type { ApiHandler, HandlerContext } from './types';

const GROUP = 0;
const TRANSACTION = 1;

type Coordinator = FindCoordinatorResponse['coordinators'][number];

/** No coordinator for `key`, with the error's name as the message. */
function unavailable(key: string, errorCode: number, errorMessage: string | null = errorName(errorCode)): Coordinator {
  return { key, nodeId: -1, host: '', port: -1, errorCode, errorMessage };
}

function answer(key: string, keyType: number, ctx: HandlerContext): Coordinator {
  const fail = (errorCode: number, errorMessage: string | null): Coordinator =>
    unavailable(key, errorCode, errorMessage);
  if (keyType !== GROUP && keyType !== TRANSACTION) {
    return fail(ErrorCode.InvalidRequest, `Unsupported key type ${keyType}`);
  }
  // KafkaApis.getCoordinator: DESCRIBE on the group or the transactional id.
  if (keyType === GROUP && !authorize(ctx, AclOperation.DESCRIBE, ResourceType.GROUP, key)) {
    return fail(ErrorCode.GroupAuthorizationFailed, 'Group authorization failed.');
  }
  if (keyType === TRANSACTION && !authorize(ctx, AclOperation.DESCRIBE, ResourceType.TRANSACTIONAL_ID, key)) {
    return fail(ErrorCode.TransactionalIdAuthorizationFailed, 'Transactional Id authorization failed.');
  }
  if (ctx.broker.kraft?.publisher) return clusterAnswer(key, keyType, ctx, fail);
  const endpoint = ctx.broker.advertisedEndpoint(ctx.connection.listenerName);
  if (!endpoint) return fail(ErrorCode.CoordinatorNotAvailable, 'no endpoint for this listener');
  // Kafka 4.4 answers an empty message, not null, with a coordinator.
  return { key, nodeId: ctx.broker.nodeId, host: endpoint.host, port: endpoint.port, errorCode: 0, errorMessage: '' };
}

/**
 * In a KRaft cluster the coordinator of a key is the leader of its internal topic's partition
 * (`abs(hash(key)) % partitions`), as Kafka's KafkaApis.getCoordinator answers from its metadata cache: no
 * topic yet -> it is created (through the controller) and the client retries on COORDINATOR_NOT_AVAILABLE, as it
 * does while the partition has no live leader.
 */
function clusterAnswer(
  key: string,
  keyType: number,
  ctx: HandlerContext,
  fail: (errorCode: number, errorMessage: string | null) => Coordinator,
): Coordinator {
  const kraft = ctx.broker.kraft!;
  const group = keyType === GROUP;
  const topic = group ? CONSUMER_OFFSETS_TOPIC : TRANSACTION_STATE_TOPIC;
  const partition = group ? ctx.broker.groups.partitionFor(key) : ctx.broker.transactions.partitionFor(key);
  const image = kraft.image?.topic(topic);
  if (!image) {
    const create = group ? ctx.broker.groups.prepareStore() : ctx.broker.transactions.prepareStore();
    create.catch(() => {}); // logged by the topic service; the client's retry asks again
    return fail(ErrorCode.CoordinatorNotAvailable, errorName(ErrorCode.CoordinatorNotAvailable));
  }
  const leader = image.partitions.get(partition)?.leader ?? -1;
  const broker = kraft.liveBrokers(ctx.connection.listenerName).find((b) => b.nodeId === leader);
  if (!broker) return fail(ErrorCode.CoordinatorNotAvailable, errorName(ErrorCode.CoordinatorNotAvailable));
  return { key, nodeId: broker.nodeId, host: broker.host, port: broker.port, errorCode: 0, errorMessage: '' };
}

/**
 * FindCoordinator (10), v0-6. A single node coordinates every group and every transactional id itself, so
 * it answers "me" (the endpoint of the listener the request came in on), once the coordinator's internal topic
 * exists (the first request creates it, as Kafka's does; the empty key is a key like any other). v4+ batches
 * keys. Key type 0 is a group, 1 a transactional id (answered the same way: the transaction APIs answer for
 * themselves once registered), anything else (share groups) INVALID_REQUEST.
 */
export const findCoordinatorHandler: ApiHandler<FindCoordinatorRequest, FindCoordinatorResponse> = {
  apiKey: 10,
  minVersion: 0,
  maxVersion: 6,
  async handle(request, ctx) {
    const response = FindCoordinatorResponseCodec.defaults();
    const keyType = ctx.version >= 1 ? request.keyType : GROUP;
    const keys = ctx.version >= 4 ? request.coordinatorKeys : [request.key];
    let answers = keys.map((key) => answer(key, keyType, ctx));
    if (!ctx.broker.kraft && answers.some((a) => a.errorCode === ErrorCode.None)) {
      // As Kafka, the first FindCoordinator creates the coordinator's internal topic; a single node has it at once.
      const coordinator = keyType === GROUP ? ctx.broker.groups : ctx.broker.transactions;
      try {
        await coordinator.prepareStore();
      } catch {
        // Logged by the topic service; the client retries.
        const code = ErrorCode.CoordinatorNotAvailable;
        answers = answers.map((a) => (a.errorCode === ErrorCode.None ? unavailable(a.key, code) : a));
      }
    }
    if (ctx.version >= 4) {
      response.coordinators = answers;
      return response;
    }
    const one = answers[0]!;
    response.errorCode = one.errorCode;
    // Kafka 4.4 answers v1-3 successes with the error's name as the message ("NONE"), v4+ with "".
    response.errorMessage = one.errorCode === 0 ? 'NONE' : one.errorMessage;
    response.nodeId = one.nodeId;
    response.host = one.host;
    response.port = one.port;
    return response;
  },
  errorResponse(request, errorCode, ctx) {
    const response = FindCoordinatorResponseCodec.defaults();
    response.errorCode = errorCode;
    response.nodeId = -1;
    response.port = -1;
    if (ctx.version >= 4) {
      response.coordinators = request.coordinatorKeys.map((key) => ({
        key,
        nodeId: -1,
        host: '',
        port: -1,
        errorCode,
        errorMessage: null,
      }));
    }
    return response;
  },
};
