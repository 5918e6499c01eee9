/**
 * An in-test OAuth provider for the signed-JWT (JWKS) tests (test/security, compat-tests/security): key pairs from node:crypto, a JWKS served over
 * node:http (keys can be swapped to rotate them; requests are counted), and a signer making RS256/ES256 JWTs.
 */
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SigningKey {
  kid: string;
  alg: 'RS256' | 'ES256';
  privateKey: KeyObject;
  /** The public half as a JWK, as the provider publishes it. */
  jwk: Record<string, unknown>;
}

export function signingKey(kid: string, alg: 'RS256' | 'ES256' = 'RS256'): SigningKey {
  const { privateKey, publicKey } =
    alg === 'RS256'
      ? generateKeyPairSync('rsa', { modulusLength: 2048 })
      : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { kid, alg, privateKey, jwk: { ...publicKey.export({ format: 'jwk' }), kid, alg, use: 'sig' } };
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A compact JWS (RFC 7515) over the claims, signed with the key (its kid in the header). */
export function signJwt(
  key: SigningKey,
  claims: Record<string, unknown>,
  header: Record<string, unknown> = {},
): string {
  const input = `${b64({ alg: key.alg, typ: 'JWT', kid: key.kid, ...header })}.${b64(claims)}`;
  const signature =
    key.alg === 'RS256'
      ? sign('sha256', Buffer.from(input), key.privateKey)
      : sign('sha256', Buffer.from(input), { key: key.privateKey, dsaEncoding: 'ieee-p1363' });
  return `${input}.${signature.toString('base64url')}`;
}

export interface JwksServer {
  url: string;
  /** The keys the JWKS lists now (replace to rotate). */
  keys: SigningKey[];
  requests: number;
  close(): Promise<void>;
}

export async function startJwksServer(keys: SigningKey[]): Promise<JwksServer> {
  const state = { keys, requests: 0 };
  const server: Server = createServer((req, res) => {
    state.requests++;
    if (req.url !== '/jwks') {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ keys: state.keys.map((k) => k.jwk) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/jwks`,
    get keys() {
      return state.keys;
    },
    set keys(next: SigningKey[]) {
      state.keys = next;
    },
    get requests() {
      return state.requests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);
