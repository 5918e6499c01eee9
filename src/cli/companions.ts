/**
 * Services `brook serve` runs beside the broker once it listens: the SQL processor's REST server (DESIGN.md:
 * 127.0.0.1:8088; sql.ts) is the first. Each is decided without loading it (`enabled`) and its module is
 * required only in `start` (the SQL one even later: on its first request), so a wing costs start-up nothing (bench/startup.bench.ts measures it;
 * test/broker/startup.test.ts checks a started broker loaded nothing of src/sql).
 *
 * A companion talks to the broker as any client does, through `bootstrap` (the SQL wing never reaches broker
 * internals), which is also why the CLI bundle may leave it outside (src/cli/bundle.ts keeps src/sql out of
 * the bundle: its function families are found by reading their folder).
 *
 * Adding one: an object `{ name, enabled(config), start(ctx) }` in COMPANIONS (sql.ts's SQL_COMPANION shows how).
 */
import type { BrokerConfig } from '../config';
import type { Logger } from '../log';
import type { PasswordCheck } from '../security/password-check';
import { SQL_COMPANION } from './sql';

export interface CompanionContext {
  config: BrokerConfig;
  /** `host:port` of the broker's first listener, as clients reach it. */
  bootstrap: string;
  log: Logger;
  /** The broker's users, for a companion listener with basic authentication (sql.authentication.method=BASIC). */
  checkPassword?: PasswordCheck;
}

export interface Companion {
  name: string;
  /** Whether this broker's config turns the service on; must not load the service's modules. */
  enabled(config: BrokerConfig): boolean;
  /** Loads and starts the service; resolves to what stops it (awaited before the broker stops). */
  start(context: CompanionContext): Promise<() => Promise<void>>;
}

/** The companions `brook serve` knows, in start order. */
export const COMPANIONS: readonly Companion[] = [SQL_COMPANION];

/** Starts the enabled companions in order; resolves to one function stopping them in reverse order. */
export async function startCompanions(
  context: CompanionContext,
  companions: readonly Companion[] = COMPANIONS,
): Promise<() => Promise<void>> {
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  };
  try {
    for (const companion of companions) {
      if (!companion.enabled(context.config)) continue;
      stops.push(await companion.start({ ...context, log: context.log.child({ component: companion.name }) }));
    }
  } catch (error) {
    await stopAll();
    throw error;
  }
  return stopAll;
}
