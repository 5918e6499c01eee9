import { ErrorCode, KafkaError } from '../errors';

/** Kafka's topic name rules (org.apache.kafka.common.internals.Topic). */
export const MAX_TOPIC_NAME_LENGTH = 249;
const LEGAL = /^[a-zA-Z0-9._-]+$/;

export const CONSUMER_OFFSETS_TOPIC = '__consumer_offsets';
export const TRANSACTION_STATE_TOPIC = '__transaction_state';
export const INTERNAL_TOPICS: ReadonlySet<string> = new Set([CONSUMER_OFFSETS_TOPIC, TRANSACTION_STATE_TOPIC]);

/** Why a topic name is not legal, with Kafka's wording, or null when it is. */
export function topicNameProblem(name: string): string | null {
  if (name.length === 0) return "Topic name is illegal, it can't be empty";
  if (name === '.' || name === '..') return 'Topic name cannot be "." or ".."';
  if (name.length > MAX_TOPIC_NAME_LENGTH) {
    return `Topic name is illegal, it can't be longer than ${MAX_TOPIC_NAME_LENGTH} characters, topic name: ${name}`;
  }
  if (!LEGAL.test(name)) {
    return `Topic name "${name}" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'`;
  }
  return null;
}

export function validateTopicName(name: string): void {
  const problem = topicNameProblem(name);
  if (problem) throw new KafkaError(ErrorCode.InvalidTopicException, problem);
}

/** Kafka refuses topics whose names differ only by '.' versus '_' (they collide in metric names). */
export function collisionKey(name: string): string {
  return name.replace(/\./g, '_');
}
