import { type KeyObject, createPublicKey } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../log';

/** One verification key of a JSON Web Key Set (RFC 7517), imported by node:crypto. */
export interface VerificationKey {
  kid: string | undefined;
  /** RSA, EC or OKP. */
  kty: string;
  /** The key's `alg` when the set names one (a key bound to one algorithm). */
  alg: string | undefined;
  key: KeyObject;
}

export interface JwksRefreshOptions {
  /** sasl.oauthbearer.jwks.endpoint.refresh.ms: the scheduled refresh interval. */
  refreshMs: number;
  /** sasl.oauthbearer.jwks.endpoint.retry.backoff.ms / .max.ms: a failed refresh is retried, doubling the wait. */
  retryBackoffMs: number;
  retryBackoffMaxMs: number;
}

/** RefreshingHttpsJwks: an unknown key id triggers at most one early refresh per minute (a bad token cannot flood the IdP). */
const MISSING_KEY_ID_CACHE_IN_FLIGHT_MS = 60_000;
const MISSING_KEY_ID_CACHE_MAX_ENTRIES = 16;
const MISSING_KEY_ID_MAX_KEY_LENGTH = 1000;
const FETCH_TIMEOUT_MS = 10_000;

/** The keys of a JWKS document; keys node:crypto cannot import, or not for signatures (`use` other than sig), are left out. */
export function parseJwks(text: string): VerificationKey[] {
  const document = JSON.parse(text) as { keys?: unknown };
  if (!document || !Array.isArray(document.keys)) throw new Error('the JWKS has no "keys" array');
  const keys: VerificationKey[] = [];
  for (const jwk of document.keys as Record<string, unknown>[]) {
    if (typeof jwk !== 'object' || jwk === null) continue;
    if (jwk.use !== undefined && jwk.use !== 'sig') continue;
    if (jwk.kty !== 'RSA' && jwk.kty !== 'EC' && jwk.kty !== 'OKP') continue;
    try {
      keys.push({
        kid: typeof jwk.kid === 'string' ? jwk.kid : undefined,
        kty: jwk.kty,
        alg: typeof jwk.alg === 'string' ? jwk.alg : undefined,
        key: createPublicKey({ key: jwk as import('node:crypto').JsonWebKey, format: 'jwk' }),
      });
    } catch {
      // jose4j skips a key it cannot parse too; the others stay usable.
    }
  }
  return keys;
}

/**
 * The verification keys behind `sasl.oauthbearer.jwks.endpoint.url`, as Kafka's RefreshingHttpsJwks (http/https)
 * and JwksFileVerificationKeyResolver (file:) keep them: fetched once at start-up (a failure stops the start),
 * refreshed every `refresh.ms` in the background with retries, and refreshed early when a token names a key id
 * the set does not hold. Validation never waits for the network: a token whose key is not there yet is refused,
 * as Kafka does, and the next one finds the refreshed set. A file is read again when its modification time changes.
 */
export class JwksSource {
  private current: VerificationKey[] = [];
  private timer: NodeJS.Timeout | null = null;
  private refreshing: Promise<void> | null = null;
  private closed = false;
  private readonly missingKeyIds = new Map<string, number>();
  private fileMtimeMs = -1;

  constructor(
    readonly location: string,
    private readonly options: JwksRefreshOptions,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  private get isFile(): boolean {
    return this.location.startsWith('file:');
  }

  /** The first fetch; throws Error with the reason when the set cannot be had. */
  async init(): Promise<void> {
    if (this.isFile) {
      this.reloadFileIfChanged(true);
      return;
    }
    this.current = parseJwks(await this.fetchText());
    if (this.options.refreshMs > 0) {
      this.timer = setInterval(() => void this.refresh(), this.options.refreshMs);
      this.timer.unref();
    }
    this.log.info('JWKS validation key refresh started', { url: this.location, refreshMs: this.options.refreshMs });
  }

  keys(): VerificationKey[] {
    if (this.isFile) this.reloadFileIfChanged(false);
    return this.current;
  }

  /**
   * A token named a key id the set lacks: refresh in the background unless one was asked for this id within the
   * last minute. True when a refresh was started.
   */
  maybeExpediteRefresh(kid: string): boolean {
    if (this.isFile || this.closed) return false;
    if (kid.length > MISSING_KEY_ID_MAX_KEY_LENGTH) {
      this.log.warn('Key ID was too long to cache', { length: kid.length });
      return false;
    }
    const now = this.now();
    const next = this.missingKeyIds.get(kid);
    if (next !== undefined && next > now) return false;
    this.missingKeyIds.delete(kid);
    this.missingKeyIds.set(kid, now + MISSING_KEY_ID_CACHE_IN_FLIGHT_MS);
    // Kept small and in insertion order: the oldest id goes first, as Kafka's LinkedHashMap with removeEldestEntry.
    if (this.missingKeyIds.size > MISSING_KEY_ID_CACHE_MAX_ENTRIES) {
      this.missingKeyIds.delete(this.missingKeyIds.keys().next().value!);
    }
    void this.refresh();
    return true;
  }

  /** One refresh with retries (exponential backoff bounded by retry.backoff.max.ms); a failure keeps the old set. */
  refresh(): Promise<void> {
    if (this.refreshing) return this.refreshing;
    this.refreshing = (async () => {
      let waitMs = this.options.retryBackoffMs;
      let waited = 0;
      for (;;) {
        try {
          const keys = parseJwks(await this.fetchText());
          for (const k of keys) if (k.kid !== undefined) this.missingKeyIds.delete(k.kid);
          this.current = keys;
          this.log.info('OAuth JWKS refresh complete', { url: this.location, keys: keys.length });
          return;
        } catch (error) {
          if (this.closed || waited >= this.options.retryBackoffMaxMs) {
            this.log.warn('OAuth JWKS refresh encountered an error; not updating local JWKS cache', {
              url: this.location,
              error: (error as Error).message,
            });
            return;
          }
          const wait = Math.min(waitMs, this.options.retryBackoffMaxMs - waited);
          await new Promise((r) => setTimeout(r, wait).unref());
          waited += wait;
          waitMs *= 2;
        }
      }
    })().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async fetchText(): Promise<string> {
    const response = await fetch(this.location, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (!response.ok) throw new Error(`HTTP ${response.status} from ${this.location}`);
    return response.text();
  }

  private reloadFileIfChanged(first: boolean): void {
    const path = fileURLToPath(this.location);
    try {
      const mtime = statSync(path).mtimeMs;
      if (mtime === this.fileMtimeMs) return;
      this.current = parseJwks(readFileSync(path, 'utf8'));
      this.fileMtimeMs = mtime;
    } catch (error) {
      if (first) throw error;
      // A file being rewritten: keep the keys read last time.
      this.log.warn('could not read the JWKS file; keeping the keys read before', {
        file: path,
        error: (error as Error).message,
      });
    }
  }
}
