import type { Consumer, EachMessagePayload } from 'kafkajs';

/**
 * Runs a subscribed kafkajs consumer until `onMessage` returns true, then disconnects it (after `lingerMs`, for a
 * test checking that nothing more arrives). Rejects after `ms` without that, saying `progress()`, or when the
 * consumer crashes and `failOnCrash` is set; the consumer is disconnected then too. A consumer left running after a
 * failed test would keep the test process alive: kafkajs restarts it forever once its broker stops.
 */
export async function consumeUntil(
  consumer: Consumer,
  onMessage: (payload: EachMessagePayload) => boolean | undefined,
  progress: () => string,
  { ms = 20_000, lingerMs = 0, failOnCrash = false } = {},
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`${progress()} within ${ms / 1000} s`)), ms);
      if (failOnCrash) consumer.on(consumer.events.CRASH, (e) => reject(e.payload.error));
      consumer
        .run({
          eachMessage: async (payload) => {
            if (onMessage(payload)) resolve();
          },
        })
        .catch(reject);
    });
    if (lingerMs > 0) await new Promise((resolve) => setTimeout(resolve, lingerMs));
  } finally {
    clearTimeout(timer);
    await consumer.disconnect();
  }
}

/** The value of the first record a subscribed consumer reads, as text (`consumeUntil`, whose options it takes). */
export async function firstValue(
  consumer: Consumer,
  from: string,
  options: Parameters<typeof consumeUntil>[3] = {},
): Promise<string> {
  const values: string[] = [];
  await consumeUntil(
    consumer,
    ({ message }) => values.push(String(message.value)) > 0,
    () => `no record from ${from}`,
    options,
  );
  return values[0]!;
}
