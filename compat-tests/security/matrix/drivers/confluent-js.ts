/**
 * @confluentinc/kafka-javascript (librdkafka 2.15) in the security matrix, through its node-rdkafka API with
 * librdkafka's own properties (librdkafka.ts): Producer with delivery reports, KafkaConsumer in a group.
 * librdkafka reports a failed login and broker errors through `event.error` (it keeps retrying), so each client
 * here fails on its first error event instead of waiting out its timeouts.
 */
import type { Conn } from '../plan';
import { librdkafkaConfig } from './librdkafka';
import { describeError, runNodeDriver } from './node-driver';

// biome-ignore lint/suspicious/noExplicitAny: the package is an optional dependency, typed loosely on purpose
type Any = any;
const Kafka: Any = require('@confluentinc/kafka-javascript');

/** librdkafka's properties plus event_cb: log lines forwarded as `event.log` (withClient reads them). */
const config = (conn: Conn) => ({ ...librdkafkaConfig(conn), event_cb: true });

const rdError = (err: Any) =>
  err ? `${describeError(err)}${err.code !== undefined ? ` (code ${err.code})` : ''}` : '';

/**
 * Runs `body` with a client connected; the first `event.error`, or a failed login, rejects. Disconnects in the
 * end. A refused login never reaches `event.error` (not emitted before the client is connected): librdkafka only
 * logs it (FAIL, severity 3) and retries, and connect() fails later with "broker transport failure"; the log
 * line, which `event_cb: true` forwards as `event.log`, is where this client says why.
 */
async function withClient<T>(client: Any, body: (client: Any, failed: Promise<never>) => Promise<T>): Promise<T> {
  const failed = new Promise<never>((_resolve, reject) => {
    client.once('event.error', (err: Any) => reject(new Error(rdError(err))));
    client.on('event.log', (log: Any) => {
      if (log.severity <= 3 && /SASL authentication error/.test(log.message))
        reject(new Error(`librdkafka log: ${log.message}`));
    });
  });
  failed.catch(() => undefined);
  try {
    await Promise.race([
      new Promise<void>((resolve, reject) =>
        client.connect({ timeout: 30000 }, (err: Any) => (err ? reject(new Error(rdError(err))) : resolve())),
      ),
      failed,
    ]);
    return await Promise.race([body(client, failed), failed]);
  } finally {
    // A producer's poll interval must stop before disconnect destroys the handle (a use-after-free otherwise, see
    // compat-tests/clients/confluent-js/FINDINGS.md). A consumer has none.
    client.setPollInterval?.(0);
    // A client whose login failed is still inside connect(): its disconnect waits for that; the answer is known.
    await Promise.race([new Promise((resolve) => client.disconnect(resolve)), new Promise((r) => setTimeout(r, 1000))]);
  }
}

async function produce(conn: Conn, topic: string, value: string): Promise<void> {
  const producer = new Kafka.Producer({ ...config(conn), dr_cb: true, 'message.timeout.ms': 25000 });
  await withClient(producer, async (p) => {
    const delivered = new Promise<void>((resolve, reject) =>
      p.once('delivery-report', (err: Any) => (err ? reject(new Error(rdError(err))) : resolve())),
    );
    p.setPollInterval(20);
    p.produce(topic, null, Buffer.from(value), null, null);
    await delivered;
  });
}

async function consumeOne(conn: Conn, topic: string, group: string): Promise<string> {
  const consumer = new Kafka.KafkaConsumer(
    { ...config(conn), 'group.id': group, 'enable.auto.commit': false },
    { 'auto.offset.reset': 'earliest' },
  );
  return withClient(consumer, async (c) => {
    c.subscribe([topic]);
    for (;;) {
      const messages: Any[] = await new Promise((resolve, reject) =>
        c.consume(1, (err: Any, m: Any[]) => (err ? reject(new Error(rdError(err))) : resolve(m))),
      );
      if (messages.length > 0) return String(messages[0].value);
    }
  });
}

/** Metadata after a login: librdkafka's metadata call on a producer. */
async function topics(conn: Conn): Promise<string[]> {
  const producer = new Kafka.Producer(config(conn));
  return withClient(producer, async (p) => {
    const meta: Any = await new Promise((resolve, reject) =>
      p.getMetadata({ timeout: 20000 }, (err: Any, m: Any) => (err ? reject(new Error(rdError(err))) : resolve(m))),
    );
    return meta.topics.map((t: Any) => t.name);
  });
}

runNodeDriver(
  `@confluentinc/kafka-javascript ${require('@confluentinc/kafka-javascript/package.json').version} (librdkafka ${Kafka.librdkafkaVersion})`,
  { produce, consumeOne, topics },
  { kill: true },
);
