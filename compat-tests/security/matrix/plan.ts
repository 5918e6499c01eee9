/**
 * The security client matrix (issue 16): what each client is asked over Brook's secured listeners, and the one
 * `brook serve` they all talk to.
 *
 * One broker, four listeners (no PLAINTEXT one): SSL (server certificate only: the principal is User:ANONYMOUS),
 * MTLS (an SSL listener with ssl.client.auth=required: the client certificate's CN is the principal, through
 * ssl.principal.mapping.rules), SASL_SSL and SASL_PLAINTEXT (PLAIN from JAAS, SCRAM-SHA-256/512 made with
 * `brook user create`, OAUTHBEARER with Kafka's unsecured-JWT validator). Kafka's StandardAuthorizer settings
 * with User:admin as the super user; the permitted principals hold ALL on the `matrix-` topics and groups;
 * User:outsider holds only DESCRIBE on the topic `outsider-visible` and READ on the `outsider-` groups, so each
 * refused API is reached for real: Produce and Fetch on a topic it can see (TOPIC_AUTHORIZATION_FAILED), a
 * group it holds nothing on (GROUP_AUTHORIZATION_FAILED), and Metadata lists that one topic only.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { type AclEntry, Kafka, logLevel } from 'kafkajs';
import { BrookProcess, freePort, repoRoot } from '../../lib/broker';
import type { TestCerts } from '../../lib/test-certs';

/** The columns of the matrix, in table order. */
export const MODES = [
  'SSL',
  'mTLS',
  'PLAIN',
  'SCRAM-256',
  'SCRAM-512',
  'OAUTHBEARER',
  'SASL_PLAINTEXT',
  'wrong password',
  'ACL metadata',
  'ACL produce',
  'ACL fetch',
  'ACL group',
] as const;
export type Mode = (typeof MODES)[number];

export type Mechanism = 'PLAIN' | 'SCRAM-SHA-256' | 'SCRAM-SHA-512' | 'OAUTHBEARER';

/** How a driver connects: the security protocol and what it logs in with (files are PEM). */
export interface Conn {
  bootstrap: string;
  protocol: 'SSL' | 'SASL_SSL' | 'SASL_PLAINTEXT';
  ca?: string;
  cert?: string;
  key?: string;
  mechanism?: Mechanism;
  /** For OAUTHBEARER: the `sub` claim of the unsecured JWT the client presents. */
  user?: string;
  password?: string;
}

/**
 * One thing a driver does:
 * - roundtrip: produce `value` to `topic`, consume it back in consumer group `group`; result `value`
 * - login: connect and ask for metadata (expected to be refused: wrong password); result `error`
 * - metadata: list every topic; result `topics`
 * - produce / consume: as roundtrip's halves (expected to be refused by the authorizer); result `error`
 */
export interface Check {
  mode: Mode;
  action: 'roundtrip' | 'login' | 'metadata' | 'produce' | 'consume';
  conn: Conn;
  topic?: string;
  group?: string;
  value?: string;
  /** confluent-kafka-python only: create the SCRAM user first with AlterUserScramCredentials, as `admin`. */
  createScramUserAs?: Conn;
}

export interface CheckResult {
  mode: Mode;
  value?: string;
  topics?: string[];
  /** the error as the client surfaced it (class or code, then message) */
  error?: string;
  /** the client has no way to do this, and why */
  unsupported?: string;
}

/** A driver's whole answer: its version line and one result per check. */
export interface DriverAnswer {
  version: string;
  results: CheckResult[];
}

export const USERS = {
  admin: 'admin-pw',
  alice: 'alice-pw',
  outsider: 'outsider-pw',
} as const;
/** The topic User:outsider may describe (and nothing more). */
export const VISIBLE_TOPIC = 'outsider-visible';
/** The principals the round trips run as: SSL without a certificate, the mTLS certificate's CN, the SASL user. */
const PERMITTED = ['User:ANONYMOUS', 'User:client', 'User:alice', 'User:cfk'];

const plainJaas = `org.apache.kafka.common.security.plain.PlainLoginModule required ${Object.entries(USERS)
  .map(([u, p]) => `user_${u}="${p}"`)
  .join(' ')};`;

export interface MatrixBroker {
  broker: BrookProcess;
  listeners: { ssl: string; mtls: string; saslSsl: string; saslPlaintext: string };
  certs: TestCerts;
}

/** Starts the one `brook serve` of the matrix; see the file comment for its listeners and authorizer. */
export async function startMatrixBroker(certs: TestCerts): Promise<MatrixBroker> {
  const [ssl, mtls, saslSsl, saslPlaintext] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const at = (port: number) => `127.0.0.1:${port}`;
  const broker = await BrookProcess.start({
    port: ssl,
    config: {
      listeners: `SSL://${at(ssl)},MTLS://${at(mtls)},SASL_SSL://${at(saslSsl)},SASL_PLAINTEXT://${at(saslPlaintext)}`,
      'listener.security.protocol.map': 'SSL:SSL,MTLS:SSL,SASL_SSL:SASL_SSL,SASL_PLAINTEXT:SASL_PLAINTEXT',
      'inter.broker.listener.name': 'SASL_PLAINTEXT',
      'ssl.keystore.type': 'PKCS12',
      'ssl.keystore.location': certs.serverP12File,
      'ssl.keystore.password': certs.password,
      'listener.name.mtls.ssl.client.auth': 'required',
      'listener.name.mtls.ssl.truststore.type': 'PEM',
      'listener.name.mtls.ssl.truststore.location': certs.caFile,
      'listener.name.mtls.ssl.principal.mapping.rules': 'RULE:^CN=([^,]*),.*$/$1/L,DEFAULT',
      'sasl.enabled.mechanisms': 'PLAIN,SCRAM-SHA-256,SCRAM-SHA-512,OAUTHBEARER',
      'listener.name.sasl_ssl.plain.sasl.jaas.config': plainJaas,
      'listener.name.sasl_plaintext.plain.sasl.jaas.config': plainJaas,
      'listener.name.sasl_ssl.oauthbearer.sasl.jaas.config':
        'org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required;',
      'listener.name.sasl_plaintext.oauthbearer.sasl.jaas.config':
        'org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required;',
      'authorizer.class.name': 'org.apache.kafka.metadata.authorizer.StandardAuthorizer',
      'super.users': 'User:admin',
      'auto.create.topics.enable': 'false',
      'group.initial.rebalance.delay.ms': 0,
      'sql.listeners': '',
      'http.listeners': '',
    },
  });
  return {
    broker,
    certs,
    listeners: { ssl: at(ssl), mtls: at(mtls), saslSsl: at(saslSsl), saslPlaintext: at(saslPlaintext) },
  };
}

/** The super user's login (for the one driver that creates a SCRAM user itself). */
export const adminConn = (m: MatrixBroker): Conn => ({
  bootstrap: m.listeners.saslSsl,
  protocol: 'SASL_SSL',
  ca: m.certs.caFile,
  mechanism: 'PLAIN',
  user: 'admin',
  password: USERS.admin,
});

/** `brook user create`, as an operator would, logged in as the super user. */
function brookUser(m: MatrixBroker, user: string, mechanism: string): Promise<void> {
  const args = [
    join(repoRoot, 'bin', 'brook.js'),
    'user',
    'create',
    user,
    '--mechanism',
    mechanism,
    '-b',
    m.listeners.saslSsl,
    '--tls-ca',
    m.certs.caFile,
    '--sasl-mechanism',
    'PLAIN',
    '--sasl-username',
    'admin',
  ];
  const env = { ...process.env, BROOK_USER_PASSWORD: USERS.alice, BROOK_SASL_PASSWORD: USERS.admin };
  return new Promise((resolve, reject) =>
    execFile(process.execPath, args, { env, timeout: 60000 }, (error, _out, stderr) =>
      error ? reject(new Error(`brook user create ${user} ${mechanism}: ${stderr || error.message}`)) : resolve(),
    ),
  );
}

/** SCRAM users (brook user), the topics and the ACLs (kafkajs' admin as the super user). */
export async function prepareMatrix(m: MatrixBroker, topics: string[]): Promise<void> {
  const users = brookUser(m, 'alice', 'SCRAM-SHA-256').then(() => brookUser(m, 'alice', 'SCRAM-SHA-512'));
  const kafka = new Kafka({
    clientId: 'security-matrix-setup',
    brokers: [m.listeners.saslSsl],
    ssl: { ca: [m.certs.caPem] },
    sasl: { mechanism: 'plain', username: 'admin', password: USERS.admin },
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({ topics: [...topics, VISIBLE_TOPIC].map((topic) => ({ topic, numPartitions: 1 })) });
    // Codes of Kafka's AclResourceType / AclOperation / AclPermissionType / PatternType.
    const acl = (principal: string, resourceType: number, name: string, pattern: number, operation: number) =>
      ({
        principal,
        resourceType,
        resourceName: name,
        resourcePatternType: pattern,
        operation,
        permissionType: 3,
        host: '*',
      }) as unknown as AclEntry;
    const [TOPIC, GROUP, LITERAL, PREFIXED, ALL, READ, DESCRIBE] = [2, 3, 3, 4, 2, 3, 8];
    await admin.createAcls({
      acl: [
        ...PERMITTED.flatMap((p) => [acl(p, TOPIC, 'matrix-', PREFIXED, ALL), acl(p, GROUP, 'matrix-', PREFIXED, ALL)]),
        acl('User:outsider', TOPIC, VISIBLE_TOPIC, LITERAL, DESCRIBE),
        acl('User:outsider', GROUP, 'outsider-', PREFIXED, READ),
      ],
    });
  } finally {
    await admin.disconnect();
  }
  await users;
}

/** The checks of the given modes for one client (`client` names its topics and groups). */
export function checksFor(m: MatrixBroker, client: string, modes: readonly Mode[]): Check[] {
  const ca = m.certs.caFile;
  const tls = (bootstrap: string): Conn => ({ bootstrap, protocol: 'SSL', ca });
  const sasl = (mechanism: Mechanism, user = 'alice', over: 'SASL_SSL' | 'SASL_PLAINTEXT' = 'SASL_SSL'): Conn => ({
    bootstrap: over === 'SASL_SSL' ? m.listeners.saslSsl : m.listeners.saslPlaintext,
    protocol: over,
    ...(over === 'SASL_SSL' ? { ca } : {}),
    mechanism,
    user,
    password: USERS[user as keyof typeof USERS] ?? USERS.alice,
  });
  const slug = (mode: Mode) => mode.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const roundtrip = (mode: Mode, conn: Conn): Check => ({
    mode,
    action: 'roundtrip',
    conn,
    topic: `matrix-${client}-${slug(mode)}`,
    group: `matrix-${client}-${slug(mode)}`,
    value: `hello from ${client} over ${mode}`,
  });
  const outsider = sasl('PLAIN', 'outsider');
  const all: Record<Mode, Check> = {
    SSL: roundtrip('SSL', tls(m.listeners.ssl)),
    mTLS: roundtrip('mTLS', { ...tls(m.listeners.mtls), cert: m.certs.clientCertFile, key: m.certs.clientKeyFile }),
    PLAIN: roundtrip('PLAIN', sasl('PLAIN')),
    'SCRAM-256': roundtrip('SCRAM-256', sasl('SCRAM-SHA-256')),
    'SCRAM-512': roundtrip('SCRAM-512', sasl('SCRAM-SHA-512')),
    OAUTHBEARER: roundtrip('OAUTHBEARER', sasl('OAUTHBEARER')),
    SASL_PLAINTEXT: roundtrip('SASL_PLAINTEXT', sasl('SCRAM-SHA-256', 'alice', 'SASL_PLAINTEXT')),
    'wrong password': { mode: 'wrong password', action: 'login', conn: { ...sasl('SCRAM-SHA-256'), password: 'nope' } },
    'ACL metadata': { mode: 'ACL metadata', action: 'metadata', conn: outsider },
    'ACL produce': { mode: 'ACL produce', action: 'produce', conn: outsider, topic: VISIBLE_TOPIC, value: 'refused' },
    'ACL fetch': {
      mode: 'ACL fetch',
      action: 'consume',
      conn: outsider,
      topic: VISIBLE_TOPIC,
      group: `outsider-${client}`,
    },
    'ACL group': {
      mode: 'ACL group',
      action: 'consume',
      conn: outsider,
      topic: VISIBLE_TOPIC,
      group: `denied-${client}`,
    },
  };
  return modes.map((mode) => all[mode]);
}
