import { CLUSTER_NAME, ResourceType, SUPPORTED_OPERATIONS } from '../security/acl';
import type { Connection } from '../server/connection';
import type { ApiHandler, HandlerContext } from './types';

/**
 * The handlers' side of authorization (Kafka's AuthHelper). With no authorizer configured every check is a
 * null test and returns true, so the hot path costs nothing more than that.
 */
export function authorize(ctx: HandlerContext, operation: number, resourceType: number, resourceName: string): boolean {
  const authorizer = ctx.broker.authorizer;
  if (authorizer === null) return true;
  return authorizer.authorize(
    ctx.connection.principal,
    clientHost(ctx.connection),
    operation,
    resourceType,
    resourceName,
  );
}

/**
 * Whether the client may call an API that needs one operation on the cluster (`clusterOperation`: KafkaApis'
 * authorizeClusterOperation); true for every other API. The dispatcher checks it for a client's request, the
 * Envelope handler for the request it carries.
 */
export function clusterOperationPermitted(handler: Pick<ApiHandler, 'clusterOperation'>, ctx: HandlerContext): boolean {
  const operation = handler.clusterOperation;
  return operation === undefined || authorize(ctx, operation, ResourceType.CLUSTER, CLUSTER_NAME);
}

/** Kafka's authorizeByResourceType: may the client do `operation` on at least one resource of the type? */
export function authorizeByResourceType(ctx: HandlerContext, operation: number, resourceType: number): boolean {
  const authorizer = ctx.broker.authorizer;
  if (authorizer === null) return true;
  return authorizer.authorizeByResourceType(
    ctx.connection.principal,
    clientHost(ctx.connection),
    operation,
    resourceType,
  );
}

/** The authorized operations of a resource as Kafka's bit field; without an authorizer, all the type supports. */
export function authorizedOperations(ctx: HandlerContext, resourceType: number, resourceName: string): number {
  const authorizer = ctx.broker.authorizer;
  if (authorizer === null) {
    let bits = 0;
    for (const op of SUPPORTED_OPERATIONS[resourceType] ?? []) bits |= 1 << op;
    return bits;
  }
  return authorizer.authorizedOperations(
    ctx.connection.principal,
    clientHost(ctx.connection),
    resourceType,
    resourceName,
  );
}

/**
 * The client's address as Kafka's ACL hosts name it (InetAddress.getHostAddress): the connection's `host:port`
 * without the port and without the `::ffff:` prefix of an IPv4 address on a dual-stack socket.
 */
export function clientHost(connection: Connection): string {
  const remote = connection.remoteAddress;
  const colon = remote.lastIndexOf(':');
  const host = colon > 0 && !remote.endsWith(']') ? remote.slice(0, colon) : remote;
  return host.replace(/^::ffff:/, '');
}
