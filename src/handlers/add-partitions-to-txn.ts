import { AclOperation, CLUSTER_NAME, ResourceType } from '../security/acl';
import { authorize } from './auth';
import {
  type AddPartitionsToTxnRequest,
  type AddPartitionsToTxnResponse,
  AddPartitionsToTxnResponseCodec,
} from '../../protocol/generated';
import { ErrorCode } from '../errors';
import type { TopicPartition } from '../transactions/coordinator';
import { TV2 } from '../transactions/metadata';
import type { ApiHandler, HandlerContext } from './types';

type Topics = { name: string; partitions: number[] }[];
type TopicResult = AddPartitionsToTxnResponse['resultsByTopicV3AndBelow'][number];
interface Txn {
  transactionalId: string;
  producerId: bigint;
  producerEpoch: number;
  verifyOnly: boolean;
  topics: Topics;
}

function byTopic(entries: { topic: string; partition: number; errorCode: number }[]): TopicResult[] {
  const out = new Map<string, TopicResult>();
  for (const e of entries) {
    let t = out.get(e.topic);
    if (!t) {
      t = { name: e.topic, resultsByPartition: [] };
      out.set(e.topic, t);
    }
    t.resultsByPartition.push({ partitionIndex: e.partition, partitionErrorCode: e.errorCode });
  }
  return [...out.values()];
}

function flatten(topics: Topics): TopicPartition[] {
  return topics.flatMap((t) => t.partitions.map((partition) => ({ topic: t.name, partition })));
}

/** One transaction of the request, as Kafka's handleAddPartitionsToTxnRequest. */
async function addOne(txn: Txn, ctx: HandlerContext): Promise<TopicResult[]> {
  const partitions = flatten(txn.topics);
  // KafkaApis: WRITE on the transactional id (clients, v0-3), then WRITE on each topic; a refusal fails the
  // whole transaction's request (the others OPERATION_NOT_ATTEMPTED).
  if (ctx.version < 4 && !authorize(ctx, AclOperation.WRITE, ResourceType.TRANSACTIONAL_ID, txn.transactionalId)) {
    return byTopic(partitions.map((p) => ({ ...p, errorCode: ErrorCode.TransactionalIdAuthorizationFailed })));
  }
  if (ctx.broker.authorizer !== null) {
    const refused = new Set(
      txn.topics.filter((t) => !authorize(ctx, AclOperation.WRITE, ResourceType.TOPIC, t.name)).map((t) => t.name),
    );
    if (refused.size > 0) {
      return byTopic(
        partitions.map((p) => ({
          ...p,
          errorCode: refused.has(p.topic) ? ErrorCode.TopicAuthorizationFailed : ErrorCode.OperationNotAttempted,
        })),
      );
    }
  }
  // Any unknown partition fails the whole transaction's request: UNKNOWN_TOPIC_OR_PARTITION for it,
  // OPERATION_NOT_ATTEMPTED for the others.
  const unknown = partitions.filter((p) => {
    const topic = ctx.broker.topics.get(p.topic);
    return !topic || p.partition < 0 || p.partition >= topic.partitionCount;
  });
  if (unknown.length > 0) {
    const bad = new Set(unknown.map((p) => `${p.topic}\u0000${p.partition}`));
    return byTopic(
      partitions.map((p) => ({
        ...p,
        errorCode: bad.has(`${p.topic}\u0000${p.partition}`)
          ? ErrorCode.UnknownTopicOrPartition
          : ErrorCode.OperationNotAttempted,
      })),
    );
  }
  const coordinator = ctx.broker.transactions;
  if (txn.verifyOnly) {
    return byTopic(
      await coordinator.verifyPartitions(txn.transactionalId, txn.producerId, txn.producerEpoch, partitions),
    );
  }
  // v4+ adds come from brokers acting for a Produce v12 (Kafka's transactionVersionForAddPartitionsToTxn: TV2).
  let code = await coordinator.addPartitions(
    txn.transactionalId,
    txn.producerId,
    txn.producerEpoch,
    partitions,
    ctx.version >= 4 ? TV2 : 0,
  );
  if (code === ErrorCode.ProducerFenced && ctx.version < 2) code = ErrorCode.InvalidProducerEpoch;
  return byTopic(partitions.map((p) => ({ ...p, errorCode: code })));
}

/**
 * AddPartitionsToTxn (24), v0-5. v0-3 (clients): one transaction, partitions added to it before the
 * producer writes there. v4+ (KIP-890, brokers): a batch of transactions, each either added or, with
 * verifyOnly, checked (TRANSACTION_ABORTABLE for a partition not in the transaction).
 */
export const addPartitionsToTxnHandler: ApiHandler<AddPartitionsToTxnRequest, AddPartitionsToTxnResponse> = {
  apiKey: 24,
  minVersion: 0,
  maxVersion: 5,
  async handle(request, ctx) {
    const response = AddPartitionsToTxnResponseCodec.defaults();
    // v4+ comes from brokers (KIP-890): CLUSTER_ACTION on the cluster.
    if (ctx.version >= 4 && !authorize(ctx, AclOperation.CLUSTER_ACTION, ResourceType.CLUSTER, CLUSTER_NAME)) {
      return addPartitionsToTxnHandler.errorResponse!(request, ErrorCode.ClusterAuthorizationFailed, ctx);
    }
    if (ctx.version < 4) {
      response.resultsByTopicV3AndBelow = await addOne(
        {
          transactionalId: request.v3AndBelowTransactionalId,
          producerId: request.v3AndBelowProducerId,
          producerEpoch: request.v3AndBelowProducerEpoch,
          verifyOnly: false,
          topics: request.v3AndBelowTopics,
        },
        ctx,
      );
      return response;
    }
    response.resultsByTransaction = await Promise.all(
      request.transactions.map(async (t) => ({
        transactionalId: t.transactionalId,
        topicResults: await addOne(t, ctx),
      })),
    );
    return response;
  },
  errorResponse(request, errorCode, ctx) {
    const response = AddPartitionsToTxnResponseCodec.defaults();
    const all = (topics: Topics) => byTopic(flatten(topics).map((p) => ({ ...p, errorCode })));
    // v4+ comes from brokers (KIP-890): CLUSTER_ACTION on the cluster.
    if (ctx.version >= 4 && !authorize(ctx, AclOperation.CLUSTER_ACTION, ResourceType.CLUSTER, CLUSTER_NAME)) {
      return addPartitionsToTxnHandler.errorResponse!(request, ErrorCode.ClusterAuthorizationFailed, ctx);
    }
    if (ctx.version < 4) {
      response.resultsByTopicV3AndBelow = all(request.v3AndBelowTopics);
    } else {
      response.errorCode = errorCode;
      response.resultsByTransaction = request.transactions.map((t) => ({
        transactionalId: t.transactionalId,
        topicResults: all(t.topics),
      }));
    }
    return response;
  },
};
