import type { EventEmitter } from 'node:events';
import { partitionKey } from './sessions';

/**
 * Resolves when one of `keys` (topic/partition keys) gets an append, or after `timeoutMs`, whichever comes
 * first: the long poll of Fetch (Kafka's delayed fetch in purgatory). The timer is unref'd so a waiting fetch
 * never keeps a stopping process alive.
 */
export function waitForAppend(topics: EventEmitter, keys: Set<string>, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      topics.off('append', onAppend);
      topics.off('closing', done);
      resolve();
    };
    const onAppend = (topic: string, partition: number) => {
      if (keys.has(partitionKey(topic, partition))) done();
    };
    const timer = setTimeout(done, timeoutMs);
    timer.unref();
    topics.on('append', onAppend);
    topics.once('closing', done);
  });
}
