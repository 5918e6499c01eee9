import { AclOperation, CLUSTER_NAME, ResourceType } from '../security/acl';
import { authorize } from './auth';
import { controllerForwarder, forwardToController } from './forward';
import type { AlterUserScramCredentialsRequest, AlterUserScramCredentialsResponse } from '../../protocol/generated';
import { ErrorCode } from '../errors';
import { credentialFromSalted, type ScramMechanismInfo, scramMechanismByType } from '../security/scram';
import type { ScramChange } from '../security/scram-store';
import { METADATA_PROPAGATION_MS } from '../topics/topic-service';
import type { ApiHandler, HandlerContext } from './types';

type Result = AlterUserScramCredentialsResponse['results'][number];

/**
 * AlterUserScramCredentials (51), v0: upserts (salt and salted password, computed by the client) and deletions,
 * checked as Kafka's ScramControlManager (a user altered twice -> DUPLICATE_RESOURCE, empty name or too few /
 * too many iterations -> UNACCEPTABLE_CREDENTIAL, unknown mechanism -> UNSUPPORTED_SASL_MECHANISM, deleting a
 * missing credential -> RESOURCE_NOT_FOUND), then applied together and durably by the credential store.
 */
export const alterUserScramCredentialsHandler: ApiHandler<
  AlterUserScramCredentialsRequest,
  AlterUserScramCredentialsResponse
> = {
  apiKey: 51,
  minVersion: 0,
  maxVersion: 0,
  // The controller not reached in time (a KRaft cluster electing one): every user answered with the error.
  errorResponse: (request, errorCode) => everyUser(request, errorCode, null),
  async handle(request, ctx) {
    // KafkaApis: ALTER on the cluster, else every user answered CLUSTER_AUTHORIZATION_FAILED.
    if (!authorize(ctx, AclOperation.ALTER, ResourceType.CLUSTER, CLUSTER_NAME)) return refusedScram(request);
    const kraft = ctx.broker.kraft;
    const forwarder = controllerForwarder(ctx);
    if (forwarder) {
      // A KRaft cluster: the active controller checks and commits it; answered once this node's metadata has it.
      const response = await forwardToController<AlterUserScramCredentialsResponse>(
        forwarder,
        ctx,
        'AlterUserScramCredentials',
        request,
      );
      await metadataCaughtUp(ctx, request, response);
      return response;
    }
    const store = ctx.broker.scramCredentials;
    const errors = new Map<string, [ErrorCode, string]>();
    const changes = new Map<string, ScramChange>();
    const duplicate: [ErrorCode, string] = [
      ErrorCode.DuplicateResource,
      'A user credential cannot be altered twice in the same request',
    ];
    for (const deletion of request.deletions) {
      if (errors.has(deletion.name)) continue;
      if (changes.delete(deletion.name)) {
        errors.set(deletion.name, duplicate);
        continue;
      }
      const checked = checkNameAndMechanism(deletion.name, deletion.mechanism);
      if ('error' in checked) errors.set(deletion.name, checked.error);
      else if (!store.get(deletion.name, checked.mechanism)) {
        errors.set(deletion.name, [
          ErrorCode.ResourceNotFound,
          'Attempt to delete a user credential that does not exist',
        ]);
      } else changes.set(deletion.name, { kind: 'delete', user: deletion.name, mechanism: checked.mechanism });
    }
    for (const upsertion of request.upsertions) {
      if (errors.has(upsertion.name)) continue;
      if (changes.delete(upsertion.name)) {
        errors.set(upsertion.name, duplicate);
        continue;
      }
      const checked = checkNameAndMechanism(upsertion.name, upsertion.mechanism);
      if ('error' in checked) {
        errors.set(upsertion.name, checked.error);
        continue;
      }
      const m = checked.mechanism;
      if (upsertion.iterations < m.minIterations) {
        errors.set(upsertion.name, [ErrorCode.UnacceptableCredential, 'Too few iterations']);
      } else if (upsertion.iterations > m.maxIterations) {
        errors.set(upsertion.name, [ErrorCode.UnacceptableCredential, 'Too many iterations']);
      } else {
        changes.set(upsertion.name, {
          kind: 'upsert',
          user: upsertion.name,
          mechanism: m,
          credential: credentialFromSalted(
            m,
            upsertion.saltedPassword,
            Buffer.from(upsertion.salt),
            upsertion.iterations,
          ),
        });
      }
    }
    await store.apply([...changes.values()]);
    const results: Result[] = [...changes.keys()].map((user) => ({
      user,
      errorCode: ErrorCode.None,
      errorMessage: null,
    }));
    for (const [user, [errorCode, errorMessage]] of errors) results.push({ user, errorCode, errorMessage });
    const response = { throttleTimeMs: 0, results };
    if (kraft) await metadataCaughtUp(ctx, request, response);
    return response;
  },
};

/**
 * Waits until this node's metadata shows what the controller committed (the salt of each upsert, the absence of
 * each deletion): a client that logs in here right after the answer finds its new credential.
 */
async function metadataCaughtUp(
  ctx: HandlerContext,
  request: AlterUserScramCredentialsRequest,
  response: AlterUserScramCredentialsResponse,
): Promise<void> {
  const done = new Set(response.results.filter((r) => r.errorCode === ErrorCode.None).map((r) => r.user));
  const store = ctx.broker.scramCredentials;
  const applied = () =>
    request.upsertions.every((u) => {
      const m = scramMechanismByType(u.mechanism);
      return !done.has(u.name) || !m || store.get(u.name, m)?.salt.equals(u.salt) === true;
    }) &&
    request.deletions.every((d) => {
      const m = scramMechanismByType(d.mechanism);
      return !done.has(d.name) || !m || store.get(d.name, m) === undefined;
    });
  await ctx.broker.kraft?.waitFor(applied, METADATA_PROPAGATION_MS, "the SCRAM credentials in this node's metadata");
}

function checkNameAndMechanism(
  name: string,
  type: number,
): { mechanism: ScramMechanismInfo } | { error: [ErrorCode, string] } {
  if (name === '') return { error: [ErrorCode.UnacceptableCredential, 'Username must not be empty'] };
  const mechanism = scramMechanismByType(type);
  if (!mechanism) return { error: [ErrorCode.UnsupportedSaslMechanism, 'Unknown SCRAM mechanism'] };
  return { mechanism };
}

/** Every user named answered CLUSTER_AUTHORIZATION_FAILED (KafkaApis, when ALTER on the cluster is refused). */
function refusedScram(request: AlterUserScramCredentialsRequest): AlterUserScramCredentialsResponse {
  return everyUser(request, ErrorCode.ClusterAuthorizationFailed, 'Cluster authorization failed.');
}

/** One answer for every user the request names. */
function everyUser(
  request: AlterUserScramCredentialsRequest,
  errorCode: number,
  errorMessage: string | null,
): AlterUserScramCredentialsResponse {
  const users = new Set([...request.deletions, ...request.upsertions].map((u) => u.name));
  return { throttleTimeMs: 0, results: [...users].map((user) => ({ user, errorCode, errorMessage })) };
}
