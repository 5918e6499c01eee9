/**
 * @platformatic/kafka 1.x in the security matrix: `tls` (Node's TLS options), `sasl` with PLAIN, SCRAM-SHA-256/512
 * and OAUTHBEARER (`token`: an unsecured JWT; the library has no token maker of its own). Retries off, so a
 * refusal surfaces at once.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Conn } from '../plan';
import { pem, runNodeDriver, unsecuredJwt, usesTls } from './node-driver';

// biome-ignore lint/suspicious/noExplicitAny: ESM-only package loaded with import(); its option types stay loose here
type Any = any;

async function main(): Promise<void> {
  const kafka: Any = await import('@platformatic/kafka');
  const base = (conn: Conn) => ({
    clientId: 'security-matrix-platformatic',
    bootstrapBrokers: [conn.bootstrap],
    retries: 0,
    connectTimeout: 15000,
    ...(usesTls(conn) ? { tls: { ca: pem(conn.ca), cert: pem(conn.cert), key: pem(conn.key) } } : {}),
    ...(conn.mechanism
      ? {
          sasl:
            conn.mechanism === 'OAUTHBEARER'
              ? { mechanism: 'OAUTHBEARER', token: unsecuredJwt(conn.user ?? '') }
              : { mechanism: conn.mechanism, username: conn.user, password: conn.password },
        }
      : {}),
  });

  async function produce(conn: Conn, topic: string, value: string): Promise<void> {
    const producer = new kafka.Producer({
      ...base(conn),
      serializers: kafka.stringSerializers,
      idempotent: false,
      autocreateTopics: false,
    });
    try {
      await producer.send({ messages: [{ topic, value }] });
    } finally {
      await producer.close().catch(() => undefined);
    }
  }

  async function consumeOne(conn: Conn, topic: string, group: string): Promise<string> {
    const consumer = new kafka.Consumer({ ...base(conn), groupId: group, deserializers: kafka.stringDeserializers });
    try {
      const stream = await consumer.consume({ topics: [topic], mode: 'earliest' });
      try {
        return await new Promise<string>((resolve, reject) => {
          stream.once('data', (message: Any) => resolve(String(message.value)));
          stream.once('error', reject);
        });
      } finally {
        await stream.close().catch(() => undefined);
      }
    } finally {
      await consumer.close(true).catch(() => undefined);
    }
  }

  /** Metadata after a login: the admin client's topic list. */
  async function topics(conn: Conn): Promise<string[]> {
    const admin = new kafka.Admin(base(conn));
    try {
      return await admin.listTopics();
    } finally {
      await admin.close().catch(() => undefined);
    }
  }
  // package.json is not exported: read it next to the resolved entry point (dist/index.js).
  const { version } = JSON.parse(
    readFileSync(join(dirname(require.resolve('@platformatic/kafka')), '..', 'package.json'), 'utf8'),
  ) as { version: string };
  await runNodeDriver(`@platformatic/kafka ${version}`, { produce, consumeOne, topics });
}

main().catch((error) => {
  process.stderr.write(`${String(error?.stack ?? error)}\n`);
  process.exit(1);
});
