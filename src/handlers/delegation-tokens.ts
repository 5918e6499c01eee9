import type {
  CreateDelegationTokenRequest,
  CreateDelegationTokenResponse,
  DescribeDelegationTokenRequest,
  DescribeDelegationTokenResponse,
  ExpireDelegationTokenRequest,
  ExpireDelegationTokenResponse,
  RenewDelegationTokenRequest,
  RenewDelegationTokenResponse,
} from '../../protocol/generated';
import { ErrorCode } from '../errors';
import { AclOperation, ResourceType } from '../security/acl';
import { principalName, principalType, type TokenInformation } from '../security/delegation-tokens';
import { ANONYMOUS, type Principal } from '../security/principal';
import { METADATA_PROPAGATION_MS } from '../topics/topic-service';
import { authorize } from './auth';
import { controllerForwarder, forwardToController } from './forward';
import type { ApiHandler, HandlerContext } from './types';

/**
 * The delegation token APIs (38-41) as Kafka 4.4's KafkaApis and ControllerApis answer them; the rules are in
 * src/security/delegation-tokens.ts. Create, renew and expire change the tokens: a single node applies them to its
 * data dir; in a KRaft cluster the active controller commits them, and a broker that is not it forwards the request
 * inside an Envelope (so the controller sees the client's principal) and answers once its own metadata has the
 * change. Describe answers from the node's own tokens.
 */

/**
 * KafkaApis.allowTokenRequests: no token API for a client logged in with a token, over PLAINTEXT, or over SSL
 * without a client certificate (anonymous). A forwarded request was checked by the broker that took it (Kafka's
 * ControllerApis lets it through whatever the forwarding connection is).
 */
function tokenRequestsAllowed(ctx: HandlerContext): boolean {
  const { connection } = ctx;
  if (connection.tokenAuthenticated) return false;
  if (ctx.forwarded) return true;
  if (connection.securityProtocol === 'PLAINTEXT') return false;
  return !(connection.securityProtocol === 'SSL' && connection.principal === ANONYMOUS);
}

/** Waits until this node's metadata shows the controller's change to a token (the client may use it here next). */
async function tokenVisible(ctx: HandlerContext, tokenId: string, shows: (t: TokenInformation | undefined) => boolean) {
  const store = ctx.broker.delegationTokens.store;
  await ctx.broker.kraft?.waitFor(() => shows(store.get(tokenId)), METADATA_PROPAGATION_MS, 'the delegation token');
}

const principalOf = (type: string, name: string): Principal => `${type}:${name}`;

export const createDelegationTokenHandler: ApiHandler<CreateDelegationTokenRequest, CreateDelegationTokenResponse> = {
  apiKey: 38,
  minVersion: 1,
  maxVersion: 3,
  // A failure on the way (no active controller yet, the forward timed out): the error, with the principals.
  errorResponse: (request, errorCode, ctx) => {
    const requester = ctx.connection.principal;
    return createResponse(ctx.version, errorCode, ownerOf(request, requester), requester, undefined, undefined, true);
  },
  async handle(request, ctx) {
    const requester = ctx.connection.principal;
    const owner = ownerOf(request, requester);
    const answer = (errorCode: ErrorCode, token?: TokenInformation, hmac?: Buffer, refusedHere = true) =>
      createResponse(ctx.version, errorCode, owner, requester, token, hmac, refusedHere);
    if (!tokenRequestsAllowed(ctx)) return answer(ErrorCode.DelegationTokenRequestNotAllowed);
    // The requester may always create its own tokens; for another owner it needs CREATE_TOKENS on that user.
    if (owner !== requester && !authorize(ctx, AclOperation.CREATE_TOKENS, ResourceType.USER, owner)) {
      return answer(ErrorCode.DelegationTokenAuthorizationFailed);
    }
    const renewers = request.renewers.map((r) => principalOf(r.principalType, r.principalName));
    if (renewers.some((r) => principalType(r) !== 'User')) return answer(ErrorCode.InvalidPrincipalType);
    const kraft = controllerForwarder(ctx);
    if (kraft) {
      const response = await forwardToController<CreateDelegationTokenResponse>(
        kraft,
        ctx,
        'CreateDelegationToken',
        request,
      );
      if (response.errorCode === ErrorCode.None) await tokenVisible(ctx, response.tokenId, (t) => t !== undefined);
      return response;
    }
    const created = await ctx.broker.delegationTokens.create(requester, owner, renewers, Number(request.maxLifetimeMs));
    return answer(created.errorCode, created.token, created.hmac, false);
  },
};

/** The owner a create names (v3), else the requester itself. */
function ownerOf(request: CreateDelegationTokenRequest, requester: Principal): Principal {
  return request.ownerPrincipalName
    ? principalOf(request.ownerPrincipalType ?? 'User', request.ownerPrincipalName)
    : requester;
}

/**
 * CreateDelegationTokenResponse.prepareResponse: a refusal by the broker's checks has -1 times; one by the token
 * rules (the controller's) keeps the schema's zeros, as Kafka's controller answers.
 */
function createResponse(
  version: number,
  errorCode: ErrorCode,
  owner: Principal,
  requester: Principal,
  token: TokenInformation | undefined,
  hmac: Buffer | undefined,
  refusedHere: boolean,
): CreateDelegationTokenResponse {
  const none = refusedHere ? -1n : 0n;
  return {
    errorCode,
    principalType: principalType(owner),
    principalName: principalName(owner),
    // Versions before 3 have no requester fields.
    tokenRequesterPrincipalType: version >= 3 ? principalType(requester) : '',
    tokenRequesterPrincipalName: version >= 3 ? principalName(requester) : '',
    issueTimestampMs: token ? BigInt(token.issueTimestamp) : none,
    expiryTimestampMs: token ? BigInt(token.expiryTimestamp) : none,
    maxTimestampMs: token ? BigInt(token.maxTimestamp) : none,
    tokenId: token?.tokenId ?? '',
    hmac: hmac ?? Buffer.alloc(0),
    throttleTimeMs: 0,
  };
}

type TokenChangeResponse = RenewDelegationTokenResponse & ExpireDelegationTokenResponse;

/** Renew and expire: the same checks and forwarding, then the rule for the one or the other. */
function tokenChangeHandler<Req extends { hmac: Buffer }>(
  apiKey: 39 | 40,
  api: 'RenewDelegationToken' | 'ExpireDelegationToken',
  change: (ctx: HandlerContext, request: Req) => Promise<{ errorCode: ErrorCode; expiryTimestampMs: number }>,
): ApiHandler<Req, TokenChangeResponse> {
  return {
    apiKey,
    minVersion: 1,
    maxVersion: 2,
    errorResponse: (_request, errorCode) => ({ errorCode, expiryTimestampMs: -1n, throttleTimeMs: 0 }),
    async handle(request, ctx) {
      if (!tokenRequestsAllowed(ctx)) {
        return { errorCode: ErrorCode.DelegationTokenRequestNotAllowed, expiryTimestampMs: -1n, throttleTimeMs: 0 };
      }
      const kraft = controllerForwarder(ctx);
      if (kraft) {
        const token = ctx.broker.delegationTokens.tokenForHmac(request.hmac);
        const response = await forwardToController<TokenChangeResponse>(kraft, ctx, api, request);
        if (response.errorCode === ErrorCode.None && token) {
          const expiry = Number(response.expiryTimestampMs);
          // Expired at once (a negative period) removes the token; else its expiry moves.
          await tokenVisible(ctx, token.tokenId, (t) => (t === undefined ? true : t.expiryTimestamp === expiry));
        }
        return response;
      }
      const result = await change(ctx, request);
      return { errorCode: result.errorCode, expiryTimestampMs: BigInt(result.expiryTimestampMs), throttleTimeMs: 0 };
    },
  };
}

export const renewDelegationTokenHandler = tokenChangeHandler<RenewDelegationTokenRequest>(
  39,
  'RenewDelegationToken',
  (ctx, request) =>
    ctx.broker.delegationTokens.renew(ctx.connection.principal, request.hmac, Number(request.renewPeriodMs)),
);

export const expireDelegationTokenHandler = tokenChangeHandler<ExpireDelegationTokenRequest>(
  40,
  'ExpireDelegationToken',
  (ctx, request) =>
    ctx.broker.delegationTokens.expire(ctx.connection.principal, request.hmac, Number(request.expiryTimePeriodMs)),
);

export const describeDelegationTokenHandler: ApiHandler<
  DescribeDelegationTokenRequest,
  DescribeDelegationTokenResponse
> = {
  apiKey: 41,
  minVersion: 1,
  maxVersion: 3,
  errorResponse: (_request, errorCode) => ({ errorCode, tokens: [], throttleTimeMs: 0 }),
  handle(request, ctx) {
    const answer = (errorCode: ErrorCode, tokens: DescribeDelegationTokenResponse['tokens'] = []) => ({
      errorCode,
      tokens,
      throttleTimeMs: 0,
    });
    if (!tokenRequestsAllowed(ctx)) return answer(ErrorCode.DelegationTokenRequestNotAllowed);
    const tokens = ctx.broker.delegationTokens;
    if (!tokens.enabled) return answer(ErrorCode.DelegationTokenAuthDisabled);
    // An empty owner list asks for nothing; null asks for every owner.
    if (request.owners !== null && request.owners.length === 0) return answer(ErrorCode.None);
    const owners = request.owners?.map((o) => principalOf(o.principalType, o.principalName)) ?? null;
    const visible = tokens.describe(
      ctx.connection.principal,
      owners,
      (t) =>
        authorize(ctx, AclOperation.DESCRIBE, ResourceType.DELEGATION_TOKEN, t.tokenId) ||
        authorize(ctx, AclOperation.DESCRIBE_TOKENS, ResourceType.USER, t.owner),
    );
    return answer(
      ErrorCode.None,
      visible.map(({ token, hmac }) => ({
        principalType: principalType(token.owner),
        principalName: principalName(token.owner),
        tokenRequesterPrincipalType: ctx.version >= 3 ? principalType(token.requester) : '',
        tokenRequesterPrincipalName: ctx.version >= 3 ? principalName(token.requester) : '',
        issueTimestamp: BigInt(token.issueTimestamp),
        expiryTimestamp: BigInt(token.expiryTimestamp),
        maxTimestamp: BigInt(token.maxTimestamp),
        tokenId: token.tokenId,
        hmac,
        renewers: token.renewers.map((r) => ({ principalType: principalType(r), principalName: principalName(r) })),
      })),
    );
  },
};
