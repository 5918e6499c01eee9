import { type SaslCredentials, saslLogin } from '../../src/security/sasl-client';
import { WireClient } from '../broker/wire-client';

/**
 * A wire connection logged in with Brook's SASL client (`login` null: none) that sends one request at a time and
 * returns its decoded answer (10 s at most).
 */
export async function saslConnection(port: number, login: SaslCredentials | null) {
  const c = await WireClient.connect(port);
  const send = async <T>(apiKey: number, version: number, body: unknown): Promise<T> => {
    c.send(apiKey, version, body);
    return (await c.nextResponse<T>(apiKey, version, 10_000)).body;
  };
  if (login) await saslLogin({ send }, login);
  return { send, close: () => c.close() };
}
