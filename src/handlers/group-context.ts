import { errorName, KafkaError } from '../errors';
import { clientHost } from './auth';
import type { HandlerContext } from './types';

/** The client host as Kafka reports it in group descriptions ("/127.0.0.1"). */
export function clientHostOf(ctx: HandlerContext): string {
  return `/${clientHost(ctx.connection)}`;
}

/** The message an answer carries for a refusal: the coordinator's words, none for a bare code. */
export function refusalMessage(error: unknown): string | null {
  if (!(error instanceof KafkaError)) return null;
  return error.message === errorName(error.code) ? null : error.message;
}
