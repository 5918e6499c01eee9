/** Kafka's topic name rules (org.apache.kafka.common.internals.Topic), shared by storage and the broker. */
export const MAX_TOPIC_NAME_LENGTH = 249;
export const LEGAL_TOPIC_NAME = /^[a-zA-Z0-9._-]+$/;

/** Why a topic name is not legal, with Kafka's wording, or null when it is. */
export function topicNameProblem(name: string): string | null {
  if (name.length === 0) return "Topic name is illegal, it can't be empty";
  if (name === '.' || name === '..') return 'Topic name cannot be "." or ".."';
  if (name.length > MAX_TOPIC_NAME_LENGTH) {
    return `Topic name is illegal, it can't be longer than ${MAX_TOPIC_NAME_LENGTH} characters, topic name: ${name}`;
  }
  if (!LEGAL_TOPIC_NAME.test(name)) {
    return `Topic name "${name}" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'`;
  }
  return null;
}
