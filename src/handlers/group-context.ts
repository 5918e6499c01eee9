import type { HandlerContext } from './types';

/** The client host as Kafka reports it in group descriptions ("/127.0.0.1"). */
export function clientHostOf(ctx: HandlerContext): string {
  const remote = ctx.connection.remoteAddress;
  const colon = remote.lastIndexOf(':');
  const host = colon > 0 && !remote.endsWith(']') ? remote.slice(0, colon) : remote;
  return `/${host.replace(/^::ffff:/, '')}`;
}
