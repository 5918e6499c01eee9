import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TlsOptions } from 'node:tls';
import { BrokerConfig, ConfigError } from '../config';
import { parseProperties } from '../config/properties';
import type { Logger } from '../log';

/** What `brook sql-server --config` reads of a ksqlDB server properties file, and how its REST listener is secured. */
export interface SqlServerSettings {
  /** --listeners, else the file's first `listeners` entry, else http://127.0.0.1:8088. */
  listenerUrl: string;
  bootstrap?: string;
  serviceId?: string;
  tls: TlsOptions | null;
  /** Answers 401 itself and returns false when the request lacks valid credentials. */
  authorize: ((req: IncomingMessage, res: ServerResponse) => boolean) | null;
  close(): void;
}

/** ksqlDB's TLS keys for its listener; Brook's TLS reader takes them under `listener.name.sql.`. */
const TLS_KEYS = /^ssl\.(keystore|key|truststore|enabled\.protocols|protocol)/;

/**
 * `brook sql-server`'s security from ksqlDB's server properties (`--config ksql-server.properties`), as ksqlDB reads
 * them: `listeners=https://...` with `ssl.keystore.*` / `ssl.key.password` (JKS, PKCS12 or PEM, Kafka's key names);
 * `authentication.method=BASIC` with `authentication.realm` naming the login context of a JAAS file (`--jaas FILE`,
 * ksqlDB's -Djava.security.auth.login.config) whose PropertyFileLoginModule `file` lists `user: password,role...`,
 * or the entry given inline in `authentication.jaas.config` (Kafka's sasl.jaas.config syntax; Brook's key);
 * `authentication.roles` (default `*`: any role) and `authentication.skip.paths`. `BEARER` takes signed JWTs with
 * the `sasl.oauthbearer.*` keys, as the broker's HTTP listeners do. Throws ConfigError (one line, no secret).
 */
export async function sqlServerSettings(
  configFile: string | undefined,
  jaasFile: string | undefined,
  listenersFlag: string | undefined,
  log: Logger,
): Promise<SqlServerSettings> {
  let props = new Map<string, string>();
  if (configFile !== undefined) {
    let text: string;
    try {
      text = readFileSync(configFile, 'utf8');
    } catch (error) {
      throw new ConfigError(`cannot read --config ${configFile}: ${(error as Error).message}`);
    }
    props = parseProperties(text, configFile);
  }
  const listenerUrl = listenersFlag ?? props.get('listeners')?.split(',')[0]?.trim() ?? 'http://127.0.0.1:8088';
  const tls = listenerUrl.startsWith('https://');
  const method = (props.get('authentication.method') ?? 'NONE').trim().toUpperCase();
  const values: [string, string][] = [['sql.authentication.method', method]];
  if (props.has('authentication.realm')) values.push(['sql.authentication.realm', props.get('authentication.realm')!]);
  if (props.has('authentication.skip.paths')) {
    values.push(['sql.authentication.skip.paths', props.get('authentication.skip.paths')!]);
  }
  for (const [key, value] of props) {
    if (TLS_KEYS.test(key)) values.push([`listener.name.sql.${key}`, value]);
    if (key.startsWith('sasl.oauthbearer.') || key === 'org.apache.kafka.sasl.oauthbearer.allowed.urls') {
      values.push([key, value]);
    }
  }
  const config = new BrokerConfig(values);
  const basic = method.split(',').some((m) => m.trim() === 'BASIC');
  const check = basic ? await passwordCheckFor(props, jaasFile) : () => false;
  const { httpSecurity } = require('../http/http-security') as typeof import('../http/http-security');
  const security = httpSecurity(config, tls, check, 'sql', log);
  await security.init();
  const { authorizeRequest } = require('../http/http-auth') as typeof import('../http/http-auth');
  const auth = security.auth;
  return {
    listenerUrl,
    bootstrap: props.get('bootstrap.servers'),
    serviceId: props.get('ksql.service.id'),
    tls: security.tls,
    authorize: auth
      ? (req, res) => authorizeRequest(auth, req, res, new URL(req.url ?? '/', 'http://localhost').pathname)
      : null,
    close: () => security.close(),
  };
}

async function passwordCheckFor(props: Map<string, string>, jaasFile: string | undefined) {
  const { parseJaasConfig, parseJaasFile } = require('../security/jaas') as typeof import('../security/jaas');
  const { propertyFilePasswordCheck } =
    require('../security/property-file-users') as typeof import('../security/property-file-users');
  const roles = (props.get('authentication.roles') ?? '*')
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  try {
    const inline = props.get('authentication.jaas.config');
    if (inline !== undefined) return propertyFilePasswordCheck(parseJaasConfig(inline), roles);
    if (jaasFile === undefined) {
      throw new Error('needs its users: --jaas FILE (a JAAS file with the realm) or authentication.jaas.config');
    }
    const realm = props.get('authentication.realm');
    if (!realm) throw new Error('authentication.realm must name the login context of the JAAS file');
    const context = parseJaasFile(readFileSync(jaasFile, 'utf8')).get(realm);
    if (!context) throw new Error(`the JAAS file ${jaasFile} has no login context ${realm}`);
    return propertyFilePasswordCheck(context, roles);
  } catch (error) {
    throw new ConfigError(`authentication.method=BASIC: ${(error as Error).message}`);
  }
}
