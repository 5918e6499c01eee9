import { ZERO_UUID } from '../../protocol/primitives';
import type { HandlerContext } from './types';

/**
 * The requests that name topics by id from some version on, instead of by name (KIP-516: Produce v13,
 * OffsetCommit v10 and OffsetFetch v10 with KIP-848, TxnOffsetCommit v6 with KIP-1319), are answered by the
 * same code as their older versions, as Kafka's KafkaApis does: on the way in each topic gets the name its id
 * has in the metadata; an id the broker does not know keeps the empty name, and its partitions answer
 * UNKNOWN_TOPIC_ID before any other check. On the way out the answer names each topic the way the version does.
 */

/** A request's topic entry: a name below the version that brings ids, an id from it on. */
interface NamedOrIdentified {
  name: string;
  topicId: string;
}

/** Gives each topic of a request of `version` >= `firstIdVersion` the name of its id ('' when unknown). */
export function nameTopicsById(ctx: HandlerContext, firstIdVersion: number, topics: NamedOrIdentified[]): void {
  if (ctx.version < firstIdVersion) return;
  for (const topic of topics) topic.name = ctx.broker.topics.getById(topic.topicId)?.name ?? '';
}

/** True for a topic of an id-versioned request whose id the broker does not know (after nameTopicsById). */
export function isUnknownTopicId(ctx: HandlerContext, firstIdVersion: number, topic: NamedOrIdentified): boolean {
  return ctx.version >= firstIdVersion && topic.name === '';
}

/**
 * How an answer of `version` names a topic: by id from `firstIdVersion` on (the broker's id for a name it
 * resolved, else the id asked for), by name below; the other field at its default, as the encoder wants.
 */
export function answerTopicKey(
  ctx: HandlerContext,
  firstIdVersion: number,
  topic: { name: string; topicId?: string },
): NamedOrIdentified {
  if (ctx.version < firstIdVersion) return { name: topic.name, topicId: ZERO_UUID };
  const topicId = ctx.broker.topics.get(topic.name)?.topicId ?? topic.topicId ?? ZERO_UUID;
  return { name: '', topicId };
}
