/**
 * When a coordinator backed by an internal topic (the group coordinator on `__consumer_offsets`, the
 * transaction coordinator on `__transaction_state`) may answer a request, with the codes Kafka's clients retry
 * on: closed -> COORDINATOR_NOT_AVAILABLE, still replaying its topic -> COORDINATOR_LOAD_IN_PROGRESS, its
 * topic not writable -> COORDINATOR_NOT_AVAILABLE.
 */
import { ErrorCode, KafkaError } from '../errors';

/** Throws unless the coordinator is open and has loaded its topic. */
export function checkCoordinatorState(state: { closed: boolean; loaded: boolean }): void {
  if (state.closed) throw new KafkaError(ErrorCode.CoordinatorNotAvailable);
  if (!state.loaded) throw new KafkaError(ErrorCode.CoordinatorLoadInProgress);
}

/**
 * `check`, then the store writable (the first request creates the internal topic: `prepare`), then `check`
 * again (the coordinator may have closed meanwhile). A store that cannot be prepared is logged with its topic.
 */
export async function awaitCoordinatorReady(
  check: () => void,
  store: { prepare(): Promise<void> },
  topic: string,
  log: { warn(msg: string, meta?: object): void },
): Promise<void> {
  check();
  try {
    await store.prepare();
  } catch (error) {
    log.warn(`${topic} is not available`, { error: (error as Error).message });
    throw new KafkaError(ErrorCode.CoordinatorNotAvailable);
  }
  check();
}
