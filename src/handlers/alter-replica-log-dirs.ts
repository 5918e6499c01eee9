import type { AlterReplicaLogDirsRequest, AlterReplicaLogDirsResponse } from '../../protocol/generated';
import { ErrorCode } from '../errors';
import { AclOperation } from '../security/acl';
import type { ApiHandler, HandlerContext } from './types';

type TopicResult = AlterReplicaLogDirsResponse['results'][number];

/** Kafka's longest folder name, which a replica's future folder (`<topic>-<partition>.<uuid>-future`) must fit. */
const MAX_FOLDER_NAME = 255;

/**
 * AlterReplicaLogDirs (34), v0-2: moves replicas between a broker's log dirs (JBOD, `kafka-reassign-partitions`
 * with `log_dirs`). Brook keeps every partition in the first of `log.dirs` (the one DescribeLogDirs reports), so a
 * replica's only place is where it is. Checked in the order of Kafka 4.4's ReplicaManager.alterReplicaLogDirs:
 * a topic name too long for the future folder is INVALID_TOPIC_EXCEPTION, a dir outside `log.dirs`
 * LOG_DIR_NOT_FOUND, another of `log.dirs` INVALID_REPLICA_ASSIGNMENT (Kafka's answer for a cordoned dir,
 * KIP-1066: Brook places no replica there), a partition the cluster does not have UNKNOWN_TOPIC_OR_PARTITION, one
 * this broker does not host REPLICA_NOT_AVAILABLE; a move to the dir the replica is in is NONE (nothing to move,
 * as on Kafka). Kafka: ALTER on the cluster.
 */
export const alterReplicaLogDirsHandler: ApiHandler<AlterReplicaLogDirsRequest, AlterReplicaLogDirsResponse> = {
  apiKey: 34,
  minVersion: 0,
  maxVersion: 2,
  clusterOperation: AclOperation.ALTER,
  handle(request, ctx) {
    const results: TopicResult[] = [];
    for (const dir of request.dirs) {
      for (const topic of dir.topics) {
        let result = results.find((r) => r.topicName === topic.name);
        if (!result) {
          result = { topicName: topic.name, partitions: [] };
          results.push(result);
        }
        for (const partitionIndex of topic.partitions) {
          result.partitions.push({ partitionIndex, errorCode: moveCode(ctx, dir.path, topic.name, partitionIndex) });
        }
      }
    }
    return { throttleTimeMs: 0, results };
  },
  errorResponse: (request, errorCode) => ({
    throttleTimeMs: 0,
    results: request.dirs.flatMap((d) =>
      d.topics.map((t) => ({
        topicName: t.name,
        partitions: t.partitions.map((partitionIndex) => ({ partitionIndex, errorCode })),
      })),
    ),
  }),
};

function moveCode(ctx: HandlerContext, path: string, topic: string, partition: number): ErrorCode {
  const { broker } = ctx;
  // LocalLog.logFutureDirName: the partition's folder name, a dot, a 32-digit uuid and "-future".
  if (`${topic}-${partition}`.length + 1 + 32 + '-future'.length > MAX_FOLDER_NAME)
    return ErrorCode.InvalidTopicException;
  // Kafka compares the path as given with each log dir's absolute path: a relative or unnormalised one is no dir.
  const dirIndex = broker.logDirs.indexOf(path);
  if (dirIndex < 0) return ErrorCode.LogDirNotFound;
  if (dirIndex > 0) return ErrorCode.InvalidReplicaAssignment;
  const known = broker.topics.get(topic);
  if (!known || partition < 0 || partition >= known.partitionCount) return ErrorCode.UnknownTopicOrPartition;
  return broker.topics.partition(topic, partition) ? ErrorCode.None : ErrorCode.ReplicaNotAvailable;
}
