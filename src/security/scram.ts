import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';
import { type SaslServer, SaslFailure } from './sasl-server';

/**
 * SCRAM-SHA-256 and SCRAM-SHA-512 (RFC 5802, RFC 7677) as Kafka's ScramSaslServer and ScramFormatter: no channel
 * binding, Kafka's iteration bounds (4096 to 16384), credentials kept as salt, stored key, server key and
 * iterations (never the password), and Kafka's failure messages.
 */
export interface ScramMechanismInfo {
  name: 'SCRAM-SHA-256' | 'SCRAM-SHA-512';
  /** Kafka's ScramMechanism type byte in AlterUserScramCredentials / DescribeUserScramCredentials. */
  type: number;
  hash: 'sha256' | 'sha512';
  keyLength: number;
  minIterations: number;
  maxIterations: number;
}

export const SCRAM_MECHANISMS: readonly ScramMechanismInfo[] = [
  { name: 'SCRAM-SHA-256', type: 1, hash: 'sha256', keyLength: 32, minIterations: 4096, maxIterations: 16384 },
  { name: 'SCRAM-SHA-512', type: 2, hash: 'sha512', keyLength: 64, minIterations: 4096, maxIterations: 16384 },
];

export const scramMechanismByName = (name: string) => SCRAM_MECHANISMS.find((m) => m.name === name);
export const scramMechanismByType = (type: number) => SCRAM_MECHANISMS.find((m) => m.type === type);

/** What the broker keeps of a SCRAM password (Kafka's ScramCredential). */
export interface ScramCredential {
  salt: Buffer;
  storedKey: Buffer;
  serverKey: Buffer;
  iterations: number;
}

const hmac = (m: ScramMechanismInfo, key: Buffer, text: Buffer | string) =>
  createHmac(m.hash, key).update(text).digest();
const digest = (m: ScramMechanismInfo, data: Buffer) => createHash(m.hash).update(data).digest();

/** Hi(password, salt, i) of RFC 5802: PBKDF2 with the mechanism's HMAC. */
export function saltedPassword(m: ScramMechanismInfo, password: string, salt: Buffer, iterations: number): Buffer {
  return pbkdf2Sync(Buffer.from(password, 'utf8'), salt, iterations, m.keyLength, m.hash);
}

/** The stored form of a salted password (what AlterUserScramCredentials sends is the salted password). */
export function credentialFromSalted(
  m: ScramMechanismInfo,
  salted: Buffer,
  salt: Buffer,
  iterations: number,
): ScramCredential {
  const clientKey = hmac(m, salted, 'Client Key');
  return { salt, storedKey: digest(m, clientKey), serverKey: hmac(m, salted, 'Server Key'), iterations };
}

/** A credential from a clear password (tests, `brook` tooling): a fresh random salt unless one is given. */
export function credentialFromPassword(
  m: ScramMechanismInfo,
  password: string,
  iterations = m.minIterations,
  salt: Buffer = randomBytes(32),
): ScramCredential {
  return credentialFromSalted(m, saltedPassword(m, password, salt, iterations), salt, iterations);
}

/** Kafka's ScramFormatter.username: a SCRAM saslname with `=2C` and `=3D` decoded. */
export function usernameFromSaslName(saslName: string): string {
  return saslName.replace(/=2C/g, ',').replace(/=3D/g, '=');
}

/** Where the server finds a user's credential (the credential store, behind its interface). */
export type ScramCredentialLookup = (user: string, mechanism: ScramMechanismInfo) => ScramCredential | undefined;

/** A delegation token login's credential, owner and expiry (src/security/delegation-tokens.ts), by token id. */
export type TokenLoginLookup = (
  tokenId: string,
  mechanism: ScramMechanismInfo,
) => { credential: ScramCredential; ownerName: string; expiryTimestamp: number } | undefined;

interface ClientFirst {
  gs2Header: string;
  authzid: string;
  saslName: string;
  nonce: string;
  bare: string;
  /** The SCRAM extensions (`tokenauth=true`: a delegation token login, Kafka's ScramExtensions). */
  extensions: Map<string, string>;
}

/** `n,[a=authzid],n=saslname,r=nonce[,ext=value...]`; null if it does not parse. */
function parseClientFirst(text: string): ClientFirst | null {
  const match = /^([ny]),(?:a=([^,]*))?,(n=([^,]+),r=([\x21-\x2b\x2d-\x7e]+)((?:,[A-Za-z]+=[^,]*)*))$/.exec(text);
  if (!match) return null;
  const extensions = new Map<string, string>();
  for (const pair of match[6]!.split(',').slice(1)) {
    const eq = pair.indexOf('=');
    extensions.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  return {
    gs2Header: text.slice(0, text.length - match[3]!.length),
    authzid: match[2] ?? '',
    saslName: match[4]!,
    nonce: match[5]!,
    bare: match[3]!,
    extensions,
  };
}

/** `c=binding,r=nonce[,ext...],p=proof`; null if it does not parse. */
function parseClientFinal(text: string): { withoutProof: string; nonce: string; proof: Buffer } | null {
  const match = /^(c=[A-Za-z0-9+/=]*,r=([\x21-\x2b\x2d-\x7e]+)(?:,[A-Za-z]+=[^,]*)*),p=([A-Za-z0-9+/=]+)$/.exec(text);
  if (!match) return null;
  return { withoutProof: match[1]!, nonce: match[2]!, proof: Buffer.from(match[3]!, 'base64') };
}

export class ScramSaslServer implements SaslServer {
  readonly mechanism: string;
  complete = false;
  authorizationId = '';
  /** Logged in with a delegation token: the principal is its owner, marked token-authenticated. */
  tokenAuthenticated = false;
  /** A token login's session ends when the token expires (Kafka's CREDENTIAL_LIFETIME_MS); else null. */
  credentialExpiresAt: number | null = null;
  private state: 'first' | 'final' | 'done' | 'failed' = 'first';
  private credential: ScramCredential | undefined;
  private clientFirstBare = '';
  private serverFirst = '';
  private nonce = '';

  constructor(
    private readonly info: ScramMechanismInfo,
    private readonly lookup: ScramCredentialLookup,
    /** Delegation tokens (absent: a `tokenauth=true` login fails like an unknown user). */
    private readonly tokenLogin?: TokenLoginLookup,
    /** Server nonce source (tests pin it). */
    private readonly serverNonce: () => string = () => randomBytes(18).toString('base64url'),
  ) {
    this.mechanism = info.name;
  }

  evaluate(token: Buffer): Buffer {
    try {
      if (this.state === 'first') return this.onClientFirst(token.toString('utf8'));
      if (this.state === 'final') return this.onClientFinal(token.toString('utf8'));
      throw new SaslFailure(`Unexpected challenge in Sasl server state ${this.state.toUpperCase()}`, true);
    } catch (error) {
      this.state = 'failed';
      this.credential = undefined;
      throw error;
    }
  }

  private onClientFirst(text: string): Buffer {
    const first = parseClientFirst(text);
    // Kafka's message quotes the client's text; Brook does not (it may hold a user name worth keeping private).
    if (!first) throw new SaslFailure('Invalid SCRAM client first message format', false);
    const username = usernameFromSaslName(first.saslName);
    let credential: ScramCredential | undefined;
    let authorizationId = username;
    if (first.extensions.get('tokenauth')?.toLowerCase() === 'true') {
      const token = this.tokenLogin?.(username, this.info);
      if (!token) throw new SaslFailure(`Token Authentication failed: Invalid tokenId : ${username}`, false);
      credential = token.credential;
      authorizationId = token.ownerName;
      this.tokenAuthenticated = true;
      this.credentialExpiresAt = token.expiryTimestamp;
    } else {
      credential = this.lookup(username, this.info);
      if (!credential) throw new SaslFailure('Authentication failed: Invalid user credentials', false);
    }
    if (first.authzid !== '' && first.authzid !== username) {
      throw new SaslFailure(
        'Authentication failed: Client requested an authorization id that is different from username',
        true,
      );
    }
    if (credential.iterations < this.info.minIterations) {
      throw new SaslFailure(
        `Iterations ${credential.iterations} is less than the minimum ${this.info.minIterations} for ${this.info.name}`,
        false,
      );
    }
    this.authorizationId = authorizationId;
    this.credential = credential;
    this.clientFirstBare = first.bare;
    this.nonce = first.nonce + this.serverNonce();
    this.serverFirst = `r=${this.nonce},s=${credential.salt.toString('base64')},i=${credential.iterations}`;
    this.state = 'final';
    return Buffer.from(this.serverFirst, 'utf8');
  }

  private onClientFinal(text: string): Buffer {
    const final = parseClientFinal(text);
    if (!final) throw new SaslFailure('Invalid SCRAM client final message format', false);
    // Kafka checks endsWith, not equality: librdkafka up to 2.x repeats its own nonce in front of the combined
    // one (`r=<client><client><server>`), and Kafka brokers accept it.
    if (!final.nonce.endsWith(this.nonce)) {
      throw new SaslFailure('Invalid client nonce in the final client message.', false);
    }
    const credential = this.credential!;
    const authMessage = `${this.clientFirstBare},${this.serverFirst},${final.withoutProof}`;
    const clientSignature = hmac(this.info, credential.storedKey, authMessage);
    if (final.proof.length !== clientSignature.length) throw new SaslFailure('Invalid client credentials', false);
    const clientKey = Buffer.alloc(clientSignature.length);
    for (let i = 0; i < clientKey.length; i++) clientKey[i] = clientSignature[i]! ^ final.proof[i]!;
    if (!timingSafeEqual(digest(this.info, clientKey), credential.storedKey)) {
      throw new SaslFailure('Invalid client credentials', false);
    }
    const serverSignature = hmac(this.info, credential.serverKey, authMessage);
    this.credential = undefined;
    this.state = 'done';
    this.complete = true;
    return Buffer.from(`v=${serverSignature.toString('base64')}`, 'utf8');
  }
}
