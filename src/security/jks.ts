import { createHash, createPrivateKey } from 'node:crypto';
import { ConfigError } from '../config';
import { certificatePem, derChildren, derValue } from './der';

/**
 * A reader for Java's JKS keystores (sun.security.provider.JavaKeyStore), the format many Kafka users keep
 * their keys in: trusted certificate entries are stored in clear; private keys are protected with Sun's
 * KeyProtector (a SHA-1 keystream over the UTF-16 password, then a SHA-1 check of the key), which node:crypto
 * can undo. JCEKS (0xCECECECE) is not read.
 */
const JKS_MAGIC = 0xfeedfeed;
const KEY_PROTECTOR_OID = Buffer.from('2b060104012a02110101', 'hex'); // 1.3.6.1.4.1.42.2.17.1.1

export interface JksStore {
  keys: { alias: string; keyPem: string; chainPem: string[] }[];
  trusted: string[];
}

export const isJks = (bytes: Buffer): boolean => bytes.length >= 4 && bytes.readUInt32BE(0) === JKS_MAGIC;

const utf16be = (text: string) => {
  const out = Buffer.alloc(text.length * 2);
  for (let i = 0; i < text.length; i++) out.writeUInt16BE(text.charCodeAt(i), i * 2);
  return out;
};

/**
 * Reads a JKS file. `storePassword` checks the file's integrity digest when given (Java's message when it does
 * not match); `keyPassword` unlocks private keys (null: keys are skipped, for a truststore).
 */
export function readJks(
  bytes: Buffer,
  storePassword: string | null,
  keyPassword: string | null,
  path: string,
): JksStore {
  const fail = (why: string): never => {
    throw new ConfigError(`cannot read JKS keystore ${path}: ${why}`);
  };
  let pos = 0;
  const need = (n: number) => {
    if (pos + n > bytes.length - 20) fail('truncated file');
  };
  const u32 = () => {
    need(4);
    const v = bytes.readUInt32BE(pos);
    pos += 4;
    return v;
  };
  const take = (n: number) => {
    need(n);
    const out = bytes.subarray(pos, pos + n);
    pos += n;
    return out;
  };
  const utf = () => {
    need(2);
    const n = bytes.readUInt16BE(pos);
    pos += 2;
    return take(n).toString('utf8');
  };
  if (bytes.length < 32 || u32() !== JKS_MAGIC) fail('not a JKS file');
  const version = u32();
  if (version !== 1 && version !== 2) fail(`unknown JKS version ${version}`);
  if (storePassword !== null) {
    const body = bytes.subarray(0, bytes.length - 20);
    const expected = createHash('sha1')
      .update(utf16be(storePassword))
      .update('Mighty Aphrodite', 'utf8')
      .update(body)
      .digest();
    if (!expected.equals(bytes.subarray(bytes.length - 20)))
      fail('Keystore was tampered with, or password was incorrect');
  }
  const cert = () => {
    if (version === 2) utf(); // certificate type, X.509
    return take(u32());
  };
  const store: JksStore = { keys: [], trusted: [] };
  const count = u32();
  for (let i = 0; i < count; i++) {
    const tag = u32();
    const alias = utf();
    take(8); // creation time
    if (tag === 2) store.trusted.push(certificatePem(cert()));
    else if (tag === 1) {
      const protectedKey = take(u32());
      const chain: string[] = [];
      const n = u32();
      for (let c = 0; c < n; c++) chain.push(certificatePem(cert()));
      if (keyPassword !== null)
        store.keys.push({ alias, keyPem: unprotect(protectedKey, keyPassword, fail), chainPem: chain });
      for (const c of chain.slice(1)) store.trusted.push(c);
    } else fail(`unknown entry tag ${tag} (JCEKS secret keys are not read)`);
  }
  return store;
}

/** Undoes Sun's KeyProtector: EncryptedPrivateKeyInfo { algorithm 1.3.6.1.4.1.42.2.17.1.1, salt|key|check }. */
function unprotect(encoded: Buffer, password: string, fail: (why: string) => never): string {
  const outer = derChildren(encoded, fail);
  const algorithm = outer[0] && derChildren(outer[0], fail)[0];
  if (!algorithm || !derValue(algorithm).equals(KEY_PROTECTOR_OID) || !outer[1]) {
    fail('private key protected with an algorithm other than Sun KeyProtector');
  }
  const data = derValue(outer[1]!);
  if (data.length < 41) fail('protected private key too short');
  const salt = data.subarray(0, 20);
  const encrypted = data.subarray(20, data.length - 20);
  const check = data.subarray(data.length - 20);
  const passwordBytes = utf16be(password);
  const plain = Buffer.alloc(encrypted.length);
  let digest: Buffer = salt;
  for (let off = 0; off < encrypted.length; off += 20) {
    digest = createHash('sha1').update(passwordBytes).update(digest).digest();
    for (let i = 0; i < 20 && off + i < encrypted.length; i++) plain[off + i] = encrypted[off + i]! ^ digest[i]!;
  }
  const expected = createHash('sha1').update(passwordBytes).update(plain).digest();
  if (!expected.equals(check)) fail('Cannot recover key (wrong ssl.key.password?)');
  return createPrivateKey({ key: plain, format: 'der', type: 'pkcs8' }).export({
    format: 'pem',
    type: 'pkcs8',
  }) as string;
}
