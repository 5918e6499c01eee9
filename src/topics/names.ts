import { topicNameProblem } from '../../protocol/topic-names';
import { ErrorCode, KafkaError } from '../errors';

export const CONSUMER_OFFSETS_TOPIC = '__consumer_offsets';
export const TRANSACTION_STATE_TOPIC = '__transaction_state';
/** Share groups' state (KIP-932, src/share/share-state-store.ts). */
export const SHARE_GROUP_STATE_TOPIC = '__share_group_state';
export const INTERNAL_TOPICS: ReadonlySet<string> = new Set([
  CONSUMER_OFFSETS_TOPIC,
  TRANSACTION_STATE_TOPIC,
  SHARE_GROUP_STATE_TOPIC,
]);

export function validateTopicName(name: string): void {
  const problem = topicNameProblem(name);
  if (problem) throw new KafkaError(ErrorCode.InvalidTopicException, problem);
}

/** Kafka refuses topics whose names differ only by '.' versus '_' (they collide in metric names). */
export function collisionKey(name: string): string {
  return name.replace(/\./g, '_');
}
