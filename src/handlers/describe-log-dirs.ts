import { AclOperation } from '../security/acl';
import { statfsSync } from 'node:fs';
import {
  type DescribeLogDirsRequest,
  type DescribeLogDirsResponse,
  DescribeLogDirsResponseCodec,
} from '../../protocol/generated';
import { ErrorCode } from '../errors';
import type { ApiHandler } from './types';

/**
 * DescribeLogDirs (35), v0-5: the data directory with each hosted partition's size (all partitions, or the
 * ones asked for), offset lag 0 (no future replicas), v4's total/usable bytes of the file system and v5's
 * IsCordoned, always false (Brook cannot cordon a log dir, KIP-1066).
 */
export const describeLogDirsHandler: ApiHandler<DescribeLogDirsRequest, DescribeLogDirsResponse> = {
  apiKey: 35,
  minVersion: 0,
  clusterOperation: AclOperation.DESCRIBE,
  maxVersion: 5,
  handle(request, ctx) {
    const { broker } = ctx;
    const response = DescribeLogDirsResponseCodec.defaults();
    const dir = broker.logDirs[0]!;
    const topics: DescribeLogDirsResponse['results'][number]['topics'] = [];
    const wanted =
      request.topics === null
        ? broker.topics
            .all()
            .map((t) => ({ topic: t.name, partitions: Array.from({ length: t.partitionCount }, (_, i) => i) }))
        : request.topics;
    for (const w of wanted) {
      const partitions = w.partitions
        .map((p) => ({ p, log: broker.topics.partition(w.topic, p) }))
        .filter((x) => x.log !== undefined)
        .map(({ p, log }) => ({
          partitionIndex: p,
          partitionSize: BigInt(log!.size),
          offsetLag: 0n,
          isFutureKey: false,
        }));
      if (partitions.length > 0) topics.push({ name: w.topic, partitions });
    }
    let totalBytes = -1n;
    let usableBytes = -1n;
    try {
      const fs = statfsSync(dir, { bigint: true });
      totalBytes = fs.blocks * fs.bsize;
      usableBytes = fs.bavail * fs.bsize;
    } catch {
      // unknown: -1 as Kafka answers when it cannot tell
    }
    response.results = [{ errorCode: ErrorCode.None, logDir: dir, topics, totalBytes, usableBytes, isCordoned: false }];
    return response;
  },
};
