import type { WriteTxnMarkersRequest, WriteTxnMarkersResponse } from '../../protocol/generated';
import { AclOperation } from '../security/acl';
import { CONSUMER_OFFSETS_TOPIC } from '../topics/names';
import type { ApiHandler } from './types';

/**
 * WriteTxnMarkers (27), v0-1, between brokers of a KRaft cluster: a transaction coordinator asks the leader of
 * each partition of a transaction to write its COMMIT/ABORT marker (Kafka's KafkaApis.handleWriteTxnMarkersRequest):
 * the replica manager's `writeTxnMarkers` (control batch, coordinator epoch fencing, acks=all); markers on
 * `__consumer_offsets` partitions also settle the group coordinator's pending transactional offsets. These
 * versions carry no transaction version: markers are written as classic (0) ones.
 */
export const writeTxnMarkersHandler: ApiHandler<WriteTxnMarkersRequest, WriteTxnMarkersResponse> = {
  apiKey: 27,
  minVersion: 0,
  maxVersion: 1,
  // Kafka: CLUSTER_ACTION on the cluster (brokers only).
  clusterOperation: AclOperation.CLUSTER_ACTION,
  async handle(request, ctx) {
    const markers = await Promise.all(
      request.markers.map(async (m) => {
        const entries = m.topics.flatMap((t) =>
          t.partitionIndexes.map((partition) => ({
            topic: t.name,
            partition,
            producerId: m.producerId,
            producerEpoch: m.producerEpoch,
            coordinatorEpoch: m.coordinatorEpoch,
            result: m.transactionResult ? ('commit' as const) : ('abort' as const),
          })),
        );
        const results = await ctx.broker.topics.replicas.writeTxnMarkers(entries);
        for (const r of results) {
          if (r.errorCode !== 0 || r.topic !== CONSUMER_OFFSETS_TOPIC) continue;
          ctx.broker.groups.onTxnMarker(r.partition, m.producerId, m.transactionResult ? 'commit' : 'abort');
        }
        return {
          producerId: m.producerId,
          topics: m.topics.map((t) => ({
            name: t.name,
            partitions: t.partitionIndexes.map((partitionIndex) => ({
              partitionIndex,
              errorCode: results.find((r) => r.topic === t.name && r.partition === partitionIndex)?.errorCode ?? 0,
            })),
          })),
        };
      }),
    );
    return { markers };
  },
  errorResponse: (request, errorCode) => ({
    markers: request.markers.map((m) => ({
      producerId: m.producerId,
      topics: m.topics.map((t) => ({
        name: t.name,
        partitions: t.partitionIndexes.map((partitionIndex) => ({ partitionIndex, errorCode })),
      })),
    })),
  }),
};
