import type { API_KEYS } from '../../protocol/generated';
import type { ForwardedClient } from '../cluster/envelope';
import type { KRaftNode } from '../cluster/kraft-broker';
import { clientHost } from './auth';
import type { HandlerContext } from './types';

/**
 * A client's request that a broker of a KRaft cluster hands to the active controller (Kafka's
 * maybeForwardToController): the node to send it through, or null when this node runs it itself (a single node,
 * the active controller, or a request that came in an Envelope: src/handlers/envelope.ts).
 */
export function controllerForwarder(ctx: HandlerContext): KRaftNode | null {
  const kraft = ctx.broker.kraft;
  return kraft && !kraft.isActiveController && !ctx.forwarded ? kraft : null;
}

/**
 * Sends the client's request, at the client's version, to the active controller inside an Envelope (Kafka's
 * ForwardingManager): the controller runs it as that client (principal, token login, address) and its answer is
 * returned as it gave it; the metadata log then brings the change here.
 */
export function forwardToController<T>(
  kraft: KRaftNode,
  ctx: HandlerContext,
  api: keyof typeof API_KEYS,
  body: unknown,
): Promise<T> {
  const client: ForwardedClient = {
    principal: ctx.connection.principal,
    tokenAuthenticated: ctx.connection.tokenAuthenticated,
    host: clientHost(ctx.connection),
    clientId: ctx.header.clientId,
  };
  return kraft.forwardInEnvelope<T>(client, api, ctx.version, body);
}
