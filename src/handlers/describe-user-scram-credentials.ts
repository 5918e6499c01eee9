import { AclOperation, CLUSTER_NAME, ResourceType } from '../security/acl';
import { authorize } from './auth';
import type {
  DescribeUserScramCredentialsRequest,
  DescribeUserScramCredentialsResponse,
} from '../../protocol/generated';
import { ErrorCode } from '../errors';
import type { ApiHandler } from './types';

/**
 * DescribeUserScramCredentials (50), v0: mechanisms and iterations per user (never salts or keys), as Kafka's
 * ScramImage.describe: no users listed -> every user; a user named twice -> DUPLICATE_RESOURCE; a user
 * without credentials -> RESOURCE_NOT_FOUND, with Kafka's messages.
 */
export const describeUserScramCredentialsHandler: ApiHandler<
  DescribeUserScramCredentialsRequest,
  DescribeUserScramCredentialsResponse
> = {
  apiKey: 50,
  minVersion: 0,
  maxVersion: 0,
  handle(request, ctx) {
    // KafkaApis: DESCRIBE on the cluster, else every user answered CLUSTER_AUTHORIZATION_FAILED.
    if (!authorize(ctx, AclOperation.DESCRIBE, ResourceType.CLUSTER, CLUSTER_NAME)) return refusedScram(request);
    const known = ctx.broker.scramCredentials.users();
    const wanted = new Map<string, boolean>();
    if (!request.users || request.users.length === 0) {
      for (const user of known.keys()) wanted.set(user, false);
    } else {
      for (const { name } of request.users) wanted.set(name, wanted.has(name));
    }
    const results = [...wanted].map(([user, duplicate]) => {
      if (duplicate) {
        return {
          user,
          errorCode: ErrorCode.DuplicateResource,
          errorMessage: `Cannot describe SCRAM credentials for the same user twice in a single request: ${user}`,
          credentialInfos: [],
        };
      }
      const infos = known.get(user);
      if (!infos) {
        return {
          user,
          errorCode: ErrorCode.ResourceNotFound,
          errorMessage: `Attempt to describe a user credential that does not exist: ${user}`,
          credentialInfos: [],
        };
      }
      return {
        user,
        errorCode: ErrorCode.None,
        errorMessage: '',
        credentialInfos: infos.map((i) => ({ mechanism: i.mechanism.type, iterations: i.iterations })),
      };
    });
    // Kafka's answer carries empty messages, not null ones, where nothing failed (the whole and each user found).
    return { throttleTimeMs: 0, errorCode: ErrorCode.None, errorMessage: '', results };
  },
};

/** KafkaApis when DESCRIBE on the cluster is refused: the top-level CLUSTER_AUTHORIZATION_FAILED. */
function refusedScram(_request: DescribeUserScramCredentialsRequest): DescribeUserScramCredentialsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: ErrorCode.ClusterAuthorizationFailed,
    errorMessage: 'Cluster authorization failed.',
    results: [],
  };
}
