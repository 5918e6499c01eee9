/**
 * What the Node.js drivers of the security matrix share: the job from stdin ({checks}), each check run with its
 * own clients and a deadline (all checks at once: their waits overlap), one JSON answer line on stdout.
 */
import { readFileSync, writeSync } from 'node:fs';
import type { Check, CheckResult, Conn, DriverAnswer } from '../plan';

/** A check's outcome without its mode (the runner adds it). */
export type Outcome = Omit<CheckResult, 'mode'>;

const CHECK_DEADLINE_MS = 40000;

export function describeError(error: unknown): string {
  const e = error as { name?: string; type?: string; code?: string | number; apiId?: string; message?: string };
  const code = e.type ?? e.apiId ?? (typeof e.code === 'string' ? e.code : undefined);
  const cause = (error as { cause?: unknown }).cause;
  const causeText = cause ? ` (cause: ${describeError(cause)})` : '';
  // AggregateErrors (kafkajs' KafkaJSAggregateError, platformatic's ResponseError) carry the per-item errors.
  const inner = (error as { errors?: unknown }).errors;
  const innerText =
    Array.isArray(inner) && inner.length > 0 ? ` [${inner.slice(0, 3).map(describeError).join('; ')}]` : '';
  return `${e.name ?? 'Error'}${code ? ` [${code}]` : ''}: ${e.message ?? String(error)}${innerText}${causeText}`;
}

/** An unsecured JWT (alg none, no signature) as Kafka's OAuthBearerUnsecuredLoginCallbackHandler makes one. */
export function unsecuredJwt(sub: string): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${b64({ alg: 'none' })}.${b64({ sub, iat: now, exp: now + 3600 })}.`;
}

export const pem = (file: string | undefined) => (file ? readFileSync(file, 'utf8') : undefined);
export const usesTls = (conn: Conn) => conn.protocol !== 'SASL_PLAINTEXT';

/** What a Node.js client does for the matrix's checks (`runNodeDriver` maps each check's action onto it). */
export interface MatrixClient {
  produce(conn: Conn, topic: string, value: string): Promise<void>;
  /** The first record a new group member reads from the topic's beginning. */
  consumeOne(conn: Conn, topic: string, group: string): Promise<string>;
  /** Logs in and returns the topic names Metadata lists. */
  topics(conn: Conn): Promise<string[]>;
}

async function runCheck(client: MatrixClient, check: Check): Promise<Outcome> {
  const { conn, topic = '', group = '', value = '' } = check;
  switch (check.action) {
    case 'roundtrip':
      await client.produce(conn, topic, value);
      return { value: await client.consumeOne(conn, topic, group) };
    case 'produce':
      await client.produce(conn, topic, value);
      return {};
    case 'consume':
      return { value: await client.consumeOne(conn, topic, group) };
    case 'login':
    case 'metadata':
      return { topics: await client.topics(conn) };
  }
}

export async function runNodeDriver(
  version: string,
  client: MatrixClient,
  options: { kill?: boolean } = {},
): Promise<void> {
  const job = JSON.parse(readFileSync(0, 'utf8')) as { checks: Check[] };
  const results = await Promise.all(
    job.checks.map(async (check): Promise<CheckResult> => {
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<Outcome>((resolve) => {
        timer = setTimeout(
          () => resolve({ error: `no answer within ${CHECK_DEADLINE_MS} ms (neither a result nor an error)` }),
          CHECK_DEADLINE_MS,
        );
      });
      try {
        return { mode: check.mode, ...(await Promise.race([runCheck(client, check), deadline])) };
      } catch (error) {
        return { mode: check.mode, error: describeError(error) };
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  const answer: DriverAnswer = { version, results };
  writeSync(1, `${JSON.stringify(answer)}\n`);
  // Clients still closing (a refused consumer's retries) must not keep the process: the answer is out. A
  // librdkafka client still inside connect() (the refused login) holds exit()'s native cleanup until its
  // connect times out (30 s), hence a kill when asked.
  if (options.kill) process.kill(process.pid, 'SIGKILL');
  process.exit(0);
}
