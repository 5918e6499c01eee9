import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MetadataRecord } from '../../protocol/metadata-record';
import type { DelegationTokenImage, MetadataImage } from '../../replication/metadata/image';
import { delegationTokenRecord } from '../../replication/metadata/image';
import { writeFileAtomic } from '../../storage/files';
import type { BrokerConfig } from '../config';
import { ErrorCode, KafkaError } from '../errors';
import type { Principal } from './principal';
import { credentialFromPassword, type ScramCredential, type ScramMechanismInfo } from './scram';

/**
 * Delegation tokens (KIP-48), as Kafka 4.4 keeps them: a token is an id, an owner, the principals allowed to renew
 * it and three times (issued, expires unless renewed, max life); its password is HMAC-SHA512 of the id under
 * `delegation.token.secret.key`, which every node derives (the secret is in every node's config, never in a
 * record). A client logs in with SCRAM as the token id with that password (base64) and the extension
 * `tokenauth=true`, and is its owner from then on, marked token-authenticated (which may not create, renew or
 * expire tokens). The rules are Kafka's DelegationTokenControlManager (create, renew, expire, sweep) and
 * DelegationTokenManager (HMAC, who may describe what).
 */
export type TokenInformation = DelegationTokenImage;

export type TokenChange = { kind: 'upsert'; token: TokenInformation } | { kind: 'remove'; tokenId: string };

/**
 * Where tokens live: a KRaft cluster's metadata log (DelegationTokenRecord, `MetadataDelegationTokenStore`), or a
 * single-node broker's data dir (`FileDelegationTokenStore`).
 */
export interface DelegationTokenStore {
  tokens(): Iterable<TokenInformation>;
  get(tokenId: string): TokenInformation | undefined;
  /** Applies the change durably before returning. */
  apply(change: TokenChange): void | Promise<void>;
}

export const DELEGATION_TOKEN_FILE = 'brook-delegation-tokens.json';

/** A single-node broker's tokens in `<data dir>/brook-delegation-tokens.json`, replaced atomically on each change. */
export class FileDelegationTokenStore implements DelegationTokenStore {
  private readonly path: string;
  private readonly byId = new Map<string, TokenInformation>();

  constructor(dataDir: string) {
    this.path = join(dataDir, DELEGATION_TOKEN_FILE);
    if (!existsSync(this.path)) return;
    for (const token of JSON.parse(readFileSync(this.path, 'utf8')) as TokenInformation[]) {
      this.byId.set(token.tokenId, token);
    }
  }

  tokens(): Iterable<TokenInformation> {
    return this.byId.values();
  }

  get(tokenId: string): TokenInformation | undefined {
    return this.byId.get(tokenId);
  }

  apply(change: TokenChange): void {
    if (change.kind === 'upsert') this.byId.set(change.token.tokenId, change.token);
    else if (!this.byId.delete(change.tokenId)) return;
    writeFileAtomic(this.path, `${JSON.stringify([...this.byId.values()], null, 1)}\n`);
  }
}

/** What the metadata-log store needs of a KRaft node (src/cluster/kraft-broker.ts). */
export interface TokenMetadata {
  readonly metadata: MetadataImage | null;
  alterDelegationTokens(records: MetadataRecord[]): Promise<void>;
}

/**
 * A KRaft cluster's tokens: read from this node's image, written by the active controller (the token APIs reach
 * its node inside an Envelope, so the rules run there with the client's principal).
 */
export class MetadataDelegationTokenStore implements DelegationTokenStore {
  constructor(private readonly node: () => TokenMetadata | null) {}

  tokens(): Iterable<TokenInformation> {
    return this.node()?.metadata?.delegationTokens.values() ?? [];
  }

  get(tokenId: string): TokenInformation | undefined {
    return this.node()?.metadata?.delegationTokens.get(tokenId);
  }

  async apply(change: TokenChange): Promise<void> {
    const node = this.node();
    if (!node) throw new KafkaError(ErrorCode.NotController, 'The metadata quorum is not running yet.');
    const record: MetadataRecord =
      change.kind === 'upsert'
        ? { type: 'DelegationTokenRecord', version: 0, value: delegationTokenRecord(change.token) }
        : { type: 'RemoveDelegationTokenRecord', version: 0, value: { tokenId: change.tokenId } };
    await node.alterDelegationTokens([record]);
  }
}

export interface DelegationTokenSettings {
  /** delegation.token.secret.key; null: tokens are off (DELEGATION_TOKEN_AUTH_DISABLED). */
  secretKey: string | null;
  /** delegation.token.max.lifetime.ms */
  maxLifetimeMs: number;
  /** delegation.token.expiry.time.ms */
  expiryTimeMs: number;
}

export function delegationTokenSettings(config: BrokerConfig): DelegationTokenSettings {
  return {
    secretKey: config.string('delegation.token.secret.key'),
    maxLifetimeMs: config.number('delegation.token.max.lifetime.ms'),
    expiryTimeMs: config.number('delegation.token.expiry.time.ms'),
  };
}

export interface CreatedToken {
  errorCode: ErrorCode;
  token?: TokenInformation;
  hmac?: Buffer;
}

/** What SCRAM needs to log a client in with a token (Kafka's DelegationTokenCredentialCallback). */
export interface TokenLogin {
  credential: ScramCredential;
  /** The owner's name: the session's principal is `User:<name>`. */
  ownerName: string;
  expiryTimestamp: number;
}

const MAX_TIMESTAMP = Number.MAX_SAFE_INTEGER;

/** now + duration without overflow (Kafka's DelegationTokenControlManager.sum, at JavaScript's safe limit). */
const sum = (now: number, duration: number) => Math.min(now + duration, MAX_TIMESTAMP);

export class DelegationTokens {
  /** token id -> mechanism -> the SCRAM credential of its password, derived once per node (random salt). */
  private readonly credentials = new Map<string, Map<string, ScramCredential>>();

  constructor(
    readonly store: DelegationTokenStore,
    private readonly settings: DelegationTokenSettings,
    private readonly now: () => number,
  ) {}

  get enabled(): boolean {
    return this.settings.secretKey !== null && this.settings.secretKey !== '';
  }

  /** HMAC-SHA512 of the token id under the secret key: the token's password, as bytes. */
  hmac(tokenId: string): Buffer {
    return createHmac('sha512', Buffer.from(this.settings.secretKey ?? '', 'utf8'))
      .update(tokenId, 'utf8')
      .digest();
  }

  /** The token whose HMAC this is (Kafka's tokenForHmac). */
  tokenForHmac(hmac: Buffer): TokenInformation | undefined {
    if (!this.enabled || hmac.length !== 64) return undefined;
    for (const token of this.store.tokens()) {
      if (timingSafeEqual(this.hmac(token.tokenId), hmac)) return token;
    }
    return undefined;
  }

  /** Kafka's createDelegationToken (the checks on the requester are the handler's). */
  async create(
    requester: Principal,
    owner: Principal,
    renewers: Principal[],
    requestedMaxLifetimeMs: number,
  ): Promise<CreatedToken> {
    if (!this.enabled) return { errorCode: ErrorCode.DelegationTokenAuthDisabled };
    if (renewers.some((r) => principalType(r) !== 'User')) return { errorCode: ErrorCode.InvalidPrincipalType };
    const now = this.now();
    const maxLifetime =
      requestedMaxLifetimeMs > 0
        ? Math.min(this.settings.maxLifetimeMs, requestedMaxLifetimeMs)
        : this.settings.maxLifetimeMs;
    const maxTimestamp = sum(now, maxLifetime);
    const token: TokenInformation = {
      tokenId: randomUUID(),
      owner,
      requester,
      renewers,
      issueTimestamp: now,
      maxTimestamp,
      expiryTimestamp: Math.min(maxTimestamp, sum(now, this.settings.expiryTimeMs)),
    };
    await this.store.apply({ kind: 'upsert', token });
    return { errorCode: ErrorCode.None, token, hmac: this.hmac(token.tokenId) };
  }

  /** Kafka's renewDelegationToken: the new expiry, or the error (timestamp 0 then, as Kafka's controller). */
  async renew(
    principal: Principal,
    hmac: Buffer,
    renewPeriodMs: number,
  ): Promise<{ errorCode: ErrorCode; expiryTimestampMs: number }> {
    const found = this.ownedToken(principal, hmac, true);
    if ('errorCode' in found) return { errorCode: found.errorCode, expiryTimestampMs: 0 };
    const token = found.token;
    const period = renewPeriodMs > 0 ? Math.min(this.settings.expiryTimeMs, renewPeriodMs) : this.settings.expiryTimeMs;
    const expiryTimestamp = Math.min(token.maxTimestamp, this.now() + period);
    await this.store.apply({ kind: 'upsert', token: { ...token, expiryTimestamp } });
    return { errorCode: ErrorCode.None, expiryTimestampMs: expiryTimestamp };
  }

  /** Kafka's expireDelegationToken: a negative period removes the token now; else it expires sooner. */
  async expire(
    principal: Principal,
    hmac: Buffer,
    expiryTimePeriodMs: number,
  ): Promise<{ errorCode: ErrorCode; expiryTimestampMs: number }> {
    const found = this.ownedToken(principal, hmac, false);
    if ('errorCode' in found) return { errorCode: found.errorCode, expiryTimestampMs: 0 };
    const token = found.token;
    const now = this.now();
    if (expiryTimePeriodMs < 0) {
      await this.store.apply({ kind: 'remove', tokenId: token.tokenId });
      return { errorCode: ErrorCode.None, expiryTimestampMs: now };
    }
    if (isExpired(token, now)) return { errorCode: ErrorCode.DelegationTokenExpired, expiryTimestampMs: 0 };
    const expiryTimestamp = Math.min(token.maxTimestamp, sum(now, expiryTimePeriodMs));
    await this.store.apply({ kind: 'upsert', token: { ...token, expiryTimestamp } });
    return { errorCode: ErrorCode.None, expiryTimestampMs: expiryTimestamp };
  }

  /** Removes the expired tokens (Kafka's sweepExpiredDelegationTokens, every delegation.token.expiry.check.interval.ms). */
  async sweep(): Promise<string[]> {
    const now = this.now();
    const expired = [...this.store.tokens()].filter((t) => isExpired(t, now)).map((t) => t.tokenId);
    for (const tokenId of expired) await this.store.apply({ kind: 'remove', tokenId });
    return expired;
  }

  /**
   * The tokens `requester` may see (Kafka's DelegationTokenManager.filterToken): those of the owners asked for
   * (null: every owner) that it owns or may renew, or that `mayDescribe` allows (DESCRIBE on the token, or
   * DESCRIBE_TOKENS on its owner).
   */
  describe(
    requester: Principal,
    owners: Principal[] | null,
    mayDescribe: (token: TokenInformation) => boolean,
  ): { token: TokenInformation; hmac: Buffer }[] {
    const out: { token: TokenInformation; hmac: Buffer }[] = [];
    for (const token of this.store.tokens()) {
      if (owners !== null && !owners.some((o) => ownerOrRenewer(token, o))) continue;
      if (!ownerOrRenewer(token, requester) && !mayDescribe(token)) continue;
      out.push({ token, hmac: this.hmac(token.tokenId) });
    }
    return out;
  }

  /**
   * A token login (SCRAM with `tokenauth=true`, the token id as user name): the credential of its password for the
   * mechanism, its owner and its expiry; undefined for an unknown token (Kafka's ScramServerCallbackHandler).
   */
  login(tokenId: string, mechanism: ScramMechanismInfo): TokenLogin | undefined {
    if (!this.enabled) return undefined;
    const token = this.store.get(tokenId);
    if (!token) {
      this.credentials.delete(tokenId);
      return undefined;
    }
    let byMechanism = this.credentials.get(tokenId);
    if (!byMechanism) {
      byMechanism = new Map();
      this.credentials.set(tokenId, byMechanism);
    }
    let credential = byMechanism.get(mechanism.name);
    if (!credential) {
      credential = credentialFromPassword(mechanism, this.hmac(tokenId).toString('base64'), mechanism.minIterations);
      byMechanism.set(mechanism.name, credential);
    }
    return { credential, ownerName: principalName(token.owner), expiryTimestamp: token.expiryTimestamp };
  }

  /** The token of `hmac` that `principal` may renew or expire (the owner or a renewer), or Kafka's error. */
  private ownedToken(
    principal: Principal,
    hmac: Buffer,
    refuseExpired: boolean,
  ): { token: TokenInformation } | { errorCode: ErrorCode } {
    if (!this.enabled) return { errorCode: ErrorCode.DelegationTokenAuthDisabled };
    const token = this.tokenForHmac(hmac);
    if (!token) return { errorCode: ErrorCode.DelegationTokenNotFound };
    // Renew checks expiry before ownership, expire after: Kafka's order.
    if (refuseExpired && isExpired(token, this.now())) return { errorCode: ErrorCode.DelegationTokenExpired };
    if (!ownerOrRenewer(token, principal)) return { errorCode: ErrorCode.DelegationTokenOwnerMismatch };
    return { token };
  }
}

export function isExpired(token: TokenInformation, now: number): boolean {
  return token.maxTimestamp < now || token.expiryTimestamp < now;
}

function ownerOrRenewer(token: TokenInformation, principal: string): boolean {
  return token.owner === principal || token.renewers.includes(principal);
}

export function principalType(principal: string): string {
  return principal.slice(0, principal.indexOf(':'));
}

export function principalName(principal: string): string {
  return principal.slice(principal.indexOf(':') + 1);
}
