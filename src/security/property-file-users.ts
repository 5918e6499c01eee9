import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseProperties } from '../config/properties';
import type { JaasEntry } from './jaas';
import type { PasswordCheck } from './password-check';

/** The login modules that read Jetty's user property file (ksqlDB's and Kafka Connect's basic auth). */
export const PROPERTY_FILE_LOGIN_MODULES = [
  'org.eclipse.jetty.jaas.spi.PropertyFileLoginModule',
  'org.eclipse.jetty.plus.jaas.spi.PropertyFileLoginModule',
  'org.apache.kafka.connect.rest.basic.auth.extension.PropertyFileLoginModule',
];

interface PropertyFileUser {
  /** The stored credential: a password in clear, `MD5:<hex>` or `OBF:<jetty obfuscation>`. */
  credential: string;
  roles: string[];
}

/**
 * Jetty's PropertyUserStore file, as ksqlDB's `authentication.method=BASIC` reads it: `user: password[,role ...]`
 * per line (Java properties syntax). Passwords in clear, `MD5:` (hex of the MD5 digest) or `OBF:` (Jetty's
 * reversible obfuscation); `CRYPT:` (Unix crypt) is refused with a reason. Throws Error naming the line's user,
 * never the password.
 */
export function parsePasswordFile(text: string, source: string): Map<string, PropertyFileUser> {
  const users = new Map<string, PropertyFileUser>();
  for (const [user, value] of parseProperties(text, source)) {
    const [credential = '', ...roles] = value.split(',').map((s) => s.trim());
    if (credential.startsWith('CRYPT:')) {
      throw new Error(`${source}: user ${user}: CRYPT: passwords are not supported (use the password, MD5: or OBF:)`);
    }
    users.set(user, { credential, roles: roles.filter(Boolean) });
  }
  return users;
}

/**
 * The password check of a JAAS login context whose entry is a PropertyFileLoginModule (`file="..."`): the users of
 * that file, each allowed when one of their roles is in `roles` (ksqlDB's `authentication.roles`; `*` = any role,
 * the default). Throws Error (file unreadable, no such module).
 */
export function propertyFilePasswordCheck(entries: JaasEntry[], roles: readonly string[]): PasswordCheck {
  const entry = entries.find((e) => PROPERTY_FILE_LOGIN_MODULES.includes(e.loginModule));
  if (!entry) {
    throw new Error(`the login context has no PropertyFileLoginModule entry (${PROPERTY_FILE_LOGIN_MODULES[0]})`);
  }
  const file = entry.options.get('file');
  if (!file) throw new Error(`${entry.loginModule} needs its file="<password file>" option`);
  const users = parsePasswordFile(readFileSync(file, 'utf8'), file);
  const anyRole = roles.length === 0 || roles.includes('*');
  return (user, password) => {
    const found = users.get(user);
    if (!found || !credentialMatches(found.credential, password)) return false;
    return anyRole || found.roles.some((r) => roles.includes(r));
  };
}

function credentialMatches(credential: string, password: string): boolean {
  if (credential.startsWith('MD5:')) {
    const digest = createHash('md5').update(password, 'utf8').digest('hex');
    return same(credential.slice(4).toLowerCase(), digest);
  }
  if (credential.startsWith('OBF:')) return same(deobfuscate(credential.slice(4)), password);
  return same(credential, password);
}

/** Jetty's Password.deobfuscate: base-36 groups of four (five after a `U`, for characters above 0xff). */
function deobfuscate(s: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i += 4) {
    if (s[i] === 'U') {
      i++;
      const value = Number.parseInt(s.slice(i, i + 4), 36);
      bytes.push(value >> 8, value & 0xff);
      continue;
    }
    const value = Number.parseInt(s.slice(i, i + 4), 36);
    const i1 = Math.floor(value / 256);
    const i2 = value % 256;
    bytes.push(((i1 + i2 - 254) / 2) & 0xff);
  }
  return Buffer.from(bytes).toString('utf8');
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
