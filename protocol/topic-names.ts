/** Kafka's topic name rules (org.apache.kafka.common.internals.Topic), shared by storage and the broker. */
export const MAX_TOPIC_NAME_LENGTH = 249;
export const LEGAL_TOPIC_NAME = /^[a-zA-Z0-9._-]+$/;

/** Why a topic name is not legal, with Kafka's wording (Topic.validate, as Kafka 4.4 answers it), or null. */
export function topicNameProblem(name: string): string | null {
  const invalid = (reason: string) => `Topic name is invalid: ${reason}`;
  if (name.length === 0) return invalid('the empty string is not allowed');
  if (name === '.' || name === '..') return invalid(`'${name}' is not allowed`);
  if (name.length > MAX_TOPIC_NAME_LENGTH) {
    return invalid(`the length of '${name}' is longer than the max allowed length ${MAX_TOPIC_NAME_LENGTH}`);
  }
  if (!LEGAL_TOPIC_NAME.test(name)) {
    return invalid(`'${name}' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'`);
  }
  return null;
}
