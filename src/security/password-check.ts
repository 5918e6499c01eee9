import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { saltedPassword, SCRAM_MECHANISMS } from './scram';
import type { ScramCredentialStore } from './scram-store';

/** Whether a user name and password are one of the broker's users (HTTP basic authentication). */
export type PasswordCheck = (user: string, password: string) => boolean;

/**
 * The broker's users, for listeners that take a password over the wire (the ops HTTP listener's basic auth): the
 * PLAIN users of the SASL listeners' JAAS entries, and the SCRAM users, whose password is checked the way a SCRAM
 * login proves it (Hi(password, salt, iterations) -> ClientKey -> StoredKey compared with the stored key), so the
 * same credentials work everywhere and no password is stored.
 */
export function passwordCheck(
  plainUsers: () => Iterable<ReadonlyMap<string, string>>,
  scram: ScramCredentialStore,
): PasswordCheck {
  return (user, password) => {
    for (const users of plainUsers()) {
      const expected = users.get(user);
      if (expected !== undefined && sameBytes(Buffer.from(expected), Buffer.from(password))) return true;
    }
    for (const m of SCRAM_MECHANISMS) {
      const credential = scram.get(user, m);
      if (!credential) continue;
      const salted = saltedPassword(m, password, credential.salt, credential.iterations);
      const clientKey = createHmac(m.hash, salted).update('Client Key').digest();
      if (sameBytes(createHash(m.hash).update(clientKey).digest(), credential.storedKey)) return true;
    }
    return false;
  };
}

function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
