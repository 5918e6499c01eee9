/**
 * The SQL processor as a service: an engine on a KafkaDriver (it reaches Kafka only as a client does) and
 * ksqlDB's REST API in front of it. `startSqlRest` is the `brook serve` companion; `brook sql-server` runs the
 * same thing alone against any Kafka cluster.
 */
import { SqlEngine } from '../engine/engine';
import { KafkaDriver } from '../io/kafka';
import { SqlRestServer } from './server';

export { SqlRestServer } from './server';

export interface SqlServiceOptions {
  /** Kafka bootstrap servers, `host:port`. */
  bootstrap: string[];
  /** The REST listener, e.g. http://127.0.0.1:8088 (port 0: any free one). */
  listener: string;
  /** ksql.service.id (internal topic and group prefix). */
  serviceId?: string;
  log?: { warn(message: string, meta?: object): void; debug(message: string, meta?: object): void };
}

export interface SqlService {
  /** The bound REST address, `http://host:port`. */
  url: string;
  engine: SqlEngine;
  stop(): Promise<void>;
}

/** Parses a listener such as `http://127.0.0.1:8088` (ksqlDB's `listeners` syntax; http only so far). */
export function parseListener(listener: string): { host: string; port: number } {
  const url = new URL(listener.split(',')[0].trim());
  if (url.protocol !== 'http:') throw new Error(`SQL listener ${listener}: only http:// is supported`);
  return { host: url.hostname.replace(/^\[|\]$/g, '') || '0.0.0.0', port: Number(url.port || 8088) };
}

export async function startSqlService(options: SqlServiceOptions): Promise<SqlService> {
  const { host, port } = parseListener(options.listener);
  const serviceId = options.serviceId ?? 'default_';
  const driver = new KafkaDriver({ brokers: options.bootstrap });
  const engine = new SqlEngine({ driver, serviceId, logger: options.log });
  const server = new SqlRestServer({ engine, serviceId, listTopics: () => driver.listTopics(), log: options.log });
  let bound: number;
  try {
    bound = await server.listen(port, host);
  } catch (error) {
    await driver.close();
    throw error;
  }
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}`,
    engine,
    stop: async () => {
      await server.close();
      await engine.close();
      await driver.close();
    },
  };
}
