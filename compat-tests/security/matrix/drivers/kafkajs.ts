/**
 * kafkajs 2.2.4 in the security matrix: `ssl` ({ca, cert, key}), `sasl` plain / scram-sha-256 / scram-sha-512,
 * and oauthbearer through `oauthBearerProvider` handing over an unsecured JWT (kafkajs has no token maker of its
 * own: the provider is how a user plugs one in). No retries, so a refusal surfaces at once.
 */
import { type Consumer, Kafka, type KafkaConfig, logLevel, type SASLOptions } from 'kafkajs';
import type { Conn } from '../plan';
import { pem, runNodeDriver, unsecuredJwt, usesTls } from './node-driver';

function sasl(conn: Conn): SASLOptions | undefined {
  const { mechanism, user = '', password = '' } = conn;
  if (!mechanism) return undefined;
  if (mechanism === 'OAUTHBEARER') {
    return { mechanism: 'oauthbearer', oauthBearerProvider: async () => ({ value: unsecuredJwt(user) }) };
  }
  const name = mechanism.toLowerCase() as 'plain' | 'scram-sha-256' | 'scram-sha-512';
  return { mechanism: name, username: user, password } as SASLOptions;
}

/**
 * `logged`: collects the Kafka error codes kafkajs logs (at debug level). kafkajs 2.2.4 swallows FindCoordinator's
 * error (BrokerPool.withBroker catches every error of every broker) and throws KafkaJSGroupCoordinatorNotFound
 * instead: its debug log ("Tried to find group coordinator") is the only place it says GROUP_AUTHORIZATION_FAILED.
 */
function kafka(conn: Conn, logged?: string[]): Kafka {
  const config: KafkaConfig = {
    clientId: 'security-matrix-kafkajs',
    brokers: [conn.bootstrap],
    ssl: usesTls(conn) ? { ca: [pem(conn.ca)!], cert: pem(conn.cert), key: pem(conn.key) } : undefined,
    sasl: sasl(conn),
    logLevel: logged ? logLevel.DEBUG : logLevel.NOTHING,
    logCreator: () => (entry) => {
      const type = (entry.log as { error?: { type?: string } }).error?.type;
      if (logged && type) logged.push(`${entry.log.message}: ${type}`);
    },
    connectionTimeout: 15000,
    retry: { retries: 0 },
  };
  return new Kafka(config);
}

/** Consumes `topic` in `group` until one record arrives (its value) or the consumer crashes (rejects). */
async function consumeOne(conn: Conn, topic: string, group: string): Promise<string> {
  const logged: string[] = [];
  const consumer: Consumer = kafka(conn, logged).consumer({
    groupId: group,
    retry: { retries: 0, restartOnFailure: async () => false },
  });
  try {
    return await new Promise<string>((resolve, reject) => {
      consumer.on(consumer.events.CRASH, (event) => {
        const error = event.payload.error;
        if (error.name === 'KafkaJSGroupCoordinatorNotFound' && logged.length > 0) {
          error.message += ` (kafkajs' debug log: ${logged[0]})`;
        }
        reject(error);
      });
      consumer
        .connect()
        .then(() => consumer.subscribe({ topic, fromBeginning: true }))
        .then(() => consumer.run({ eachMessage: async ({ message }) => resolve(String(message.value)) }))
        .catch(reject);
    });
  } finally {
    await consumer.disconnect().catch(() => undefined);
  }
}

async function produce(conn: Conn, topic: string, value: string): Promise<void> {
  const producer = kafka(conn).producer({ allowAutoTopicCreation: false });
  await producer.connect();
  try {
    await producer.send({ topic, messages: [{ value }] });
  } finally {
    await producer.disconnect();
  }
}

/** Metadata after a login: the admin client's topic list. */
async function topics(conn: Conn): Promise<string[]> {
  const admin = kafka(conn).admin();
  await admin.connect();
  try {
    return await admin.listTopics();
  } finally {
    await admin.disconnect();
  }
}

runNodeDriver(`kafkajs ${require('kafkajs/package.json').version}`, { produce, consumeOne, topics });
