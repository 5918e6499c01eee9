import type { MetadataQuorum } from '../cluster/metadata-quorum';
import { ErrorCode } from '../errors';
import type { HandlerContext } from './types';

/**
 * The metadata quorum a KRaft RPC is for, or an error code: the RPCs are registered only on a node with the
 * controller role (createHandlerRegistry's `kraft`), and answered on its controller listeners.
 */
export function quorumFor(ctx: HandlerContext): MetadataQuorum | ErrorCode {
  const quorum = ctx.broker.quorum;
  if (!quorum) return ErrorCode.UnsupportedVersion;
  return quorum;
}
