/**
 * The regular expressions clients send Kafka: a KIP-848 member's SubscribedTopicRegex and ListTransactions'
 * TransactionalIdPattern (KIP-1152). Kafka compiles them with RE2/J and matches whole names
 * (`Matcher.matches()`); a JavaScript RegExp takes the common syntax of the two, anchored here to match the
 * whole string the same way. Throws SyntaxError for a pattern it cannot compile (Kafka answers those
 * INVALID_REGULAR_EXPRESSION).
 */
export function wholeNameRegex(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`);
}
