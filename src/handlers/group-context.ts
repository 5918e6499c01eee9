import { clientHost } from './auth';
import type { HandlerContext } from './types';

/** The client host as Kafka reports it in group descriptions ("/127.0.0.1"). */
export function clientHostOf(ctx: HandlerContext): string {
  return `/${clientHost(ctx.connection)}`;
}
